//! Merged sessions written by earlier claimcheck versions, read by exports, `stats` and `review`.
//!
//! The fixtures in tests/fixtures/sessions/qa13/ are QA round 13's files cut down to two claims:
//! `merged-bc` merges bo and cy, who both verified claim #2 before an article edit changed its
//! speaker from Council to Finance Ministry (their reviews carry `recheck`); `merged-abc` adds ana,
//! who verified it under Finance Ministry. The merge of the time published #2 as agreed.

mod common;

use common::cli::claimcheck;

const FLAGGED: &str = "c00f7b71d2fb8";
const DIR: &str = "tests/fixtures/sessions/qa13";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json_claim(file: &str) -> (serde_json::Value, String) {
    let output = claimcheck(&["export", &format!("{DIR}/{file}"), "--format", "json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let claim = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == FLAGGED)
        .unwrap()
        .clone();
    (claim, text(&output.stderr))
}

/// QA round 13 flow, item A.
#[test]
fn a_verdict_merged_as_agreed_while_a_reviewer_had_to_confirm_it_is_not_published() {
    // bo and cy both judged it under Council: agreed, but to confirm.
    let (claim, warnings) = json_claim("merged-bc.review.json");
    assert_eq!(claim["recheck"][0]["was"], "Council", "{claim}");
    assert!(
        warnings.contains(
            "merged 1 verdict as agreed although a reviewer's verdict waits to be confirmed"
        ) && warnings.contains("#2 to confirm (!)"),
        "{warnings}"
    );
    // ana judged it under Finance Ministry: a conflict, open until adjudicated.
    let (claim, warnings) = json_claim("merged-abc.review.json");
    assert!(claim["verdict"].is_null(), "{claim}");
    assert!(
        warnings.contains("#2 a conflict (different speakers)"),
        "{warnings}"
    );

    for file in ["merged-bc.review.json", "merged-abc.review.json"] {
        let path = format!("{DIR}/{file}");
        let output = claimcheck(&["export", &path, "--format", "claimreview"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let published = text(&output.stdout);
        assert!(!published.contains(FLAGGED), "{file}: {published}");
        assert!(
            published.contains("c91989a163d6f"),
            "the agreed claim still is"
        );

        let output = claimcheck(&["stats", &path]);
        let table = text(&output.stdout);
        assert!(table.contains("1 of 2 claims reviewed"), "{file}: {table}");
        assert_eq!(
            text(&output.stderr)
                .matches("merged 1 verdict as agreed")
                .count(),
            1,
            "one line"
        );
    }
}
