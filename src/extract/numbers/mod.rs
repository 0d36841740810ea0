//! Figures in a sentence: digits with separators and decimals, percentages, basis points, money,
//! number words, ages, magnitudes, ranges, and the counted noun.
//!
//! The sentence is cut into tokens only when a cheap byte test finds a digit or a number word;
//! dates and clock times are found first (by [`crate::extract::dates`]) and left out, so "March 4,
//! 2025", "in 1970" and "0830 UTC" are never counts. A figure without a noun beside it takes the
//! unit of the figure it is tied to ("55 of 75 confirmed dead", "from 9.5 to 20 percent") or of
//! the nearest count before it in the sentence ("181 drones …, shot down 115").

mod figure;
mod names;
mod qualifier;
mod units;
pub(crate) mod words;

use crate::claim::{DateRef, Measure, Quantity};
use crate::extract::dates;
use crate::extract::tokens::{Tokens, lower, may_start_number_word};
use figure::Figure;
use units::UnitName;

/// The figures in `sentence`, whose first byte is at `base` in the document; offsets in the
/// result are document offsets.
pub fn quantities(sentence: &str, base: usize) -> Vec<Quantity> {
    if !may_hold_a_figure(sentence) {
        return Vec::new();
    }
    let tokens = Tokens::new(sentence);
    // Only a date with a digit ("March 4, 2025") or "ago" ("three days ago") can hide a figure.
    let spans = if has_digit(sentence.as_bytes()) || sentence.contains("ago") {
        dates::scan(&tokens)
    } else {
        Vec::new()
    };
    let mut figures = figure::scan(&tokens, &spans);
    carry_units(&mut figures);
    figures.iter().map(|f| quantity(&tokens, f, base)).collect()
}

/// The sentence holds an ASCII digit (a branch-free fold the compiler vectorises).
pub(crate) fn has_digit(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(false, |found, b| found | b.is_ascii_digit())
}

/// The figures and the dates of `sentence` in one pass: what [`quantities`] and
/// [`dates::dates`] give, for about the cost of one (the sentence is cut into tokens and scanned
/// for dates once).
pub fn with_dates(sentence: &str, base: usize) -> (Vec<Quantity>, Vec<DateRef>) {
    let figure = may_hold_a_figure(sentence);
    let date = dates::may_hold_a_date(sentence);
    if !figure && !date {
        return (Vec::new(), Vec::new());
    }
    let tokens = Tokens::new(sentence);
    // Every date that can hide a figure holds a digit or "ago", which `date` looks for.
    let spans = if date {
        dates::scan(&tokens)
    } else {
        Vec::new()
    };
    let found = if figure {
        let mut figures = figure::scan(&tokens, &spans);
        carry_units(&mut figures);
        figures.iter().map(|f| quantity(&tokens, f, base)).collect()
    } else {
        Vec::new()
    };
    (found, dates::date_refs(&tokens, &spans, base))
}

/// A digit, or a word that may be a number word, appears in the sentence.
fn may_hold_a_figure(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    if has_digit(bytes) {
        return true;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if may_start_number_word(&bytes[start..i]) {
            let mut buf = [0u8; 24];
            if lower(&sentence[start..i], &mut buf)
                .is_some_and(|w| words::number_word(w).is_some() || w == "half")
            {
                return true;
            }
        }
    }
    false
}

/// Measures whose unit a bare figure may borrow from an earlier figure in the sentence.
fn lends_its_unit(f: &Figure) -> bool {
    matches!(
        f.measure,
        Some(Measure::Count | Measure::Percent | Measure::PercentagePoints | Measure::Money)
    ) && f.unit.is_some()
}

/// Gives a unit to figures that have none beside them: from the figure they are tied to ("55 of
/// 75 dead", "from 9.5 to 20 percent"), else from the nearest earlier figure that counts
/// something ("181 drones fired …, shot down 115").
fn carry_units(figures: &mut [Figure]) {
    for k in 0..figures.len() {
        if figures[k].unit.is_some() || figures[k].indefinite {
            continue;
        }
        let source = if figures[k].tied_to_next && k + 1 < figures.len() {
            figures[k + 1].unit.is_some().then_some(k + 1)
        } else {
            (0..k).rev().find(|&j| lends_its_unit(&figures[j]))
        };
        if let Some(j) = source {
            let (unit, measure) = (figures[j].unit, figures[j].measure);
            // A percentage never passes to a figure that cannot be one.
            if measure == Some(Measure::Percent) && figures[k].value > 100.0 {
                continue;
            }
            let f = &mut figures[k];
            f.unit = unit;
            f.measure = measure;
            f.carried = true;
        }
    }
}

/// The public form of a figure.
fn quantity(t: &Tokens, f: &Figure, base: usize) -> Quantity {
    let start = t.toks[f.first].start;
    let end = t.toks[f.last].end;
    let unit = f.unit.map(|name| match name {
        UnitName::Fixed(s) => s.to_string(),
        UnitName::Token(k) => t.str(k).to_lowercase(),
    });
    Quantity {
        value: f.value,
        unit,
        text: t.text[start..end].to_string(),
        start: base + start,
        end: base + end,
        upper: f.upper,
        qualifier: f.qualifier,
        measure: f.measure,
        unit_carried: f.carried,
    }
}

#[cfg(test)]
mod tests;
