//! The `table` format: for people reading a terminal. Per document a heading, then per claim one
//! line of columns (number, kind, score, speaker, figures) and the claim's text wrapped below it,
//! then a line counting the claims.
//!
//! ```text
//!   #  KIND         SCORE  SPEAKER               FIGURES
//!   1  quote         0.90  Donald Trump          —
//!      “You’re gambling with the lives of millions of people,” Trump said during the
//!      conversation.
//! ```

use std::io::Write;

use anyhow::Result;
use unicode_width::UnicodeWidthChar;

use super::{Sink, checks, written};
use crate::checks::Finding;
use crate::claim::{Claim, DateRef, Document, Kind, Quantity};
use crate::extract::{FullExtraction, Rejected};

const INDENT: usize = 5;
const SPEAKER: usize = 20;

/// The `table` format, `width` columns wide; with `all`, the rejected sentences appear in place
/// (their number column shows `-`). Each document ends with a line counting its claims.
pub struct Table<W: Write> {
    out: W,
    all: bool,
    width: usize,
    number: usize,
    header_due: bool,
}

impl<W: Write> Table<W> {
    /// Writes to `out`.
    pub fn new(out: W, all: bool, width: usize) -> Table<W> {
        Table {
            out,
            all,
            width,
            number: 0,
            header_due: false,
        }
    }

    fn header(&mut self) -> Result<()> {
        if std::mem::take(&mut self.header_due) {
            written(writeln!(
                self.out,
                "{:>3}  {:<11} {:>5}  {:<SPEAKER$}  FIGURES",
                "#", "KIND", "SCORE", "SPEAKER"
            ))?;
        }
        Ok(())
    }
}

impl<W: Write> Sink for Table<W> {
    fn start(&mut self, _documents: &[Document]) -> Result<()> {
        Ok(())
    }

    fn document(&mut self, doc: usize, document: &Document) -> Result<()> {
        if doc > 0 {
            written(writeln!(self.out))?;
        }
        let heading = format!("{} ({})", clean(&document.title), clean(&document.path));
        written(writeln!(self.out, "{}", cut(&heading, self.width)))?;
        self.header_due = true;
        Ok(())
    }

    fn claim(&mut self, claim: &Claim) -> Result<()> {
        self.header()?;
        self.number += 1;
        let figures_width = self
            .width
            .saturating_sub(INDENT + 11 + 1 + 5 + 2 + SPEAKER + 2)
            .max(10);
        let figures = cut(&figures(&claim.quantities, &claim.dates), figures_width);
        let number = self.number.to_string();
        let speaker = claim.speaker.as_deref();
        row(
            &mut self.out,
            &number,
            claim.kind,
            claim.score,
            speaker,
            &figures,
            &claim.text,
            self.width,
        )
    }

    fn rejected(&mut self, r: &Rejected) -> Result<()> {
        self.header()?;
        row(
            &mut self.out,
            "-",
            r.kind,
            r.score,
            None,
            "",
            &r.text,
            self.width,
        )
    }

    fn document_end(&mut self, claims: usize, rejected: usize) -> Result<()> {
        let count = match (claims, self.all) {
            (1, false) => "1 claim".to_string(),
            (n, false) => format!("{n} claims"),
            (n, true) => format!("{n} claims, {rejected} other sentences"),
        };
        written(writeln!(self.out, "{:INDENT$}{count}", ""))
    }

    fn finish(&mut self, checks: Option<(&FullExtraction, &[Finding])>) -> Result<()> {
        if let Some((full, findings)) = checks {
            checks::write_table(&mut self.out, full, findings, self.width)?;
        }
        written(self.out.flush())
    }
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
    written(writeln!(
        out,
        "{number:>3}  {:<11} {score:>5.2}  {speaker}{:pad$}  {figures}",
        kind.label(),
        ""
    ))?;
    for line in wrap(&clean(text), width.saturating_sub(INDENT).max(20)) {
        written(writeln!(out, "{:INDENT$}{line}", ""))?;
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
