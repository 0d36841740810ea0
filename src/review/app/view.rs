//! What the screen reads from the app: plain accessors, nothing that changes state.

use ratatui::layout::Rect;

use crate::claim::Kind;
use crate::display::quoted;
use crate::session::{Place, ReviewedClaim, Session, VerdictFilter};

use super::super::index::Mask;
use super::super::keymap::{Context, Keymap};
use super::super::layout;
use super::super::theme::Theme;
use super::{App, Article, Focus, Mode, SaveState, Search};

impl App {
    /// Whether a change shown on screen may not be on disk.
    pub fn unsaved(&self) -> bool {
        matches!(self.save, SaveState::Failed(_) | SaveState::InJournal(_))
    }

    /// The key context the screen is in.
    pub fn context(&self) -> Context {
        if self.is_too_small() {
            return Context::TooSmall;
        }
        match self.mode {
            Mode::Browse if self.notice_in_dialog() => Context::Report,
            Mode::Browse => Context::Browse,
            Mode::Help { .. } => Context::Help,
            Mode::ConfirmQuit { .. } => Context::Confirm,
            Mode::Report { .. } => Context::Report,
            Mode::Note(_) => Context::Note,
            Mode::ConfirmDiscard { .. } => Context::Discard,
            Mode::Evidence(..) | Mode::Speaker(_) => Context::Line,
            Mode::EvidenceList { .. } => Context::EvidenceList,
            Mode::Search(_) => Context::Search,
            Mode::Export { .. } => Context::Export,
            Mode::ConfirmReattach { .. } => Context::Reattach,
        }
    }

    pub(super) fn is_too_small(&self) -> bool {
        layout::too_small(self.area_rect())
    }

    pub(super) fn area_rect(&self) -> Rect {
        Rect::new(0, 0, self.area.width, self.area.height)
    }

    pub(super) fn mask(&self) -> Mask {
        let mask = Mask::of(self.filter, self.kind);
        if self.inconsistent_only {
            mask.flagged()
        } else {
            mask
        }
    }

    /// Shows only the claims with an inconsistent figure, or every claim again.
    pub(super) fn toggle_inconsistent(&mut self) {
        if !self.inconsistent_only && self.checks.inconsistent().is_empty() {
            self.notice = Some("no claim has figures that do not add up".to_string());
            return;
        }
        self.inconsistent_only = !self.inconsistent_only;
        self.refilter();
    }

    /// Only claims with an inconsistent figure are shown.
    pub fn inconsistent_only(&self) -> bool {
        self.inconsistent_only
    }

    /// The figure-check findings that involve the claim at position `at`.
    pub fn checks_for(&self, at: usize) -> Vec<&crate::checks::Finding> {
        self.checks.for_claim(at)
    }

    /// The session under review.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Where the reviewer is: the selected claim and the filters, as the session stores it.
    pub fn place(&self) -> Place {
        Place {
            selected: self
                .selected
                .and_then(|at| self.entry(at))
                .map(|c| c.claim.id.clone()),
            filter: self.filter,
            kind: self.kind,
            inconsistent: self.inconsistent_only,
        }
    }

    /// The session with its place brought up to date, for saving.
    pub fn session_for_save(&mut self) -> &Session {
        self.session.place = self.place();
        &self.session
    }

    /// The article texts, by document.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The key bindings.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Colours or monochrome.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// Position of the selected claim, if any claim is in view.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The pane with the focus.
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The current mode.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The verdict filter and the kind filter.
    pub fn filters(&self) -> (VerdictFilter, Option<Kind>) {
        (self.filter, self.kind)
    }

    /// How many list rows pass the filters: claims, then orphaned reviews.
    pub fn in_view(&self) -> usize {
        self.index.count(self.mask())
    }

    /// How many claims (not counting orphaned reviews) pass the filters.
    pub fn claims_in_view(&self) -> usize {
        self.index.rank(self.mask(), self.session.claims().len())
    }

    /// How messages name the claim at position `at`: its number in the session and the start of
    /// its text ("#12 “In response to the 181…”"); an orphaned review is "the orphaned review of
    /// “…”".
    pub fn claim_label(&self, at: usize) -> String {
        let text = crate::display::inert::cut(self.text_at(at).unwrap_or_default(), 24);
        if self.is_orphan(at) {
            format!("the orphaned review of {}", quoted(&text))
        } else {
            format!("#{} {}", at + 1, quoted(&text))
        }
    }

    /// What the open note or evidence editor says above its text: the claim it annotates (its
    /// position; the editor shows its number and opening words), and the claim marked just
    /// before, when the verdict moved the selection on from it (the text goes on the new one).
    pub fn annotating(&self) -> Option<(usize, Option<usize>)> {
        let at = self.selected.filter(|&at| !self.is_orphan(at))?;
        let marked = self.annotating_after_mark.filter(|&m| m != at);
        Some((at, marked))
    }

    /// The claim and review at list position `at`: a claim of the session, or past the last
    /// claim, an orphaned review (one whose claim the article no longer has).
    pub fn entry(&self, at: usize) -> Option<&ReviewedClaim> {
        let claims = self.session.claims();
        claims
            .get(at)
            .or_else(|| self.session.orphans.get(at.checked_sub(claims.len())?))
    }

    /// Whether list position `at` is an orphaned review (read-only).
    pub fn is_orphan(&self, at: usize) -> bool {
        at >= self.session.claims().len()
    }

    /// The text of the claim at position `at`.
    pub(super) fn text_at(&self, at: usize) -> Option<&str> {
        self.entry(at).map(|c| c.claim.text.as_str())
    }

    /// The selected claim's position when its review can be changed; otherwise says why not
    /// (nothing selected, or an orphaned review, which is kept as it was).
    pub(super) fn editable(&mut self) -> Option<usize> {
        match self.selected {
            None => {
                self.notice = Some("no claim selected".into());
                None
            }
            Some(at) if self.is_orphan(at) => {
                self.notice = Some(
                    "an orphaned review is kept as it was: its claim is no longer in the article"
                        .into(),
                );
                None
            }
            Some(at) => Some(at),
        }
    }

    /// The last search, if any.
    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }

    /// A message for the status line, until the next key.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Whether the session on disk is current.
    pub fn save_state(&self) -> &SaveState {
        &self.save
    }

    /// The session file's name, for the status line.
    pub fn session_name(&self) -> &str {
        &self.session_name
    }

    /// Rows the detail pane is scrolled by (clamped while drawing).
    pub fn detail_scroll(&self) -> u16 {
        self.detail_scroll
    }
}
