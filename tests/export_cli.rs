//! `claimcheck export` through the binary: every format, CSV injection, atomic `--output`, and
//! bad sessions.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::cli::{ANN, claimcheck};

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The fixture session with some cells changed, written into `dir`.
fn edited_fixture(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut session: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(ANN).unwrap()).unwrap();
    edit(&mut session);
    let path = dir.join("edited.review.json");
    fs::write(&path, serde_json::to_string_pretty(&session).unwrap()).unwrap();
    path
}

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn json_report_has_documents_summary_and_every_claim() {
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&claimcheck(&["export", ANN, "--format", "json"]))).unwrap();
    assert_eq!(report["format"], "claimcheck-report");
    assert_eq!(
        report["documents"][0]["path"],
        "data/odesa-drone-strike.txt"
    );
    let summary = &report["summary"];
    assert_eq!(summary["claims"], 8);
    assert_eq!(summary["reviewed"], 7);
    assert_eq!(summary["progress"], 0.875);
    assert_eq!(summary["verdicts"]["disputed"], 2);
    assert_eq!(summary["kinds"]["quote"]["claims"], 3);
    let claims = report["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 8);
    for claim in claims {
        for key in [
            "id",
            "text",
            "kind",
            "verdict",
            "note",
            "evidence",
            "reviewer",
            "reviewed_at",
        ] {
            assert!(claim.get(key).is_some(), "{key} missing in {claim}");
        }
    }
    let last = &claims[7];
    assert_eq!(last["verdict"], "disputed");
    assert_eq!(last["reviewer"], "Ann Reviewer");
    assert_eq!(last["evidence"][0], "https://air-force.example/report");
}

#[test]
fn csv_is_rfc4180_with_a_header_and_neutralised_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let session = edited_fixture(dir.path(), |s| {
        let claims = s["claims"].as_array_mut().unwrap();
        claims[0]["note"] = "+1 555 0100 (ministry hotline)".into();
        claims[1]["speaker"] = "@handle".into();
        claims[2]["note"] = "\tindented".into();
        claims[3]["note"] = "\rcarriage".into();
        claims[5]["reviewer"] = "-dash".into();
        claims[6]["note"] = "a=b is fine, =here too".into();
    });
    let text = stdout(&claimcheck(&[
        "export",
        session.to_str().unwrap(),
        "--format",
        "csv",
    ]));
    assert!(text.starts_with("id,doc,document,start,end,kind,score,speaker,claim,verdict,"));
    assert!(text.ends_with("\r\n"));
    let rows = csv_rows(&text);
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|r| r.len() == 19));
    assert_eq!(&rows[0][10], "'+1 555 0100 (ministry hotline)");
    assert_eq!(&rows[1][7], "'@handle");
    assert_eq!(&rows[2][10], "'\tindented");
    assert_eq!(&rows[3][10], "'\rcarriage");
    assert_eq!(
        &rows[4][10],
        "'=HYPERLINK(\"http://evil.example\",\"see source\")"
    );
    assert_eq!(&rows[4][11], "'-Kremlin transcript pending");
    assert_eq!(&rows[5][12], "'-dash");
    assert_eq!(&rows[6][10], "a=b is fine, =here too");
    // Quotes, commas and line breaks survive the round trip.
    assert_eq!(
        &rows[5][10],
        "Kiper's Telegram post; Sky News.\n*Two* sources | agree."
    );
    assert!(rows[2][8].starts_with("Trump went on to announce"));
    for row in &rows {
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unneutralised cell {cell:?}"
            );
        }
    }
}

#[test]
fn markdown_report_matches_the_golden_file() {
    let text = stdout(&claimcheck(&["export", ANN, "--format", "markdown"]));
    insta::assert_snapshot!("ann_markdown", text);
}

#[test]
fn csv_export_matches_the_golden_file() {
    let text = stdout(&claimcheck(&["export", ANN, "--format", "csv"]));
    insta::assert_snapshot!("ann_csv", text);
}

#[test]
fn claimreview_has_googles_fields_and_leaves_open_claims_out() {
    let output = claimcheck(&[
        "export",
        ANN,
        "--format",
        "claimreview",
        "--org",
        "Odesa Checks",
        "--url-base",
        "https://checks.example/odesa-strike",
    ]);
    assert!(stderr(&output).contains("1 open claim(s) left out"));
    let reviews: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(reviews.len(), 7);
    let names: Vec<&str> = reviews
        .iter()
        .map(|r| r["reviewRating"]["alternateName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "True",
            "True",
            "True",
            "Misleading",
            "Unproven",
            "True",
            "False"
        ]
    );
    for review in &reviews {
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert!(
            review["claimReviewed"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        let url = review["url"].as_str().unwrap();
        assert!(
            url.starts_with("https://checks.example/odesa-strike#c"),
            "{url}"
        );
        assert_eq!(review["author"]["@type"], "Organization");
        assert_eq!(review["author"]["name"], "Odesa Checks");
        assert_eq!(review["datePublished"], "2025-03-06");
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["datePublished"], "2025-03-05");
        assert_eq!(
            item["appearance"]["url"],
            "https://news.example/russia-weighs-in"
        );
    }
    assert_eq!(
        reviews[2]["itemReviewed"]["author"]["name"],
        "Dmitry Peskov"
    );
    assert_eq!(
        reviews[4]["itemReviewed"]["author"]["@type"],
        "Organization"
    );
    assert_eq!(reviews[6]["reviewRating"]["ratingValue"], 1);
    assert!(reviews[4]["reviewRating"].get("ratingValue").is_none());
}

#[test]
fn claimreview_without_publisher_details_warns_and_invents_nothing() {
    let output = claimcheck(&["export", ANN, "--format", "claimreview"]);
    let errors = stderr(&output);
    assert!(errors.contains("no --url-base"), "{errors}");
    let reviews: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    for review in &reviews {
        // Relative to the page that embeds the markup; the reviewer is the author.
        let url = review["url"].as_str().unwrap();
        assert!(url.starts_with("#c") && url.len() > 2, "{url}");
        assert_eq!(review["author"]["@type"], "Person", "{review}");
        assert_eq!(review["author"]["name"], "Ann Reviewer", "{review}");
    }

    let bad = claimcheck(&[
        "export",
        ANN,
        "--format",
        "claimreview",
        "--url-base",
        "x#y",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn output_replaces_an_existing_file_atomically_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    fs::write(&out, "an older report that must be replaced whole\n").unwrap();
    let output = claimcheck(&[
        "export",
        ANN,
        "--format",
        "markdown",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "nothing on stdout with --output");
    let written = fs::read_to_string(&out).unwrap();
    let to_stdout = stdout(&claimcheck(&["export", ANN, "--format", "markdown"]));
    assert_eq!(written, to_stdout);
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
}

#[test]
fn a_bad_session_fails_naming_it_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("broken.review.json");
    let broken = "{ \"format\": \"claimcheck-session\", \"version\": 1, \"claims\": [";
    fs::write(&session, broken).unwrap();
    let out = dir.path().join("existing.csv");
    fs::write(&out, "keep me\n").unwrap();
    for format in ["json", "csv", "markdown", "claimreview"] {
        let output = claimcheck(&[
            "export",
            session.to_str().unwrap(),
            "--format",
            format,
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(1), "{format}");
        let message = stderr(&output);
        assert!(message.contains("broken.review.json"), "{message}");
        assert_eq!(message.lines().count(), 1, "one clear message: {message}");
        assert_eq!(fs::read_to_string(&out).unwrap(), "keep me\n");
        assert_eq!(fs::read_to_string(&session).unwrap(), broken);
    }
    let missing = claimcheck(&["export", "no-such.review.json", "--format", "json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no-such.review.json"));
}

#[test]
fn output_onto_the_session_itself_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("ann.review.json");
    fs::copy(ANN, &session).unwrap();
    let before = fs::read(&session).unwrap();
    let output = claimcheck(&[
        "export",
        session.to_str().unwrap(),
        "--format",
        "json",
        "--output",
        session.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is the input session"));
    assert_eq!(fs::read(&session).unwrap(), before);
}

#[test]
fn output_never_replaces_another_reviewers_session_or_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Bo's session under the usual name; a merged session under another name; its journal and
    // lock; and a session cut short, unreadable but still someone's work.
    let bo = d.join("bo2.review.json");
    fs::copy(common::cli::BO, &bo).unwrap();
    let merged = d.join("merged.json");
    fs::copy(common::cli::BO, &merged).unwrap();
    let journal = d.join("merged.json.journal");
    fs::write(&journal, "{}\n").unwrap();
    let lock = d.join("merged.json.lock");
    fs::write(&lock, "{}").unwrap();
    let broken = d.join("broken.review.json");
    fs::write(
        &broken,
        "{ \"format\": \"claimcheck-session\", \"claims\": [",
    )
    .unwrap();
    let cases = [
        (
            &bo,
            "is a claimcheck session, which an export never replaces",
        ),
        (
            &merged,
            "is a claimcheck session, which an export never replaces",
        ),
        (
            &broken,
            "is a claimcheck session, which an export never replaces",
        ),
        (&journal, "is a claimcheck session's journal"),
        (&lock, "is a claimcheck session's lock file"),
    ];
    for (target, says) in cases {
        let before = fs::read(target).unwrap();
        for format in ["json", "csv", "markdown", "claimreview"] {
            let output = claimcheck(&[
                "export",
                ANN,
                "--format",
                format,
                "--output",
                target.to_str().unwrap(),
            ]);
            assert_eq!(output.status.code(), Some(1), "{format} over {target:?}");
            let message = stderr(&output);
            assert_eq!(message.lines().count(), 1, "one clear message: {message}");
            assert!(message.contains(target.to_str().unwrap()), "{message}");
            assert!(message.contains(says), "{message}");
            assert!(output.stdout.is_empty());
            assert_eq!(fs::read(target).unwrap(), before, "{target:?} untouched");
        }
    }
    let names = fs::read_dir(d).unwrap().count();
    assert_eq!(names, 5, "no export and no temporary file was written");
}

#[test]
fn an_unknown_format_is_a_user_error_and_other_bad_arguments_exit_with_two() {
    // DESIGN.md: 1 on a user error (bad file, bad JSON, unknown format), 2 on bad arguments.
    for format in ["pdf", "xml"] {
        let unknown = claimcheck(&["export", ANN, "--format", format]);
        assert_eq!(unknown.status.code(), Some(1), "--format {format}");
        let message = stderr(&unknown);
        assert!(
            message.contains(&format!("invalid value '{format}' for '--format <FORMAT>'")),
            "clap's own message: {message}"
        );
        assert!(message.contains("possible values"), "{message}");
    }
    assert_eq!(claimcheck(&["export", ANN]).status.code(), Some(2));
    assert_eq!(
        claimcheck(&["export", ANN, "--format", "csv", "--colour"])
            .status
            .code(),
        Some(2)
    );
    for asked in ["--help", "--version"] {
        let output = claimcheck(&[asked]);
        assert_eq!(output.status.code(), Some(0), "{asked}");
        assert!(!stdout(&output).is_empty(), "{asked} prints to stdout");
    }
    assert_eq!(claimcheck(&["export", "--help"]).status.code(), Some(0));
}

/// QA round 10, item R6: `--output t.sh/x.csv` where t.sh is a file says so.
#[test]
fn output_under_a_file_says_the_file_is_not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.sh");
    fs::write(&file, "echo hi\n").unwrap();
    let target = file.join("x.csv");
    let output = claimcheck(&[
        "export",
        ANN,
        "--format",
        "csv",
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains(&format!("{} is a file, not a folder", file.display())),
        "{said}"
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "echo hi\n");
}
