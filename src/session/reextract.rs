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
                (recheck(old, &claim, &mut report), old.reviews.clone())
            } else if let Some(orphan) = orphans.remove(claim.id.as_str()) {
                report.restored += 1;
                restored_ids.insert(orphan.claim.id.clone());
                (recheck(orphan, &claim, &mut report), orphan.reviews.clone())
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
mod tests {
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
}
