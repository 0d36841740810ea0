//! `claimcheck review`

use anyhow::Result;

/// Arguments of `review`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `review`.
pub fn run(args: Args) -> Result<()> {
    let _ = args;
    anyhow::bail!("review: in progress")
}
