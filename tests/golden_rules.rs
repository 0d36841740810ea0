//! The sentence splitter on pySBD's English "Golden Rules" (tests/fixtures/golden_rules_en.json,
//! copied from ../shared/corpus/sbd/; pySBD `tests/lang/test_english.py`, MIT). pySBD passes 47
//! of the 48; we require all of them.

use claimcheck::extract::sentences::sentences;

#[derive(serde::Deserialize)]
struct Case {
    text: String,
    sentences: Vec<String>,
}

#[test]
fn all_48_golden_rules_pass() {
    let json = include_str!("fixtures/golden_rules_en.json");
    let cases: Vec<Case> = serde_json::from_str(json).expect("golden rules parse");
    assert_eq!(cases.len(), 48);
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<&str> = sentences(&case.text)
            .map(|s| &case.text[s.start..s.end])
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "text:     {}\nexpected: {:?}\ngot:      {:?}",
                case.text, case.sentences, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 48 golden rules pass; failures:\n{}",
        48 - failures.len(),
        failures.join("\n\n")
    );
}
