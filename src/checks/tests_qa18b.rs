//! Regression tests from QA round 18 (wrong findings): crew members among those on board, a
//! subgroup's percentages after another base's share, a bracketed conversion beside a change,
//! a threshold or hypothetical set against a headline's figure, a toll beside a breakdown that
//! opens with another.

use super::tests::{assert_none, the_one};
use super::{Outcome, Relation};

#[test]
fn crew_members_are_counted_among_those_on_board() {
    // QA round 18, item A-1.
    for (text, result, arithmetic) in [
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and seven crew members.",
            Outcome::Consistent,
            "165 + 7 = 172 = 172",
        ),
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and six crew members.",
            Outcome::Inconsistent,
            "165 + 6 = 171 ≠ 172 (a complete list)",
        ),
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and 7 crew.",
            Outcome::Consistent,
            "165 + 7 = 172 = 172",
        ),
        (
            "The plane was carrying 172 people, including 165 passengers and six crew members.",
            Outcome::Consistent,
            "165 + 6 = 171 ≤ 172 (1 not itemised)",
        ),
    ] {
        let (got, sum) = the_one(text, Relation::PartsTotal);
        assert_eq!((got, sum.as_str()), (result, arithmetic), "{text}");
    }
}

#[test]
fn a_subgroups_percentages_are_no_parts_of_the_previous_share() {
    // QA round 18, item A-2: "those who …" is a group of its own, and a percentage of "those"
    // is a share of the group, not points of the total.
    assert_none(
        &[
            "The remaining 17% said they did not know.\n\nAmong those who voted Labour in 2024, \
             only 58% said they would do so again, while 14% would now back the Greens and 11% \
             Reform.",
            "Some 40% of voters backed Labour.\n\nOf those, 60% were women and 45% were men.",
            "Police arrested 40 people.\n\nAmong those who were released, 25 were women and 20 \
             were men.",
        ],
        Relation::PartsTotal,
    );
    // A count of "those" is still one of the previous sentence's total.
    let (result, _) = the_one(
        "Police arrested 40 people.\n\nOf those, 25 were women and 20 were men.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
}

#[test]
fn a_level_restated_in_brackets_is_passed_over_for_the_earlier_level() {
    // QA round 18, item C-4.
    let (result, arithmetic) = the_one(
        "Revenue for Q3 rose 4% to SEK 21.3 billion ($2.03 billion) from SEK 19.7 billion a \
         year earlier, the company said.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "(21.3 billion − 19.7 billion) ÷ 19.7 billion = 8.12 % ≠ the stated rise of 4 %"
    );
    let (result, arithmetic) = the_one(
        "The river rose by 2 metres to 9 metres (29.5 feet) from 7 metres on Monday.",
        Relation::Change,
    );
    assert_eq!(
        (result, arithmetic.as_str()),
        (Outcome::Consistent, "9 − 7 = 2 = the stated rise of 2")
    );
}

#[test]
fn a_headline_limit_is_no_measurement_of_the_bodys_quantity() {
    // QA round 18, item C-17.
    assert_none(
        &[
            "World breached 1.5C limit for third year running, WMO report finds\n\nThe report \
             said the chance of at least one year between 2026 and 2030 exceeding 1.5C was 86%.\
             \n\nScientists stress that a single year above 1.5C does not mean the Paris \
             Agreement goal has been missed.",
        ],
        Relation::SameQuantity,
    );
}

#[test]
fn a_lead_that_dates_its_own_event_with_the_year_is_compared_with_the_headline() {
    // QA round 18, item A-7: the lead's "November 10, 2026" is the crash's day, no other event.
    let text = "Plane crash kills 14 as airliner overruns runway in storm\n\nInvestigators have \
                released a preliminary report into the crash of Sierra Air Flight SA2317, which \
                overran the runway at Valdera International Airport on Monday, November 10, 2026, \
                killing 12 people.\n\nOf the 14 dead, 11 were passengers and two were crew \
                members, including the first officer.";
    let (result, arithmetic) = the_one(text, Relation::SameQuantity);
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "14 ≠ 12 (people killed)");
    // A toll of another year is another event's: only the lead's is compared.
    let (result, arithmetic) = the_one(
        "Quake kills 14 in Valdera\n\nA quake struck Valdera on Tuesday, November 10, 2026, \
         killing 14 people.\n\nIn March 2009, a quake in the same region killed 12 people.",
        Relation::SameQuantity,
    );
    assert_eq!(
        (result, arithmetic.as_str()),
        (Outcome::Consistent, "14 = 14 (people killed)")
    );
}
