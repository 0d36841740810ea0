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
//!
//! Below [`FIGURES_BESIDE`] columns the figures leave their column for lines of their own:
//!
//! ```text
//!   #  KIND        SCORE  SPEAKER
//!  20  quantity     1.00  —
//!      figures: 77 years, 3 others,
//!               2025-03-04
//!      On March 4, 2025, Russian forces
//! ```

use std::io::Write;

use anyhow::Result;
use unicode_width::UnicodeWidthStr;

use super::{Checked, Sink, checks, written};
use crate::claim::{Claim, DateRef, Document, Kind, Quantity};
use crate::display::count;
use crate::display::inert::{clean, cut, cut_keeping};
use crate::display::reading;
use crate::display::wrap::{PlainLines, pack, wrap_plain};
use crate::extract::Rejected;

const INDENT: usize = 5;
/// The speaker column's width at 100 columns or less; wider tables give it a third of the extra
/// columns, up to [`SPEAKER_MOST`].
const SPEAKER: usize = 20;
const SPEAKER_MOST: usize = 36;
/// Columns before the figures: number, kind, score and their gaps (the speaker's come on top).
const BEFORE_SPEAKER: usize = INDENT + 11 + 1 + 5 + 2;
/// The narrowest table with a figures column: below it the column would be narrower than 20
/// (it starts at 46), and the figures take lines of their own under the row instead.
const FIGURES_BESIDE: usize = BEFORE_SPEAKER + SPEAKER + 2 + 20;
/// What starts a row's figures line in a narrow table; its further lines align after it.
const FIGURES_LABEL: &str = "figures: ";

/// The speaker column's width in a table `width` columns wide.
fn speaker_width(width: usize) -> usize {
    (SPEAKER + width.saturating_sub(100) / 3)
        .min(SPEAKER_MOST)
        .min(width.saturating_sub(BEFORE_SPEAKER))
}

/// How a table `width` columns wide lays out its rows.
#[derive(Debug, Clone, Copy)]
struct Layout {
    width: usize,
    speaker: usize,
    /// The figures in a column after the speaker's; else on lines of their own under the row.
    figures_beside: bool,
}

impl Layout {
    fn new(width: usize) -> Layout {
        Layout {
            width,
            speaker: speaker_width(width),
            figures_beside: width >= FIGURES_BESIDE,
        }
    }
}

/// The `table` format, `width` columns wide; with `all`, the rejected sentences appear in place
/// (their number column shows `-`). Each document ends with a line counting its claims.
pub struct Table<W: Write> {
    out: W,
    all: bool,
    layout: Layout,
    number: usize,
    header_due: bool,
    lines: PlainLines,
}

impl<W: Write> Table<W> {
    /// Writes to `out`.
    pub fn new(out: W, all: bool, width: usize) -> Table<W> {
        Table {
            out,
            all,
            layout: Layout::new(width),
            number: 0,
            header_due: false,
            lines: PlainLines::default(),
        }
    }

    fn header(&mut self) -> Result<()> {
        if std::mem::take(&mut self.header_due) {
            let layout = self.layout;
            if layout.figures_beside {
                written(writeln!(
                    self.out,
                    "{:>3}  {:<11} {:>5}  {:<speaker$}  FIGURES",
                    "#",
                    "KIND",
                    "SCORE",
                    "SPEAKER",
                    speaker = layout.speaker
                ))?;
            } else {
                written(writeln!(
                    self.out,
                    "{:>3}  {:<11} {:>5}  SPEAKER",
                    "#", "KIND", "SCORE"
                ))?;
            }
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
        // A long title is cut, not the file name that tells the articles apart (QA round 10, R8).
        let name = format!(" ({})", clean(&document.path));
        let heading = cut_keeping(&clean(&document.title), &name, self.layout.width);
        written(writeln!(self.out, "{heading}"))?;
        self.header_due = true;
        // Claims are numbered within their article, as its heading and count suggest.
        self.number = 0;
        Ok(())
    }

    fn claim(&mut self, claim: &Claim) -> Result<()> {
        self.header()?;
        self.number += 1;
        let figures = figures(&claim.quantities, &claim.dates);
        let number = self.number.to_string();
        let columns = Columns {
            number: &number,
            kind: claim.kind,
            score: claim.score,
            speaker: claim.speaker.as_deref(),
            figures: &figures,
        };
        row(
            &mut self.out,
            &mut self.lines,
            &self.layout,
            &columns,
            &claim.text,
        )
    }

    fn rejected(&mut self, r: &Rejected) -> Result<()> {
        self.header()?;
        let columns = Columns {
            number: "-",
            kind: r.kind,
            score: r.score,
            speaker: None,
            figures: &[],
        };
        row(
            &mut self.out,
            &mut self.lines,
            &self.layout,
            &columns,
            &r.text,
        )
    }

    fn document_end(&mut self, claims: usize, rejected: usize) -> Result<()> {
        let count = match self.all {
            false => count(claims, "claim"),
            true => format!(
                "{}, {}",
                count(claims, "claim"),
                count(rejected, "other sentence")
            ),
        };
        for line in wrap_plain(&count, self.layout.width.saturating_sub(INDENT)) {
            written(writeln!(self.out, "{:INDENT$}{line}", ""))?;
        }
        Ok(())
    }

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
        if let Some(checked) = checks {
            checks::write_table(&mut self.out, checked, self.layout.width)?;
        }
        written(self.out.flush())
    }
}

/// What a row shows above its text.
struct Columns<'a> {
    number: &'a str,
    kind: Kind,
    score: f64,
    speaker: Option<&'a str>,
    figures: &'a [String],
}

fn row(
    out: &mut impl Write,
    lines: &mut PlainLines,
    layout: &Layout,
    columns: &Columns,
    text: &str,
) -> Result<()> {
    let Columns {
        number,
        kind,
        score,
        speaker,
        figures,
    } = *columns;
    let width = layout.width;
    let speaker = cut(speaker.unwrap_or("—"), layout.speaker);
    // A number of four digits or more pushes the rest of the row right.
    let overflow = number.len().saturating_sub(3);
    // "{number:>3}  {kind:<11} {score:>5.2}  {speaker}", most of it without the formatting
    // machinery (a long article has a row per sentence).
    let mut header = Vec::with_capacity(64 + speaker.len());
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
    if layout.figures_beside {
        // Figures are never cut: those that do not fit continue under the first, in their column.
        let pad = layout.speaker.saturating_sub(speaker.width());
        let column = BEFORE_SPEAKER + layout.speaker + 2;
        let figures_width = width.saturating_sub(column + overflow).max(10);
        let mut more = figure_lines(figures, figures_width).into_iter();
        let first = more.next();
        let figures = first.as_deref().unwrap_or("—");
        header.extend_from_slice(speaker.as_bytes());
        header.resize(header.len() + pad + 2, b' ');
        header.extend_from_slice(figures.as_bytes());
        header.push(b'\n');
        for line in more {
            header.resize(header.len() + column, b' ');
            header.extend_from_slice(line.as_bytes());
            header.push(b'\n');
        }
    } else {
        // The speaker ends the row, cut to what is left of it; the figures, if any, follow on a
        // line of their own, labelled, their further lines aligned after the label.
        let room = width.saturating_sub(BEFORE_SPEAKER + overflow);
        header.extend_from_slice(cut(&speaker, room).as_bytes());
        header.push(b'\n');
        let column = INDENT + FIGURES_LABEL.len();
        for (n, line) in figure_lines(figures, width.saturating_sub(column))
            .iter()
            .enumerate()
        {
            header.resize(header.len() + INDENT, b' ');
            if n == 0 {
                header.extend_from_slice(FIGURES_LABEL.as_bytes());
            } else {
                header.resize(header.len() + FIGURES_LABEL.len(), b' ');
            }
            header.extend_from_slice(line.as_bytes());
            header.push(b'\n');
        }
    }
    written(out.write_all(&header))?;
    lines.wrap(text, width.saturating_sub(INDENT).max(20), |line| {
        written(out.write_all(&[b' '; INDENT]))?;
        written(out.write_all(line.as_bytes()))?;
        written(out.write_all(b"\n"))
    })
}

/// "181 drones", "115 drones", "2025-03-04": figures then dates (ISO where it has a year, else
/// as written: "Nov. 6" reads better than "--11-06").
fn figures(quantities: &[Quantity], dates: &[DateRef]) -> Vec<String> {
    let mut parts: Vec<String> = quantities.iter().map(reading).collect();
    parts.extend(dates.iter().map(|d| match &d.iso {
        Some(iso) if !iso.starts_with("--") => iso.clone(),
        _ => d.text.clone(),
    }));
    parts
}

/// The figures column, `width` columns wide: the figures side by side, a comma after each but
/// the last, as many to a line as fit; a line breaks after a comma, never inside a figure that
/// fits on a line of its own ("77 years," / "3 others," rather than "77 years, 3" / "others,").
/// A figure wider than the column takes lines of its own, wrapped like text.
fn figure_lines(figures: &[String], width: usize) -> Vec<String> {
    pack(figures, ",", width)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ["millions of people", "115 drones"]
        );
    }

    /// One row of a table `width` columns wide: claim 1, a quantity scored 1.00.
    fn render(width: usize, speaker: Option<&str>, figures: &[String], text: &str) -> String {
        let mut out = Vec::new();
        let columns = Columns {
            number: "1",
            kind: Kind::Quantity,
            score: 1.0,
            speaker,
            figures,
        };
        let lines = &mut PlainLines::default();
        row(&mut out, lines, &Layout::new(width), &columns, text).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn figures_that_do_not_fit_continue_in_their_column() {
        let figures = "181 drones, 115 missiles, 40 tanks, 12 aircraft, 7 ships";
        let list: Vec<String> = figures.split(", ").map(str::to_string).collect();
        let speaker = Some("National Crime Agency of the United Kingdom");
        let out = render(70, speaker, &list, "Text.");
        let lines: Vec<&str> = out.lines().collect();
        let first = "  1  quantity     1.00  National Crime Agen…  181 drones,";
        assert!(lines[0].starts_with(first), "{out}");
        let continued = &lines[1..lines.len() - 1];
        assert!(continued.len() >= 2, "{out}");
        let indent = " ".repeat(46);
        assert!(
            continued
                .iter()
                .all(|l| l.starts_with(&indent) && l.as_bytes()[46] != b' '),
            "{out}"
        );
        let on_first = &lines[0][lines[0].find("181").unwrap()..];
        let shown: Vec<&str> = std::iter::once(on_first)
            .chain(continued.iter().map(|l| &l[46..]))
            .map(str::trim)
            .collect();
        assert_eq!(shown.join(" "), figures, "every figure is shown");
        assert_eq!(lines[lines.len() - 1], "     Text.");
        assert!(lines.iter().all(|l| l.width() <= 70), "{out}");
    }

    #[test]
    fn a_narrow_table_puts_the_figures_on_lines_of_their_own() {
        let list = list(&["181 drones", "115 missiles", "40 tanks", "2025-03-04"]);
        let speaker = Some("National Crime Agency of the United Kingdom");
        let text = "In response to the 181 drones fired by Russia, Ukraine shot down 115.";
        assert_eq!(
            render(40, speaker, &list, text),
            "  1  quantity     1.00  National Crime …\n\
             \x20    figures: 181 drones, 115 missiles,\n\
             \x20             40 tanks, 2025-03-04\n\
             \x20    In response to the 181 drones fired\n\
             \x20    by Russia, Ukraine shot down 115.\n"
        );
        // No figures, no figures line.
        assert_eq!(
            render(50, None, &[], "Text."),
            "  1  quantity     1.00  —\n     Text.\n"
        );
        // The last width with the narrow layout, and the first with the column.
        let narrow = render(FIGURES_BESIDE - 1, speaker, &list, text);
        assert!(narrow.contains("\n     figures: 181 drones"), "{narrow}");
        let beside = render(FIGURES_BESIDE, speaker, &list, text);
        assert!(beside.starts_with("  1  quantity     1.00  National Crime Agen…  181 drones,"));
        for (out, width) in [(narrow, FIGURES_BESIDE - 1), (beside, FIGURES_BESIDE)] {
            assert!(out.lines().all(|l| l.width() <= width), "{out}");
        }
    }

    #[test]
    fn a_long_number_pushes_the_row_but_not_past_the_width() {
        let list = list(&["181 drones", "115 missiles", "40 tanks"]);
        for width in [40, 66, 80] {
            let mut out = Vec::new();
            let columns = Columns {
                number: "12345",
                kind: Kind::Attribution,
                score: 0.5,
                speaker: Some("National Crime Agency of the United Kingdom"),
                figures: &list,
            };
            let lines = &mut PlainLines::default();
            row(&mut out, lines, &Layout::new(width), &columns, "Text.").unwrap();
            let out = String::from_utf8(out).unwrap();
            assert!(out.starts_with("12345  attribution"), "{out}");
            assert!(out.lines().all(|l| l.width() <= width), "{width}: {out}");
        }
    }

    #[test]
    fn a_wide_table_gives_the_speaker_more_room() {
        assert_eq!(speaker_width(80), 20);
        assert_eq!(speaker_width(100), 20);
        assert_eq!(speaker_width(160), 36);
        assert_eq!(speaker_width(40), 16);
    }

    fn list(figures: &[&str]) -> Vec<String> {
        figures.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn the_figures_column_breaks_after_a_comma_and_keeps_each_figure_whole() {
        let odesa = list(&["77 years", "3 others", "2025-03-04"]);
        assert_eq!(figure_lines(&odesa, 40), ["77 years, 3 others, 2025-03-04"]);
        assert_eq!(
            figure_lines(&odesa, 20),
            ["77 years, 3 others,", "2025-03-04"]
        );
        assert_eq!(
            figure_lines(&odesa, 14),
            ["77 years,", "3 others,", "2025-03-04"]
        );
        // A figure wider than the column wraps on lines of its own, its comma never first.
        let yunnan = list(&["6.1 magnitude", "10 kilometers", "6 miles", "Sunday"]);
        assert_eq!(
            figure_lines(&yunnan, 10),
            [
                "6.1",
                "magnitude,",
                "10",
                "kilometer",
                "s,",
                "6 miles,",
                "Sunday"
            ]
        );
        assert_eq!(
            figure_lines(&yunnan, 14),
            ["6.1 magnitude,", "10 kilometers,", "6 miles,", "Sunday"]
        );
        assert!(figure_lines(&[], 10).is_empty());
    }
}
