//! Figures in a sentence: digits with separators and decimals, percentages, basis points, money,
//! number words, ages, magnitudes, ranges, and the counted noun.
//!
//! The sentence is cut into tokens only when a cheap byte test finds a digit or a number word;
//! dates and clock times are found first (by [`crate::extract::dates`]) and left out, so "March 4,
//! 2025", "in 1970" and "0830 UTC" are never counts. A figure without a noun beside it takes the
//! unit of the figure it is tied to ("55 of 75 confirmed dead", "from 9.5 to 20 percent") or of
//! the nearest count before it in the sentence ("181 drones …, shot down 115").

mod age;
mod carry;
mod citation;
mod compact;
mod figure;
mod fraction;
mod harm;
mod labels;
mod multiplier;
mod names;
mod numeral;
mod over;
mod pvalue;
mod qualifier;
mod racetime;
mod range;
mod ratio;
mod respectively;
mod scoreline;
mod sign;
mod telephone;
mod units;
pub(crate) use labels::may_name_a_number;
pub(crate) use units::iso_code;
pub(crate) mod words;

use crate::claim::{DateRef, Measure, Quantity};
use crate::extract::dates;
use crate::extract::tokens::{
    CALENDAR_WORD, NUMBER_WORD, RELATIVE_WORD, TokenBuffer, Tokens, letter_run_class,
    may_start_number_word, word_spans,
};
use carry::{carry_units, drop_pronoun_one};
pub(crate) use citation::in_citation;
pub use compact::{Figures, Found, FoundEnd};
use compact::{FoundDate, FoundQuantity, UnitText};
use figure::Figure;
pub(crate) use labels::{is_label, road_number};
pub(crate) use names::street_number;
use units::UnitName;
pub(crate) use units::{counts_a_plural, measures};

/// The figures in `sentence`, whose first byte is at `base` in the document; offsets in the
/// result are document offsets.
pub fn quantities(sentence: &str, base: usize) -> Vec<Quantity> {
    if !may_hold_a_figure(sentence) || u32::try_from(sentence.len()).is_err() {
        return Vec::new();
    }
    let tokens = Tokens::new(sentence);
    // Only a date with a digit ("March 4, 2025") or "ago" ("three days ago") can hide a figure.
    let mut spans = Vec::new();
    if has_digit(sentence.as_bytes()) || sentence.contains("ago") {
        dates::scan(&tokens, &mut spans);
    }
    let mut figures = Vec::new();
    figure::scan(&tokens, &spans, &mut figures);
    over::settle_over(&tokens, &mut figures);
    carry_units(&tokens, &mut figures);
    drop_pronoun_one(&tokens, &mut figures);
    share_rate_bases(&tokens, &mut figures);
    let mut found = Found::default();
    found
        .quantities
        .extend(figures.iter().map(|f| compact(&tokens, f)));
    found
        .figures(FoundEnd::default(), found.end())
        .quantities(sentence, base)
}

/// The sentence holds an ASCII digit (a branch-free fold the compiler vectorises).
pub(crate) fn has_digit(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(false, |found, b| found | b.is_ascii_digit())
}

/// The runs of ASCII letters in `bytes`, in order: the words the cheap pre-filters look at.
pub(crate) fn ascii_words(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    word_spans(bytes).map(|(start, len)| &bytes[start..start + len])
}

/// The figures and the dates of `sentence` in one pass, as the pipeline reports them (no
/// figure inside a date): what [`quantities`] and [`dates::dates`] give, for about the cost of
/// one.
pub fn with_dates(sentence: &str, base: usize) -> (Vec<Quantity>, Vec<DateRef>) {
    let mut found = Found::default();
    Reader::default().read(sentence, &mut found);
    let figures = found.figures(FoundEnd::default(), found.end());
    (
        figures.quantities(sentence, base),
        figures.dates(sentence, base, None, None),
    )
}

/// Reads the figures and dates of sentence after sentence, reusing its buffers.
#[derive(Debug, Default)]
pub struct Reader {
    tokens: TokenBuffer,
    spans: Vec<dates::Span>,
    figures: Vec<Figure>,
}

impl Reader {
    /// Reads the figures and dates of `sentence`, as [`with_dates`] gives them, after those
    /// already in `found`. The sentence is cut into tokens only when a cheap byte test finds a
    /// digit, a number word, a month or weekday name or a relative date word.
    // Kept out of line: it runs once per sentence, and a profile then shows what figures and
    // dates cost apart from the rest of the pipeline.
    #[inline(never)]
    pub fn read(&mut self, sentence: &str, found: &mut Found) {
        let (figure, date) = hints(sentence);
        // Offsets are kept in 32 bits: a "sentence" of 4 GiB is no prose to read figures in.
        if !figure && !date || u32::try_from(sentence.len()).is_err() {
            return;
        }
        let tokens = Tokens::reuse(sentence, std::mem::take(&mut self.tokens));
        let first_date = found.dates.len();
        self.spans.clear();
        // Every date that can hide a figure holds a digit or "ago", which `date` looks for.
        if date {
            dates::scan(&tokens, &mut self.spans);
        }
        // Plain loops rather than `extend`: most sentences add nothing, and an `extend` of a
        // filter costs more to set up than to run.
        for span in &self.spans {
            if let dates::SpanKind::Date(iso) = span.kind {
                found.dates.push(FoundDate {
                    start: tokens.toks[span.first].start as u32,
                    end: tokens.toks[span.last].end as u32,
                    iso,
                });
            }
        }
        if figure {
            self.figures.clear();
            figure::scan(&tokens, &self.spans, &mut self.figures);
            over::settle_over(&tokens, &mut self.figures);
            carry_units(&tokens, &mut self.figures);
            drop_pronoun_one(&tokens, &mut self.figures);
            share_rate_bases(&tokens, &mut self.figures);
            for f in &self.figures {
                let q = compact(&tokens, f);
                let dates = &found.dates[first_date..];
                if !dates.iter().any(|d| q.start < d.end && d.start < q.end) {
                    found.quantities.push(q);
                }
            }
        }
        self.tokens = tokens.into_buffer();
    }
}

/// Whether `sentence` may hold a figure and whether it may hold a date, from one look at its
/// bytes: a digit may be either; else a number word (or a fraction, "half") may be a figure, and a month or
/// weekday name or a relative date word ("yesterday", "last week", "ago") a date.
fn hints(sentence: &str) -> (bool, bool) {
    let bytes = sentence.as_bytes();
    if has_digit(bytes) {
        return (true, true);
    }
    let (mut figure, mut date) = (false, false);
    let mut previous: &[u8] = &[];
    let mut previous_opens_period = false;
    for (start, len) in word_spans(bytes) {
        // The class from the first two letters and the length; most words have none, and
        // matter only after a relative date word ("last week"). The articles, which only
        // the figure scanner needs, are no hint.
        let second = bytes.get(start + 1).copied().unwrap_or(0);
        let class = letter_run_class(bytes[start], second, len);
        if class == 0 && !previous_opens_period {
            continue;
        }
        let word = &bytes[start..start + len];
        if !figure && class & NUMBER_WORD != 0 {
            figure = is_number_word(word);
        }
        if !date && (class & (RELATIVE_WORD | CALENDAR_WORD) != 0 || previous_opens_period) {
            date = dates::starts_date(previous, word);
        }
        if figure && date {
            break;
        }
        previous = word;
        // A period ("week") starts a date only after a word that opens one ("last week"); after
        // any other word, `starts_date` holds for the next word only if it holds whatever came
        // before it, which that word's own class says.
        previous_opens_period = class & RELATIVE_WORD != 0 && dates::opens_a_period(word);
    }
    (figure, date)
}

/// A number word or a fraction ("half", "third", "quarter"), in any case (ASCII letters).
#[inline]
fn is_number_word(word: &[u8]) -> bool {
    if !may_start_number_word(word) {
        return false;
    }
    // The filter admits no word longer than nine letters. Lower-cased byte by byte into a
    // fixed buffer: a copy of a slice of any length would call `memcpy`, which costs more
    // than these few bytes.
    let mut buf = [0u8; 9];
    for (lower, &b) in buf.iter_mut().zip(word) {
        *lower = b.to_ascii_lowercase();
    }
    let lower = &buf[..word.len().min(9)];
    words::number_word(lower).is_some() || fraction::denominator(lower).is_some()
}

/// A digit, or a word that may be a number word, appears in the sentence.
fn may_hold_a_figure(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    has_digit(bytes) || ascii_words(bytes).any(is_number_word)
}

/// "23.6 per 100,000 people from 32.6 per 100,000": a rate whose base names no noun has the
/// base of an earlier rate on the same number ("per 100,000 people"), as a reader takes it.
fn share_rate_bases(t: &Tokens, figures: &mut [Figure]) {
    for k in 1..figures.len() {
        let Some(UnitName::Designation(per, end)) = figures[k].unit else {
            continue;
        };
        if figures[k].measure != Some(Measure::Rate) || !t.is(per, "per") {
            continue;
        }
        let base = &t.text[t.toks[per].start..t.toks[end].end];
        let named = (0..k).rev().find_map(|j| match figures[j].unit {
            Some(UnitName::Designation(a, b)) if figures[j].measure == Some(Measure::Rate) => {
                let p = (a..=b).find(|&p| t.is(p, "per"))?;
                let earlier = &t.text[t.toks[p].start..t.toks[b].end];
                let noun = earlier.strip_prefix(base)?;
                noun.starts_with(' ').then_some(UnitName::Designation(p, b))
            }
            _ => None,
        });
        if let Some(name) = named {
            figures[k].unit = Some(name);
            figures[k].carried = true;
        }
    }
}

/// `v` to 15 significant digits, which is all a written figure has: the float noise of a scale
/// ("$8.2 million" is 8.2 × 10⁶ = 8199999.999999999) goes, and JSON gives 8200000.
fn as_written(v: f64) -> f64 {
    if v.fract() == 0.0 || !v.is_finite() {
        return v;
    }
    // The decimals of 15 significant digits. `n` is a whole number below 10^15 (exact in an
    // f64) and `scale` a power of ten exact in one (up to 10^22), so `n / scale` is the f64
    // nearest to the decimal, as parsing it would give, without formatting it.
    let decimals = 14 - v.abs().log10().floor() as i32;
    if !(0..=22).contains(&decimals) {
        return format!("{v:.14e}").parse().unwrap_or(v);
    }
    let scale = 10f64.powi(decimals);
    (v * scale).round() / scale
}

/// The compact form of a figure.
fn compact(t: &Tokens, f: &Figure) -> FoundQuantity {
    FoundQuantity {
        start: t.toks[f.first].start as u32,
        end: t.toks[f.last].end as u32,
        value: as_written(f.value),
        upper: f.upper.map(as_written),
        unit: f.unit.map(|name| match name {
            UnitName::Fixed(s) => UnitText::Fixed(s),
            UnitName::PaidPer(code, per) => UnitText::PaidPer(code, per),
            UnitName::Token(k) => UnitText::Word(t.toks[k].start as u32, t.toks[k].end as u32),
            UnitName::Compound(a, b) => {
                UnitText::Word(t.toks[a].start as u32, t.toks[b].end as u32)
            }
            UnitName::Designation(a, b) => {
                UnitText::AsWritten(t.toks[a].start as u32, t.toks[b].end as u32)
            }
        }),
        qualifier: f.qualifier,
        measure: f.measure,
        carried: f.carried,
        elided: f.elided && f.unit.is_none(),
    }
}

#[cfg(test)]
mod tests;
