//! `claimcheck extract --checks` as a user runs it, and the figure checks through the library
//! API on the bundled articles.

mod common;

use std::process::Output;

use claimcheck::checks::{Outcome, Relation, check};
use claimcheck::extract::{Source, extract_documents};
use common::cli::claimcheck;
use serde_json::Value;

const SAMPLE: &str = "data/odesa-drone-strike.txt";

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn table_lists_the_findings_after_the_claims() {
    let out = stdout(&claimcheck(&["extract", "--checks", SAMPLE]));
    let (table, checks) = out.split_once("Figure checks").expect("a checks section");
    assert!(table.contains("181 drones"), "{table}");
    assert!(checks.starts_with(" (1): 1 → derived"), "{checks}");
    assert!(
        checks.contains("→ interception (derived) — claim #"),
        "{checks}"
    );
    assert!(checks.contains("181 − 115 = 66 drones not shot down; 115 of 181 = 63.5 % shot down"));
    assert!(checks.contains("evidence: “fired” … “shot down”"));
}

#[test]
fn without_the_flag_there_are_no_checks() {
    let out = stdout(&claimcheck(&["extract", SAMPLE]));
    assert!(!out.contains("Figure checks"));
    let out = stdout(&claimcheck(&["extract", "--format", "json", SAMPLE]));
    let json: Value = serde_json::from_str(&out).unwrap();
    assert!(json.get("checks").is_none());
}

#[test]
fn json_has_a_checks_list_beside_the_claims() {
    let out = stdout(&claimcheck(&[
        "extract", "--checks", "--format", "json", SAMPLE,
    ]));
    let json: Value = serde_json::from_str(&out).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["checks", "claims", "documents"]);
    let at = |key: &str| out.find(&format!("\n  \"{key}\": ")).expect(key);
    assert!(
        at("documents") < at("claims") && at("claims") < at("checks"),
        "checks come last"
    );
    let check = &json["checks"][0];
    assert_eq!(check["relation"], "interception");
    assert_eq!(check["result"], "derived");
    let claim_id = check["claims"][0].as_str().unwrap();
    let claim = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == claim_id)
        .expect("the finding names a claim of the list");
    assert!(claim["text"].as_str().unwrap().contains("shot down 115"));
    assert_eq!(check["figures"][0]["value"], 181);
    assert_eq!(check["figures"][1]["unit"], "drones");
    let with_all = stdout(&claimcheck(&[
        "extract", "--checks", "--all", "--format", "json", SAMPLE,
    ]));
    let json: Value = serde_json::from_str(&with_all).unwrap();
    assert!(json.get("rejected").is_some() && json["checks"].as_array().unwrap().len() == 1);
}

#[test]
fn jsonl_marks_finding_lines() {
    let out = stdout(&claimcheck(&[
        "extract", "--checks", "--format", "jsonl", SAMPLE,
    ]));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let checks: Vec<&Value> = lines.iter().filter(|l| l["check"] == true).collect();
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0]["relation"], "interception");
    assert!(
        lines.last().unwrap()["check"] == true,
        "findings come after the claims"
    );
}

#[test]
fn an_article_without_related_figures_says_so() {
    let out = stdout(&claimcheck(&[
        "extract",
        "--checks",
        "tests/fixtures/news/hungary-base-rate.txt",
    ]));
    assert!(out.contains("2.9 percent before the rise"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.txt");
    std::fs::write(
        &path,
        "The minister visited Kyiv on Monday. She met 12 mayors there.\n",
    )
    .unwrap();
    let out = stdout(&claimcheck(&[
        "extract",
        "--checks",
        path.to_str().unwrap(),
    ]));
    assert!(out.contains("Figure checks: none"), "{out}");
}

/// Every finding on the corpus: which relation, which result. Written by reading the articles;
/// no inconsistency is reported on them, because none is in them.
/// Each article (a path in the repository) gives exactly these findings, in order.
fn assert_findings(expected: &[(&str, &[(Relation, Outcome)])]) {
    let root = env!("CARGO_MANIFEST_DIR");
    for (path, want) in expected {
        let text = std::fs::read_to_string(format!("{root}/{path}")).unwrap();
        let extraction = extract_documents(&[Source { path, text: &text }]);
        let got: Vec<(Relation, Outcome)> = check(&extraction.claims)
            .iter()
            .map(|f| (f.relation, f.result))
            .collect();
        assert_eq!(&got, want, "{path}");
    }
}

#[test]
fn corpus_findings() {
    let expected: &[(&str, &[(Relation, Outcome)])] = &[
        (
            "data/odesa-drone-strike.txt",
            &[(Relation::Interception, Outcome::Derived)],
        ),
        (
            "tests/fixtures/news/botswana-rate-hike.txt",
            &[
                (Relation::Equivalent, Outcome::Consistent),
                (Relation::Change, Outcome::Derived),
                (Relation::Change, Outcome::Consistent),
            ],
        ),
        (
            "tests/fixtures/news/christchurch-quake.txt",
            &[(Relation::PartOfWhole, Outcome::Derived)],
        ),
        (
            "tests/fixtures/news/hungary-base-rate.txt",
            // The headline's "3.40%" is the body's "3.40 percent" base rate.
            &[
                (Relation::SameQuantity, Outcome::Consistent),
                (Relation::Change, Outcome::Derived),
            ],
        ),
        (
            "tests/fixtures/news/mexico-quake.txt",
            &[(Relation::SameQuantity, Outcome::Approximate)],
        ),
        (
            "tests/fixtures/news/samara-drone-attack.txt",
            &[(Relation::SameQuantity, Outcome::Consistent)],
        ),
        (
            "tests/fixtures/news/voronezh-drones-17.txt",
            &[
                (Relation::PartsTotal, Outcome::Consistent),
                (Relation::SameQuantity, Outcome::Consistent),
            ],
        ),
        (
            "tests/fixtures/news/yunnan-quake.txt",
            &[(Relation::Equivalent, Outcome::Approximate)],
        ),
    ];
    assert_findings(expected);
}

/// Every finding on the QA tester's articles (`tests/fixtures/qa/`): the inconsistencies they
/// hold are found (9 + 3 + 4 > 14 dead, 9 + 5 ≠ 16, 50 + 40 ≠ 95), and figures of other events
/// (the Odesa strike, the month's total) are not compared with the Kharkiv strike's.
#[test]
fn qa_articles_findings() {
    let expected: &[(&str, &[(Relation, Outcome)])] = &[
        (
            "tests/fixtures/qa/kharkiv-paste.txt",
            &[
                (Relation::PartsTotal, Outcome::Consistent),
                (Relation::PartsTotal, Outcome::Inconsistent),
                (Relation::RunningTotal, Outcome::Inconsistent),
                (Relation::SameQuantity, Outcome::Consistent),
                (Relation::Interception, Outcome::Derived),
            ],
        ),
        (
            // The headline ("death toll climbs to 95") is a claim, and agrees with the body.
            // "Of the 95 dead, 92 were in …, two in … and one in …" adds up; "at least 95 …,
            // up from 62 on Wednesday" is an update (QA round 9).
            "tests/fixtures/qa/flood.txt",
            &[
                (Relation::PartsTotal, Outcome::Consistent),
                (Relation::SameQuantity, Outcome::Consistent),
                (Relation::Update, Outcome::Derived),
                // "at least 95 people had died in the floods, up from 62 on Wednesday".
                (Relation::Change, Outcome::Derived),
                (Relation::PartOfWhole, Outcome::Inconsistent),
            ],
        ),
        (
            "tests/fixtures/qa/furniture.txt",
            &[(Relation::SameQuantity, Outcome::Consistent)],
        ),
    ];
    assert_findings(expected);
}

#[test]
fn the_table_never_lists_equal_values_as_different() {
    let out = stdout(&claimcheck(&[
        "extract",
        "--checks",
        "tests/fixtures/qa/kharkiv-paste.txt",
    ]));
    let (_, checks) = out.split_once("Figure checks").expect("a checks section");
    assert!(checks.contains("14 = 14 (people killed)"), "{checks}");
    assert!(!checks.contains("14 ≠ 14"), "{checks}");
    assert!(
        checks.contains("9 + 3 + 4 = 16 > 14 (the parts exceed the total)"),
        "{checks}"
    );
}

#[test]
fn findings_of_several_articles_follow_their_titles_with_their_own_numbers() {
    let news = "tests/fixtures/news/voronezh-drones-17.txt";
    let out = stdout(&claimcheck(&["extract", "--checks", news, SAMPLE]));
    let (table, checks) = out.split_once("Figure checks").expect("a checks section");
    let odesa = checks
        .find("(data/odesa-drone-strike.txt)")
        .expect("the sample's findings under its title");
    let interception = checks.find("→ interception").unwrap();
    assert!(odesa < interception, "{checks}");
    // The number names the sample's own row: the claim with 181 drones.
    let number = checks[interception..]
        .split('#')
        .nth(1)
        .and_then(|n| n.split(|c: char| !c.is_ascii_digit()).next())
        .unwrap();
    let sample_table = &table[table.find("odesa-drone-strike").unwrap()..];
    let row = sample_table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(number))
        .unwrap();
    assert!(row.contains("181 drones"), "{row}");
}
