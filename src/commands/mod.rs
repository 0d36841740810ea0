//! The command line: one module per subcommand, each with its clap arguments and `run`.

pub mod export;
pub mod extract;
pub mod merge;
pub mod output;
pub mod review;
pub mod stats;

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Parser, Subcommand};

/// Find the checkable statements in news articles and review them from the keyboard.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands (the contract of DESIGN.md).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the checkable claims of one or more articles.
    Extract(extract::Args),
    /// Review claims in the terminal, marking each verified, disputed or unclear.
    Review(review::Args),
    /// Write a session's verdicts as JSON, CSV, Markdown or schema.org ClaimReview.
    Export(export::Args),
    /// Count verdicts per kind, document and reviewer.
    Stats(stats::Args),
    /// Combine several reviewers' sessions of the same articles.
    Merge(merge::Args),
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Review(args) => review::run(args),
        Command::Export(args) => export::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Merge(args) => merge::run(args),
    }
}

/// A file named twice would be counted twice: refused, naming it (`-`, stdin, can be read once).
pub(crate) fn refuse_repeats(files: &[PathBuf]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for file in files {
        let key = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        if !seen.insert(key) {
            bail!("{} is given twice", file.display());
        }
    }
    Ok(())
}
