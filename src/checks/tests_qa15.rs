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

#[test]
fn a_headline_with_the_earlier_toll_agrees() {
    // QA round 15, item b-12.
    let text = "Hurricane makes landfall as Category 4 storm, 9 dead\n\nThe death toll has risen \
                to 11, state emergency officials said.\n\nNine people have been confirmed dead, \
                officials said earlier.";
    let found = findings(text);
    assert_no_alarm(&found, text);
    let updates = only(&found, Relation::Update);
    assert_eq!(updates.len(), 1, "{}", summaries(&found));
    let same = only(&found, Relation::SameQuantity);
    assert!(
        same.iter().all(|f| f.result == Outcome::Consistent),
        "{}",
        summaries(&found)
    );
}

#[test]
fn two_sources_tolls_in_the_body_are_a_dispute() {
    // QA round 15, item b-11.
    let text = "Cholera outbreak spreads\n\nAt least 241 people have died, the WHO said. The \
                health ministry said 286 people had died.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived);
    assert!(
        same[0].arithmetic.contains("by source"),
        "{}",
        summaries(&found)
    );
    // One source's two figures without a toll or a headline figure: no finding.
    let text = "Blasts hit city\n\nFive people died in the first blast, police said. Seven \
                people died in the second, police said.";
    let found = findings(text);
    assert!(
        only(&found, Relation::SameQuantity).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn the_parts_of_a_toll_are_no_second_toll() {
    // QA round 15, item b-11 (the ministry's breakdown).
    let text = "Cholera outbreak spreads\n\nAt least 241 people have died, the WHO said.\n\nThe \
                health ministry gave a higher toll, saying 286 people had died, including 198 in \
                Lusende province and 103 in Kamara province.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert!(
        same[0].arithmetic.contains("241") && same[0].arithmetic.contains("by source"),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_headline_floor_above_every_body_figure_is_an_alarm() {
    // QA round 15, item c-11.
    let text = "At least 41 dead as migrant boat sinks off Lampedusa\n\nAt least 38 people died \
                when the boat capsized off Lampedusa on Thursday.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(
        same[0].result,
        Outcome::Inconsistent,
        "{}",
        summaries(&found)
    );
    // A body figure that reaches the floor supports it.
    let text = "At least 41 dead as migrant boat sinks off Lampedusa\n\nAt least 45 people died \
                when the boat capsized off Lampedusa on Thursday.";
    let found = findings(text);
    assert_no_alarm(&found, text);
}
