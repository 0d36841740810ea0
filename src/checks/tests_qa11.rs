//! Regression tests from QA round 11: another casualty after a part, changes stated with a noun
//! ("an increase of 19% from …") or measured "on" an earlier period, a phrase of time between
//! "from" and "to", a margin beside a "by" figure, and sums of money given to purposes.

use super::tests::{assert_none, the_one};
use super::{Outcome, Relation};

#[test]
fn a_casualty_of_another_kind_after_a_part_is_no_part() {
    assert_none(
        &[
            "Three people have died, including a firefighter, and 11 others have been injured, \
             Cal Fire said.",
            "Two people were killed, including a child, and 14 others were hurt, police said.",
        ],
        Relation::PartsTotal,
    );
    // The same family after the part keeps it in the list.
    assert_eq!(
        the_one(
            "The strike killed 14 people, including nine women who died in hospital, three men \
             and four children.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Inconsistent
    );
}

#[test]
fn a_change_in_percent_stated_with_a_noun_or_on_an_earlier_period() {
    assert_eq!(
        the_one(
            "Revenue was $2.84 billion, an increase of 19% from $2.54 billion.",
            Relation::Change
        ),
        (
            Outcome::Inconsistent,
            "(2.84 billion − 2.54 billion) ÷ 2.54 billion = 11.81 % ≠ the stated rise of 19 %"
                .into()
        )
    );
    assert_eq!(
        the_one(
            "Operating costs were $1.2 billion, a decline of 20% from $1.5 billion.",
            Relation::Change
        )
        .0,
        Outcome::Consistent
    );
    assert_eq!(
        the_one(
            "In all, 143,000 doses were given between 1 January and 31 March 2025, up 37% on the \
             same period last year, when 108,000 doses were given, according to NHS England.",
            Relation::Change
        ),
        (
            Outcome::Inconsistent,
            "(143,000 − 108,000) ÷ 108,000 = 32.41 % ≠ the stated rise of 37 %".into()
        )
    );
    // "About 143,000" may be up to 5 % more: 37 % is then within reach.
    assert_eq!(
        the_one(
            "About 143,000 doses were given between 1 January and 31 March 2025, up 37% on the \
             same period last year, when 108,000 doses were given, according to NHS England.",
            Relation::Change
        )
        .0,
        Outcome::Approximate
    );
    assert_none(
        &[
            // Another clause's figure after "when".
            "Sales were $5 million, up 10% from the start of the year, and when costs are \
             counted, $4 million.",
            // "on" something that is no earlier level.
            "The fund holds $40 million, up 8% on strong demand, with $3 million in cash.",
            // "over" a length of time is no earlier level.
            "There was a total growth of eleven percent over seven years; in this \
             Administration a growth of nineteen percent over seven and a half years.",
        ],
        Relation::Change,
    );
}

#[test]
fn a_phrase_of_time_between_from_and_to() {
    assert_eq!(
        the_one(
            "Labour's share of the vote rose from 29.6 per cent in 2024 to 41.3 per cent, an \
             increase of 12.7 points.",
            Relation::Change
        )
        .0,
        Outcome::Inconsistent
    );
}

#[test]
fn a_figure_after_by_is_no_level_of_a_margin() {
    assert_eq!(
        the_one(
            "Labour held the Old Harlow ward by 57 votes, winning 1,203 votes to 1,146 for the \
             Conservatives, a margin of 67 votes.",
            Relation::Margin
        ),
        (
            Outcome::Inconsistent,
            "1,203 − 1,146 = 57 votes ≠ 67 stated".into()
        )
    );
}

#[test]
fn sums_of_money_given_to_purposes_add_up() {
    assert_eq!(
        the_one(
            "Of the $7 billion, $4.2 billion will go towards crop loss compensation, $1.8 \
             billion towards electricity bills and $1.5 billion for water tankers.",
            Relation::PartsTotal
        ),
        (
            Outcome::Inconsistent,
            "4.2 billion + 1.8 billion + 1.5 billion = 7.5 billion > 7 billion (the \
             parts exceed the total)"
                .into()
        )
    );
    // Money in a year and money on a purpose may overlap.
    assert_none(
        &["Of the $7 billion, $4 billion was spent in 2024 and $3 billion on salaries."],
        Relation::PartsTotal,
    );
}

#[test]
fn a_cut_stated_after_two_levels() {
    // QA round 11, verification item 3.
    assert_eq!(
        the_one(
            "The fine was reduced from £50,000 to £30,000, a cut of 25%.",
            Relation::Change
        )
        .0,
        Outcome::Inconsistent
    );
}

#[test]
fn a_total_stated_after_its_parts() {
    // QA round 11, verification item D4.
    assert_eq!(
        the_one(
            "She imposed six years for the fraud and two years for the money laundering, to run \
             consecutively, a total sentence of nine years.",
            Relation::PartsTotal
        ),
        (
            Outcome::Inconsistent,
            "6 + 2 = 8 ≠ 9 (a complete list)".into()
        )
    );
    assert_eq!(
        the_one(
            "Officers made 12 arrests on Friday and 30 arrests on Saturday, a total of 42 arrests.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Consistent
    );
    assert_none(
        &[
            // Another clause's figures.
            "Five drones hit Kyiv and three hit Lviv; a total of 17 drones were launched.",
            // Not a list that ends with "and".
            "He served six years, then two years, a total of eight years.",
        ],
        Relation::PartsTotal,
    );
}
