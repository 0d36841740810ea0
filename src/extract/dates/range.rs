//! Ranges of days ("10-12 March 2024", "between 16 and 17 November 2026", "from Nov. 12 to 15,
//! 2026"), read as their first day, and ranges across months, whose first day takes the year
//! the range ends with ("between 1 January and 31 March 2025").

use super::{Span, SpanKind, day_number, glued_after, ordinal_suffix, year_after};
use crate::extract::tokens::{TokKind, Tokens};

/// Words that join the first and the last day of a range ("between 16 and 17 November", "from
/// 9 to 20 November").
const JOINERS: [&str; 6] = ["and", "to", "until", "till", "through", "thru"];

/// "between 1 January and 31 March 2025", "from Dec. 1 to Jan. 15, 2025": the first day of a
/// range, written without its year, takes the year the range ends with (the year before, when
/// its day comes later in the calendar than the last day).
pub(super) fn lend_range_years(t: &Tokens, spans: &mut [Span]) {
    for k in 1..spans.len() {
        let (first, last) = (spans[k - 1], spans[k]);
        let (SpanKind::Date(from), SpanKind::Date(to)) = (first.kind, last.kind) else {
            continue;
        };
        let (None, Some(month), Some(day), Some(year), Some(to_month)) =
            (from.year, from.month, from.day, to.year, to.month)
        else {
            continue;
        };
        let word = first.last + 1;
        let between = first.first >= 1 && t.is(first.first - 1, "between") && t.is(word, "and");
        let joined = last.first == word + 1
            && (between
                || t.is_any(word, &["to", "until", "till", "through", "thru"])
                || t.is_dash(word) && t.gap(word));
        if !joined {
            continue;
        }
        let later = (month, day) > (to_month, to.day.unwrap_or(31));
        let year = if later { year - 1 } else { year };
        spans[k - 1].kind = SpanKind::Date(from.in_year(year));
    }
}

/// The last token of the day that ends a range of days of one month, written from token `k`
/// after the first `day` when the month follows the days ("10-12 March", "16 and 17
/// November", "9 to 20 November", "10 – 12 March"). The date model holds one day, so the
/// range reads as its first; its text keeps the whole range.
pub(super) fn last_day_before_month(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    last_day_end(t, k, day).or_else(|| joined_last_day(t, k, day))
}

/// The last token of the day that ends a range of days written after its month, from token
/// `k` after the first `day` ("March 10-12", "November 16 and 17, 2026", "Nov. 12 to 15"). A
/// day joined by a word must close the date (a year, or punctuation, follows it): in "On
/// March 3 and 4 people died" the 4 counts people.
pub(super) fn last_day_after_month(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    last_day_end(t, k, day).or_else(|| {
        let end = joined_last_day(t, k, day)?;
        let comma = usize::from(t.is_punct(end + 1, ','));
        let closes = year_after(t, end + 1 + comma).is_some()
            || !glued_after(t, end)
                && !matches!(t.kind(end + 1), Some(TokKind::Word | TokKind::Digits));
        closes.then_some(end)
    })
}

/// "10-12", "10–12th": a later day glued to a dash after the first `day` at `k`.
fn last_day_end(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    if !t.is_dash(k) || t.gap(k) || t.gap(k + 1) || t.kind(k + 1) != Some(TokKind::Digits) {
        return None;
    }
    let last = t.digits_value(k + 1);
    let ok = t.str(k + 1).len() <= 2 && u64::from(day) < last && last <= 31;
    ok.then(|| {
        if ordinal_suffix(t, k + 2) {
            k + 2
        } else {
            k + 1
        }
    })
}

/// "and 17", "to 20th", " – 12": a later day after a joining word or a spaced dash at `k`.
fn joined_last_day(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    let joined = t.is_any(k, &JOINERS) || t.is_dash(k) && t.gap(k) && t.gap(k + 1);
    let later = day_number(t, k + 1).is_some_and(|last| last > day);
    (joined && later).then(|| {
        if ordinal_suffix(t, k + 2) {
            k + 2
        } else {
            k + 1
        }
    })
}
