//! Drawing the review screen from `&App`: nothing here changes state. One file per pane.

pub mod detail;
pub mod dialogs;
pub mod help;
pub mod list;
pub mod note;
pub mod picker;
pub mod source;
pub mod status;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use super::app::{App, Focus, Mode};
use super::keymap::Context;
use super::layout;

/// Draws the whole screen for the frame's size.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(panes) = layout::panes(area) else {
        dialogs::too_small(frame, area, app);
        return;
    };
    list::draw(frame, panes.list, app);
    detail::draw(frame, panes.detail, app);
    source::draw(frame, panes.source, app);
    status::draw(frame, panes.status, app);
    match app.mode() {
        Mode::Browse if app.notice_in_dialog() => {
            let text = app.notice().unwrap_or_default().to_string();
            dialogs::report(frame, area, app, " Message ", &[text], app.notice_scroll());
        }
        Mode::Browse => {}
        Mode::Help { scroll } => help::draw(frame, area, app, *scroll),
        Mode::ConfirmQuit { back } => dialogs::confirm_quit(frame, area, app, back),
        Mode::Report { lines, scroll } => dialogs::report(
            frame,
            area,
            app,
            " Since this session was last open ",
            lines,
            *scroll,
        ),
        editor @ (Mode::Note(_) | Mode::Evidence(..) | Mode::Speaker(_)) => {
            dialogs::editor(frame, area, app, editor)
        }
        // The editor stays in view, the question in its footer.
        Mode::ConfirmDiscard { back } => dialogs::editor(frame, area, app, back),
        Mode::EvidenceList { choice } => dialogs::evidence_list(frame, area, app, *choice),
        Mode::Search(prompt) => dialogs::search(frame, area, app, prompt.field()),
        Mode::Export { choice } => dialogs::export(frame, area, app, *choice),
        Mode::ConfirmReattach { .. } => dialogs::paragraphs(
            frame,
            area,
            app,
            " Re-attach this orphaned review? ",
            &app.reattach_question(),
            Context::Reattach,
            0,
        ),
    }
}

/// A pane's border: thick and coloured when it has the focus, so focus shows without colour too.
fn pane_block<'a>(app: &App, pane: Focus, title: Line<'a>) -> Block<'a> {
    let theme = app.theme();
    let focused = app.focus() == pane && app.context() == Context::Browse;
    let block = Block::new().borders(Borders::ALL).title(title);
    if focused {
        block
            .border_set(border::THICK)
            .border_style(theme.focused_border())
    } else {
        block.border_style(Style::new())
    }
}

/// Key hints as "key word  key word", from the keymap.
fn hint_line(hints: &[(String, &'static str)]) -> String {
    hints
        .iter()
        .map(|(key, word)| format!("{key} {word}"))
        .collect::<Vec<_>>()
        .join("  ")
}
