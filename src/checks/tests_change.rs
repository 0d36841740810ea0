//! Changes stated after their levels (QA round 7, item 10): "to Y from Z, an increase of X",
//! "…, an improvement of N basis points", a change in percent of a count, and "Y …, down X%
//! from Z" — with the texts whose figures agree, which must stay ✓ or ≈.

use super::tests::{assert_none, findings, only, summaries, the_one};
use super::{Outcome, Relation};

/// The one change found in `text`: its result and arithmetic.
fn change(text: &str) -> (Outcome, String) {
    the_one(text, Relation::Change)
}

#[test]
fn to_a_level_from_the_earlier_one() {
    let (result, arithmetic) =
        change("The share rose to 9.4% from 7.8%, an increase of 2.6 percentage points.");
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "9.4 − 7.8 = +1.6 points ≠ the stated change of 2.6"
    );
    // As the article has it, and as "up from" had it already.
    for text in [
        "Across the country, the share of overdose deaths among people 65 and older rose to \
         9.4% from 7.8%, an increase of 1.6 percentage points.",
        "The share rose to 9.4%, up from 7.8%, an increase of 1.6 percentage points.",
        "The share rose to 9.4% in 2024 from 7.8% in 2023, an increase of 1.6 points.",
    ] {
        assert_eq!(change(text).0, Outcome::Consistent, "{text}");
    }
    // Without a stated change, the change is derived; against the verb, it is wrong.
    assert_eq!(
        change("The jobless rate fell to 3.9 percent from 4.1 percent."),
        (Outcome::Derived, "3.9 − 4.1 = −0.2 points".to_string())
    );
    assert_eq!(
        change("Turnout fell to 71% from 64%.").0,
        Outcome::Inconsistent
    );
}

#[test]
fn a_margin_widened_by_basis_points() {
    let (result, arithmetic) = change(
        "The operating margin widened to 60.8% from 57.1%, an improvement of 470 basis points.",
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "60.8 − 57.1 = +3.7 points ≠ the stated change of 4.7"
    );
    assert_eq!(
        change("Gross margin widened to 60.8% from 57.1%, an improvement of 370 basis points.").0,
        Outcome::Consistent
    );
    assert_eq!(
        change("The gap narrowed to 2.5% from 4%, a narrowing of 1.5 points.").0,
        Outcome::Consistent
    );
}

#[test]
fn a_change_in_percent_of_a_count_is_relative() {
    let (result, arithmetic) = change(
        "Deaths involving synthetic opioids dropped to 48,422 from 76,282, a decrease of 46.5%.",
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "(48,422 − 76,282) ÷ 76,282 = −36.52 % ≠ the stated change of 46.5 %"
    );
    for text in [
        "Deaths involving synthetic opioids, mainly fentanyl, dropped to 48,422 from 76,282, a \
         decrease of 36.5%.",
        "Deaths dropped from 76,282 to 48,422, a decrease of 36.5%.",
        "Deaths were 48,422, down from 76,282, a decrease of 36.5%.",
    ] {
        assert_eq!(change(text).0, Outcome::Approximate, "{text}");
    }
}

#[test]
fn a_level_down_a_percentage_from_the_earlier_one() {
    let (result, arithmetic) =
        change("An estimated 69,610 people died in 2024, down 37% from 110,037.");
    assert_eq!(result, Outcome::Approximate);
    assert_eq!(
        arithmetic,
        "(69,610 − 110,037) ÷ 110,037 = −36.74 % ≈ the stated fall of 37 %"
    );
    assert_eq!(
        change("An estimated 80,391 people died in 2024, down 37% from 110,037 in 2023.").0,
        Outcome::Inconsistent
    );
    assert_eq!(
        change("Sales reached 1,200 units, up 20% from 1,000.").0,
        Outcome::Consistent
    );
}

#[test]
fn figures_that_only_look_like_changes() {
    for text in [
        // Other nouns: no level and earlier level.
        "The airline added flights to 40 cities from 12 airports.",
        // "to" without a verb of change.
        "Officials sent aid to 3,000 families from 12 villages.",
        // A change by and to: read once, with its earlier level.
        "Revenue rose 34% to $4.82 billion from $3.60 billion a year earlier.",
        "Revenue rose 22% to $110 billion, up from $90 billion.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::Change).len() <= 1,
            "{text}\n{}",
            summaries(&found)
        );
        assert!(
            found.iter().all(|f| f.result != Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
    let found = findings("The airline added flights to 40 cities from 12 airports.");
    assert!(
        only(&found, Relation::Change).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn more_verbs_of_change_and_a_time_after_each_level() {
    // QA round 8, item 5: "slowed", "cooled", "accelerated" say which way a level went.
    for verb in ["slowed", "cooled", "eased"] {
        let text = format!("Inflation {verb} to 2.3% from 3.1%, a fall of 0.6 percentage points.");
        assert_eq!(
            change(&text),
            (
                Outcome::Inconsistent,
                "2.3 − 3.1 = −0.8 points ≠ the stated change of 0.6".to_string()
            ),
            "{text}"
        );
    }
    assert_eq!(
        change("Inflation accelerated to 3.1% from 2.3%, a rise of 0.8 percentage points.").0,
        Outcome::Consistent
    );
    assert_eq!(
        change("Inflation slowed to 3.1% from 2.3%.").0,
        Outcome::Inconsistent
    );
    // The time of each level does not hide the stated change.
    assert_eq!(
        change(
            "Inflation eased to 2.3% in May from 3.1% in April, a fall of 0.6 percentage points."
        )
        .0,
        Outcome::Inconsistent
    );
    for text in [
        "Inflation eased to 2.3% in May from 3.1% in the same month last year, a fall of 0.8 \
         percentage points.",
        "The rate rose to 60.8% from 57.1% a year earlier, an increase of 3.7 points.",
    ] {
        assert_eq!(change(text).0, Outcome::Consistent, "{text}");
    }
}

#[test]
fn a_range_of_levels_is_no_change() {
    // QA round 8, item 7.
    assert_none(
        &[
            "Temperatures range from minus 20C to 40C.",
            "Prices varied from $5 to $9 across the region.",
        ],
        Relation::Change,
    );
    assert_eq!(
        change("Temperatures rose from 20C to 40C.").0,
        Outcome::Derived
    );
}

#[test]
fn no_change_is_worked_from_one_end_of_a_range() {
    // QA round 18, item C-7: two ranges are no two levels.
    assert_none(
        &[
            "Nordvik lowered its full-year revenue growth forecast to 3%-5% from 6%-8% earlier.",
            "Nordvik cut its growth forecast to 3-5% from 6-8%, the company said.",
            "Growth slowed to 3%-5%, down from 6%.",
        ],
        Relation::Change,
    );
}

#[test]
fn a_unit_written_out_and_as_its_symbol_is_one_unit() {
    // QA round 18, item C-9: "parts per million (ppm)" and "ppm".
    let (result, arithmetic) = change(
        "Carbon dioxide concentrations reached 423.9 parts per million (ppm) in 2024, up from \
         420.0 ppm in 2023, an increase of 3.5 ppm.",
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert!(
        arithmetic.starts_with("423.9 − 420 = +3.9 ppm"),
        "{arithmetic}"
    );
}
