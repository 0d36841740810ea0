//! Re-attaching an orphaned review (QA round 10, item R2): a copy edit gives a sentence a new id
//! and orphans its review; on the orphan's row the reviewer asks for the claim most like it
//! ([`likely_claim`]), sees both texts, and confirms. The move is one edit, undone like any other.

use crate::claim::Claim;
use crate::display::{inert, quoted};
use crate::session::reattach::{Likely, likely_claim};
use crate::session::recheck::{dates, figures, reattached, speaker};
use crate::session::{OPEN_GLYPH, RECHECK_GLYPH, Review, ReviewedClaim};

use super::super::action::Action;
use super::super::index::ClaimIndex;
use super::super::keymap::Context;
use super::{App, Change, Effect, Mode};

impl App {
    /// The key that asks for a re-attachment, as the keymap names it.
    pub(super) fn reattach_key(&self) -> String {
        self.keymap
            .keys(Context::Browse, &Action::Reattach)
            .first()
            .map_or_else(String::new, ToString::to_string)
    }

    /// The claim most like the orphaned review at list position `at` (none for a claim).
    fn likely_for(&self, at: usize) -> Option<Likely> {
        let orphan = self
            .session
            .orphans
            .get(at.checked_sub(self.session.claims().len())?)?;
        likely_claim(&self.session, orphan)
    }

    /// Keeps the selected orphan's likely claim for the detail pane to name (computed once per
    /// key, not once per frame: it reads every claim).
    pub(super) fn refresh_likely(&mut self) {
        let selected = self.selected.filter(|&at| self.is_orphan(at));
        self.likely = selected.and_then(|at| Some((at, self.likely_for(at)?)));
    }

    /// "Probably: #12 “…” (r re-attaches the review to it)" for the selected orphaned review,
    /// when a claim without a review has the same figures and most of its words.
    pub fn probable_claim(&self) -> Option<String> {
        let (at, likely) = self.likely?;
        if Some(at) != self.selected || !likely.is_probable() {
            return None;
        }
        Some(format!(
            "{} ({} re-attaches the review to it)",
            self.claim_label(likely.at),
            self.reattach_key()
        ))
    }

    /// `r`: on an orphaned review, asks whether to put it on the claim most like it.
    pub(super) fn offer_reattach(&mut self) {
        let key = self.reattach_key();
        let Some(at) = self.selected.filter(|&at| self.is_orphan(at)) else {
            self.notice = Some(if self.session.orphans.is_empty() {
                format!("{key} re-attaches an orphaned review; this session has none")
            } else {
                format!(
                    "{key} re-attaches an orphaned review: select one under “Orphaned reviews”, \
                     after the last claim"
                )
            });
            return;
        };
        let orphan = &self.session.orphans[at - self.session.claims().len()];
        // (Kept for the selection by `refresh_likely` after the last key.)
        let likely = match self.likely {
            Some((of, likely)) if of == at => Some(likely),
            _ => self.likely_for(at),
        };
        match likely {
            Some(likely) => {
                self.mode = Mode::ConfirmReattach {
                    orphan: orphan.claim.id.clone(),
                    offered: likely,
                }
            }
            None => {
                self.notice = Some(format!(
                    "no claim without a review of its own is like {}: nothing to re-attach it to",
                    quoted(&inert::cut(&orphan.claim.text, 40))
                ))
            }
        }
    }

    /// The re-attach question, a paragraph per line: the review, the two texts, how alike they
    /// are.
    pub fn reattach_question(&self) -> Vec<String> {
        let Mode::ConfirmReattach { orphan, offered } = &self.mode else {
            return Vec::new();
        };
        let (Some(orphan), Some(target)) = (
            self.session.orphans.iter().find(|o| o.claim.id == *orphan),
            self.session.claim(offered.at),
        ) else {
            return Vec::new();
        };
        let Likely {
            at: claim,
            similarity,
            same_figures,
        } = *offered;
        let percent = similarity * 100.0;
        let alike = match differences(orphan, &target.claim, same_figures) {
            None => format!("Same figures; {percent:.0} % of the words in common."),
            Some(what) => format!(
                "{what} ({percent:.0} % of the words in common): check that the review still \
                 holds for the new text."
            ),
        };
        let mut question = vec![
            format!("The review: {}", summary(&orphan.review)),
            format!("was on: {}", quoted(&orphan.claim.text)),
            format!("Put it on #{}: {}", claim + 1, quoted(&target.claim.text)),
            alike,
        ];
        // What the verdict was given on differs from the claim: it will wait to be confirmed.
        let recheck = Review {
            recheck: reattached(&orphan.review, orphan, &target.claim),
            ..Review::default()
        };
        if let (Some(_), Some(changed)) = (orphan.review.verdict, recheck.recheck_summary()) {
            question.push(format!(
                "The verdict will wait to be confirmed ({RECHECK_GLYPH}): {changed}."
            ));
        }
        question
    }

    /// The answer to the re-attach question.
    pub(super) fn confirm_reattach(&mut self, action: Action) -> Effect {
        if !matches!(action, Action::Confirm | Action::Cancel) {
            return Effect::None;
        }
        let Mode::ConfirmReattach { orphan, offered } =
            std::mem::replace(&mut self.mode, Mode::Browse)
        else {
            return Effect::None;
        };
        let claim = offered.at;
        if action == Action::Cancel {
            self.notice = Some("not re-attached: the review stays an orphan".into());
            return Effect::None;
        }
        let Some(edit) = self.session.reattach(&orphan, claim) else {
            self.notice = Some(format!(
                "{} has a review of its own now: not re-attached",
                self.claim_label(claim)
            ));
            return Effect::None;
        };
        self.reindex();
        self.select(Some(claim));
        let undo = self
            .keymap
            .keys(Context::Browse, &Action::Undo)
            .first()
            .map_or_else(String::new, ToString::to_string);
        self.notice = Some(format!(
            "re-attached the review ({}) to {}; {undo} undoes it",
            summary(&edit.after),
            self.claim_label(claim)
        ));
        Effect::Persist(Box::new(Change::Review(edit)))
    }

    /// Indexes the claims and orphans again: re-attaching one (or undoing that) moves the
    /// orphans' positions.
    pub(super) fn reindex(&mut self) {
        self.index = ClaimIndex::with_flags(&self.session, &self.checks.inconsistent());
    }
}

/// What differs between the orphan's claim and the one offered, as the dialog says it ("The dates
/// differ", "The figures and the speaker differ"); `None` when nothing does. `same_figures` is
/// whether the two texts have the same numbers: when they do not, but neither the figures nor the
/// dates read from them differ, "The numbers differ".
fn differences(orphan: &ReviewedClaim, target: &Claim, same_figures: bool) -> Option<String> {
    let (was, now) = (&orphan.claim, target);
    let mut what = Vec::new();
    if figures(was) != figures(now) {
        what.push("figures");
    }
    if dates(was) != dates(now) {
        what.push("dates");
    }
    // A corrected speaker goes with the review: it is what was judged.
    if orphan.review.corrected_speaker.is_none() && speaker(was) != speaker(now) {
        what.push("speaker");
    }
    if what.is_empty() {
        return (!same_figures).then(|| "The numbers differ".to_string());
    }
    let verb = if what.len() == 1 && what[0] == "speaker" {
        "differs"
    } else {
        "differ"
    };
    let named: Vec<String> = what.iter().map(|w| format!("the {w}")).collect();
    let listed = match named.split_last()? {
        (last, []) => last.clone(),
        (last, rest) => format!("{} and {last}", rest.join(", ")),
    };
    let mut line = format!("{listed} {verb}");
    line[..1].make_ascii_uppercase();
    Some(line)
}

/// "✗ disputed · ana · a note · 1 evidence item".
fn summary(review: &Review) -> String {
    let mut parts = vec![review.verdict.map_or(format!("{OPEN_GLYPH} open"), |v| {
        format!("{} {}", v.glyph(), v.label())
    })];
    if !review.recheck.is_empty() {
        parts[0].push_str(&format!(", {RECHECK_GLYPH} to confirm"));
    }
    parts.extend(review.reviewer.clone());
    if !review.note.is_empty() {
        parts.push("a note".into());
    }
    if !review.evidence.is_empty() {
        parts.push(crate::display::count(
            review.evidence.len(),
            "evidence item",
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{DateRef, Kind, Quantity};
    use crate::session::Verdict;

    fn claim(speaker: &str, day: u8) -> Claim {
        Claim {
            id: format!("c{day}"),
            doc: 0,
            text: format!("{speaker} said on {day} March 2025 that 12 people had died."),
            start: 0,
            end: 10,
            kind: Kind::Quantity,
            score: 0.9,
            quantities: vec![Quantity {
                value: 12.0,
                unit: Some("people".into()),
                text: "12 people".into(),
                ..Quantity::default()
            }],
            dates: vec![DateRef {
                text: format!("{day} March 2025"),
                iso: Some(format!("2025-03-{day:02}")),
                ..DateRef::default()
            }],
            speaker: Some(speaker.into()),
        }
    }

    #[test]
    fn the_dialog_names_what_differs_not_the_figures_when_only_a_date_changed() {
        // QA round 13 flow, item E: "4 March" became "5 March" and the dialog said "The figures
        // differ", then listed only the speaker and the dates.
        let orphan = ReviewedClaim {
            claim: claim("Jane Roe", 4),
            review: Review {
                verdict: Some(Verdict::Verified),
                ..Review::default()
            },
            reviews: Vec::new(),
        };
        let said = |target: &Claim, same_figures| differences(&orphan, target, same_figures);
        assert_eq!(said(&claim("Jane Roe", 4), true), None);
        assert_eq!(
            said(&claim("Jane Roe", 5), false).as_deref(),
            Some("The dates differ")
        );
        assert_eq!(
            said(&claim("Tom Poe", 5), false).as_deref(),
            Some("The dates and the speaker differ")
        );
        assert_eq!(
            said(&claim("Tom Poe", 4), true).as_deref(),
            Some("The speaker differs")
        );
        let mut more = claim("Jane Roe", 4);
        more.quantities[0].value = 13.0;
        more.quantities[0].text = "13 people".into();
        assert_eq!(said(&more, false).as_deref(), Some("The figures differ"));
        // A number that is neither a figure nor a date.
        assert_eq!(
            said(&claim("Jane Roe", 4), false).as_deref(),
            Some("The numbers differ")
        );
    }
}
