//! Drawing the session picker from `&Picker`: a title, one row per session (file, progress, last
//! change, articles or the problem), and the status line.

use chrono::{DateTime, Local, Utc};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use super::super::keymap::Context;
use super::super::picker::Picker;
use super::hint_line;
use crate::display::inert;
use crate::session::list::Listed;

/// Draws the picker for the frame's size.
pub fn draw(frame: &mut Frame, picker: &Picker) {
    let theme = picker.theme();
    let [list_area, status] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
    let title = format!(" Sessions in {} — Enter opens ", picker.folder());
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Line::styled(
            inert::cut(&title, usize::from(list_area.width)),
            theme.label(),
        ));
    let width = usize::from(block.inner(list_area).width);
    let names: Vec<String> = picker.sessions().iter().map(file_name).collect();
    let name_width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0)
        .min(MAX_NAME_WIDTH);
    let items: Vec<ListItem> = picker
        .sessions()
        .iter()
        .zip(&names)
        .map(|(listed, name)| ListItem::new(row(picker, listed, name, name_width, width)))
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(Some(picker.selected()));
    frame.render_stateful_widget(list, list_area, &mut state);

    let width = usize::from(status.width);
    let line = match picker.notice() {
        Some(notice) => Line::styled(inert::cut(notice, width), theme.warning()),
        None => {
            let hints = picker.keymap().hints(Context::Picker, true);
            Line::styled(inert::cut(&hint_line(&hints), width), theme.dim())
        }
    };
    frame.render_widget(Paragraph::new(line), status);
}

/// The widest file-name column; longer names are cut.
const MAX_NAME_WIDTH: usize = 40;

fn file_name(listed: &Listed) -> String {
    listed.path.file_name().map_or_else(
        || listed.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// "a.review.json   12/23 reviewed   2025-03-04 10:15   Title one / Title two"
fn row(
    picker: &Picker,
    listed: &Listed,
    name: &str,
    name_width: usize,
    width: usize,
) -> Line<'static> {
    let theme = picker.theme();
    let when = listed.last_change.map_or_else(String::new, local);
    let (progress, about, style) = match &listed.summary {
        Ok(summary) => {
            let mut progress = format!(
                "{}/{} reviewed",
                summary.tally.reviewed(),
                summary.tally.total
            );
            if summary.orphans > 0 {
                progress.push_str(&format!(", {} orphaned", summary.orphans));
            }
            (progress, summary.titles.join(" / "), theme.dim())
        }
        Err(problem) => ("cannot open".to_string(), problem.clone(), theme.warning()),
    };
    let busy = match &listed.in_use {
        Some(_) => " [open elsewhere]",
        None => "",
    };
    let name = inert::cut(name, name_width);
    let head = format!("{name:<name_width$}  {progress:<22} {when:<16}{busy}  ");
    let room = width.saturating_sub(head.chars().count());
    Line::from(vec![
        Span::styled(inert::cut(&head, width), theme.label()),
        Span::styled(inert::cut(&about, room), style),
    ])
}

fn local(time: DateTime<Utc>) -> String {
    time.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}
