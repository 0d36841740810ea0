//! Regression tests from QA round 18 (wrong findings): crew members among those on board, a
//! subgroup's percentages after another base's share, a bracketed conversion beside a change,
//! a threshold or hypothetical set against a headline's figure, a toll beside a breakdown that
//! opens with another.

use super::tests::the_one;
use super::{Outcome, Relation};

#[test]
fn crew_members_are_counted_among_those_on_board() {
    // QA round 18, item A-1.
    for (text, result, arithmetic) in [
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and seven crew members.",
            Outcome::Consistent,
            "165 + 7 = 172 = 172",
        ),
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and six crew members.",
            Outcome::Inconsistent,
            "165 + 6 = 171 ≠ 172 (a complete list)",
        ),
        (
            "The Airbus A320 was carrying 172 people: 165 passengers and 7 crew.",
            Outcome::Consistent,
            "165 + 7 = 172 = 172",
        ),
        (
            "The plane was carrying 172 people, including 165 passengers and six crew members.",
            Outcome::Consistent,
            "165 + 6 = 171 ≤ 172 (1 not itemised)",
        ),
    ] {
        let (got, sum) = the_one(text, Relation::PartsTotal);
        assert_eq!((got, sum.as_str()), (result, arithmetic), "{text}");
    }
}
