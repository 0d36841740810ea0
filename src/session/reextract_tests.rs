//! Tests of extracting a session's articles again ([`super::refresh`]).

use super::*;
use crate::session::{Review, Verdict};

const ARTICLE: &str =
    "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n";

fn made_from(dir: &Path, text: &str) -> Session {
    std::fs::write(dir.join("a.txt"), text).unwrap();
    let extraction = extract_documents(&[Source {
        path: "a.txt",
        text,
    }]);
    Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims)
}

fn verdict(v: Verdict) -> Review {
    Review {
        verdict: Some(v),
        note: "checked".into(),
        ..Review::default()
    }
}

#[test]
fn an_unchanged_article_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = made_from(dir.path(), ARTICLE);
    let before = session.clone();
    assert!(refresh(&mut session, dir.path()).unwrap().is_empty());
    assert_eq!(session, before);
}

#[test]
fn a_claim_not_in_its_unchanged_article_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let session = made_from(dir.path(), ARTICLE);
    let mut claims = session.claims().to_vec();
    claims[1].claim.start += 1000;
    claims[1].claim.end += 1000;
    let id = claims[1].claim.id.clone();
    let mut moved = Session::from_reviewed(EXTRACTOR_VERSION, session.documents, claims);
    let err = refresh(&mut moved, dir.path()).unwrap_err();
    assert!(
        err.starts_with(&format!("claim {id} is not at bytes 1025..")),
        "{err}"
    );
    assert!(err.contains("of a.txt, which is unchanged"), "{err}");
}

#[test]
fn reviews_follow_their_claims_and_vanished_ones_become_orphans() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = made_from(dir.path(), ARTICLE);
    session.set_review(0, verdict(Verdict::Verified));
    session.set_review(1, verdict(Verdict::Disputed));
    let gone = session.claims()[1].claim.id.clone();
    session.place.selected = Some(gone.clone());
    std::fs::write(
        dir.path().join("a.txt"),
        "Officials counted 40 injured.\nRussia fired 181 drones.\nUkraine shot down 116 drones.\n3 people were injured.\n",
    )
    .unwrap();

    let notices = refresh(&mut session, dir.path()).unwrap();
    let [Notice::Reextracted(report)] = notices.as_slice() else {
        panic!("{notices:?}");
    };
    assert_eq!(report.changed, ["a.txt"]);
    assert_eq!((report.carried, report.added, report.removed), (1, 2, 0));
    assert_eq!(report.orphaned, std::slice::from_ref(&gone));
    let kept = session
        .position(&claim_id_of("Russia fired 181 drones."))
        .unwrap();
    assert_eq!(
        session.claims()[kept].review.verdict,
        Some(Verdict::Verified)
    );
    assert_eq!(session.orphans.len(), 1);
    assert_eq!(session.orphans[0].review.verdict, Some(Verdict::Disputed));
    assert_eq!(session.tally().verified, 1);
    assert_eq!(session.tally().total, 4);
    assert!(session.place.selected.as_ref().is_some_and(|s| *s != gone));
    assert!(
        session.history().undo.iter().all(|e| e.claim != gone),
        "no undo step for a claim that is gone"
    );
    assert_eq!(
        session.documents[0].sha256,
        sha256_hex(std::fs::read(dir.path().join("a.txt")).unwrap().as_slice())
    );

    // The article goes back: the orphaned review returns to its claim.
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let notices = refresh(&mut session, dir.path()).unwrap();
    let [Notice::Reextracted(report)] = notices.as_slice() else {
        panic!("{notices:?}");
    };
    assert_eq!(report.restored, 1);
    assert!(session.orphans.is_empty());
    assert_eq!(session.tally().disputed, 1);
}

#[test]
fn in_a_merged_session_only_judged_claims_count_as_reviews_carried_or_orphaned() {
    // QA round 12 flow, item 5: every claim of a merged session has a `reviews` entry per
    // reviewer, judged or not; "313 reviews carried over" counted the claims.
    let dir = tempfile::tempdir().unwrap();
    let session = made_from(dir.path(), ARTICLE);
    let mut claims = session.claims().to_vec();
    for claim in &mut claims {
        claim.reviews = ["ana", "bo"]
            .map(|name| Review {
                reviewer: Some(name.into()),
                ..Review::default()
            })
            .to_vec();
    }
    claims[0].reviews[0].verdict = Some(Verdict::Verified);
    claims[0].review = verdict(Verdict::Verified);
    let mut session = Session::from_reviewed(EXTRACTOR_VERSION, session.documents, claims);
    std::fs::write(
        dir.path().join("a.txt"),
        "Russia fired 181 drones.\nUkraine shot down 116 drones.\n4 people were injured.\n",
    )
    .unwrap();
    let notices = refresh(&mut session, dir.path()).unwrap();
    let [Notice::Reextracted(report)] = notices.as_slice() else {
        panic!("{notices:?}");
    };
    assert_eq!((report.carried, report.removed), (1, 2));
    assert!(
        report.orphaned.is_empty(),
        "nobody judged the claims that went"
    );
    assert!(session.orphans.is_empty());
}

#[test]
fn a_merged_claims_reviewers_are_flagged_with_it_and_cleared_with_it() {
    // QA round 13 flow, item B: the article edited back cleared the merged claim's flag but
    // left each reviewer's "to confirm", naming a speaker the article no longer has.
    const BEFORE: &str = "Mayor Tom Lopez said 12 homes were damaged.\n\
                          He added, “We will rebuild every one of the 12 homes.”\n";
    const EDITED: &str = "Mayor Tom Lopez said 12 homes were damaged.\n\
                          Governor Jim Poe said the site was closed.\n\
                          He added, “We will rebuild every one of the 12 homes.”\n";
    let dir = tempfile::tempdir().unwrap();
    let session = made_from(dir.path(), BEFORE);
    let mut claims = session.claims().to_vec();
    let quote = claims
        .iter()
        .position(|c| c.claim.text.contains("He added"))
        .unwrap();
    claims[quote].reviews = ["ana", "bo"]
        .map(|name| Review {
            reviewer: Some(name.into()),
            ..verdict(Verdict::Verified)
        })
        .to_vec();
    claims[quote].review = verdict(Verdict::Verified);
    let mut session = Session::from_reviewed(EXTRACTOR_VERSION, session.documents, claims);
    let quote_of = |session: &Session| {
        session
            .claims()
            .iter()
            .find(|c| c.claim.text.contains("He added"))
            .unwrap()
            .clone()
    };
    std::fs::write(dir.path().join("a.txt"), EDITED).unwrap();
    refresh(&mut session, dir.path()).unwrap();
    let edited = quote_of(&session);
    assert_eq!(edited.claim.speaker.as_deref(), Some("Jim Poe"));
    assert_eq!(edited.review.recheck.len(), 1);
    for review in &edited.reviews {
        assert_eq!(review.recheck, edited.review.recheck, "each reviewer's too");
    }
    std::fs::write(dir.path().join("a.txt"), BEFORE).unwrap();
    refresh(&mut session, dir.path()).unwrap();
    let back = quote_of(&session);
    assert_eq!(back.claim.speaker.as_deref(), Some("Tom Lopez"));
    assert!(back.review.recheck.is_empty());
    assert!(
        back.reviews.iter().all(|r| r.recheck.is_empty()),
        "{back:?}"
    );
}

fn claim_id_of(text: &str) -> String {
    crate::claim::claim_id(text, 1)
}

#[test]
fn a_new_extractor_version_extracts_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = made_from(dir.path(), ARTICLE);
    session.set_review(2, verdict(Verdict::Unclear));
    session.extractor = "0-old".into();
    let notices = refresh(&mut session, dir.path()).unwrap();
    let [Notice::Reextracted(report)] = notices.as_slice() else {
        panic!("{notices:?}");
    };
    assert_eq!(report.old_extractor.as_deref(), Some("0-old"));
    assert!(report.changed.is_empty());
    assert_eq!(report.carried, 1);
    assert_eq!(session.extractor, EXTRACTOR_VERSION);
    assert_eq!(session.tally().unclear, 1);
}

#[test]
fn a_missing_article_keeps_the_stored_claims_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = made_from(dir.path(), ARTICLE);
    std::fs::remove_file(dir.path().join("a.txt")).unwrap();
    session.extractor = "0-old".into();
    let before = session.clone();
    let notices = refresh(&mut session, dir.path()).unwrap();
    assert!(matches!(&notices[..], [Notice::ArticleMissing { path, .. }] if path == "a.txt"));
    assert!(notices[0].is_warning());
    assert_eq!(session, before);
}

#[test]
fn a_changed_article_beside_a_missing_one_is_reported_not_reextracted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let extraction = extract_documents(&[
        Source {
            path: "a.txt",
            text: ARTICLE,
        },
        Source {
            path: "b.txt",
            text: "Kyiv counted 17 drones.\n",
        },
    ]);
    let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    std::fs::write(dir.path().join("a.txt"), "Kyiv counted 18 drones.\n").unwrap();
    let notices = refresh(&mut session, dir.path()).unwrap();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        matches!(&notices[1], Notice::ArticleChangedNotReextracted { path } if path == "a.txt")
    );
    assert_eq!(session.claims().len(), 4);
}
