//! `claimcheck export SESSION --format json|csv|markdown|claimreview [--output PATH] [--org NAME]
//! [--url-base URL]`

use std::path::PathBuf;

use anyhow::Result;

use crate::commands::output::{Input, Replace, emit, refuse_replacing_reviews, warn};
use crate::export::{self, Format, Options, claimreview};
use crate::session;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session file to export.
    pub session: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write to this file instead of standard output (atomically: an existing file is replaced
    /// only by a complete export). A claimcheck session, journal or lock file, or an article of the
    /// session, is never replaced.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// ClaimReview: the fact-checking organisation publishing the reviews (their `author`).
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// ClaimReview: address of the page that publishes the fact check; each review's `url` is
    /// URL#<claim id>. Without it each `url` is the relative `#<claim id>` (with a warning).
    #[arg(long, value_name = "URL", value_parser = claimreview::parse_url_base)]
    pub url_base: Option<String>,
}

/// Runs `export`.
pub fn run(args: Args) -> Result<()> {
    let (session, journal) = session::load_with_warnings(&args.session)?;
    warn(&journal);
    // QA round 10, item R1: verdicts on sentences a corrected article no longer holds.
    warn(&session::stale::warnings(&session, &args.session));
    if let Some(output) = &args.output {
        let input = Input {
            path: &args.session,
            session: &session,
        };
        refuse_replacing_reviews(output, &[input], Replace::Never)?;
    }
    if args.format != Format::ClaimReview && (args.org.is_some() || args.url_base.is_some()) {
        warn(&["--org and --url-base apply only to --format claimreview; ignored".to_string()]);
    }
    let options = Options {
        org: args.org,
        url_base: args.url_base,
    };
    let rendered = export::render(&session, args.format, &options);
    warn(&rendered.warnings);
    emit(&rendered.text, args.output.as_deref())
}
