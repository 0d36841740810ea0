use std::process::ExitCode;

use clap::Parser;

use claimcheck::commands::{Cli, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimcheck: {err:#}");
            ExitCode::FAILURE
        }
    }
}
