//! Where the panes go for a terminal size. Pure, so that drawing, mouse hit-testing and paging all
//! agree on the same rectangles.

use ratatui::layout::{Constraint, Layout, Rect};

/// Narrowest usable screen.
pub const MIN_WIDTH: u16 = 60;
/// Lowest usable screen.
pub const MIN_HEIGHT: u16 = 15;
/// Below this width the panes stack instead of standing side by side.
pub const STACK_BELOW: u16 = 100;
/// Rows of the status line.
pub const STATUS_HEIGHT: u16 = 2;

/// The rectangles of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The claim list, with its border.
    pub list: Rect,
    /// The selected claim's details, with border.
    pub detail: Rect,
    /// The article, with border.
    pub source: Rect,
    /// Status and key hints, no border.
    pub status: Rect,
}

/// Whether a screen of this size is too small to use.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The panes for a screen, or `None` when it is too small.
pub fn panes(area: Rect) -> Option<Panes> {
    if too_small(area) {
        return None;
    }
    let [body, status] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(STATUS_HEIGHT)]).areas(area);
    let (list, detail, source) = if area.width >= STACK_BELOW {
        let [list, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)]).areas(body);
        let [detail, source] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Fill(1)]).areas(right);
        (list, detail, source)
    } else {
        // The detail pane (verdict, claim, figures, note, evidence) gets the most of what the list
        // leaves; the source pane, which repeats the claim in context, the rest.
        let [list, detail, source] = Layout::vertical([
            Constraint::Percentage(30),
            Constraint::Fill(3),
            Constraint::Fill(2),
        ])
        .areas(body);
        (list, detail, source)
    };
    Some(Panes {
        list,
        detail,
        source,
        status,
    })
}

/// The help overlay: centred, as wide as the screen allows up to 100 columns, leaving a margin.
pub fn help(area: Rect) -> Rect {
    area.centered(
        Constraint::Length(area.width.saturating_sub(4).min(100)),
        Constraint::Length(area.height.saturating_sub(2)),
    )
}

/// Rows of help text visible at once (inside the overlay's border).
pub fn help_rows_visible(area: Rect) -> u16 {
    help(area).height.saturating_sub(2)
}

/// Columns of help text (inside the overlay's border).
pub fn help_width(area: Rect) -> usize {
    usize::from(help(area).width.saturating_sub(2))
}

/// A dialog's width for a screen: 70 % of a wide screen, up to 100 columns; a narrower screen
/// gives it all but a margin of two columns a side, up to 72 columns, so that file names and
/// notes are not cut on a 70-column terminal (QA round 11, item 9).
pub fn dialog_width(area: Rect) -> u16 {
    /// Columns a dialog may take on any screen that has them.
    const READABLE: u16 = 72;
    /// The widest dialog.
    const MAX: u16 = 100;
    let share = area.width * 7 / 10;
    let readable = area.width.saturating_sub(4).min(READABLE);
    share.max(readable).min(MAX).min(area.width)
}

/// A dialog of paragraphs: its text wrapped to the dialog's width, a blank row between
/// paragraphs (a paragraph's own line breaks kept).
pub fn dialog_rows(area: Rect, paragraphs: &[String]) -> Vec<String> {
    let width = usize::from(dialog_width(area).saturating_sub(2)).max(1);
    let mut rows = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            rows.push(String::new());
        }
        for line in paragraph.lines() {
            rows.extend(crate::display::wrap::wrap_plain(line, width));
        }
    }
    rows
}

/// Rows of a dialog's text that show at once: all of them, up to the screen less the border.
pub fn dialog_rows_visible(area: Rect, rows: usize) -> usize {
    rows.min(usize::from(area.height.saturating_sub(2)))
}

/// The note editor: a dialog over the middle half of the screen.
pub fn note(area: Rect) -> Rect {
    area.centered(
        Constraint::Length(dialog_width(area)),
        Constraint::Percentage(50),
    )
}

/// Columns of the note editor's text (inside its border).
pub fn note_width(area: Rect) -> usize {
    usize::from(note(area).width.saturating_sub(2))
}

/// The inside of a bordered pane.
pub fn inner(pane: Rect) -> Rect {
    pane.inner(ratatui::layout::Margin::new(1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_stand_panes_side_by_side_and_narrow_ones_stack_them() {
        let wide = panes(Rect::new(0, 0, 120, 40)).unwrap();
        assert!(wide.detail.x > wide.list.x && wide.detail.y == wide.list.y);
        assert_eq!(wide.status.height, STATUS_HEIGHT);
        let narrow = panes(Rect::new(0, 0, 80, 24)).unwrap();
        assert!(narrow.detail.y > narrow.list.y && narrow.source.y > narrow.detail.y);
        assert_eq!(narrow.list.width, 80);
        assert!(panes(Rect::new(0, 0, 59, 40)).is_none());
        assert!(panes(Rect::new(0, 0, 120, 14)).is_none());
        assert!(panes(Rect::new(0, 0, 60, 15)).is_some());
    }

    #[test]
    fn dialogs_grow_with_the_screen_up_to_a_limit() {
        let width = |w| dialog_width(Rect::new(0, 0, w, 24));
        // QA round 11, item 9: 47 columns inside on a 70-column screen cut the file names.
        assert_eq!(width(60), 56);
        assert_eq!(width(70), 66);
        assert_eq!(width(80), 72);
        assert_eq!(width(120), 84);
        assert_eq!(width(200), 100);
        assert!((1..300).all(|w| width(w) <= w));
        assert_eq!(note_width(Rect::new(0, 0, 70, 20)), 64);
    }
}
