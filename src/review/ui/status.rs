//! The status line: session file and whether it is saved, progress with a gauge, and the key
//! hints of what has the focus (or the message of the last action).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, LineGauge, Paragraph};

use crate::session::Verdict;

use super::super::app::{App, Focus, SaveState};
use super::hint_line;
use crate::display::inert;

/// Width of the progress gauge, label included.
const GAUGE_WIDTH: u16 = 18;

/// "12 / 23 reviewed · 5 ✓ · 3 ✗ · 4 ?"
pub fn progress(app: &App) -> String {
    let tally = app.session().tally();
    format!(
        "{} / {} reviewed · {} {} · {} {} · {} {}",
        tally.reviewed(),
        tally.total,
        tally.verified,
        Verdict::Verified.glyph(),
        tally.disputed,
        Verdict::Disputed.glyph(),
        tally.unclear,
        Verdict::Unclear.glyph()
    )
}

/// Draws the two status rows.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let [top, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let progress = progress(app);
    let progress_width = progress.chars().count() as u16 + 1;
    // The session's name is cut last: the gauge goes first, then the time of the last save.
    let name = app.session_name();
    let saved_at = |with_time: bool| match app.save_state() {
        SaveState::Saved { at: Some(at) } if with_time => format!("saved {at}").chars().count(),
        SaveState::Saved { .. } => "saved".len(),
        SaveState::Failed(_) => "NOT SAVED".len(),
        SaveState::InJournal(_) => "saved in journal only".len(),
    };
    let file_width = |with_time: bool| (5 + saved_at(with_time) + name.chars().count()) as u16;
    let room = top.width.saturating_sub(progress_width);
    let gauge_width = if room >= GAUGE_WIDTH + file_width(true) {
        GAUGE_WIDTH
    } else {
        0
    };
    let with_time = room >= gauge_width + file_width(true);
    let [progress_area, gauge, file] = Layout::horizontal([
        Constraint::Length(progress_width),
        Constraint::Length(gauge_width),
        Constraint::Fill(1),
    ])
    .areas(top);
    frame.render_widget(Paragraph::new(progress), progress_area);

    let tally = app.session().tally();
    let ratio = if tally.total == 0 {
        0.0
    } else {
        tally.reviewed() as f64 / tally.total as f64
    };
    let gauge_widget = LineGauge::default()
        .ratio(ratio)
        .label(format!("{:>3.0}%", ratio * 100.0))
        .filled_symbol("█")
        .unfilled_symbol("░")
        .filled_style(theme.gauge());
    frame.render_widget(gauge_widget, gauge);

    let saved = match app.save_state() {
        SaveState::Saved { at: Some(at) } if with_time => {
            Span::styled(format!("saved {at}"), theme.dim())
        }
        SaveState::Saved { at: Some(_) } => Span::styled("saved", theme.dim()),
        SaveState::Saved { at: None } => Span::styled("saved", theme.dim()),
        SaveState::Failed(_) => Span::styled("NOT SAVED", theme.warning()),
        SaveState::InJournal(_) => Span::styled("saved in journal only", theme.warning()),
    };
    let room = usize::from(file.width).saturating_sub(saved.width() + 5);
    let line = Line::from(vec![
        Span::raw("  "),
        saved,
        Span::raw(" · "),
        Span::styled(inert::cut(name, room), theme.label()),
    ]);
    frame.render_widget(Paragraph::new(line), file);

    let notice = app.notice_lines();
    let style = if app.unsaved() {
        theme.warning()
    } else {
        theme.label()
    };
    let line = match notice.as_slice() {
        [one] => Line::styled(one.clone(), style),
        [first, second] => {
            // A message of two rows takes the progress row's place until the next key.
            frame.render_widget(Clear, top);
            frame.render_widget(Paragraph::new(Line::styled(first.clone(), style)), top);
            Line::styled(second.clone(), style)
        }
        _ => {
            let hints = app
                .keymap()
                .hints(app.context(), app.focus() == Focus::List);
            let width = usize::from(bottom.width);
            Line::styled(inert::cut(&hint_line(&hints), width), theme.dim())
        }
    };
    frame.render_widget(Paragraph::new(line), bottom);
}
