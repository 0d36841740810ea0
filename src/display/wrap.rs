//! Word wrapping by display columns, keeping byte offsets so that spans (a claim, a figure) can be
//! highlighted in the wrapped text.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use super::inert;

/// Whether a line may not begin with `c`: a comma, a full stop or another mark that closes what
/// comes before it, and the separators of our lists (", ", " · "). A line breaks after these,
/// never before them, even where a space precedes them ("63.5 %", "181 drones · 115").
pub fn ends_what_precedes(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
            | '”'
            | '’'
            | '»'
            | '›'
            | '…'
            | '·'
            | '、'
            | '。'
            | '，'
            | '）'
    )
}

/// Splits `text` (one paragraph, no line breaks) into lines of at most `width` columns: breaks after
/// spaces, and inside a word only when the word alone is wider than a line; never before a
/// character that [ends what precedes it](ends_what_precedes), unless a line holds nothing else
/// to break at. Returns byte ranges into `text`; an empty paragraph is one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    wrap_into(text, width, &mut lines);
    lines
}

/// [`wrap`] into `lines` (cleared first), reusing its allocation.
fn wrap_into(text: &str, width: usize, lines: &mut Vec<Range<usize>>) {
    lines.clear();
    let width = width.max(1);
    let mut start = 0;
    let mut used = 0;
    // Where the current line can break, with the columns used before that point: just after the
    // last space, and, for a word wider than a line, the last place inside a word.
    let mut after_space: Option<(usize, usize)> = None;
    let mut in_word: Option<(usize, usize)> = None;
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let w = inert::width(c);
        if c != ' ' && i > start && !ends_what_precedes(c) {
            match previous {
                Some(' ') => after_space = Some((i, used)),
                Some(_) => in_word = Some((i, used)),
                None => {}
            }
        }
        previous = Some(c);
        if used + w <= width || i == start {
            used += w;
            continue;
        }
        let next_may_start = chars
            .peek()
            .is_none_or(|&(_, next)| !ends_what_precedes(next));
        if c == ' ' && next_may_start {
            // A space that does not fit ends the line instead of starting the next one.
            lines.push(start..i + 1);
            start = i + 1;
            used = 0;
            after_space = None;
            in_word = None;
            continue;
        }
        // Break at the last space, else inside the word, else (nothing else on the line to
        // break at) before this character or, for a space, after it.
        while used + w > width && i > start {
            match after_space.take().or_else(|| in_word.take()) {
                Some((at, columns)) => {
                    lines.push(start..at);
                    start = at;
                    used -= columns;
                    // A place inside a later word is still one on the new line.
                    in_word = in_word
                        .filter(|&(cut, _)| cut > at)
                        .map(|(cut, before)| (cut, before - columns));
                }
                None if c == ' ' => {
                    lines.push(start..i + 1);
                    start = i + 1;
                    used = 0;
                    break;
                }
                None => {
                    lines.push(start..i);
                    start = i;
                    used = 0;
                }
            }
        }
        if start <= i {
            used += w;
        }
    }
    lines.push(start..text.len());
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
/// by line (the extract table wraps every sentence of a long article); its buffers are reused
/// from one text to the next.
#[derive(Debug, Default)]
pub struct PlainLines {
    text: String,
    lines: Vec<Range<usize>>,
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
        self.text.clear();
        for word in words(text) {
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            // Most words need nothing made inert.
            if inert::is_inert(word) {
                self.text.push_str(word);
            } else {
                inert::push(&mut self.text, word);
            }
        }
        if self.text.is_empty() {
            return Ok(());
        }
        wrap_into(&self.text, width, &mut self.lines);
        for range in &self.lines {
            emit(self.text[range.clone()].trim_end())?;
        }
        Ok(())
    }
}

/// A list laid out in lines of at most `width` columns: the items side by side, `mark` after
/// each but the last (`","`, `" ·"`), as many to a line as fit; a line breaks after a mark, never
/// inside an item that fits on a line of its own. An item wider than a line takes lines of its
/// own, wrapped like text. Blank items are left out.
pub fn pack<S: AsRef<str>>(items: &[S], mark: &str, width: usize) -> Vec<String> {
    let items: Vec<&str> = items
        .iter()
        .map(AsRef::as_ref)
        .filter(|f| !f.trim().is_empty())
        .collect();
    let mut lines: Vec<String> = Vec::new();
    // Whether the last line may take the next item: not when it ends a wrapped one.
    let mut open = false;
    for (n, item) in items.iter().enumerate() {
        let mark = if n + 1 < items.len() { mark } else { "" };
        let mut pieces = wrap_plain(&format!("{item}{mark}"), width);
        if let ([piece], true, Some(last)) = (pieces.as_slice(), open, lines.last_mut())
            && last.width() + 1 + piece.width() <= width
        {
            last.push(' ');
            last.push_str(piece);
            continue;
        }
        open = pieces.len() == 1;
        lines.append(&mut pieces);
    }
    lines
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
            ",",
            "drones,",
            " · ",
            "63.5 %",
            "(6 miles)",
            "…",
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

    #[test]
    fn a_list_breaks_after_its_marks() {
        let tally = [
            "2 ≈ approximately consistent",
            "5 ✓ consistent",
            "4 → derived",
        ];
        assert_eq!(
            pack(&tally, " ·", 38),
            [
                "2 ≈ approximately consistent ·",
                "5 ✓ consistent · 4 → derived"
            ]
        );
        assert_eq!(pack(&tally, " ·", 80).len(), 1);
        assert_eq!(pack(&["", " ", "x"], ",", 10), ["x"]);
    }

    #[test]
    fn a_line_never_starts_with_a_comma_or_a_separator() {
        // The comma stays with the word before it; a word too long for a line is cut before
        // its last letter rather than before the comma.
        assert_eq!(
            lines("kilometers, 6 miles", 10),
            ["kilometer", "s, 6 miles"]
        );
        assert_eq!(
            wrap_plain("6.1 magnitude, 10 kilometers (6 miles)", 10),
            ["6.1", "magnitude,", "10", "kilometers", "(6 miles)"]
        );
        // A separator or closing mark set off by a space ends its line, with the word before.
        assert_eq!(lines("181 drones · 115", 8), ["181 ", "drones · ", "115"]);
        assert_eq!(
            lines("shot 63.5 % of them", 6),
            ["shot ", "63.5 % ", "of ", "them"]
        );
        assert_eq!(
            lines("“fired” … “shot down”", 9),
            ["“fired” … ", "“shot ", "down”"]
        );
        // Only a line with nothing else to break at starts with one.
        assert_eq!(lines(",,,,", 2), [",,", ",,"]);
    }

    #[test]
    fn lines_start_with_a_comma_or_separator_only_when_nothing_else_fits() {
        let pieces = [
            "word",
            "a",
            "drones,",
            "kilometers,",
            "·",
            "…",
            "%",
            "(6",
            "miles),",
            "“fired”",
            "longerwordthanaline,",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            // Words (and separators) between single spaces, never two separators in a row: what
            // cannot be parted ("s), ·") is at most 5 columns, so nothing forces a break before
            // a separator at widths of 5 or more.
            let mut text = String::new();
            let mut after_separator = true;
            for _ in 0..rng.usize(1..20) {
                let piece = pieces[rng.usize(..pieces.len())];
                let separator = ends_what_precedes(piece.chars().next().unwrap());
                if separator && after_separator {
                    continue;
                }
                after_separator = separator;
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(piece);
            }
            let width = rng.usize(5..25);
            let got = lines(&text, width);
            assert_eq!(got.concat(), text, "every byte, in order");
            for (n, line) in got.iter().enumerate() {
                let columns: usize = line.trim_end().chars().map(inert::width).sum();
                assert!(columns <= width, "{got:?} at {width}");
                let first = line.chars().next().unwrap_or('x');
                assert!(
                    n == 0 || !ends_what_precedes(first),
                    "line {n} of {got:?} at {width}"
                );
            }
        }
    }
}
