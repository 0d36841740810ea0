//! `claimcheck extract` as a user runs it: formats, stdin, several files, and bad input.

mod common;

use std::process::{Command, Output};

use common::cli::{claimcheck, claimcheck_with_stdin};
use serde_json::Value;

const SAMPLE: &str = "data/odesa-drone-strike.txt";

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn json(args: &[&str]) -> Value {
    let output = claimcheck(args);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// A temporary folder with a file of these bytes in it.
fn file_with(bytes: &[u8], name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let path = path.to_str().unwrap().to_string();
    (dir, path)
}

#[test]
fn json_has_documents_and_claims_as_design_md_fixes_them() {
    let value = json(&["extract", SAMPLE, "--format", "json"]);
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let doc = &value["documents"][0];
    assert_eq!(doc["path"], SAMPLE);
    assert_eq!(
        doc["sha256"],
        claimcheck::claim::sha256_hex(text.as_bytes())
    );
    assert_eq!(doc["title"], "odesa-drone-strike");
    let claims = value["claims"].as_array().unwrap();
    assert!(claims.len() >= 15, "{} claims", claims.len());
    for claim in claims {
        for key in [
            "id",
            "doc",
            "text",
            "start",
            "end",
            "kind",
            "score",
            "quantities",
            "dates",
            "speaker",
        ] {
            assert!(claim.get(key).is_some(), "claim without {key}: {claim}");
        }
        let (start, end) = (
            claim["start"].as_u64().unwrap() as usize,
            claim["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(claim["text"], &text[start..end]);
        let score = claim["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    assert!(value.get("rejected").is_none(), "only with --all");
    let trump = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("senseless war"))
        .unwrap();
    assert_eq!(trump["speaker"], "Donald Trump");
    assert_eq!(trump["kind"], "quote");
}

#[test]
fn all_adds_the_rejected_sentences_with_their_scores() {
    let claims_only = json(&["extract", SAMPLE, "--format", "json"]);
    let all = json(&["extract", SAMPLE, "--format", "json", "--all"]);
    assert_eq!(all["claims"], claims_only["claims"]);
    let rejected = all["rejected"].as_array().unwrap();
    let total = rejected.len() + all["claims"].as_array().unwrap().len();
    assert_eq!(total, 26, "every sentence of the sample, once");
    let min = claimcheck::extract::score::DEFAULT_MIN_SCORE;
    for r in rejected {
        assert!(r["score"].as_f64().unwrap() < min, "{r}");
        assert!(r["text"].is_string() && r["start"].is_u64() && r["kind"].is_string());
    }
    let question = rejected
        .iter()
        .any(|r| r["text"] == "What are your thoughts on the situation?");
    assert!(question, "the reader prompt is rejected");
}

#[test]
fn min_score_moves_the_line() {
    let everything = json(&["extract", SAMPLE, "--format", "json", "--min-score", "0"]);
    assert_eq!(everything["claims"].as_array().unwrap().len(), 26);
    let nothing = claimcheck(&["extract", SAMPLE, "--min-score", "1"]);
    assert!(nothing.status.success());
    let bad = claimcheck(&["extract", SAMPLE, "--min-score", "1.5"]);
    assert_eq!(
        bad.status.code(),
        Some(2),
        "a bad argument is clap's exit 2"
    );
    assert!(stderr(&bad).contains("not a score between 0 and 1"));
}

#[test]
fn a_format_with_no_value_is_a_bad_argument_in_every_command() {
    // Parsing fails before any file is read, so the session need not exist.
    let commands: [&[&str]; 3] = [
        &["extract", SAMPLE],
        &["export", "none.review.json"],
        &["stats", "none.review.json"],
    ];
    for command in commands {
        for missing in [&["--format"][..], &["--format="][..]] {
            let args = [command, missing].concat();
            let output = claimcheck(&args);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{args:?}: {}",
                stderr(&output)
            );
            assert!(
                stderr(&output).contains("a value is required for '--format <FORMAT>'"),
                "clap's own message for {args:?}: {}",
                stderr(&output)
            );
            assert!(output.stdout.is_empty());
        }
    }
}

#[test]
fn an_unknown_format_exits_with_one_as_design_says() {
    let xml = claimcheck(&["extract", SAMPLE, "--format", "xml"]);
    assert_eq!(
        xml.status.code(),
        Some(1),
        "an unknown format is a user error"
    );
    assert!(
        stderr(&xml).contains("invalid value 'xml' for '--format <FORMAT>'"),
        "{}",
        stderr(&xml)
    );
    assert!(xml.stdout.is_empty());
}

#[test]
fn jsonl_is_one_claim_per_line() {
    let lines = stdout(&claimcheck(&["extract", SAMPLE, "--format", "jsonl"]));
    let value = json(&["extract", SAMPLE, "--format", "json"]);
    let parsed: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(&parsed, value["claims"].as_array().unwrap());
    let with_all = stdout(&claimcheck(&[
        "extract", SAMPLE, "--format", "jsonl", "--all",
    ]));
    let starts: Vec<u64> = with_all
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["start"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(starts.len(), 26);
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "document order");
}

#[test]
fn stdin_and_several_files() {
    let text = std::fs::read(SAMPLE).unwrap();
    let output = claimcheck_with_stdin(&["extract", "-", "--format", "json"], Some(&text));
    assert!(output.status.success(), "{}", stderr(&output));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["documents"][0]["path"], "-");
    assert_eq!(value["documents"][0]["title"], "stdin");

    let news = "tests/fixtures/news/christchurch-quake.txt";
    let both = json(&["extract", SAMPLE, news, "--format", "json"]);
    assert_eq!(both["documents"].as_array().unwrap().len(), 2);
    assert_eq!(
        both["documents"][1]["title"],
        "New Zealand quake toll rises"
    );
    let docs: Vec<u64> = both["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["doc"].as_u64().unwrap())
        .collect();
    assert!(docs.contains(&0) && docs.contains(&1));
    assert!(docs.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn the_table_fits_80_columns_and_shows_speakers() {
    let output = claimcheck(&["extract", SAMPLE]);
    assert!(output.status.success());
    let table = stdout(&output);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "odesa-drone-strike (data/odesa-drone-strike.txt)");
    let count = lines.last().unwrap().trim();
    assert!(
        count.ends_with(" claims"),
        "the count closes the table: {count:?}"
    );
    assert!(table.contains("KIND") && table.contains("SPEAKER") && table.contains("FIGURES"));
    assert!(table.contains("Donald Trump") && table.contains("Dmitry Peskov"));
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    let narrow = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["extract", SAMPLE])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    for line in String::from_utf8(narrow.stdout).unwrap().lines() {
        assert!(line.chars().count() <= 60, "too wide at 60: {line:?}");
    }
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let (_dir, path) = file_with(
        b"Officials said 40 people died.\x1b[2J\x1b]0;pwned\x07 Rescuers found 12 more.\n",
        "evil.txt",
    );
    let output = claimcheck(&["extract", &path, "--min-score", "0"]);
    assert!(output.status.success());
    assert!(!output.stdout.contains(&0x1b) && !output.stdout.contains(&0x07));
}

#[test]
fn a_missing_file_is_one_clear_error() {
    let output = claimcheck(&["extract", "no-such-article.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "claimcheck: no-such-article.txt: no such file\n"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_folder_is_refused() {
    let output = claimcheck(&["extract", "data"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("claimcheck: data: is a folder"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn invalid_utf8_says_where() {
    let (_dir, path) = file_with(b"Headline\nThe caf\xe9 was hit.\n", "latin1.txt");
    let output = claimcheck(&["extract", &path]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains(&format!("{path}: not UTF-8")), "{message}");
    assert!(
        message.contains("byte offset 16 (line 2, column 8)"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1);
}

#[test]
fn a_binary_file_is_refused() {
    let (_dir, path) = file_with(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.txt");
    let output = claimcheck(&["extract", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("looks like a binary file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_bad_file_among_good_ones_stops_before_any_output() {
    let output = claimcheck(&["extract", SAMPLE, "missing.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(stderr(&output).contains("missing.txt"));
}

#[test]
fn empty_and_claim_free_articles_say_so_and_succeed() {
    let (_dir, empty) = file_with(b"", "empty.txt");
    let output = claimcheck(&["extract", &empty]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        format!("claimcheck: no claims found in {empty}\n")
    );

    let (_dir2, chatter) = file_with(b"What do you think? Tell us below!\n", "chatter.txt");
    let output = claimcheck(&["extract", &chatter, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr(&output).contains("no claims found"));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["claims"].as_array().unwrap().len(), 0);

    let output = claimcheck_with_stdin(&["extract", "-"], Some(b""));
    assert_eq!(stderr(&output), "claimcheck: no claims found in stdin\n");
}

#[test]
fn table_numbers_restart_with_each_article() {
    let news = "tests/fixtures/news/voronezh-drones-17.txt";
    let out = stdout(&claimcheck(&["extract", SAMPLE, news]));
    let numbers: Vec<Vec<usize>> = out
        .split("\n\n")
        .map(|article| {
            // A row: number, kind, score, …
            let kinds = ["quantity", "quote", "date", "attribution", "statement"];
            article
                .lines()
                .filter_map(|l| {
                    let mut columns = l.split_whitespace();
                    let number = columns.next()?.parse().ok()?;
                    kinds.contains(&columns.next()?).then_some(number)
                })
                .collect()
        })
        .collect();
    assert_eq!(numbers.len(), 2, "{out}");
    for article in &numbers {
        assert_eq!(*article, (1..=article.len()).collect::<Vec<_>>(), "{out}");
    }
}

#[test]
fn curly_apostrophes_and_dashes_beside_words_never_crash() {
    // Once a panic: a plural possessive before a hyphen sliced inside the curly apostrophe.
    for text in [
        "The planes’- 2 left.",
        "The planes’— 2 left.",
        "The planes’-",
        "“The planes’-” 2 left.",
        "planes’s’’- — ’",
    ] {
        let output = claimcheck_with_stdin(&["extract", "-"], Some(text.as_bytes()));
        assert!(output.status.success(), "{text}: {}", stderr(&output));
    }
}

#[test]
fn indefinite_figures_show_as_written_in_the_table_and_as_numbers_in_json() {
    let text = b"Millions of people fled the city, officials said. Dozens were hurt in the blast.";
    let table = stdout(&claimcheck_with_stdin(&["extract", "-"], Some(text)));
    assert!(table.contains("Millions of people"), "{table}");
    assert!(table.contains("Dozens"), "{table}");
    assert!(
        !table.contains("1000000") && !table.contains(" 12 "),
        "{table}"
    );
    let lines = stdout(&claimcheck_with_stdin(
        &["extract", "-", "--format", "jsonl"],
        Some(text),
    ));
    let first: Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["quantities"][0]["value"], 1_000_000);
    assert_eq!(first["quantities"][0]["qualifier"], "indefinite");
}

/// The claims of `text` read from stdin as JSON lines, with `--all`.
fn claims_of(text: &str) -> Vec<Value> {
    let output = claimcheck_with_stdin(
        &["extract", "-", "--format", "jsonl", "--all"],
        Some(text.as_bytes()),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn that_one_after_a_reporting_verb_or_before_a_person_is_a_figure() {
    for (text, unit) in [
        ("Police said that one child died in the fire.", "child"),
        ("The governor confirmed that one woman died.", "woman"),
        (
            "Three drones were shot down, the mayor said, adding that one person was injured.",
            "person",
        ),
    ] {
        let claims = claims_of(text);
        let claim = &claims[0];
        assert_eq!(claim["kind"], "quantity", "{text}");
        let one = claim["quantities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["value"] == 1)
            .unwrap_or_else(|| panic!("{text}: {claim}"));
        assert_eq!(one["unit"], unit, "{text}");
    }
    let claims = claims_of("He said that one was worse than the last.");
    assert_eq!(claims[0]["quantities"], serde_json::json!([]));
}

#[test]
fn signs_belong_to_their_figures_and_hyphens_in_ranges_do_not() {
    let text = "GDP growth was -1.2 percent in 2024, the ministry said. \
                Prices fell to \u{2212}15C overnight, the agency said. \
                Exports rose +2.5% in March, the office said. \
                Temperatures fell to minus 15 degrees, forecasters said. \
                About 10-15 people were hurt in a 3-1 win for the club in the 2024-25 season, police said.";
    let claims = claims_of(text);
    let figures: Vec<(f64, String)> = claims
        .iter()
        .flat_map(|c| c["quantities"].as_array().unwrap().clone())
        .map(|q| {
            let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
            assert_eq!(q["text"], text[start as usize..end as usize], "{q}");
            (
                q["value"].as_f64().unwrap(),
                q["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for expected in [
        (-1.2, "-1.2 percent"),
        (-15.0, "\u{2212}15C"),
        (2.5, "+2.5%"),
        (-15.0, "minus 15 degrees"),
        (10.0, "10-15 people"),
    ] {
        assert!(
            figures.contains(&(expected.0, expected.1.to_string())),
            "{expected:?} not in {figures:?}"
        );
    }
    assert!(
        figures.iter().filter(|f| f.0 < 0.0).count() == 3,
        "only three negatives: {figures:?}"
    );
}

#[test]
fn a_headline_toll_counts_people() {
    let text = "Drone strike kills four\n\nThe governor said four people were killed.";
    let claims = claims_of(text);
    let headline = &claims[0]["quantities"][0];
    assert_eq!(headline["text"], "four");
    assert_eq!(headline["unit"], "people");
    assert_eq!(headline["unit_carried"], true);
}

#[test]
fn an_acronym_in_capitals_speaks_and_resolves_to_its_full_name() {
    // "WHO" is not the pronoun "who": the organisation speaks.
    for text in [
        "Malaria kills 600,000 a year, the WHO said.",
        "“Five people died,” the WHO said.",
        "According to the WHO, 5 people died.",
    ] {
        assert_eq!(claims_of(text)[0]["speaker"], "WHO", "{text}");
    }
    // Named in full earlier, the acronym is that organisation.
    let claims = claims_of(
        "The World Health Organization issued a warning on Monday. \
         Malaria kills 600,000 a year, the WHO said.",
    );
    assert_eq!(claims[1]["speaker"], "World Health Organization");
}
