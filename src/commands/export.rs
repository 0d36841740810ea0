//! `claimcheck export`

use anyhow::Result;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `export`.
pub fn run(args: Args) -> Result<()> {
    let _ = args;
    anyhow::bail!("export: in progress")
}
