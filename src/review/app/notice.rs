//! The status line's messages: what an action did, said in the list's own words, and never cut.
//! A message wider than the status line takes both of its rows; one longer than that is shown
//! whole in a dialog that the next key closes.

use crate::claim::Kind;
use crate::display::inert;
use crate::display::wrap::wrap_plain;
use crate::session::Verdict;

use super::super::action::Action;
use super::super::layout::{self, STATUS_HEIGHT};
use super::{App, Effect, Mode};

pub use crate::display::count;

impl App {
    /// The notice as the status line shows it at the current width: one line each row.
    pub fn notice_lines(&self) -> Vec<String> {
        self.notice.as_deref().map_or_else(Vec::new, |notice| {
            wrap_plain(notice, usize::from(self.area.width))
        })
    }

    /// Rows the notice's dialog is scrolled by ([`App::notice_in_dialog`]).
    pub fn notice_scroll(&self) -> u16 {
        self.notice_scroll
    }

    /// Whether the notice is too long for the status line and is shown in a dialog instead.
    pub fn notice_in_dialog(&self) -> bool {
        matches!(self.mode, Mode::Browse)
            && !self.is_too_small()
            && self.notice_lines().len() > usize::from(STATUS_HEIGHT)
    }

    /// Keys while a long notice is shown in a dialog: the keys that close a dialog close it;
    /// nothing else happens, so a key meant to close it does not act on the claims behind it.
    pub(super) fn notice_dialog(&mut self, action: &Action) -> Option<Effect> {
        if !self.notice_in_dialog() {
            return None;
        }
        match action {
            Action::Cancel => {
                self.notice = None;
                self.notice_scroll = 0;
            }
            Action::ForceQuit => return Some(Effect::ForceQuit { draft: None }),
            _ => {
                let area = self.area_rect();
                let rows = layout::dialog_rows(area, &[self.notice.clone().unwrap_or_default()]);
                self.notice_scroll =
                    super::report::scrolled(self.notice_scroll, action, area, &rows);
            }
        }
        Some(Effect::None)
    }

    /// The filters in force, as the list's title and the status line both say them
    /// ("open · quote · ✗ figures").
    pub fn filter_label(&self) -> String {
        let mut label = format!(
            "{} · {}",
            self.filter.label(),
            self.kind.map_or("every kind", Kind::label)
        );
        if self.inconsistent_only {
            label.push_str(" · ✗ figures");
        }
        label
    }

    /// Says what a changed filter shows.
    pub(super) fn say_filter(&mut self) {
        let mut shown = count(self.claims_in_view(), "claim");
        let orphans = self.orphans_in_view();
        if orphans > 0 {
            shown = format!("{shown} and {}", count(orphans, "orphaned review"));
        }
        self.notice = Some(format!("showing {shown}: {}", self.filter_label()));
    }

    /// Says what an undo or redo changed, on which claim.
    pub(super) fn say_history(&mut self, what: &str, at: usize, edit: &crate::session::Edit) {
        let label = self.claim_label(at);
        let now = if what == "undone" {
            &edit.before
        } else {
            &edit.after
        };
        self.notice = Some(if edit.orphan.is_some() {
            if what == "undone" {
                format!("{what}: the review is an orphan again, and {label} has none")
            } else {
                format!("{what}: the orphaned review is back on {label}")
            }
        } else if edit.before.verdict != edit.after.verdict {
            let verdict = now.verdict.map_or("open", Verdict::label);
            format!("{what}: {label} is {verdict}")
        } else if edit.before.note != edit.after.note {
            format!("{what}: the note of {label}")
        } else if edit.before.evidence != edit.after.evidence {
            format!("{what}: the evidence of {label}")
        } else if edit.before.corrected_speaker != edit.after.corrected_speaker {
            let found = self.entry(at).and_then(|c| c.claim.speaker.as_deref());
            let speaker = match (now.corrected_speaker.as_deref(), found) {
                (Some(""), _) | (None, None) => "no one".to_string(),
                (Some(name), _) | (None, Some(name)) => inert::cut(name, 32),
            };
            format!("{what}: the speaker of {label}, now {speaker}")
        } else {
            format!("{what}: {label}")
        });
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular() {
        assert_eq!(count(1, "claim"), "1 claim");
        assert_eq!(count(0, "claim"), "0 claims");
        assert_eq!(count(12, "claim"), "12 claims");
    }
}
