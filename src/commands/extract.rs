//! `claimcheck extract FILE... [--format table|json|jsonl] [--all] [--min-score X] [--checks]`
//!
//! Claims are written as they are found (no format holds them all), so the memory needed is the
//! articles' text plus a few bytes per sentence, however many claims there are. `--checks` is
//! the exception: the figure checks compare claims across an article, so they are kept.

mod checks;
mod json;
mod jsonl;
mod table;

use std::io::{BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};
use clap::ValueEnum;
use rayon::prelude::*;

use std::collections::HashMap;

use crate::checks::{Finding, check_numbered};
use crate::claim::{Claim, Document};
use crate::extract::sentences::{self, Span};
use crate::extract::{self, Found, Ids, Kept, Options, Rejected, Source, score};

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

/// Where the claims go, in document order.
trait Sink {
    /// All documents, before any claim.
    fn start(&mut self, documents: &[Document]) -> Result<()>;
    /// A document's claims and rejected sentences follow.
    fn document(&mut self, doc: usize, document: &Document) -> Result<()>;
    /// A claim.
    fn claim(&mut self, claim: &Claim) -> Result<()>;
    /// A sentence below the minimum score (only with `--all`).
    fn rejected(&mut self, rejected: &Rejected) -> Result<()>;
    /// A document is done: how many claims and rejected sentences it had.
    fn document_end(&mut self, claims: usize, rejected: usize) -> Result<()>;
    /// Everything is written; with `--checks`, the figure findings close it.
    fn finish(&mut self, checks: Option<&Checked>) -> Result<()>;
}

/// Bytes of output gathered before each write to stdout: JSON lines are about two and a half
/// times the input, and with the default 8 KiB a 50 MB text took 17,000 writes.
const OUTPUT_BUFFER: usize = 64 << 10;

/// Runs `extract`: reads every file first (so a bad one stops the run before any output), then
/// writes the claims as they are found.
pub fn run(args: Args) -> Result<()> {
    let paths: Vec<std::path::PathBuf> = args.files.iter().map(Into::into).collect();
    super::refuse_repeats(&paths)?;
    // Read side by side; the first bad file in the order given is the one reported.
    let texts = args
        .files
        .par_iter()
        .map(|path| crate::article::read_text(path))
        .collect::<Vec<Result<crate::article::Text>>>()
        .into_iter()
        .collect::<Result<Vec<crate::article::Text>>>()?;
    let sources: Vec<Source> = args
        .files
        .iter()
        .zip(&texts)
        .map(|(path, text)| Source { path, text })
        .collect();
    // Each document's header (and, for JSON, which shows it, its SHA-256 digest) is read while
    // its sentences are found.
    let digests = matches!(args.format, Format::Json);
    let (documents, spans): (Vec<Document>, Vec<Vec<Span>>) = sources
        .par_iter()
        .map(|s| {
            rayon::join(
                || {
                    if digests {
                        extract::document(s.path, s.text)
                    } else {
                        extract::document_undigested(s.path, s.text)
                    }
                },
                || sentences::split(s.text),
            )
        })
        .unzip();

    let stdout = std::io::stdout();
    let width = terminal_width(stdout.is_terminal());
    let out = BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let mut sink: Box<dyn Sink> = match args.format {
        Format::Table => Box::new(table::Table::new(out, args.all, width)),
        Format::Json => Box::new(json::Json::new(out, args.all)),
        Format::Jsonl => Box::new(jsonl::Lines::new(out)),
    };
    let options = Options {
        min_score: args.min_score,
    };
    let mut kept = args.checks.then(Vec::new);
    let input = Input {
        sources: &sources,
        spans: &spans,
        documents: &documents,
        options: &options,
        all: args.all,
    };
    let claimless = stream(
        &input,
        &mut Keeping {
            sink: sink.as_mut(),
            kept: kept.as_mut(),
            place: 0,
        },
    )?;
    let checked = kept.as_ref().map(|kept| Checked::of(kept, &documents));
    sink.finish(checked.as_ref())?;
    drop(sink);
    for doc in claimless {
        let name = match documents[doc].path.as_str() {
            "-" => "stdin",
            path => path,
        };
        eprintln!("claimcheck: no claims found in {name}");
    }
    Ok(())
}

/// The figure findings, with the table number of each claim they involve.
pub struct Checked<'a> {
    /// The findings, in document order.
    pub findings: Vec<Finding>,
    /// The documents, for the findings' headings.
    pub documents: &'a [Document],
    /// Each involved claim's number in its document's table (1 for the first claim).
    numbers: HashMap<String, usize>,
}

impl<'a> Checked<'a> {
    /// Checks the kept claims (with their places in their documents).
    fn of(kept: &[(usize, Claim)], documents: &'a [Document]) -> Checked<'a> {
        let findings = check_numbered(kept.iter().map(|(place, claim)| (*place, claim)));
        let involved: std::collections::HashSet<&str> = findings
            .iter()
            .flat_map(|f| f.claims.iter().map(String::as_str))
            .collect();
        let numbers = kept
            .iter()
            .filter(|(_, claim)| involved.contains(claim.id.as_str()))
            .map(|(place, claim)| (claim.id.clone(), place + 1))
            .collect();
        Checked {
            findings,
            documents,
            numbers,
        }
    }

    /// The table number of claim `id` in its document.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.numbers.get(id).copied()
    }
}

/// A sink that also keeps what the figure checks read: the claims with figures, each with its
/// place among its document's claims (the others cannot take part in a check).
struct Keeping<'a> {
    sink: &'a mut dyn Sink,
    kept: Option<&'a mut Vec<(usize, Claim)>>,
    /// The place of the next claim in its document.
    place: usize,
}

impl Sink for Keeping<'_> {
    fn start(&mut self, documents: &[Document]) -> Result<()> {
        self.sink.start(documents)
    }

    fn document(&mut self, doc: usize, document: &Document) -> Result<()> {
        self.place = 0;
        self.sink.document(doc, document)
    }

    fn claim(&mut self, claim: &Claim) -> Result<()> {
        if let Some(kept) = self.kept.as_mut()
            && crate::checks::may_check(claim)
        {
            kept.push((self.place, claim.clone()));
        }
        self.place += 1;
        self.sink.claim(claim)
    }

    fn rejected(&mut self, rejected: &Rejected) -> Result<()> {
        self.sink.rejected(rejected)
    }

    fn document_end(&mut self, claims: usize, rejected: usize) -> Result<()> {
        self.sink.document_end(claims, rejected)
    }

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
        self.sink.finish(checks)
    }
}

/// Extracts every source into `sink`; returns the documents without a claim.
///
/// A long document is read on several threads and streamed. Short ones are read side by side,
/// a batch at a time on rayon's threads while this one writes the batch before, and handed to
/// `sink` in order with the ids one after another would get.
fn stream(input: &Input, sink: &mut dyn Sink) -> Result<Vec<usize>> {
    let Input {
        sources,
        spans,
        documents,
        options,
        all,
    } = *input;
    sink.start(documents)?;
    let mut ids = Ids::default();
    let mut claimless = Vec::new();
    let lengths: Vec<usize> = sources.iter().map(|s| s.text.len()).collect();
    let groups = extract::batches(&lengths);
    let is_batch = |g: usize| groups.get(g).is_some_and(|range| range.len() > 1);
    rayon::in_place_scope(|scope| {
        // The reading of the next batch, under way on rayon's threads.
        let read_ahead = |g: usize| {
            let (done, read) = std::sync::mpsc::sync_channel(1);
            let batch: Vec<(usize, &str, &[Span])> = groups[g]
                .clone()
                .map(|d| (d, sources[d].text, spans[d].as_slice()))
                .collect();
            scope.spawn(move |_| {
                let _ = done.send(extract::read_side_by_side(&batch, options, all));
            });
            read
        };
        let mut ahead = is_batch(0).then(|| read_ahead(0));
        for (g, range) in groups.iter().enumerate() {
            let this = ahead.take();
            ahead = is_batch(g + 1).then(|| read_ahead(g + 1));
            let Some(this) = this else {
                let doc = range.start;
                claimless.extend(stream_one(input, doc, &mut ids, sink)?);
                continue;
            };
            let read = this.recv().expect("a batch of articles could not be read");
            for (doc, kept) in range.clone().zip(read.with_ids(&mut ids)) {
                let mut tally = Tally::start(sink, doc, &documents[doc])?;
                for kept in &kept {
                    tally.give(sink, kept)?;
                }
                claimless.extend(tally.end(sink, doc)?);
            }
        }
        Ok(claimless)
    })
}

/// What [`stream`] extracts: the sources, their sentences and documents, and the options.
#[derive(Clone, Copy)]
struct Input<'a> {
    sources: &'a [Source<'a>],
    spans: &'a [Vec<Span>],
    documents: &'a [Document],
    options: &'a Options,
    /// Rejected sentences are written too (`--all`).
    all: bool,
}

/// Streams document `doc` into `sink`; gives `doc` back when it held no claim.
fn stream_one(
    input: &Input,
    doc: usize,
    ids: &mut Ids,
    sink: &mut dyn Sink,
) -> Result<Option<usize>> {
    let (options, all) = (input.options, input.all);
    let mut tally = Tally::start(sink, doc, &input.documents[doc])?;
    let mut failed = None;
    let (text, spans) = (input.sources[doc].text, &input.spans[doc]);
    extract::extract_each_of(text, spans, doc, options, ids, |found| {
        let kept = match found {
            _ if failed.is_some() => return,
            Found::Claim(claim) => Kept::Claim(claim),
            Found::Rejected(sentence) if all => Kept::Rejected(Rejected::of(&sentence, doc)),
            Found::Rejected(_) => return,
        };
        failed = tally.give(sink, &kept).err();
    });
    if let Some(err) = failed {
        return Err(err);
    }
    tally.end(sink, doc)
}

/// What one document has handed the sink so far.
struct Tally {
    claims: usize,
    rejected: usize,
}

impl Tally {
    /// Opens document `doc` in `sink`.
    fn start(sink: &mut dyn Sink, doc: usize, document: &Document) -> Result<Tally> {
        sink.document(doc, document)?;
        Ok(Tally {
            claims: 0,
            rejected: 0,
        })
    }

    /// Hands `kept` to `sink`.
    fn give(&mut self, sink: &mut dyn Sink, kept: &Kept) -> Result<()> {
        match kept {
            Kept::Claim(claim) => {
                self.claims += 1;
                sink.claim(claim)
            }
            Kept::Rejected(rejected) => {
                self.rejected += 1;
                sink.rejected(rejected)
            }
        }
    }

    /// Closes document `doc` in `sink`; gives `doc` back when it held no claim.
    fn end(self, sink: &mut dyn Sink, doc: usize) -> Result<Option<usize>> {
        sink.document_end(self.claims, self.rejected)?;
        Ok((self.claims == 0).then_some(doc))
    }
}

fn written(result: std::io::Result<()>) -> Result<()> {
    result.context("cannot write to stdout")
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

/// Writes to a `Write` for the sinks.
fn write_all(out: &mut impl Write, bytes: &[u8]) -> Result<()> {
    written(out.write_all(bytes))
}
