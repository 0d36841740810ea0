//! The note editor's text as it is drawn: each line of the note wrapped at word boundaries like
//! the rest of the screen ([`crate::display::wrap`]), where the cursor stands among those rows,
//! and the cursor moved a drawn row up or down. Drawing and the arrow keys both use these, so that
//! what the keys do matches what the reviewer sees (QA round 11, item 9: the text field's own
//! wrapping put a sentence's full stop alone on a line).

use std::ops::Range;

use ratatui_textarea::{CursorMove, Input, Key, TextArea};

use crate::display::{inert, wrap};

/// One drawn row: a part of one line of the note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The note's line.
    pub line: usize,
    /// Bytes of that line on this row (a space that ends the row included).
    pub bytes: Range<usize>,
}

/// The rows of `lines` in a field `width` columns wide. Text takes one column less, so that the
/// cursor after the last character of a full row, and a space that ends it, stay in the field.
pub fn rows(lines: &[String], width: usize) -> Vec<Row> {
    let room = width.saturating_sub(1).max(1);
    lines
        .iter()
        .enumerate()
        .flat_map(|(line, text)| {
            wrap::wrap(text, room)
                .into_iter()
                .map(move |bytes| Row { line, bytes })
        })
        .collect()
}

/// The byte offset of character `column` in `text` (its end when past the last character).
pub fn byte_at(text: &str, column: usize) -> usize {
    text.char_indices()
        .nth(column)
        .map_or(text.len(), |(i, _)| i)
}

/// Where the cursor (line, character) is drawn: the index of its row and its column in the row.
/// A cursor at the end of a row that its line goes on from is drawn at the start of the next.
pub fn cursor_place(lines: &[String], rows: &[Row], cursor: (usize, usize)) -> (usize, usize) {
    let (line, column) = cursor;
    let Some(text) = lines.get(line) else {
        return (0, 0);
    };
    let offset = byte_at(text, column);
    let Some(index) = rows
        .iter()
        .rposition(|row| row.line == line && row.bytes.start <= offset)
    else {
        return (0, 0);
    };
    let start = rows[index].bytes.start;
    (index, text[start..offset].chars().map(inert::width).sum())
}

/// The cursor (line, character) one drawn row above (`up`) or below `cursor`, as near as the row
/// allows to the column it is at; `None` on the first (last) row.
pub fn step(
    lines: &[String],
    width: usize,
    cursor: (usize, usize),
    up: bool,
) -> Option<(usize, usize)> {
    let rows = rows(lines, width);
    let (index, column) = cursor_place(lines, &rows, cursor);
    let target = if up { index.checked_sub(1)? } else { index + 1 };
    let row = rows.get(target)?;
    let text = &lines[row.line];
    let continued = rows
        .get(target + 1)
        .is_some_and(|next| next.line == row.line);
    let mut offset = row.bytes.start;
    let mut used = 0;
    for (i, c) in text[row.bytes.clone()].char_indices() {
        let end = row.bytes.start + i + c.len_utf8();
        // The end of a row its line goes on from is drawn on the next row.
        if used + inert::width(c) > column || (continued && end == row.bytes.end) {
            break;
        }
        used += inert::width(c);
        offset = end;
    }
    Some((row.line, text[..offset].chars().count()))
}

/// Whether `input` moves the cursor a row: `Some(true)` up (↑, Ctrl-P), `Some(false)` down (↓,
/// Ctrl-N), as the text field binds them.
pub fn row_key(input: &Input) -> Option<bool> {
    match (input.key, input.ctrl, input.alt) {
        (Key::Up, false, false) | (Key::Char('p'), true, false) => Some(true),
        (Key::Down, false, false) | (Key::Char('n'), true, false) => Some(false),
        _ => None,
    }
}

/// Moves the field's cursor a drawn row up or down in a field `width` columns wide; with Shift,
/// the selection grows, as the field's own keys do.
pub fn move_cursor(field: &mut TextArea<'_>, width: usize, up: bool, shift: bool) {
    let cursor = (field.cursor().0, field.cursor().1);
    let Some((line, column)) = step(field.lines(), width, cursor, up) else {
        return;
    };
    if !shift {
        field.cancel_selection();
    } else if !field.is_selecting() {
        field.start_selection();
    }
    let row = u16::try_from(line).unwrap_or(u16::MAX);
    match u16::try_from(column) {
        Ok(column) => field.move_cursor(CursorMove::Jump(row, column)),
        // A line longer than a jump reaches: from its start, one character at a time.
        Err(_) => {
            field.move_cursor(CursorMove::Jump(row, 0));
            for _ in 0..column {
                field.move_cursor(CursorMove::Forward);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(lines: &[String], width: usize) -> Vec<&str> {
        rows(lines, width)
            .into_iter()
            .map(|row| &lines[row.line][row.bytes])
            .collect()
    }

    #[test]
    fn a_full_stop_stays_with_its_word() {
        // QA round 11, item 9: "…was in the Oval Office" then a line holding only ".".
        let note = vec!["He was visiting the United States when it was in the Oval Office.".into()];
        assert_eq!(
            shown(&note, 22),
            [
                "He was visiting the ",
                "United States when it ",
                "was in the Oval ",
                "Office."
            ]
        );
        assert!(
            shown(&note, 22)
                .iter()
                .all(|row| !row.trim_start().starts_with('.'))
        );
    }

    #[test]
    fn the_cursor_is_drawn_where_it_is_and_moves_a_drawn_row() {
        let note: Vec<String> = vec![
            "He was visiting the United States when it was in the Oval Office.".into(),
            "".into(),
            "Second".into(),
        ];
        let rows = rows(&note, 22);
        // At the end of the first line: after "Office." on its last row.
        assert_eq!(cursor_place(&note, &rows, (0, 65)), (3, 7));
        // At the start of "United": the start of the second row, not the end of the first.
        assert_eq!(cursor_place(&note, &rows, (0, 20)), (1, 0));
        assert_eq!(cursor_place(&note, &rows, (2, 3)), (5, 3));
        // Up from "Of|fice." goes to "wa|s in", down from there to "Of|fice.".
        assert_eq!(step(&note, 22, (0, 60), true), Some((0, 44)));
        assert_eq!(step(&note, 22, (0, 44), false), Some((0, 60)));
        // A column past a row's end stops before the space that ends it.
        assert_eq!(step(&note, 22, (0, 65), true), Some((0, 49)));
        assert_eq!(step(&note, 22, (0, 41), true), Some((0, 19)));
        // Down onto the empty line, then onto "Second", then nowhere.
        assert_eq!(step(&note, 22, (0, 63), false), Some((1, 0)));
        assert_eq!(step(&note, 22, (1, 0), false), Some((2, 0)));
        assert_eq!(step(&note, 22, (2, 0), false), None);
        assert_eq!(step(&note, 22, (0, 3), true), None);
    }

    #[test]
    fn the_fields_other_keys_work_on_a_field_that_is_never_drawn_itself() {
        // The note is drawn from its lines, not by the text field: its page keys see no viewport.
        let mut field = TextArea::new((0..30).map(|i| format!("line {i}")).collect());
        for key in [Key::PageDown, Key::PageUp, Key::End, Key::Home, Key::Right] {
            field.input(Input {
                key,
                ..Input::default()
            });
        }
        field.input(Input {
            key: Key::Char('x'),
            ..Input::default()
        });
        assert!(field.lines().iter().any(|l| l.contains('x')));
    }
}
