//! QA round 21 (tester K, the `--checks` items): lists after a colon whose outcomes may overlap,
//! a level restated per unit before "up from", a share after an earlier level, the headline's
//! seats and votes against "N of the M" and "N votes to M", and a length of time in years and
//! months against another total.

use super::tests::{assert_no_alarm, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn a_colon_list_of_outcomes_that_may_overlap_is_not_added_up() {
    // QA round 21, item K-1.
    for text in [
        "The typhoon hit 61 villages: 47 were flooded, 16 were cut off and 20 lost power.",
        "The ferry was carrying 61 people: 47 were rescued, 20 were injured and 8 are missing.",
        "The storm affected 300,000 people: 280,000 were evacuated, 40 were killed and 25,000 were left homeless.",
        "The storm hit 400 schools: 300 were closed on Monday and 250 on Tuesday.",
        "The ferry was carrying 61 people: 47 were rescued and 20 were injured.",
        "The ferry carried 61 people. Of them, 47 were rescued, 20 were injured and 8 are missing.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::PartsTotal).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
    }
    // Kinds, places and degrees of damage still add up.
    for text in [
        "The plane was carrying 172 people: 165 passengers and seven crew members.",
        "The prefecture counted 12,000 evacuees: 8,000 were in shelters and 4,000 stayed with relatives.",
        "The typhoon damaged 5,000 homes: 1,200 were destroyed and 3,800 were partly damaged.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal).0,
            Outcome::Consistent,
            "{text}"
        );
    }
}

#[test]
fn a_colon_list_of_fates_keeps_its_last_part() {
    // QA round 21, item K-2.
    for text in [
        "The fishing fleet had 61 boats at sea: 47 returned safely, six sank and eight are missing.",
        "The ferry was carrying 61 people: 47 were found alive, six drowned and eight are missing.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (Outcome::Consistent, "47 + 6 + 8 = 61 = 61".to_string()),
            "{text}"
        );
    }
}

#[test]
fn years_and_months_are_one_length_not_parts_of_another_total() {
    // QA round 21, item K-6.
    for text in [
        "The minister, in office for three years and two months, faced a total of 14 months of protests.",
        "The bill took two years and three months to pass, after a total of 18 months of committee hearings.",
        "He was jailed for two years and six months for looting, and for a total of 12 months for assault.",
        "Residents spent two years and six months in temporary housing, a total of 40 months for some families.",
        "The minister, in office for three years and two years as deputy, faced a total of four years of protests.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::PartsTotal).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_level_put_another_way_is_passed_over_before_its_earlier_level() {
    // QA round 21, item K-3.
    for unit in [
        "per household",
        "per resident",
        "per capita",
        "a resident",
        "per share",
    ] {
        let text = format!(
            "The budget sets aside $2 billion for recovery, or $1,500 {unit}, up from $1.5 billion last year."
        );
        let found = findings(&text);
        assert_no_alarm(&found, &text);
        let change = only(&found, Relation::Change);
        assert_eq!(change.len(), 1, "{text}\n{}", summaries(&found));
        assert!(
            change[0].arithmetic.starts_with("2 billion − 1.5 billion"),
            "{text}\n{}",
            summaries(&found)
        );
    }
    for text in [
        "The company earned $412 million, or $1.64 per share, down from $530 million a year earlier.",
        "Net income fell to $412 million, or $1.64 per share, from $530 million a year earlier.",
    ] {
        let found = findings(text);
        assert_no_alarm(&found, text);
        let change = only(&found, Relation::Change);
        assert_eq!(change.len(), 1, "{text}\n{}", summaries(&found));
        assert!(
            change[0]
                .arithmetic
                .starts_with("412 million − 530 million"),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_share_after_an_earlier_level_is_no_change() {
    // QA round 21, item K-4.
    let text = "The coalition holds 320 of the 650 seats, up from 298, or 49% of the chamber.";
    let found = findings(text);
    assert_no_alarm(&found, text);
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert_eq!(change[0].result, Outcome::Derived);
    assert_eq!(change[0].arithmetic, "320 − 298 = +22 seats");
    // A change after "or" is still weighed.
    assert_eq!(
        the_one(
            "The coalition holds 320 of the 650 seats, up from 298, or 20%.",
            Relation::Change
        )
        .0,
        Outcome::Inconsistent
    );
}

#[test]
fn the_headline_count_is_the_part_or_the_winning_side() {
    // QA round 21, item K-5.
    for (text, arithmetic) in [
        (
            "Ruling bloc wins 298 seats in chamber\n\nThe governing coalition won 298 of the 650 seats, down from 330 in 2021.\n",
            "298 (twice) (seats)",
        ),
        (
            "Bill passes with 312 votes\n\nThe bill was approved by 312 votes to 298, with 14 abstentions.\n",
            "312 (twice) (votes)",
        ),
        (
            "Bill passes by 312 votes to 298\n\nThe bill was approved by 312 votes to 298, with 14 abstentions.\n",
            "312 (twice) (votes)",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::SameQuantity),
            (Outcome::Consistent, arithmetic.to_string()),
            "{text}"
        );
    }
    // The whole alone is no value to set against the headline's part.
    let text = "Ruling bloc wins 298 seats in chamber\n\nThe governing coalition won 310 of the 650 seats.\n";
    let found = findings(text);
    assert_no_alarm(&found, text);
}

#[test]
fn an_opening_total_may_name_what_it_counts_in_six_words() {
    // QA round 21, item K-14.
    assert_eq!(
        the_one(
            "Of the 24 crew of a separate cargo ship, 20 were rescued, two were found dead and two are missing.",
            Relation::PartsTotal
        ),
        (Outcome::Consistent, "20 + 2 + 2 = 24 = 24".to_string())
    );
}

#[test]
fn the_sides_of_a_vote_add_up() {
    // QA round 21, item K-16.
    assert_eq!(
        the_one(
            "Of the 624 MPs present, 312 voted for, 298 against and 14 abstained.",
            Relation::PartsTotal
        ),
        (
            Outcome::Consistent,
            "312 + 298 + 14 = 624 = 624".to_string()
        )
    );
    let (result, _) = the_one(
        "Of the 624 MPs present, 312 voted for, 298 against and 24 abstained.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
}

#[test]
fn parts_set_apart_by_days_or_years_are_not_added_up() {
    // QA round 21 (tester K's known gap): the same schools may be closed on both days.
    for text in [
        "Of the 400 schools in the province, 300 were closed on Monday and 250 on Tuesday.",
        "Of the 400 schools, 300 were closed on the first day and 250 on the second day.",
        "Of the 2,000 tonnes, 1,200 were shipped in 2024 and 900 in 2025.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::PartsTotal).is_empty(),
            "{text}: {}",
            summaries(&found)
        );
    }
    // Places still set parts apart.
    let found =
        findings("Of the 14 dead, eight were in North Carolina and seven in South Carolina.");
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Inconsistent);
}
