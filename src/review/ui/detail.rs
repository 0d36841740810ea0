//! The detail pane: the selected claim in full with its review and arithmetic aids.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{App, Focus};
use super::super::detail::{Tone, lines};
use super::super::layout;
use super::pane_block;

/// Draws the detail pane, scrolled as far as the reviewer asked and no further.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let block = pane_block(app, Focus::Detail, Line::styled(" Detail ", theme.label()));
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let Some(at) = app.selected() else {
        return;
    };
    let Some(reviewed) = app.session().claim(at) else {
        return;
    };
    let fields = app.detail_fields();
    let lines = lines(&fields, usize::from(inner.width));
    let height = usize::from(inner.height);
    let top = usize::from(app.detail_scroll()).min(lines.len().saturating_sub(height));
    let shown: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(height)
        .map(|line| {
            let style = match fields[line.field].tone {
                Tone::Verdict => theme.verdict(reviewed.review.verdict),
                Tone::Dim => theme.dim(),
                Tone::Claim => theme.label(),
                Tone::Plain => ratatui::style::Style::new(),
            };
            let (label, value) = line.text.split_at(line.label_len);
            Line::from(vec![
                Span::styled(label.to_string(), theme.label()),
                Span::styled(value.to_string(), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
