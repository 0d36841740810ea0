//! Word wrapping by display columns, keeping byte offsets so that spans (a claim, a figure) can be
//! highlighted in the wrapped text.

use std::ops::Range;

use super::inert;

/// Splits `text` (one paragraph, no line breaks) into lines of at most `width` columns: breaks after
/// spaces, and inside a word only when the word alone is wider than a line. Returns byte ranges
/// into `text`; an empty paragraph is one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut used = 0;
    // Where the current line can break: just after the last space, with the columns used so far.
    let mut last_break: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let w = inert::width(c);
        if c == ' ' && used + w > width && i > start {
            // A space that does not fit ends the line instead of starting the next one.
            lines.push(start..i + 1);
            start = i + 1;
            used = 0;
            last_break = None;
            continue;
        }
        while used + w > width && i > start {
            match last_break.take() {
                Some((at, cols)) => {
                    lines.push(start..at);
                    start = at;
                    used -= cols;
                }
                None => {
                    lines.push(start..i);
                    start = i;
                    used = 0;
                }
            }
        }
        used += w;
        if c == ' ' {
            last_break = Some((i + 1, used));
        }
    }
    lines.push(start..text.len());
    lines
}

/// Untrusted text for printing line by line: made inert, runs of white space folded to one space,
/// wrapped to `width` columns (at least 1), trailing spaces dropped. Empty text gives no lines.
pub fn wrap_plain(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let _ = PlainLines::default().wrap(text, width.max(1), |line| {
        lines.push(line.to_string());
        Ok::<(), std::convert::Infallible>(())
    });
    lines
}

/// Untrusted text wrapped for printing line by line, as [`wrap_plain`] returns it, handed out line
/// by line without copying the whole text first (the extract table wraps every sentence of a long
/// article); its buffers are reused from one text to the next.
#[derive(Debug, Default)]
pub struct PlainLines {
    line: String,
    used: usize,
    word: String,
}

impl PlainLines {
    /// Hands each line of `text` wrapped to `width` columns to `emit`, stopping at its first
    /// error.
    pub fn wrap<E>(
        &mut self,
        text: &str,
        width: usize,
        mut emit: impl FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        self.line.clear();
        self.used = 0;
        for raw in words(text) {
            // Most words need nothing made inert, and most of their characters are ASCII (one
            // column each).
            let (word, columns) = if inert::is_inert(raw) {
                let columns = raw
                    .chars()
                    .map(|c| if c.is_ascii() { 1 } else { inert::width(c) })
                    .sum();
                (raw, columns)
            } else {
                self.word.clear();
                inert::push(&mut self.word, raw);
                let columns = self.word.chars().map(inert::width).sum();
                (self.word.as_str(), columns)
            };
            if !self.line.is_empty() {
                if self.used + 1 + columns <= width {
                    self.line.push(' ');
                    self.line.push_str(word);
                    self.used += 1 + columns;
                    continue;
                }
                emit(&self.line)?;
                self.line.clear();
                self.used = 0;
            }
            if columns <= width {
                self.line.push_str(word);
                self.used = columns;
                continue;
            }
            // Wider than a line: cut it where the columns run out.
            for c in word.chars() {
                let w = inert::width(c);
                if self.used + w > width && !self.line.is_empty() {
                    emit(&self.line)?;
                    self.line.clear();
                    self.used = 0;
                }
                self.line.push(c);
                self.used += w;
            }
        }
        if !self.line.is_empty() {
            emit(&self.line)?;
        }
        Ok(())
    }
}

/// The words of `text` between runs of white space, as `split_whitespace` gives them, found
/// byte by byte: ASCII white space, and the few non-ASCII spaces by their UTF-8 lead bytes.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            match space_len(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        // Printable ASCII, the common case, is never white space.
        while i < bytes.len() && ((0x21..0x7f).contains(&bytes[i]) || space_len(bytes, i) == 0) {
            i += 1;
        }
        // Both ends are character boundaries: white space is whole characters.
        text.get(start..i)
    })
}

/// The length of the white-space character at `i` (`char::is_whitespace`), or 0.
#[inline]
fn space_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 if matches!(bytes.get(i + 1), Some(0x85 | 0xA0)) => 2,
        0xE1 if bytes.get(i + 1..i + 3) == Some(&[0x9A, 0x80]) => 3,
        0xE2 => match bytes.get(i + 1..i + 3) {
            Some(&[0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]) => 3,
            Some(&[0x81, 0x9F]) => 3,
            _ => 0,
        },
        0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `wrap_plain` by its definition: fold, make inert, wrap, drop trailing spaces.
    fn by_definition(text: &str, width: usize) -> Vec<String> {
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if folded.is_empty() {
            return Vec::new();
        }
        let clean = inert::clean(&folded);
        wrap(&clean, width)
            .into_iter()
            .map(|r| clean[r].trim_end().to_string())
            .collect()
    }

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_after_spaces_and_keeps_every_byte() {
        let text = "In response to the 181 drones fired by Russia, Ukraine shot down 115.";
        let got = lines(text, 20);
        assert_eq!(got.concat(), text);
        assert!(
            got.iter().all(|l| l.trim_end().chars().count() <= 20),
            "{got:?}"
        );
        assert_eq!(got[0], "In response to the ");
    }

    #[test]
    fn long_words_are_cut_and_wide_characters_counted() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("日本語テキスト", 6), ["日本語", "テキス", "ト"]);
        assert_eq!(lines("", 10), [""]);
    }

    #[test]
    fn plain_wrapping_folds_space_and_shows_controls_inert() {
        let text = "“You’re gambling with the lives of\n millions of people,” Trump said.";
        let got = wrap_plain(text, 20);
        assert!(
            got.iter()
                .all(|l| l.chars().count() <= 20 && !l.ends_with(' ')),
            "{got:?}"
        );
        assert_eq!(got.join(" "), text.replace("\n ", " "));
        assert_eq!(wrap_plain("a\u{1b}[31mb", 20), ["a␛[31mb"]);
        assert!(wrap_plain(" \t ", 20).is_empty());
    }

    #[test]
    fn words_are_split_where_split_whitespace_splits() {
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let text = format!("a{c}b {c}{c}c");
            let ours: Vec<&str> = words(&text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{c:?}");
        }
    }

    #[test]
    fn plain_lines_wrap_as_defined() {
        let pieces = [
            "word",
            "a",
            "longerwordthanaline",
            " ",
            "  ",
            "\n",
            "\t",
            "“",
            "’",
            "—",
            "日本語",
            "e\u{301}",
            "\u{1b}[31m",
            "\u{9b}",
            "\u{202e}",
            "\u{a0}",
            "🙂",
            "x",
        ];
        let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
        let mut next = |n: usize| rng.usize(..n);
        for _ in 0..3000 {
            let text: String = (0..next(30)).map(|_| pieces[next(pieces.len())]).collect();
            let width = 1 + next(25);
            assert_eq!(
                wrap_plain(&text, width),
                by_definition(&text, width),
                "{text:?} at {width}"
            );
        }
    }
}
