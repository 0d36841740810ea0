//! Byte-level tokens shared by the figure and date scanners: words, digit runs and single
//! punctuation characters, with their byte spans in the sentence.
//!
//! ASCII is classified byte by byte; other characters are decoded only when met, so the common
//! case never leaves the byte loop.

mod classes;
mod letters;

use crate::extract::wordlist::Filter;
use letters::letter_run_and_stop;
pub(crate) use letters::word_spans;

pub(crate) use classes::{
    ARTICLE, CALENDAR_WORD, NUMBER_WORD, RELATIVE_WORD, is_function_word, letter_run_class, lower,
    may_start_number_word, word_class,
};

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

/// A list of words that tokens are compared with ignoring ASCII case ([`Tokens::is_in`]), with
/// a filter on length and first letter, built from the list, that turns most words away before
/// the list is searched.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    filter: Filter,
}

impl WordSet {
    /// The set of `words`, each at most 32 bytes long: the filter covers no longer word, and
    /// [`Filter::of`] fails (at compile time, in a constant) on one.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            filter: Filter::of(words),
        }
    }

    /// `word` is one of the set, ignoring ASCII case (what [`Tokens::is_in`] asks of a token).
    pub fn has(&self, word: &str) -> bool {
        self.filter.admits(word.as_bytes())
            && self.words.iter().any(|w| word.eq_ignore_ascii_case(w))
    }
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
    /// For a word, what it may be ([`classes::token_class`]); 0 for other tokens.
    pub class: u8,
}

/// A sentence cut into tokens, with helpers that look at them without allocating.
pub(crate) struct Tokens<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Its tokens in order.
    pub toks: Vec<Token>,
    /// The indices of the tokens that may start a figure or a date, in order: the digit runs
    /// and the words with a class (see [`Token::class`]). The scanners visit only these.
    pub marked: Vec<usize>,
}

/// The vectors of a [`Tokens`], kept from sentence to sentence ([`Tokens::reuse`]).
#[derive(Debug, Default)]
pub(crate) struct TokenBuffer {
    toks: Vec<Token>,
    marked: Vec<usize>,
}

impl<'a> Tokens<'a> {
    /// Cuts `text` into tokens.
    pub fn new(text: &'a str) -> Self {
        Tokens::reuse(text, TokenBuffer::default())
    }

    /// Cuts `text` into tokens, in `buffer` (cleared first): a buffer handed back by
    /// [`Tokens::into_buffer`] saves allocations per sentence.
    pub fn reuse(text: &'a str, buffer: TokenBuffer) -> Self {
        let bytes = text.as_bytes();
        let TokenBuffer {
            mut toks,
            mut marked,
        } = buffer;
        toks.clear();
        marked.clear();
        toks.reserve(bytes.len() / 4 + 4);
        let mut i = 0;
        let mut gap = true;
        while let Some(&b) = bytes.get(i) {
            // Letters first: most tokens are words.
            let (kind, len, class) = if b.is_ascii_alphabetic() {
                let len = word_len(text, i);
                let second = bytes.get(i + 1).copied().unwrap_or(0);
                let class = classes::letter_word_class(b, second, len);
                (TokKind::Word, len, class)
            } else if b.is_ascii_digit() {
                let len = run(bytes, i + 1, u8::is_ascii_digit) + 1;
                (TokKind::Digits, len, 0)
            } else if b < 0x80 {
                if b.is_ascii_whitespace() {
                    gap = true;
                    i += 1;
                    continue;
                }
                if b == ESC {
                    // A terminal control sequence ("\x1b[0m") is no text: its digits are no
                    // figure. It separates what is around it, as white space does.
                    gap = true;
                    i += control_sequence_len(bytes, i);
                    continue;
                }
                (TokKind::Punct, 1, 0)
            } else if let Some(len) = general_punctuation(bytes, i) {
                // Dashes, curly quotes and ellipses (U+2010–U+2027) are the common case.
                (TokKind::Punct, len, 0)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    gap = true;
                    i += c.len_utf8();
                    continue;
                }
                if is_alphabetic(c) {
                    let len = word_len(text, i);
                    let class = classes::token_class(&bytes[i..i + len]);
                    (TokKind::Word, len, class)
                } else {
                    (TokKind::Punct, c.len_utf8(), 0)
                }
            };
            if class != 0 || kind == TokKind::Digits {
                marked.push(toks.len());
            }
            toks.push(Token {
                start: i,
                end: i + len,
                kind,
                gap,
                class,
            });
            i += len;
            // One space after a token is the common case: it is stepped over here.
            gap = bytes.get(i) == Some(&b' ');
            i += usize::from(gap);
        }
        Tokens { text, toks, marked }
    }

    /// The token buffer, for the next [`Tokens::reuse`].
    pub fn into_buffer(self) -> TokenBuffer {
        TokenBuffer {
            toks: self.toks,
            marked: self.marked,
        }
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

    /// The class of token `i` ([`Token::class`]); 0 past the end.
    pub fn class(&self, i: usize) -> u8 {
        self.toks.get(i).map_or(0, |t| t.class)
    }

    /// The kind of token `i`, if there is one.
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is a word equal to `word` ignoring ASCII case.
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.bytes(i).eq_ignore_ascii_case(word.as_bytes())
    }

    /// Token `i` is a word equal to one of `words` ignoring ASCII case.
    // Inlined, as `is` is: nearly every call passes a short literal list, whose lengths the
    // compiler then knows, and the figure readers ask this of several tokens per figure.
    #[inline]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        if self.kind(i) != Some(TokKind::Word) {
            return false;
        }
        let token = self.bytes(i);
        words
            .iter()
            .any(|w| token.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Token `i` is a word of `set`, ignoring ASCII case: [`Tokens::is_any`] for long lists. A word
    /// equal to a listed one ignoring case has its length and (up to case) its first letter,
    /// which is all the filter asks.
    #[inline]
    pub fn is_in(&self, i: usize, set: &WordSet) -> bool {
        self.position_in(i, set).is_some()
    }

    /// Where token `i` is in the list of `set` (the first word equal to it ignoring ASCII case),
    /// if it is a word of the set ([`Tokens::is_in`]).
    #[inline]
    pub fn position_in(&self, i: usize, set: &WordSet) -> Option<usize> {
        if self.kind(i) != Some(TokKind::Word) {
            return None;
        }
        let token = self.bytes(i);
        if !set.filter.admits(token) {
            return None;
        }
        set.words
            .iter()
            .position(|w| token.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let mut buf = [0u8; 4];
        self.kind(i) == Some(TokKind::Punct)
            && self
                .bytes(i)
                .starts_with(c.encode_utf8(&mut buf).as_bytes())
    }

    /// Token `i` is a hyphen or a dash (-, ‐, ‑, –, —).
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct)
            // "-", or U+2010, U+2011, U+2013, U+2014 in UTF-8.
            && matches!(self.bytes(i), b"-" | [0xE2, 0x80, 0x90 | 0x91 | 0x93 | 0x94])
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
        if self.kind(i) != Some(TokKind::Word) {
            return false;
        }
        // An ASCII first letter, the common case, answers without decoding a character.
        match self.bytes(i).first() {
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.str(i).chars().next().is_some_and(char::is_uppercase),
        }
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

/// [`char::is_alphabetic`], answered without the Unicode tables for Latin-1 letters (U+00C0 to
/// U+00FF, all alphabetic but × and ÷), the common case in names.
#[inline]
fn is_alphabetic(c: char) -> bool {
    if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '\u{d7}' && c != '\u{f7}'
    } else {
        c.is_alphabetic()
    }
}

/// The escape character that opens a terminal control sequence.
const ESC: u8 = 0x1b;

/// Length of the terminal control sequence at `i` (an ESC): CSI `ESC [ params final`, OSC
/// `ESC ] … BEL` or `ESC ] … ESC \\`, or an escape sequence `ESC intermediates final`
/// (ECMA-35, ECMA-48).
fn control_sequence_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i + 1) {
        Some(b'[') => {
            // Parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
            let params = run(bytes, i + 2, |b| (0x20..=0x3f).contains(b));
            let end = i + 2 + params;
            let last = bytes.get(end).is_some_and(|b| (0x40..=0x7e).contains(b));
            end + usize::from(last) - i
        }
        Some(b']') => {
            let body = run(bytes, i + 2, |&b| b != 0x07 && b != ESC && b != b'\n');
            let end = i + 2 + body;
            let terminator = match bytes.get(end) {
                Some(0x07) => 1,
                Some(&ESC) if bytes.get(end + 1) == Some(&b'\\') => 2,
                _ => 0,
            };
            end + terminator - i
        }
        _ => {
            // Intermediate bytes (0x20–0x2F), then one final byte (0x30–0x7E): "ESC ( B".
            let intermediates = run(bytes, i + 1, |b| (0x20..=0x2f).contains(b));
            let end = i + 1 + intermediates;
            let last = bytes.get(end).is_some_and(|b| (0x30..=0x7e).contains(b));
            end + usize::from(last) - i
        }
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
#[inline]
fn run(bytes: &[u8], i: usize, pred: impl Fn(&u8) -> bool) -> usize {
    let mut j = i;
    while j < bytes.len() && pred(&bytes[j]) {
        j += 1;
    }
    j - i
}

/// Length of the word starting at `i`: ASCII letters and any alphabetic characters.
#[inline(always)]
fn word_len(text: &str, i: usize) -> usize {
    let (letters, beyond) = letter_run_and_stop(text.as_bytes(), i);
    if !beyond {
        return letters;
    }
    word_len_beyond_ascii(text, i, i + letters)
}

/// [`word_len`] once the ASCII letters from `i` stop at a byte from 0x80 on, at `j`.
#[inline(never)]
fn word_len_beyond_ascii(text: &str, i: usize, mut j: usize) -> usize {
    let bytes = text.as_bytes();
    while j < bytes.len() {
        let b = bytes[j];
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            j += 1;
        } else {
            let c = text[j..].chars().next().unwrap_or(' ');
            if !is_alphabetic(c) {
                break;
            }
            j += c.len_utf8();
        }
    }
    j - i
}

#[cfg(test)]
mod tests;
