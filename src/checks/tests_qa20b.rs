//! QA round 20 (testers H and I): contradictions `--checks` missed — survivors broken down by
//! kind, the fates of those on board, a sentence in years and months, a breakdown by "accounted
//! for", shares that should make a whole, a headline's subject with a name before it.

use super::tests::{assert_none, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn survivors_are_people_of_any_kind() {
    // QA round 20, item H-6.
    for text in [
        "SOS Mediterranee, which runs the Ocean Viking, says 47 survivors are on board, among them 12 children, nine women and 29 men.",
        "The ship is carrying 47 survivors, including 12 children, nine women and 29 men.",
        "The Ocean Viking picked up 47 survivors, including 12 children, nine women and 29 men.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (
                Outcome::Inconsistent,
                "12 + 9 + 29 = 50 > 47 (the parts exceed the total)".to_string()
            ),
            "{text}"
        );
    }
    assert_eq!(
        the_one(
            "The Ocean Viking picked up 47 survivors, including 12 children and nine women.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Consistent
    );
}
