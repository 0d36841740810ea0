//! Regression tests from QA round 13: a subset after "Of the 41 injured", "Of those" after a
//! change from an earlier level.

use super::tests::{assert_no_alarm, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn a_subset_of_the_opening_whole_is_no_second_toll() {
    // QA round 13, item 1.
    for text in [
        "Two dead and 41 injured after train derails\n\nTwo people were killed and 41 injured \
         when a train derailed on Saturday.\n\nOf the 41 injured, six were in a serious \
         condition in hospital, the ambulance service said.",
        "Two people were killed and 41 injured when a train derailed on Saturday.\n\nAmong the \
         injured, six were in a serious condition.",
    ] {
        let found = findings(text);
        assert_no_alarm(&found, text);
    }
    // The toll said twice still agrees.
    let text = "Two dead and 41 injured after train derails\n\nTwo people were killed and 41 \
                injured when a train derailed on Saturday.\n\nOf the 41 injured, six were in a \
                serious condition in hospital.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert!(
        same.iter().all(|f| f.result == Outcome::Consistent),
        "{}",
        summaries(&found)
    );
}

#[test]
fn of_those_is_the_level_not_the_earlier_one() {
    // QA round 13, item 2.
    let text = "Ucas said a record 243,290 UK 18-year-olds had been accepted onto a degree course \
                by midnight on results day, up 3% from 236,110 last year. Of those, 240,000 were \
                placed at their first choice.";
    let found = findings(text);
    assert_no_alarm(&found, text);
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert!(
        parts[0].arithmetic.contains("243,290"),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_tally_by_votes_to_votes_has_a_majority() {
    // QA round 13, item 10.
    let (result, arithmetic) = the_one(
        "MPs backed the bill at its third reading by 314 votes to 291, a majority of 33.",
        Relation::Margin,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "314 − 291 = 23 votes ≠ 33 stated");
    let (result, _) = the_one(
        "An amendment to restore the role of a judge was defeated by 310 votes to 283, a \
         majority of 27.",
        Relation::Margin,
    );
    assert_eq!(result, Outcome::Consistent);
    // QA round 14: the noun after the second figure only.
    let (result, arithmetic) = the_one(
        "The bill passed by 330 to 275 votes, a majority of 65.",
        Relation::Margin,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "330 − 275 = 55 votes ≠ 65 stated");
    // "By" a figure that is no tally of votes stays a margin or a change of its own.
    for text in [
        "Labour's support rose by 5 points to 40%, a lead of 8 points over the Conservatives.",
        "She held the ward by 57 votes, winning 1,203 votes to 1,146, a margin of 57 votes.",
    ] {
        let found = findings(text);
        assert_no_alarm(&found, text);
    }
}

#[test]
fn a_percent_increase_from_an_earlier_level() {
    // QA round 13, item 12.
    let (result, arithmetic) = the_one(
        "The budget also includes $18.5 million for street repairs, a 19% increase from $16.5 \
         million this year.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "(18.5 million − 16.5 million) ÷ 16.5 million = 12.12 % ≠ the stated rise of 19 %"
    );
    let (result, _) = the_one(
        "Sales reached 69,610 in 2024, a 37% fall from 110,037.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Approximate);
}

#[test]
fn temperatures_in_brackets_are_converted_with_or_without_the_offset() {
    // QA round 13, item 16.
    let (result, arithmetic) = the_one(
        "Mecca recorded 51.8C (135.2F) in June.",
        Relation::Equivalent,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "51.8 °C × 1.8 + 32 = 125.24 °F ≠ 135.2 °F stated (a temperature)"
    );
    for (text, expected) in [
        (
            "Mecca recorded 51.8C (125.2F) in June.",
            Outcome::Approximate,
        ),
        (
            "The city of Tabasco reached 47.2C (116.9F), a national record.",
            Outcome::Approximate,
        ),
        (
            "The average surface temperature was 1.29C (2.32F) above the 20th-century average.",
            Outcome::Approximate,
        ),
        (
            "NOAA said 2024 beat the previous record by 0.10C (0.18F).",
            Outcome::Consistent,
        ),
        // A difference the words say, converted with the offset, is wrong.
        (
            "NOAA said 2024 beat the previous record by 0.10C (32.18F).",
            Outcome::Inconsistent,
        ),
        (
            "Temperatures in Phoenix hit 118F (47.8C) on Tuesday.",
            Outcome::Approximate,
        ),
    ] {
        let (result, _) = the_one(text, Relation::Equivalent);
        assert_eq!(result, expected, "{text}");
    }
    // Neither a temperature nor a difference, and no words to say which: left alone.
    let text = "Copernicus put the figure at 1.6C (3.9F).";
    let found = findings(text);
    assert!(
        only(&found, Relation::Equivalent).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_dispute_shows_ranges_and_open_bounds_by_source() {
    // QA round 13, item 20.
    let camp = "Attack on camp kills at least 120, UN says\n\nAt least 120 people were killed when \
                paramilitaries shelled the camp, the United Nations said on Wednesday.\n\n\
                Sudan's health ministry put the death toll far higher, saying 212 civilians had \
                been killed.";
    let found = findings(camp);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived, "{}", summaries(&found));
    assert_eq!(
        same[0].arithmetic,
        "at least 120 (twice; United Nations) vs 212 (Sudan's health ministry) (people killed, \
         by source)"
    );
    let text = format!(
        "{camp}\n\nThe Sudan Doctors Network said between 150 and 180 people had been killed."
    );
    let found = findings(&text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert!(
        same[0]
            .arithmetic
            .contains("150–180 (Sudan Doctors Network)"),
        "{}",
        summaries(&found)
    );
    // One source's hedged toll and an unsourced one still agree approximately.
    let text = "Attack on camp kills at least 120\n\nAt least 120 people were killed when \
                paramilitaries shelled the camp.\n\nThe death toll later stood at 212, the \
                health ministry said.";
    let found = findings(text);
    assert!(
        only(&found, Relation::SameQuantity)
            .iter()
            .all(|f| !f.arithmetic.contains("by source")),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_wage_per_week_is_no_part_of_a_sum() {
    // QA round 13, item 14: "£190,000 a week" is a rate, never added to a fee.
    let text = "The package totals £60m, including a £50m fee and £190,000 a week in wages.";
    let found = findings(text);
    let parts = only(&found, Relation::PartsTotal);
    assert!(
        parts.iter().all(|f| !f.arithmetic.contains("190,000")),
        "{}",
        summaries(&found)
    );
    // Two amounts per the same period still compare.
    let (result, arithmetic) = the_one(
        "His pay will rise from £150,000 a week to £190,000 a week.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Derived);
    assert_eq!(arithmetic, "190,000 − 150,000 = +40,000 GBP per week");
}
