//! Regression tests from QA round 13: a subset after "Of the 41 injured", "Of those" after a
//! change from an earlier level.

use super::tests::{assert_no_alarm, findings, only, summaries};
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
