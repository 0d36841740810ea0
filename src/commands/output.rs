//! Where command output goes: standard output, or a file written atomically.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::fsutil::write_atomic;
use crate::session::guard::refuse_output;
pub use crate::session::guard::{Input, Replace};

/// Writes `text` to `output` atomically (an existing file is replaced only once the whole text is
/// on disk), or to standard output when `output` is `None`. A closed pipe (`| head`) is not an
/// error.
pub fn emit(text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        Some(path) => write_atomic(path, text.as_bytes()),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("cannot write to standard output"),
            }
        }
    }
}

/// Prints warnings on standard error, one line each.
pub fn warn(warnings: &[String]) {
    for warning in warnings {
        eprintln!("claimcheck: warning: {warning}");
    }
}

/// Refuses an `--output` that would destroy review work ([`refuse_output`]): one of the input
/// sessions, an article they were made from, a claimcheck session (unless `replace` allows it),
/// a session's journal or lock, or a session open in a claimcheck, which would write its own copy
/// back over the output.
pub fn refuse_replacing_reviews(output: &Path, inputs: &[Input], replace: Replace) -> Result<()> {
    refuse_output(output, inputs, replace).map_err(|refusal| refusal.for_option(output))
}
