//! Merged sessions written by an earlier claimcheck, settled again as they are read.
//!
//! Merges before QA round 12 published as agreed a verdict a reviewer had given before the article
//! changed under it (their own review flagged to confirm, [`Review::recheck`]), and kept each
//! reviewer's flag after the article was edited back. Read now, such a claim is settled as a merge
//! would settle it today: flagged to confirm, or a conflict when the reviewers judged it under
//! different speakers; and a reviewer's flag that the claim as it is no longer bears out is
//! dropped.

use crate::session::{Review, ReviewedClaim, Session};

use super::{is_adjudicated, settle, speakers_differ};

/// What settling again changed in one claim.
enum Settled {
    Flagged,
    Conflict,
}

/// Settles again the merged claims of `session` (see the module documentation); returns one
/// warning line when a published verdict changed, none otherwise.
pub fn resettle(session: &mut Session) -> Vec<String> {
    let mut changed: Vec<(String, Settled)> = Vec::new();
    for at in 0..session.claims().len() {
        let mut reviewed = session.claims()[at].clone();
        if reviewed.reviews.is_empty() {
            continue;
        }
        let settled = settle_claim(&mut reviewed);
        *session.reviews_mut(at) = reviewed.reviews;
        if let Some(settled) = settled {
            session.put(at, reviewed.review);
            changed.push((format!("#{}", at + 1), settled));
        }
    }
    for orphan in &mut session.orphans {
        if let Some(settled) = settle_claim(orphan) {
            changed.push((format!("orphaned {}", orphan.claim.id), settled));
        }
    }
    if changed.is_empty() {
        return Vec::new();
    }
    let listed: Vec<String> = changed
        .iter()
        .map(|(claim, settled)| match settled {
            Settled::Flagged => format!("{claim} to confirm (!)"),
            Settled::Conflict => format!("{claim} a conflict (different speakers)"),
        })
        .collect();
    vec![format!(
        "an earlier claimcheck merged {} as agreed although a reviewer's verdict waits to be \
         confirmed (the article changed under it); settled again: {}",
        crate::display::count(changed.len(), "verdict"),
        listed.join(", ")
    )]
}

/// Settles one merged claim again; `Some` when its final review changed.
fn settle_claim(reviewed: &mut ReviewedClaim) -> Option<Settled> {
    let claim = &reviewed.claim;
    for review in &mut reviewed.reviews {
        review.recheck.retain(|recheck| recheck.applies_to(claim));
    }
    let stale = reviewed.review.verdict.is_some()
        && reviewed.review.recheck.is_empty()
        && !is_adjudicated(reviewed)
        && reviewed
            .reviews
            .iter()
            .any(|r| r.verdict.is_some() && !r.recheck.is_empty());
    if !stale {
        return None;
    }
    if speakers_differ(reviewed) {
        reviewed.review = Review::default();
        return Some(Settled::Conflict);
    }
    let judged: Vec<&Review> = reviewed
        .reviews
        .iter()
        .filter(|r| r.verdict.is_some())
        .collect();
    reviewed.review.recheck = settle::rechecks(&judged);
    Some(Settled::Flagged)
}
