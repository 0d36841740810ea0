//! `claimcheck stats SESSION... [--format table|json]`

use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;

use crate::commands::output::{emit, warn};
use crate::export::stats::{Stats, render_json, render_table};
use crate::session;

/// Output formats of `stats`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// Aligned tables, for people.
    Table,
    /// One JSON object: `sessions`, `overall`, `reviewers`.
    Json,
}

/// Arguments of `stats`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Session files to count.
    #[arg(required = true)]
    pub sessions: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Runs `stats`.
pub fn run(args: Args) -> Result<()> {
    super::refuse_repeats(&args.sessions)?;
    let mut sessions = Vec::with_capacity(args.sessions.len());
    for path in &args.sessions {
        let (loaded, journal) = session::load_with_warnings(path)?;
        warn(&journal);
        sessions.push((path.display().to_string(), loaded));
    }
    for (path, (_, loaded)) in args.sessions.iter().zip(&sessions) {
        warn(&session::stale::warnings(loaded, path));
    }
    let named: Vec<(String, &session::Session)> =
        sessions.iter().map(|(file, s)| (file.clone(), s)).collect();
    let stats = Stats::of(&named);
    let text = match args.format {
        Format::Table => render_table(&stats),
        Format::Json => render_json(&stats),
    };
    emit(&text, None)
}
