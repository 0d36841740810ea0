//! `review` without a terminal: refused before it touches the session.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::cli::headless_review;

// Each line is a claim under the real extractor.
const ARTICLE: &str = "Officials said 181 drones were launched on March 4, 2025.\n\
                       The army said it shot down 115 of them.\n";

/// Runs a headless review of `file` in `dir` with `keys`, and checks that it succeeded.
fn reviewed(dir: &Path, file: &str, keys: &str) {
    let mut child = headless_review(dir, file, "tester");
    // claimcheck may refuse and exit before reading any key.
    let _ = child.stdin.take().unwrap().write_all(keys.as_bytes());
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// QA round 13 flow, item C: a review refused for want of a terminal touches nothing, even when
/// opening would have brought the session up to date with an edited article (orphaned reviews),
/// so that the next real opening still reports what changed.
#[test]
fn a_review_without_a_terminal_leaves_an_outdated_session_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    reviewed(dir.path(), "a.txt", "v\nj\nv\nq\n");
    let path = dir.path().join("a.review.json");
    let before = std::fs::read(&path).unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        ARTICLE.replace("181 drones", "183 drones"),
    )
    .unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let files = listing(dir.path());
    for args in [
        &["a.review.json"][..],
        &["a.txt"],
        &["--session", "a.review.json"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .arg("review")
            .args(args)
            .args(["--reviewer", "ana"])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("needs a terminal"), "{args:?}: {message}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?} changed it");
        assert_eq!(listing(dir.path()), files, "{args:?}: no file left behind");
    }
    // Opened for real, it is brought up to date and says so.
    reviewed(dir.path(), "a.review.json", "q\n");
    assert_ne!(std::fs::read(&path).unwrap(), before);
}
