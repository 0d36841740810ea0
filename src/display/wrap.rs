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
/// wrapped to `width` columns, trailing spaces dropped. Empty text gives no lines.
pub fn wrap_plain(text: &str, width: usize) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
