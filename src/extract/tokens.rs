//! Byte-level tokens shared by the figure and date scanners: words, digit runs and single
//! punctuation characters, with their byte spans in the sentence.
//!
//! ASCII is classified byte by byte; other characters are decoded only when met, so the common
//! case never leaves the byte loop.

use crate::extract::wordlist::word_list;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (ASCII or any alphabetic character).
    Word,
    /// ASCII digits, without separators: "1,400" is three tokens.
    Digits,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token: its span in the sentence and whether white space precedes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first byte in the sentence.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Word, digits or punctuation.
    pub kind: TokKind,
    /// White space (or the sentence start) comes right before it.
    pub gap: bool,
}

/// A sentence cut into tokens, with helpers that look at them without allocating.
pub(crate) struct Tokens<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Its tokens in order.
    pub toks: Vec<Token>,
}

impl<'a> Tokens<'a> {
    /// Cuts `text` into tokens.
    pub fn new(text: &'a str) -> Self {
        Tokens::reuse(text, Vec::new())
    }

    /// Cuts `text` into tokens, in `buffer` (cleared first): a buffer handed back by
    /// [`Tokens::into_buffer`] saves an allocation per sentence.
    pub fn reuse(text: &'a str, buffer: Vec<Token>) -> Self {
        let bytes = text.as_bytes();
        let mut toks = buffer;
        toks.clear();
        toks.reserve(bytes.len() / 4 + 4);
        let mut i = 0;
        let mut gap = true;
        while i < bytes.len() {
            let b = bytes[i];
            let (kind, len) = if b < 0x80 {
                if b.is_ascii_whitespace() {
                    gap = true;
                    i += 1;
                    continue;
                }
                if b.is_ascii_digit() {
                    (TokKind::Digits, run(bytes, i, |b| b.is_ascii_digit()))
                } else if b.is_ascii_alphabetic() {
                    (TokKind::Word, word_len(text, i))
                } else {
                    (TokKind::Punct, 1)
                }
            } else if let Some(len) = general_punctuation(bytes, i) {
                // Dashes, curly quotes and ellipses (U+2010–U+2027) are the common case.
                (TokKind::Punct, len)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    gap = true;
                    i += c.len_utf8();
                    continue;
                }
                if c.is_alphabetic() {
                    (TokKind::Word, word_len(text, i))
                } else {
                    (TokKind::Punct, c.len_utf8())
                }
            };
            toks.push(Token {
                start: i,
                end: i + len,
                kind,
                gap,
            });
            gap = false;
            i += len;
        }
        Tokens { text, toks }
    }

    /// The token buffer, for the next [`Tokens::reuse`].
    pub fn into_buffer(self) -> Vec<Token> {
        self.toks
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or "" past the end.
    pub fn str(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    /// The bytes of token `i`, or none past the end (no UTF-8 boundary checks: for filters).
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        match self.toks.get(i) {
            Some(t) => &self.text.as_bytes()[t.start..t.end],
            None => &[],
        }
    }

    /// The kind of token `i`, if there is one.
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is a word equal to `word` ignoring ASCII case.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.str(i).eq_ignore_ascii_case(word)
    }

    /// Token `i` is a word equal to one of `words` ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && words.iter().any(|w| self.str(i).eq_ignore_ascii_case(w))
    }

    /// Token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.str(i).starts_with(c)
    }

    /// Token `i` is a hyphen or a dash (-, ‐, ‑, –, —).
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct)
            && matches!(
                self.str(i),
                "-" | "\u{2010}" | "\u{2011}" | "\u{2013}" | "\u{2014}"
            )
    }

    /// Token `i` is a hyphen joining two words (no white space on either side).
    pub fn is_joining_hyphen(&self, i: usize) -> bool {
        self.is_dash(i) && !self.gap(i) && !self.gap(i + 1) && i + 1 < self.len()
    }

    /// White space precedes token `i` (true past the end, like a sentence end).
    pub fn gap(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.gap)
    }

    /// Token `i` is a word whose first letter is upper case.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` is a lower-case word.
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.str(i).as_bytes()[0].is_ascii_lowercase()
    }

    /// Token `i` is an apostrophe (straight or curly).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        self.is_punct(i, '\'') || self.is_punct(i, '\u{2019}')
    }

    /// The value of a digit token (saturating; only short runs matter).
    pub fn digits_value(&self, i: usize) -> u64 {
        if self.kind(i) != Some(TokKind::Digits) {
            return 0;
        }
        self.str(i).bytes().fold(0u64, |v, b| {
            v.saturating_mul(10).saturating_add(u64::from(b - b'0'))
        })
    }

    /// Token `i` is a digit run of `n` digits.
    pub fn is_digits(&self, i: usize, n: usize) -> bool {
        self.kind(i) == Some(TokKind::Digits) && self.str(i).len() == n
    }
}

/// The length of a punctuation character from U+2010 to U+2027 (dashes, quotes, bullets,
/// ellipsis) starting at `i`, read from its UTF-8 bytes without decoding.
fn general_punctuation(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..i + 3)? {
        [0xE2, 0x80, 0x90..=0xA7] => Some(3),
        _ => None,
    }
}

/// Length of the run of bytes from `i` that satisfy `pred`.
fn run(bytes: &[u8], i: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes[i..].iter().take_while(|&&b| pred(b)).count()
}

/// Length of the word starting at `i`: ASCII letters and any alphabetic characters.
fn word_len(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i + run(bytes, i, |b| b.is_ascii_alphabetic());
    if bytes.get(j).is_none_or(|&b| b < 0x80) {
        return j - i;
    }
    while j < bytes.len() {
        let b = bytes[j];
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            j += 1;
        } else {
            let c = text[j..].chars().next().unwrap_or(' ');
            if !c.is_alphabetic() {
                break;
            }
            j += c.len_utf8();
        }
    }
    j - i
}

/// Lower-cases an ASCII word, into `buf` when it holds upper-case letters; `None` when it is
/// longer than the buffer or not ASCII (no word in our tables is).
pub(crate) fn lower<'a>(word: &'a str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !bytes.is_ascii() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// A word that may be a number word or "half", judged by its first two letters and length: a
/// cheap filter before the table look-up ("a"/"an" are checked by the caller).
pub(crate) const fn may_start_number_word(word: &[u8]) -> bool {
    let n = word.len();
    if n < 3 || n > 9 {
        return false;
    }
    let pair = [word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase()];
    match &pair {
        b"on" | b"si" => n == 3 || n == 5 || n == 7,
        b"tw" => n == 3 || n == 6,
        b"th" => n == 5 || n == 6 || n == 8 || n == 9,
        b"fo" | b"fi" => n >= 4 && n <= 8,
        b"se" => n == 5 || n == 7 || n == 9,
        b"ei" | b"ni" => n == 4 || n == 5 || n == 6 || n == 8,
        b"te" => n <= 4,
        b"el" => n == 6,
        b"ze" | b"ha" => n == 4,
        b"hu" | b"mi" | b"bi" => n == 7 || n == 8,
        b"tr" => n == 8,
        b"do" => n == 5 || n == 6,
        _ => false,
    }
}

/// Word classes by first two letters and length (see [`word_class`]): a word of this class may
/// be a number word or "half".
pub(crate) const NUMBER_WORD: u8 = 1;
/// … may be (part of) a relative date ([`may_be_relative`](crate::extract::dates::may_be_relative)).
pub(crate) const RELATIVE_WORD: u8 = 2;
/// … may be a month or weekday name or abbreviation.
pub(crate) const CALENDAR_WORD: u8 = 4;

/// What a word may be, judged by one table look-up on its first two letters and its length: a
/// union of [`NUMBER_WORD`], [`RELATIVE_WORD`] and [`CALENDAR_WORD`], 0 for most words. The
/// table is built at compile time from the filters themselves, so it agrees with them exactly.
#[inline]
pub(crate) fn word_class(word: &[u8]) -> u8 {
    let n = word.len();
    if !(3..=9).contains(&n) {
        return 0;
    }
    let (a, b) = (word[0] | 0x20, word[1] | 0x20);
    if !(a.is_ascii_lowercase() && b.is_ascii_lowercase()) {
        return 0;
    }
    let entry = WORD_CLASSES[usize::from(a - b'a') * 26 + usize::from(b - b'a')];
    ((entry >> ((n - 3) * 3)) & 7) as u8
}

/// Per pair of first letters, three class bits for each length from 3 to 9.
static WORD_CLASSES: [u32; 26 * 26] = {
    let mut table = [0u32; 26 * 26];
    let mut k = 0;
    while k < 26 * 26 {
        let mut n = 3;
        while n <= 9 {
            // A stand-in word: the filters look at nothing but its first two letters and length.
            let mut word = [b'x'; 9];
            word[0] = b'a' + (k / 26) as u8;
            word[1] = b'a' + (k % 26) as u8;
            let word = word.split_at(n).0;
            let mut class = 0u32;
            if may_start_number_word(word) {
                class |= NUMBER_WORD as u32;
            }
            if crate::extract::dates::may_be_relative(word) {
                class |= RELATIVE_WORD as u32;
            }
            table[k] |= class << ((n - 3) * 3);
            n += 1;
        }
        k += 1;
    }
    // Month and weekday names set their own pair and length.
    let months = &crate::extract::dates::MONTHS;
    let weekdays = &crate::extract::dates::WEEKDAYS;
    let mut k = 0;
    while k < months.len() + weekdays.len() {
        let name = if k < months.len() {
            months[k].0.as_bytes()
        } else {
            weekdays[k - months.len()].as_bytes()
        };
        let pair = (name[0].to_ascii_lowercase() - b'a') as usize * 26
            + (name[1].to_ascii_lowercase() - b'a') as usize;
        table[pair] |= (CALENDAR_WORD as u32) << ((name.len() - 3) * 3);
        k += 1;
    }
    table
};

/// "a" or "an" (any case).
pub(crate) fn is_article(word: &[u8]) -> bool {
    matches!(word, b"a" | b"A" | b"an" | b"An")
}

word_list!(
    /// Articles, prepositions, conjunctions, auxiliaries, pronouns and other words that never head a
    /// noun phrase (ASCII lower case; compare after [`lower`]).
    pub(crate) fn is_function_word:
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "if",
    "were",
    "was",
    "is",
    "are",
    "be",
    "been",
    "being",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "do",
    "does",
    "did",
    "said",
    "says",
    "say",
    "told",
    "according",
    "also",
    "still",
    "already",
    "just",
    "only",
    "all",
    "each",
    "per",
    "most",
    "less",
    "fewer",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "this",
    "these",
    "those",
    "it",
    "they",
    "them",
    "he",
    "she",
    "we",
    "you",
    "i",
    "there",
    "here",
    "not",
    "no",
    "so",
    "such",
    "up",
    "down",
    "out",
    "off",
    "about",
    "around",
    "across",
    "against",
    "along",
    "among",
    "between",
    "during",
    "since",
    "until",
    "within",
    "near",
    "via",
    "then",
    "now",
    "again",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "ago",
    "last",
    "next",
    "respectively",
    "apiece",
    "altogether",
    "some",
    "any",
    "whereas",
    "including",
    "excluding",
    "plus",
    "minus",
    "times",
    "instead",
    "away",
    "back",
    "even",
    "very",
    "too",
    "both",
    "either",
    "neither",
    "through",
    "throughout",
    "toward",
    "towards",
    "upon",
    "amid",
    "amidst",
    "despite",
    "because",
    "though",
    "although",
    "unless",
    "whether",
    "yet",
    "above",
    "below",
    "beyond",
    "behind",
    "inside",
    "outside",
    "like",
    "unlike",
    "versus",
    "vs",
    "am",
    "pm",
    "what",
    "how",
    "why",
    "once",
    "twice",
    "later",
    "earlier",
    "more",
);

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokKind, bool)> {
        let t = Tokens::new(text);
        (0..t.len())
            .map(|i| (t.str(i), t.toks[i].kind, t.toks[i].gap))
            .collect()
    }

    #[test]
    fn splits_words_digits_and_punctuation_with_gaps() {
        use TokKind::*;
        assert_eq!(
            kinds("shot down 1,400 drones."),
            vec![
                ("shot", Word, true),
                ("down", Word, true),
                ("1", Digits, true),
                (",", Punct, false),
                ("400", Digits, false),
                ("drones", Word, true),
                (".", Punct, false),
            ]
        );
    }

    #[test]
    fn handles_multibyte_letters_dashes_and_spaces() {
        let t = Tokens::new("Zürich\u{a0}10–12 Kyiv’s");
        assert_eq!(t.str(0), "Zürich");
        assert_eq!(t.str(1), "10");
        assert!(t.gap(1), "a no-break space is white space");
        assert!(t.is_dash(2));
        assert_eq!(t.str(3), "12");
        assert!(t.is_apostrophe(5));
        assert_eq!(&t.text[t.toks[4].start..t.toks[4].end], "Kyiv");
    }

    #[test]
    fn word_classes_agree_with_the_filters() {
        use crate::extract::dates::{MONTHS, WEEKDAYS, may_be_relative};
        // Every pair of first letters, in any case, at every length, and some non-letters.
        let firsts: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain(*b"'-1\xc3")
            .collect();
        for &a in &firsts {
            for &b in &firsts {
                for n in 0..12 {
                    let mut word = vec![a, b];
                    word.resize(n.max(2), b'e');
                    word.truncate(n);
                    let class = word_class(&word);
                    assert_eq!(
                        class & NUMBER_WORD != 0,
                        may_start_number_word(&word),
                        "{word:?}"
                    );
                    assert_eq!(
                        class & RELATIVE_WORD != 0,
                        may_be_relative(&word),
                        "{word:?}"
                    );
                }
            }
        }
        for name in MONTHS.iter().map(|m| m.0).chain(WEEKDAYS) {
            assert_ne!(word_class(name.as_bytes()) & CALENDAR_WORD, 0, "{name}");
            assert_ne!(
                word_class(name.to_lowercase().as_bytes()) & CALENDAR_WORD,
                0
            );
        }
        assert_eq!(word_class(b"drones"), 0);
    }

    #[test]
    fn lower_cases_into_a_buffer() {
        let mut buf = [0u8; 24];
        assert_eq!(lower("Seventy", &mut buf), Some("seventy"));
        assert_eq!(lower("é", &mut buf), None);
    }
}
