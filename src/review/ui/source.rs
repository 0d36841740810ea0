//! The source pane: the article, scrolled so that the claim is in view, its span highlighted and
//! its figures marked. Article text is untrusted and drawn inert.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::app::{App, Article, Focus};
use super::super::layout;
use super::pane_block;
use crate::display::inert;

/// Draws the source pane.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let selected = app.selected().and_then(|at| app.session().claim(at));
    let title = selected
        .and_then(|c| app.session().documents.get(c.claim.doc))
        .map_or(String::new(), |d| inert::cut(&d.title, 60));
    let block = pane_block(
        app,
        Focus::Source,
        Line::from(vec![
            Span::styled(" Source ", theme.label()),
            Span::raw(if title.is_empty() {
                String::new()
            } else {
                format!("· {title} ")
            }),
        ]),
    );
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    if app.selected().is_some_and(|at| app.is_orphan(at)) {
        let why = "The article no longer has this review's claim, so it cannot be shown in it; \
                   the detail pane has the claim as it was.";
        frame.render_widget(Paragraph::new(why).wrap(Wrap { trim: true }), inner);
        return;
    }
    let Some(reviewed) = selected else {
        return;
    };
    let text = match app.articles().get(reviewed.claim.doc) {
        Some(Article::Text(text)) => text,
        Some(Article::Unavailable(why)) => {
            let why = inert::clean(why).into_owned();
            frame.render_widget(Paragraph::new(why).wrap(Wrap { trim: true }), inner);
            return;
        }
        None => return,
    };
    let Some(view) = app.source_view(usize::from(inner.width), usize::from(inner.height)) else {
        return;
    };
    let claim = reviewed.claim.start..reviewed.claim.end;
    let figures: Vec<Range<usize>> = reviewed
        .claim
        .quantities
        .iter()
        .map(|q| q.start..q.end)
        .collect();
    let lines: Vec<Line> = view
        .lines
        .iter()
        .map(|range| {
            styled_line(
                text,
                range.clone(),
                &claim,
                &figures,
                |in_claim, in_figure| match (in_claim, in_figure) {
                    (true, true) => theme.claim_span().patch(theme.mark()),
                    (true, false) => theme.claim_span(),
                    (false, true) => theme.mark(),
                    (false, false) => Style::new(),
                },
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One line of article split where the claim and its figures begin and end, each piece inert.
fn styled_line(
    text: &str,
    line: Range<usize>,
    claim: &Range<usize>,
    figures: &[Range<usize>],
    style: impl Fn(bool, bool) -> Style,
) -> Line<'static> {
    let mut cuts = vec![line.start, line.end];
    for r in std::iter::once(claim).chain(figures) {
        for edge in [r.start, r.end] {
            if line.contains(&edge) && text.is_char_boundary(edge) {
                cuts.push(edge);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = cuts
        .windows(2)
        .map(|w| {
            let piece = &text[w[0]..w[1]];
            let in_claim = claim.contains(&w[0]);
            let in_figure = figures.iter().any(|f| f.contains(&w[0]));
            Span::styled(inert::clean(piece).into_owned(), style(in_claim, in_figure))
        })
        .collect();
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_cut_at_the_claim_and_figure_edges_and_made_inert() {
        let text = "Before. Shot down 115\u{1b}[31m drones. After.";
        let claim = 8..text.find(" After").unwrap();
        let figure = text.find("115").unwrap()..text.find("115").unwrap() + 3;
        let line = styled_line(text, 0..text.len(), &claim, &[figure], |c, f| {
            Style::new().bold().italic().patch(match (c, f) {
                (true, _) => Style::new().underlined(),
                _ => Style::new(),
            })
        });
        let pieces: Vec<&str> = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(
            pieces,
            ["Before. ", "Shot down ", "115", "␛[31m drones.", " After."]
        );
        assert!(!line.to_string().contains('\u{1b}'));
    }
}
