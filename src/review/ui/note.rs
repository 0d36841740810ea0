//! The note editor: the field's text wrapped at word boundaries as [`crate::review::note`] lays it
//! out, with the cursor and any selection drawn in the field's own styles, scrolled so that the
//! cursor is in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui_textarea::TextArea;

use super::super::app::App;
use super::super::keymap::Context;
use super::super::layout;
use super::super::note::{byte_at, cursor_place, rows};
use super::dialogs::{annotated_claim, popup_block};
use crate::display::inert;

/// The multi-line note editor over the middle of the screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, field: &TextArea<'static>) {
    let popup = layout::note(area);
    let title = app.selected().map_or(" Note ".to_string(), |at| {
        format!(" Note on {} ", app.claim_label(at))
    });
    let block = popup_block(app, &title, Context::Note);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let inner = annotated_claim(frame, inner, app);
    let text = text_lines(
        field,
        usize::from(inner.width),
        usize::from(inner.height),
        app.theme().selected(),
    );
    frame.render_widget(Paragraph::new(text).style(field.style()), inner);
}

/// The rows of the field's text that are in view in `width` × `height`: from the top, or, when
/// the cursor is further down, with the cursor's row at the bottom; selected text in `selected`.
pub fn text_lines(
    field: &TextArea<'_>,
    width: usize,
    height: usize,
    selected: Style,
) -> Vec<Line<'static>> {
    let lines = field.lines();
    let rows = rows(lines, width);
    let cursor = (field.cursor().0, field.cursor().1);
    let (cursor_row, _) = cursor_place(lines, &rows, cursor);
    let top = cursor_row.saturating_sub(height.saturating_sub(1));
    let selection = field.selection_range();
    let style_at = |line: usize, column: usize| {
        if (line, column) == cursor {
            field.cursor_style()
        } else if selection.is_some_and(|(from, to)| from <= (line, column) && (line, column) < to)
        {
            selected
        } else {
            Style::new()
        }
    };
    rows.iter()
        .enumerate()
        .skip(top)
        .take(height)
        .map(|(index, row)| {
            let text = &lines[row.line];
            let first = text[..row.bytes.start].chars().count();
            let mut spans: Vec<Span<'static>> = Vec::new();
            let mut run = String::new();
            let mut run_style = None;
            for (k, c) in text[row.bytes.clone()].chars().enumerate() {
                let style = style_at(row.line, first + k);
                if run_style.is_some_and(|s| s != style) {
                    spans.push(Span::styled(std::mem::take(&mut run), run_style.unwrap()));
                }
                run_style = Some(style);
                inert::push(&mut run, c.encode_utf8(&mut [0; 4]));
            }
            if let Some(style) = run_style {
                spans.push(Span::styled(run, style));
            }
            // The cursor after the last character of its line.
            if index == cursor_row && byte_at(text, cursor.1) == row.bytes.end {
                spans.push(Span::styled(" ", field.cursor_style()));
            }
            Line::from(spans)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn the_text_wraps_at_words_and_follows_the_cursor() {
        let mut field = TextArea::new(vec![
            "He was visiting the United States when it was in the Oval Office.".to_string(),
        ]);
        field.move_cursor(ratatui_textarea::CursorMove::End);
        let shown = text_lines(&field, 22, 10, Style::new());
        assert_eq!(
            plain(&shown),
            [
                "He was visiting the ",
                "United States when it ",
                "was in the Oval ",
                "Office. "
            ]
        );
        // The cursor is the reversed space after the full stop.
        let last = shown[3].spans.last().unwrap();
        assert_eq!(
            (last.content.as_ref(), last.style),
            (" ", field.cursor_style())
        );
        // Two rows high: the cursor's row at the bottom.
        assert_eq!(
            plain(&text_lines(&field, 22, 2, Style::new())),
            ["was in the Oval ", "Office. "]
        );
        field.move_cursor(ratatui_textarea::CursorMove::Head);
        assert_eq!(
            plain(&text_lines(&field, 22, 2, Style::new())),
            ["He was visiting the ", "United States when it "]
        );
    }
}
