//! The status line: session file and whether it is saved, progress with a gauge, and the key
//! hints of what has the focus (or the message of the last action).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, LineGauge, Paragraph};

use crate::session::{Tally, Verdict};

use super::super::app::{App, Focus, SaveState};
use super::hint_line;
use crate::display::inert;

/// Width of the progress gauge, label included.
const GAUGE_WIDTH: u16 = 18;

/// The progress, from the longest form to the shortest: "12 / 23 reviewed · 5 ✓ · 3 ✗ · 4 ?",
/// the same without "reviewed", and the count alone ("12 / 23").
pub fn progress(tally: &Tally) -> [String; 3] {
    let reviewed = format!("{} / {}", tally.reviewed(), tally.total);
    let verdicts = format!(
        "{} {} · {} {} · {} {}",
        tally.verified,
        Verdict::Verified.glyph(),
        tally.disputed,
        Verdict::Disputed.glyph(),
        tally.unclear,
        Verdict::Unclear.glyph()
    );
    [
        format!("{reviewed} reviewed · {verdicts}"),
        format!("{reviewed} · {verdicts}"),
        reviewed,
    ]
}

/// What the top row holds at a width: which form of the progress, whether the gauge and the
/// time of the last save are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fit {
    progress: usize,
    gauge: bool,
    time: bool,
}

/// The richest [`Fit`] that leaves the session's name whole: the gauge gives way first, then the
/// time of the last save, then the progress shortens (QA round 11, item 9); the name is cut only
/// when even the count alone leaves no room for it. Widths in columns: the progress forms, the
/// save state with and without the time, and "  " + state + " · " + name without the state.
fn fit(width: usize, progress: &[usize; 3], saved: [usize; 2], name: usize) -> Fit {
    let gauge = usize::from(GAUGE_WIDTH);
    let candidates = [(0, true, true), (0, false, true), (0, false, false)]
        .into_iter()
        .chain((1..progress.len()).map(|form| (form, false, false)));
    for (form, with_gauge, time) in candidates {
        let used = progress[form]
            + 1
            + if with_gauge { gauge } else { 0 }
            + saved[usize::from(!time)]
            + name;
        if used <= width {
            return Fit {
                progress: form,
                gauge: with_gauge,
                time,
            };
        }
    }
    Fit {
        progress: progress.len() - 1,
        gauge: false,
        time: false,
    }
}

/// Draws the two status rows.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let [top, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let name = app.session_name();
    let saved_width = |with_time: bool| match app.save_state() {
        SaveState::Saved { at: Some(at) } if with_time => format!("saved {at}").chars().count(),
        SaveState::Saved { .. } => "saved".len(),
        SaveState::Failed(_) => "NOT SAVED".len(),
        SaveState::InJournal(_) => "saved in journal only".len(),
    };
    let forms = progress(&app.session().tally());
    let widths = forms.each_ref().map(|form| form.chars().count());
    let name_width = 5 + name.chars().map(inert::width).sum::<usize>();
    let Fit {
        progress: form,
        gauge: with_gauge,
        time: with_time,
    } = fit(
        usize::from(top.width),
        &widths,
        [saved_width(true), saved_width(false)],
        name_width,
    );
    let progress_width = widths[form] as u16 + 1;
    let gauge_width = if with_gauge { GAUGE_WIDTH } else { 0 };
    let [progress_area, gauge, file] = Layout::horizontal([
        Constraint::Length(progress_width),
        Constraint::Length(gauge_width),
        Constraint::Fill(1),
    ])
    .areas(top);
    frame.render_widget(Paragraph::new(forms[form].clone()), progress_area);

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_stays_whole_and_the_progress_shortens_first() {
        let tally = Tally {
            total: 16,
            verified: 3,
            disputed: 1,
            unclear: 1,
        };
        let forms = progress(&tally);
        assert_eq!(forms[0], "5 / 16 reviewed · 3 ✓ · 1 ✗ · 1 ?");
        assert_eq!(forms[1], "5 / 16 · 3 ✓ · 1 ✗ · 1 ?");
        assert_eq!(forms[2], "5 / 16");
        let widths = forms.each_ref().map(|f| f.chars().count());
        // "  saved · multi.review.json"
        let name = 5 + "multi.review.json".len();
        let saved = ["saved 10:15".len(), "saved".len()];
        let at = |width| fit(width, &widths, saved, name);
        assert_eq!(
            at(120),
            Fit {
                progress: 0,
                gauge: true,
                time: true
            }
        );
        assert_eq!(
            (at(70).progress, at(70).gauge, at(70).time),
            (0, false, true)
        );
        // QA round 11, item 9: at 60 columns the name was cut ("multi.review.js…").
        assert_eq!(
            (at(60).progress, at(60).gauge, at(60).time),
            (1, false, false)
        );
        assert!(widths[1] + 1 + saved[1] + name <= 60);
        assert_eq!(at(40).progress, 2);
        assert_eq!(at(10).progress, 2);
    }
}
