//! Values a hand edit can spoil, refused through the binary by every command that reads sessions:
//! one message naming the file, the line and column and what is wrong; exit 1; nothing written.

mod common;

use std::fs;

use common::cli::{ANN, BO, claimcheck};

/// QA round 10, item R7: `reviewed_at` must be RFC 3339.
#[test]
fn a_review_time_in_words_is_refused_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(ANN).unwrap();
    let stamp = "\"reviewed_at\": \"2025-03-06T09:00:00Z\"";
    let line = text.lines().position(|l| l.contains(stamp)).unwrap() + 1;
    let spoiled = text.replacen(stamp, "\"reviewed_at\": \"yesterday\"", 1);
    let session = dir.path().join("hand.review.json");
    fs::write(&session, &spoiled).unwrap();
    let out = dir.path().join("out.csv");
    fs::write(&out, "keep me\n").unwrap();
    let session = session.to_str().unwrap();
    let out_arg = out.to_str().unwrap();
    let runs: [&[&str]; 4] = [
        &["export", session, "--format", "csv", "--output", out_arg],
        &["export", session, "--format", "claimreview"],
        &["stats", session],
        &["merge", session, BO, "--output", out_arg],
    ];
    for args in runs {
        let output = claimcheck(args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert_eq!(message.lines().count(), 1, "{message}");
        for expected in [
            "hand.review.json",
            &format!("line {line}, column"),
            "\"reviewed_at\" is \"yesterday\", which is not an RFC 3339 time",
        ] {
            assert!(message.contains(expected), "{expected:?} in {message}");
        }
        assert!(output.stdout.is_empty(), "{args:?}");
        assert_eq!(fs::read_to_string(&out).unwrap(), "keep me\n");
    }
    assert_eq!(fs::read_to_string(session).unwrap(), spoiled);
}
