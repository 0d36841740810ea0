//! `claimcheck merge`: several reviewers' sessions of the same articles become one session that
//! holds every reviewer's verdict per claim (`ReviewedClaim::reviews`, one entry per input session,
//! in input order), with their agreement and the list of conflicts.
//!
//! **Matching.** Documents are matched by SHA-256, so sessions of different articles are an error
//! naming both files; claims are matched by id (derived from the text). Sessions made by different
//! extractor versions are brought up to this build's rules first (`commands::merge`); those that
//! could not be merge with a warning: a claim missing from a session counts as that reviewer's
//! missing verdict, which Krippendorff's α allows.
//!
//! **The final verdict.** Each claim's own `review` (what exports publish) is set so that nothing
//! unresolved looks settled:
//! - every reviewer who gave a verdict gave the same one → that verdict is final; the notes are
//!   kept (each prefixed by its reviewer when several differ), the evidence is the union, the
//!   reviewer is the list of those who agreed and the time the latest of theirs; a verdict
//!   flagged to confirm in an input (the article changed under it) keeps the final one flagged;
//! - reviewers gave different verdicts → a conflict: the claim stays open until an adjudicator
//!   gives the final verdict (`claimcheck review merged.json`);
//! - nobody gave a verdict → open.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Result, bail};

use crate::claim::Claim;
use crate::export::agreement::Agreement;
use crate::session::{Review, ReviewedClaim, Session, Verdict};

mod copies;
mod report;
mod resettle;
mod settle;
#[cfg(test)]
mod tests;

pub use report::report;
pub use resettle::resettle;

/// One input of a merge: a reviewer's session and the name of its file (for messages).
#[derive(Debug, Clone)]
pub struct Source {
    /// The file the session came from, as the user named it.
    pub file: String,
    /// The session.
    pub session: Session,
}

/// A claim on which reviewers gave different verdicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The claim.
    pub claim: Claim,
    /// Every reviewer's review, in input order.
    pub reviews: Vec<Review>,
    /// The reviewers judged it under different speakers ([`speakers_differ`]).
    pub speakers_differ: bool,
}

/// A sentence as the merge gathers it from the sessions: its claim, every reviewer's review
/// (open where a session has none), and whether some session still finds it in its article.
struct Gathered {
    claim: Claim,
    reviews: Vec<Review>,
    live: bool,
}

/// The result of a merge.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged session.
    pub session: Session,
    /// The reviewer of each input, in input order (unique).
    pub reviewers: Vec<String>,
    /// Agreement between the reviewers over every claim.
    pub agreement: Agreement,
    /// Claims with different verdicts, in document order; their final review is open.
    pub conflicts: Vec<Conflict>,
    /// What the user should know (different extractor versions, unnamed reviewers, …).
    pub warnings: Vec<String>,
}

/// Glyph for a claim whose reviewers disagree and that no adjudicator has decided yet.
pub const CONFLICT_GLYPH: char = '≠';

/// Whether reviewers disagree on a claim of a merged session: they gave different verdicts, or
/// they judged it under different speakers ([`speakers_differ`]).
pub fn is_conflict(claim: &ReviewedClaim) -> bool {
    let mut verdicts = claim.reviews.iter().filter_map(|r| r.verdict);
    let first = verdicts.next();
    verdicts.any(|v| Some(v) != first) || speakers_differ(claim)
}

/// The speaker a reviewer's review stands for: their correction (empty: no one), else the
/// extracted speaker they left as it was: the one of when they gave their verdict, if the article
/// has changed it since (their verdict is flagged to confirm, [`Review::recheck`]).
pub fn speaker_judged<'a>(claim: &'a ReviewedClaim, review: &'a Review) -> Option<&'a str> {
    match review.corrected_speaker.as_deref() {
        Some("") => None,
        Some(name) => Some(name.trim()),
        None => review
            .speaker_at_verdict()
            .unwrap_or(claim.claim.speaker.as_deref()),
    }
}

/// Whether the reviewers of a merged claim who gave a verdict gave it under different speakers:
/// corrected differently, one corrected it while another kept the extracted one, or one gave it
/// before an article edit changed the speaker (flagged to confirm) and another after. For a quote,
/// who said it is the claim: a verdict under one speaker does not agree with one under another.
/// (A correction without a verdict is no judgement: it is merged as before.)
pub fn speakers_differ(claim: &ReviewedClaim) -> bool {
    let mut speakers = claim
        .reviews
        .iter()
        .filter(|r| r.verdict.is_some())
        .map(|r| speaker_judged(claim, r));
    let first = speakers.next();
    speakers.any(|s| Some(s) != first)
}

/// Joins the names of several reviewers in one `reviewer` field: "ana + Bo, Lee". A comma would
/// not do, since newsrooms write names "Surname, Given".
pub const REVIEWER_SEPARATOR: &str = " + ";

/// The separator merges wrote before [`REVIEWER_SEPARATOR`]; still understood when reading.
const OLD_REVIEWER_SEPARATOR: &str = ", ";

/// The `reviewer` a merge gives an agreed final verdict: the names of everyone who gave one.
fn agreeing_reviewers(reviews: &[Review], separator: &str) -> Option<String> {
    let names: Vec<&str> = reviews
        .iter()
        .filter(|r| r.verdict.is_some())
        .filter_map(|r| r.reviewer.as_deref())
        .collect();
    (!names.is_empty()).then(|| names.join(separator))
}

/// Whether an adjudicator set this claim's final verdict after the merge (deciding a conflict or
/// overriding the reviewers): a final verdict not credited to the agreeing reviewers, joined as
/// this claimcheck joins them or as earlier ones did.
pub fn is_adjudicated(claim: &ReviewedClaim) -> bool {
    !claim.reviews.is_empty()
        && claim.review.verdict.is_some()
        && [REVIEWER_SEPARATOR, OLD_REVIEWER_SEPARATOR]
            .iter()
            .all(|separator| claim.review.reviewer != agreeing_reviewers(&claim.reviews, separator))
}

/// Agreement between the reviewers of a merged session; `None` for an ordinary session.
pub fn agreement_of(session: &Session) -> Option<Agreement> {
    let coders = session.claims().iter().map(|c| c.reviews.len()).max()?;
    if coders == 0 {
        return None;
    }
    let matrix: Vec<Vec<Option<Verdict>>> = session
        .claims()
        .iter()
        .map(|c| {
            (0..coders)
                .map(|i| c.reviews.get(i).and_then(|r| r.verdict))
                .collect()
        })
        .collect();
    Some(Agreement::of(&matrix, coders))
}

/// The reviewer a session stands for: the one name its reviews carry (leaving out those whose
/// verdict it repeats from another session, `repeated`, unless that is all of them), else its
/// file name.
fn reviewer_of(
    source: &Source,
    repeated: &HashMap<String, Review>,
    warnings: &mut Vec<String>,
) -> String {
    // Whoever gave a verdict, also on a sentence the article no longer holds (an orphan), or
    // failing that wrote a note: a session whose reviews all became orphans is still theirs.
    let session = &source.session;
    let reviews = |own_only: bool| {
        session
            .claims()
            .iter()
            .chain(&session.orphans)
            .filter(move |c| !own_only || !repeated.contains_key(&c.claim.id))
            .map(|c| &c.review)
    };
    let signed = |by: fn(&Review) -> Option<&str>, own_only: bool| {
        let mut names: Vec<&str> = Vec::new();
        for name in reviews(own_only).filter_map(by).map(str::trim) {
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
        names
    };
    let names_by = |own_only: bool| {
        let names = signed(|r| r.reviewer.as_deref(), own_only);
        match names.is_empty() {
            true => signed(|r| r.annotated_by.as_deref(), own_only),
            false => names,
        }
    };
    let mut names = names_by(true);
    if names.is_empty() {
        names = names_by(false);
    }
    match names.as_slice() {
        [one] => one.to_string(),
        [] => {
            let stem = Path::new(&source.file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| source.file.clone());
            let stem = stem.strip_suffix(".json").unwrap_or(&stem);
            let stem = stem.strip_suffix(".review").unwrap_or(stem).to_string();
            warnings.push(format!(
                "{} names no reviewer; its reviews are credited to \"{stem}\"",
                source.file
            ));
            stem
        }
        several => {
            let joined = several.join(REVIEWER_SEPARATOR);
            warnings.push(format!(
                "{} holds reviews by several people ({}); they count as one reviewer, \"{joined}\"",
                source.file,
                several.join(", ")
            ));
            joined
        }
    }
}

/// Checks that every source covers the same articles; returns, per source, the index in the
/// first source's documents of each of its documents.
fn match_documents(sources: &[Source]) -> Result<Vec<Vec<usize>>> {
    let base = &sources[0];
    let mut mapping = Vec::with_capacity(sources.len());
    for source in sources {
        let mut map = Vec::with_capacity(source.session.documents.len());
        for document in &source.session.documents {
            match base
                .session
                .documents
                .iter()
                .position(|d| d.sha256 == document.sha256)
            {
                Some(at) => map.push(at),
                None => bail!(
                    "{} and {} are not reviews of the same articles: {} has \"{}\" ({}, sha256 \
                     {}…), which {} does not",
                    base.file,
                    source.file,
                    source.file,
                    document.title,
                    document.path,
                    &document.sha256[..document.sha256.len().min(12)],
                    base.file
                ),
            }
        }
        for document in &base.session.documents {
            if !source
                .session
                .documents
                .iter()
                .any(|d| d.sha256 == document.sha256)
            {
                bail!(
                    "{} and {} are not reviews of the same articles: {} has \"{}\" ({}, sha256 \
                     {}…), which {} does not",
                    base.file,
                    source.file,
                    base.file,
                    document.title,
                    document.path,
                    &document.sha256[..document.sha256.len().min(12)],
                    source.file
                );
            }
        }
        mapping.push(map);
    }
    Ok(mapping)
}

/// Merges reviewers' sessions (at least two) of the same articles.
pub fn merge(sources: &[Source]) -> Result<Merged> {
    if sources.len() < 2 {
        bail!("merge needs at least two sessions");
    }
    for source in sources {
        if source
            .session
            .claims()
            .iter()
            .any(|c| !c.reviews.is_empty())
        {
            bail!(
                "{} is already a merged session; merge the reviewers' own sessions instead",
                source.file
            );
        }
    }
    let doc_map = match_documents(sources)?;
    let mut warnings = Vec::new();

    let repeated = copies::repeated_verdicts(sources, &mut warnings);
    let mut reviewers: Vec<String> = Vec::new();
    for (source, repeated) in sources.iter().zip(&repeated) {
        let mut name = reviewer_of(source, repeated, &mut warnings);
        if reviewers.contains(&name) {
            let unique = format!("{name} ({})", source.file);
            warnings.push(format!(
                "{} is also by \"{name}\"; merging one reviewer's sessions measures no \
                 agreement between people. Its reviews are credited to \"{unique}\"",
                source.file
            ));
            name = unique;
        }
        reviewers.push(name);
    }

    let mut documents = sources[0].session.documents.clone();
    for (source, map) in sources.iter().zip(&doc_map).skip(1) {
        for (document, &at) in source.session.documents.iter().zip(map) {
            let target = &mut documents[at];
            if target.url.is_none() {
                target.url.clone_from(&document.url);
            }
            if target.published.is_none() {
                target.published.clone_from(&document.published);
            }
        }
    }

    // Claims and orphaned reviews are gathered by id: an id is the digest of a claim's text, so
    // the same id is the same sentence, whether a session still finds it in its article or kept
    // its review as an orphan (its extractor no longer finds it). A review of an orphan joins the
    // claim another session still has; an orphan in several sessions stays one orphan.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut gathered: Vec<Gathered> = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        let session = &source.session;
        let all = session.claims().iter().map(|r| (r, true));
        for (reviewed, live) in all.chain(session.orphans.iter().map(|r| (r, false))) {
            let mut claim = reviewed.claim.clone();
            claim.doc = doc_map[s].get(claim.doc).copied().unwrap_or(claim.doc);
            let at = match index.get(&claim.id) {
                Some(&at) => {
                    let known = &mut gathered[at];
                    if !known
                        .claim
                        .text
                        .split_whitespace()
                        .eq(claim.text.split_whitespace())
                    {
                        bail!(
                            "claim {} has different texts in {} and {}; the sessions do not \
                             belong together",
                            claim.id,
                            sources[0].file,
                            source.file
                        );
                    }
                    if live && !known.live {
                        known.claim = claim;
                        known.live = true;
                    }
                    at
                }
                None => {
                    index.insert(claim.id.clone(), gathered.len());
                    let open: Vec<Review> = reviewers
                        .iter()
                        .map(|name| Review {
                            reviewer: Some(name.clone()),
                            ..Review::default()
                        })
                        .collect();
                    gathered.push(Gathered {
                        claim,
                        reviews: open,
                        live,
                    });
                    gathered.len() - 1
                }
            };
            // A verdict repeated from another session is that session's: this one keeps only
            // what its reviewer added to it.
            let review = match repeated[s].get(&reviewed.claim.id) {
                Some(original) => copies::own_part(&reviewed.review, original, &reviewers[s]),
                None => Review {
                    reviewer: Some(reviewers[s].clone()),
                    ..reviewed.review.clone()
                },
            };
            // A session holds a sentence once; should it hold it twice (an orphaned review of a
            // deleted copy of a repeated sentence beside the surviving copy's), the judged review
            // wins, the live claim's first.
            let slot = &mut gathered[at].reviews[s];
            if slot.verdict.is_none() || (live && review.verdict.is_some()) {
                *slot = review;
            }
        }
    }
    let (mut claims, orphans): (Vec<Gathered>, Vec<Gathered>) =
        gathered.into_iter().partition(|g| g.live);

    let versions: Vec<&str> = sources
        .iter()
        .map(|s| s.session.extractor.as_str())
        .collect();
    if versions.iter().any(|v| *v != versions[0]) {
        let missing = claims
            .iter()
            .filter(|g| {
                let id = &g.claim.id;
                sources.iter().any(|s| {
                    s.session.position(id).is_none()
                        && !s.session.orphans.iter().any(|o| o.claim.id == *id)
                })
            })
            .count();
        let listed: Vec<String> = sources
            .iter()
            .map(|s| format!("{}: {}", s.file, s.session.extractor))
            .collect();
        warnings.push(format!(
            "the sessions come from different extractor versions ({}); claims are matched by \
             id, and {missing} claim(s) not in every session count as missing verdicts",
            listed.join(", ")
        ));
    }

    claims.sort_by_key(|g| (g.claim.doc, g.claim.start));
    // Conflicts in document order, then those over orphaned reviews.
    let mut conflicts = Vec::new();
    let mut settle = |g: Gathered| {
        let mut merged = ReviewedClaim {
            review: settle::final_review(&g.reviews),
            claim: g.claim,
            reviews: g.reviews,
        };
        if speakers_differ(&merged) {
            // A conflict like different verdicts: open, no speaker chosen, until adjudicated.
            merged.review = Review::default();
        } else {
            match settle::agreed_speaker(&merged.reviews) {
                Ok(speaker) => {
                    settle::credit_correction(&mut merged.review, &merged.reviews, &speaker);
                    merged.review.corrected_speaker = speaker;
                }
                Err(corrections) => warnings.push(format!(
                    "claim {}: the reviewers corrected its speaker differently ({}); the \
                     extracted speaker stands until the merged session is corrected",
                    merged.claim.id,
                    corrections.join("; ")
                )),
            }
        }
        if is_conflict(&merged) {
            conflicts.push(Conflict {
                claim: merged.claim.clone(),
                reviews: merged.reviews.clone(),
                speakers_differ: speakers_differ(&merged),
            });
        }
        merged
    };
    let reviewed: Vec<ReviewedClaim> = claims.into_iter().map(&mut settle).collect();
    let orphans: Vec<ReviewedClaim> = orphans.into_iter().map(&mut settle).collect();

    // The oldest rules: opening the result in `review` with the articles at hand then extracts
    // again and flags what changed, whichever session came first.
    let extractor = sources
        .iter()
        .map(|s| s.session.extractor.as_str())
        .min_by_key(|v| (v.trim().parse::<u64>().ok(), *v))
        .expect("a merge has inputs");
    let mut session = Session::from_reviewed(extractor, documents, reviewed);
    session.orphans = orphans;
    let agreement = agreement_of(&session).expect("a merged session has reviews");
    Ok(Merged {
        session,
        reviewers,
        agreement,
        conflicts,
        warnings,
    })
}
