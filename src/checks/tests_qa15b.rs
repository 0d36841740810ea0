//! Regression tests from QA round 15 (the second half): stated changes past "in the week to …", "year over year",
//! a clause of circumstance or an attribution; changes in points after "of total sales",
//! "compared with" and "down … basis points from"; a temperature after "were"; parts told apart
//! by outcome ("confirmed" and "awaiting"), by scorer, by kind of structure; "the 6-3 majority";
//! "a combined maximum of".

use super::tests::{findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn a_change_past_a_phrase_of_time_or_year_over_year_is_weighed() {
    // QA round 15, items b-4 and c-3.
    for (text, arithmetic) in [
        (
            "Cases rose by 38% in the week to 1 March, to 2,140 from 1,720 the previous week.",
            "(2,140 − 1,720) ÷ 1,720 = 24.42 % ≠ the stated rise of 38 %",
        ),
        (
            "Revenue rose 18% year over year to $14.6 billion from $12.9 billion.",
            "(14.6 billion − 12.9 billion) ÷ 12.9 billion = 13.18 % ≠ the stated rise of 18 %",
        ),
        (
            "Revenue was $14.6bn, up 18% year-on-year from $12.9bn.",
            "(14.6 billion − 12.9 billion) ÷ 12.9 billion = 13.18 % ≠ the stated rise of 18 %",
        ),
    ] {
        let (result, got) = the_one(text, Relation::Change);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert_eq!(got, arithmetic, "{text}");
    }
    // Without an earlier level, the level before is derived.
    let (result, got) = the_one(
        "The median price rose 3.9% year-on-year to $409,800.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Derived);
    assert!(got.contains("before the rise"), "{got}");
}

#[test]
fn a_change_after_a_clause_of_circumstance_or_an_attribution_is_weighed() {
    // QA round 15, items b-5 and b-6.
    let (result, got) = the_one(
        "Ruiz said containment had dropped from 15% on Wednesday to 12% as the fire jumped \
         Highway 50 near Pollock Pines, a drop of 5 percentage points.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(got, "12 − 15 = −3 points ≠ the stated change of 5");
    // ("About" 3.1 million leaves room for 25%.)
    for (hedge, change, result) in [
        ("About 3.1", 19, Outcome::Approximate),
        ("About 3.1", 25, Outcome::Approximate),
        ("3.1", 25, Outcome::Inconsistent),
    ] {
        let text = format!(
            "{hedge} million people lack access to safe drinking water, the agency said, up \
             from 2.6 million in 2023, an increase of {change}%."
        );
        let (got, arithmetic) = the_one(&text, Relation::Change);
        assert_eq!(got, result, "{arithmetic}");
        // QA round 16, item 10: the same without the attribution.
        let text = text.replace(", the agency said", "");
        let (got, arithmetic) = the_one(&text, Relation::Change);
        assert_eq!(got, result, "{text}: {arithmetic}");
    }
    // A clause whose own change goes the other way is not the stated change's.
    let found =
        findings("The jobless rate fell from 5% in May to 4% as prices rose, an increase of 3%.");
    assert!(
        only(&found, Relation::Change)
            .iter()
            .all(|f| f.result == Outcome::Derived),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_change_in_points_after_a_share_or_a_comparison_is_weighed() {
    // QA round 15, items c-4 and c-5.
    for (text, arithmetic) in [
        (
            "Revenue from China fell to 11% of total sales from 17% a year earlier, a decline \
             of 4 percentage points, the company said.",
            "11 − 17 = −6 points ≠ the stated change of 4",
        ),
        (
            "The 30-year fixed rate averaged 6.8%, down 20 basis points from 6.92% a week \
             earlier.",
            "6.8 − 6.92 = −0.12 points ≠ the stated fall of 0.2 points",
        ),
        (
            "Mortgage rates averaged 6.8%, compared with 6.84% the previous week, a decline of \
             14 basis points.",
            "6.8 − 6.84 = −0.04 points ≠ the stated change of 0.14",
        ),
    ] {
        let (result, got) = the_one(text, Relation::Change);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert_eq!(got, arithmetic, "{text}");
    }
    let (result, _) = the_one(
        "The 30-year fixed rate averaged 6.8%, down 12 basis points from 6.92% a week earlier.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Consistent);
    // A comparison with no stated change is no finding.
    let found = findings("Mortgage rates averaged 6.8%, compared with 6.84% the previous week.");
    assert!(
        only(&found, Relation::Change).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn the_arithmetic_ends_without_a_space() {
    // QA round 15, item b-18.
    let (_, got) = the_one(
        "Cases rose to 2,140 from 1,720 the previous week.",
        Relation::Change,
    );
    assert_eq!(got, "2,140 − 1,720 = +420");
}

#[test]
fn a_temperature_after_were_is_a_reading() {
    // QA round 15, item a-12.
    for text in [
        "Temperatures were 21C (75F) at noon.",
        "It was 14C at the start, rising to 21C (75F) by noon.",
    ] {
        let (result, got) = the_one(text, Relation::Equivalent);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert!(
            got.starts_with("21 °C × 1.8 + 32 = 69.8 °F ≠ 75 °F"),
            "{got}"
        );
    }
}

#[test]
fn parts_told_apart_by_outcome_scorer_or_kind_of_structure_add_up() {
    // QA round 15, items b-7, b-8 and a-9.
    for (text, arithmetic) in [
        (
            "Of the 12,870 suspected cases, 4,215 have been confirmed by laboratory testing and \
             9,104 are still awaiting results, the WHO said.",
            "4,215 + 9,104 = 13,319 > 12,870",
        ),
        (
            "The blaze has destroyed 412 structures, including 296 homes and 143 outbuildings, \
             and damaged 57 others.",
            "296 + 143 = 439 > 412",
        ),
        (
            "Of the 245 runs, Gill scored 187, Kohli 48 and Iyer 61.",
            "187 + 48 + 61 = 296 > 245",
        ),
        (
            "Of the 6-3 majority, five justices were appointed by Republican presidents and two \
             by Democrats.",
            "5 + 2 = 7 > 6",
        ),
    ] {
        let (result, got) = the_one(text, Relation::PartsTotal);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert!(got.starts_with(arithmetic), "{text}\n{got}");
    }
    // Kinds that may overlap are not added up: a barn is an outbuilding.
    for text in [
        "The blaze has destroyed 412 structures, including 296 outbuildings and 143 barns.",
        "The blaze has destroyed 412 structures, including 296 homes and 143 houses.",
        "Of the 12,870 suspected cases, 4,215 have been confirmed and 9,104 were reported in \
         the capital.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::PartsTotal)
                .iter()
                .all(|f| f.result != Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_combined_total_after_its_parts() {
    // QA round 15, item a-9.
    let (result, got) = the_one(
        "He faces a maximum of 20 years on the obstruction count and eight years on the assault \
         count, a combined maximum of 30 years.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert!(got.starts_with("20 + 8 = 28 ≠ 30"), "{got}");
}

#[test]
fn from_one_factor_to_another_is_a_span_not_a_change() {
    // Seen in the golden debates after multipliers became factors: "3 − 2 = +1 times".
    let found = findings("Mr. Dulles has suggested it's from two to three times as great as ours.");
    assert!(
        only(&found, Relation::Change).is_empty(),
        "{}",
        summaries(&found)
    );
    // A level of another measure still changes "from … to".
    let found = findings("The rate rose from 2% to 3% last year.");
    assert_eq!(
        only(&found, Relation::Change).len(),
        1,
        "{}",
        summaries(&found)
    );
}
