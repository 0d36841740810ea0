use std::process::ExitCode;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use claimcheck::commands::{Cli, run};

/// mimalloc (v2) instead of the system allocator: `extract` allocates and frees small vectors for
/// every sentence, many of them on one thread and freed on another; on the 52 MB bench text it
/// saves about a sixth of the CPU time. Without transparent huge pages (see
/// [`claimcheck::memory::no_huge_pages`]) its peak is about that of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    claimcheck::memory::no_huge_pages();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap's own message (usage, "possible values"), printed as clap prints it.
            let _ = err.print();
            return usage_exit_code(&err);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimcheck: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// DESIGN.md: `--help` and `--version` succeed, an unknown format is a user error (1) like a
/// bad file, and every other bad argument exits 2 — a `--format` with no value too (clap reports
/// it as an invalid value, the empty one).
fn usage_exit_code(err: &clap::Error) -> ExitCode {
    if !err.use_stderr() {
        return ExitCode::SUCCESS;
    }
    let format_value = err.kind() == ErrorKind::InvalidValue
        && matches!(
            err.get(ContextKind::InvalidArg),
            Some(ContextValue::String(arg)) if arg.starts_with("--format")
        )
        && !matches!(
            err.get(ContextKind::InvalidValue),
            Some(ContextValue::String(value)) if value.is_empty()
        );
    if format_value {
        ExitCode::FAILURE
    } else {
        ExitCode::from(2)
    }
}
