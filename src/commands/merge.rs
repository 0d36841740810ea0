//! `claimcheck merge SESSION... [--output PATH]`

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::commands::output::{Input, Replace, emit, refuse_replacing_reviews, warn};
use crate::export::merge::{Source, merge, report};
use crate::session;

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Two or more reviewers' sessions of the same articles.
    #[arg(required = true, num_args = 2..)]
    pub sessions: Vec<PathBuf>,
    /// Write the merged session to this file (atomically); the agreement report then goes to
    /// standard output. Without it the merged session goes to standard output and the report to
    /// standard error. An existing claimcheck session is replaced only with --force.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Let --output replace an existing claimcheck session (a previous merge, say); its verdicts,
    /// an adjudicator's decisions included, are lost. An input session or its article, a session
    /// open in claimcheck, or a journal or lock file is never replaced.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// Runs `merge`.
pub fn run(args: Args) -> Result<()> {
    super::refuse_repeats(&args.sessions)?;
    let mut sources = Vec::with_capacity(args.sessions.len());
    for path in &args.sessions {
        let (session, journal) = session::load_with_warnings(path)?;
        warn(&journal);
        sources.push(Source {
            file: path.display().to_string(),
            session,
        });
    }
    // Sessions of different extraction rules are first matched against this build's, each as
    // `review` would match it, so that a verdict is never merged onto a claim whose speaker or
    // figures its reviewer did not see, and the result does not depend on which session came
    // first (QA round 21, item N-1). Sessions of one version already share one extraction.
    let first = &sources[0].session.extractor;
    if sources.iter().any(|s| s.session.extractor != *first) {
        for (path, source) in args.sessions.iter().zip(&mut sources) {
            warn(&session::stale::bring_up_to_date(&mut source.session, path));
        }
    }
    for (path, source) in args.sessions.iter().zip(&sources) {
        warn(&session::stale::warnings(&source.session, path));
    }
    if let Some(output) = &args.output {
        let inputs: Vec<Input> = args
            .sessions
            .iter()
            .zip(&sources)
            .map(|(path, source)| Input {
                path,
                session: &source.session,
            })
            .collect();
        refuse_replacing_reviews(output, &inputs, Replace::Forced(args.force))?;
    }
    let merged = merge(&sources)?;
    warn(&merged.warnings);
    let files: Vec<String> = sources.iter().map(|s| s.file.clone()).collect();
    let summary = report(&merged, &files);
    let json = session::to_json(&merged.session);
    match &args.output {
        Some(path) => {
            emit(&json, Some(path)).context("the merge was not written")?;
            emit(
                &format!("{summary}Merged session written to {}\n", path.display()),
                None,
            )
        }
        // The report follows the session: a report printed before a failed write would read as
        // a success (QA round 10, item R5).
        None => match emit(&json, None) {
            Ok(()) => {
                eprint!("{summary}");
                Ok(())
            }
            Err(err) => Err(err.context("the merge was not written")),
        },
    }
}
