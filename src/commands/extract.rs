//! `claimcheck extract FILE... [--format table|json|jsonl] [--all] [--min-score X] [--checks]`

mod checks;
mod table;

use std::io::{BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};
use clap::ValueEnum;
use serde::Serialize;

use crate::extract::{self, Extraction, FullExtraction, Options, Source, score};

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One row per claim, for people.
    Table,
    /// `{ "documents": [...], "claims": [...] }` (with `--all`, also `"rejected": [...]`).
    Json,
    /// One JSON claim per line (with `--all`, rejected sentences too, marked `"rejected": true`).
    Jsonl,
}

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles to read (`-` reads stdin).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Also print the sentences judged not checkable, with their scores.
    #[arg(long)]
    pub all: bool,
    /// Sentences scoring below this (0 to 1) are not claims.
    #[arg(long, default_value_t = score::DEFAULT_MIN_SCORE, value_parser = parse_score)]
    pub min_score: f64,
    /// Also check the figures against each other (parts and totals, changes, shares, the same
    /// figure stated twice): findings after the table, a `checks` list in JSON.
    #[arg(long)]
    pub checks: bool,
}

fn parse_score(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{value:?} is not a score between 0 and 1")),
    }
}

/// Runs `extract`: reads every file first (so a bad one stops the run before any output), then
/// prints the claims.
pub fn run(args: Args) -> Result<()> {
    let texts = args
        .files
        .iter()
        .map(|path| crate::article::read(path))
        .collect::<Result<Vec<String>>>()?;
    let sources: Vec<Source> = args
        .files
        .iter()
        .zip(&texts)
        .map(|(path, text)| Source { path, text })
        .collect();
    let options = Options {
        min_score: args.min_score,
    };
    let full = if args.all {
        extract::extract_all(&sources, &options)
    } else {
        let Extraction { documents, claims } = extract::extract_documents_with(&sources, &options);
        FullExtraction {
            documents,
            claims,
            rejected: Vec::new(),
        }
    };

    let stdout = std::io::stdout();
    let width = terminal_width(stdout.is_terminal());
    let mut out = BufWriter::new(stdout.lock());
    let findings = args.checks.then(|| crate::checks::check(&full.claims));
    match (args.format, &findings) {
        (Format::Table, _) => table::write(&mut out, &full, args.all, width)?,
        (Format::Json, Some(found)) if args.all => {
            write_json(&mut out, &checks::with(&full, found))?
        }
        (Format::Json, None) if args.all => write_json(&mut out, &full)?,
        (Format::Json, _) => {
            let claims = Extraction {
                documents: full.documents.clone(),
                claims: full.claims.clone(),
            };
            match &findings {
                Some(found) => write_json(&mut out, &checks::with(&claims, found))?,
                None => write_json(&mut out, &claims)?,
            }
        }
        (Format::Jsonl, _) => write_jsonl(&mut out, &full)?,
    }
    if let Some(found) = &findings {
        match args.format {
            Format::Table => checks::write_table(&mut out, &full, found, width)?,
            Format::Jsonl => checks::write_jsonl(&mut out, found)?,
            Format::Json => {}
        }
    }
    out.flush().context("cannot write to stdout")?;

    for (doc, document) in full.documents.iter().enumerate() {
        if !full.claims.iter().any(|c| c.doc == doc) {
            let name = if document.path == "-" {
                "stdin"
            } else {
                &document.path
            };
            eprintln!("claimcheck: no claims found in {name}");
        }
    }
    Ok(())
}

fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).context("cannot write to stdout")?;
    writeln!(out).context("cannot write to stdout")
}

/// A rejected sentence on a JSON line, told apart from claims by `"rejected": true`.
#[derive(Serialize)]
struct RejectedLine<'a> {
    rejected: bool,
    #[serde(flatten)]
    sentence: &'a extract::Rejected,
}

fn write_jsonl(out: &mut impl Write, full: &FullExtraction) -> Result<()> {
    let mut rejected = full.rejected.iter().peekable();
    for claim in &full.claims {
        while let Some(r) = rejected.next_if(|r| (r.doc, r.start) < (claim.doc, claim.start)) {
            write_line(
                out,
                &RejectedLine {
                    rejected: true,
                    sentence: r,
                },
            )?;
        }
        write_line(out, claim)?;
    }
    for r in rejected {
        write_line(
            out,
            &RejectedLine {
                rejected: true,
                sentence: r,
            },
        )?;
    }
    Ok(())
}

fn write_line(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer(&mut *out, value).context("cannot write to stdout")?;
    writeln!(out).context("cannot write to stdout")
}

/// Columns to lay the table out in: the terminal's, else `COLUMNS`, else 80.
fn terminal_width(is_terminal: bool) -> usize {
    let from_terminal = is_terminal
        .then(|| crossterm::terminal::size().ok())
        .flatten()
        .map(|(w, _)| usize::from(w));
    let from_env = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    from_terminal.or(from_env).unwrap_or(80).clamp(40, 200)
}
