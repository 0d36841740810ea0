//! Everything the reviewer can ask of the review screen, independent of the key that asks it.
//!
//! Keys become actions in one place ([`super::keymap`]); the help overlay and the status-line hints
//! read the live keymap and the texts below, so a new action does not compile until it has a help
//! text and a section.

use ratatui_textarea::Input;

/// One thing the reviewer asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Next claim in the list, or scroll the focused pane down.
    Down,
    /// Previous claim, or scroll the focused pane up.
    Up,
    /// A screenful down.
    PageDown,
    /// A screenful up.
    PageUp,
    /// First claim, or the top of the focused pane.
    Top,
    /// Last claim, or the bottom of the focused pane.
    Bottom,
    /// Mark the selected claim verified and move to the next open claim.
    MarkVerified,
    /// Mark the selected claim disputed and move to the next open claim.
    MarkDisputed,
    /// Mark the selected claim unclear and move to the next open claim.
    MarkUnclear,
    /// Remove the selected claim's verdict (its note and evidence stay).
    ClearVerdict,
    /// Revert the last change to a review.
    Undo,
    /// Reapply the last undone change.
    Redo,
    /// Write the session as a report (JSON, CSV, Markdown or ClaimReview) beside the session file;
    /// asks for the format first.
    Export,
    /// Open the note (comment) of the selected claim in an editor.
    EditNote,
    /// Add a link or citation to the selected claim's evidence.
    AddEvidence,
    /// Choose one of the selected claim's evidence items to edit or remove.
    EditEvidence,
    /// Correct who speaks in the selected claim (the extractor's attribution is wrong).
    EditSpeaker,
    /// On an orphaned review: put it back on the claim most like its old one (asks first).
    Reattach,
    /// Remove the chosen item (an evidence item); undo brings it back.
    RemoveItem,
    /// Search the claims' text, selecting the first match as the reviewer types.
    Search,
    /// Jump to the next search match.
    SearchNext,
    /// Jump to the previous search match.
    SearchPrevious,
    /// Cycle the verdict filter: all, open, verified, disputed, unclear.
    CycleVerdictFilter,
    /// Cycle the kind filter: every kind, then each kind in turn.
    CycleKindFilter,
    /// Show only the claims whose figures a check found inconsistent, or every claim again.
    FilterInconsistent,
    /// Move the focus to the next pane.
    FocusNext,
    /// Move the focus to the previous pane.
    FocusPrevious,
    /// Show or hide the key help.
    Help,
    /// Quit; asks first only when a change is not on disk.
    Quit,
    /// Save what is kept and quit at once, whatever the mode.
    ForceQuit,
    /// Write the whole session file now (every change is already saved as it is made).
    Save,
    /// Keep the text being edited (note, evidence, search).
    Submit,
    /// Close the open dialog without keeping anything, or answer no; an editor whose text was
    /// changed asks before dropping it.
    Cancel,
    /// In a text field, delete everything before the cursor on its line.
    ClearLine,
    /// In a text field, delete the word before the cursor.
    DeleteWord,
    /// In the search field, bring back an earlier search (again: one before it).
    RecallOlder,
    /// In the search field, go back to a later search, then to an empty field.
    RecallNewer,
    /// Answer yes in a dialog.
    Confirm,
    /// A key typed into the open text field.
    Input(Input),
    /// A mouse click at a screen cell.
    Click {
        /// Screen column.
        column: u16,
        /// Screen row.
        row: u16,
    },
    /// The mouse wheel turned over a screen cell.
    Wheel {
        /// Screen column.
        column: u16,
        /// Screen row.
        row: u16,
        /// True when turned towards the reviewer (scrolling down).
        down: bool,
    },
    /// claimcheck was told to stop (SIGTERM, SIGHUP, SIGINT): save and quit, as Ctrl-C does.
    Terminate,
    /// The terminal changed size.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
}

/// The groups of the help overlay, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Moving through claims and panes.
    Move,
    /// Giving verdicts.
    Verdict,
    /// Notes and evidence.
    Annotate,
    /// Search and filters.
    Find,
    /// Undoing and redoing changes.
    History,
    /// Panes, help, saving, quitting.
    Screen,
    /// Inside editors and dialogs.
    Dialog,
}

impl Section {
    /// Every section, in display order.
    pub const ALL: [Section; 7] = [
        Section::Move,
        Section::Verdict,
        Section::Annotate,
        Section::History,
        Section::Find,
        Section::Screen,
        Section::Dialog,
    ];

    /// Heading shown in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Section::Move => "Move",
            Section::Verdict => "Verdicts",
            Section::Annotate => "Notes and evidence",
            Section::Find => "Search and filters",
            Section::History => "Undo",
            Section::Screen => "Screen and session",
            Section::Dialog => "Editors and dialogs",
        }
    }
}

impl Action {
    /// Every action a key can be bound to, in help order.
    pub const COMMANDS: [Action; 38] = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::MarkVerified,
        Action::MarkDisputed,
        Action::MarkUnclear,
        Action::ClearVerdict,
        Action::EditNote,
        Action::AddEvidence,
        Action::EditEvidence,
        Action::EditSpeaker,
        Action::Reattach,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrevious,
        Action::CycleVerdictFilter,
        Action::CycleKindFilter,
        Action::FilterInconsistent,
        Action::FocusNext,
        Action::FocusPrevious,
        Action::Undo,
        Action::Redo,
        Action::Export,
        Action::Help,
        Action::Save,
        Action::Quit,
        Action::ForceQuit,
        Action::Submit,
        Action::Cancel,
        Action::Confirm,
        Action::RemoveItem,
        Action::ClearLine,
        Action::DeleteWord,
        Action::RecallOlder,
        Action::RecallNewer,
    ];

    /// What the action does, as the help overlay says it.
    pub fn description(&self) -> &'static str {
        match self {
            Action::Down => "next claim (scrolls the focused pane)",
            Action::Up => "previous claim (scrolls the focused pane)",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::Top => "first claim / top of the pane",
            Action::Bottom => "last claim / bottom of the pane",
            Action::MarkVerified => "mark verified, go to the next open claim",
            Action::MarkDisputed => "mark disputed, go to the next open claim",
            Action::MarkUnclear => "mark unclear, go to the next open claim",
            Action::ClearVerdict => "clear the verdict (note and evidence stay)",
            Action::Undo => "undo the last change (verdict, note, evidence or speaker)",
            Action::Redo => "redo the change undone",
            Action::Export => "export a report beside the session (asks the format)",
            Action::EditNote => "edit the note (comment)",
            Action::AddEvidence => "add evidence: a link or citation",
            Action::EditEvidence => "edit or remove an evidence item (asks which)",
            Action::EditSpeaker => "correct the speaker (empty: no one speaks)",
            Action::Reattach => "orphaned review: re-attach it to the claim most like it (asks)",
            Action::RemoveItem => "remove the chosen item (undo brings it back)",
            Action::Search => "search the claims as you type",
            Action::SearchNext => "next match",
            Action::SearchPrevious => "previous match",
            Action::CycleVerdictFilter => "filter: all, open, verified, disputed, unclear",
            Action::CycleKindFilter => "filter by kind of claim",
            Action::FilterInconsistent => "only claims whose figures do not add up (✗), or all",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrevious => "focus the previous pane",
            Action::Help => "this help",
            Action::Quit => "quit (asks only if a change is not saved)",
            Action::ForceQuit => "save and quit at once",
            Action::Save => "write the whole session file now",
            Action::Submit => "keep the text, or take the highlighted choice",
            Action::Cancel => "close, or answer no (an editor asks before dropping typed text)",
            Action::Confirm => "answer yes",
            Action::ClearLine => "clear the line (everything before the cursor)",
            Action::DeleteWord => "delete the word before the cursor",
            Action::RecallOlder => "bring back the last search, then earlier ones",
            Action::RecallNewer => "a later search, then an empty field",
            Action::Input(_) => "type into the text field",
            Action::Click { .. } => "select the claim or pane under the mouse",
            Action::Wheel { .. } => "scroll the list or pane under the mouse",
            Action::Resize { .. } => "redraw for the new terminal size",
            Action::Terminate => "save and quit: claimcheck was told to stop",
        }
    }

    /// Where the action appears in the help overlay.
    pub fn section(&self) -> Section {
        match self {
            Action::Down
            | Action::Up
            | Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom => Section::Move,
            Action::MarkVerified
            | Action::MarkDisputed
            | Action::MarkUnclear
            | Action::ClearVerdict => Section::Verdict,
            Action::EditNote
            | Action::AddEvidence
            | Action::EditEvidence
            | Action::EditSpeaker
            | Action::Reattach => Section::Annotate,
            Action::Search
            | Action::SearchNext
            | Action::SearchPrevious
            | Action::CycleVerdictFilter
            | Action::CycleKindFilter
            | Action::FilterInconsistent => Section::Find,
            Action::Undo | Action::Redo => Section::History,
            Action::FocusNext
            | Action::FocusPrevious
            | Action::Export
            | Action::Help
            | Action::Quit
            | Action::ForceQuit
            | Action::Save
            | Action::Click { .. }
            | Action::Wheel { .. }
            | Action::Terminate
            | Action::Resize { .. } => Section::Screen,
            Action::Submit
            | Action::Cancel
            | Action::Confirm
            | Action::RemoveItem
            | Action::ClearLine
            | Action::DeleteWord
            | Action::RecallOlder
            | Action::RecallNewer
            | Action::Input(_) => Section::Dialog,
        }
    }

    /// The short word shown in the status-line hints, for the actions worth a hint there.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            Action::Down => Some("down"),
            Action::Up => Some("up"),
            Action::MarkVerified => Some("verified"),
            Action::MarkDisputed => Some("disputed"),
            Action::MarkUnclear => Some("unclear"),
            Action::Undo => Some("undo"),
            Action::EditNote => Some("note"),
            Action::AddEvidence => Some("evidence"),
            Action::Search => Some("search"),
            Action::CycleVerdictFilter => Some("filter"),
            Action::FocusNext => Some("pane"),
            Action::Help => Some("help"),
            Action::Quit => Some("quit"),
            Action::Submit => Some("keep"),
            Action::Cancel => Some("cancel"),
            Action::Confirm => Some("yes"),
            Action::ClearLine => Some("clear"),
            Action::RemoveItem => Some("remove"),
            Action::RecallOlder => Some("last search"),
            Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom
            | Action::ClearVerdict
            | Action::Redo
            | Action::Export
            | Action::SearchNext
            | Action::SearchPrevious
            | Action::CycleKindFilter
            | Action::FilterInconsistent
            | Action::FocusPrevious
            | Action::ForceQuit
            | Action::Save
            | Action::EditEvidence
            | Action::EditSpeaker
            | Action::Reattach
            | Action::DeleteWord
            | Action::RecallNewer
            | Action::Input(_)
            | Action::Click { .. }
            | Action::Wheel { .. }
            | Action::Terminate
            | Action::Resize { .. } => None,
        }
    }
}
