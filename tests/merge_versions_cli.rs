//! `claimcheck merge` of sessions made by different extraction rules: every input is matched
//! against this build's extraction first, as `review` matches a session it opens (QA round 21,
//! item N-1).

mod common;

use claimcheck::export::merge::is_conflict;
use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use claimcheck::session::{self, Review, Session, Verdict};
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
fn merging_different_extractor_versions_extracts_both_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut other: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(BO).unwrap()).unwrap();
    other["extractor"] = "2".into();
    let other_path = dir.path().join("bo2.review.json");
    fs::write(&other_path, other.to_string()).unwrap();
    let output = claimcheck(&["merge", ANN, path(&other_path)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let message = text(&output.stderr);
    for (file, rules) in [(ANN.to_string(), 1), (path(&other_path).to_string(), 2)] {
        assert!(
            message.contains(&format!(
                "claimcheck: warning: {file} was made by extraction rules {rules} (this \
                 claimcheck has {EXTRACTOR_VERSION}): its claims were extracted again"
            )),
            "{message}"
        );
    }
    assert!(
        !message.contains("different extractor versions"),
        "both are of this build's rules now: {message}"
    );
    let merged = session::parse(&text(&output.stdout)).unwrap();
    assert_eq!(merged.extractor, EXTRACTOR_VERSION);
}

/// A session of the sample article as this build extracts it, in `dir`, and the position of its
/// first quote with a speaker.
fn current(dir: &Path) -> (Session, usize) {
    let article = fs::read_to_string("data/odesa-drone-strike.txt").unwrap();
    fs::write(dir.join("odesa.txt"), &article).unwrap();
    let extraction = extract_documents(&[Source {
        path: "odesa.txt",
        text: &article,
    }]);
    let session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    let quote = session
        .claims()
        .iter()
        .position(|c| c.claim.speaker.is_some())
        .expect("the sample article quotes someone");
    (session, quote)
}

fn verified_by(name: &str) -> Review {
    Review {
        verdict: Some(Verdict::Verified),
        reviewer: Some(name.into()),
        reviewed_at: Some("2026-11-27T10:00:00Z".into()),
        ..Review::default()
    }
}

#[test]
fn a_verdict_given_under_an_older_extractions_speaker_is_not_merged_as_agreed_in_any_order() {
    // QA round 21, item N-1: dan verified a quote while his (older) session named another speaker
    // (there "Donald Trump" for Zelensky); merged after bo's session it was published as verified under the speaker of
    // today, and merged before it the result kept the old claims.
    let dir = tempfile::tempdir().unwrap();
    let (mut bo, quote) = current(dir.path());
    let id = bo.claims()[quote].claim.id.clone();
    let mut dan = bo.clone();
    bo.set_review(quote, verified_by("bo"));
    dan.set_review(quote, verified_by("dan"));
    let bo_path = dir.path().join("bo.review.json");
    session::save(&bo, &bo_path).unwrap();
    let mut old: serde_json::Value = serde_json::from_str(&session::to_json(&dan)).unwrap();
    old["extractor"] = "1".into();
    let claim = old["claims"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["id"] == id.as_str())
        .unwrap();
    assert_ne!(claim["speaker"], "JD Vance");
    claim["speaker"] = "JD Vance".into();
    let dan_path = dir.path().join("dan.review.json");
    fs::write(&dan_path, serde_json::to_string_pretty(&old).unwrap()).unwrap();

    let mut results = Vec::new();
    for (first, second, out) in [
        (&bo_path, &dan_path, "m1.json"),
        (&dan_path, &bo_path, "m2.json"),
    ] {
        let out = dir.path().join(out);
        let output = claimcheck(&["merge", path(first), path(second), "-o", path(&out)]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains("1 verdict given under another speaker, figures or dates flagged"),
            "{stderr}"
        );
        let merged = session::load(&out).unwrap();
        assert_eq!(merged.extractor, EXTRACTOR_VERSION);
        let claim = &merged.claims()[merged.position(&id).unwrap()];
        assert_eq!(claim.review.verdict, None, "not published as verified");
        assert!(is_conflict(claim), "judged under two speakers");
        let claimreview = claimcheck(&["export", path(&out), "--format", "claimreview"]);
        assert!(!text(&claimreview.stdout).contains(id.as_str()));
        let mut finals: Vec<(String, Review)> = merged
            .claims()
            .iter()
            .map(|c| (c.claim.id.clone(), c.review.clone()))
            .collect();
        finals.sort_by(|a, b| a.0.cmp(&b.0));
        results.push((finals, merged.orphans.len()));
    }
    assert_eq!(results[0], results[1], "the same in either order");
}
