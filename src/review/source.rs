//! Which lines of an article the source pane shows: wrapped to the pane, starting near the claim,
//! moved by the reviewer's scrolling. Only the paragraphs on screen are wrapped, so a long article
//! costs no more per frame than a short one.

use std::collections::VecDeque;
use std::ops::Range;

use crate::display::wrap::wrap;

/// A position among the wrapped lines of a text: a paragraph (between line breaks) and a line of it.
#[derive(Debug, Clone)]
struct Cursor<'a> {
    text: &'a str,
    width: usize,
    paragraph: Range<usize>,
    lines: Vec<Range<usize>>,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, width: usize, byte: usize) -> Cursor<'a> {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
        let mut cursor = Cursor {
            text,
            width,
            paragraph: 0..0,
            lines: Vec::new(),
            at: 0,
        };
        cursor.enter(start);
        cursor.at = cursor
            .lines
            .iter()
            .rposition(|l| l.start <= byte)
            .unwrap_or(0);
        cursor
    }

    /// Moves to the paragraph starting at `start`, on its first line.
    fn enter(&mut self, start: usize) {
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let shown = self.text[start..end]
            .strip_suffix('\r')
            .map_or(end, |s| start + s.len());
        self.paragraph = start..end;
        self.lines = wrap(&self.text[start..shown], self.width)
            .into_iter()
            .map(|r| start + r.start..start + r.end)
            .collect();
        self.at = 0;
    }

    fn line(&self) -> Range<usize> {
        self.lines[self.at].clone()
    }

    fn next(&mut self) -> bool {
        if self.at + 1 < self.lines.len() {
            self.at += 1;
        } else if self.paragraph.end < self.text.len() {
            self.enter(self.paragraph.end + 1);
        } else {
            return false;
        }
        true
    }

    fn previous(&mut self) -> bool {
        if self.at > 0 {
            self.at -= 1;
        } else if self.paragraph.start > 0 {
            let end = self.paragraph.start - 1;
            let start = self.text[..end].rfind('\n').map_or(0, |i| i + 1);
            self.enter(start);
            self.at = self.lines.len() - 1;
        } else {
            return false;
        }
        true
    }
}

/// The lines on screen and the scroll offset they correspond to once clamped to the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceView {
    /// Byte ranges of the visible lines, top to bottom (line breaks excluded).
    pub lines: Vec<Range<usize>>,
    /// The scroll offset actually shown (the requested one, clamped at either end of the text).
    pub offset: i32,
}

/// The lines of `text` to show in a pane of `width` × `height`: the line holding byte `anchor`
/// sits `context` lines below the top, then the view moves `offset` lines (down when positive).
/// Near the end of the text the view fills the pane from above rather than leave it half empty.
pub fn view(
    text: &str,
    anchor: usize,
    offset: i32,
    context: usize,
    width: usize,
    height: usize,
) -> SourceView {
    if height == 0 {
        return SourceView {
            lines: Vec::new(),
            offset,
        };
    }
    let mut top = Cursor::new(text, width, anchor);
    let mut moved: i32 = 0;
    let shift = offset - context as i32;
    while moved > shift && top.previous() {
        moved -= 1;
    }
    while moved < shift && top.next() {
        moved += 1;
    }
    let mut lines = VecDeque::from([top.line()]);
    let mut below = top.clone();
    while lines.len() < height && below.next() {
        lines.push_back(below.line());
    }
    while lines.len() < height && top.previous() {
        lines.push_front(top.line());
        moved -= 1;
    }
    SourceView {
        lines: lines.into(),
        offset: moved + context as i32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown<'t>(text: &'t str, v: &SourceView) -> Vec<&'t str> {
        v.lines.iter().map(|r| &text[r.clone()]).collect()
    }

    const TEXT: &str = "one\ntwo\nthree\nfour\nfive\nsix\nseven";

    #[test]
    fn the_anchor_line_sits_below_its_context() {
        let at = TEXT.find("four").unwrap();
        let v = view(TEXT, at, 0, 1, 20, 3);
        assert_eq!(shown(TEXT, &v), ["three", "four", "five"]);
        assert_eq!(v.offset, 0);
    }

    #[test]
    fn scrolling_is_clamped_at_both_ends() {
        let at = TEXT.find("four").unwrap();
        let up = view(TEXT, at, -50, 0, 20, 3);
        assert_eq!(shown(TEXT, &up), ["one", "two", "three"]);
        assert_eq!(up.offset, -3);
        let down = view(TEXT, at, 50, 0, 20, 3);
        assert_eq!(shown(TEXT, &down), ["five", "six", "seven"]);
        assert_eq!(down.offset, 1);
    }

    #[test]
    fn long_paragraphs_are_wrapped_and_crlf_is_hidden() {
        let text = "alpha beta gamma delta\r\nomega";
        let v = view(text, text.find("gamma").unwrap(), 0, 0, 11, 3);
        assert_eq!(shown(text, &v), ["alpha beta ", "gamma delta", "omega"]);
        let short = view("", 0, 0, 2, 10, 4);
        assert_eq!(short.lines, vec![Range { start: 0, end: 0 }]);
    }
}
