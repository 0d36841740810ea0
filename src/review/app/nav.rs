//! Moving through the filtered claim list, the list's window, and scrolling the other panes.
//! Every step asks the [`ClaimIndex`](super::ClaimIndex) (O(log n)); the window builds only the
//! rows on screen.

use ratatui::layout::{Position, Rect};

use super::super::layout;
use super::super::source;
use super::{App, Article, Focus};

/// One row of the claim list as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A document heading (when the session has several documents).
    Heading(usize),
    /// A claim, by position in the session.
    Claim(usize),
    /// The heading of the orphaned reviews, after the last claim.
    OrphanHeading,
    /// An orphaned review, by position in the session's orphans.
    Orphan(usize),
}

/// The group of rows a list position belongs to, each under its own heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// The claims of a document.
    Doc(usize),
    /// The orphaned reviews.
    Orphans,
}

/// Lines of article shown above the claim in the source pane.
const SOURCE_CONTEXT: usize = 2;
/// Rows a turn of the mouse wheel moves.
const WHEEL_STEP: isize = 3;

impl App {
    /// Whether list rows are grouped under document headings.
    pub fn grouped(&self) -> bool {
        self.session.documents.len() > 1
    }

    fn group_of(&self, at: usize) -> Group {
        match self.session.claim(at) {
            Some(c) => Group::Doc(c.claim.doc),
            None => Group::Orphans,
        }
    }

    /// Whether a group's rows come under a heading: a document's when there are several, the
    /// orphaned reviews' always (they are not claims of the article).
    fn headed(&self, group: Group) -> bool {
        match group {
            Group::Doc(_) => self.grouped(),
            Group::Orphans => true,
        }
    }

    /// Orphaned reviews that pass the filters.
    pub fn orphans_in_view(&self) -> usize {
        let mask = self.mask();
        self.index.count(mask) - self.index.rank(mask, self.session.claims().len())
    }

    /// Selects the claim at `at` (or nothing) and brings it into view.
    pub(super) fn select(&mut self, at: Option<usize>) {
        if at != self.selected {
            self.detail_scroll = 0;
            self.source_anchor = None;
            self.source_offset = 0;
        }
        self.selected = at;
        self.follow();
    }

    /// Keeps the selection on a claim the filters admit: the same one, else the next, else the
    /// previous one.
    pub(super) fn settle(&mut self) {
        let mask = self.mask();
        let from = self.selected.unwrap_or(0);
        if self.selected.is_some_and(|at| self.index.admits(mask, at)) {
            self.follow();
            return;
        }
        let at = self
            .index
            .next_from(mask, from)
            .or_else(|| self.index.previous_before(mask, from));
        self.select(at);
    }

    /// Applies a changed filter.
    pub(super) fn refilter(&mut self) {
        self.settle();
        self.say_filter();
    }

    /// Rows a page moves: the height of the focused pane's inside.
    pub(super) fn page(&self) -> isize {
        let Some(panes) = layout::panes(self.area_rect()) else {
            return 1;
        };
        let pane = match self.focus {
            Focus::List => panes.list,
            Focus::Detail => panes.detail,
            Focus::Source => panes.source,
        };
        layout::inner(pane).height.saturating_sub(1).max(1) as isize
    }

    /// Moves the selection (list focus) or scrolls the focused pane by `by` rows; the extremes of
    /// `isize` go to the first or last.
    pub(super) fn step(&mut self, by: isize) {
        match self.focus {
            Focus::List => self.move_selection(by),
            Focus::Detail => {
                let current = self.detail_scroll as isize;
                let target = current.saturating_add(by).clamp(0, u16::MAX as isize);
                self.detail_scroll = self.clamp_detail(target as u16);
            }
            Focus::Source => match by {
                isize::MIN => {
                    self.source_anchor = Some(0);
                    self.source_offset = 0;
                    self.clamp_source();
                }
                isize::MAX => {
                    self.source_anchor = Some(usize::MAX);
                    self.source_offset = 0;
                    self.clamp_source();
                }
                _ => {
                    let by = by.clamp(-100_000, 100_000) as i32;
                    self.source_offset = self.source_offset.saturating_add(by);
                    self.clamp_source();
                }
            },
        }
    }

    fn move_selection(&mut self, by: isize) {
        let mask = self.mask();
        let count = self.index.count(mask);
        if count == 0 {
            return;
        }
        let rank = self
            .selected
            .map_or(0, |at| self.index.rank(mask, at))
            .min(count - 1);
        let target = match by {
            isize::MIN => 0,
            isize::MAX => count - 1,
            _ => rank.saturating_add_signed(by).min(count - 1),
        };
        let at = self.index.select(mask, target);
        self.select(at);
    }

    /// The smallest list top (a rank) that still shows the claim of rank `rank` in `height` rows.
    fn lowest_top(&self, rank: usize, height: usize) -> usize {
        // One row per claim: no headings (one article, no orphaned review in view).
        if !self.grouped() && (self.session.orphans.is_empty() || self.orphans_in_view() == 0) {
            return rank.saturating_sub(height.saturating_sub(1));
        }
        let mask = self.mask();
        let Some(mut at) = self.index.select(mask, rank) else {
            return rank;
        };
        // The claim, and its group's heading above it.
        let mut rows = 1 + usize::from(self.headed(self.group_of(at)));
        let mut top = rank;
        while top > 0 {
            let Some(before) = self.index.previous_near(mask, at) else {
                break;
            };
            let group = self.group_of(before);
            let cost = if group == self.group_of(at) {
                1
            } else {
                1 + usize::from(self.headed(group))
            };
            if rows + cost > height {
                break;
            }
            rows += cost;
            top -= 1;
            at = before;
        }
        top
    }

    /// The list's top row (a rank) for `height` rows: the stored one, moved just enough to show
    /// the selection and not to leave rows empty at the end.
    fn top_for(&self, height: usize) -> usize {
        let count = self.in_view();
        let Some(rank) = self.selected.map(|at| self.index.rank(self.mask(), at)) else {
            return 0;
        };
        if count == 0 || height == 0 {
            return 0;
        }
        let low = self.lowest_top(rank, height);
        let high = rank.min(self.lowest_top(count - 1, height)).max(low);
        self.list_top.clamp(low, high)
    }

    /// Height of the list's inside for the current screen.
    fn list_height(&self) -> usize {
        layout::panes(self.area_rect()).map_or(0, |p| usize::from(layout::inner(p.list).height))
    }

    /// Stores the list top that keeps the selection in view.
    pub(super) fn follow(&mut self) {
        let height = self.list_height();
        if height > 0 {
            self.list_top = self.top_for(height);
        }
    }

    /// The list rows on screen for `height` rows, and which of them is selected.
    pub fn window(&self, height: usize) -> (Vec<Row>, Option<usize>) {
        let mask = self.mask();
        let mut rows = Vec::with_capacity(height);
        let mut selected_row = None;
        let mut next = self.index.select(mask, self.top_for(height));
        let mut last_group = None;
        let claims = self.session.claims().len();
        while rows.len() < height {
            let Some(at) = next else {
                break;
            };
            let group = self.group_of(at);
            if last_group != Some(group) && self.headed(group) {
                rows.push(match group {
                    Group::Doc(doc) => Row::Heading(doc),
                    Group::Orphans => Row::OrphanHeading,
                });
                if rows.len() == height {
                    break;
                }
            }
            last_group = Some(group);
            if Some(at) == self.selected {
                selected_row = Some(rows.len());
            }
            rows.push(match group {
                Group::Doc(_) => Row::Claim(at),
                Group::Orphans => Row::Orphan(at - claims),
            });
            next = self.index.next_after(mask, at);
        }
        (rows, selected_row)
    }

    /// Claims of a document that pass the filters (for its heading).
    pub fn in_view_of_doc(&self, doc: usize) -> usize {
        let claims = self.session.claims();
        let start = claims.partition_point(|c| c.claim.doc < doc);
        let end = claims.partition_point(|c| c.claim.doc <= doc);
        let mask = self.mask();
        self.index.rank(mask, end) - self.index.rank(mask, start)
    }

    /// The source pane's lines for its inside `width` × `height`, with the offset they show.
    pub fn source_view(&self, width: usize, height: usize) -> Option<source::SourceView> {
        // An orphaned review's claim is not in the article as it is now.
        let reviewed = self.session.claim(self.selected?)?;
        let Article::Text(text) = self.articles.get(reviewed.claim.doc)? else {
            return None;
        };
        let (anchor, context) = match self.source_anchor {
            Some(anchor) => (anchor.min(text.len()), 0),
            None => (reviewed.claim.start, SOURCE_CONTEXT.min(height / 3)),
        };
        Some(source::view(
            text,
            anchor,
            self.source_offset,
            context,
            width,
            height,
        ))
    }

    fn clamp_source(&mut self) {
        let Some(panes) = layout::panes(self.area_rect()) else {
            return;
        };
        let inner = layout::inner(panes.source);
        let view = self.source_view(usize::from(inner.width), usize::from(inner.height));
        if let Some(view) = view {
            self.source_offset = view.offset;
        }
    }

    fn clamp_detail(&self, scroll: u16) -> u16 {
        let Some(panes) = layout::panes(self.area_rect()) else {
            return scroll;
        };
        let inner = layout::inner(panes.detail);
        let (width, height) = (usize::from(inner.width), usize::from(inner.height));
        let lines = self.detail_view(width, height).1.len();
        scroll.min(lines.saturating_sub(height) as u16)
    }

    /// The detail pane's fields for the selected claim.
    pub fn detail_fields(&self) -> Vec<super::super::detail::Field> {
        let Some(at) = self.selected else {
            return Vec::new();
        };
        let Some(reviewed) = self.entry(at) else {
            return Vec::new();
        };
        let checks = self.checks.for_claim(at);
        let reattach_key = self.reattach_key();
        let probably = self.probable_claim();
        super::super::detail::fields(&super::super::detail::Subject {
            reviewed,
            number: (!self.is_orphan(at)).then_some(at + 1),
            documents: &self.session.documents,
            checks: &checks,
            reattach_key: &reattach_key,
            probably: probably.as_deref(),
        })
    }

    /// The detail pane's wrapped lines for the selected claim.
    pub fn detail_lines(&self, width: usize) -> Vec<super::super::detail::FieldLine> {
        super::super::detail::lines(&self.detail_fields(), width)
    }

    /// The detail pane's text at 100 columns, a line each (for tests).
    #[cfg(test)]
    pub fn detail_text(&self) -> String {
        self.detail_lines(100)
            .into_iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The detail pane's fields and lines for an inside of `width` × `height`: when they do not
    /// all fit, the blank lines between groups go first, so that a short pane (stacked panes at
    /// 80×24) shows more of what matters before it has to scroll.
    pub fn detail_view(
        &self,
        width: usize,
        height: usize,
    ) -> (
        Vec<super::super::detail::Field>,
        Vec<super::super::detail::FieldLine>,
    ) {
        let mut fields = self.detail_fields();
        let mut lines = super::super::detail::lines(&fields, width);
        if lines.len() > height {
            fields.retain(|f| !f.label.is_empty() || !f.value.is_empty());
            lines = super::super::detail::lines(&fields, width);
        }
        (fields, lines)
    }

    /// A click: selects the claim under the mouse, or focuses the pane.
    pub(super) fn click(&mut self, column: u16, row: u16) {
        let Some(panes) = layout::panes(self.area_rect()) else {
            return;
        };
        let at = Position::new(column, row);
        if panes.list.contains(at) {
            self.focus = Focus::List;
            let inner = layout::inner(panes.list);
            if inner.contains(at) {
                let (rows, _) = self.window(usize::from(inner.height));
                match rows.get(usize::from(row - inner.y)) {
                    Some(Row::Claim(claim)) => self.select(Some(*claim)),
                    Some(Row::Orphan(orphan)) => {
                        self.select(Some(self.session.claims().len() + orphan));
                    }
                    _ => {}
                }
            }
        } else if panes.detail.contains(at) {
            self.focus = Focus::Detail;
        } else if panes.source.contains(at) {
            self.focus = Focus::Source;
        }
    }

    /// The wheel: moves the list or scrolls the pane under the mouse, without moving the focus.
    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let Some(panes) = layout::panes(self.area_rect()) else {
            return;
        };
        let at = Position::new(column, row);
        let pane = [
            (panes.list, Focus::List),
            (panes.detail, Focus::Detail),
            (panes.source, Focus::Source),
        ]
        .into_iter()
        .find(|(rect, _): &(Rect, Focus)| rect.contains(at));
        if let Some((_, under)) = pane {
            let focus = std::mem::replace(&mut self.focus, under);
            self.step(if down { WHEEL_STEP } else { -WHEEL_STEP });
            self.focus = focus;
        }
    }
}
