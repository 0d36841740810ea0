//! Bringing a session up to date with its articles: when an article's text (its SHA-256) or the
//! extraction rules changed since the session was made, the claims are extracted again and each
//! review is carried over to the claim with the same id. A review whose claim is gone is kept in
//! the session's orphans, never dropped.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::model::{History, Review, ReviewedClaim, Session};
use super::report::{Notice, Reextraction};
use crate::claim::{Document, sha256_hex};
use crate::extract::{EXTRACTOR_VERSION, Extraction, Source, extract_documents};

/// Checks a session's articles and extracts again when they (or the rules) changed.
///
/// `session_dir` is the session file's folder: article paths are looked up there first, then in
/// the current folder. Returns what the reviewer should be told; an unchanged session gives none.
///
/// Fails, with the problem in words, when an unchanged article does not hold a claim's text at the
/// claim's offsets: the session file was damaged, and reviewing it would show the wrong text.
pub fn refresh(session: &mut Session, session_dir: &Path) -> Result<Vec<Notice>, String> {
    let mut notices = Vec::new();
    let mut texts = Vec::with_capacity(session.documents.len());
    let mut unchanged: Vec<Option<usize>> = vec![None; session.documents.len()];
    let mut changed = Vec::new();
    let mut complete = true;
    for (doc, document) in session.documents.iter().enumerate() {
        match read_article(document, session_dir) {
            Ok(Some(text)) => {
                if sha256_hex(text.as_bytes()) != document.sha256 {
                    changed.push(document.path.clone());
                } else {
                    unchanged[doc] = Some(texts.len());
                }
                texts.push(text);
            }
            // Read from standard input when the session was made: nothing to compare with.
            Ok(None) => complete = false,
            Err(problem) => {
                complete = false;
                notices.push(Notice::ArticleMissing {
                    path: document.path.clone(),
                    problem,
                });
            }
        }
    }
    // The claims are in document order by now, no longer in the file's: the id names the claim.
    for reviewed in session.claims() {
        let claim = &reviewed.claim;
        let Some(&Some(at)) = unchanged.get(claim.doc) else {
            continue;
        };
        if texts[at].get(claim.start..claim.end) != Some(claim.text.as_str()) {
            let document = &session.documents[claim.doc];
            return Err(format!(
                "claim {} is not at bytes {}..{} of {}, which is unchanged since \
                 the session was made ({} bytes): the session was damaged",
                claim.id,
                claim.start,
                claim.end,
                document.path,
                texts[at].len()
            ));
        }
    }
    if !complete {
        notices.extend(
            changed
                .into_iter()
                .map(|path| Notice::ArticleChangedNotReextracted { path }),
        );
        return Ok(notices);
    }
    let old_extractor = (session.extractor != EXTRACTOR_VERSION).then(|| session.extractor.clone());
    if changed.is_empty() && old_extractor.is_none() {
        return Ok(notices);
    }
    let sources: Vec<Source> = session
        .documents
        .iter()
        .zip(&texts)
        .map(|(document, text)| Source {
            path: &document.path,
            text,
        })
        .collect();
    let extraction = extract_documents(&sources);
    let (fresh, mut report) = carry_over(session, extraction);
    report.changed = changed;
    report.old_extractor = old_extractor;
    *session = fresh;
    notices.push(Notice::Reextracted(report));
    Ok(notices)
}

/// The article's text; `Ok(None)` for an article that came from standard input.
fn read_article(document: &Document, session_dir: &Path) -> Result<Option<String>, String> {
    if document.path == "-" {
        return Ok(None);
    }
    let candidates = article_paths(Path::new(&document.path), session_dir);
    let mut first = None;
    for candidate in &candidates {
        match std::fs::read(candidate) {
            // The stored hash picks the right file when both places hold one.
            Ok(bytes) if sha256_hex(&bytes) == document.sha256 => {
                return text(bytes, candidate).map(Some);
            }
            outcome => {
                first.get_or_insert((candidate, outcome));
            }
        }
    }
    match first {
        Some((candidate, Ok(bytes))) => text(bytes, candidate).map(Some),
        Some((candidate, Err(err))) => Err(format!("{}: {err}", candidate.display())),
        None => Err("no path to look at".into()),
    }
}

/// Where an article stored as `stored` may be, in the order they are tried: from the folder of
/// the session file, then (a relative path) from the current folder.
pub fn article_paths(stored: &Path, session_dir: &Path) -> Vec<PathBuf> {
    let mut candidates = vec![session_dir.join(stored)];
    if stored.is_relative() && !session_dir.as_os_str().is_empty() {
        candidates.push(stored.to_path_buf());
    }
    candidates
}

fn text(bytes: Vec<u8>, path: &Path) -> Result<String, String> {
    crate::article::decode(&path.display().to_string(), bytes).map_err(|e| format!("{e:#}"))
}

/// The review of `old` as carried over to `claim`, the same sentence extracted again: flagged
/// with what changed since its verdict was given, and listed in the report when newly so.
fn recheck(old: &ReviewedClaim, claim: &crate::claim::Claim, report: &mut Reextraction) -> Review {
    let recheck = super::recheck::changes(&old.review, old, claim);
    if !recheck.is_empty() && recheck != old.review.recheck {
        report.rechecked.push(claim.id.clone());
    }
    Review {
        recheck,
        ..old.review.clone()
    }
}

/// Every reviewer's review of a merged claim `old`, carried over to `claim` as its final review is:
/// flagged with what changed since each verdict was given, and no longer once an edit puts back
/// what it was given on.
fn each_recheck(old: &ReviewedClaim, claim: &crate::claim::Claim) -> Vec<Review> {
    old.reviews
        .iter()
        .map(|review| Review {
            recheck: super::recheck::changes(review, old, claim),
            ..review.clone()
        })
        .collect()
}

/// A new session from a fresh extraction with the old session's reviews, place and history.
fn carry_over(old: &Session, extraction: Extraction) -> (Session, Reextraction) {
    let mut report = Reextraction::default();
    let mut by_id: HashMap<&str, &ReviewedClaim> = old
        .claims()
        .iter()
        .map(|reviewed| (reviewed.claim.id.as_str(), reviewed))
        .collect();
    let mut orphans: HashMap<&str, &ReviewedClaim> = old
        .orphans
        .iter()
        .map(|orphan| (orphan.claim.id.as_str(), orphan))
        .collect();
    let mut restored_ids = HashSet::new();
    // A repeated sentence whose copies changed in number: its copies' reviews follow them by
    // their neighbours, not by occurrence number (see `repeats`).
    let moved = super::repeats::rematch(old.claims(), &extraction.claims);
    let claims: Vec<ReviewedClaim> = extraction
        .claims
        .into_iter()
        .map(|claim| {
            let from = match moved.get(&claim.id) {
                Some(from) => from.as_deref(),
                None => Some(claim.id.as_str()),
            };
            let (mut review, reviews) = if let Some(old) = from.and_then(|id| by_id.remove(id)) {
                if old.has_review() {
                    report.carried += 1;
                    if old.claim.id != claim.id {
                        report.repeats_moved += 1;
                    }
                }
                (recheck(old, &claim, &mut report), each_recheck(old, &claim))
            } else if let Some(orphan) = orphans.remove(claim.id.as_str()) {
                report.restored += 1;
                restored_ids.insert(orphan.claim.id.clone());
                (
                    recheck(orphan, &claim, &mut report),
                    each_recheck(orphan, &claim),
                )
            } else {
                report.added += 1;
                Default::default()
            };
            if review.verdict.is_none() {
                review.recheck.clear();
            }
            ReviewedClaim {
                claim,
                review,
                reviews,
            }
        })
        .collect();

    let mut documents = extraction.documents;
    for (fresh, stale) in documents.iter_mut().zip(&old.documents) {
        fresh.url = fresh.url.take().or_else(|| stale.url.clone());
        fresh.published = fresh.published.take().or_else(|| stale.published.clone());
    }
    let mut session = Session::from_reviewed(EXTRACTOR_VERSION, documents, claims);

    session.orphans = old
        .orphans
        .iter()
        .filter(|orphan| !restored_ids.contains(&orphan.claim.id))
        .cloned()
        .collect();
    for gone in old.claims() {
        if !by_id.contains_key(gone.claim.id.as_str()) {
            continue;
        }
        if gone.has_review() {
            report.orphaned.push(gone.claim.id.clone());
            session.orphans.push(gone.clone());
        } else {
            report.removed += 1;
        }
    }

    session.place = old.place.clone();
    if let Some(selected) = &old.place.selected
        && session.position(selected).is_none()
    {
        // Stay at about the same spot rather than jump to the top.
        let at = old.position(selected).unwrap_or(0);
        let at = at.min(session.claims().len().saturating_sub(1));
        session.place.selected = session.claim(at).map(|c| c.claim.id.clone());
    }
    // An undo step of a repeated sentence whose reviews moved to other copies would undo on the
    // wrong copy: such steps are dropped with those of claims that are gone.
    let renumbered: HashSet<&str> = moved
        .iter()
        .flat_map(|(new, old)| std::iter::once(new.as_str()).chain(old.as_deref()))
        .collect();
    let kept = |edits: &Vec<_>| -> Vec<_> {
        edits
            .iter()
            .filter(|edit: &&super::model::Edit| {
                session.position(&edit.claim).is_some() && !renumbered.contains(edit.claim.as_str())
            })
            .cloned()
            .collect()
    };
    let history = History {
        undo: kept(&old.history().undo),
        redo: kept(&old.history().redo),
    };
    session.set_history(history);
    (session, report)
}

#[cfg(test)]
#[path = "reextract_tests.rs"]
mod tests;
