//! The final review of a merged claim from its reviewers' reviews: the verdict they agree on (else
//! none), their notes and evidence, and the speaker their corrections agree on.

use crate::session::{Recheck, Review};

use super::{REVIEWER_SEPARATOR, agreeing_reviewers};

/// The final review of a claim from its reviewers' reviews (see the module documentation).
pub(super) fn final_review(reviews: &[Review]) -> Review {
    let judged: Vec<&Review> = reviews.iter().filter(|r| r.verdict.is_some()).collect();
    let Some(first) = judged.first() else {
        return Review::default();
    };
    if judged.iter().any(|r| r.verdict != first.verdict) {
        return Review::default();
    }
    let mut notes: Vec<(&str, &str)> = Vec::new();
    for review in &judged {
        let note = review.note.trim();
        if !note.is_empty() && !notes.iter().any(|(_, n)| *n == note) {
            notes.push((review.reviewer.as_deref().unwrap_or("?"), note));
        }
    }
    let note = match notes.as_slice() {
        [(_, only)] => only.to_string(),
        several => several
            .iter()
            .map(|(who, note)| format!("{who}: {note}"))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let mut evidence: Vec<String> = Vec::new();
    for item in judged.iter().flat_map(|r| &r.evidence) {
        if !evidence.contains(item) {
            evidence.push(item.clone());
        }
    }
    Review {
        verdict: first.verdict,
        note,
        evidence,
        reviewer: agreeing_reviewers(reviews, REVIEWER_SEPARATOR),
        reviewed_at: judged.iter().filter_map(|r| r.reviewed_at.clone()).max(),
        // The notes are combined and prefixed by their reviewers; each reviewer's own review
        // keeps who wrote what.
        annotated_by: None,
        annotated_at: None,
        corrected_speaker: None,
        recheck: rechecks(&judged),
    }
}

/// What changed under the verdicts that wait to be confirmed (each change once): a verdict one
/// reviewer gave before the article changed is not confirmed by merging it.
pub(super) fn rechecks(judged: &[&Review]) -> Vec<Recheck> {
    let mut all: Vec<Recheck> = Vec::new();
    for recheck in judged.iter().flat_map(|r| &r.recheck) {
        if !all.contains(recheck) {
            all.push(recheck.clone());
        }
    }
    all
}

/// Credits the reviewers who corrected the speaker to `speaker`, the correction kept on the merged
/// claim, as its `annotated_by` (and the latest of their times as `annotated_at`): the speaker
/// column of an export otherwise names a speaker no column says who chose (QA round 21, N-2).
pub(super) fn credit_correction(merged: &mut Review, reviews: &[Review], speaker: &Option<String>) {
    let Some(speaker) = speaker else {
        return;
    };
    let by: Vec<&Review> = reviews
        .iter()
        .filter(|r| r.corrected_speaker.as_ref() == Some(speaker))
        .collect();
    let names: Vec<&str> = by.iter().filter_map(|r| r.reviewer.as_deref()).collect();
    if names.is_empty() {
        return;
    }
    merged.annotated_by = Some(names.join(REVIEWER_SEPARATOR));
    merged.annotated_at = by
        .iter()
        .filter_map(|r| r.annotated_at.clone().or_else(|| r.reviewed_at.clone()))
        .max();
}

/// The speaker the reviewers' corrections agree on, whatever their verdicts: `Ok(None)` when no
/// one corrected it, `Err` with every reviewer's speaker when they differ (the extracted speaker
/// then stands, and the merge says so). A reviewer who gave a verdict without correcting the
/// speaker judged the extracted one: another's correction given without a verdict does not
/// replace it under that verdict (QA round 19: bo ✓ under the extracted speaker, nu's
/// correction alone, was published as bo's ✓ of nu's speaker).
pub(super) fn agreed_speaker(reviews: &[Review]) -> Result<Option<String>, Vec<String>> {
    let judged: Vec<(&str, Option<&str>)> = reviews
        .iter()
        .filter_map(|r| {
            let who = r.reviewer.as_deref().unwrap_or("?");
            match r.corrected_speaker.as_deref() {
                Some(name) => Some((who, Some(name))),
                None if r.verdict.is_some() => Some((who, None)),
                None => None,
            }
        })
        .collect();
    let first = judged.first().and_then(|&(_, speaker)| speaker);
    if judged.iter().all(|&(_, speaker)| speaker == first) {
        return Ok(first.map(str::to_string));
    }
    Err(judged
        .iter()
        .map(|&(who, speaker)| match speaker {
            None => format!("{who}: as extracted"),
            Some("") => format!("{who}: no one"),
            Some(name) => format!("{who}: {name}"),
        })
        .collect())
}
