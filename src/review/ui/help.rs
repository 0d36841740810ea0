//! The help overlay, built from the live keymap: descriptions wrap under their column, and the
//! border says when there is more above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::super::action::Action;
use super::super::app::App;
use super::super::keymap::{Context, HelpLine, KEY_COLUMN};
use super::super::layout;

/// Draws the help overlay, scrolled by `scroll` rows (clamped here).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, scroll: u16) {
    let theme = app.theme();
    let popup = layout::help(area);
    let lines = app.keymap().help_lines(layout::help_width(area));
    let visible = usize::from(layout::help_rows_visible(area));
    let top = usize::from(scroll).min(lines.len().saturating_sub(visible));
    let more_below = top + visible < lines.len();
    let close: Vec<String> = app
        .keymap()
        .keys(Context::Help, &Action::Cancel)
        .iter()
        .map(ToString::to_string)
        .collect();
    let mut bottom = Vec::new();
    if more_below {
        bottom.push(Span::styled(" ↓ more below ", theme.warning()));
    }
    bottom.push(Span::raw(format!(" {} close ", close.join(" or "))));
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Line::styled(" Keys ", theme.label()))
        .title_bottom(Line::from(bottom));
    if top > 0 {
        block = block.title(Line::styled(" ↑ more above ", theme.warning()).right_aligned());
    }
    let shown: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(visible)
        .map(|line| match line {
            HelpLine::Heading(title) => Line::styled(*title, theme.label()),
            HelpLine::Entry {
                keys,
                description,
                context,
            } => Line::from(vec![
                Span::styled(
                    format!("  {keys:<width$}", width = KEY_COLUMN - 2),
                    theme.label(),
                ),
                Span::raw(description.clone()),
                Span::styled(context.clone(), theme.dim()),
            ]),
        })
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(shown).block(block), popup);
}
