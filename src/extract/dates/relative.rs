//! Relative date expressions ("last week", "late Sunday night", "three days ago") and clock
//! times ("07:05", "7 p.m.", "0830 UTC").

use super::{Iso, Span, SpanKind};
use crate::extract::numbers::words::number_word;
use crate::extract::tokens::{RELATIVE_WORD, TokKind, Tokens, WordSet, lower};

/// Periods that "last", "this", "next" … make a date of.
const PERIODS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "summer",
    "winter",
    "spring",
    "autumn",
    "decade",
    "century",
    "quarter",
];

/// Words after "the last year", "the last week" that place the period by something other than
/// which data exist"; "for" and "in" only before "which": "over the last year in Britain",
/// "the last year for the first time").
/// ("That" is left out: "broken that pledge in the last year that I know of" is the past year.)
const PLACING_WORDS: WordSet = WordSet::new(&["before", "of", "when", "which", "whose"]);

/// [`PERIODS`] for [`Tokens::is_in`].
const PERIOD_SET: WordSet = WordSet::new(PERIODS);

/// `word` (after `previous`) ends or is a relative date: "yesterday", "overnight", "ago", a
/// period after "last", "this", "next" … (ASCII letters; a filter for [`relative`]).
pub(super) fn starts_relative(previous: &[u8], word: &[u8]) -> bool {
    let is = |w: &[u8], list: &[&str]| list.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w));
    let alone = || {
        is(
            word,
            &[
                "yesterday",
                "today",
                "tonight",
                "tomorrow",
                "overnight",
                "ago",
            ],
        )
    };
    let after = || opens_a_period(previous) && is(word, PERIODS);
    (may_be_relative(word) && alone()) || (may_be_relative(previous) && after())
}

/// "last", "this", "next", "past", "previous", "coming" in any case: the words before a period
/// ("last week") in [`starts_relative`] and [`relative`].
pub(crate) fn opens_a_period(word: &[u8]) -> bool {
    ["last", "this", "next", "past", "previous", "coming"]
        .iter()
        .any(|x| x.as_bytes().eq_ignore_ascii_case(word))
}

/// Verbs that lead to a count rather than a year ("the toll reached 2000").
pub(super) fn is_count_verb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(word, &mut buf),
        Some(
            "kill"
                | "kills"
                | "left"
                | "hit"
                | "hits"
                | "reach"
                | "reaches"
                | "top"
                | "tops"
                | "exceed"
                | "exceeds"
                | "surpass"
                | "number"
                | "numbers"
                | "total"
                | "totals"
                | "rose"
                | "fell"
                | "saw"
                | "sees"
        )
    )
}

/// Re-exported so the year rule can tell a noun from a function word.
pub(super) fn is_function_word(word: &str) -> bool {
    crate::extract::tokens::is_function_word(word)
}

/// A clock time at token `i`: "07:05", "6:23:02", "7 p.m.", "7pm", "3.40am", "0830 UTC".
pub(super) fn time(t: &Tokens, i: usize) -> Option<Span> {
    if t.kind(i) != Some(TokKind::Digits) {
        return None;
    }
    let n = t.str(i).len();
    let span = |last| {
        Some(Span {
            first: i,
            last,
            kind: SpanKind::Time,
        })
    };
    // Three digits, or five and more, are no time, and four are one only before a time zone
    // ("0830 UTC"): asked first, as most digit runs end here.
    if n > 2 {
        return if n == 4 { zoned_clock(t, i) } else { None };
    }
    let clock =
        |k: usize| t.is_punct(k, ':') && !t.gap(k) && !t.gap(k + 1) && t.is_digits(k + 1, 2);
    if clock(i + 1) {
        let mut last = i + 2;
        if clock(last + 1) {
            last += 2;
        }
        return span(meridiem(t, last + 1).unwrap_or(last));
    }
    if t.digits_value(i) > 12 {
        return None;
    }
    if let Some(last) = meridiem(t, i + 1) {
        return span(last);
    }
    // "3.40am", "9.15 p.m.": the British clock, its minutes after a stop.
    let minutes = t.is_punct(i + 1, '.')
        && !t.gap(i + 1)
        && !t.gap(i + 2)
        && t.is_digits(i + 2, 2)
        && t.digits_value(i + 2) < 60;
    if minutes && let Some(last) = meridiem(t, i + 3) {
        return span(last);
    }
    None
}

/// "0830 UTC": four digits at token `i` that a time zone follows, as a [`time`].
fn zoned_clock(t: &Tokens, i: usize) -> Option<Span> {
    let hhmm = t.digits_value(i);
    let zone = t.is_any(
        i + 1,
        &[
            "UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "MSK", "hrs", "GMT+",
        ],
    );
    (hhmm / 100 < 24 && hhmm % 100 < 60 && zone).then_some(Span {
        first: i,
        last: i + 1,
        kind: SpanKind::Time,
    })
}

/// The one-word forms of [`meridiem`].
const MERIDIEMS: &[&str] = &["am", "pm", "AM", "PM"];

/// The first words of the dotted forms of [`meridiem`] ("a.m.", "p.m.").
const DOTTED_MERIDIEMS: &[&str] = &["a", "p"];

/// The longest word of [`MERIDIEMS`] and [`DOTTED_MERIDIEMS`]: a longer word starts none of
/// them, and is turned away before the lists are searched.
const MERIDIEM_LEN: usize = {
    let (one, dotted) = (longest(MERIDIEMS), longest(DOTTED_MERIDIEMS));
    if one > dotted { one } else { dotted }
};

/// The length in bytes of the longest of `words`.
const fn longest(words: &[&str]) -> usize {
    let mut longest = 0;
    let mut k = 0;
    while k < words.len() {
        if words[k].len() > longest {
            longest = words[k].len();
        }
        k += 1;
    }
    longest
}

/// "am", "pm", "a.m.", "p.m." starting at token `k`; the index of its last token.
fn meridiem(t: &Tokens, k: usize) -> Option<usize> {
    if t.bytes(k).len() > MERIDIEM_LEN {
        return None;
    }
    if t.is_any(k, MERIDIEMS) {
        return Some(k);
    }
    let dotted = t.is_any(k, DOTTED_MERIDIEMS) && t.is_punct(k + 1, '.') && t.is(k + 2, "m");
    if dotted && !t.gap(k + 1) && !t.gap(k + 2) {
        return Some(if t.is_punct(k + 3, '.') && !t.gap(k + 3) {
            k + 3
        } else {
            k + 2
        });
    }
    None
}

/// Words after "overnight" that leave it an adverb of time: "killed overnight amid …".
const AFTER_OVERNIGHT: WordSet = WordSet::new(&[
    "amid", "despite", "through", "toward", "towards", "local", "again", "too", "ahead", "once",
    "now", "because", "unless", "till",
]);

/// The word at `k`, right after "overnight", is a noun it modifies ("its benchmark overnight
/// interest rate", "an overnight stay"): "overnight" is an adjective there, no date. A verb's
/// form ("overnight killing three"), an adverb or a function word keeps it a time.
fn modifies_a_noun(t: &Tokens, k: usize) -> bool {
    let w = t.str(k);
    t.is_lower_word(k)
        && t.gap(k)
        && !is_function_word(w)
        && !t.is_in(k, &AFTER_OVERNIGHT)
        && !["ly", "ing", "ed"].iter().any(|end| w.ends_with(end))
}

/// A relative date at token `i`: "yesterday", "overnight", "last week", "earlier this month",
/// "on Tuesday" (the weekday), "late Sunday night", "three days ago".
pub(super) fn relative(t: &Tokens, i: usize) -> Option<Span> {
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let span = |first, last| {
        Some(Span {
            first,
            last,
            kind: SpanKind::Date(Iso::default()),
        })
    };
    let word = t.str(i);
    // The class holds the relative bit exactly when `may_be_relative` holds.
    if t.class(i) & RELATIVE_WORD == 0 {
        return None;
    }
    let mut buf = [0u8; 24];
    let lw = lower(word, &mut buf)?;
    if matches!(
        lw,
        "yesterday" | "today" | "tonight" | "tomorrow" | "overnight"
    ) {
        if lw == "overnight" && modifies_a_noun(t, i + 1) {
            return None;
        }
        return span(i, i);
    }
    if super::calendar::is_weekday(word) {
        // "the Sunday Standard", "Good Friday Agreement": part of a name.
        let named = t.is_capitalised(i + 1) && !super::month_or_weekday(t.str(i + 1));
        if named {
            return None;
        }
        let modifiers = [
            "late", "early", "last", "next", "this", "Late", "Early", "Last", "Next", "This",
        ];
        let first = if i > 0 && t.is_any(i - 1, &modifiers) {
            i - 1
        } else {
            i
        };
        let possessive = t.is_apostrophe(i + 1) && !t.gap(i + 1);
        let part = !possessive && t.is_any(i + 1, &["night", "morning", "afternoon", "evening"]);
        return span(first, if part { i + 1 } else { i });
    }
    if opens_a_period(lw.as_bytes()) && t.is_in(i + 1, &PERIOD_SET) {
        // "the last year before the outbreak", "the last week of June", "the past year for
        // which figures exist": a period the words after it place, not one before now.
        let which = |k: usize| t.is_any(k, &["in", "on", "during", "for"]) && t.is(k + 1, "which");
        let placed =
            i >= 1 && t.is(i - 1, "the") && (t.is_in(i + 2, &PLACING_WORDS) || which(i + 2));
        if placed {
            return None;
        }
        let first = if i > 0 && t.is_any(i - 1, &["earlier", "later"]) {
            i - 1
        } else {
            i
        };
        return span(first, i + 1);
    }
    if lw == "ago" && i >= 1 && is_period_of_time(t.str(i - 1)) {
        let mut first = i - 1;
        if i >= 2 && counts_periods(t, i - 2) {
            first = i - 2;
            if first >= 1 && t.is(first - 1, "a") && t.is(first, "few") {
                first -= 1;
            }
        }
        return span(first, i);
    }
    None
}

/// A cheap filter on the first two letters and the length: the word may start a relative date
/// ("ago", "last", "this", "next", "past", "today", "coming", a weekday, "tonight", "tomorrow",
/// "previous", "yesterday", "overnight").
pub(crate) const fn may_be_relative(word: &[u8]) -> bool {
    let n = word.len();
    if n < 3 || n > 9 {
        return false;
    }
    let pair = [word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase()];
    match &pair {
        b"ag" => n == 3,
        b"la" | b"ne" | b"pa" => n == 4,
        b"th" => n == 4 || n == 8,
        b"to" => n == 5 || n == 7 || n == 8,
        b"co" | b"mo" | b"fr" | b"su" => n == 6,
        b"tu" => n == 7,
        b"sa" | b"pr" => n == 8,
        b"we" | b"ye" | b"ov" => n == 9,
        _ => false,
    }
}

/// "days", "week", "years" …: what "ago" counts.
fn is_period_of_time(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    matches!(
        singular,
        "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "centurie" | "century"
    )
}

/// The word before a period in "N days ago": a figure, a number word, "a", "few", "several".
fn counts_periods(t: &Tokens, k: usize) -> bool {
    if t.kind(k) == Some(TokKind::Digits) {
        return true;
    }
    let mut buf = [0u8; 24];
    match lower(t.str(k), &mut buf) {
        Some("a" | "an" | "few" | "several" | "many") => true,
        Some(w) => number_word(w.as_bytes()).is_some(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_meridiem_is_read_after_a_time() {
        let dotted = DOTTED_MERIDIEMS
            .iter()
            .flat_map(|w| [format!("{w}.m."), format!("{w}.m")]);
        for form in MERIDIEMS.iter().map(|w| w.to_string()).chain(dotted) {
            for text in [format!("at 7 {form} on"), format!("at 07:05{form} on")] {
                let t = Tokens::new(&text);
                let span = time(&t, 1).expect(&text);
                assert_eq!(t.toks[span.last].end, text.len() - " on".len(), "{text}");
            }
        }
        assert!(time(&Tokens::new("at 7 amp"), 1).is_none());
    }
}
