//! `stats`, `export` and `merge` on a session whose journal they cannot apply (QA round 11, item
//! 6): one warning naming the journal and why, and the journal left as it was, as `review` would
//! find it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use claimcheck::claim::sha256_hex;
use claimcheck::session::journal::{JournalWriter, journal_path};
use claimcheck::session::{self, Change, Review, Verdict};
use common::cli::{ANN, BO, claimcheck};

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Bo's session in a new folder, and the journal lines of two claims he then marked disputed (as
/// a review killed before quitting leaves them), without the journal's first line.
fn bo_with_two_new_verdicts() -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let bo = dir.path().join("bo.review.json");
    fs::copy(BO, &bo).unwrap();
    let mut session = session::load(&bo).unwrap();
    let changed: Vec<usize> = (0..session.claims().len())
        .filter(|&at| session.claims()[at].review.verdict != Some(Verdict::Disputed))
        .take(2)
        .collect();
    let lines = changed
        .into_iter()
        .map(|at| {
            let review = Review {
                verdict: Some(Verdict::Disputed),
                reviewer: Some("Bo Checker".into()),
                ..Review::default()
            };
            let edit = session.set_review(at, review).unwrap();
            serde_json::to_string(&Change::Edit(edit)).unwrap()
        })
        .collect();
    (dir, bo, lines)
}

/// Writes a journal for the session file whose bytes hash to `sha256`, with these lines.
fn write_journal(session: &Path, sha256: &str, lines: &[&str]) -> PathBuf {
    let journal = journal_path(session);
    drop(JournalWriter::create(&journal, sha256).unwrap());
    let mut text = fs::read_to_string(&journal).unwrap();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    fs::write(&journal, text).unwrap();
    journal
}

/// The disputed claims `stats --format json` counted.
fn disputed_by_stats(output: &Output) -> usize {
    assert!(output.status.success());
    let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    stats["sessions"][0]["verdicts"]["disputed"]
        .as_u64()
        .unwrap() as usize
}

/// The disputed claims of the session file alone.
fn disputed_in(session: &Path) -> usize {
    session::parse(&fs::read_to_string(session).unwrap())
        .unwrap()
        .tally()
        .disputed
}

/// Runs `stats`, `export` and `merge` on `bo`: each warns once, naming `journal` and saying
/// `why`, and leaves the journal as it was and nothing beside it. Returns what `stats` counted.
fn every_reader_warns(bo: &Path, journal: &Path, why: &str) -> usize {
    let before = fs::read(journal).unwrap();
    let files = fs::read_dir(bo.parent().unwrap()).unwrap().count();
    let stats = claimcheck(&["stats", path(bo), "--format", "json"]);
    let export = claimcheck(&["export", path(bo), "--format", "csv"]);
    let merge = claimcheck(&["merge", ANN, path(bo)]);
    for (command, output) in [("stats", &stats), ("export", &export), ("merge", &merge)] {
        assert!(output.status.success(), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let warnings: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains(path(journal)))
            .collect();
        assert_eq!(warnings.len(), 1, "{command}: {stderr}");
        assert!(
            warnings[0].starts_with("claimcheck: warning: the journal")
                && warnings[0].contains(why),
            "{command}: {}",
            warnings[0]
        );
        assert_eq!(fs::read(journal).unwrap(), before, "{command} changed it");
    }
    assert_eq!(fs::read_dir(bo.parent().unwrap()).unwrap().count(), files);
    disputed_by_stats(&stats)
}

#[test]
fn a_journal_with_a_damaged_line_is_applied_up_to_it_with_a_warning() {
    let (_dir, bo, lines) = bo_with_two_new_verdicts();
    let stored = disputed_in(&bo);
    let sha256 = sha256_hex(&fs::read(&bo).unwrap());
    let journal = write_journal(
        &bo,
        &sha256,
        &[&lines[0], "{\"op\": \"edit\", \"cla", &lines[1]],
    );
    let disputed = every_reader_warns(&bo, &journal, "was applied only up to change 1 (line 3");
    assert_eq!(disputed, stored + 1, "the change before the damage counts");
}

#[test]
fn a_journal_of_another_version_of_the_session_is_not_applied_with_a_warning() {
    let (_dir, bo, lines) = bo_with_two_new_verdicts();
    let stored = disputed_in(&bo);
    // The session file was replaced (restored from a copy) after the journal was begun.
    let journal = write_journal(&bo, &"0".repeat(64), &[&lines[0], &lines[1]]);
    let disputed = every_reader_warns(
        &bo,
        &journal,
        "was not applied (it was written for another version of the session file)",
    );
    assert_eq!(disputed, stored);
}

#[test]
fn a_journal_that_fits_is_applied_without_a_word() {
    let (_dir, bo, lines) = bo_with_two_new_verdicts();
    let stored = disputed_in(&bo);
    let sha256 = sha256_hex(&fs::read(&bo).unwrap());
    write_journal(&bo, &sha256, &[&lines[0], &lines[1]]);
    let stats = claimcheck(&["stats", path(&bo), "--format", "json"]);
    assert!(
        stats.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&stats.stderr)
    );
    assert_eq!(disputed_by_stats(&stats), stored + 2);
}
