//! `claimcheck merge` through the binary (`stats` in stats_cli.rs).

mod common;

use claimcheck::session::{self, Verdict};
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
fn merge_writes_a_session_with_every_reviewers_verdict_and_reports_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("merged.json");
    let output = claimcheck(&["merge", ANN, BO, "--output", path(&out)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    // Worked by hand from the fixtures: 7 claims judged by both, 5 agree; κ = (5/7 − 20/49) /
    // (1 − 20/49) = 0.517.
    assert!(
        report.contains("judged by two or more reviewers: 7"),
        "{report}"
    );
    assert!(
        report.contains("Percent agreement:          71.4%"),
        "{report}"
    );
    assert!(
        report.contains("Cohen's kappa:              0.517"),
        "{report}"
    );
    assert!(
        report.contains("Krippendorff's alpha:       0.544"),
        "{report}"
    );
    assert!(report.contains("Conflicts: 2"), "{report}");
    assert!(report.contains("In response to the 181 drones"), "{report}");

    let merged = session::load(&out).unwrap();
    assert_eq!(merged.claims().len(), 8);
    for claim in merged.claims() {
        assert_eq!(claim.reviews.len(), 2);
        assert_eq!(claim.reviews[0].reviewer.as_deref(), Some("Ann Reviewer"));
        assert_eq!(claim.reviews[1].reviewer.as_deref(), Some("Bo Checker"));
    }
    let drones = &merged.claims()[7];
    assert_eq!(drones.reviews[0].verdict, Some(Verdict::Disputed));
    assert_eq!(drones.reviews[1].verdict, Some(Verdict::Verified));
    assert_eq!(drones.review.verdict, None, "conflicts stay open");
    assert_eq!(merged.claims()[0].review.verdict, Some(Verdict::Verified));
    assert_eq!(merged.tally().open(), 2);
}

#[test]
fn merge_without_output_prints_the_session_and_reports_on_stderr() {
    let output = claimcheck(&["merge", ANN, BO]);
    assert!(output.status.success());
    let merged = session::parse(&text(&output.stdout)).expect("stdout is a session");
    assert_eq!(merged.claims().len(), 8);
    assert!(text(&output.stderr).contains("Conflicts: 2"));
}

#[test]
fn merging_different_articles_fails_naming_both_files_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut other: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(BO).unwrap()).unwrap();
    other["documents"][0]["sha256"] = "0".repeat(64).into();
    let other_path = dir.path().join("other.review.json");
    fs::write(&other_path, other.to_string()).unwrap();
    let out = dir.path().join("merged.json");
    let output = claimcheck(&["merge", ANN, path(&other_path), "--output", path(&out)]);
    assert_eq!(output.status.code(), Some(1));
    let message = text(&output.stderr);
    assert!(message.contains("ann.review.json"), "{message}");
    assert!(message.contains("other.review.json"), "{message}");
    assert!(
        message.contains("not reviews of the same articles"),
        "{message}"
    );
    assert!(!out.exists());
}

#[test]
fn merge_needs_two_sessions_and_refuses_to_overwrite_an_input() {
    assert_eq!(claimcheck(&["merge", ANN]).status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let ann = dir.path().join("ann.review.json");
    fs::copy(ANN, &ann).unwrap();
    let before = fs::read(&ann).unwrap();
    let output = claimcheck(&["merge", path(&ann), BO, "--output", path(&ann)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(fs::read(&ann).unwrap(), before);
}

#[test]
fn merge_replaces_an_existing_session_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    // Someone's session where the merge is to go.
    let target = dir.path().join("bo3.review.json");
    fs::copy(BO, &target).unwrap();
    let before = fs::read(&target).unwrap();
    let output = claimcheck(&["merge", ANN, BO, "--output", path(&target)]);
    assert_eq!(output.status.code(), Some(1));
    let message = text(&output.stderr);
    assert_eq!(message.lines().count(), 1, "one clear message: {message}");
    assert!(
        message.contains(&format!(
            "--output {} is an existing claimcheck session; choose another file, or add --force",
            path(&target)
        )),
        "{message}"
    );
    assert!(
        output.stdout.is_empty(),
        "no report for a merge not written"
    );
    assert_eq!(
        fs::read(&target).unwrap(),
        before,
        "the session is untouched"
    );

    // Asked for explicitly, a previous result is replaced.
    let output = claimcheck(&["merge", ANN, BO, "--output", path(&target), "--force"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let merged = session::load(&target).unwrap();
    assert_eq!(merged.claims()[0].reviews.len(), 2);

    // --force never lets a merge replace one of its inputs, nor means anything without --output.
    let ann = dir.path().join("ann.review.json");
    fs::copy(ANN, &ann).unwrap();
    let ann_before = fs::read(&ann).unwrap();
    let output = claimcheck(&["merge", path(&ann), BO, "--output", path(&ann), "--force"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("is the input session"));
    assert_eq!(fs::read(&ann).unwrap(), ann_before);
    assert_eq!(
        claimcheck(&["merge", ANN, BO, "--force"]).status.code(),
        Some(2)
    );

    // Nor one open in a claimcheck, which would write its own copy back on quitting.
    let open = session::lock::Lock::acquire(&target).unwrap();
    let before = fs::read(&target).unwrap();
    let output = claimcheck(&["merge", ANN, BO, "--output", path(&target), "--force"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("open in another claimcheck"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(fs::read(&target).unwrap(), before);
    drop(open);
}

/// Ann's session with every review emptied but the first claim's, which `reviewer` gives
/// `verdict` ("verified", or null) and `note`.
fn one_review(dir: &Path, file: &str, reviewer: Option<&str>, verdict: &str, note: &str) -> String {
    let mut session: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(ANN).unwrap()).expect("the fixture is JSON");
    for (i, claim) in session["claims"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let first = i == 0;
        claim["verdict"] = if first {
            serde_json::from_str(verdict).unwrap()
        } else {
            serde_json::Value::Null
        };
        claim["note"] = if first { note.into() } else { "".into() };
        claim["evidence"] = serde_json::json!([]);
        claim["reviewer"] = match reviewer {
            Some(name) => name.into(),
            None => serde_json::Value::Null,
        };
        claim["reviewed_at"] = "2025-03-06T09:00:00Z".into();
    }
    session.as_object_mut().unwrap().remove("history");
    let out = dir.join(file);
    fs::write(&out, serde_json::to_string_pretty(&session).unwrap()).unwrap();
    path(&out).to_string()
}

#[test]
fn a_merged_csv_keeps_the_note_of_a_reviewer_who_gave_no_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let ana = one_review(
        dir.path(),
        "ana.review.json",
        Some("ana"),
        "null",
        "misleading framing",
    );
    let ben = one_review(
        dir.path(),
        "ben.review.json",
        Some("ben"),
        "\"verified\"",
        "White House readout confirms it.",
    );
    let merged = dir.path().join("merged.review.json");
    let output = claimcheck(&["merge", &ana, &ben, "--output", path(&merged)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let csv = claimcheck(&["export", path(&merged), "--format", "csv"]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let csv = text(&csv.stdout);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!(&first[column("verdict")], "verified");
    assert_eq!(
        &first[column("reviews")],
        "ana: open — misleading framing\nben: verified — White House readout confirms it."
    );
    assert!(csv.contains("misleading framing"), "ana's note survives");
    // The Markdown export says the same of each reviewer.
    let markdown = claimcheck(&["export", path(&merged), "--format", "markdown"]);
    let markdown = text(&markdown.stdout);
    assert!(
        markdown.contains("- ana: · open — misleading framing"),
        "{markdown}"
    );
}

#[test]
fn the_merge_report_lines_up_a_long_reviewer_name() {
    let dir = tempfile::tempdir().unwrap();
    // Both signed "unknown" (no --reviewer, no USER): the second is credited to "unknown (FILE)".
    let u1 = one_review(
        dir.path(),
        "u1.review.json",
        Some("unknown"),
        "\"verified\"",
        "",
    );
    let u2 = one_review(
        dir.path(),
        "u2.review.json",
        Some("unknown"),
        "\"disputed\"",
        "",
    );
    let merged = dir.path().join("merged.review.json");
    let output = claimcheck(&["merge", &u1, &u2, "--output", path(&merged)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    let listed: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.starts_with("Merged 2 sessions"))
        .skip(1)
        .take(2)
        .collect();
    let file_column = |line: &str, file: &str| {
        let at = line
            .rfind(file)
            .unwrap_or_else(|| panic!("{file} in {line:?}"));
        line[..at].chars().count()
    };
    assert!(listed[1].contains("unknown ("), "{report}");
    assert_eq!(
        file_column(listed[0], &u1),
        file_column(listed[1], &u2),
        "{report}"
    );
}

/// QA round 10, item R5: a merge to a full standard output prints no success report, and says the
/// merge was not written.
#[cfg(target_os = "linux")]
#[test]
fn a_merge_that_cannot_be_written_prints_no_report() {
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["merge", ANN, BO])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("Conflicts"), "{stderr}");
    assert!(!stderr.contains("Merged"), "{stderr}");
    assert!(
        stderr.contains("the merge was not written: cannot write to standard output"),
        "{stderr}"
    );
}

/// Ann's session with every claim open but Dmitry Peskov's quote, which `reviewer` verifies with
/// its speaker corrected to `speaker` (`None`: left as extracted).
fn peskov_review(dir: &Path, file: &str, reviewer: &str, speaker: Option<&str>) -> String {
    let mut session: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(ANN).unwrap()).expect("the fixture is JSON");
    for claim in session["claims"].as_array_mut().unwrap() {
        let peskov = claim["speaker"] == "Dmitry Peskov";
        claim["verdict"] = if peskov {
            "verified".into()
        } else {
            serde_json::Value::Null
        };
        claim["note"] = "".into();
        claim["evidence"] = serde_json::json!([]);
        claim["reviewer"] = reviewer.into();
        claim["reviewed_at"] = "2025-03-06T09:00:00Z".into();
        if let (true, Some(name)) = (peskov, speaker) {
            claim["corrected_speaker"] = name.into();
        }
    }
    session.as_object_mut().unwrap().remove("history");
    let out = dir.join(file);
    fs::write(&out, serde_json::to_string_pretty(&session).unwrap()).unwrap();
    path(&out).to_string()
}

/// QA round 11, item 3: a verdict under one speaker does not agree with one under another.
#[test]
fn reviewers_who_judged_a_quote_under_different_speakers_are_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let bo_cases = [
        (Some("Maria Zakharova"), "Maria Zakharova (corrected)"),
        (None, "Dmitry Peskov"),
    ];
    for (bo_speaker, bo_shown) in bo_cases {
        let ana = peskov_review(dir.path(), "ana.review.json", "ana", Some("the Kremlin"));
        let bo = peskov_review(dir.path(), "bo.review.json", "bo", bo_speaker);
        let merged = dir.path().join("merged.review.json");
        let output = claimcheck(&["merge", &ana, &bo, "--output", path(&merged), "--force"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let report = text(&output.stdout);
        assert!(report.contains("Conflicts: 1 "), "{report}");
        assert!(
            report.contains("ana                  ✓ verified · speaker: the Kremlin (corrected)"),
            "{report}"
        );
        assert!(
            report.contains(&format!("✓ verified · speaker: {bo_shown}")),
            "{report}"
        );

        let session = session::load(&merged).unwrap();
        let quote = session
            .claims()
            .iter()
            .find(|c| c.claim.speaker.as_deref() == Some("Dmitry Peskov"))
            .unwrap();
        assert_eq!(quote.review.verdict, None, "open until adjudicated");
        assert_eq!(quote.review.corrected_speaker, None, "no speaker chosen");
        assert!(claimcheck::export::merge::is_conflict(quote));

        let export =
            |format: &str| text(&claimcheck(&["export", path(&merged), "--format", format]).stdout);
        assert_eq!(
            export("claimreview").trim(),
            "[]",
            "nothing published as verified"
        );
        let markdown = export("markdown");
        assert!(!markdown.contains("## ✓ Verified"), "{markdown}");
        assert!(markdown.contains("Quote · speaker disputed"), "{markdown}");
        assert!(
            markdown.contains("ana ✓ verified (speaker: the Kremlin); bo ✓ verified (speaker: "),
            "{markdown}"
        );
        let stats = text(&claimcheck(&["stats", path(&merged)]).stdout);
        assert!(stats.contains("1 conflict"), "{stats}");
    }

    // The same correction on both sides is an agreement, published under the corrected speaker.
    let ana = peskov_review(dir.path(), "ana.review.json", "ana", Some("the Kremlin"));
    let bo = peskov_review(dir.path(), "bo.review.json", "bo", Some("the Kremlin"));
    let output = claimcheck(&["merge", &ana, &bo]);
    assert!(
        text(&output.stderr).contains("Conflicts: none"),
        "{}",
        text(&output.stderr)
    );
    let session = session::parse(&text(&output.stdout)).unwrap();
    let quote = session
        .claims()
        .iter()
        .find(|c| c.claim.speaker.as_deref() == Some("Dmitry Peskov"))
        .unwrap();
    assert_eq!(quote.review.verdict, Some(Verdict::Verified));
    assert_eq!(quote.speaker(), Some("the Kremlin"));
}

/// `one_review`'s session with `evidence` on its first claim.
fn with_evidence(file: &str, evidence: &[&str]) {
    let mut session: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
    session["claims"][0]["evidence"] = serde_json::json!(evidence);
    fs::write(file, serde_json::to_string_pretty(&session).unwrap()).unwrap();
}

/// QA round 11, item 4: the evidence of reviewers who disagree is in no final review.
#[test]
fn merged_csv_and_markdown_list_each_reviewers_evidence_with_their_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let ana = one_review(
        dir.path(),
        "ana.review.json",
        Some("ana"),
        "\"disputed\"",
        "Kiper said 78.\nSecond line: the hospital says 77.",
    );
    with_evidence(
        &ana,
        &["https://t.me/kiper/1", "Hospital statement, 5 March"],
    );
    let bo = one_review(
        dir.path(),
        "bo.review.json",
        Some("bo"),
        "\"verified\"",
        "Governor confirmed 77.",
    );
    with_evidence(&bo, &["https://t.me/odesa_ova/1234"]);
    let merged = dir.path().join("merged.review.json");
    let output = claimcheck(&["merge", &ana, &bo, "--output", path(&merged)]);
    assert!(output.status.success(), "{}", text(&output.stderr));

    let csv = text(&claimcheck(&["export", path(&merged), "--format", "csv"]).stdout);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!(&first[column("verdict")], "", "a conflict");
    assert_eq!(
        &first[column("reviews")],
        "ana: disputed — Kiper said 78. Second line: the hospital says 77.\n  \
         evidence: https://t.me/kiper/1\n  evidence: Hospital statement, 5 March\n\
         bo: verified — Governor confirmed 77.\n  evidence: https://t.me/odesa_ova/1234"
    );

    let markdown = text(&claimcheck(&["export", path(&merged), "--format", "markdown"]).stdout);
    assert!(
        markdown.contains(
            "- ana: ✗ disputed — Kiper said 78.\\\n  Second line: the hospital says 77.\n  \
             - <https://t.me/kiper/1>\n  - Hospital statement, 5 March\n\
             - bo: ✓ verified — Governor confirmed 77.\n  - <https://t.me/odesa_ova/1234>\n"
        ),
        "{markdown}"
    );
}
