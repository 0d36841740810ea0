//! Putting an orphaned review back on a claim: a copy edit ("on Sunday" added) gives a sentence a
//! new id, and its review becomes an orphan. The reviewer re-attaches it to the edited sentence,
//! which [`likely_claim`] finds by the words and figures the two share. The move is one [`Edit`]
//! that carries the orphan, so undo gives it back to the orphans and redo takes it again.

use std::collections::HashSet;

use super::model::{Edit, Review, ReviewedClaim, Session};

/// A claim that may be the one an orphaned review was about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Likely {
    /// The claim's position in the session.
    pub at: usize,
    /// How alike the two texts are, from 0 (no word in common) to 1 (the same words).
    pub similarity: f64,
    /// Whether the two texts hold the same figures (every number in one is in the other).
    pub same_figures: bool,
}

impl Likely {
    /// Least similarity for a claim to be offered at all.
    pub const OFFERED: f64 = 0.3;
    /// Least similarity for a claim with the same figures to be named as "probably" the one.
    pub const PROBABLE: f64 = 0.6;

    /// Whether the match is plain enough to be shown unasked: the same figures, most words shared.
    pub fn is_probable(&self) -> bool {
        self.same_figures && self.similarity >= Self::PROBABLE
    }
}

/// The words of a text, lower-cased: runs of letters and digits, a figure kept whole with its
/// decimal point or thousands separators ("3.25", "60,254").
fn words(text: &str) -> HashSet<String> {
    let mut words = HashSet::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let joins_figure = matches!(c, '.' | ',')
            && word.chars().last().is_some_and(|l| l.is_ascii_digit())
            && chars.peek().is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || joins_figure {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            words.insert(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.insert(word);
    }
    words
}

fn figures(words: &HashSet<String>) -> HashSet<&str> {
    words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .map(String::as_str)
        .collect()
}

/// How alike two texts are: the share of their distinct words they have in common (Dice's
/// coefficient, 0 to 1), and whether they hold the same figures.
pub fn similarity(a: &str, b: &str) -> (f64, bool) {
    let (a, b) = (words(a), words(b));
    compare(&a, &b)
}

fn compare(a: &HashSet<String>, b: &HashSet<String>) -> (f64, bool) {
    if a.is_empty() && b.is_empty() {
        return (1.0, true);
    }
    let shared = a.intersection(b).count();
    let dice = 2.0 * shared as f64 / (a.len() + b.len()) as f64;
    (dice, figures(a) == figures(b))
}

/// The claim of the orphan's article, with no review of its own, most like the orphan's text (at
/// least [`Likely::OFFERED`] alike); ties go to the claim nearest where the orphan stood.
pub fn likely_claim(session: &Session, orphan: &ReviewedClaim) -> Option<Likely> {
    let theirs = words(&orphan.claim.text);
    let mut best: Option<(Likely, usize)> = None;
    for (at, reviewed) in session.claims().iter().enumerate() {
        if reviewed.claim.doc != orphan.claim.doc || reviewed.has_review() {
            continue;
        }
        let (similarity, same_figures) = compare(&theirs, &words(&reviewed.claim.text));
        if similarity < Likely::OFFERED {
            continue;
        }
        let distance = reviewed.claim.start.abs_diff(orphan.claim.start);
        let likely = Likely {
            at,
            similarity,
            same_figures,
        };
        let better = best.is_none_or(|(b, d)| {
            (likely.same_figures, likely.similarity) > (b.same_figures, b.similarity)
                || ((likely.same_figures, likely.similarity) == (b.same_figures, b.similarity)
                    && distance < d)
        });
        if better {
            best = Some((likely, distance));
        }
    }
    best.map(|(likely, _)| likely)
}

impl Session {
    /// Puts the orphaned review with this claim id on the claim at `at`, which must have no review
    /// of its own (see [`ReviewedClaim::has_review`]), recording the move for undo. `None` when there is no such
    /// orphan or claim, or the claim has a review.
    pub fn reattach(&mut self, orphan_id: &str, at: usize) -> Option<Edit> {
        let i = self.orphans.iter().position(|o| o.claim.id == orphan_id)?;
        let target = self.claims.get(at)?;
        if target.has_review() {
            return None;
        }
        let orphan = self.orphans[i].clone();
        // Given on other figures (a speaker or dates) than the claim now has, the verdict waits
        // to be confirmed, as one carried over to a claim whose figures changed does.
        let recheck = super::recheck::reattached(&orphan.review, &orphan, &target.claim);
        let edit = Edit {
            claim: target.claim.id.clone(),
            before: target.review.clone(),
            after: Review {
                recheck,
                ..orphan.review.clone()
            },
            orphan: Some(Box::new(orphan.clone())),
        };
        self.put(at, edit.after.clone());
        self.attach(at, &orphan);
        self.record(edit.clone());
        Some(edit)
    }

    /// The orphan's reviewers' reviews go with it; it leaves the orphans.
    pub(super) fn attach(&mut self, at: usize, orphan: &ReviewedClaim) {
        self.claims[at].reviews = orphan.reviews.clone();
        self.orphans.retain(|o| o.claim.id != orphan.claim.id);
    }

    /// Undoing [`Session::reattach`]: the claim is left with no review (in a merged session, an
    /// open one by each reviewer, as the merge gave it), the orphan is back.
    pub(super) fn detach(&mut self, at: usize, orphan: &ReviewedClaim) {
        self.claims[at].reviews = orphan
            .reviews
            .iter()
            .map(|r| Review {
                reviewer: r.reviewer.clone(),
                ..Review::default()
            })
            .collect();
        if !self.orphans.iter().any(|o| o.claim.id == orphan.claim.id) {
            self.orphans.push(orphan.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Claim, Kind};
    use crate::session::{Review, Verdict};

    fn claim(text: &str, start: usize) -> Claim {
        Claim {
            id: crate::claim::claim_id(text, 1),
            doc: 0,
            text: text.to_string(),
            start,
            end: start + text.len(),
            kind: Kind::Quantity,
            score: 0.5,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: None,
        }
    }

    /// The football copy edit of QA round 10, item R2: "on Sunday" added.
    const BEFORE: &str =
        "Bukayo Saka scored twice as Arsenal beat Aston Villa 2-1 at the Emirates.";
    const AFTER: &str =
        "Bukayo Saka scored twice as Arsenal beat Aston Villa 2-1 at the Emirates on Sunday.";

    fn session_with_orphan() -> Session {
        let mut session = Session::new(
            "test",
            Vec::new(),
            vec![
                claim("A crowd of 60,254 watched the match.", 0),
                claim(AFTER, 40),
                claim("Arsenal are on 29 points from 13 games.", 130),
            ],
        );
        session.orphans.push(ReviewedClaim {
            claim: claim(BEFORE, 40),
            review: Review {
                verdict: Some(Verdict::Disputed),
                note: "It was 2-1 to Arsenal, but Watkins scored first.".into(),
                evidence: vec!["https://www.premierleague.com/match/1".into()],
                reviewer: Some("ana".into()),
                reviewed_at: Some("2025-11-23T18:00:00Z".into()),
                ..Review::default()
            },
            reviews: Vec::new(),
        });
        session
    }

    #[test]
    fn words_keep_figures_whole_and_ignore_case_and_punctuation() {
        let w = words("Rates fell to 3.25 percent; 60,254 fans, Saka's goal.");
        for word in ["rates", "3.25", "60,254", "fans", "saka", "s", "goal"] {
            assert!(w.contains(word), "{word} in {w:?}");
        }
        assert!(!w.contains("3"), "{w:?}");
    }

    #[test]
    fn a_copy_edit_is_probably_the_same_claim_and_a_changed_figure_is_not() {
        let (alike, same_figures) = similarity(BEFORE, AFTER);
        assert!(alike > 0.9 && same_figures, "{alike}");
        let (alike, same_figures) = similarity(
            "The bank cut rates by 50 basis points to 3.25 percent.",
            "The bank cut rates by 40 basis points to 3.25 percent.",
        );
        assert!(alike > 0.8 && !same_figures, "{alike}");
        let (alike, _) = similarity(BEFORE, "Inflation fell to 2.8% in November.");
        assert!(alike < Likely::OFFERED, "{alike}");
    }

    #[test]
    fn the_likely_claim_is_the_edited_sentence_without_a_review() {
        let mut session = session_with_orphan();
        let orphan = session.orphans[0].clone();
        let likely = likely_claim(&session, &orphan).unwrap();
        assert_eq!(likely.at, 1);
        assert!(likely.is_probable(), "{likely:?}");
        // A claim with a review of its own is never offered.
        session.set_review(
            1,
            Review {
                note: "seen".into(),
                ..Review::default()
            },
        );
        assert_eq!(likely_claim(&session, &orphan), None);
    }

    #[test]
    fn reattaching_moves_the_review_and_undo_and_redo_move_it_back_and_forth() {
        let mut session = session_with_orphan();
        let orphan_id = session.orphans[0].claim.id.clone();
        let review = session.orphans[0].review.clone();
        let edit = session.reattach(&orphan_id, 1).unwrap();
        assert_eq!(edit.claim, session.claims()[1].claim.id);
        assert_eq!(session.claims()[1].review, review);
        assert!(session.orphans.is_empty());
        assert_eq!(session.tally().disputed, 1);
        assert_eq!(
            session.reattach(&orphan_id, 1),
            None,
            "gone from the orphans"
        );

        session.undo();
        assert!(session.claims()[1].review.is_empty());
        assert_eq!(session.orphans.len(), 1);
        assert_eq!(session.orphans[0].review, review);
        assert_eq!(session.tally().disputed, 0);
        session.redo();
        assert_eq!(session.claims()[1].review, review);
        assert!(session.orphans.is_empty());
        assert_eq!(session.tally().disputed, 1);
    }

    #[test]
    fn a_claim_with_a_review_does_not_take_an_orphan() {
        let mut session = session_with_orphan();
        let orphan_id = session.orphans[0].claim.id.clone();
        session.set_review(
            1,
            Review {
                verdict: Some(Verdict::Verified),
                ..Review::default()
            },
        );
        assert_eq!(session.reattach(&orphan_id, 1), None);
        assert_eq!(session.orphans.len(), 1);
    }

    #[test]
    fn a_reattachment_survives_the_journal_and_the_session_file() {
        use crate::session::journal::{Change, replay};
        let mut session = session_with_orphan();
        let start = session.clone();
        let orphan_id = session.orphans[0].claim.id.clone();
        let changes = vec![
            Change::Edit(session.reattach(&orphan_id, 1).unwrap()),
            Change::Undo(session.undo().unwrap()),
            Change::Redo(session.redo().unwrap()),
        ];
        let lines: Vec<String> = changes
            .iter()
            .map(|c| serde_json::to_string(c).unwrap())
            .collect();
        let read: Vec<Change> = lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(read, changes);
        let mut replayed = start;
        replay(&mut replayed, &read).unwrap();
        assert_eq!(replayed, session);
        let text = crate::session::to_json(&session);
        let mut back: Session = serde_json::from_str(&text).unwrap();
        back.rebuild();
        assert_eq!(back, session, "the undo step keeps the orphan");
    }
}
