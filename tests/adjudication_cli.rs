//! Adjudicating a merged session and exporting from the review screen, through the binary with a
//! key script (`claimcheck review --keys`).

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use claimcheck::session::{self, Verdict};
use common::cli::{ANN, BO, claimcheck};

fn merged_session(dir: &Path) -> std::path::PathBuf {
    let merged = dir.join("merged.json");
    let output = claimcheck(&["merge", ANN, BO, "--output", merged.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    merged
}

#[test]
fn the_adjudicators_verdicts_become_final_and_the_export_key_writes_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let merged = merged_session(dir.path());
    let before = session::load(&merged).unwrap();
    let conflicts: Vec<usize> = (0..before.claims().len())
        .filter(|&i| before.claims()[i].review.verdict.is_none())
        .collect();
    assert_eq!(conflicts, [2, 7], "the fixtures disagree on two claims");

    // Show only open claims (the conflicts), decide both, then export CSV (second format).
    let keys = dir.path().join("keys.txt");
    fs::write(&keys, "f\nd\nv\no\nj\nEnter\nq\n").unwrap();
    // Run from the temporary folder, where the fixtures' article path (data/…) does not resolve:
    // the stored claims are reviewed as they are. From the repository root the article would be
    // found and, the fixtures being made by an older extractor, extracted again on opening.
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args([
            "review",
            merged.to_str().unwrap(),
            "--reviewer",
            "Editor",
            "--keys",
            keys.to_str().unwrap(),
        ])
        .current_dir(dir.path())
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let first = &before.claims()[2].claim.id;
    let second = &before.claims()[7].claim.id;
    assert!(
        stdout.contains(&format!("saved {first} disputed")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("saved {second} verified")),
        "{stdout}"
    );

    let after = session::load(&merged).unwrap();
    let decided = &after.claims()[2];
    assert_eq!(decided.review.verdict, Some(Verdict::Disputed));
    assert_eq!(decided.review.reviewer.as_deref(), Some("Editor"));
    assert_eq!(decided.reviews.len(), 2);
    assert_eq!(decided.reviews[0].verdict, Some(Verdict::Verified));
    assert_eq!(decided.reviews[1].verdict, Some(Verdict::Unclear));
    assert_eq!(after.claims()[7].review.verdict, Some(Verdict::Verified));
    assert_eq!(after.tally().open(), 0);

    // Statistics credit the adjudicator with the two decisions, the reviewers with their own.
    let stats = claimcheck(&["stats", merged.to_str().unwrap(), "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    let reviewed = |name: &str| {
        stats["reviewers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["reviewer"] == name)
            .map(|r| r["reviewed"].as_u64().unwrap())
    };
    assert_eq!(reviewed("Editor"), Some(2));
    assert_eq!(reviewed("Ann Reviewer"), Some(7));
    assert_eq!(reviewed("Bo Checker"), Some(8));
    let conflicts = &stats["sessions"][0]["conflicts"];
    assert_eq!(
        (&conflicts["total"], &conflicts["decided"]),
        (&2.into(), &2.into())
    );

    let csv = fs::read_to_string(dir.path().join("merged.review.csv")).expect("the CSV export");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(&rows[2][9], "disputed");
    assert_eq!(&rows[2][12], "Editor");
    // Each reviewer's note stays on their line, their evidence on indented lines under it, as
    // the Markdown export lists them (QA round 11, item 4).
    assert_eq!(
        &rows[2][14],
        "Ann Reviewer: verified — TASS carries Peskov's words.\n  evidence: \
         https://tass.example/peskov\nBo Checker: unclear — Could not find the original Russian \
         statement."
    );
}
