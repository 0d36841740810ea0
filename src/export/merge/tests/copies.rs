//! Merging a session begun as a copy of another reviewer's (see `merge::copies`).

use super::*;

#[test]
fn a_session_begun_as_a_copy_of_another_counts_its_copied_reviews_once() {
    // bo started from a copy of ana's session and changed two verdicts; the other two are still
    // ana's reviews, word for word and to the second.
    let ana = by("ana", [Some(V), Some(V), Some(D), Some(U)]);
    let mut bo = ana.clone();
    for (k, verdict) in [(0, D), (1, V)] {
        let mut review = review_by(Some(verdict), "bo");
        review.reviewed_at = Some("2025-03-06T09:00:00Z".into());
        bo.set_review(k, review).unwrap();
    }
    // On a claim whose verdict is still ana's, bo corrected the speaker.
    let mut corrected = bo.claims()[3].review.clone();
    corrected.corrected_speaker = Some("PowerOutage.us".into());
    corrected.annotated_by = Some("bo".into());
    bo.set_review(3, corrected).unwrap();
    let merged = merge(&[source("ana.json", ana), source("bo.json", bo)]).unwrap();
    assert_eq!(merged.reviewers, ["ana", "bo"], "not \"bo + ana\"");
    assert!(
        merged.warnings.iter().any(|w| w
            .starts_with("bo.json repeats 2 verdicts of ana.json with the same reviewer and time")),
        "{:?}",
        merged.warnings
    );
    let claims = merged.session.claims();
    let verdicts = |k: usize| -> Vec<Option<Verdict>> {
        claims[k].reviews.iter().map(|r| r.verdict).collect()
    };
    assert_eq!(verdicts(0), [Some(V), Some(D)], "a conflict");
    assert_eq!(verdicts(1), [Some(V), Some(V)], "bo agreed on his own");
    assert_eq!(verdicts(2), [Some(D), None], "ana's alone: bo gave none");
    assert_eq!(claims[2].review.verdict, Some(D));
    assert_eq!(claims[2].review.reviewer.as_deref(), Some("ana"));
    let bos = &claims[3].reviews[1];
    assert_eq!(
        (
            bos.verdict,
            bos.corrected_speaker.as_deref(),
            bos.note.as_str()
        ),
        (None, Some("PowerOutage.us"), ""),
        "bo's own correction stays, without ana's verdict or note"
    );
    // ana's verdict was given under the extracted speaker: bo's correction alone, without a
    // verdict of his, does not replace it under hers (the merge warns instead).
    assert_eq!(claims[3].review.corrected_speaker, None);
    assert!(
        merged
            .warnings
            .iter()
            .any(|w| w.contains("(ana: as extracted; bo: PowerOutage.us)")),
        "{:?}",
        merged.warnings
    );
    // Agreement is measured on the claims both judged: one agreement, one conflict.
    assert_eq!(
        (
            merged.agreement.pairable_units,
            merged.agreement.unanimous_units
        ),
        (2, 1)
    );
}
