//! Regression tests from QA round 12: a change "by" a figure "to" a level, and a p-value beside
//! a toll (items 1 and 6).

use super::tests::{findings, the_one};
use super::{Outcome, Relation};

#[test]
fn a_change_by_a_figure_to_a_level_checks_against_the_level_before() {
    // Item 1: a change and a level, not a range 12,000–98,000.
    assert_eq!(
        the_one(
            "The number of people claiming jobless benefits rose by 12,000 to 98,000 in August, \
             up from 86,000 in July.",
            Relation::Change
        )
        .0,
        Outcome::Consistent
    );
}

#[test]
fn a_p_value_is_never_a_toll() {
    // Item 6: "P=0.03" beside "deaths" is no count of the dead.
    let text = "The drug cut deaths by 20% (P=0.03).\n\nAt least 120 people were killed, the UN \
                said.\n\nThe health ministry said 212 people had been killed.";
    let found = findings(text);
    assert!(
        found.iter().all(|f| !f.arithmetic.contains("0.03")),
        "{:#?}",
        found.iter().map(|f| &f.arithmetic).collect::<Vec<_>>()
    );
}
