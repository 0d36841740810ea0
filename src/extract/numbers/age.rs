//! Ages told without "years old": set off by commas after a person ("The suspect, 33,"), and
//! open bounds ("people 65 and older", "aged 55 and over", "children 5 and under").

use super::figure::is_function_word_any_case;
use super::units;
use crate::claim::Qualifier;
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// "The suspect, 33, was arrested", "John Smith, 45, of Leeds": a whole number up to 120 set
/// off by commas after a person (a name or a noun for a person) is their age.
pub(super) fn appositive_age(t: &Tokens, i: usize, last: usize, value: f64) -> bool {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    if !whole || i < 2 || t.kind(i) != Some(TokKind::Digits) {
        return false;
    }
    // ("fined Dennis R. Hollister, 58, $250,000": an amount may follow the age.)
    let amount_after = t.kind(i + 3) == Some(TokKind::Digits)
        && units::currency_before(t, i + 3).is_some_and(|(_, at)| at == i + 2);
    let set_off = t.is_punct(i - 1, ',')
        && t.is_punct(i + 1, ',')
        && (t.is_lower_word(i + 2) || amount_after);
    let person = i - 2;
    let named = t.is_capitalised(person)
        && !is_function_word_any_case(t.str(person))
        && !crate::extract::dates::month_or_weekday(t.str(person));
    set_off && (named || t.is_in(person, &units::PERSON_NOUNS))
}

/// "65 and older", "5 and under" after a noun for people: a whole number up to 120 at `i`
/// (ending at `last`) is an age and the words after it bound the ages: (the qualifier, the last
/// token of "and older"). "and older", "or younger" say age themselves; "and over", "and up",
/// "and under" only after people ("people 65 and over", not "groups of 10 and over").
pub(super) fn open_age_bound(
    t: &Tokens,
    i: usize,
    last: usize,
    value: f64,
) -> Option<(Qualifier, usize)> {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    if !whole || t.kind(i) != Some(TokKind::Digits) || !t.is_any(last + 1, &["and", "or"]) {
        return None;
    }
    let bound = last + 2;
    let people = i >= 1 && (t.is_in(i - 1, &PEOPLE) || t.is(i - 1, "aged"));
    let qualifier = if t.is(bound, "older") || people && t.is_any(bound, &["over", "up"]) {
        Qualifier::AtLeast
    } else if t.is(bound, "younger") || people && t.is(bound, "under") {
        Qualifier::UpTo
    } else {
        return None;
    };
    Some((qualifier, bound))
}

/// "children under 5", "people over 65": a whole number up to 120 at `i` after "under" or
/// "over" after a plural noun for people, with no unit of its own after it ("children under 5
/// kg"), is an age (the qualifier is read as for any figure).
pub(super) fn bounded_age(t: &Tokens, i: usize, last: usize, value: f64) -> bool {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    whole
        && i >= 2
        && t.kind(i) == Some(TokKind::Digits)
        && t.is_any(i - 1, &["under", "over"])
        && t.is_in(i - 2, &PEOPLE)
        && !matches!(units::after(t, last + 1), units::After::Unit(_))
}

/// Plural nouns for people before an age bound ("people 65 and over").
const PEOPLE: WordSet = WordSet::new(&[
    "people",
    "adults",
    "those",
    "men",
    "women",
    "children",
    "kids",
    "residents",
    "voters",
    "patients",
    "seniors",
    "persons",
    "individuals",
    "Americans",
    "drivers",
    "workers",
]);
