//! The `table` format: for people reading a terminal. Per document a heading, then per claim one
//! line of columns (number, kind, score, speaker, figures) and the claim's text wrapped below it.
//!
//! ```text
//!   #  KIND         SCORE  SPEAKER               FIGURES
//!   1  quote         0.90  Donald Trump          —
//!      “You’re gambling with the lives of millions of people,” Trump said during the
//!      conversation.
//! ```

use std::io::Write;

use anyhow::{Context, Result};
use unicode_width::UnicodeWidthChar;

use crate::claim::{Claim, DateRef, Kind, Quantity};
use crate::extract::{FullExtraction, Rejected};

const INDENT: usize = 5;
const SPEAKER: usize = 20;

/// Writes `full` as a table `width` columns wide; with `all`, the rejected sentences too (their
/// number column shows `-`).
pub fn write(out: &mut impl Write, full: &FullExtraction, all: bool, width: usize) -> Result<()> {
    let figures_width = width
        .saturating_sub(INDENT + 11 + 1 + 5 + 2 + SPEAKER + 2)
        .max(10);
    let mut number = 0;
    for (doc, document) in full.documents.iter().enumerate() {
        let claims: Vec<&Claim> = full.claims.iter().filter(|c| c.doc == doc).collect();
        let rejected: Vec<&Rejected> = if all {
            full.rejected.iter().filter(|r| r.doc == doc).collect()
        } else {
            Vec::new()
        };
        if doc > 0 {
            writeln!(out).context("cannot write to stdout")?;
        }
        let count = match (claims.len(), all) {
            (1, false) => "1 claim".to_string(),
            (n, false) => format!("{n} claims"),
            (n, true) => format!("{n} claims, {} other sentences", rejected.len()),
        };
        let heading = format!(
            "{} ({}): {count}",
            clean(&document.title),
            clean(&document.path)
        );
        writeln!(out, "{}", cut(&heading, width)).context("cannot write to stdout")?;
        if claims.is_empty() && rejected.is_empty() {
            continue;
        }
        writeln!(
            out,
            "{:>3}  {:<11} {:>5}  {:<SPEAKER$}  FIGURES",
            "#", "KIND", "SCORE", "SPEAKER"
        )
        .context("cannot write to stdout")?;
        let mut rejected = rejected.into_iter().peekable();
        for claim in claims {
            while let Some(r) = rejected.next_if(|r| r.start < claim.start) {
                row(out, "-", r.kind, r.score, None, "", &r.text, width)?;
            }
            number += 1;
            let figures = cut(&figures(&claim.quantities, &claim.dates), figures_width);
            let speaker = claim.speaker.as_deref();
            row(
                out,
                &number.to_string(),
                claim.kind,
                claim.score,
                speaker,
                &figures,
                &claim.text,
                width,
            )?;
        }
        for r in rejected {
            row(out, "-", r.kind, r.score, None, "", &r.text, width)?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn row(
    out: &mut impl Write,
    number: &str,
    kind: Kind,
    score: f64,
    speaker: Option<&str>,
    figures: &str,
    text: &str,
    width: usize,
) -> Result<()> {
    let speaker = cut(&clean(speaker.unwrap_or("—")), SPEAKER);
    let pad = SPEAKER.saturating_sub(display_width(&speaker));
    let figures = if figures.is_empty() { "—" } else { figures };
    writeln!(
        out,
        "{number:>3}  {:<11} {score:>5.2}  {speaker}{:pad$}  {figures}",
        kind.label(),
        ""
    )
    .context("cannot write to stdout")?;
    for line in wrap(&clean(text), width.saturating_sub(INDENT).max(20)) {
        writeln!(out, "{:INDENT$}{line}", "").context("cannot write to stdout")?;
    }
    Ok(())
}

/// "181 drones, 115 drones, 2025-03-04": figures then dates (ISO where known).
fn figures(quantities: &[Quantity], dates: &[DateRef]) -> String {
    let mut parts: Vec<String> = quantities
        .iter()
        .map(|q| match &q.unit {
            Some(unit) => format!("{} {unit}", number(q.value)),
            None => number(q.value),
        })
        .collect();
    parts.extend(
        dates
            .iter()
            .map(|d| d.iso.clone().unwrap_or_else(|| d.text.clone())),
    );
    parts.join(", ")
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Article text is untrusted: control characters (escape sequences among them) are shown inert.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            '\u{1b}' => '␛',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

fn display_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` cut to `width` columns, with "…" where it was cut.
fn cut(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Greedy word wrap to `width` columns; a word longer than a line is split.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = display_width(word);
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_respects_the_width() {
        let lines = wrap(
            "“You’re gambling with the lives of millions of people,” Trump said.",
            20,
        );
        assert!(lines.iter().all(|l| display_width(l) <= 20), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "“You’re gambling with the lives of millions of people,” Trump said."
        );
    }

    #[test]
    fn escape_sequences_are_inert() {
        assert_eq!(clean("a\u{1b}[31mred"), "a␛[31mred");
    }

    #[test]
    fn cutting_marks_the_cut() {
        assert_eq!(cut("Volodymyr Zelensky and others", 10), "Volodymyr…");
        assert_eq!(cut("short", 10), "short");
    }
}
