//! Regression tests from QA round 10: breakdowns told apart by opposite outcomes or by who took
//! them, lengths of time in a complete list, and margins.

use super::tests::{assert_none, findings, only, summaries, the_one};
use super::{Outcome, Relation};

/// The one parts-and-total finding of `text`: its result and arithmetic.
fn breakdown(text: &str) -> (Outcome, String) {
    the_one(text, Relation::PartsTotal)
}

#[test]
fn opposite_outcomes_tell_the_parts_of_a_total_apart() {
    assert_eq!(
        breakdown("Of the 12 counts, she was convicted on eight and acquitted on five."),
        (
            Outcome::Inconsistent,
            "8 + 5 = 13 > 12 (the parts exceed the total)".into()
        )
    );
    assert_eq!(
        breakdown("Of the 12,480 parents, 6,210 were vaccinated and 6,370 unvaccinated."),
        (
            Outcome::Inconsistent,
            "6,210 + 6,370 = 12,580 > 12,480 (the parts exceed the total)".into()
        )
    );
    assert_eq!(
        breakdown("Of the 12 jurors, 10 voted for and two against."),
        (Outcome::Consistent, "10 + 2 = 12 = 12".into())
    );
    // QA round 16, item 6: the second part says no to the first's verb.
    assert_eq!(
        breakdown("Of the 50 U.S. states, 23 have expanded Medicaid and 28 have not."),
        (
            Outcome::Inconsistent,
            "23 + 28 = 51 > 50 (the parts exceed the total)".into()
        )
    );
    assert_eq!(
        breakdown("Of the 40 patients, 25 were vaccinated and 15 were not."),
        (Outcome::Consistent, "25 + 15 = 40 = 40".into())
    );
}

#[test]
fn the_subjects_that_took_them_tell_the_parts_apart() {
    assert_eq!(
        breakdown(
            "Of the 60 seats, Labour took 34, the Conservatives 17, the Liberal Democrats six \
             and independents four."
        ),
        (
            Outcome::Inconsistent,
            "34 + 17 + 6 + 4 = 61 > 60 (the parts exceed the total)".into()
        )
    );
    assert_eq!(
        breakdown("Of the 60 seats, Labour won 34 and the Conservatives 26."),
        (Outcome::Consistent, "34 + 26 = 60 = 60".into())
    );
}

#[test]
fn parts_that_may_overlap_are_still_left_alone() {
    assert_none(
        &[
            // Answers to one question may overlap ("said" is no outcome).
            "Of the 12,480 parents who took part, 6,210 said their child was fully vaccinated and \
                 6,370 said their child had missed at least one dose.",
            // The convicted are among the charged.
            "Of the 30 people arrested, 25 were charged and 10 were convicted.",
            // "not" with more words after it says something else of the second part.
            "Of the 30 people arrested, 25 were charged and 10 were not charged with theft.",
            // A verb for each part: no subjects told apart by one verb.
            "Of the 60 seats, Labour took 34 and the Conservatives lost 26.",
            // Words before the parts, and a preposition alone: who is where is not said of them all.
            "Of the 30 people arrested, police said 25 were in custody and 10 in hospital.",
        ],
        Relation::PartsTotal,
    );
}

#[test]
fn lengths_of_time_add_up_in_a_complete_list_only() {
    assert_eq!(
        breakdown(
            "The judge imposed a total sentence of 14 years, comprising nine years for fraud \
             and four years for money laundering."
        ),
        (
            Outcome::Inconsistent,
            "9 + 4 = 13 ≠ 14 (a complete list)".into()
        )
    );
    // The part after "and" closes the list: the concurrent term is no part of the total.
    assert_eq!(
        breakdown(
            "The judge imposed a total sentence of 14 years, comprising nine years for fraud \
             and four years for money laundering, to run consecutively, with a concurrent \
             two-year term for false accounting."
        ),
        (
            Outcome::Inconsistent,
            "9 + 4 = 13 ≠ 14 (a complete list)".into()
        )
    );
    // "including" lengths of time may overlap.
    let text = "He served 14 years, including nine years in solitary and six years on death row.";
    let found = findings(text);
    assert!(
        only(&found, Relation::PartsTotal).is_empty(),
        "{text}: {}",
        summaries(&found)
    );
}

#[test]
fn a_margin_is_the_difference_of_the_two_figures_before_it() {
    let found =
        findings("Okafor won 48,312 votes to 41,907 votes for Hale, a margin of 6,505 votes.");
    let margin = only(&found, Relation::Margin);
    assert_eq!(margin.len(), 1, "{}", summaries(&found));
    assert_eq!(margin[0].result, Outcome::Inconsistent);
    assert_eq!(
        margin[0].arithmetic,
        "48,312 − 41,907 = 6,405 votes ≠ 6,505 stated"
    );
    assert_eq!(margin[0].evidence, "“margin of”");

    let found = findings("Labour won 34 seats to 26, a majority of eight.");
    let margin = only(&found, Relation::Margin);
    assert_eq!(margin.len(), 1, "{}", summaries(&found));
    assert_eq!(margin[0].result, Outcome::Consistent);

    // Percentages and their margin in points.
    let found = findings("She won 52.4% to 47.6%, a lead of 4.8 percentage points.");
    let margin = only(&found, Relation::Margin);
    assert_eq!(margin.len(), 1, "{}", summaries(&found));
    assert_eq!(margin[0].result, Outcome::Consistent);
}

#[test]
fn a_margin_needs_exactly_two_figures_of_its_kind() {
    assert_none(
        &[
            // Three candidates: between which two?
            "Okafor won 48,312 votes, Hale 41,907 and Sheikh 1,936, a margin of 6,405 votes.",
            // One figure only.
            "Okafor won by a margin of 6,405 votes.",
            // Other kinds.
            "Okafor won 48,312 votes in 12 wards, a margin of 6,405 votes.",
        ],
        Relation::Margin,
    );
}

#[test]
fn yards_and_pounds_convert() {
    let (result, arithmetic) = the_one(
        "Saka beat Martinez with a shot from 20 yards (25 metres).",
        Relation::Equivalent,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "20 yards = 18.29 m ≠ 25 m stated");
    let (result, _) = the_one(
        "The baby weighed 9 pounds (4.1 kg) at birth.",
        Relation::Equivalent,
    );
    assert_eq!(result, Outcome::Approximate);
}

#[test]
fn ratios_are_never_counted() {
    use crate::claim::Measure;
    use crate::extract::{Options, extract_with};
    let claims = extract_with(
        "Vaccinated children were less likely to be infected (adjusted odds ratio 0.07, 95% CI \
         0.04-0.12).",
        0,
        &Options { min_score: 0.0 },
    );
    let ratios: Vec<_> = claims[0]
        .quantities
        .iter()
        .filter(|q| q.measure == Some(Measure::Ratio))
        .collect();
    assert_eq!(ratios.len(), 2, "{:?}", claims[0].quantities);
    for q in ratios {
        assert!(
            super::apart::Standing::of(&claims[0], q).uncountable,
            "{q:?}"
        );
    }
}
