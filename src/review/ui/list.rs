//! The claim list: verdict glyph, kind tag, score and text, one row per claim; document headings
//! when the session has several articles. Only the rows on screen are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use crate::claim::Kind;
use crate::export::merge::{CONFLICT_GLYPH, is_conflict};
use crate::session::{OPEN_GLYPH, RECHECK_GLYPH, Verdict};

use super::super::app::{App, Focus, Row};
use super::super::layout;
use super::pane_block;
use crate::display::inert;

/// The kind tag, five columns wide.
pub fn kind_tag(kind: Kind) -> &'static str {
    match kind {
        Kind::Quantity => "qty  ",
        Kind::Quote => "quote",
        Kind::Date => "date ",
        Kind::Attribution => "attr ",
        Kind::Statement => "stmt ",
    }
}

fn glyph(verdict: Option<Verdict>) -> char {
    verdict.map_or(OPEN_GLYPH, Verdict::glyph)
}

/// Draws the list pane.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let shown = app.claims_in_view();
    let total = app.session().claims().len();
    let title = if shown == total {
        format!(" Claims {shown} ")
    } else {
        format!(" Claims {shown} of {total} ")
    };
    let filters = format!("[{}] ", app.filter_label());
    let block = pane_block(
        app,
        Focus::List,
        Line::from(vec![Span::styled(title, theme.label()), Span::raw(filters)]),
    );
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    if app.in_view() == 0 {
        let why = if app.session().claims().is_empty() {
            "No claims were found in this session's articles."
        } else {
            "No claim passes the filters."
        };
        frame.render_widget(Paragraph::new(why).wrap(Wrap { trim: true }), inner);
        return;
    }
    let (rows, selected) = app.window(usize::from(inner.height));
    let width = usize::from(inner.width);
    let items: Vec<ListItem> = rows.iter().map(|row| item(app, *row, width)).collect();
    let list = List::new(items).highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, inner, &mut state);
}

fn item(app: &App, row: Row, width: usize) -> ListItem<'static> {
    let theme = app.theme();
    match row {
        Row::Heading(doc) => {
            let title = app
                .session()
                .documents
                .get(doc)
                .map_or("", |d| d.title.as_str());
            let text = format!("{}. {} ({})", doc + 1, title, app.in_view_of_doc(doc));
            ListItem::new(Line::styled(inert::cut(&text, width), theme.label()))
        }
        Row::OrphanHeading => {
            let text = format!(
                "Orphaned reviews ({}): gone from the article",
                app.orphans_in_view()
            );
            ListItem::new(Line::styled(inert::cut(&text, width), theme.warning()))
        }
        Row::Orphan(orphan) => {
            let reviewed = &app.session().orphans[orphan];
            let verdict = reviewed.review.verdict;
            let head = format!("{:<10} ", "orphaned");
            let room = width.saturating_sub(2 + head.chars().count());
            ListItem::new(Line::from(vec![
                Span::styled(format!("{} ", glyph(verdict)), theme.verdict(verdict)),
                Span::styled(head, theme.warning()),
                Span::styled(inert::cut(&reviewed.claim.text, room), theme.dim()),
            ]))
        }
        Row::Claim(at) => {
            let reviewed = &app.session().claims()[at];
            let verdict = reviewed.review.verdict;
            // An undecided conflict of a merged session shows as ≠ so the adjudicator finds it.
            let mark = if verdict.is_none() && is_conflict(reviewed) {
                CONFLICT_GLYPH
            } else if !reviewed.review.recheck.is_empty() {
                // A verdict to confirm again: the claim changed after it was given.
                RECHECK_GLYPH
            } else {
                glyph(verdict)
            };
            let claim = &reviewed.claim;
            let head = format!("{} {:.2} ", kind_tag(claim.kind), claim.score);
            let room = width.saturating_sub(2 + head.chars().count());
            ListItem::new(Line::from(vec![
                Span::styled(format!("{mark} "), theme.verdict(verdict)),
                Span::styled(head, theme.dim()),
                Span::raw(inert::cut(&claim.text, room)),
            ]))
        }
    }
}
