//! Popups over the panes: the note editor, one-line inputs, the quit question, and the notice
//! that replaces the screen when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use std::path::Path;

use ratatui::style::Style;

use crate::export::{Format, path_beside};

use super::super::app::{App, IGNORED_WHEN_TOO_SMALL, Mode, SaveState};
use super::super::keymap::Context;
use super::super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::hint_line;
use crate::display::inert;
use crate::display::wrap::wrap_plain;
use unicode_width::UnicodeWidthStr;

pub(super) fn popup_block<'a>(app: &App, title: &'a str, context: Context) -> Block<'a> {
    let theme = app.theme();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Line::styled(title, theme.label()));
    // An editor asking whether to drop its text asks in its footer, in the warning style.
    if app.context() == Context::Discard {
        let hints = app.keymap().hints(Context::Discard, true);
        return block.title_bottom(Line::styled(
            format!(" Discard the changes? {} ", hint_line(&hints)),
            theme.warning(),
        ));
    }
    let hints = app.keymap().hints(context, true);
    block.title_bottom(format!(" {} ", hint_line(&hints)))
}

/// The open editor (`Mode::Note`, `Mode::Evidence` or `Mode::Speaker`; anything else draws
/// nothing).
pub fn editor(frame: &mut Frame, area: Rect, app: &App, mode: &Mode) {
    match mode {
        Mode::Note(field) => super::note::draw(frame, area, app, field),
        Mode::Evidence(field, None) => line(
            frame,
            area,
            app,
            " Add evidence: a link or citation ",
            field,
        ),
        Mode::Evidence(field, Some(item)) => {
            let title = format!(" Evidence {}: edit it (emptied, it is removed) ", item + 1);
            line(frame, area, app, &title, field)
        }
        Mode::Speaker(field) => {
            let title = app.selected().map_or(" Speaker ".to_string(), |at| {
                format!(" Who speaks in {}? (empty: no one) ", app.claim_label(at))
            });
            line(frame, area, app, &title, field)
        }
        _ => {}
    }
}

/// Above a note or evidence editor, the claim it annotates with its opening words, in bold;
/// when a verdict just moved the selection on, which claim was marked, in the warning style
/// (QA round 10, item R3). Returns the area left for the field.
pub(super) fn annotated_claim(frame: &mut Frame, inner: Rect, app: &App) -> Rect {
    let Some((at, marked)) = app.annotating() else {
        return inner;
    };
    if inner.height < 2 {
        return inner;
    }
    let theme = app.theme();
    let mut spans = Vec::new();
    let mut room = usize::from(inner.width);
    if let Some(marked) = marked {
        let warning = format!("not #{} (just marked): ", marked + 1);
        room = room.saturating_sub(warning.chars().count());
        spans.push(Span::styled(warning, theme.warning()));
    }
    let number = format!("#{} ", at + 1);
    let text = app.entry(at).map_or("", |c| c.claim.text.as_str());
    // Two columns for the quotation marks around the words.
    let words = inert::cut(text, room.saturating_sub(number.chars().count() + 2));
    let label = format!("{number}{}", crate::display::quoted(&words));
    spans.push(Span::styled(label, theme.label()));
    let header = Rect { height: 1, ..inner };
    frame.render_widget(Paragraph::new(Line::from(spans)), header);
    Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    }
}

/// A one-line input (evidence, the speaker) over the middle of the screen; evidence has the
/// claim it goes on above it.
pub fn line(frame: &mut Frame, area: Rect, app: &App, title: &str, field: &TextArea<'static>) {
    let evidence = matches!(app.mode(), Mode::Evidence(..))
        || matches!(app.mode(), Mode::ConfirmDiscard { back } if matches!(**back, Mode::Evidence(..)));
    let height = if evidence { 4 } else { 3 };
    let popup = area.centered(
        Constraint::Length(layout::dialog_width(area)),
        Constraint::Length(height),
    );
    let block = popup_block(app, title, Context::Line);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let inner = if evidence {
        annotated_claim(frame, inner, app)
    } else {
        inner
    };
    frame.render_widget(field, inner);
}

/// The search field, over the status line at the bottom so that the claim it finds stays in
/// view; what the search found (or did not) is in its border.
pub fn search(frame: &mut Frame, area: Rect, app: &App, field: &TextArea<'static>) {
    let height = 3.min(area.height);
    let popup = Rect::new(area.x, area.bottom() - height, area.width, height);
    let mut block = popup_block(app, " Search claims ", Context::Search);
    if let Some(notice) = app.notice() {
        let room = usize::from(area.width).saturating_sub(20);
        block = block.title(
            Line::styled(
                format!(" {} ", inert::cut(notice, room)),
                app.theme().warning(),
            )
            .right_aligned(),
        );
    }
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    frame.render_widget(field, inner);
}

/// The export dialog: the formats, each with the file it writes beside the session.
pub fn export(frame: &mut Frame, area: Rect, app: &App, choice: usize) {
    let theme = app.theme();
    let popup_width = layout::dialog_width(area);
    let rows = export_rows(
        Path::new(app.session_name()),
        usize::from(popup_width.saturating_sub(2)),
    );
    let mut lines = vec![
        Line::from("Write the session beside it as:"),
        Line::from(""),
    ];
    for (i, row) in rows.into_iter().enumerate() {
        let (marker, style) = if i == choice {
            ("› ", theme.selected())
        } else {
            ("  ", Style::new())
        };
        lines.push(Line::styled(format!("{marker}{row}"), style));
    }
    let height = lines.len() as u16 + 2;
    let popup = area.centered(Constraint::Length(popup_width), Constraint::Length(height));
    let block = popup_block(app, " Export ", Context::Export);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// The export dialog's rows for `width` columns (the marker's two included): each format's
/// description, then the file it writes. When they do not fit, the descriptions are cut first
/// (down to 12 columns), then the file names, in the middle, so that their endings, which tell
/// the formats apart, stay whole.
fn export_rows(session: &Path, width: usize) -> Vec<String> {
    /// Columns a description keeps at least: "ClaimReview…".
    const DESCRIPTION_AT_LEAST: usize = 12;
    let files: Vec<(String, String)> = Format::ALL
        .iter()
        .map(|format| {
            let file = path_beside(session, *format)
                .file_name()
                .map(|n| inert::clean(&n.to_string_lossy()).into_owned())
                .unwrap_or_default();
            let ending = format!(".{}", format.extension());
            match file.strip_suffix(&ending) {
                Some(stem) => (stem.to_string(), ending),
                None => (file, String::new()),
            }
        })
        .collect();
    let file_width = files
        .iter()
        .map(|(stem, ending)| UnicodeWidthStr::width(format!("{stem}{ending}").as_str()))
        .max()
        .unwrap_or(0);
    let described = Format::ALL
        .iter()
        .map(|f| f.description().chars().count())
        .max()
        .unwrap_or(0);
    // The marker and the two columns between description and file.
    let room = width.saturating_sub(4);
    let description_width = described
        .min(room.saturating_sub(file_width))
        .max(DESCRIPTION_AT_LEAST.min(described));
    let file_room = room.saturating_sub(description_width);
    Format::ALL
        .iter()
        .zip(files)
        .map(|(format, (stem, ending))| {
            let description = inert::cut(format.description(), description_width);
            let file = inert::cut_keeping(&stem, &ending, file_room);
            let pad = description_width - UnicodeWidthStr::width(description.as_str());
            format!("{description}{:pad$}  {file}", "")
        })
        .collect()
}

/// The selected claim's evidence, one item per row, to choose one to edit or remove.
pub fn evidence_list(frame: &mut Frame, area: Rect, app: &App, choice: usize) {
    let theme = app.theme();
    let popup_width = layout::dialog_width(area);
    let room = usize::from(popup_width.saturating_sub(2));
    let items = app.evidence();
    let mut lines = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let marker = if i == choice { "›" } else { " " };
        let text = inert::cut(&format!("{marker} {}. {item}", i + 1), room);
        let style = if i == choice {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = area.centered(Constraint::Length(popup_width), Constraint::Length(height));
    let title = app.selected().map_or(String::new(), |at| {
        format!(" Evidence of {} ", app.claim_label(at))
    });
    let block = popup_block(app, &title, Context::EvidenceList);
    // Keep the highlighted item in view when there are more items than rows.
    let visible = usize::from(height.saturating_sub(2)).max(1);
    let top = choice.saturating_sub(visible - 1);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines.split_off(top.min(lines.len()))).block(block),
        popup,
    );
}

/// "Quit without saving?"
pub fn confirm_quit(frame: &mut Frame, area: Rect, app: &App, back: &Mode) {
    let why = match (back, app.save_state()) {
        (Mode::Note(_), _) => "The note being edited is not kept.".to_string(),
        (Mode::Evidence(..), _) => "The evidence being typed is not kept.".to_string(),
        (Mode::Speaker(_), _) => "The speaker being typed is not kept.".to_string(),
        (_, SaveState::Failed(message)) => match app.not_on_disk() {
            0 => format!(
                "Your place in the list (the selected claim and the filters) is not on disk: \
                 {message}"
            ),
            1 => format!(
                "1 change is not on disk, neither in the session file nor in its journal: \
                 {message}"
            ),
            n => format!(
                "{n} changes are not on disk, neither in the session file nor in its journal: \
                 {message}"
            ),
        },
        (_, SaveState::InJournal(message)) => format!(
            "The session file could not be rewritten ({message}). Every change is on disk in its \
             journal and comes back when the session is next opened."
        ),
        _ => "Some changes are not on disk.".to_string(),
    };
    let why = crate::display::inert::clean(&why).into_owned();
    // As tall as the wrapped text (up to the screen), so that the reason is never cut.
    let popup_width = layout::dialog_width(area);
    let inner_width = usize::from(popup_width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = wrap_plain(&why, inner_width)
        .into_iter()
        .map(Line::from)
        .collect();
    lines.extend([Line::from(""), Line::from("Quit anyway?")]);
    let height = (lines.len() as u16)
        .saturating_add(2)
        .max(7)
        .min(area.height);
    let popup = area.centered(Constraint::Length(popup_width), Constraint::Length(height));
    let block = popup_block(app, " Quit? ", Context::Confirm);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// What happened while the session was opened (or a message too long for the status line), one
/// paragraph per line, scrolled by `scroll` rows (clamped here).
pub fn report(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    lines: &[String],
    scroll: u16,
) {
    paragraphs(frame, area, app, title, lines, Context::Report, scroll);
}

/// Paragraphs in a popup as tall as they wrap to (up to the screen), with the keys of `context`
/// in its footer, scrolled by `scroll` rows; the border says when there is more above or below.
pub fn paragraphs(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    lines: &[String],
    context: Context,
    scroll: u16,
) {
    let theme = app.theme();
    let popup_width = layout::dialog_width(area);
    // Wrapped here, so that the popup is exactly as tall as its text (up to the screen).
    let rows = layout::dialog_rows(area, lines);
    let visible = layout::dialog_rows_visible(area, rows.len());
    let top = usize::from(scroll).min(rows.len() - visible);
    let height = (visible as u16).saturating_add(2);
    let popup = area.centered(Constraint::Length(popup_width), Constraint::Length(height));
    let mut block = popup_block(app, title, context).border_style(theme.warning());
    if top > 0 {
        block = block.title(Line::styled(" ↑ more above ", theme.warning()).right_aligned());
    }
    if top + visible < rows.len() {
        block = block.title_bottom(Line::styled(" ↓ more below ", theme.warning()).right_aligned());
    }
    let text: Vec<Line> = rows
        .into_iter()
        .skip(top)
        .take(visible)
        .map(Line::from)
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(text).block(block), popup);
}

/// The notice shown instead of the screen below the minimum size.
pub fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let hints = app.keymap().hints(Context::TooSmall, true);
    let mut lines = vec![
        Line::from(format!(
            "terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT})"
        )),
        Line::from(format!("now {}×{}", area.width, area.height)),
    ];
    if matches!(app.mode(), Mode::ConfirmQuit { .. }) {
        lines.push(Line::from("not saved: q again quits anyway"));
    } else if app
        .notice_lines()
        .iter()
        .any(|l| l == IGNORED_WHEN_TOO_SMALL)
    {
        lines.push(Line::from(IGNORED_WHEN_TOO_SMALL));
        lines.push(Line::from(hint_line(&hints)));
    } else {
        lines.push(Line::from(hint_line(&hints)));
    }
    let height = (lines.len() as u16).min(area.height);
    let middle = area.centered_vertically(Constraint::Length(height));
    frame.render_widget(
        Paragraph::new(lines)
            .centered()
            .wrap(Wrap { trim: true })
            .style(app.theme().label()),
        middle,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_rows_cut_the_descriptions_then_the_names_keeping_their_endings() {
        // QA round 11, item 9: "multi.review.repo", "multi.review.clai", cut without a mark.
        let session = Path::new("multi.review.json");
        let wide = export_rows(session, 80);
        assert_eq!(
            wide[3],
            "ClaimReview for publishing  multi.review.claimreview.jsonld"
        );
        let rows = export_rows(session, 49);
        assert_eq!(rows[0], "JSON report     multi.review.report.json");
        assert_eq!(rows[3], "ClaimReview f…  multi.review.claimreview.jsonld");
        assert!(rows.iter().all(|r| r.chars().count() + 2 <= 49), "{rows:?}");
        let long = Path::new("odesa-drone-strike.review.json");
        let rows = export_rows(long, 54);
        assert_eq!(
            rows[3],
            "ClaimReview…  odesa-drone-strike….claimreview.jsonld"
        );
        assert_eq!(rows[2], "Markdown fo…  odesa-drone-strike.review.md");
        assert!(rows.iter().all(|r| r.chars().count() + 2 <= 54), "{rows:?}");
    }
}
