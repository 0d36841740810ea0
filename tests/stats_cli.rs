//! `claimcheck stats` through the binary.

mod common;

use common::cli::{ANN, BO, claimcheck};
use std::fs;
use std::path::Path;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn stats_json_counts_per_document_overall_and_per_reviewer() {
    let output = claimcheck(&["stats", ANN, BO, "--format", "json"]);
    assert!(output.status.success());
    let stats: serde_json::Value = serde_json::from_str(&text(&output.stdout)).unwrap();
    assert_eq!(stats["overall"]["claims"], 16);
    assert_eq!(stats["overall"]["reviewed"], 15);
    assert_eq!(stats["overall"]["verdicts"]["verified"], 9);
    assert_eq!(stats["overall"]["kinds"]["quantity"]["claims"], 4);
    assert_eq!(stats["sessions"][0]["documents"][0]["claims"], 8);
    assert_eq!(stats["sessions"][1]["progress"], 1.0);
    let reviewers: Vec<(&str, u64)> = stats["reviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["reviewer"].as_str().unwrap(),
                r["reviewed"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(reviewers, [("Ann Reviewer", 7), ("Bo Checker", 8)]);
}

#[test]
fn stats_of_a_merged_session_shows_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("merged.json");
    assert!(
        claimcheck(&["merge", ANN, BO, "-o", path(&out)])
            .status
            .success()
    );
    let table = text(&claimcheck(&["stats", path(&out)]).stdout);
    assert!(
        table.contains("agreement between 2 reviewers on 7 claims: 71.4%"),
        "{table}"
    );
    assert!(table.contains("; 2 conflicts, 0 decided"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&text(
        &claimcheck(&["stats", path(&out), "--format", "json"]).stdout,
    ))
    .unwrap();
    assert_eq!(json["sessions"][0]["agreement"]["pairable_units"], 7);
}

#[test]
fn stats_of_a_bad_session_fails_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.json");
    fs::write(&bad, "{\"format\": \"something-else\", \"version\": 1}").unwrap();
    let output = claimcheck(&["stats", ANN, path(&bad)]);
    assert_eq!(output.status.code(), Some(1));
    let message = text(&output.stderr);
    assert!(message.contains("notes.json"), "{message}");
    assert!(output.stdout.is_empty(), "no partial statistics");
}
