//! The period or head an amount of money is paid per: "£190,000 a week", "$20 a month", "£15
//! per hour", "€2bn annually", "£30 a head", so that a wage or a price is not read as a sum.

use super::super::figure::is_function_word_any_case;
use crate::extract::tokens::{TokKind, Tokens};

/// What an amount of money after token `k - 1` is paid per, starting at `k`: "a week", "an
/// hour", "per month", "per annum", "each year", "every day", "a head", "per person",
/// "-a-week" ("a £190,000-a-week deal"), or "weekly", "monthly", "annually" with no noun after;
/// the singular name of the period ("week") and the last token. Not "a year ago", "a year
/// earlier", "a day later" (a time, not a period), nor "per cent".
pub(crate) fn paid_per(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    if let Some(found) = adverb(t, k) {
        return Some(found);
    }
    // "£190,000-a-week": the hyphens glue the period to the amount.
    let (word, p) = if t.is_joining_hyphen(k) && t.is(k + 1, "a") && t.is_joining_hyphen(k + 2) {
        (k + 1, k + 3)
    } else if t.gap(k) && t.gap(k + 1) {
        (k, k + 1)
    } else {
        return None;
    };
    let per = t.is(word, "per");
    let article = t.is_any(word, &["a", "an", "each", "every"]);
    if !(per || article) || !t.is_lower_word(p) {
        return None;
    }
    let period = match t.str(p) {
        "hour" => "hour",
        "day" => "day",
        "night" => "night",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        "annum" if per => "year",
        "head" => "head",
        "person" => "person",
        _ => return None,
    };
    (!a_time(t, p + 1)).then_some((period, p))
}

/// "weekly", "monthly", "annually" … at `k`, after the amount: the period, unless an adjective
/// before a noun ("£500 weekly shop" may be one shop's bill). "Annually" is no adjective.
fn adverb(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    if !t.gap(k) || !t.is_lower_word(k) {
        return None;
    }
    let period = match t.str(k) {
        "hourly" => "hour",
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        "yearly" | "annually" => "year",
        _ => return None,
    };
    let next = k + 1;
    let ends = next >= t.len()
        || t.kind(next) != Some(TokKind::Word)
        || is_function_word_any_case(t.str(next));
    (t.is(k, "annually") || ends).then_some((period, k))
}

/// The words at `k`, after "a year", "a day": they make it a time ("a year ago", "a day
/// later", "a year's"), or a period longer than one ("a year and a half"). ("£40,000 a year
/// before tax" is a wage too, but "£4bn a year before" a sum told a year back: neither is read.)
fn a_time(t: &Tokens, k: usize) -> bool {
    const TIME: [&str; 8] = [
        "ago",
        "earlier",
        "before",
        "later",
        "after",
        "back",
        "previously",
        "into",
    ];
    t.is_apostrophe(k)
        || !t.gap(k) && t.is_joining_hyphen(k)
        || t.is_any(k, &TIME)
        || t.is(k, "and") && t.is_any(k + 1, &["a", "half"])
}
