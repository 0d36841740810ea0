//! Where command output goes: standard output, or a file written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::fsutil::write_atomic;
use crate::session::kept::{Kept, kept_in};
use crate::session::lock;

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

/// Whether an `--output` may replace a claimcheck session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Never (an export is no session).
    Never,
    /// Only when the user said so (`merge --force`).
    Forced(bool),
}

/// Refuses an `--output` that would destroy review work: one of the input files, a claimcheck
/// session (unless `replace` allows it), a session's journal or lock, or a session open in a
/// claimcheck, which would write its own copy back over the output.
pub fn refuse_replacing_reviews(output: &Path, inputs: &[PathBuf], replace: Replace) -> Result<()> {
    let shown = output.display();
    if let Ok(target) = output.canonicalize() {
        for input in inputs {
            if input.canonicalize().is_ok_and(|i| i == target) {
                bail!(
                    "--output {shown} is the input session {}; choose another file",
                    input.display()
                );
            }
        }
    }
    match kept_in(output) {
        None => Ok(()),
        Some(Kept::Session) => {
            if let Some(holder) = lock::holder(output) {
                let by = holder.map_or(String::new(), |h| format!(" ({h})"));
                bail!(
                    "--output {shown} is a claimcheck session open in another claimcheck{by}, \
                     which would write it back; choose another file"
                );
            }
            match replace {
                Replace::Forced(true) => Ok(()),
                Replace::Forced(false) => bail!(
                    "--output {shown} is an existing claimcheck session; choose another file, \
                     or add --force to replace it (its verdicts are then lost)"
                ),
                Replace::Never => bail!(
                    "--output {shown} is a claimcheck session, which an export never replaces; \
                     choose another file"
                ),
            }
        }
        Some(kept) => bail!(
            "--output {shown} is {}; choose another file",
            kept.describe()
        ),
    }
}
