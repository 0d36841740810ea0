//! Scores each line of standard input as one sentence and explains the score.
//!
//! `cargo run --release --example score-lines < sentences.txt`: a quick look at what the
//! check-worthiness score makes of text, with the features that fired.

use claimcheck::extract::score::{DEFAULT_MIN_SCORE, Signals, explain};
use std::io::BufRead;

fn main() -> std::io::Result<()> {
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let e = explain(&line, &Signals::default());
        let mark = if e.score >= DEFAULT_MIN_SCORE {
            "CLAIM"
        } else {
            "  -  "
        };
        println!("{mark} {line}\n      {e}");
    }
    Ok(())
}
