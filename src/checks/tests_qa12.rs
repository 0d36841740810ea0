//! Regression tests from QA round 12: a quoted figure of another group, tolls of different
//! sources, a change stated before "from … to", the stated share of a part of a whole, and
//! parts "randomly assigned to receive" one arm each.

use super::tests::{assert_no_alarm, findings, only, summaries};
use super::{Outcome, Relation};

#[test]
fn a_quoted_figure_of_another_group_is_left_alone() {
    for text in [
        "Sudan's health ministry put the death toll far higher, saying 212 civilians had been \
         killed.\n\nThe RSF denied attacking civilians. It put the number of army fighters \
         killed at \"more than 300\", a figure that could not be independently verified.",
        "Sudan's health ministry said 212 civilians had been killed.\n\nThe RSF put the number \
         of army fighters killed at more than 300.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::SameQuantity).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
        assert_no_alarm(&found, text);
    }
}

#[test]
fn two_sources_tolls_are_a_dispute_not_an_error() {
    let text = "A drone attack on a camp outside El Fasher killed 120 people, the United Nations \
                said on Wednesday.\n\nSudan's health ministry said the death toll was 212.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived);
    assert_eq!(
        same[0].arithmetic,
        "120 (United Nations) ≠ 212 (Sudan's health ministry) (people killed, by source)"
    );
    // One source, or figures without one, that disagree stay an alarm.
    for text in [
        "A drone attack on a camp killed 120 people, the United Nations said on Wednesday.\n\n\
         The United Nations said the death toll was 212.",
        "Drone attack on camp kills 212\n\nA drone attack on a camp killed 120 people, the \
         United Nations said on Wednesday.",
    ] {
        let found = findings(text);
        let same = only(&found, Relation::SameQuantity);
        assert!(
            same.iter().any(|f| f.result == Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_dispute_writes_each_value_once_with_its_sources() {
    let found = findings(
        "Blast kills 14 in Kharkiv\n\nThe blast in Kharkiv killed 14 people, police said. \
         The blast in Kharkiv killed 12 people, the mayor said.",
    );
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived);
    assert_eq!(
        same[0].arithmetic,
        "14 (twice; police) ≠ 12 (the mayor) (people killed, by source)"
    );
}
