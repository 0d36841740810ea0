//! The help overlay, built from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::super::action::Action;
use super::super::app::App;
use super::super::keymap::{Context, HelpRow};
use super::super::layout;

/// Columns given to the keys before their description.
const KEY_COLUMN: usize = 22;

/// Draws the help overlay, scrolled by `scroll` rows (clamped here).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, scroll: u16) {
    let theme = app.theme();
    let popup = layout::help(area);
    let close: Vec<String> = app
        .keymap()
        .keys(Context::Help, &Action::Cancel)
        .iter()
        .map(ToString::to_string)
        .collect();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Line::styled(" Keys ", theme.label()))
        .title_bottom(format!(" {} close ", close.join(" or ")));
    let rows = app.keymap().help_rows();
    let visible = usize::from(layout::help_rows_visible(area));
    let top = usize::from(scroll).min(rows.len().saturating_sub(visible));
    let lines: Vec<Line> = rows
        .iter()
        .skip(top)
        .take(visible)
        .map(|row| match row {
            HelpRow::Heading(title) => Line::styled(*title, theme.label()),
            HelpRow::Entry {
                keys,
                description,
                context,
            } => Line::from(vec![
                Span::styled(format!("  {keys:<KEY_COLUMN$}"), theme.label()),
                Span::raw(*description),
                Span::styled(
                    context
                        .as_ref()
                        .map_or(String::new(), |c| format!(" ({c})")),
                    theme.dim(),
                ),
            ]),
        })
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
