//! `claimcheck stats`

use anyhow::Result;

/// Arguments of `stats`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `stats`.
pub fn run(args: Args) -> Result<()> {
    let _ = args;
    anyhow::bail!("stats: in progress")
}
