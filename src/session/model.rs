//! The session: claims, each with its review, plus the reviewer's place and undo history.
//!
//! Plain data with serde derives; every change to a review goes through [`Session::set_review`],
//! [`Session::undo`] or [`Session::redo`], which keep the id index and the verdict tally current so
//! that no per-keypress path has to walk all claims.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Document};

pub use super::recheck::{RECHECK_GLYPH, Recheck};

pub use super::place::{Place, VerdictFilter};

/// The `format` value of every session file.
pub const FORMAT: &str = "claimcheck-session";
/// The newest session file version this build reads and the one it writes.
pub const VERSION: u32 = 1;
/// Undo steps kept in the session file; older ones are dropped.
pub const HISTORY_LIMIT: usize = 1000;

/// A reviewer's judgement of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The claim checks out.
    Verified,
    /// The claim is false or misleading.
    Disputed,
    /// Not enough information to decide.
    Unclear,
}

impl Verdict {
    /// Every verdict, in display order.
    pub const ALL: [Verdict; 3] = [Verdict::Verified, Verdict::Disputed, Verdict::Unclear];

    /// The JSON name, also the word shown on screen.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
            Verdict::Unclear => "unclear",
        }
    }

    /// A glyph that reads without colour.
    pub fn glyph(self) -> char {
        match self {
            Verdict::Verified => '✓',
            Verdict::Disputed => '✗',
            Verdict::Unclear => '?',
        }
    }
}

/// Glyph for a claim with no verdict yet.
pub const OPEN_GLYPH: char = '·';

/// One reviewer's review of one claim.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// The verdict, or null while the claim is open.
    pub verdict: Option<Verdict>,
    /// Free-text note (may span several lines).
    #[serde(default)]
    pub note: String,
    /// Links or citations backing the verdict.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Who gave the verdict (or cleared it); a change to the note or evidence leaves it.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// When the verdict was given or cleared (RFC 3339; anything else is refused on reading).
    #[serde(default, deserialize_with = "super::stamp::reviewed_at")]
    pub reviewed_at: Option<String>,
    /// Who last changed the note, evidence or speaker, when someone did (written only then, so
    /// older sessions read and write as they were).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotated_by: Option<String>,
    /// When the note, evidence or speaker last changed (RFC 3339).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::stamp::annotated_at"
    )]
    pub annotated_at: Option<String>,
    /// The speaker as a reviewer corrected it, when the extracted one is wrong: a name, or empty
    /// for "no one is quoted or cited" (written only when set; the claim's own `speaker` stays
    /// as extracted). Exports publish the corrected speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrected_speaker: Option<String>,
    /// What changed in the claim since the verdict was given, when the article was edited and
    /// the review carried over to a claim whose speaker, figures or dates are no longer what
    /// the reviewer judged (written only when there is something; a new verdict clears it).
    /// Until then the claim counts as open: the verdict is kept, but not published as final.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recheck: Vec<Recheck>,
}

impl Review {
    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.verdict.is_none()
            && self.note.is_empty()
            && self.evidence.is_empty()
            && self.corrected_speaker.is_none()
    }

    /// What [`Review::annotated_by`] names the author of: what there is of the note, the
    /// evidence and a speaker correction ("note", "note and evidence", "evidence and speaker
    /// correction", …); "note and evidence" when none is left.
    pub fn annotation(&self) -> &'static str {
        let (note, evidence) = (!self.note.is_empty(), !self.evidence.is_empty());
        match (note, evidence, self.corrected_speaker.is_some()) {
            (true, true, true) => "note, evidence and speaker correction",
            (true, false, true) => "note and speaker correction",
            (false, true, true) => "evidence and speaker correction",
            (false, false, true) => "speaker correction",
            (true, false, false) => "note",
            (false, true, false) => "evidence",
            _ => "note and evidence",
        }
    }

    /// Who last changed the note or evidence, and when, if not the verdict's reviewer (whom the
    /// verdict already names).
    pub fn annotated_by_another(&self) -> Option<(&str, Option<&str>)> {
        let by = self.annotated_by.as_deref()?;
        (self.reviewer.as_deref() != Some(by)).then_some((by, self.annotated_at.as_deref()))
    }
}

/// A claim as a session stores it: the extracted claim, its review, and (after a merge) every
/// reviewer's own review.
///
/// Written flat (the claim's keys, then the review's); read by a hand-written `Deserialize`
/// (`claim_de.rs`) that streams instead of buffering, so errors keep their line and column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewedClaim {
    /// The extracted claim.
    #[serde(flatten)]
    pub claim: Claim,
    /// The review (final, after adjudication, in a merged session).
    #[serde(flatten)]
    pub review: Review,
    /// Each reviewer's review, in a merged session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
}

impl ReviewedClaim {
    /// Whether anyone reviewed the claim: a verdict, note, evidence or correction, in its own
    /// review or in a reviewer's review from a merge (a merged session has an entry for every
    /// reviewer on every claim, judged or not).
    pub fn has_review(&self) -> bool {
        !self.review.is_empty() || self.reviews.iter().any(|r| !r.is_empty())
    }

    /// Who speaks, as the exports publish it: the reviewer's correction when there is one (an
    /// empty one: no one), else the extracted speaker.
    pub fn speaker(&self) -> Option<&str> {
        match self.review.corrected_speaker.as_deref() {
            Some("") => None,
            Some(name) => Some(name),
            None => self.claim.speaker.as_deref(),
        }
    }
}

/// One change to one claim's review: enough to undo and redo it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    /// Id of the claim whose review changed.
    pub claim: String,
    /// The review before the change.
    pub before: Review,
    /// The review after the change.
    pub after: Review,
    /// The orphaned review this edit put back on the claim (`after` is its review): undo returns
    /// it to the orphans, redo takes it out again (written only for such an edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orphan: Option<Box<ReviewedClaim>>,
}

/// Undo and redo stacks (most recent last).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Edits that `undo` reverts, most recent last.
    #[serde(default)]
    pub undo: Vec<Edit>,
    /// Edits that `redo` reapplies, most recent last.
    #[serde(default)]
    pub redo: Vec<Edit>,
}

/// Counts of verdicts over a session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Claims in the session.
    pub total: usize,
    /// Verified claims.
    pub verified: usize,
    /// Disputed claims.
    pub disputed: usize,
    /// Unclear claims.
    pub unclear: usize,
}

impl Tally {
    /// Claims with any verdict.
    pub fn reviewed(&self) -> usize {
        self.verified + self.disputed + self.unclear
    }

    /// Claims without a verdict.
    pub fn open(&self) -> usize {
        self.total - self.reviewed()
    }

    fn count(&mut self, verdict: Option<Verdict>, delta: isize) {
        let slot = match verdict {
            None => return,
            Some(Verdict::Verified) => &mut self.verified,
            Some(Verdict::Disputed) => &mut self.disputed,
            Some(Verdict::Unclear) => &mut self.unclear,
        };
        *slot = slot.saturating_add_signed(delta);
    }
}

/// A review session over one or more documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`FORMAT`].
    pub format: String,
    /// File version, [`VERSION`] when written by this build.
    pub version: u32,
    /// Version of the extractor that produced the claims (see `extract::EXTRACTOR_VERSION`).
    pub extractor: String,
    /// The documents, indexed by `Claim::doc`.
    pub documents: Vec<Document>,
    pub(super) claims: Vec<ReviewedClaim>,
    /// Reviews whose claim vanished when an article changed: kept, never dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orphans: Vec<ReviewedClaim>,
    /// Where the reviewer was.
    #[serde(default)]
    pub place: Place,
    /// Undo and redo stacks.
    #[serde(default)]
    history: History,
    #[serde(skip)]
    index: HashMap<String, usize>,
    #[serde(skip)]
    tally: Tally,
}

impl Session {
    /// A fresh session with every claim open.
    pub fn new(extractor: &str, documents: Vec<Document>, claims: Vec<Claim>) -> Session {
        let claims = claims
            .into_iter()
            .map(|claim| ReviewedClaim {
                claim,
                review: Review::default(),
                reviews: Vec::new(),
            })
            .collect();
        Session::from_reviewed(extractor, documents, claims)
    }

    /// A session from claims that already carry reviews (a merge, a migration, a test).
    pub fn from_reviewed(
        extractor: &str,
        documents: Vec<Document>,
        claims: Vec<ReviewedClaim>,
    ) -> Session {
        let mut session = Session {
            format: FORMAT.to_string(),
            version: VERSION,
            extractor: extractor.to_string(),
            documents,
            claims,
            orphans: Vec::new(),
            place: Place::default(),
            history: History::default(),
            index: HashMap::new(),
            tally: Tally::default(),
        };
        session.rebuild();
        session
    }

    /// Puts the claims in document order and rebuilds the id index and the tally; call after
    /// deserialising.
    ///
    /// Returns the first duplicated claim id, if any (a session must not have one).
    pub fn rebuild(&mut self) -> Option<String> {
        // Stable, and linear on claims that are already in order (the usual case).
        self.claims
            .sort_by_key(|reviewed| (reviewed.claim.doc, reviewed.claim.start));
        let mut duplicate = None;
        self.index.clear();
        self.index.reserve(self.claims.len());
        self.tally = Tally {
            total: self.claims.len(),
            ..Tally::default()
        };
        for (i, reviewed) in self.claims.iter().enumerate() {
            if self.index.insert(reviewed.claim.id.clone(), i).is_some() && duplicate.is_none() {
                duplicate = Some(reviewed.claim.id.clone());
            }
            self.tally.count(reviewed.review.standing(), 1);
        }
        duplicate
    }

    /// Every claim with its review, in document order.
    pub fn claims(&self) -> &[ReviewedClaim] {
        &self.claims
    }

    /// The claim at a position.
    pub fn claim(&self, at: usize) -> Option<&ReviewedClaim> {
        self.claims.get(at)
    }

    /// Position of the claim with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Verdict counts, kept current by every change.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// The undo and redo stacks.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Replaces the undo and redo stacks (carrying a session over to a re-extracted article).
    pub fn set_history(&mut self, history: History) {
        self.history = history;
    }

    /// Replaces the review of the claim at `at`, recording the change for undo.
    ///
    /// Returns the edit, or `None` when `at` is out of range or nothing changed.
    pub fn set_review(&mut self, at: usize, review: Review) -> Option<Edit> {
        let current = &self.claims.get(at)?.review;
        if *current == review {
            return None;
        }
        let edit = Edit {
            claim: self.claims[at].claim.id.clone(),
            before: current.clone(),
            after: review,
            orphan: None,
        };
        self.put(at, edit.after.clone());
        self.record(edit.clone());
        Some(edit)
    }

    /// Pushes a new edit on the undo stack (dropping the oldest beyond the limit); clears redo.
    pub(super) fn record(&mut self, edit: Edit) {
        self.history.undo.push(edit);
        if self.history.undo.len() > HISTORY_LIMIT {
            let excess = self.history.undo.len() - HISTORY_LIMIT;
            self.history.undo.drain(..excess);
        }
        self.history.redo.clear();
    }

    /// Reverts the most recent edit; returns it.
    pub fn undo(&mut self) -> Option<Edit> {
        let edit = self.history.undo.pop()?;
        if let Some(at) = self.position(&edit.claim) {
            self.put(at, edit.before.clone());
            if let Some(orphan) = &edit.orphan {
                self.detach(at, orphan);
            }
        }
        self.history.redo.push(edit.clone());
        Some(edit)
    }

    /// Reapplies the most recently undone edit; returns it.
    pub fn redo(&mut self) -> Option<Edit> {
        let edit = self.history.redo.pop()?;
        if let Some(at) = self.position(&edit.claim) {
            self.put(at, edit.after.clone());
            if let Some(orphan) = &edit.orphan {
                self.attach(at, orphan);
            }
        }
        self.history.undo.push(edit.clone());
        Some(edit)
    }

    /// Sets a review without touching history (replaying a journal, adjudicating a merge).
    pub fn put(&mut self, at: usize, review: Review) {
        let slot = &mut self.claims[at].review;
        self.tally.count(slot.standing(), -1);
        self.tally.count(review.standing(), 1);
        *slot = review;
    }

    /// Mutable access to every reviewer's reviews of a claim (merging).
    pub fn reviews_mut(&mut self, at: usize) -> &mut Vec<Review> {
        &mut self.claims[at].reviews
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;

    fn claim(text: &str) -> Claim {
        Claim {
            id: crate::claim::claim_id(text, 1),
            doc: 0,
            text: text.to_string(),
            start: 0,
            end: text.len(),
            kind: Kind::Statement,
            score: 0.5,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: None,
        }
    }

    fn session() -> Session {
        Session::new("test", Vec::new(), vec![claim("One."), claim("Two.")])
    }

    fn verdict(v: Verdict) -> Review {
        Review {
            verdict: Some(v),
            ..Review::default()
        }
    }

    #[test]
    fn tally_follows_edits_undo_and_redo() {
        let mut s = session();
        s.set_review(0, verdict(Verdict::Verified));
        s.set_review(1, verdict(Verdict::Disputed));
        assert_eq!((s.tally().verified, s.tally().disputed), (1, 1));
        s.undo();
        assert_eq!((s.tally().reviewed(), s.tally().open()), (1, 1));
        s.redo();
        assert_eq!(s.tally().disputed, 1);
        s.set_review(1, Review::default());
        assert_eq!(s.tally().reviewed(), 1);
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut s = session();
        s.set_review(0, verdict(Verdict::Verified));
        s.undo();
        assert_eq!(s.history().redo.len(), 1);
        s.set_review(1, verdict(Verdict::Unclear));
        assert!(s.history().redo.is_empty());
        assert!(s.redo().is_none());
    }

    #[test]
    fn unchanged_review_is_not_an_edit() {
        let mut s = session();
        assert!(s.set_review(0, Review::default()).is_none());
        assert!(s.history().undo.is_empty());
    }

    #[test]
    fn round_trip_keeps_reviews_and_rebuild_finds_duplicates() {
        let mut s = session();
        s.set_review(1, verdict(Verdict::Unclear));
        let json = serde_json::to_string_pretty(&s).unwrap();
        assert!(json.contains("\"verdict\": \"unclear\""), "{json}");
        let mut back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back.rebuild(), None);
        assert_eq!(back, s);

        let mut dup = Session::new("test", Vec::new(), vec![claim("Same."), claim("Same.")]);
        assert!(dup.rebuild().is_some());
    }
}
