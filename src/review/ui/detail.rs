//! The detail pane: the selected claim in full with its review and arithmetic aids.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::action::Action;
use super::super::app::{App, Focus};
use super::super::detail::Tone;
use super::super::keymap::Context;
use super::super::layout;
use super::pane_block;

/// Draws the detail pane, scrolled as far as the reviewer asked and no further.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let mut block = pane_block(app, Focus::Detail, Line::styled(" Detail ", theme.label()));
    let inner = layout::inner(area);
    let Some(reviewed) = app.selected().and_then(|at| app.entry(at)) else {
        frame.render_widget(block, area);
        return;
    };
    let height = usize::from(inner.height);
    let (fields, lines) = app.detail_view(usize::from(inner.width), height);
    let top = usize::from(app.detail_scroll()).min(lines.len().saturating_sub(height));
    // What is out of sight is said in the border, with the keys that bring it into view.
    let below = lines.len().saturating_sub(top + height);
    if below > 0 {
        let more = format!(" ↓ {below} more {} ", scroll_hint(app));
        block = block.title_bottom(Line::styled(more, theme.warning()).right_aligned());
    }
    if top > 0 {
        block =
            block.title(Line::styled(format!(" ↑ {top} more "), theme.warning()).right_aligned());
    }
    frame.render_widget(block, area);
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
                Tone::Warning => theme.warning(),
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

/// How to scroll the detail pane, from the keymap: "(Tab, then j)" while the list has the focus,
/// "(j)" once the pane has it.
fn scroll_hint(app: &App) -> String {
    let key = |action: &Action| {
        app.keymap()
            .keys(Context::Browse, action)
            .first()
            .map_or(String::new(), ToString::to_string)
    };
    match app.focus() {
        Focus::Detail => format!("({})", key(&Action::Down)),
        Focus::List => format!("({}, then {})", key(&Action::FocusNext), key(&Action::Down)),
        Focus::Source => format!(
            "({}, then {})",
            key(&Action::FocusPrevious),
            key(&Action::Down)
        ),
    }
}
