//! `claimcheck review` through the binary, headless: a key script drives the screen (the hidden
//! `--keys` option), and the session file on disk is checked.

use std::path::Path;
use std::process::{Command, Output};

use claimcheck::session;

fn claimcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("USER", "tester")
        .output()
        .expect("claimcheck runs")
}

fn with_article() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/odesa-drone-strike.txt");
    std::fs::copy(article, dir.path().join("odesa.txt")).unwrap();
    dir
}

fn keys(dir: &Path, name: &str, script: &str) -> String {
    std::fs::write(dir.join(name), script).unwrap();
    name.to_string()
}

#[test]
fn without_a_name_verdicts_are_signed_unknown() {
    let dir = with_article();
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["review", "odesa.txt", "--keys", "-"])
        .current_dir(dir.path())
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"v\nq\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let saved = session::load(&dir.path().join("odesa.review.json")).unwrap();
    let reviewed: Vec<_> = saved
        .claims()
        .iter()
        .filter_map(|c| c.review.reviewer.clone())
        .collect();
    assert_eq!(reviewed, ["unknown"]);
}

#[test]
fn a_scripted_review_saves_each_verdict_and_acknowledges_it() {
    let dir = with_article();
    let script = keys(
        dir.path(),
        "keys.txt",
        "v\nd\n# comment\nj\ne\ntext https://example.org\nEnter\nq\n",
    );
    let out = claimcheck(dir.path(), &["review", "odesa.txt", "--keys", &script]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Acknowledgements; each change is announced by a "saving CLAIM" line before it.
    let acks: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("saved "))
        .collect();
    assert_eq!(acks.len(), 3, "{stdout}");
    assert!(
        acks[0].starts_with("saved c") && acks[0].ends_with(" verified"),
        "{stdout}"
    );
    assert!(acks[1].ends_with(" disputed"), "{stdout}");
    assert!(acks[2].ends_with(" open"), "{stdout}");

    let s = session::load(&dir.path().join("odesa.review.json")).unwrap();
    let claims = s.claims();
    assert_eq!(
        claims[0].review.verdict.map(|v| v.label()),
        Some("verified")
    );
    assert_eq!(
        claims[1].review.verdict.map(|v| v.label()),
        Some("disputed")
    );
    assert_eq!(claims[3].review.evidence, ["https://example.org"]);
    assert_eq!(claims[0].review.reviewer.as_deref(), Some("tester"));
    assert_eq!(
        s.place.selected.as_deref(),
        Some(claims[3].claim.id.as_str())
    );
}

#[test]
fn resuming_opens_at_the_place_and_keeps_earlier_verdicts() {
    let dir = with_article();
    let first = keys(dir.path(), "one.txt", "v\nf\n");
    let out = claimcheck(dir.path(), &["review", "odesa.txt", "--keys", &first]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Resume through the session file, then through the article again (same session).
    let second = keys(dir.path(), "two.txt", "u\nq\n");
    let out = claimcheck(
        dir.path(),
        &["review", "odesa.review.json", "--keys", &second],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let third = keys(dir.path(), "three.txt", "d\n");
    let out = claimcheck(
        dir.path(),
        &["review", "odesa.txt", "--reviewer", "bo", "--keys", &third],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = session::load(&dir.path().join("odesa.review.json")).unwrap();
    let verdicts: Vec<Option<&str>> = s
        .claims()
        .iter()
        .take(4)
        .map(|c| c.review.verdict.map(|v| v.label()))
        .collect();
    // The open filter was kept: each run marked the first open claim it opened on.
    assert_eq!(
        verdicts,
        [Some("verified"), Some("unclear"), Some("disputed"), None]
    );
    assert_eq!(s.claims()[2].review.reviewer.as_deref(), Some("bo"));
    assert_eq!(s.place.filter, session::VerdictFilter::Open);
}

#[test]
fn a_session_of_other_articles_is_never_overwritten() {
    let dir = with_article();
    std::fs::write(
        dir.path().join("other.txt"),
        "Another article says 5 people died.\n",
    )
    .unwrap();
    let script = keys(dir.path(), "k.txt", "q\n");
    let out = claimcheck(
        dir.path(),
        &[
            "review",
            "other.txt",
            "--session",
            "odesa.review.json",
            "--keys",
            &script,
        ],
    );
    assert!(out.status.success());
    let before = std::fs::read(dir.path().join("odesa.review.json")).unwrap();
    let out = claimcheck(dir.path(), &["review", "odesa.txt", "--keys", &script]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("odesa.review.json") && stderr.contains("other articles"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("odesa.review.json")).unwrap(),
        before
    );
}

#[test]
fn bad_input_is_one_clear_error() {
    let dir = with_article();
    let script = keys(dir.path(), "k.txt", "q\n");
    std::fs::write(dir.path().join("nul.txt"), b"Hello\0world, 5 people died.").unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 owners said 5 died.",
    )
    .unwrap();
    let cases: [(&[&str], &str); 6] = [
        (&["review", "missing.txt", "--keys", "k.txt"], "missing.txt"),
        (
            &["review", "nul.txt", "--keys", "k.txt"],
            "nul.txt: looks like a binary file",
        ),
        (
            &["review", "latin1.txt", "--keys", "k.txt"],
            "line 1, column 4",
        ),
        (
            &["review", "odesa.txt", "./odesa.txt", "--keys", "k.txt"],
            "./odesa.txt is given twice",
        ),
        (
            &["review", "broken.review.json", "--keys", "k.txt"],
            "broken.review.json",
        ),
        (&["review", "odesa.txt"], "needs a terminal"),
    ];
    let broken = "{\"format\": \"claimcheck-session\", \"version\": 1, \"claims\": [";
    std::fs::write(dir.path().join("broken.review.json"), broken).unwrap();
    let _ = script;
    for (args, expected) in cases {
        let out = claimcheck(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("claimcheck: ") && stderr.contains(expected),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("broken.review.json")).unwrap(),
        broken
    );
    for refused in ["nul", "latin1", "odesa"] {
        let session = dir.path().join(format!("{refused}.review.json"));
        assert!(!session.exists(), "no session is made of refused input");
    }
}

#[test]
fn an_article_without_claims_makes_no_session() {
    let dir = with_article();
    keys(dir.path(), "k.txt", "q\n");
    std::fs::write(
        dir.path().join("quiet.txt"),
        "Read on.\n\nShare your thoughts below!\n",
    )
    .unwrap();
    let out = claimcheck(dir.path(), &["review", "quiet.txt", "--keys", "k.txt"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "claimcheck: no claims found in quiet.txt: nothing to review, no session was made"
    );
    assert!(!dir.path().join("quiet.review.json").exists());
}

#[test]
fn a_session_kept_in_another_folder_finds_its_article_from_anywhere() {
    let dir = with_article();
    std::fs::create_dir(dir.path().join("sessions")).unwrap();
    let first = keys(dir.path(), "one.txt", "v\nq\n");
    let out = claimcheck(
        dir.path(),
        &[
            "review",
            "odesa.txt",
            "--session",
            "sessions/odesa.review.json",
            "--keys",
            &first,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stored = session::load(&dir.path().join("sessions/odesa.review.json")).unwrap();
    assert_eq!(
        stored.documents[0].path, "../odesa.txt",
        "relative to the session's folder"
    );

    // Resumed from inside the sessions folder: the article is found, so nothing is re-extracted
    // or reported missing, and the verdict is still there.
    let sessions = dir.path().join("sessions");
    let again = keys(&sessions, "two.txt", "d\nq\n");
    let out = claimcheck(
        &sessions,
        &["review", "odesa.review.json", "--keys", &again],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let resumed = session::load(&sessions.join("odesa.review.json")).unwrap();
    assert_eq!(resumed.tally().verified, 1);
    assert_eq!(resumed.tally().disputed, 1);
    assert!(resumed.orphans.is_empty());
}

#[test]
fn an_unknown_key_in_a_script_names_the_line() {
    let dir = with_article();
    let script = keys(dir.path(), "k.txt", "j\nwibble\n");
    let out = claimcheck(dir.path(), &["review", "odesa.txt", "--keys", &script]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("k.txt, line 2") && stderr.contains("wibble"),
        "{stderr}"
    );
}
