//! The review screen's state and `update(action) -> Effect`: no terminal, no files, no clock
//! reads outside [`Clock`]. The event loop performs the effects and draws from `&App`.

mod edit;
mod evidence;
mod export;
mod mode;
mod nav;
mod notice;
mod reattach;
mod report;
mod reviewers;
mod saving;
mod search;
mod view;

use chrono::{DateTime, FixedOffset, Local, SecondsFormat};
use ratatui::layout::Size;

use crate::claim::Kind;
use crate::session::{Edit, Session, VerdictFilter};

use super::action::Action;
use super::checks::Checks;
use super::index::ClaimIndex;
use super::keymap::Keymap;
use super::layout;
use super::theme::Theme;

pub use mode::Mode;
pub use nav::Row;
pub use search::SearchPrompt;

/// The panes that can have the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The claim list.
    List,
    /// The selected claim's details.
    Detail,
    /// The article.
    Source,
}

impl Focus {
    const ORDER: [Focus; 3] = [Focus::List, Focus::Detail, Focus::Source];

    fn step(self, by: usize) -> Focus {
        let at = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Self::ORDER[(at + by) % Self::ORDER.len()]
    }
}

/// A change the event loop must make durable before the next frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A review was set (verdict, note or evidence).
    Review(Edit),
    /// An edit was undone.
    Undo(Edit),
    /// An undone edit was reapplied.
    Redo(Edit),
}

impl Change {
    /// The edit behind the change.
    pub fn edit(&self) -> &Edit {
        match self {
            Change::Review(e) | Change::Undo(e) | Change::Redo(e) => e,
        }
    }
}

/// What `update` asks the event loop to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Nothing beyond redrawing.
    None,
    /// Make a change durable (then report back with [`App::persisted`]).
    Persist(Box<Change>),
    /// Write the whole session now.
    Save,
    /// Save the place and quit; stay if that save fails.
    Quit,
    /// Save and quit whatever happens (Ctrl-C, a signal); `draft` is the note or evidence item
    /// that was being typed, kept as a change to persist before the closing save.
    ForceQuit {
        /// The editor's text, applied to the claim.
        draft: Option<Box<Change>>,
    },
    /// Quit without saving: the reviewer confirmed.
    Abandon,
    /// Write an export beside the session file (then report back with [`App::exported`]).
    Export(crate::export::Format),
}

/// Where review times come from: the system clock, or a fixed time for tests and snapshots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clock {
    /// Local time.
    System,
    /// Always this time.
    Fixed(DateTime<FixedOffset>),
}

impl Clock {
    fn now(&self) -> DateTime<FixedOffset> {
        match self {
            Clock::System => Local::now().fixed_offset(),
            Clock::Fixed(t) => *t,
        }
    }

    /// The current time in RFC 3339, as stored with a verdict.
    pub fn stamp(&self) -> String {
        self.now().to_rfc3339_opts(SecondsFormat::Secs, false)
    }
}

/// Whether the session on disk holds everything shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is on disk (`at`: time of the last save this run, if any).
    Saved {
        /// "HH:MM:SS" of the last write.
        at: Option<String>,
    },
    /// A change failed to reach the disk; the message says why.
    Failed(String),
    /// Writing the whole session file failed, but every change is in its journal (replayed when
    /// the session is next opened); the message says why.
    InJournal(String),
}

/// One article's text, as the source pane shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Article {
    /// The text the claims' offsets point into.
    Text(String),
    /// Why the text cannot be shown (missing file, changed since extraction).
    Unavailable(String),
}

/// The last search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    /// What was searched for.
    pub query: String,
    /// Positions of the claims whose text contains it (case-insensitive), ascending.
    pub matches: Vec<usize>,
}

/// Everything the review screen needs, besides the terminal.
pub struct App {
    session: Session,
    articles: Vec<Article>,
    session_name: String,
    reviewer: String,
    clock: Clock,
    keymap: Keymap,
    theme: Theme,
    index: ClaimIndex,
    checks: Checks,
    filter: VerdictFilter,
    kind: Option<Kind>,
    inconsistent_only: bool,
    selected: Option<usize>,
    list_top: usize,
    focus: Focus,
    mode: Mode,
    detail_scroll: u16,
    source_anchor: Option<usize>,
    source_offset: i32,
    search: Option<Search>,
    search_history: Vec<String>,
    notice: Option<String>,
    /// Rows the notice is scrolled by when it is shown in a dialog.
    notice_scroll: u16,
    save: SaveState,
    /// Changes made this run that neither the session file nor its journal holds.
    not_on_disk: usize,
    /// What Ctrl-C or a signal kept from an open editor, said on leaving.
    kept_draft: Option<String>,
    /// The claim a verdict was just given to, when the selection moved on from it; kept for the
    /// next key only.
    marked: Option<usize>,
    /// The claim marked just before the open note or evidence editor was opened (its editor
    /// says the text goes on another claim).
    annotating_after_mark: Option<usize>,
    /// The selected orphaned review's list position and the claim most like it.
    likely: Option<(usize, crate::session::reattach::Likely)>,
    area: Size,
}

/// The settings of a review screen.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Shown in the status line (the session file's name).
    pub session_name: String,
    /// Stored with each verdict.
    pub reviewer: String,
    /// Where review times come from.
    pub clock: Clock,
    /// Key bindings.
    pub keymap: Keymap,
    /// Colours or monochrome.
    pub theme: Theme,
    /// Terminal size at start.
    pub size: Size,
}

/// What a key other than quitting gets while the terminal is too small.
pub const IGNORED_WHEN_TOO_SMALL: &str = "key ignored: enlarge the terminal";

impl App {
    /// A review screen over a session; `articles[i]` is the text of `session.documents[i]`.
    /// Opens at the session's place (selected claim and filters).
    pub fn new(session: Session, articles: Vec<Article>, setup: Setup) -> App {
        let checks = Checks::of(&session);
        let index = ClaimIndex::with_flags(&session, &checks.inconsistent());
        let checks_empty = checks.inconsistent().is_empty();
        let place = session.place.clone();
        let mut app = App {
            session,
            articles,
            session_name: setup.session_name,
            reviewer: setup.reviewer,
            clock: setup.clock,
            keymap: setup.keymap,
            theme: setup.theme,
            index,
            checks,
            filter: place.filter,
            kind: place.kind,
            // A filter for figures that no longer fail (the article changed) would show nothing.
            inconsistent_only: place.inconsistent && !checks_empty,
            selected: None,
            list_top: 0,
            focus: Focus::List,
            mode: Mode::Browse,
            detail_scroll: 0,
            source_anchor: None,
            source_offset: 0,
            search: None,
            search_history: Vec::new(),
            notice: None,
            notice_scroll: 0,
            save: SaveState::Saved { at: None },
            not_on_disk: 0,
            kept_draft: None,
            likely: None,
            marked: None,
            annotating_after_mark: None,
            area: setup.size,
        };
        let start = place.selected.as_deref().and_then(|id| {
            app.session.position(id).or_else(|| {
                let orphan = app.session.orphans.iter().position(|o| o.claim.id == id)?;
                Some(app.session.claims().len() + orphan)
            })
        });
        app.selected = start;
        app.settle();
        app.announce_conflicts();
        app.refresh_likely();
        app
    }

    /// Applies one action; returns what the event loop must do.
    pub fn update(&mut self, action: Action) -> Effect {
        // "Just marked" lasts one key: the key that opens an editor, or none (a resize is no key).
        let marked = self.marked.take();
        if matches!(
            action,
            Action::EditNote | Action::AddEvidence | Action::Resize { .. }
        ) {
            self.marked = marked;
        }
        let effect = self.apply(action);
        self.refresh_likely();
        effect
    }

    fn apply(&mut self, action: Action) -> Effect {
        if let Action::Resize { width, height } = action {
            self.area = Size::new(width, height);
            if !self.is_too_small() && self.notice.as_deref() == Some(IGNORED_WHEN_TOO_SMALL) {
                self.notice = None;
            }
            self.follow();
            return Effect::None;
        }
        if action == Action::Terminate {
            return self.force_quit();
        }
        if let Some(effect) = self.notice_dialog(&action) {
            return effect;
        }
        if !matches!(action, Action::Wheel { .. }) {
            self.notice = None;
        }
        match action {
            Action::ForceQuit => return self.force_quit(),
            Action::Quit => return self.quit(),
            _ if self.is_too_small() => {
                self.notice = Some(IGNORED_WHEN_TOO_SMALL.into());
                return Effect::None;
            }
            _ => {}
        }
        match self.mode {
            Mode::Browse => self.browse(action),
            Mode::Help { .. } => self.help(action),
            Mode::ConfirmQuit { .. } => self.confirm(action),
            Mode::Report { .. } => self.report(action),
            Mode::Note(_) | Mode::Evidence(..) | Mode::Speaker(_) | Mode::Search(_) => {
                self.text(action)
            }
            Mode::ConfirmDiscard { .. } => self.confirm_discard(action),
            Mode::EvidenceList { .. } => self.evidence_list(action),
            Mode::Export { .. } => self.choose_export(action),
            Mode::ConfirmReattach { .. } => self.confirm_reattach(action),
        }
    }

    fn quit(&mut self) -> Effect {
        let mode = match std::mem::replace(&mut self.mode, Mode::Browse) {
            // The question about the editor's text gives way to the question about quitting.
            Mode::ConfirmDiscard { back } => *back,
            mode => mode,
        };
        match mode {
            // A second q answers the question the first one asked.
            Mode::ConfirmQuit { .. } => Effect::Abandon,
            mode @ (Mode::Help { .. }
            | Mode::Note(_)
            | Mode::Evidence(..)
            | Mode::Speaker(_)
            | Mode::Search(_))
                if !self.is_too_small() =>
            {
                // Only the too-small screen lets q through from these; elsewhere q is a key.
                self.mode = mode;
                Effect::None
            }
            mode => {
                let drafting = mode.is_editor();
                if drafting || self.unsaved() {
                    self.mode = Mode::ConfirmQuit {
                        back: Box::new(mode),
                    };
                    Effect::None
                } else {
                    Effect::Quit
                }
            }
        }
    }

    fn browse(&mut self, action: Action) -> Effect {
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page()),
            Action::PageUp => self.step(-self.page()),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::MarkVerified => return self.mark(Some(crate::session::Verdict::Verified)),
            Action::MarkDisputed => return self.mark(Some(crate::session::Verdict::Disputed)),
            Action::MarkUnclear => return self.mark(Some(crate::session::Verdict::Unclear)),
            Action::ClearVerdict => return self.mark(None),
            Action::Undo => return self.undo(),
            Action::Redo => return self.redo(),
            Action::EditNote => self.open_note(),
            Action::AddEvidence => self.open_evidence(),
            Action::EditSpeaker => self.open_speaker(),
            Action::Reattach => self.offer_reattach(),
            Action::EditEvidence => self.open_evidence_list(),
            Action::Search => self.open_search(),
            Action::SearchNext => self.search_step(true),
            Action::SearchPrevious => self.search_step(false),
            Action::CycleVerdictFilter => {
                self.filter = self.filter.next();
                self.refilter();
            }
            Action::CycleKindFilter => {
                self.kind = match self.kind {
                    None => Some(Kind::ALL[0]),
                    Some(k) => Kind::ALL
                        .iter()
                        .position(|x| *x == k)
                        .and_then(|i| Kind::ALL.get(i + 1).copied()),
                };
                self.refilter();
            }
            Action::FilterInconsistent => self.toggle_inconsistent(),
            Action::FocusNext => self.focus = self.focus.step(1),
            Action::FocusPrevious => self.focus = self.focus.step(Focus::ORDER.len() - 1),
            Action::Help => self.mode = Mode::Help { scroll: 0 },
            Action::Save => return Effect::Save,
            Action::Export => self.mode = Mode::Export { choice: 0 },
            Action::Click { column, row } => self.click(column, row),
            Action::Wheel { column, row, down } => self.wheel(column, row, down),
            Action::Quit
            | Action::ForceQuit
            | Action::Submit
            | Action::Cancel
            | Action::Confirm
            | Action::RemoveItem
            | Action::ClearLine
            | Action::DeleteWord
            | Action::RecallOlder
            | Action::RecallNewer
            | Action::Input(_)
            | Action::Terminate
            | Action::Resize { .. } => {}
        }
        Effect::None
    }

    fn help(&mut self, action: Action) -> Effect {
        let Mode::Help { scroll } = &mut self.mode else {
            return Effect::None;
        };
        let page = self.area.height.saturating_sub(6).max(1);
        match action {
            Action::Down => *scroll = scroll.saturating_add(1),
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = scroll.saturating_add(page),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::Wheel { down, .. } if down => *scroll = scroll.saturating_add(3),
            Action::Wheel { .. } => *scroll = scroll.saturating_sub(3),
            Action::Top => *scroll = 0,
            Action::Bottom => *scroll = u16::MAX,
            Action::Help | Action::Cancel => self.mode = Mode::Browse,
            _ => {}
        }
        // Clamp now so that scrolling back up never starts from beyond the end.
        let area = self.area_rect();
        let rows = self.keymap.help_lines(layout::help_width(area)).len() as u16;
        let visible = layout::help_rows_visible(area);
        if let Mode::Help { scroll } = &mut self.mode {
            *scroll = (*scroll).min(rows.saturating_sub(visible));
        }
        Effect::None
    }

    fn confirm(&mut self, action: Action) -> Effect {
        match action {
            Action::Confirm => Effect::Abandon,
            Action::Cancel => {
                if let Mode::ConfirmQuit { back } = std::mem::replace(&mut self.mode, Mode::Browse)
                {
                    self.mode = *back;
                }
                Effect::None
            }
            _ => Effect::None,
        }
    }
}

#[cfg(test)]
mod tests;
