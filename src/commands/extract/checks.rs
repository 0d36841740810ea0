//! `extract --checks`: the figure findings after the table, as a `checks` list in JSON, or as
//! lines marked `"check": true` in JSON Lines.

use std::io::Write;

use anyhow::{Context, Result};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::Checked;
use crate::checks::{Finding, Outcome};
use crate::display::inert::{clean, cut};
use crate::display::wrap::{pack, wrap_plain};

/// An extraction with the findings beside its claims: the JSON that `extract --format json
/// --checks` streams (its tests compare the two).
#[cfg(test)]
#[derive(Serialize)]
pub struct WithChecks<'a, T: Serialize> {
    #[serde(flatten)]
    extraction: &'a T,
    checks: &'a [Finding],
}

/// `extraction` with a `checks` key.
#[cfg(test)]
pub fn with<'a, T: Serialize>(extraction: &'a T, checks: &'a [Finding]) -> WithChecks<'a, T> {
    WithChecks { extraction, checks }
}

/// A finding on a JSON line, told apart from claims by `"check": true`.
#[derive(Serialize)]
struct CheckLine<'a> {
    check: bool,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// One JSON line per finding.
pub fn write_jsonl(out: &mut impl Write, findings: &[Finding]) -> Result<()> {
    for finding in findings {
        serde_json::to_writer(
            &mut *out,
            &CheckLine {
                check: true,
                finding,
            },
        )
        .context("cannot write to stdout")?;
        writeln!(out).context("cannot write to stdout")?;
    }
    Ok(())
}

/// The findings under the table, each with the table numbers of its claims.
pub fn write_table(out: &mut impl Write, checked: &Checked, width: usize) -> Result<()> {
    let findings = &checked.findings;
    let number = |id: &str| {
        checked
            .number(id)
            .map_or_else(|| id.to_string(), |n| format!("#{n}"))
    };
    writeln!(out).context("cannot write to stdout")?;
    if findings.is_empty() {
        let none = "Figure checks: none (no figures that the text ties together)";
        for piece in wrap_plain(none, width) {
            writeln!(out, "{piece}").context("cannot write to stdout")?;
        }
        return Ok(());
    }
    let tally: Vec<String> = [
        Outcome::Inconsistent,
        Outcome::Approximate,
        Outcome::Consistent,
        Outcome::Derived,
    ]
    .iter()
    .filter_map(|o| {
        let n = findings.iter().filter(|f| f.result == *o).count();
        (n > 0).then(|| format!("{n} {} {}", o.glyph(), o.label()))
    })
    .collect();
    // A line that does not fit the width is wrapped: the tally under its heading, a finding's
    // heading with its further lines indented.
    let heading = format!("Figure checks ({}):", findings.len());
    let line = format!("{heading} {}", tally.join(" · "));
    if line.width() <= width {
        writeln!(out, "{line}").context("cannot write to stdout")?;
    } else {
        writeln!(out, "{heading}").context("cannot write to stdout")?;
        for piece in pack(&tally, " ·", width.saturating_sub(2)) {
            writeln!(out, "  {piece}").context("cannot write to stdout")?;
        }
    }
    let wrap_at = width.saturating_sub(6).max(30);
    let several = checked.documents.len() > 1;
    for (k, f) in findings.iter().enumerate() {
        // With several articles, the findings of each follow its title: claim numbers are
        // counted within an article.
        if several && (k == 0 || findings[k - 1].doc != f.doc) {
            let document = &checked.documents[f.doc];
            let heading = format!("  {} ({})", clean(&document.title), clean(&document.path));
            writeln!(out, "{}", cut(&heading, width)).context("cannot write to stdout")?;
        }
        let claims: Vec<String> = f.claims.iter().map(|id| number(id)).collect();
        let label = if claims.len() == 1 { "claim" } else { "claims" };
        let heading = format!(
            "{} {} ({}) — {label} {}",
            f.result.glyph(),
            f.relation.label(),
            f.result.label(),
            claims.join(", ")
        );
        if heading.width() + 2 <= width {
            writeln!(out, "  {heading}").context("cannot write to stdout")?;
        } else {
            for (n, piece) in wrap_plain(&heading, width.saturating_sub(4))
                .iter()
                .enumerate()
            {
                let indent = if n == 0 { "  " } else { "    " };
                writeln!(out, "{indent}{piece}").context("cannot write to stdout")?;
            }
        }
        let mut lines = vec![f.arithmetic.clone(), format!("evidence: {}", f.evidence)];
        if let Some(t) = &f.tolerance {
            lines.push(format!("tolerance: {t}"));
        }
        for line in lines {
            for piece in wrap_plain(&line, wrap_at) {
                writeln!(out, "      {piece}").context("cannot write to stdout")?;
            }
        }
    }
    Ok(())
}
