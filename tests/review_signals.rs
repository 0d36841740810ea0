//! Stopping a review with a signal — SIGTERM from `timeout` or a shutdown, SIGHUP from a closed
//! ssh connection, SIGINT from `kill` — saves the session as Ctrl-C does (journal folded into the
//! file), releases the lock, and exits with 128 + the signal's number. Driven headless (`--keys
//! -`), which prints "saved CLAIM VERDICT" once a change is on disk; the terminal's side (the
//! alternate screen given back) is checked in tests/review_tmux.rs.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use claimcheck::session::{self, Verdict};
use common::cli::headless_review;

const ARTICLE: &str = "Officials said 181 drones were launched on March 4, 2025.\n\
                       The army said it shot down 115 of them.\n\
                       Police said three people were injured in Odesa.\n";

/// Starts a headless review, marks the first claim verified, waits until that is on disk, sends
/// `signal`, and returns the exit code and what claimcheck wrote to stderr.
fn review_stopped_by(dir: &Path, signal: &str) -> (Option<i32>, String) {
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let mut child = headless_review(dir, "a.txt", "sig");
    // stdin stays open: claimcheck waits for more keys until the signal comes.
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"v\n").unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, acked) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    loop {
        let line = acked
            .recv_timeout(Duration::from_secs(30))
            .expect("claimcheck acknowledges the verdict");
        if line.starts_with("saved ") && line.ends_with(" verified") {
            break;
        }
    }
    let kill = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(kill.success());
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_signal_saves_the_session_and_releases_the_lock() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        let dir = tempfile::tempdir().unwrap();
        let (code, stderr) = review_stopped_by(dir.path(), signal);
        assert_eq!(code, Some(128 + number), "SIG{signal}: {stderr}");
        assert!(stderr.contains(&format!("SIG{signal}")), "{stderr}");
        let path = dir.path().join("a.review.json");
        // Saved in full: the session file itself holds the verdict, no journal is left over.
        let text = std::fs::read_to_string(&path).unwrap();
        let saved = session::parse(&text).expect("the session file is complete");
        assert_eq!(saved.claims()[0].review.verdict, Some(Verdict::Verified));
        assert_eq!(saved.claims()[0].review.reviewer.as_deref(), Some("sig"));
        for leftover in ["a.review.json.lock", "a.review.json.journal"] {
            assert!(
                !dir.path().join(leftover).exists(),
                "SIG{signal} left {leftover} behind"
            );
        }
    }
}
