//! Evidence: adding an item, and choosing one to edit or remove. Every change is a review edit
//! like a verdict, so it is saved at once and undone with `z`.

use crate::session::Review;

use super::super::action::Action;
use super::edit::text_field;
use super::{App, Effect, Mode};

impl App {
    /// `e`: a field for one new evidence item.
    pub(super) fn open_evidence(&mut self) {
        self.annotating_after_mark = self.marked.take();
        if self.editable().is_none() {
            return;
        }
        self.mode = Mode::Evidence(text_field(Vec::new()), None);
    }

    /// `E`: the selected claim's evidence, to choose an item to edit or remove.
    pub(super) fn open_evidence_list(&mut self) {
        let Some(at) = self.editable() else {
            return;
        };
        if self.session.claims()[at].review.evidence.is_empty() {
            self.notice = Some(format!("{} has no evidence yet", self.claim_label(at)));
            return;
        }
        self.mode = Mode::EvidenceList { choice: 0 };
    }

    /// The selected claim's evidence items.
    pub fn evidence(&self) -> &[String] {
        self.selected
            .and_then(|at| self.session.claim(at))
            .map_or(&[], |c| c.review.evidence.as_slice())
    }

    /// Keys in the evidence list: move, edit the chosen item, remove it, close.
    pub(super) fn evidence_list(&mut self, action: Action) -> Effect {
        let Mode::EvidenceList { choice } = self.mode else {
            return Effect::None;
        };
        let items = self.evidence().len();
        let last = items.saturating_sub(1);
        match action {
            Action::Down => {
                self.mode = Mode::EvidenceList {
                    choice: (choice + 1).min(last),
                }
            }
            Action::Up => {
                self.mode = Mode::EvidenceList {
                    choice: choice.saturating_sub(1),
                }
            }
            Action::Top => self.mode = Mode::EvidenceList { choice: 0 },
            Action::Bottom => self.mode = Mode::EvidenceList { choice: last },
            Action::Submit if choice < items => {
                let item = self.evidence()[choice].clone();
                self.mode = Mode::Evidence(text_field(vec![item]), Some(choice));
            }
            Action::RemoveItem => return self.remove_evidence(choice),
            Action::Cancel => self.mode = Mode::Browse,
            _ => {}
        }
        Effect::None
    }

    /// Removes the evidence item at `choice` from the selected claim; the list stays open while
    /// items remain.
    fn remove_evidence(&mut self, choice: usize) -> Effect {
        let Some(at) = self.selected else {
            return Effect::None;
        };
        let current = self.session.claims()[at].review.clone();
        if choice >= current.evidence.len() {
            return Effect::None;
        }
        let mut evidence = current.evidence.clone();
        let removed = evidence.remove(choice);
        let left = evidence.len();
        let change = self.set_review(
            at,
            Review {
                evidence,
                ..current
            },
        );
        self.mode = if left == 0 {
            Mode::Browse
        } else {
            Mode::EvidenceList {
                choice: choice.min(left - 1),
            }
        };
        self.notice = Some(format!(
            "removed from {}: {}",
            self.claim_label(at),
            crate::display::inert::cut(&removed, 40)
        ));
        change.map_or(Effect::None, |c| Effect::Persist(Box::new(c)))
    }
}
