//! Untrusted text made safe to draw: control characters and escape sequences become visible,
//! inert symbols (ESC → `␛`), so that an article can never move the cursor, change colours or
//! retitle the terminal.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// How one character of untrusted text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// Drawn as itself.
    Plain(char),
    /// A C0 control or DEL, drawn as its Unicode control picture (`␛`).
    Picture(char),
    /// A C1 control or a bidirectional override, drawn as an escape (`\u{9b}`).
    Escaped(char),
}

/// How `c` is drawn; tabs and line breaks become spaces (the source pane splits lines first).
pub fn glyph(c: char) -> Glyph {
    match c {
        '\t' | '\n' => Glyph::Plain(' '),
        '\u{0}'..='\u{1f}' => Glyph::Picture(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{7f}' => Glyph::Picture('␡'),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Glyph::Escaped(c)
        }
        _ => Glyph::Plain(c),
    }
}

/// Columns `c` takes once made inert.
pub fn width(c: char) -> usize {
    match glyph(c) {
        Glyph::Plain(p) => p.width().unwrap_or(0),
        Glyph::Picture(_) => 1,
        Glyph::Escaped(e) => format!("\\u{{{:x}}}", e as u32).len(),
    }
}

/// Appends the inert form of `text` to `out`.
pub fn push(out: &mut String, text: &str) {
    for c in text.chars() {
        match glyph(c) {
            Glyph::Plain(p) => out.push(p),
            Glyph::Picture(p) => out.push(p),
            Glyph::Escaped(e) => out.push_str(&format!("\\u{{{:x}}}", e as u32)),
        }
    }
}

/// Whether `text` is drawn as it is ([`clean`] would change nothing): no C0 or C1
/// control character, DEL, or bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069),
/// judged from the UTF-8 bytes.
pub fn is_inert(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(k, &b)| match b {
        0..=0x1f | 0x7f => false,
        0xC2 => !matches!(bytes.get(k + 1), Some(0x80..=0x9f)),
        0xE2 => !matches!(
            bytes.get(k + 1..k + 3),
            Some([0x80, 0xaa..=0xae] | [0x81, 0xa6..=0xa9])
        ),
        _ => true,
    })
}

/// The inert form of `text`, borrowed when nothing needed changing.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .all(|c| matches!(glyph(c), Glyph::Plain(p) if p == c))
    {
        Cow::Borrowed(text)
    } else {
        let mut out = String::with_capacity(text.len() + 8);
        push(&mut out, text);
        Cow::Owned(out)
    }
}

/// The inert form of `text` cut to at most `columns` columns, with `…` when cut.
pub fn cut(text: &str, columns: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let w = width(c);
        let room = if chars.peek().is_some() {
            columns.saturating_sub(1)
        } else {
            columns
        };
        if used + w > room {
            if columns > 0 {
                out.push('…');
            }
            return out;
        }
        push(&mut out, c.encode_utf8(&mut [0; 4]));
        used += w;
    }
    out
}

/// `text` followed by `kept` in `columns`: `text` is cut to make room, so that `kept` (a file
/// name after a title, say) stays whole; only when `kept` leaves `text` fewer than 8 columns is
/// the whole line cut instead. Both are taken as inert already.
pub fn cut_keeping(text: &str, kept: &str, columns: usize) -> String {
    /// Columns `text` keeps at least before `kept` is cut too.
    const TEXT_AT_LEAST: usize = 8;
    let text_width: usize = text.chars().map(width).sum();
    let kept_width: usize = kept.chars().map(width).sum();
    if text_width + kept_width <= columns {
        format!("{text}{kept}")
    } else if kept_width + TEXT_AT_LEAST <= columns {
        format!("{}{kept}", cut(text, columns - kept_width))
    } else {
        cut(&format!("{text}{kept}"), columns)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cut_keeping_cuts_the_text_and_keeps_the_rest_whole() {
        // QA round 10, item R8: the extract table's heading keeps the file name.
        use super::cut_keeping;
        let title = "Central bank cuts rates for third time as inflation cools, growth stalls";
        let line = cut_keeping(title, " (c-centralbank.txt)", 80);
        assert_eq!(
            line,
            "Central bank cuts rates for third time as inflation cools, … (c-centralbank.txt)"
        );
        assert_eq!(unicode_width::UnicodeWidthStr::width(line.as_str()), 80);
        assert_eq!(cut_keeping("Short", " (a.txt)", 80), "Short (a.txt)");
        // Too narrow for the name and a little of the title: the whole line is cut.
        assert_eq!(
            cut_keeping(title, " (c-centralbank.txt)", 20),
            "Central bank cuts r…"
        );
    }

    use super::*;

    #[test]
    fn escape_sequences_become_visible_symbols() {
        let hostile = "Before\u{1b}]0;owned\u{7}\u{1b}[2Jafter\u{9b}1m \u{202e}txt";
        let shown = clean(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.contains("␛]0;owned␇␛[2J"), "{shown}");
        assert!(
            shown.contains("\\u{9b}") && shown.contains("\\u{202e}"),
            "{shown}"
        );
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let text = "Zelensky’s “offer” — 63.5 %";
        assert!(matches!(clean(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn cut_counts_columns_of_the_inert_form() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abcd", 4), "abcd");
        assert_eq!(cut("a\u{1b}b", 3), "a␛b");
        assert_eq!(cut("日本語テキスト", 5), "日本…");
        assert_eq!(cut("anything", 0), "");
    }

    #[test]
    fn inert_text_is_recognised_from_its_bytes() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(
                is_inert(&text),
                matches!(clean(&text), Cow::Borrowed(_)),
                "{c:?}"
            );
        }
    }
}
