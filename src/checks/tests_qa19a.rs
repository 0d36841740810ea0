//! Regression tests from QA round 19 (false ✗ and ✓ of round 18's rules): another event's
//! toll against the headline; a stated change with its own base; three trial arms; "in
//! relative terms"; an earlier level among shares; "Of this," over overlapping parts or two
//! totals; the parts of those killed "of the 72 people on board".

use super::tests::{findings, only, summaries, the_one};
use super::{Outcome, Relation};

/// No finding of `relation` on any of `texts` is a ✗.
fn assert_no_alarm_of(texts: &[&str], relation: Relation) {
    for text in texts {
        let found = findings(text);
        assert!(
            only(&found, relation)
                .iter()
                .all(|f| f.result != Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn another_events_toll_is_not_the_headlines() {
    // QA round 19, item F-1: a day weeks before the article's own, a named storm, "It follows",
    // "in the same region". (The lead's toll against the headline's is ✓.)
    assert_no_alarm_of(
        &[
            "Storm kills 12 in Philippines\n\nTropical Storm Kiko made landfall on Thursday, \
             November 26, 2026, killing 12 people. It follows Typhoon Mara, which killed 40 \
             people on November 5, 2026.",
            "Storm kills 12 in Philippines\n\nTropical Storm Kiko made landfall on Thursday, \
             killing 12 people. Typhoon Mara, which killed 40 people, struck the same islands.",
            "Flood kills 9 in Kenya\n\nFlash floods swept through Mandera on Wednesday, \
             November 25, 2026, killing nine people. Floods on October 30, 2026, killed 25 \
             people.",
            "Earthquake kills 12 in Peru\n\nThe earthquake struck on Monday, November 23, 2026, \
             killing 12 people, officials said. A quake on November 2, 2026, killed 40 people \
             in the same region.",
            "Landslide kills 12 in Nepal\n\nA landslide on November 10, 2026, killed 30 people \
             in the same district, police said.",
        ],
        Relation::SameQuantity,
    );
    // The lead's own day still ties its toll to the headline's.
    let (result, arithmetic) = the_one(
        "Earthquake kills 12 in Peru\n\nThe earthquake struck on Monday, November 23, 2026, \
         killing 14 people in the Arequipa region.",
        Relation::SameQuantity,
    );
    assert_eq!(
        (result, arithmetic.as_str()),
        (Outcome::Inconsistent, "12 ≠ 14 (people killed)")
    );
}

#[test]
fn a_stated_change_with_its_own_base_is_not_weighed_against_the_level_before() {
    // QA round 19, item F-2.
    assert_no_alarm_of(
        &[
            "The project's cost rose by $3.2 billion to $47.5 billion, an increase of 35% from \
             the original estimate of $35.2 billion.",
            "The annual fee rises by $20 to $270, an increase of 35% since 2020.",
            "The budget rises by $3.2 billion to $47.5 billion, an increase of 20% compared \
             with 2019.",
            "Cardivel's sales rose by €90 million to €610 million, an increase of 25% from the \
             level forecast in January.",
        ],
        Relation::Change,
    );
    // The year before is the level before: still weighed.
    let (result, _) = the_one(
        "Sales rose by $5 million to $40 million, an increase of 25% from a year earlier.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent);
}

#[test]
fn three_arms_give_no_relative_reduction_between_two_of_them() {
    // QA round 19, item F-3.
    assert_no_alarm_of(
        &[
            "Events occurred in 6.1% of patients on the high dose, 7.2% on the low dose and \
             8.4% on placebo, a relative reduction of 27% for the high dose.",
            "Relapse occurred in 6.1% of patients on the high dose, 7.2% on the low dose and \
             8.4% on placebo, a relative reduction of 27% with the high dose.",
        ],
        Relation::Change,
    );
}

#[test]
fn a_reduction_in_relative_terms_is_relative() {
    // QA round 19, items F-4 and F-12.
    for (text, result, arithmetic) in [
        (
            "The drug lowered mortality to 6.1% from 8.4%, a reduction of 27% in relative terms.",
            Outcome::Approximate,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≈ the stated change of 27 %",
        ),
        (
            "Hospital admissions fell to 11.3% from 14.9%, a reduction of 24% in relative \
             terms, the company said.",
            Outcome::Approximate,
            "(11.3 − 14.9) ÷ 14.9 = −24.16 % ≈ the stated change of 24 %",
        ),
        (
            "Mortality fell to 6.1% from 8.4%, a 27% relative reduction.",
            Outcome::Approximate,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≈ the stated change of 27 %",
        ),
        (
            "Mortality fell to 6.1% from 8.4%, a 31% relative reduction.",
            Outcome::Inconsistent,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≠ the stated change of 31 %",
        ),
    ] {
        let (got, sum) = the_one(text, Relation::Change);
        assert_eq!((got, sum.as_str()), (result, arithmetic), "{text}");
    }
}

#[test]
fn an_earlier_level_is_no_share_of_the_whole() {
    // QA round 19, item F-5: 61 + 27 = 88 %, not 61 + 57 + 27.
    assert_no_alarm_of(
        &[
            "Floods accounted for 61% of displacements, up from 57% a year earlier, and storms \
           27%.",
        ],
        Relation::PartsTotal,
    );
    // Without the earlier level the shares still add up: 61 + 27 + 19 = 107 %.
    let (result, arithmetic) = the_one(
        "Floods accounted for 61% of displacements, up from 57% a year earlier, storms 27% \
         and drought 19%.",
        Relation::PartsTotal,
    );
    assert_eq!(
        (result, arithmetic.as_str()),
        (
            Outcome::Inconsistent,
            "61 + 27 + 19 = 107 % > 100 % (shares of one whole)"
        )
    );
}

#[test]
fn parts_after_of_this_split_two_ways_or_of_two_totals_are_not_added() {
    // QA round 19, item F-6: a week and a source overlap; "that" may be either year's.
    assert_no_alarm_of(
        &[
            "The appeal has raised $1.2 million so far. Of this, $700,000 came in the first \
             week and $900,000 has come from businesses.",
            "The company earned $5 billion in 2025 and $4 billion in 2024. Of that, $3 billion \
             came from ads and $1.5 billion from subscriptions.",
        ],
        Relation::PartsTotal,
    );
    // One total, parts of one kind: still added.
    let (result, arithmetic) = the_one(
        "The fund lost $370 million last year. Of that, $250 million was in equities and $180 \
         million in bonds.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert!(
        arithmetic.starts_with("250 million + 180 million"),
        "{arithmetic}"
    );
}

#[test]
fn the_parts_after_n_of_the_m_are_some_of_the_n() {
    // QA round 19, item F-7: the dead number 12, more than the 11 killed.
    for text in [
        "The crash killed 11 of the 72 people on board, including 10 passengers and two pilots.",
        "The crash killed 11 of the 72 people on board, including 10 women and two men.",
    ] {
        let (result, arithmetic) = the_one(text, Relation::PartsTotal);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert!(arithmetic.starts_with("10 + 2 = 12 > 11"), "{arithmetic}");
    }
    let (result, _) = the_one(
        "Ajax won 14 of their 20 matches, including eight at home and five away.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Consistent);
}
