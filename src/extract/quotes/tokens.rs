//! Words of a sentence with the punctuation around them, for the name and attribution rules.

use crate::extract::punct;

/// What follows a word and may break a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trail {
    /// Nothing, or a stop inside the sentence ("U.S.", "Mr.").
    None,
    /// `,`
    Comma,
    /// `.` `!` `?` `;` `:` at the end of a clause.
    Stop,
    /// A closing quotation mark or bracket.
    Close,
    /// A dash between words.
    Dash,
}

/// A word: `sentence[start..end]` without surrounding punctuation or a possessive ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the word in the sentence.
    pub start: usize,
    /// Byte offset just past the word (before any possessive ending).
    pub end: usize,
    /// Opening punctuation before the word (a quotation mark, a bracket).
    pub opened: bool,
    /// What follows the word.
    pub trail: Trail,
    /// The word carried a possessive ending ("Ukraine’s", "News'").
    pub possessive: bool,
    /// The word lies inside a quotation.
    pub quoted: bool,
    /// The word starts with a capital letter.
    pub capital: bool,
}

impl Token {
    /// The word's text.
    pub fn text<'a>(&self, sentence: &'a str) -> &'a str {
        &sentence[self.start..self.end]
    }

    /// Whether a phrase can run on from this word to the next one.
    pub fn joins_next(&self) -> bool {
        self.trail == Trail::None && !self.possessive
    }
}

/// Splits `sentence` into words, marking those inside the `quotes` spans (sentence offsets).
pub fn tokenize(sentence: &str, quotes: &[(usize, usize)], out: &mut Vec<Token>) {
    out.clear();
    let bytes = sentence.as_bytes();
    let mut i = 0;
    let mut quote = 0;
    let n = bytes.len();
    while i < n {
        // Skip white space and dashes between words.
        let c = next_char(sentence, i);
        if c.is_whitespace() || is_dash(c) {
            if is_dash(c) {
                mark_dash(out);
            }
            i += c.len_utf8();
            continue;
        }
        if bytes[i] == b'-' && bytes.get(i + 1) == Some(&b'-') {
            mark_dash(out);
            i += 2;
            continue;
        }
        let raw_start = i;
        while i < n {
            let c = next_char(sentence, i);
            if c.is_whitespace() || is_dash(c) || (c == '-' && bytes.get(i + 1) == Some(&b'-')) {
                break;
            }
            i += c.len_utf8();
        }
        push_word(sentence, raw_start, i, quotes, &mut quote, out);
    }
    if let Some(last) = out.last_mut() {
        let word = &sentence[last.start..last.end];
        let bare = word.trim_end_matches('.');
        if !bare.is_empty() && bare.len() < word.len() && !bare.contains('.') {
            last.end = last.start + bare.len();
        }
        if last.trail == Trail::None
            && sentence[last.end..]
                .trim_end()
                .ends_with(['.', '!', '?', '…'])
        {
            last.trail = Trail::Stop;
        }
    }
}

fn push_word(
    sentence: &str,
    raw_start: usize,
    raw_end: usize,
    quotes: &[(usize, usize)],
    quote: &mut usize,
    out: &mut Vec<Token>,
) {
    let raw = &sentence[raw_start..raw_end];
    let core_from = raw.find(char::is_alphanumeric);
    let Some(lead) = core_from else {
        // Punctuation alone (a stray quote mark): it closes or opens the phrase around it.
        if let Some(last) = out.last_mut()
            && last.trail == Trail::None
        {
            last.trail = Trail::Close;
        }
        return;
    };
    // A stop inside a sentence belongs to an abbreviation ("U.S.", "Calif."); the sentence's own
    // final stop is taken off the last word once the sentence is read.
    let mut trimmed = raw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if trimmed.ends_with("..") {
        trimmed = trimmed.trim_end_matches('.');
    }
    let mut core_end = trimmed.len();
    let after = &raw[core_end..];
    let mut possessive = false;
    let body = &raw[lead..core_end];
    for suffix in ["’s", "'s", "’S", "'S"] {
        if body.len() > suffix.len() && body.ends_with(suffix) {
            core_end -= suffix.len();
            possessive = true;
            break;
        }
    }
    if !possessive && (after.starts_with('’') || after.starts_with('\'')) && body.ends_with('s') {
        possessive = after.len() == after.chars().next().map_or(0, char::len_utf8)
            || after[1..].starts_with([',', '.']);
    }
    let after = if possessive && core_end < raw.len() {
        &raw[core_end..]
    } else {
        after
    };
    let trail = trail_of(after, possessive);
    let start = raw_start + lead;
    let end = raw_start + core_end;
    let word = &sentence[start..end];
    while *quote < quotes.len() && quotes[*quote].1 < end {
        *quote += 1;
    }
    let quoted = quotes
        .get(*quote)
        .is_some_and(|&(s, e)| s < start && end <= e);
    out.push(Token {
        start,
        end,
        opened: lead > 0 && raw[..lead].chars().any(punct::is_opening),
        trail,
        possessive,
        quoted,
        capital: word.starts_with(char::is_uppercase),
    });
}

fn trail_of(after: &str, possessive: bool) -> Trail {
    let mut trail = Trail::None;
    for c in after.chars() {
        match c {
            ',' => return Trail::Comma,
            ';' | ':' | '!' | '?' => return Trail::Stop,
            '.' if !possessive => trail = Trail::Stop,
            c if punct::is_closing(c) && c != '’' && c != '\'' => trail = Trail::Close,
            _ => {}
        }
    }
    trail
}

fn mark_dash(out: &mut [Token]) {
    if let Some(last) = out.last_mut()
        && last.trail == Trail::None
    {
        last.trail = Trail::Dash;
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn next_char(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(sentence: &str) -> Vec<(String, Trail, bool)> {
        let mut out = Vec::new();
        tokenize(sentence, &[], &mut out);
        out.iter()
            .map(|t| (t.text(sentence).to_string(), t.trail, t.possessive))
            .collect()
    }

    #[test]
    fn punctuation_and_possessives() {
        let got = words("Ukraine’s President, Volodymyr Zelensky, met the U.S. President.");
        let texts: Vec<&str> = got.iter().map(|w| w.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ukraine",
                "President",
                "Volodymyr",
                "Zelensky",
                "met",
                "the",
                "U.S.",
                "President"
            ]
        );
        assert!(got[0].2, "possessive");
        assert_eq!(got[1].1, Trail::Comma);
        assert_eq!(got[6].1, Trail::None);
        assert_eq!(got[7].1, Trail::Stop);
    }

    #[test]
    fn plural_possessive_and_dashes() {
        let got = words("As CBS News' Chris Martinez reported—more than 50 -- and");
        assert_eq!(got[2].0, "News");
        assert!(got[2].2);
        assert_eq!(got[5].0, "reported");
        assert_eq!(got[5].1, Trail::Dash);
        assert_eq!(got[8].1, Trail::Dash);
    }

    #[test]
    fn quoted_words_are_marked() {
        let s = "He said “We are ready,” and left.";
        let mut out = Vec::new();
        tokenize(s, &[(8, 8 + "“We are ready,”".len())], &mut out);
        let quoted: Vec<bool> = out.iter().map(|t| t.quoted).collect();
        assert_eq!(quoted, [false, false, true, true, true, false, false]);
    }
}
