//! Whether what the screen shows is on disk: the outcomes the event loop reports back, the count
//! of changes that only memory holds, and Ctrl-C (or a signal), which keeps an editor's text.

use super::notice::count;
use super::{App, Effect, Mode, SaveState};

impl App {
    /// Tells the app whether the last [`Effect::Persist`] (a change written to the journal)
    /// reached the disk. A change that did not stays counted until a full save writes it, even
    /// when later ones reach the journal.
    pub fn persisted(&mut self, outcome: Result<(), String>) {
        match outcome {
            Ok(()) if self.not_on_disk == 0 => self.saved_now(),
            Ok(()) => {}
            Err(message) => {
                self.not_on_disk += 1;
                self.notice = Some(match self.not_on_disk {
                    1 => format!("not saved: {message}"),
                    n => format!("{n} changes not saved: {message}"),
                });
                self.save = SaveState::Failed(message);
            }
        }
    }

    /// Tells the app that the place (selected claim, filters) could not be written; no review
    /// changed, so nothing is counted as lost.
    pub fn place_not_saved(&mut self, message: String) {
        if self.not_on_disk > 0 {
            // The changes not saved are what the reviewer must hear about.
            return;
        }
        self.notice = Some(format!("not saved: {message}"));
        self.save = SaveState::Failed(message);
    }

    /// Tells the app whether writing the whole session file ([`Effect::Save`], or the save on
    /// [`Effect::Quit`]) worked. When it failed, the journal still holds every change that was
    /// saved: only a change that never reached the journal is not on disk.
    pub fn folded(&mut self, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => {
                self.not_on_disk = 0;
                self.saved_now();
            }
            Err(message) if self.not_on_disk > 0 => {
                self.notice = Some(format!(
                    "not saved ({} only on screen): {message}",
                    count(self.not_on_disk, "change")
                ));
                self.save = SaveState::Failed(message);
            }
            Err(message) => {
                self.notice = Some(format!(
                    "session file not rewritten, every change is in its journal: {message}"
                ));
                self.save = SaveState::InJournal(message);
            }
        }
    }

    fn saved_now(&mut self) {
        self.save = SaveState::Saved {
            at: Some(self.clock.now().format("%H:%M:%S").to_string()),
        };
    }

    /// Changes made this run that neither the session file nor its journal holds.
    pub fn not_on_disk(&self) -> usize {
        self.not_on_disk
    }

    /// What quitting with Ctrl-C or a signal kept from an open editor ("the note being typed on
    /// #4 … was kept"), to say on leaving.
    pub fn kept_draft(&self) -> Option<&str> {
        self.kept_draft.as_deref()
    }

    /// Ctrl-C, or a signal: save and quit whatever the screen shows. A note or evidence item
    /// being typed is kept ("save and quit"): applied to the claim and handed over as a change,
    /// journalled and saved like any other.
    pub(super) fn force_quit(&mut self) -> Effect {
        // A question about the editor (discard? quit anyway?) gives way: the editor's text stays.
        if let Mode::ConfirmDiscard { back } | Mode::ConfirmQuit { back } = &self.mode
            && back.is_editor()
            && let Mode::ConfirmDiscard { back } | Mode::ConfirmQuit { back } =
                std::mem::replace(&mut self.mode, Mode::Browse)
        {
            self.mode = *back;
        }
        let what = match self.mode {
            Mode::Note(_) => "the note being typed on",
            Mode::Evidence(..) => "the evidence being typed for",
            Mode::Speaker(_) => "the speaker being typed for",
            _ => return Effect::ForceQuit { draft: None },
        };
        let label = self.selected.map(|at| self.claim_label(at));
        match self.submit() {
            Effect::Persist(change) => {
                let label = label.unwrap_or_default();
                // An editor emptied (Ctrl-U) and left so empties the note: say so, not "kept".
                let edit = change.edit();
                let emptied = edit.after.note.is_empty() && !edit.before.note.is_empty();
                self.kept_draft = Some(match emptied {
                    true => format!("the note on {label} was emptied, as the editor left it"),
                    false => format!("{what} {label} was kept"),
                });
                Effect::ForceQuit {
                    draft: Some(change),
                }
            }
            _ => Effect::ForceQuit { draft: None },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{app, press, type_text};
    use super::*;
    use crate::review::app::Change;

    fn draft_of(effect: Effect) -> Change {
        match effect {
            Effect::ForceQuit {
                draft: Some(change),
            } => *change,
            other => panic!("expected a kept draft, got {other:?}"),
        }
    }

    #[test]
    fn ctrl_c_in_the_note_editor_hands_the_note_over_as_a_change() {
        let mut a = app();
        press(&mut a, "j c");
        type_text(&mut a, "Draft typed then");
        let change = draft_of(press(&mut a, "Ctrl-C"));
        assert_eq!(change.edit().after.note, "Draft typed then");
        assert_eq!(a.session().claims()[1].review.note, "Draft typed then");
        assert_eq!(
            a.kept_draft(),
            Some("the note being typed on #2 “Claim number 1 says som…” was kept")
        );
    }

    #[test]
    fn ctrl_c_after_emptying_a_note_says_the_note_was_emptied() {
        let mut a = app();
        press(&mut a, "j c");
        type_text(&mut a, "A first note");
        press(&mut a, "Ctrl-S");
        press(&mut a, "c Ctrl-U");
        let change = draft_of(press(&mut a, "Ctrl-C"));
        assert_eq!(change.edit().after.note, "");
        assert_eq!(
            a.kept_draft(),
            Some("the note on #2 “Claim number 1 says som…” was emptied, as the editor left it")
        );
    }

    #[test]
    fn a_signal_keeps_evidence_even_behind_the_discard_question() {
        let mut a = app();
        press(&mut a, "e");
        type_text(&mut a, "https://example.org/report");
        press(&mut a, "Esc");
        assert!(matches!(a.mode(), Mode::ConfirmDiscard { .. }));
        let change = draft_of(a.update(crate::review::Action::Terminate));
        assert_eq!(change.edit().after.evidence, ["https://example.org/report"]);
        assert!(
            a.kept_draft()
                .unwrap()
                .starts_with("the evidence being typed for #1")
        );
    }

    #[test]
    fn nothing_is_kept_from_an_editor_left_as_it_was() {
        let mut a = app();
        press(&mut a, "c");
        assert_eq!(press(&mut a, "Ctrl-C"), Effect::ForceQuit { draft: None });
        assert_eq!(a.kept_draft(), None);
        let mut a = app();
        assert_eq!(press(&mut a, "Ctrl-C"), Effect::ForceQuit { draft: None });
    }

    #[test]
    fn changes_the_journal_refused_are_counted_until_a_full_save() {
        let mut a = app();
        press(&mut a, "v");
        a.persisted(Err("disk full".into()));
        press(&mut a, "d");
        a.persisted(Err("disk full".into()));
        a.place_not_saved("disk full".into());
        assert_eq!(a.notice(), Some("2 changes not saved: disk full"));
        // A later change that reaches the journal does not bring the first two back.
        press(&mut a, "u");
        a.persisted(Ok(()));
        assert_eq!(a.not_on_disk(), 2);
        assert!(matches!(a.save_state(), SaveState::Failed(_)));
        a.folded(Err("read-only folder".into()));
        assert_eq!(
            a.notice(),
            Some("not saved (2 changes only on screen): read-only folder")
        );
        assert!(matches!(a.save_state(), SaveState::Failed(_)));
        a.folded(Ok(()));
        assert_eq!(a.not_on_disk(), 0);
        assert!(!a.unsaved());
    }

    #[test]
    fn a_place_that_is_not_saved_is_no_lost_change() {
        let mut a = app();
        press(&mut a, "j");
        a.place_not_saved("disk full".into());
        assert!(a.unsaved());
        assert_eq!(a.not_on_disk(), 0);
        a.folded(Err("disk full".into()));
        assert!(matches!(a.save_state(), SaveState::InJournal(_)));
    }
}
