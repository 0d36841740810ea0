//! Sessions through the binary: resume where the reviewer left off, several articles in one
//! session, the picker, the lock, a changed article, and every unusable file refused with exit 1
//! and left as it was. The screen is driven headless (`--keys`), which prints "saved CLAIM
//! VERDICT" once each change is on disk.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use claimcheck::claim::sha256_hex;
use claimcheck::session::{self, Verdict, VerdictFilter};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");
// Each line is a claim under the real extractor (a figure or an attribution each).
const ARTICLE_A: &str = "Officials said 181 drones were launched on March 4, 2025.\n\
                         The army said it shot down 115 of them.\n\
                         Police said three people were injured in Odesa.\n\
                         The governor said 12 homes were damaged.\n";
const ARTICLE_B: &str = "The mayor said power was restored to 5000 homes.\n\
                         Officials said schools reopened on March 10, 2025.\n";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLE_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), ARTICLE_B).unwrap();
    dir
}

/// Runs `claimcheck review ARGS` headless in `dir` with `keys` on stdin.
fn review(dir: &Path, args: &[&str], keys: &str) -> Output {
    // Keys must not depend on the machine: without a name a notice about it is shown.
    let mut child = Command::new(BIN)
        .env("USER", "tester")
        .arg("review")
        .args(args)
        .args(["--keys", "-"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // claimcheck may refuse and exit before reading any key.
    let _ = child.stdin.take().unwrap().write_all(keys.as_bytes());
    child.wait_with_output().unwrap()
}

/// The "saved CLAIM VERDICT" lines (each change is announced by "saving CLAIM" first).
fn acks(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| line.starts_with("saved "))
        .map(str::to_string)
        .collect()
}

fn ok(output: &Output) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_review_resumes_at_the_same_claim_with_filters_and_undo_history() {
    let dir = folder();
    // Mark the first claim, move on one, switch the filter to open claims, then leave.
    let first = review(dir.path(), &["a.txt", "--reviewer", "ana"], "v\nf\nq\n");
    ok(&first);
    let marked = acks(&first);
    assert_eq!(marked.len(), 1, "{marked:?}");
    let path = dir.path().join("a.review.json");
    let saved = session::load(&path).unwrap();
    let claim = &saved.claims()[0];
    assert_eq!(claim.review.verdict, Some(Verdict::Verified));
    assert_eq!(claim.review.reviewer.as_deref(), Some("ana"));
    assert!(claim.review.reviewed_at.is_some());
    assert_eq!(saved.place.filter, VerdictFilter::Open);
    assert_eq!(
        saved.place.selected.as_deref(),
        Some(saved.claims()[1].claim.id.as_str())
    );
    assert!(!dir.path().join("a.review.json.journal").exists());
    assert!(!dir.path().join("a.review.json.lock").exists());

    // Resumed at the second claim: `v` marks it; two undos revert it and then the verdict of
    // the last run, whose history survived the restart.
    let second = review(dir.path(), &["a.review.json"], "v\nz\nz\nq\n");
    ok(&second);
    let next = &saved.claims()[1].claim.id;
    assert_eq!(
        acks(&second),
        [
            format!("saved {next} verified"),
            format!("saved {next} open"),
            format!("saved {} open", claim.claim.id),
        ]
    );
}

#[test]
fn several_articles_make_one_session_grouped_by_article() {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt", "b.txt"], "G\nv\nq\n"));
    let path = dir.path().join("a.review.json");
    let saved = session::load(&path).unwrap();
    assert_eq!(saved.documents.len(), 2);
    assert_eq!(saved.documents[1].path, "b.txt");
    let docs: Vec<usize> = saved.claims().iter().map(|c| c.claim.doc).collect();
    assert!(
        docs.is_sorted() && docs.contains(&0) && docs.contains(&1),
        "{docs:?}"
    );
    let marked: Vec<_> = saved
        .claims()
        .iter()
        .filter(|c| c.review.verdict == Some(Verdict::Verified))
        .collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(
        marked[0].claim.doc, 1,
        "G went to the last claim, of the second article"
    );
    // Naming the same articles again resumes the same session; other articles are refused.
    ok(&review(dir.path(), &["a.txt", "b.txt"], "q\n"));
    std::fs::write(dir.path().join("c.txt"), "Something else entirely.\n").unwrap();
    let other = review(dir.path(), &["a.txt", "c.txt"], "q\n");
    assert_eq!(other.status.code(), Some(1));
    let message = String::from_utf8_lossy(&other.stderr);
    assert!(
        message.contains("holds a review of other articles"),
        "{message}"
    );

    // QA round 12 flow, item 6: a path with a space is quoted in the command suggested.
    ok(&review(
        dir.path(),
        &["a.txt", "--session", "ana copy.review.json"],
        "q\n",
    ));
    let other = review(
        dir.path(),
        &["c.txt", "--session", "ana copy.review.json"],
        "q\n",
    );
    let message = String::from_utf8_lossy(&other.stderr);
    assert!(
        message.contains("resume it with `claimcheck review 'ana copy.review.json'`"),
        "{message}"
    );
}

#[test]
fn a_changed_article_is_extracted_again_and_orphans_kept() {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt"], "j\nd\nq\n"));
    let path = dir.path().join("a.review.json");
    let before = session::load(&path).unwrap();
    let disputed = &before.claims()[1].claim;
    std::fs::write(
        dir.path().join("a.txt"),
        ARTICLE_A.replace(&disputed.text, "The navy sank 12 boats.")
            + "Kyiv said 40 people left.\n",
    )
    .unwrap();
    // The report dialog takes the first key (Enter closes it). The orphaned review is the last
    // row of the list, and read-only: marking it changes nothing.
    let resumed = review(dir.path(), &["a.review.json"], "Enter\nG\nv\nx\nq\n");
    ok(&resumed);
    assert!(acks(&resumed).is_empty(), "{:?}", acks(&resumed));
    let after = session::load(&path).unwrap();
    assert_eq!(after.orphans.len(), 1);
    assert_eq!(after.orphans[0].claim.id, disputed.id);
    assert_eq!(after.orphans[0].review.verdict, Some(Verdict::Disputed));
    assert!(after.position(&disputed.id).is_none());
    assert_eq!(
        after.documents[0].sha256,
        sha256_hex(&std::fs::read(dir.path().join("a.txt")).unwrap())
    );
}

#[test]
fn without_arguments_the_picker_opens_the_session_chosen() {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt"], "q\n"));
    ok(&review(dir.path(), &["b.txt"], "q\n"));
    let listed = session::list::list(dir.path()).unwrap();
    assert_eq!(listed.len(), 2);
    // The second row of the picker, then mark its first claim.
    let picked = review(dir.path(), &[], "j\nEnter\nv\nq\n");
    ok(&picked);
    let second = session::load(&listed[1].path).unwrap();
    assert_eq!(
        acks(&picked),
        [format!("saved {} verified", second.claims()[0].claim.id)]
    );
    // Leaving the picker opens nothing.
    let left = review(dir.path(), &[], "q\n");
    ok(&left);
    assert!(acks(&left).is_empty());
    let empty = tempfile::tempdir().unwrap();
    let none = review(empty.path(), &[], "q\n");
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no claimcheck sessions"));
}

/// A headless claimcheck holding a session open, and its stdout.
fn hold(dir: &Path, session: &str) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(BIN)
        .env("USER", "tester")
        .args(["review", session, "--keys", "-"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = BufReader::new(child.stdout.take().unwrap());
    (child, out)
}

#[test]
fn a_second_claimcheck_is_refused_and_s_writes_the_whole_file() {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt"], "q\n"));
    let path = dir.path().join("a.review.json");
    let (mut holder, mut out) = hold(dir.path(), "a.review.json");
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(b"v\n").unwrap();
    let mut line = String::new();
    while !line.starts_with("saved ") {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "no acknowledgement");
    }
    assert!(dir.path().join("a.review.json.journal").exists());

    let second = review(dir.path(), &["a.review.json"], "q\n");
    assert_eq!(second.status.code(), Some(1));
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(
        message.contains("a.review.json is open in another claimcheck")
            && message.contains(&format!("process {}", holder.id())),
        "{message}"
    );

    // `s` folds the journal into the file while the review goes on.
    stdin.write_all(b"s\n").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while dir.path().join("a.review.json.journal").exists() {
        assert!(std::time::Instant::now() < deadline, "s did not save");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let bytes = std::fs::read(&path).unwrap();
    let on_disk = session::parse(std::str::from_utf8(&bytes).unwrap()).unwrap();
    assert_eq!(on_disk.tally().verified, 1);
    holder.kill().unwrap();
    holder.wait().unwrap();
    // The lock went with the process.
    ok(&review(dir.path(), &["a.review.json"], "q\n"));
}

/// Runs `claimcheck review NAME` without a terminal on a file holding `text`; returns stderr
/// after checking exit 1 and the file unchanged.
fn refused(name: &str, text: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let output = Command::new(BIN)
        .args(["review", name])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{name}");
    assert_eq!(std::fs::read(&path).unwrap(), text, "{name} changed");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p != &path)
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let message = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(message.starts_with("claimcheck: "), "{message}");
    assert_eq!(message.lines().count(), 1, "one line: {message}");
    assert!(message.contains(name), "{message}");
    message
}

fn good_session() -> String {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt"], "v\nq\n"));
    std::fs::read_to_string(dir.path().join("a.review.json")).unwrap()
}

#[test]
fn unusable_session_files_are_refused_with_exit_1_and_left_as_they_were() {
    let good = good_session();
    let ids: Vec<String> = session::parse(&good)
        .unwrap()
        .claims()
        .iter()
        .map(|c| c.claim.id.clone())
        .collect();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "cut.review.json",
            good[..good.len() / 2].to_string(),
            "ends too early",
        ),
        (
            "bad.review.json",
            good.replacen("\"documents\"", "\"documents\" \"", 1),
            "invalid JSON",
        ),
        (
            "other.json",
            good.replace("claimcheck-session", "someone-else"),
            "not a claimcheck session",
        ),
        (
            "newer.review.json",
            good.replace("\"version\": 1", "\"version\": 4"),
            "newer than this",
        ),
        (
            "dup.review.json",
            good.replace(&ids[1], &ids[0]),
            "appears twice",
        ),
        (
            "nokey.review.json",
            good.replacen("      \"text\":", "      \"txet\":", 1),
            "missing field `text`",
        ),
        ("empty.review.json", String::new(), "ends too early"),
        (
            "array.json",
            "[1, 2, 3]\n".into(),
            "not a claimcheck session",
        ),
    ];
    for (name, text, problem) in cases {
        let message = refused(name, text.as_bytes());
        assert!(message.contains(problem), "{name}: {message}");
        if !["other.json", "newer.review.json", "array.json"].contains(&name) {
            assert!(
                message.contains("line "),
                "{name} names the line: {message}"
            );
        }
    }
}

#[test]
fn read_only_or_unreadable_sessions_are_refused_before_any_work() {
    use std::os::unix::fs::PermissionsExt;
    let good = good_session();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.review.json");
    std::fs::write(&path, &good).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let output = review(dir.path(), &["ro.review.json"], "v\nq\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(acks(&output).is_empty(), "no work begins");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("ro.review.json is read-only"), "{message}");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let output = review(dir.path(), &["ro.review.json"], "v\nq\n");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("is read-only") && message.contains("ro.review.json"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good);

    std::fs::create_dir(dir.path().join("folder.review.json")).unwrap();
    let output = review(dir.path(), &["folder.review.json"], "q\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("it is a folder"));
}

#[test]
fn the_place_survives_a_kill() {
    let dir = folder();
    ok(&review(dir.path(), &["a.txt"], "q\n"));
    let path = dir.path().join("a.review.json");
    let third = session::load(&path).unwrap().claims()[2].claim.id.clone();
    let (mut holder, _out) = hold(dir.path(), "a.review.json");
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(b"j\nj\nf\n").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let place = session::load(&path).unwrap().place;
        if place.selected.as_deref() == Some(third.as_str()) && place.filter == VerdictFilter::Open
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "place not journaled: {place:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    holder.kill().unwrap();
    holder.wait().unwrap();
    let resumed = review(dir.path(), &["a.review.json"], "v\nq\n");
    ok(&resumed);
    assert_eq!(acks(&resumed), [format!("saved {third} verified")]);
}

/// QA round 11, item 2: an edit before "He added, “…”" gives the unchanged quote a new speaker.
#[test]
fn a_carried_verdict_whose_speaker_changed_is_open_until_confirmed() {
    const LETTER: &str = "In a letter to Congress on Tuesday, President Volodymyr Zelensky \
                          stated, “Ukraine is ready to come to the negotiating table as soon as \
                          possible.”\nHe added, “My team and I are prepared to work for lasting \
                          peace.”\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("z.txt"), LETTER).unwrap();
    ok(&review(dir.path(), &["z.txt"], "j\nv\nq\n"));
    let path = dir.path().join("z.review.json");
    let edited = LETTER.replace(
        "In a letter to Congress on Tuesday, President Volodymyr Zelensky stated",
        "Kremlin aide Yuri Ushakov said",
    );
    std::fs::write(dir.path().join("z.txt"), edited).unwrap();
    ok(&review(dir.path(), &["z.review.json"], "Enter\nq\n"));

    let flagged = session::load(&path).unwrap();
    let quote = &flagged.claims()[1];
    assert!(quote.claim.text.starts_with("He added"));
    assert_eq!(quote.claim.speaker.as_deref(), Some("Yuri Ushakov"));
    assert_eq!(
        quote.review.verdict,
        Some(Verdict::Verified),
        "kept to be seen"
    );
    assert_eq!(
        quote.review.recheck_summary().as_deref(),
        Some("speaker was “Volodymyr Zelensky”, now “Yuri Ushakov”")
    );
    assert_eq!(flagged.tally().open(), 2, "counted as open");

    // Not published as verified under the new speaker.
    let export = |format: &str| {
        Command::new(BIN)
            .args(["export", "z.review.json", "--format", format])
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let claimreview = export("claimreview");
    ok(&claimreview);
    assert_eq!(String::from_utf8_lossy(&claimreview.stdout).trim(), "[]");
    let warned = String::from_utf8_lossy(&claimreview.stderr);
    assert!(
        warned.contains("1 verdict to confirm (given before an article edit"),
        "{warned}"
    );
    let markdown = String::from_utf8_lossy(&export("markdown").stdout).into_owned();
    assert!(markdown.contains("## · Open (2)"), "{markdown}");
    assert!(
        markdown.contains("**! To confirm:** marked ✓ verified before the article changed"),
        "{markdown}"
    );
    let csv = String::from_utf8_lossy(&export("csv").stdout).into_owned();
    assert!(csv.contains(",recheck\r\n"), "{csv}");
    assert!(csv.contains("now “Yuri Ushakov”"), "{csv}");

    // Marked again: confirmed under the new speaker, signed anew, no longer flagged.
    ok(&review(dir.path(), &["z.review.json"], "G\nv\nq\n"));
    let confirmed = session::load(&path).unwrap();
    let quote = &confirmed.claims()[1];
    assert!(quote.review.recheck.is_empty());
    assert_eq!(quote.review.verdict, Some(Verdict::Verified));
    assert_eq!(confirmed.tally().verified, 1);
}
