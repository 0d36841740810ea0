//! Credit for a verdict through the binary: a second reviewer's note or evidence on a first
//! reviewer's verdict leaves the verdict hers (name and time), in the session, in `stats` and in
//! the exports; the note and evidence are credited on their own.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use claimcheck::session;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");
const ARTICLE: &str = "Officials said 181 drones were launched on March 4, 2025.\n\
                       The army said it shot down 115 of them.\n";

fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_note_and_evidence_by_desk_leave_anas_verdict_hers_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), ARTICLE).unwrap();
    let review = |reviewer: &str, keys: &str| {
        let args = ["review", "a.txt", "--reviewer", reviewer, "--keys", "-"];
        run(d, &args, keys)
    };
    review("ana", "v\nq\n");
    let path = d.join("a.review.json");
    let anas = session::load(&path).unwrap().claims()[0].review.clone();
    assert_eq!(anas.reviewer.as_deref(), Some("ana"));

    // Desk, a moment later: a note, evidence added, then that evidence removed and another added.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    review(
        "desk",
        "g\nc\ntext name confirmed by police\nCtrl-S\ne\ntext https://example.org/a\nEnter\n\
         E\nd\ne\ntext https://example.org/b\nEnter\nq\n",
    );
    let after = session::load(&path).unwrap().claims()[0].review.clone();
    assert_eq!(after.note, "name confirmed by police");
    assert_eq!(after.evidence, ["https://example.org/b"]);
    assert_eq!(after.reviewer, anas.reviewer, "the verdict is still Ana's");
    assert_eq!(
        after.reviewed_at, anas.reviewed_at,
        "given when Ana gave it"
    );
    assert_eq!(after.annotated_by.as_deref(), Some("desk"));
    assert!(after.annotated_at.is_some());
    assert_ne!(after.annotated_at, anas.reviewed_at);

    let stats = stdout(&run(d, &["stats", "a.review.json", "--format", "json"], ""));
    let reviewers = stats["reviewers"].as_array().unwrap();
    assert_eq!(reviewers.len(), 1, "{reviewers:?}");
    assert_eq!(reviewers[0]["reviewer"], "ana");
    assert_eq!(reviewers[0]["verified"], 1);

    let args = ["export", "a.review.json", "--format", "claimreview"];
    let claimreview = stdout(&run(d, &args, ""));
    assert_eq!(claimreview[0]["author"]["name"], "ana");
    let date = &anas.reviewed_at.as_deref().unwrap()[..10];
    assert_eq!(claimreview[0]["datePublished"], date);

    let args = ["export", "a.review.json", "--format", "markdown"];
    let markdown = String::from_utf8(run(d, &args, "").stdout).unwrap();
    assert!(
        markdown.contains("· reviewed by ana ·")
            && markdown.contains("· note and evidence by desk ·"),
        "{markdown}"
    );
    let args = ["export", "a.review.json", "--format", "json"];
    let report = stdout(&run(d, &args, ""));
    assert_eq!(report["claims"][0]["reviewer"], "ana");
    assert_eq!(report["claims"][0]["annotated_by"], "desk");
}
