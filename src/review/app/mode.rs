//! What the screen is doing besides showing the panes: browsing, or a dialog, an editor or a
//! list over them.

use ratatui_textarea::TextArea;

use super::SearchPrompt;

/// What the screen is doing besides showing the panes.
#[derive(Debug)]
pub enum Mode {
    /// Moving and marking.
    Browse,
    /// The key help overlay, scrolled by some rows.
    Help {
        /// Rows scrolled (clamped while drawing).
        scroll: u16,
    },
    /// "Quit without saving?" — `back` is the mode to return to.
    ConfirmQuit {
        /// The mode to go back to when the reviewer stays.
        back: Box<Mode>,
    },
    /// Editing the selected claim's note.
    Note(Box<TextArea<'static>>),
    /// "Discard the changes?" — Esc in an editor (`back`, a note or evidence) whose text was
    /// changed; the editor stays on screen with the question in its footer.
    ConfirmDiscard {
        /// The editor, with the typed text, to go back to or drop.
        back: Box<Mode>,
    },
    /// Typing one evidence item for the selected claim: a new one (from the main screen), or a
    /// replacement for the item at this index (chosen in [`Mode::EvidenceList`], which Esc goes
    /// back to).
    Evidence(Box<TextArea<'static>>, Option<usize>),
    /// Typing who speaks in the selected claim (empty: no one).
    Speaker(Box<TextArea<'static>>),
    /// The selected claim's evidence, to choose an item to edit or remove.
    EvidenceList {
        /// The highlighted item.
        choice: usize,
    },
    /// Typing a search.
    Search(Box<SearchPrompt>),
    /// What happened while the session was opened (re-extraction, orphans, a missing article),
    /// one paragraph per line, until the reviewer closes it.
    Report {
        /// The paragraphs.
        lines: Vec<String>,
        /// Rows scrolled (clamped while drawing and on each key).
        scroll: u16,
    },
    /// "Re-attach this orphaned review to this claim?" — the orphan by its claim's id, and the
    /// claim offered with how alike the two are.
    ConfirmReattach {
        /// Id of the orphaned review's claim.
        orphan: String,
        /// The claim that would take it.
        offered: crate::session::reattach::Likely,
    },
    /// Choosing the format of an export: `choice` indexes [`crate::export::Format::ALL`].
    Export {
        /// The highlighted format.
        choice: usize,
    },
}

impl Mode {
    /// Whether this is an editor of the selected claim's review (its note, an evidence item,
    /// its speaker), whose typed text quitting must not drop unasked.
    pub fn is_editor(&self) -> bool {
        matches!(self, Mode::Note(_) | Mode::Evidence(..) | Mode::Speaker(_))
    }
}
