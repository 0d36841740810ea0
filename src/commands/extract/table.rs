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
use unicode_width::UnicodeWidthStr;

use super::{Checked, Sink, checks, written};
use crate::claim::{Claim, DateRef, Document, Kind, Quantity};
use crate::display::inert::{self, clean, cut};
use crate::display::reading;
use crate::extract::Rejected;

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
    lines: Lines,
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
            lines: Lines::default(),
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
        // Claims are numbered within their article, as its heading and count suggest.
        self.number = 0;
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
            &mut self.lines,
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
            &mut self.lines,
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

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
        if let Some(checked) = checks {
            checks::write_table(&mut self.out, checked, self.width)?;
        }
        written(self.out.flush())
    }
}

#[allow(clippy::too_many_arguments)]
fn row(
    out: &mut impl Write,
    lines: &mut Lines,
    number: &str,
    kind: Kind,
    score: f64,
    speaker: Option<&str>,
    figures: &str,
    text: &str,
    width: usize,
) -> Result<()> {
    let speaker = cut(speaker.unwrap_or("—"), SPEAKER);
    let pad = SPEAKER.saturating_sub(speaker.width());
    let figures = if figures.is_empty() { "—" } else { figures };
    // "{number:>3}  {kind:<11} {score:>5.2}  {speaker}{pad}  {figures}", most of it without the
    // formatting machinery (a long article has a row per sentence).
    let mut header = Vec::with_capacity(64 + speaker.len() + figures.len());
    header.resize(3usize.saturating_sub(number.len()), b' ');
    header.extend_from_slice(number.as_bytes());
    header.extend_from_slice(b"  ");
    header.extend_from_slice(kind.label().as_bytes());
    header.resize(
        header.len() + 11usize.saturating_sub(kind.label().len()) + 1,
        b' ',
    );
    written(write!(header, "{score:>5.2}"))?;
    header.extend_from_slice(b"  ");
    header.extend_from_slice(speaker.as_bytes());
    header.resize(header.len() + pad + 2, b' ');
    header.extend_from_slice(figures.as_bytes());
    header.push(b'\n');
    written(out.write_all(&header))?;
    lines.wrap(text, width.saturating_sub(INDENT).max(20), |line| {
        written(out.write_all(&[b' '; INDENT]))?;
        written(out.write_all(line.as_bytes()))?;
        written(out.write_all(b"\n"))
    })
}

/// Wraps a claim's text for the table as
/// [`wrap_plain`](crate::display::wrap::wrap_plain) does — white space folded, made inert, lines
/// of at most `width` columns broken after spaces, a word wider than a line cut — word by word,
/// without copying the whole text first (a table of a long article wraps every sentence).
#[derive(Debug, Default)]
struct Lines {
    line: String,
    used: usize,
    word: String,
}

impl Lines {
    fn wrap(
        &mut self,
        text: &str,
        width: usize,
        mut emit: impl FnMut(&str) -> Result<()>,
    ) -> Result<()> {
        self.line.clear();
        self.used = 0;
        for raw in words(text) {
            // Most words need nothing made inert, and most of their characters are ASCII (one
            // column each).
            let (word, columns) = if is_inert(raw) {
                let columns = raw
                    .chars()
                    .map(|c| if c.is_ascii() { 1 } else { inert::width(c) })
                    .sum();
                (raw, columns)
            } else {
                self.word.clear();
                inert::push(&mut self.word, raw);
                let columns = self.word.chars().map(inert::width).sum();
                (self.word.as_str(), columns)
            };
            if !self.line.is_empty() {
                if self.used + 1 + columns <= width {
                    self.line.push(' ');
                    self.line.push_str(word);
                    self.used += 1 + columns;
                    continue;
                }
                emit(&self.line)?;
                self.line.clear();
                self.used = 0;
            }
            if columns <= width {
                self.line.push_str(word);
                self.used = columns;
                continue;
            }
            // Wider than a line: cut it where the columns run out.
            for c in word.chars() {
                let w = inert::width(c);
                if self.used + w > width && !self.line.is_empty() {
                    emit(&self.line)?;
                    self.line.clear();
                    self.used = 0;
                }
                self.line.push(c);
                self.used += w;
            }
        }
        if !self.line.is_empty() {
            emit(&self.line)?;
        }
        Ok(())
    }
}

/// "181 drones, 115 drones, 2025-03-04": figures then dates (ISO where it has a year, else as
/// written: "Nov. 6" reads better than "--11-06").
fn figures(quantities: &[Quantity], dates: &[DateRef]) -> String {
    let mut parts: Vec<String> = quantities.iter().map(reading).collect();
    parts.extend(dates.iter().map(|d| match &d.iso {
        Some(iso) if !iso.starts_with("--") => iso.clone(),
        _ => d.text.clone(),
    }));
    parts.join(", ")
}

/// The words of `text` between runs of white space, as `split_whitespace` gives them, found
/// byte by byte: ASCII white space, and the few non-ASCII spaces by their UTF-8 lead bytes.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            match space_len(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        // Printable ASCII, the common case, is never white space.
        while i < bytes.len() && ((0x21..0x7f).contains(&bytes[i]) || space_len(bytes, i) == 0) {
            i += 1;
        }
        // Both ends are character boundaries: white space is whole characters.
        text.get(start..i)
    })
}

/// The length of the white-space character at `i` (`char::is_whitespace`), or 0.
#[inline]
fn space_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 if matches!(bytes.get(i + 1), Some(0x85 | 0xA0)) => 2,
        0xE1 if bytes.get(i + 1..i + 3) == Some(&[0x9A, 0x80]) => 3,
        0xE2 => match bytes.get(i + 1..i + 3) {
            Some(&[0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]) => 3,
            Some(&[0x81, 0x9F]) => 3,
            _ => 0,
        },
        0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => 3,
        _ => 0,
    }
}

/// Whether `text` is drawn as it is ([`inert::clean`] would change nothing): no C0 or C1
/// control character, DEL, or bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069),
/// judged from the UTF-8 bytes.
fn is_inert(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(k, &b)| match b {
        0..=0x1f | 0x7f => false,
        0xC2 => !matches!(bytes.get(k + 1), Some(0x80..=0x9f)),
        0xE2 => !matches!(
            bytes.get(k + 1..k + 3),
            Some([0x80, 0xaa..=0xae] | [0x81, 0xa6..=0xa9])
        ),
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::wrap::wrap_plain;

    fn wrapped(text: &str, width: usize) -> Vec<String> {
        let mut got = Vec::new();
        Lines::default()
            .wrap(text, width, |line| {
                got.push(line.to_string());
                Ok(())
            })
            .unwrap();
        got
    }

    #[test]
    fn words_are_split_where_split_whitespace_splits() {
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let text = format!("a{c}b {c}{c}c");
            let ours: Vec<&str> = words(&text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{c:?}");
        }
    }

    #[test]
    fn inert_text_is_recognised_from_its_bytes() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(
                is_inert(&text),
                matches!(inert::clean(&text), std::borrow::Cow::Borrowed(_)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn wraps_as_the_display_module_does() {
        let pieces = [
            "word",
            "a",
            "longerwordthanaline",
            " ",
            "  ",
            "\n",
            "\t",
            "“",
            "’",
            "—",
            "日本語",
            "e\u{301}",
            "\u{1b}[31m",
            "\u{9b}",
            "\u{202e}",
            "\u{a0}",
            "🙂",
            "x",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3000 {
            let text: String = (0..next(30)).map(|_| pieces[next(pieces.len())]).collect();
            let width = 1 + next(25);
            assert_eq!(
                wrapped(&text, width),
                wrap_plain(&text, width),
                "{text:?} at {width}"
            );
        }
    }

    #[test]
    fn indefinite_figures_read_as_written() {
        let millions = Quantity {
            value: 1e6,
            unit: Some("people".into()),
            text: "millions of people".into(),
            qualifier: Some(crate::claim::Qualifier::Indefinite),
            ..Default::default()
        };
        let drones = Quantity {
            value: 115.0,
            unit: Some("drones".into()),
            text: "115".into(),
            ..Default::default()
        };
        assert_eq!(
            figures(&[millions, drones], &[]),
            "millions of people, 115 drones"
        );
    }
}
