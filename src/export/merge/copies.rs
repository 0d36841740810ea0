//! Verdicts one session repeats from another: a reviewer who starts from a copy of a colleague's
//! session keeps the colleague's verdicts where they changed nothing. Such a verdict is the
//! colleague's judgement, made once: counting it again would credit it to the wrong reviewer and
//! count a reviewer agreeing with themselves. What the copying reviewer added to it of their own
//! (a note, evidence, a speaker correction) is theirs and stays.

use std::collections::HashMap;

use crate::session::{Review, Verdict};

use super::Source;

/// Who signed a verdict, when, and which: two alike in all of it are one verdict copied, not two
/// judgements (a reviewer's verdicts are timed to the second).
type Signature<'a> = (&'a str, &'a str, Option<Verdict>);

fn signature(review: &Review) -> Option<Signature<'_>> {
    Some((
        review.reviewer.as_deref()?,
        review.reviewed_at.as_deref()?,
        review.verdict,
    ))
}

/// For each source, the claims whose verdict an earlier source already holds (signed by the same
/// reviewer at the same time), each with that earlier review; and a warning for each source that
/// repeats some.
pub(super) fn repeated_verdicts(
    sources: &[Source],
    warnings: &mut Vec<String>,
) -> Vec<HashMap<String, Review>> {
    // Claim id → its reviews so far, each with the source that holds it.
    let mut seen: HashMap<&str, Vec<(&Review, usize)>> = HashMap::new();
    let mut repeated = Vec::with_capacity(sources.len());
    for (s, source) in sources.iter().enumerate() {
        let session = &source.session;
        let mut copied = HashMap::new();
        let mut from: Vec<usize> = Vec::new();
        for reviewed in session.claims().iter().chain(&session.orphans) {
            let Some(mark) = signature(&reviewed.review) else {
                continue;
            };
            let earlier = seen.entry(&reviewed.claim.id).or_default();
            match earlier
                .iter()
                .find(|(other, _)| signature(other) == Some(mark))
            {
                Some(&(original, at)) => {
                    copied.insert(reviewed.claim.id.clone(), original.clone());
                    if !from.contains(&at) {
                        from.push(at);
                    }
                }
                None => earlier.push((&reviewed.review, s)),
            }
        }
        if !copied.is_empty() {
            let originals: Vec<&str> = from.iter().map(|&o| sources[o].file.as_str()).collect();
            warnings.push(format!(
                "{} repeats {} of {} with the same reviewer and time (it began as a copy?): \
                 each counts once, for the session that holds it first",
                source.file,
                crate::display::count(copied.len(), "verdict"),
                originals.join(", ")
            ));
        }
        repeated.push(copied);
    }
    repeated
}

/// What `review`, whose verdict repeats `original`'s, holds of its reviewer's own (`reviewer`):
/// a note, evidence or a speaker correction that `original` does not have; no verdict.
pub(super) fn own_part(review: &Review, original: &Review, reviewer: &str) -> Review {
    let note = match review.note.trim() == original.note.trim() {
        true => String::new(),
        false => review.note.clone(),
    };
    let evidence: Vec<String> = review
        .evidence
        .iter()
        .filter(|item| !original.evidence.contains(item))
        .cloned()
        .collect();
    let corrected_speaker = review
        .corrected_speaker
        .clone()
        .filter(|_| review.corrected_speaker != original.corrected_speaker);
    let own = Review {
        note,
        evidence,
        corrected_speaker,
        reviewer: Some(reviewer.to_string()),
        ..Review::default()
    };
    match own.is_empty() {
        true => own,
        false => Review {
            annotated_by: review.annotated_by.clone(),
            annotated_at: review.annotated_at.clone(),
            ..own
        },
    }
}
