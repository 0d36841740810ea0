//! Where command output goes: standard output, or a file written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::fsutil::write_atomic;

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

/// Refuses an `--output` that is one of the input files: a report must never replace a session.
pub fn refuse_overwriting_inputs(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(target) = output.canonicalize() else {
        return Ok(()); // does not exist yet, so it is no input
    };
    for input in inputs {
        if input.canonicalize().is_ok_and(|i| i == target) {
            bail!(
                "--output {} is the input session {}; choose another file",
                output.display(),
                input.display()
            );
        }
    }
    Ok(())
}
