//! The session file as DESIGN.md fixes it: keys in a fixed order, claims in document order, and a
//! file that diffs well under git.

use std::path::Path;

use claimcheck::claim::{Claim, Kind};
use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use claimcheck::session::{Change, Review, Session, Store, Verdict};

const SAMPLE: &str = include_str!("../data/odesa-drone-strike.txt");

fn sample_session() -> Session {
    let extraction = extract_documents(&[Source {
        path: "odesa-drone-strike.txt",
        text: SAMPLE,
    }]);
    Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims)
}

/// A session of `n` claims over one made-up document.
fn large_session(n: usize) -> Session {
    let mut extraction = extract_documents(&[Source {
        path: "big.txt",
        text: "Title.\n",
    }]);
    extraction.claims = (0..n)
        .map(|i| {
            let text = format!("Claim number {i} says {} drones were shot down.", i * 7);
            Claim {
                id: claimcheck::claim::claim_id(&text, 1),
                doc: 0,
                start: i * 60,
                end: i * 60 + text.len(),
                text,
                kind: Kind::Quantity,
                score: 0.5,
                quantities: Vec::new(),
                dates: Vec::new(),
                speaker: None,
            }
        })
        .collect();
    Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims)
}

/// Lines added plus lines removed between two texts.
fn changed_lines(before: &str, after: &str) -> usize {
    let diff = similar::TextDiff::from_lines(before, after);
    diff.iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .count()
}

/// Marks one claim through a store, as the review screen does, and returns (before, after) text.
fn one_verdict_change(dir: &Path, mut session: Session, at: usize) -> (String, String) {
    let path = dir.join(format!("{}.review.json", session.claims().len()));
    let (mut store, _) = Store::create(&path, &session).unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    let review = Review {
        verdict: Some(Verdict::Disputed),
        reviewer: Some("ana".into()),
        reviewed_at: Some("2025-03-05T10:00:00+01:00".into()),
        ..Review::default()
    };
    let edit = session.set_review(at, review).unwrap();
    store.record(&Change::Edit(edit)).unwrap();
    session.place.selected = Some(session.claims()[at].claim.id.clone());
    store.record(&Change::Place(session.place.clone())).unwrap();
    store.close(&session).unwrap();
    (before, std::fs::read_to_string(&path).unwrap())
}

#[test]
fn one_verdict_is_a_small_diff_whatever_the_session_size() {
    let dir = tempfile::tempdir().unwrap();
    let (before, after) = one_verdict_change(dir.path(), sample_session(), 3);
    let small = changed_lines(&before, &after);
    let (before, after) = one_verdict_change(dir.path(), large_session(5_000), 2_500);
    let large = changed_lines(&before, &after);
    // verdict, reviewer, reviewed_at, the selected claim, and the undo step (its two reviews).
    assert!(small <= 40, "{small} lines changed");
    assert_eq!(small, large, "the diff does not grow with the session");
}

#[test]
fn keys_come_in_a_fixed_order() {
    let mut session = sample_session();
    session.set_review(
        0,
        Review {
            verdict: Some(Verdict::Verified),
            ..Review::default()
        },
    );
    let json = claimcheck::session::to_json(&session);
    let top: Vec<&str> = json
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        top,
        [
            "format",
            "version",
            "extractor",
            "documents",
            "claims",
            "place",
            "history"
        ]
    );
    let first_claim: Vec<&str> = json
        .split("\"claims\": [")
        .nth(1)
        .unwrap()
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with("    }"))
        .filter(|l| l.starts_with("      \"") && !l.starts_with("       "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        first_claim,
        [
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
            "verdict",
            "note",
            "evidence",
            "reviewer",
            "reviewed_at"
        ]
    );
    assert_eq!(
        json,
        claimcheck::session::to_json(&session),
        "stable output"
    );
}

#[test]
fn claims_are_stored_in_document_order() {
    let texts = [
        "Alpha fired 1 drone.\nAlpha fired 2 drones.\n",
        "Beta fired 3 drones.\nBeta fired 4 drones.\n",
    ];
    let extraction = extract_documents(&[
        Source {
            path: "a.txt",
            text: texts[0],
        },
        Source {
            path: "b.txt",
            text: texts[1],
        },
    ]);
    let mut shuffled = extraction.claims.clone();
    shuffled.reverse();
    let session = Session::new(EXTRACTOR_VERSION, extraction.documents, shuffled);
    let order: Vec<(usize, usize)> = session
        .claims()
        .iter()
        .map(|c| (c.claim.doc, c.claim.start))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    let back = claimcheck::session::parse(&claimcheck::session::to_json(&session)).unwrap();
    assert_eq!(back, session);
}

#[test]
fn a_session_written_before_notes_were_signed_reads_and_writes_back_unchanged() {
    // The fixtures predate `annotated_by` / `annotated_at`: they load, and a session whose notes
    // nobody signed is written byte for byte as before (the keys appear only once used).
    for fixture in [
        "tests/fixtures/sessions/ann.review.json",
        "tests/fixtures/sessions/bo.review.json",
    ] {
        let bytes = std::fs::read_to_string(fixture).unwrap();
        let session = claimcheck::session::parse(&bytes).unwrap();
        assert!(!bytes.contains("annotated_"), "{fixture}");
        assert_eq!(claimcheck::session::to_json(&session), bytes, "{fixture}");
    }
}
