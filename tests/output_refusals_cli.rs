//! `--output` of `export` and `merge` through the binary: never over an article the sessions were
//! made from, nor onto a name claimcheck would read as a session or a journal (QA round 11, items
//! 1 and 10).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::cli::{ANN, BO, claimcheck};

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Ann's and Bo's sessions in a new folder, with the article they name (`data/…`) beside them.
fn reviewed_article() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("data")).unwrap();
    let article = d.join("data/odesa-drone-strike.txt");
    fs::copy("data/odesa-drone-strike.txt", &article).unwrap();
    let ann = d.join("ann.review.json");
    fs::copy(ANN, &ann).unwrap();
    let bo = d.join("bo.review.json");
    fs::copy(BO, &bo).unwrap();
    (dir, article, ann, bo)
}

/// Asserts that `output` failed with one line naming `target` and saying `says`.
fn refused(output: &Output, target: &Path, says: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert_eq!(message.lines().count(), 1, "one clear message: {message}");
    assert!(message.contains(path(target)), "{message}");
    assert!(message.contains(says), "{message}");
}

#[test]
fn export_never_writes_over_the_article_of_its_session() {
    let (dir, article, ann, _) = reviewed_article();
    let before = fs::read(&article).unwrap();
    // The article itself, and a copy of it under another name (the same SHA-256).
    let copy = dir.path().join("odesa.md");
    fs::write(&copy, &before).unwrap();
    for (target, says) in [
        (&article, "is the article data/odesa-drone-strike.txt of"),
        (
            &copy,
            "holds the text of the article data/odesa-drone-strike.txt",
        ),
    ] {
        for format in ["json", "csv", "markdown", "claimreview"] {
            let output = claimcheck(&[
                "export",
                path(&ann),
                "--format",
                format,
                "--output",
                path(target),
            ]);
            refused(&output, target, says);
            assert!(output.stdout.is_empty());
            assert_eq!(fs::read(target).unwrap(), before, "{target:?} untouched");
        }
    }
}

#[test]
fn merge_never_writes_over_the_article_of_an_input_even_with_force() {
    let (dir, article, ann, bo) = reviewed_article();
    let before = fs::read(&article).unwrap();
    for force in [&[][..], &["--force"][..]] {
        let mut args = vec!["merge", path(&ann), path(&bo), "--output", path(&article)];
        args.extend_from_slice(force);
        let output = claimcheck(&args);
        refused(
            &output,
            &article,
            "is the article data/odesa-drone-strike.txt of",
        );
        assert_eq!(fs::read(&article).unwrap(), before);
    }
    // Nothing else was written beside them.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
}

#[test]
fn output_to_a_session_or_journal_name_is_refused_before_the_file_exists() {
    let (dir, _, ann, bo) = reviewed_article();
    let d = dir.path();
    let new_session = d.join("new.review.json");
    let journal = d.join("ann.review.json.journal");
    let lock = d.join("ann.review.json.lock");
    let any_journal = d.join("notes.journal");
    for (target, says) in [
        (&new_session, "would be read as a claimcheck session"),
        (&journal, "would be read as a claimcheck session's journal"),
        (
            &any_journal,
            "would be read as a claimcheck session's journal",
        ),
        (&lock, "would be read as a claimcheck session's lock file"),
    ] {
        let output = claimcheck(&[
            "export",
            path(&ann),
            "--format",
            "csv",
            "--output",
            path(target),
        ]);
        refused(&output, target, says);
        assert!(!target.exists(), "{target:?} not written");
    }
    let output = claimcheck(&["merge", path(&ann), path(&bo), "--output", path(&journal)]);
    refused(
        &output,
        &journal,
        "would be read as a claimcheck session's journal",
    );
    assert!(!journal.exists());
    // A merge may still make a new session under a session's name.
    let merged = d.join("merged.review.json");
    let output = claimcheck(&["merge", path(&ann), path(&bo), "--output", path(&merged)]);
    assert!(output.status.success(), "{}", stderr(&output));
}
