//! Tokens and hashes: one pass over a sentence's bytes, no allocation.
//!
//! Every feature of the score is keyed by a 64-bit hash of a normalised token (ASCII lower case,
//! curly quotes and dashes folded to their ASCII forms, digits kept), so that scoring never
//! builds a string or looks one up in a map.

use crate::extract::ascii::{self, HIGH};

/// Multiplier of the FxHash family: one multiply per 8 bytes mixes well enough for feature
/// hashing.
pub const K: u64 = 0x517c_c1b7_2722_0a95;

/// Folds one 64-bit word into a running hash.
#[inline(always)]
pub const fn fold(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(K)
}

/// ASCII letters and digits all have bit 5 set in lower case: OR-ing it folds case 8 bytes at
/// a time (other bytes change too, the same way everywhere).
const LOWER: u64 = 0x2020_2020_2020_2020;

/// Hash of a token's bytes, case-folded, 8 bytes at a time.
#[inline(always)]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = 0;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = fold(
            h,
            u64::from_le_bytes(c.try_into().expect("8 bytes")) | LOWER,
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        let mask = u64::MAX >> (64 - 8 * rest.len());
        h = fold(h, (u64::from_le_bytes(buf) | LOWER) & mask);
    }
    h
}

/// [`hash_bytes`] at compile time: the hash of a lower-case ASCII word as [`Tokens`] computes it
/// for the same word in a sentence.
pub const fn word_hash(word: &str) -> u64 {
    hash_range(word.as_bytes(), 0, word.len())
}

/// [`word_hash`] of `b[from..to]`.
pub const fn hash_range(b: &[u8], from: usize, to: usize) -> u64 {
    let mut h = 0;
    let mut i = from;
    while i < to {
        let n = if to - i < 8 { to - i } else { 8 };
        let mut w = 0u64;
        let mut k = 0;
        while k < n {
            w |= ((b[i + k] | 0x20) as u64) << (8 * k);
            k += 1;
        }
        h = fold(h, w);
        i += n;
    }
    h
}

/// What reads a sentence's tokens as the model's n-gram scan goes by ([`super::model::scan`]),
/// such as the hand features' [`super::profile::Reader`]. A trait rather than a closure so
/// that the reader's code is inlined into the scan's loop.
pub trait OnToken {
    /// Reads the next token, whose word classes ([`super::lexicon::classes`]) are `classes`.
    fn token(&mut self, tok: &Token, classes: u32);
}

impl<F: FnMut(&Token, u32)> OnToken for F {
    #[inline(always)]
    fn token(&mut self, tok: &Token, classes: u32) {
        self(tok, classes)
    }
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Letters (ASCII or not), possibly with digits.
    Word,
    /// Starts with a digit: `2022`, `3.40`, `12,000`, `7th`.
    Number,
    /// A clitic after an apostrophe: `'s`, `'t`, `'re`.
    Clitic,
    /// One punctuation mark, folded to ASCII (`“` → `"`, `—` → `-`, `…` → `.`).
    Punct(u8),
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte offset of the first byte in the sentence.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Hash of the normalised token (lower case; digits as `0` in numbers); see [`word_hash`].
    pub hash: u64,
    /// A word of at most 16 ASCII bytes (letters and digits) as two numbers (bytes 0–7 and
    /// 8–15, zero past the end), in lower case; zeros for any other token. Words with the same
    /// key are the same word up to case: the hash is a function of the key, and its bytes are
    /// theirs in lower case.
    pub key: [u64; 2],
    /// What the token is made of.
    pub shape: Shape,
    /// The first character is an ASCII capital letter.
    pub capital: bool,
    /// Every letter is an ASCII capital (and there are at least two).
    pub all_caps: bool,
}

impl Token {
    /// The token is the punctuation mark `c` (after folding).
    pub fn is_punct(&self, c: u8) -> bool {
        self.shape == Shape::Punct(c)
    }
}

const SPACE: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const PUNCT: u8 = 3;
const APOSTROPHE: u8 = 4;
/// A byte of a multi-byte character: decoded by [`wide`].
const WIDE: u8 = 5;

/// The class of each byte.
static CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'\'' | b'`' => APOSTROPHE,
            0x21..=0x7e => PUNCT,
            _ => SPACE,
        };
        b += 1;
    }
    t
};

/// Classifies the multi-byte character at `i`: its class, ASCII fold (for punctuation) and
/// length. Quotes, dashes and spaces of Unicode's general punctuation block fold to ASCII, and
/// the pound, yen and euro signs before a digit to `$`: "£50m" is a sign and a figure, as "$50m"
/// is (a sign before a letter is mojibake's, "Â¥Mr.").
#[inline]
fn wide(b: &[u8], i: usize) -> (u8, u8, usize) {
    let c = b[i];
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    match c {
        0xc2 if i + 1 < b.len() => match b[i + 1] {
            0xa0 => (SPACE, b' ', 2),
            0xab | 0xbb => (PUNCT, b'"', 2),
            0xa3 | 0xa5 if digit_at(i + 2) => (PUNCT, b'$', 2),
            _ => (LETTER, 0, 2),
        },
        0xe2 if i + 3 < b.len() && b[i + 1] == 0x82 && b[i + 2] == 0xac && digit_at(i + 3) => {
            (PUNCT, b'$', 3)
        }
        0xe2 if i + 2 < b.len() && b[i + 1] == 0x80 => match b[i + 2] {
            0x98 | 0x99 | 0x9a | 0x9b | 0xb2 => (APOSTROPHE, b'\'', 3),
            0x9c | 0x9d | 0x9e | 0x9f | 0xb3 => (PUNCT, b'"', 3),
            0x90..=0x95 => (PUNCT, b'-', 3),
            0xa6 => (PUNCT, b'.', 3),
            0xa2 => (PUNCT, b'*', 3),
            _ => (SPACE, b' ', 3),
        },
        0xe2 if i + 2 < b.len() && b[i + 1] == 0x81 && b[i + 2] < 0xb0 => (SPACE, b' ', 3),
        _ => {
            let len = match c {
                0xf0..=0xf7 => 4,
                0xe0..=0xef => 3,
                0xc0..=0xdf => 2,
                _ => 1,
            };
            (LETTER, 0, len.min(b.len() - i))
        }
    }
}

/// The tokens of a sentence, in order.
pub struct Tokens<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// Tokenizes `sentence` lazily.
pub fn tokens(sentence: &str) -> Tokens<'_> {
    Tokens {
        bytes: sentence.as_bytes(),
        pos: 0,
    }
}

/// What takes the tokens of a sentence one by one from [`Tokens::next_into`].
pub trait TakeToken {
    /// Takes the next token.
    fn take(&mut self, tok: Token);
}

impl<F: FnMut(Token)> TakeToken for F {
    #[inline(always)]
    fn take(&mut self, tok: Token) {
        self(tok)
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let mut next = None;
        self.next_into(&mut |tok| next = Some(tok));
        next
    }
}

impl Tokens<'_> {
    /// Hands the next token to `to`; false at the end of the sentence. What [`Iterator::next`]
    /// gives, but `to` is inlined where each kind of token is made, with the token's shape a
    /// constant there: `to`'s own tests of the shape fold away, where after `next` they are
    /// tested again on the token returned (the scan of the shipped model, a large body, reads
    /// its tokens this way; a [`TakeToken`] impl of its own with `#[inline(always)]` keeps it
    /// inlined at every site).
    #[inline(always)]
    pub fn next_into(&mut self, to: &mut impl TakeToken) -> bool {
        let b = self.bytes;
        // Most tokens follow one plain space: stepped over without the table of classes.
        if b.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        loop {
            let start = self.pos;
            let Some(&c) = b.get(start) else {
                return false;
            };
            let (class, fold_to, len) = match CLASS[c as usize] {
                WIDE => wide(b, start),
                class => (class, c, 1),
            };
            match class {
                SPACE => self.pos += len,
                LETTER => {
                    to.take(self.word(start, start));
                    return true;
                }
                DIGIT => {
                    to.take(self.number(start));
                    return true;
                }
                PUNCT => {
                    self.pos += len;
                    to.take(punct(start, self.pos, fold_to));
                    return true;
                }
                _ => {
                    // A clitic (`'s`; `n't` splits as `n` + `'t`) when letters follow, else a
                    // quotation mark.
                    self.pos += len;
                    if b.get(self.pos).is_some_and(u8::is_ascii_alphabetic) {
                        let mut tok = self.word(start, self.pos);
                        tok.shape = Shape::Clitic;
                        tok.capital = false;
                        tok.all_caps = false;
                        to.take(tok);
                    } else {
                        to.take(punct(start, self.pos, b'\''));
                    }
                    return true;
                }
            }
        }
    }
}

#[inline(always)]
fn punct(start: usize, end: usize, c: u8) -> Token {
    Token {
        start,
        end,
        hash: fold(0, (c | 0x20) as u64),
        key: [0; 2],
        shape: Shape::Punct(c),
        capital: false,
        all_caps: false,
    }
}

impl Tokens<'_> {
    /// A run of letters and digits from `from`; the token starts at `start` (before a clitic's
    /// apostrophe, which hashes as `'`).
    #[inline(always)]
    fn word(&mut self, start: usize, from: usize) -> Token {
        let b = self.bytes;
        let mut end = from;
        // The first 16 bytes of the word, kept to hash it when it is no longer.
        let (mut first, mut second) = (0, 0);
        loop {
            let x = load8(b, end);
            let n = alnum_prefix(x);
            if end == start {
                first = x;
            } else if end == start + 8 {
                second = x;
            }
            end += n;
            if n == 8 {
                continue;
            }
            if end < b.len()
                && b[end] >= 0x80
                && let (LETTER, _, len) = wide(b, end)
            {
                end += len;
                continue;
            }
            break;
        }
        self.pos = end;
        let len = end - start;
        let mut key = [0; 2];
        let hash = if from != start {
            clitic_hash(&b[from..end])
        } else if len <= 8 {
            let mask = u64::MAX >> (64 - 8 * len);
            let lower = (first | LOWER) & mask;
            if first & mask & HIGH == 0 {
                key[0] = lower;
            }
            fold(0, lower)
        } else if len <= 16 && (first | second & (u64::MAX >> (128 - 8 * len))) & HIGH == 0 {
            // An ASCII word of 9 to 16 bytes: `second` was read at `start + 8` (a character
            // of more bytes would have set a high bit in `first`), so its two words hash as
            // `hash_bytes` would read them, without the pass over the bytes.
            let mask = u64::MAX >> (128 - 8 * len);
            key = [first | LOWER, (second | LOWER) & mask];
            fold(fold(0, key[0]), key[1])
        } else {
            hash_bytes(&b[start..end])
        };
        let capital = b[start].is_ascii_uppercase();
        let all_caps = capital
            && len >= 2
            && if len <= 8 {
                capitals_only(first, len)
            } else {
                b[start..end].iter().all(|c| !c.is_ascii_lowercase())
                    && b[start + 1..end].iter().any(u8::is_ascii_uppercase)
            };
        Token {
            start,
            end,
            hash,
            key,
            shape: Shape::Word,
            capital,
            all_caps,
        }
    }

    /// Digits with inner separators (`12,000`, `3.40`) and a letter suffix (`7th`, `10km`).
    #[inline(always)]
    fn number(&mut self, start: usize) -> Token {
        let b = self.bytes;
        let mut h = 0;
        while self.pos < b.len() {
            let c = b[self.pos];
            let inner_sep = (c == b'.' || c == b',')
                && self.pos + 1 < b.len()
                && b[self.pos + 1].is_ascii_digit();
            if c.is_ascii_alphanumeric() || inner_sep {
                // Every digit hashes as `0`: the model learns "a four-digit number", not 2022.
                let folded = if c.is_ascii_digit() { b'0' } else { c | 0x20 };
                h = fold(h, folded as u64);
                self.pos += 1;
            } else {
                break;
            }
        }
        Token {
            start,
            end: self.pos,
            hash: h,
            key: [0; 2],
            shape: Shape::Number,
            capital: false,
            all_caps: false,
        }
    }
}

/// 8 bytes of `b` from `at` as a little-endian word, zero past the end.
#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    if at + 8 <= b.len() {
        u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
    } else {
        let mut buf = [0u8; 8];
        let rest = &b[at.min(b.len())..];
        buf[..rest.len()].copy_from_slice(rest);
        u64::from_le_bytes(buf)
    }
}

/// How many bytes at the start of `x` are ASCII letters or digits: 8 bytes in a few
/// instructions and no branch.
#[inline(always)]
const fn alnum_prefix(x: u64) -> usize {
    ((!ascii::alphanumerics(x) & HIGH).trailing_zeros() / 8) as usize
}

/// The word of `len` bytes (2 to 8) at the start of `x` has no ASCII lower-case letter and an
/// ASCII capital after its first byte: 8 bytes at a time, as a loop over them would tell.
#[inline(always)]
const fn capitals_only(x: u64, len: usize) -> bool {
    let within = HIGH & (u64::MAX >> (64 - 8 * len));
    let lower = ascii::lowers(x) & within;
    let upper = ascii::uppers(x) & within & !0x80;
    lower == 0 && upper != 0
}

/// The hash of `'` followed by `letters`, whichever apostrophe the text used.
#[inline]
fn clitic_hash(letters: &[u8]) -> u64 {
    let mut buf = [0u8; 16];
    if letters.len() < buf.len() {
        buf[0] = b'\'';
        buf[1..=letters.len()].copy_from_slice(letters);
        hash_bytes(&buf[..=letters.len()])
    } else {
        hash_bytes(letters)
    }
}

#[cfg(test)]
mod tests;
