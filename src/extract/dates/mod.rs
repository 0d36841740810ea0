//! Date expressions in a sentence: absolute ("March 4, 2025", "4 March 2025", "22.06.2008"),
//! partial ("2022", "March 2025") and relative ("last week", "on Tuesday", "overnight").
//!
//! The scanner also marks clock times ("07:05", "0830 UTC") so that the figure scanner can leave
//! them alone: a time is neither a date a checker looks up nor a count.

mod calendar;
mod given;
mod range;
mod relative;
mod year;

use crate::claim::DateRef;
use crate::extract::tokens::{CALENDAR_WORD, RELATIVE_WORD, TokKind, Tokens, word_class};
use year::{year, year_end, year_kind};

pub(crate) use calendar::{Iso, MONTHS, WEEKDAYS};
pub use given::GivenYears;
pub(crate) use given::tells_the_future;
pub(crate) use relative::{may_be_relative, opens_a_period};

/// What a span of tokens is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SpanKind {
    /// A date expression; `Iso::default()` when relative, no year when the text gives none.
    Date(Iso),
    /// A clock time: not reported, only kept away from the figures.
    Time,
    /// The year of a statute's name ("the Proceeds of Crime Act 2002"): no date of an event,
    /// nor a figure; not reported.
    Name,
}

/// A date or time found in the tokens: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token (inclusive).
    pub last: usize,
    /// Date or time.
    pub kind: SpanKind,
}

/// The date expressions in `sentence`, whose first byte is at `base` in the document; offsets in
/// the result are document offsets.
pub fn dates(sentence: &str, base: usize) -> Vec<DateRef> {
    if !may_hold_a_date(sentence) {
        return Vec::new();
    }
    let tokens = Tokens::new(sentence);
    let mut spans = Vec::new();
    scan(&tokens, &mut spans);
    date_refs(&tokens, &spans, base)
}

/// The public form of the date spans found in `tokens` (clock times are left out).
pub(crate) fn date_refs(tokens: &Tokens, spans: &[Span], base: usize) -> Vec<DateRef> {
    spans
        .iter()
        .filter_map(|span| match span.kind {
            SpanKind::Date(iso) => {
                let start = tokens.toks[span.first].start;
                let end = tokens.toks[span.last].end;
                Some(DateRef {
                    text: tokens.text[start..end].to_string(),
                    iso: iso.to_iso(),
                    start: base + start,
                    end: base + end,
                })
            }
            SpanKind::Time | SpanKind::Name => None,
        })
        .collect()
}

/// A cheap test that rules out most sentences before tokenising: every date expression holds a
/// digit, a month or weekday name, or a relative word ("yesterday", "last week", "ago").
pub(crate) fn may_hold_a_date(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    if crate::extract::numbers::has_digit(bytes) {
        return true;
    }
    let mut previous: &[u8] = &[];
    crate::extract::numbers::ascii_words(bytes).any(|word| {
        let starts = starts_date(previous, word);
        previous = word;
        starts
    })
}

/// The ASCII word `word`, after the word `previous`, may be (part of) a date expression: a
/// capitalised month or weekday name, or a relative date word ("yesterday", "last week").
pub(crate) fn starts_date(previous: &[u8], word: &[u8]) -> bool {
    let named = word[0].is_ascii_uppercase()
        && word_class(word) & CALENDAR_WORD != 0
        && std::str::from_utf8(word).is_ok_and(month_or_weekday);
    named || relative::starts_relative(previous, word)
}

/// Finds the dates and times among `t`'s tokens, in text order, without overlaps, into `spans`
/// (which the caller clears).
pub(crate) fn scan(t: &Tokens, spans: &mut Vec<Span>) {
    let mut i = 0;
    // Only digits and words with a class can start a date or a time: the scan goes from one
    // marked token to the next, past those a span has taken.
    for &k in &t.marked {
        if k < i {
            continue;
        }
        i = k;
        let at = |(last, kind)| Span {
            first: i,
            last,
            kind,
        };
        let found = match t.toks[i].kind {
            TokKind::Digits => numeric(t, i)
                .or_else(|| day_first(t, i))
                .or_else(|| decade(t, i))
                .or_else(|| year(t, i).map(|y| (year_end(t, i), year_kind(t, i, y))))
                .map(at)
                .or_else(|| relative::time(t, i)),
            // Every month or weekday name and relative date word passes the class filter.
            TokKind::Word if t.toks[i].class & (CALENDAR_WORD | RELATIVE_WORD) == 0 => None,
            TokKind::Word if t.str(i).as_bytes()[0].is_ascii_uppercase() => month_first(t, i)
                .map(at)
                .or_else(|| relative::relative(t, i)),
            TokKind::Word => relative::relative(t, i),
            TokKind::Punct => None,
        };
        // "FY26", "FY2026": the label glued before a fiscal year is part of its text.
        let found = found.map(|mut span| {
            if span.first == i && i >= 1 && !t.gap(i) && t.str(i - 1) == "FY" {
                span.first -= 1;
            }
            span
        });
        match found {
            Some(span) => {
                let clear = spans.last().is_none_or(|prev| prev.last < span.first);
                if clear {
                    spans.push(span);
                }
                i = span.last.max(i) + 1;
            }
            None => i += 1,
        }
    }
    range::lend_range_years(t, spans);
}

/// `22.06.2008`, `20-09-2025`, `2025-03-04`, `3/4/2025` (ambiguous day and month: year only).
fn numeric(t: &Tokens, i: usize) -> Option<(usize, SpanKind)> {
    if t.kind(i) != Some(TokKind::Digits) || glued_before(t, i) {
        return None;
    }
    let sep = t.str(i + 1);
    if !matches!(sep, "." | "-" | "/") || t.str(i + 3) != sep {
        return None;
    }
    let tight = (1..=4).all(|k| !t.gap(i + k));
    if !tight || t.kind(i + 2) != Some(TokKind::Digits) || t.kind(i + 4) != Some(TokKind::Digits) {
        return None;
    }
    // "1.2.3.4" is an address or a version, not a date.
    if !t.gap(i + 5) && (t.str(i + 5) == sep || t.kind(i + 5) != Some(TokKind::Punct)) {
        return None;
    }
    let (a, b, c) = (
        t.digits_value(i),
        t.digits_value(i + 2),
        t.digits_value(i + 4),
    );
    let (la, lb, lc) = (t.str(i).len(), t.str(i + 2).len(), t.str(i + 4).len());
    let iso = if la == 4 && lb <= 2 && lc <= 2 {
        Iso::date(a as u32, b as u8, c as u8)
    } else if la <= 2 && lb <= 2 && lc == 4 {
        let year = c as u32;
        let (day, month) = if a > 12 || (sep != "/" && b <= 12) {
            (a, b)
        } else if b > 12 {
            (b, a)
        } else {
            // US and European orders disagree on "3/4/2025"; only the year is certain.
            return Some((i + 4, SpanKind::Date(Iso::year(year))));
        };
        Iso::date(year, month as u8, day as u8)
    } else {
        return None;
    };
    // An impossible date is still a date expression; it carries no ISO form.
    Some((i + 4, SpanKind::Date(iso.unwrap_or_default())))
}

/// `March 4, 2025`, `March 4th 2025`, `March 4`, `March 2025`, `March of 2025`, `in March`;
/// a range of days is its first day (`March 10-12, 2024`, `November 16 and 17, 2026`).
fn month_first(t: &Tokens, i: usize) -> Option<(usize, SpanKind)> {
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let name = t.str(i);
    let month = calendar::month(name)?;
    let mut j = i + 1;
    let abbreviated = !calendar::is_full_month_name(name);
    if abbreviated && t.is_punct(j, '.') && !t.gap(j) {
        j += 1;
    }
    if let Some(day) = day_number(t, j) {
        let mut k = j + 1;
        if ordinal_suffix(t, k) {
            k += 1;
        }
        k = range::last_day_after_month(t, k, day).map_or(k, |end| end + 1);
        let comma = t.is_punct(k, ',');
        if let Some(y) = year_after(t, k + usize::from(comma)) {
            let iso = Iso::date(y, month, day).unwrap_or_default();
            return Some((k + usize::from(comma), SpanKind::Date(iso)));
        }
        return Some((k - 1, SpanKind::Date(Iso::month_day(month, day))));
    }
    let skip = usize::from(t.is_punct(j, ',') || t.is(j, "of"));
    if let Some(y) = year_after(t, j + skip) {
        return Some((j + skip, SpanKind::Date(Iso::month(y, month))));
    }
    // A month name alone is a date only after a word that introduces one ("in March"); "May"
    // alone is too often the verb or a name.
    let introduced = i > 0
        && t.is_any(
            i - 1,
            &[
                "in", "since", "until", "till", "early", "late", "mid", "last", "next", "this",
            ],
        );
    (introduced && !abbreviated && name != "May").then_some((i, SpanKind::Date(Iso::default())))
}

/// `4 March 2025`, `4th of March 2025`, `4 March`; a range of days is its first day (`10-12
/// March 2024`, `16 and 17 November 2026`, `9 to 20 November 2026`).
fn day_first(t: &Tokens, i: usize) -> Option<(usize, SpanKind)> {
    let day = day_number(t, i)?;
    if glued_before(t, i) {
        return None;
    }
    let mut j = i + 1;
    if ordinal_suffix(t, j) {
        j += 1;
    }
    j = range::last_day_before_month(t, j, day).map_or(j, |end| end + 1);
    if t.is(j, "of") {
        j += 1;
    }
    let month = calendar::month(t.str(j)).filter(|_| t.kind(j) == Some(TokKind::Word))?;
    let mut k = j + 1;
    if !calendar::is_full_month_name(t.str(j)) && t.is_punct(k, '.') && !t.gap(k) {
        k += 1;
    }
    let comma = usize::from(t.is_punct(k, ','));
    match year_after(t, k + comma) {
        Some(y) => Some((
            k + comma,
            SpanKind::Date(Iso::date(y, month, day).unwrap_or_default()),
        )),
        None => Some((k - 1, SpanKind::Date(Iso::month_day(month, day)))),
    }
}

/// `1990s`: a decade, not a count; it has no single ISO date.
fn decade(t: &Tokens, i: usize) -> Option<(usize, SpanKind)> {
    let ok = t.is_digits(i, 4)
        && t.digits_value(i).is_multiple_of(10)
        && t.str(i + 1) == "s"
        && !t.gap(i + 1)
        && !glued_before(t, i);
    ok.then_some((i + 1, SpanKind::Date(Iso::default())))
}

/// A day of the month at token `i` (1–31, one or two digits, standing alone).
fn day_number(t: &Tokens, i: usize) -> Option<u8> {
    if !(t.kind(i) == Some(TokKind::Digits) && t.bytes(i).len() <= 2 && t.gap(i)) {
        return None;
    }
    let day = t.digits_value(i);
    (1..=31).contains(&day).then_some(day as u8)
}

/// "st", "nd", "rd", "th" glued to the previous token.
fn ordinal_suffix(t: &Tokens, i: usize) -> bool {
    !t.gap(i) && t.is_any(i, &["st", "nd", "rd", "th"])
}

/// A four-digit year at token `i` that follows a month or a day ("March 4, 2025").
fn year_after(t: &Tokens, i: usize) -> Option<u32> {
    let y = t.digits_value(i);
    let ok = t.is_digits(i, 4) && (1000..=2999).contains(&y) && !glued_after(t, i);
    ok.then_some(y as u32)
}

/// Token `i` is stuck to a word, a figure or a symbol before it ("A330", "$2000", "1.2008").
fn glued_before(t: &Tokens, i: usize) -> bool {
    if i == 0 || t.gap(i) {
        return false;
    }
    match t.kind(i - 1) {
        Some(TokKind::Word | TokKind::Digits) => true,
        _ if t.is_dash(i - 1) => {
            // "mid-1990s" and "2014-2015" are fine; "COVID-2019" is not a year.
            !(i >= 2 && (t.is(i - 2, "mid") || t.is_digits(i - 2, 4)))
        }
        _ => {
            let p = t.str(i - 1);
            is_currency(p) || matches!(p, "#" | "." | "," | "/" | ":" | "+" | "@" | "&" | "=")
        }
    }
}

/// Token `i` is stuck to a word or continues as a figure ("2000s", "2,000", "2000.5", "2000%").
fn glued_after(t: &Tokens, i: usize) -> bool {
    if t.gap(i + 1) {
        return false;
    }
    match t.kind(i + 1) {
        Some(TokKind::Word | TokKind::Digits) => true,
        Some(TokKind::Punct) => {
            let continues = matches!(t.str(i + 1), "," | "." | ":" | "/")
                && !t.gap(i + 2)
                && t.kind(i + 2) == Some(TokKind::Digits);
            continues || matches!(t.str(i + 1), "%" | "$" | "€" | "£")
        }
        None => false,
    }
}

/// A capitalised month or weekday name ("March", "Sunday"): part of a date, never a counted noun.
pub(crate) fn month_or_weekday(word: &str) -> bool {
    // Every name sets its class bit, so most words are turned away by one table look-up.
    word_class(word.as_bytes()) & CALENDAR_WORD != 0
        && (calendar::month(word).is_some() || calendar::is_weekday(word))
}

/// A month's abbreviation as a date writes it ("Dec", "Sept"), not the full name ("May").
pub(crate) fn is_month_abbreviation(word: &str) -> bool {
    calendar::month(word).is_some() && !calendar::is_full_month_name(word)
}

/// A month (or its abbreviation) or a weekday, in any case ("march", "SEPT", "friday").
pub(crate) fn is_calendar_name_any_case(word: &str) -> bool {
    MONTHS
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case(word))
        || WEEKDAYS.iter().any(|name| name.eq_ignore_ascii_case(word))
}

/// Currency symbols that may stand before a figure.
pub(crate) fn is_currency(s: &str) -> bool {
    matches!(s, "$" | "€" | "£" | "¥" | "₴" | "₽" | "₹" | "₩" | "₺" | "₦")
}

#[cfg(test)]
mod tests;
