//! `claimcheck merge`

use anyhow::Result;

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `merge`.
pub fn run(args: Args) -> Result<()> {
    let _ = args;
    anyhow::bail!("merge: in progress")
}
