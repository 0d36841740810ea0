//! Unit tests of merging: final verdicts, conflicts, mismatched sessions, agreement.

use super::*;
use crate::claim::Kind;
use crate::export::testing::{claim_of_kind, review_by, session_with};

const TEXTS: [&str; 4] = [
    "Ukraine shot down 115.",
    "Russia fired 181 drones.",
    "A 77-year-old woman died.",
    "Three others were injured.",
];

/// A reviewer's session over the four claims, with these verdicts.
fn by(reviewer: &str, verdicts: [Option<Verdict>; 4]) -> Session {
    let claims = TEXTS
        .iter()
        .zip(verdicts)
        .enumerate()
        .map(|(i, (text, verdict))| {
            let mut claim = claim_of_kind(text, Kind::Quantity);
            claim.start = i * 30;
            claim.end = claim.start + text.len();
            let mut review = review_by(verdict, reviewer);
            if verdict.is_some() {
                review.note = format!("{reviewer} checked");
                review.evidence = vec![format!("https://{reviewer}.example")];
            }
            (claim, review)
        })
        .collect();
    session_with(claims)
}

fn source(file: &str, session: Session) -> Source {
    Source {
        file: file.to_string(),
        session,
    }
}

use Verdict::{Disputed as D, Unclear as U, Verified as V};

mod copies;
mod recheck;

#[test]
fn agreed_verdicts_become_final_and_conflicts_stay_open() {
    let merged = merge(&[
        source(
            "ann.review.json",
            by("ann", [Some(V), Some(D), Some(U), None]),
        ),
        source("bo.review.json", by("bo", [Some(V), Some(V), None, None])),
    ])
    .unwrap();
    assert_eq!(merged.reviewers, ["ann", "bo"]);
    let claims = merged.session.claims();
    assert_eq!(claims.len(), 4);
    assert!(claims.iter().all(|c| c.reviews.len() == 2));
    assert_eq!(claims[1].reviews[0].verdict, Some(D));
    assert_eq!(claims[1].reviews[1].reviewer.as_deref(), Some("bo"));

    // Both verified: final, with both notes and the union of evidence.
    let agreed = &claims[0].review;
    assert_eq!(agreed.verdict, Some(V));
    assert_eq!(agreed.note, "ann: ann checked\nbo: bo checked");
    assert_eq!(agreed.evidence.len(), 2);
    assert_eq!(agreed.reviewer.as_deref(), Some("ann + bo"));
    // Disputed against verified: a conflict, open until adjudicated.
    assert_eq!(claims[1].review.verdict, None);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].claim.text, TEXTS[1]);
    // Only one reviewer judged it: that verdict stands, nobody disagreed.
    assert_eq!(claims[2].review.verdict, Some(U));
    assert_eq!(claims[2].review.note, "ann checked");
    assert_eq!(claims[3].review.verdict, None);

    let a = merged.agreement;
    assert_eq!((a.coders, a.pairable_units, a.unanimous_units), (2, 2, 1));
    assert_eq!(a.percent_agreement, Some(0.5));
    assert_eq!(merged.session.tally().reviewed(), 2);
    assert!(merged.warnings.is_empty(), "{:?}", merged.warnings);

    let report = report(
        &merged,
        &["ann.review.json".into(), "bo.review.json".into()],
    );
    assert!(
        report.contains("Percent agreement:          50.0%"),
        "{report}"
    );
    assert!(report.contains("Cohen's kappa"));
    assert!(report.contains("Conflicts: 1"));
    // Cited as the review screen numbers it, with its id.
    let conflict = &merged.conflicts[0].claim;
    assert!(
        report.contains(&format!("\n  #2 {}  {}\n", conflict.id, TEXTS[1])),
        "{report}"
    );
    assert!(report.contains("✗ disputed — ann checked"));
}

#[test]
fn three_reviewers_get_alpha_but_no_kappa() {
    let merged = merge(&[
        source("a.json", by("ann", [Some(V), Some(D), Some(U), Some(V)])),
        source("b.json", by("bo", [Some(V), Some(D), Some(U), Some(D)])),
        source("c.json", by("cy", [Some(V), Some(D), None, Some(V)])),
    ])
    .unwrap();
    let a = merged.agreement;
    assert_eq!(a.coders, 3);
    assert_eq!(a.cohen_kappa, None);
    assert!(a.krippendorff_alpha.unwrap() > 0.0);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.session.claims()[2].review.verdict, Some(U));
}

#[test]
fn sessions_of_different_articles_are_refused_naming_both_files() {
    let mut other = by("bo", [None; 4]);
    other.documents[0].sha256 = "cd".repeat(32);
    other.documents[0].title = "Another story".to_string();
    let err = merge(&[
        source("ann.json", by("ann", [None; 4])),
        source("bo.json", other),
    ])
    .unwrap_err()
    .to_string();
    assert!(err.contains("ann.json") && err.contains("bo.json"), "{err}");
    assert!(err.contains("not reviews of the same articles"), "{err}");
    assert!(err.contains("Another story"), "{err}");
}

#[test]
fn different_extractor_versions_merge_with_a_warning() {
    let ann = by("ann", [Some(V); 4]);
    let mut bo = by("bo", [Some(V); 4]);
    bo.extractor = "2".to_string();
    let merged = merge(&[source("ann.json", ann), source("bo.json", bo)]).unwrap();
    assert_eq!(merged.warnings.len(), 1);
    assert!(
        merged.warnings[0].contains("ann.json: 1, bo.json: 2"),
        "{:?}",
        merged.warnings
    );
    assert!(merged.warnings[0].contains("0 claim(s)"));
}

#[test]
fn claims_missing_from_a_session_count_as_missing_verdicts() {
    let ann = by("ann", [Some(V), Some(D), Some(U), Some(V)]);
    let short: Vec<(Claim, Review)> = ann.claims()[..2]
        .iter()
        .map(|c| (c.claim.clone(), review_by(c.review.verdict, "bo")))
        .collect();
    let mut bo = session_with(short);
    bo.extractor = "0".to_string();
    let merged = merge(&[source("ann.json", ann), source("bo.json", bo)]).unwrap();
    let claims = merged.session.claims();
    assert_eq!(claims.len(), 4);
    assert_eq!(claims[3].reviews[1].verdict, None);
    assert_eq!(claims[3].review.verdict, Some(V));
    assert_eq!(merged.agreement.pairable_units, 2);
    assert!(merged.warnings[0].contains("2 claim(s) not in every session"));
}

#[test]
fn the_same_reviewer_twice_and_merged_inputs_are_flagged() {
    let merged = merge(&[
        source("ann.json", by("ann", [Some(V); 4])),
        source("ann-again.json", by("ann", [Some(V); 4])),
    ])
    .unwrap();
    assert_eq!(merged.reviewers[1], "ann (ann-again.json)");
    assert!(
        merged
            .warnings
            .iter()
            .any(|w| w.contains("also by \"ann\""))
    );
    assert!(
        merged
            .warnings
            .iter()
            .any(|w| w.starts_with("ann-again.json repeats 4 verdicts of ann.json")),
        "{:?}",
        merged.warnings
    );

    let err = merge(&[
        source("merged.json", merged.session.clone()),
        source("ann.json", by("ann", [None; 4])),
    ])
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("merged.json is already a merged session")
    );
    assert!(merge(&[source("ann.json", by("ann", [None; 4]))]).is_err());
}

#[test]
fn unnamed_reviewers_take_their_file_name() {
    let mut anonymous = by("x", [Some(V); 4]);
    for at in 0..4 {
        let mut review = anonymous.claim(at).unwrap().review.clone();
        review.reviewer = None;
        anonymous.put(at, review);
    }
    let merged = merge(&[
        source("ann.json", by("ann", [Some(V); 4])),
        source("/tmp/desk2.review.json", anonymous),
    ])
    .unwrap();
    assert_eq!(merged.reviewers[1], "desk2");
    assert!(merged.warnings[0].contains("names no reviewer"));
}

#[test]
fn adjudications_are_told_apart_from_agreements() {
    let mut merged = merge(&[
        source("ann.json", by("ann", [Some(V), Some(D), None, None])),
        source("bo.json", by("bo", [Some(V), Some(U), None, None])),
    ])
    .unwrap()
    .session;
    assert!(!is_adjudicated(&merged.claims()[0]), "an agreement");
    assert!(!is_adjudicated(&merged.claims()[1]), "an open conflict");
    merged.set_review(1, review_by(Some(D), "editor"));
    assert!(is_adjudicated(&merged.claims()[1]));

    let mut reviewers = std::collections::BTreeMap::new();
    crate::export::counts::count_reviewers(&merged, &mut reviewers);
    assert_eq!(reviewers["editor"].disputed, 1);
    assert_eq!(reviewers["ann"].reviewed, 2);
    assert_eq!(reviewers.len(), 3, "no \"ann + bo\" pseudo-reviewer");
}

#[test]
fn conflicts_are_detected_in_a_saved_merged_session() {
    let merged = merge(&[
        source("ann.json", by("ann", [Some(V), Some(D), None, None])),
        source("bo.json", by("bo", [Some(V), Some(U), None, None])),
    ])
    .unwrap();
    let json = crate::session::to_json(&merged.session);
    let back = crate::session::parse(&json).unwrap();
    let conflicted: Vec<bool> = back.claims().iter().map(is_conflict).collect();
    assert_eq!(conflicted, [false, true, false, false]);
    assert_eq!(agreement_of(&back), Some(merged.agreement));
}

#[test]
fn a_name_with_a_comma_stays_one_reviewer() {
    let merged = merge(&[
        source("ann.json", by("ann", [Some(V), None, None, None])),
        source("lee.json", by("Bo, Lee", [Some(V), None, None, None])),
    ])
    .unwrap();
    let agreed = &merged.session.claims()[0];
    assert_eq!(agreed.review.reviewer.as_deref(), Some("ann + Bo, Lee"));
    assert!(
        !is_adjudicated(agreed),
        "the agreeing reviewers, not an adjudicator"
    );
}

#[test]
fn agreements_joined_by_an_older_claimcheck_are_no_adjudications() {
    let mut merged = merge(&[
        source("ann.json", by("ann", [Some(V), None, None, None])),
        source("bo.json", by("bo", [Some(V), None, None, None])),
    ])
    .unwrap()
    .session;
    let mut old = merged.claims()[0].review.clone();
    old.reviewer = Some("ann, bo".into());
    merged.put(0, old);
    assert!(!is_adjudicated(&merged.claims()[0]));
    let mut reviewers = std::collections::BTreeMap::new();
    crate::export::counts::count_reviewers(&merged, &mut reviewers);
    assert_eq!(reviewers.keys().collect::<Vec<_>>(), ["ann", "bo"]);
}

/// `session` with its claim `k` taken out of the article and its review kept as an orphan, as
/// reopening it after a change of article or extractor leaves it.
fn orphaning(mut session: Session, k: usize) -> Session {
    let mut reviewed: Vec<ReviewedClaim> = session.claims().to_vec();
    let orphan = reviewed.remove(k);
    let mut orphaned = Session::from_reviewed(
        &session.extractor,
        std::mem::take(&mut session.documents),
        reviewed,
    );
    orphaned.orphans.push(orphan);
    orphaned
}

#[test]
fn an_orphan_in_both_sessions_stays_one_orphan_with_both_reviews() {
    let merged = merge(&[
        source("ann.json", orphaning(by("ann", [Some(V); 4]), 2)),
        source("bo.json", orphaning(by("bo", [Some(V); 4]), 2)),
    ])
    .unwrap();
    assert_eq!(merged.session.claims().len(), 3);
    let [orphan] = merged.session.orphans.as_slice() else {
        panic!("one orphan: {:?}", merged.session.orphans);
    };
    assert_eq!(orphan.claim.text, TEXTS[2]);
    let reviewers: Vec<_> = orphan
        .reviews
        .iter()
        .map(|r| r.reviewer.as_deref())
        .collect();
    assert_eq!(reviewers, [Some("ann"), Some("bo")]);
    assert_eq!(
        orphan.review.verdict,
        Some(V),
        "they agree: the verdict is final"
    );
    assert_eq!(orphan.review.reviewer.as_deref(), Some("ann + bo"));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn an_orphaned_review_joins_the_claim_another_session_still_has() {
    // bo's extractor no longer finds the third sentence; ann's does: it is the same sentence
    // (same id), and bo's verdict on it is one of its reviews, not a second copy of it.
    let merged = merge(&[
        source("ann.json", by("ann", [Some(V); 4])),
        source(
            "bo.json",
            orphaning(by("bo", [Some(V), Some(V), Some(D), Some(V)]), 2),
        ),
    ])
    .unwrap();
    assert!(merged.session.orphans.is_empty());
    let claims = merged.session.claims();
    assert_eq!(claims.len(), 4);
    assert_eq!(claims[2].claim.text, TEXTS[2]);
    assert_eq!(claims[2].reviews[1].verdict, Some(D));
    assert_eq!(claims[2].reviews[1].reviewer.as_deref(), Some("bo"));
    assert_eq!(
        merged.conflicts.len(),
        1,
        "ann ✓ against bo ✗ is a conflict"
    );
    assert_eq!(merged.conflicts[0].claim.text, TEXTS[2]);
    assert_eq!(merged.agreement.pairable_units, 4);
}

#[test]
fn orphans_judged_apart_are_a_conflict_the_report_names_as_orphaned() {
    let merged = merge(&[
        source("ann.json", orphaning(by("ann", [Some(V); 4]), 0)),
        source("bo.json", orphaning(by("bo", [Some(D); 4]), 0)),
    ])
    .unwrap();
    let orphan = &merged.session.orphans[0];
    assert_eq!(orphan.review.verdict, None, "left open until adjudicated");
    let texts: Vec<&str> = merged
        .conflicts
        .iter()
        .map(|c| c.claim.text.as_str())
        .collect();
    assert_eq!(
        texts.last(),
        Some(&TEXTS[0]),
        "orphans' conflicts come last"
    );
    let report = super::report::report(&merged, &["ann.json".into(), "bo.json".into()]);
    assert!(
        report.contains(&format!("orphaned {}", orphan.claim.id)),
        "{report}"
    );
}

/// `session` with the speaker of claim `k` corrected to `name`.
fn correcting(mut session: Session, k: usize, name: &str) -> Session {
    let mut reviewed: Vec<ReviewedClaim> = session.claims().to_vec();
    reviewed[k].review.corrected_speaker = Some(name.to_string());
    let documents = std::mem::take(&mut session.documents);
    Session::from_reviewed(&session.extractor, documents, reviewed)
}

#[test]
fn speaker_corrections_merge_when_they_agree_and_are_flagged_when_not() {
    let merged = merge(&[
        source(
            "ann.json",
            correcting(by("ann", [Some(V); 4]), 1, "Maria Lopez"),
        ),
        source(
            "bo.json",
            correcting(by("bo", [Some(D); 4]), 1, "Maria Lopez"),
        ),
    ])
    .unwrap();
    let claim = &merged.session.claims()[1];
    assert_eq!(claim.review.verdict, None, "the verdicts conflict");
    assert_eq!(
        claim.review.corrected_speaker.as_deref(),
        Some("Maria Lopez"),
        "the speaker both gave stands whatever the verdicts"
    );

    let merged = merge(&[
        source(
            "ann.json",
            correcting(by("ann", [Some(V); 4]), 1, "Maria Lopez"),
        ),
        source("bo.json", correcting(by("bo", [Some(V); 4]), 1, "")),
    ])
    .unwrap();
    // Both verified, but not the same claim: who said it differs (QA round 11, item 3).
    let claim = &merged.session.claims()[1];
    assert_eq!(
        (claim.review.verdict, &claim.review.corrected_speaker),
        (None, &None)
    );
    assert_eq!(merged.conflicts.len(), 1);

    // Corrections without verdicts judge nothing: the extracted speaker stands, with a warning.
    let merged = merge(&[
        source(
            "ann.json",
            correcting(by("ann", [None; 4]), 1, "Maria Lopez"),
        ),
        source("bo.json", correcting(by("bo", [None; 4]), 1, "")),
    ])
    .unwrap();
    assert_eq!(merged.session.claims()[1].review.corrected_speaker, None);
    assert!(
        merged
            .warnings
            .iter()
            .any(|w| w.contains("corrected its speaker differently (ann: Maria Lopez; bo: no one)")),
        "{:?}",
        merged.warnings
    );

    // A correction without a verdict does not replace the speaker another reviewer's verdict
    // was given under (QA round 19, new-user check: bo ✓ published with nu's speaker).
    let merged = merge(&[
        source(
            "nu.json",
            correcting(by("nu", [None; 4]), 1, "Ukrainian Air Force"),
        ),
        source("bo.json", by("bo", [Some(V); 4])),
    ])
    .unwrap();
    let claim = &merged.session.claims()[1];
    assert_eq!(claim.review.verdict, Some(V));
    assert_eq!(claim.review.corrected_speaker, None);
    assert!(
        merged.warnings.iter().any(|w| w.contains(
            "corrected its speaker differently (nu: Ukrainian Air Force; bo: as extracted)"
        )),
        "{:?}",
        merged.warnings
    );
}

#[test]
fn a_session_whose_reviews_all_became_orphans_is_still_its_reviewers() {
    let mut ann = by("ann", [Some(V); 4]);
    for k in (0..4).rev() {
        ann = orphaning(ann, k);
    }
    assert!(ann.claims().is_empty());
    let merged = merge(&[
        source("ann.json", ann),
        source("bo.json", by("bo", [Some(V); 4])),
    ])
    .unwrap();
    assert_eq!(merged.reviewers, ["ann", "bo"]);
    assert!(
        !merged
            .warnings
            .iter()
            .any(|w| w.contains("names no reviewer")),
        "{:?}",
        merged.warnings
    );
}
