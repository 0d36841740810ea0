//! Drawing the session picker from `&Picker`: a table of the sessions in the folder — file,
//! articles (or the problem), progress, orphaned reviews, last change, and what else to know
//! (merged, open elsewhere) — under a header row, and the status line.

use chrono::{DateTime, Local, Utc};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::super::keymap::Context;
use super::super::picker::Picker;
use super::super::theme::Theme;
use super::hint_line;
use crate::display::inert;
use crate::display::wrap::wrap_plain;
use crate::session::list::Listed;

/// The widest file-name column; longer names are cut.
const MAX_NAME_WIDTH: usize = 40;
/// The file-name column gives way down to this, so that the articles keep some room.
const MIN_NAME_WIDTH: usize = 16;
/// Room the articles keep before the file names are cut.
const MIN_ARTICLE_WIDTH: usize = 20;
/// Columns between two columns.
const SPACING: usize = 2;
/// "2025-03-04 10:15".
const WHEN_WIDTH: usize = 16;

/// One session as the table shows it, every cell plain text.
struct Described {
    name: String,
    about: String,
    reviewed: String,
    orphans: String,
    when: String,
    note: String,
    broken: bool,
}

fn describe(listed: &Listed) -> Described {
    let name = listed.path.file_name().map_or_else(
        || listed.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let when = listed.last_change.map_or_else(String::new, local);
    let mut notes = Vec::new();
    let (about, reviewed, orphans, broken) = match &listed.summary {
        Ok(summary) => {
            if summary.merged_reviewers > 0 {
                notes.push(format!("merged ×{}", summary.merged_reviewers));
            }
            let orphans = match summary.orphans {
                0 => "—".to_string(),
                n => n.to_string(),
            };
            let reviewed = format!("{}/{}", summary.tally.reviewed(), summary.tally.total);
            (summary.titles.join(" / "), reviewed, orphans, false)
        }
        Err(problem) => {
            notes.push("cannot open".to_string());
            (
                problem_alone(listed, problem).to_string(),
                "—".into(),
                "—".into(),
                true,
            )
        }
    };
    if listed.in_use.is_some() {
        notes.push("in use".to_string());
    }
    Described {
        name,
        about,
        reviewed,
        orphans,
        when,
        note: notes.join(", "),
        broken,
    }
}

/// Why a session cannot be opened, without the "cannot open session NAME: " its row already
/// says.
fn problem_alone<'a>(listed: &Listed, problem: &'a str) -> &'a str {
    let path = listed.path.display().to_string();
    ["cannot open session ", "cannot read session "]
        .iter()
        .find_map(|lead| {
            problem
                .strip_prefix(lead)?
                .strip_prefix(path.as_str())?
                .strip_prefix(": ")
        })
        .unwrap_or(problem)
}

/// Draws the picker for the frame's size.
pub fn draw(frame: &mut Frame, picker: &Picker) {
    let theme = picker.theme();
    // A message is never cut: it takes as many rows as it needs, up to a third of the screen.
    let area = frame.area();
    let status_lines: Vec<Line> = match picker.notice() {
        Some(notice) => wrap_plain(notice, usize::from(area.width))
            .into_iter()
            .map(|line| Line::styled(line, theme.warning()))
            .collect(),
        None => {
            let hints = picker.keymap().hints(Context::Picker, true);
            let hints = inert::cut(&hint_line(&hints), usize::from(area.width));
            let hints = Line::styled(hints, theme.dim());
            // The highlighted session's problem in full: the table's column may cut it.
            let highlighted = picker.sessions().get(picker.selected());
            match highlighted.map(|listed| (listed, &listed.summary)) {
                Some((listed, Err(problem))) => {
                    let name = describe(listed).name;
                    let whole = format!("{name}: {}", problem_alone(listed, problem));
                    let room = usize::from((area.height / 3).max(2)) - 1;
                    let mut lines: Vec<Line> = wrap_plain(&whole, usize::from(area.width))
                        .into_iter()
                        .take(room)
                        .map(|line| Line::styled(line, theme.warning()))
                        .collect();
                    lines.push(hints);
                    lines
                }
                _ => vec![hints],
            }
        }
    };
    let rows = (status_lines.len() as u16).clamp(1, (area.height / 3).max(1));
    let [list_area, status] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(rows)]).areas(area);
    let title = format!(" Sessions in {} — Enter opens ", picker.folder());
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Line::styled(
            inert::cut(&title, usize::from(list_area.width)),
            theme.label(),
        ));
    let width = usize::from(block.inner(list_area).width);
    let rows: Vec<Described> = picker.sessions().iter().map(describe).collect();
    let table = table(&rows, width, theme).block(block);
    let mut state = TableState::default().with_selected(Some(picker.selected()));
    frame.render_stateful_widget(table, list_area, &mut state);

    frame.render_widget(Paragraph::new(status_lines), status);
}

/// The table for an inside `width` columns wide: every column as wide as its widest cell, the
/// file names up to a limit and giving way to the articles when the screen is narrow, the
/// articles in what is left; each cell cut with "…" to fit. When the articles would still get
/// fewer than [`MIN_ARTICLE_WIDTH`] columns, the last change is left out (QA round 11, item 9: a
/// 70-column screen showed the articles as `o…`); the notes' column only when there is a note.
fn table(rows: &[Described], width: usize, theme: Theme) -> Table<'static> {
    let headers = [
        "Session",
        "Article",
        "Reviewed",
        "Orphans",
        "Last change",
        "",
    ];
    let cells = |r: &Described| {
        [
            r.name.clone(),
            r.about.clone(),
            r.reviewed.clone(),
            r.orphans.clone(),
            r.when.clone(),
            r.note.clone(),
        ]
    };
    let mut widths = [0; 6];
    for row in rows.iter().map(cells).chain([headers.map(String::from)]) {
        for (widest, cell) in widths.iter_mut().zip(&row) {
            *widest = (*widest).max(cell.chars().count());
        }
    }
    widths[4] = widths[4].max(WHEN_WIDTH);
    let mut shown = [true, true, true, true, true, widths[5] > 0];
    let widest_name = widths[0];
    loop {
        let others: usize = (2..6).filter(|&c| shown[c]).map(|c| widths[c]).sum();
        let columns = shown.iter().filter(|&&s| s).count();
        let rest = width.saturating_sub(others + SPACING * (columns - 1));
        widths[0] = widest_name
            .min(MAX_NAME_WIDTH)
            .min(rest.saturating_sub(MIN_ARTICLE_WIDTH).max(MIN_NAME_WIDTH));
        widths[1] = rest.saturating_sub(widths[0]).max(1);
        if widths[1] >= MIN_ARTICLE_WIDTH || !shown[4] {
            break;
        }
        shown[4] = false;
    }
    let pick = |row: [Cell<'static>; 6]| -> Vec<Cell<'static>> {
        row.into_iter()
            .zip(shown)
            .filter_map(|(cell, shown)| shown.then_some(cell))
            .collect()
    };
    let header = Row::new(pick(std::array::from_fn(|c| {
        Cell::from(inert::cut(headers[c], widths[c]))
    })))
    .style(theme.label());
    let body: Vec<Row> = rows
        .iter()
        .map(|r| {
            let about_style = if r.broken {
                theme.warning()
            } else {
                theme.dim()
            };
            Row::new(pick([
                Cell::from(inert::cut(&r.name, widths[0])).style(theme.label()),
                Cell::from(inert::cut(&r.about, widths[1])).style(about_style),
                Cell::from(Line::from(r.reviewed.clone()).right_aligned()),
                Cell::from(Line::from(r.orphans.clone()).right_aligned()),
                Cell::from(r.when.clone()),
                Cell::from(inert::cut(&r.note, widths[5])).style(theme.warning()),
            ]))
        })
        .collect();
    let constraints: Vec<Constraint> = widths
        .iter()
        .zip(shown)
        .filter_map(|(&w, shown)| shown.then_some(Constraint::Length(w as u16)))
        .collect();
    Table::new(body, constraints)
        .header(header)
        .column_spacing(SPACING as u16)
        .row_highlight_style(theme.selected())
        .style(Style::new())
}

fn local(time: DateTime<Utc>) -> String {
    time.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}
