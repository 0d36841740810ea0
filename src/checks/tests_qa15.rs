//! Regression tests from QA round 15: "Of those 355," naming its own total, rounded
//! conversions, a headline's earlier toll, headline floors, tolls by source, headline figures
//! other than tolls.

use super::tests::{assert_no_alarm, findings, only, summaries};
use super::{Outcome, Relation};

#[test]
fn of_those_with_a_figure_names_its_own_total() {
    // QA round 15, item a-1.
    let text = "About 355 people were charged, and 259 of them were convicted. Of those 355, 52 \
                were sentenced on that count alone and 27 are awaiting trial.";
    let found = findings(text);
    assert_no_alarm(&found, text);
    assert!(
        only(&found, Relation::PartsTotal)
            .iter()
            .all(|f| !f.arithmetic.contains("259")),
        "{}",
        summaries(&found)
    );
    // "Of those, N …" still reads the previous sentence's figure as the total.
    let text = "About 355 people were charged. Of those, 52 were sentenced and 327 are awaiting \
                trial.";
    let found = findings(text);
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Inconsistent);
}
