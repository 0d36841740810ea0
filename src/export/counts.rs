//! Verdict counts: overall, per kind, per document and per reviewer.
//!
//! Shared by `export --format json` (its `summary`), the Markdown report and `stats`.

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::claim::Kind;
use crate::export::merge::is_adjudicated;
use crate::session::{Review, ReviewedClaim, Session, Verdict};

/// Name under which verdicts without a recorded reviewer are counted.
pub const UNNAMED_REVIEWER: &str = "(unnamed)";

/// How many claims carry each verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct VerdictCounts {
    /// Claims counted.
    pub claims: usize,
    /// Claims marked verified.
    pub verified: usize,
    /// Claims marked disputed.
    pub disputed: usize,
    /// Claims marked unclear.
    pub unclear: usize,
    /// Claims without a verdict.
    pub open: usize,
}

impl VerdictCounts {
    /// Counts one claim with this verdict.
    pub fn add(&mut self, verdict: Option<Verdict>) {
        self.claims += 1;
        match verdict {
            Some(Verdict::Verified) => self.verified += 1,
            Some(Verdict::Disputed) => self.disputed += 1,
            Some(Verdict::Unclear) => self.unclear += 1,
            None => self.open += 1,
        }
    }

    /// Claims with any verdict.
    pub fn reviewed(&self) -> usize {
        self.claims - self.open
    }

    /// The count for one verdict (`None`: open).
    pub fn of(&self, verdict: Option<Verdict>) -> usize {
        match verdict {
            Some(Verdict::Verified) => self.verified,
            Some(Verdict::Disputed) => self.disputed,
            Some(Verdict::Unclear) => self.unclear,
            None => self.open,
        }
    }

    /// Share of claims with a verdict, 0 to 1, rounded to four places; 1 when there are no claims
    /// (nothing is left to review).
    pub fn progress(&self) -> f64 {
        if self.claims == 0 {
            return 1.0;
        }
        (self.reviewed() as f64 / self.claims as f64 * 10_000.0).round() / 10_000.0
    }
}

/// A share (0 to 1) as a percentage for people, always to one decimal so that columns align:
/// `60.0%`, `33.3%`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// Verdict counts for each kind, serialised as an object in [`Kind::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCounts([VerdictCounts; 5]);

impl KindCounts {
    /// The counts of one kind.
    pub fn get(&self, kind: Kind) -> &VerdictCounts {
        &self.0[Self::slot(kind)]
    }

    fn slot(kind: Kind) -> usize {
        Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
    }

    fn add(&mut self, kind: Kind, verdict: Option<Verdict>) {
        self.0[Self::slot(kind)].add(verdict);
    }
}

impl Serialize for KindCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Kind::ALL.len()))?;
        for kind in Kind::ALL {
            map.serialize_entry(kind.label(), self.get(kind))?;
        }
        map.end()
    }
}

/// Counts over a set of claims: per verdict, per kind, and progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Claims counted.
    pub claims: usize,
    /// Claims with a verdict.
    pub reviewed: usize,
    /// Claims without one.
    pub open: usize,
    /// `reviewed / claims`, 0 to 1 (see [`VerdictCounts::progress`]).
    pub progress: f64,
    /// Claims per verdict.
    pub verdicts: VerdictCounts,
    /// Claims per kind, each split by verdict.
    pub kinds: KindCounts,
}

impl Counts {
    /// Counts the final verdict of each claim.
    pub fn of<'a>(claims: impl IntoIterator<Item = &'a ReviewedClaim>) -> Counts {
        let mut verdicts = VerdictCounts::default();
        let mut kinds = KindCounts::default();
        for reviewed in claims {
            // A verdict to confirm again (its claim changed) counts as open until it is.
            verdicts.add(reviewed.review.standing());
            kinds.add(reviewed.claim.kind, reviewed.review.standing());
        }
        Counts {
            claims: verdicts.claims,
            reviewed: verdicts.reviewed(),
            open: verdicts.open,
            progress: verdicts.progress(),
            verdicts,
            kinds,
        }
    }

    /// Counts one document's claims.
    pub fn of_document(session: &Session, doc: usize) -> Counts {
        Counts::of(session.claims().iter().filter(|c| c.claim.doc == doc))
    }

    /// Adds another set of counts (several sessions).
    pub fn merge(&mut self, other: &Counts) {
        fn sum(a: &mut VerdictCounts, b: &VerdictCounts) {
            a.claims += b.claims;
            a.verified += b.verified;
            a.disputed += b.disputed;
            a.unclear += b.unclear;
            a.open += b.open;
        }
        sum(&mut self.verdicts, &other.verdicts);
        for (mine, theirs) in self.kinds.0.iter_mut().zip(other.kinds.0.iter()) {
            sum(mine, theirs);
        }
        self.claims = self.verdicts.claims;
        self.reviewed = self.verdicts.reviewed();
        self.open = self.verdicts.open;
        self.progress = self.verdicts.progress();
    }
}

/// The verdicts one reviewer gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewerCounts {
    /// The reviewer's name ([`UNNAMED_REVIEWER`] when the session recorded none).
    pub reviewer: String,
    /// Claims this reviewer gave a verdict.
    pub reviewed: usize,
    /// Of which verified.
    pub verified: usize,
    /// Of which disputed.
    pub disputed: usize,
    /// Of which unclear.
    pub unclear: usize,
    /// Verdicts given before an article edit changed their claim, waiting to be confirmed
    /// ([`Review::recheck`]): not counted above, as the claim counts as open.
    pub to_confirm: usize,
}

/// Each reviewer's own reviews of a claim: in a merged session the individual reviews, otherwise
/// the claim's one review.
pub fn individual_reviews(claim: &ReviewedClaim) -> &[Review] {
    if claim.reviews.is_empty() {
        std::slice::from_ref(&claim.review)
    } else {
        &claim.reviews
    }
}

/// Adds the verdicts given in a session to a per-reviewer tally, keyed by name. In a merged
/// session these are each reviewer's own verdicts plus the adjudicator's decisions.
pub fn count_reviewers(session: &Session, into: &mut BTreeMap<String, ReviewerCounts>) {
    for claim in session.claims() {
        let adjudication = is_adjudicated(claim).then_some(&claim.review);
        for review in individual_reviews(claim).iter().chain(adjudication) {
            let Some(verdict) = review.verdict else {
                continue;
            };
            let name = review
                .reviewer
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(UNNAMED_REVIEWER);
            let counts = into
                .entry(name.to_string())
                .or_insert_with(|| ReviewerCounts {
                    reviewer: name.to_string(),
                    reviewed: 0,
                    verified: 0,
                    disputed: 0,
                    unclear: 0,
                    to_confirm: 0,
                });
            if !review.recheck.is_empty() {
                counts.to_confirm += 1;
                continue;
            }
            counts.reviewed += 1;
            match verdict {
                Verdict::Verified => counts.verified += 1,
                Verdict::Disputed => counts.disputed += 1,
                Verdict::Unclear => counts.unclear += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testing::{claim_of_kind, review_by, session_with};

    #[test]
    fn counts_split_by_verdict_and_kind() {
        let session = session_with(vec![
            (
                claim_of_kind("A 1.", Kind::Quantity),
                review_by(Some(Verdict::Verified), "ann"),
            ),
            (
                claim_of_kind("A 2.", Kind::Quantity),
                review_by(Some(Verdict::Disputed), "ann"),
            ),
            (claim_of_kind("Q.", Kind::Quote), review_by(None, "ann")),
            (
                claim_of_kind("S.", Kind::Statement),
                review_by(Some(Verdict::Unclear), "bo"),
            ),
        ]);
        let counts = Counts::of(session.claims());
        assert_eq!((counts.claims, counts.reviewed, counts.open), (4, 3, 1));
        assert_eq!(counts.progress, 0.75);
        assert_eq!(counts.kinds.get(Kind::Quantity).claims, 2);
        assert_eq!(counts.kinds.get(Kind::Quantity).disputed, 1);
        assert_eq!(counts.kinds.get(Kind::Quote).open, 1);
        assert_eq!(counts.kinds.get(Kind::Date).claims, 0);

        let json = serde_json::to_value(counts).unwrap();
        let kinds: Vec<&String> = json["kinds"].as_object().unwrap().keys().collect();
        assert_eq!(kinds.len(), 5);
        assert_eq!(json["verdicts"]["unclear"], 1);

        let mut twice = counts;
        twice.merge(&counts);
        assert_eq!((twice.claims, twice.reviewed, twice.progress), (8, 6, 0.75));
    }

    #[test]
    fn progress_rounds_and_an_empty_set_is_complete() {
        let mut thirds = VerdictCounts::default();
        thirds.add(Some(Verdict::Verified));
        thirds.add(None);
        thirds.add(None);
        assert_eq!(thirds.progress(), 0.3333);
        assert_eq!(VerdictCounts::default().progress(), 1.0);
        assert_eq!(percent(0.6), "60.0%");
        assert_eq!(percent(0.3333), "33.3%");
        assert_eq!(percent(1.0), "100.0%");
    }

    #[test]
    fn reviewers_are_counted_from_individual_reviews() {
        let mut session = session_with(vec![
            (
                claim_of_kind("One.", Kind::Statement),
                review_by(Some(Verdict::Verified), "ann"),
            ),
            (
                claim_of_kind("Two.", Kind::Statement),
                Review {
                    verdict: Some(Verdict::Unclear),
                    ..Review::default()
                },
            ),
        ]);
        session.reviews_mut(0).extend([
            review_by(Some(Verdict::Verified), "ann"),
            review_by(Some(Verdict::Disputed), "bo"),
        ]);
        let mut reviewers = BTreeMap::new();
        count_reviewers(&session, &mut reviewers);
        let names: Vec<&str> = reviewers.keys().map(String::as_str).collect();
        assert_eq!(names, ["(unnamed)", "ann", "bo"]);
        assert_eq!(reviewers["bo"].disputed, 1);
        // Ann's own verdict, and her decision of the conflict as the final verdict.
        assert_eq!(reviewers["ann"].reviewed, 2);
    }

    #[test]
    fn verdicts_to_confirm_are_counted_apart_from_those_given() {
        // QA round 13 flow, item F: "1 of 4 claims reviewed" but "ana 3 verdicts, 3 verified".
        let flagged = || Review {
            recheck: vec![crate::session::Recheck {
                what: "dates".into(),
                was: "4 March 2025 (2025-03-04)".into(),
                now: "5 March 2025 (2025-03-05)".into(),
            }],
            ..review_by(Some(Verdict::Verified), "ana")
        };
        let session = session_with(vec![
            (
                claim_of_kind("One.", Kind::Statement),
                review_by(Some(Verdict::Verified), "ana"),
            ),
            (claim_of_kind("Two.", Kind::Statement), flagged()),
            (claim_of_kind("Three.", Kind::Statement), flagged()),
        ]);
        let mut reviewers = BTreeMap::new();
        count_reviewers(&session, &mut reviewers);
        let ana = &reviewers["ana"];
        assert_eq!((ana.reviewed, ana.verified, ana.to_confirm), (1, 1, 2));
        assert_eq!(Counts::of(session.claims()).reviewed, ana.reviewed);
    }
}
