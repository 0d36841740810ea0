//! Words of a sentence with the punctuation around them, for the name and attribution rules.

use super::lexicon::{self, Classes};
use crate::extract::abbrev::is_web_address;
use crate::extract::{ascii, punct};

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
    /// The word has a hyphen in it ("Secretary-General", "77-year-old"): only such a word may
    /// be a compound role ([`super::roles::is_compound_role`]).
    pub hyphenated: bool,
    /// The closed word lists the word is in ([`lexicon::for_token`]): all of them for a word with
    /// a `capital`, else only the [`LOWER_CASE_CLASSES`](lexicon::LOWER_CASE_CLASSES). Ask
    /// through [`Token::is`], which checks that only those are asked of a lower-case word.
    pub classes: Classes,
}

impl Token {
    /// The word's text.
    pub fn text<'a>(&self, sentence: &'a str) -> &'a str {
        &sentence[self.start..self.end]
    }

    /// The word's bytes, to compare with a listed word: cheaper than [`Token::text`], whose
    /// slice of a `str` checks that both ends fall between characters (the rules ask a word's
    /// text hundreds of thousands of times in a long article).
    pub fn bytes<'a>(&self, sentence: &'a str) -> &'a [u8] {
        &sentence.as_bytes()[self.start..self.end]
    }

    /// The word's length in bytes: rules a word out of a list by its length before its text is
    /// sliced.
    pub fn byte_len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the word is in the list of `class` (one of the [`lexicon`] classes).
    pub fn is(&self, class: Classes) -> bool {
        debug_assert!(
            self.capital || class & !lexicon::LOWER_CASE_CLASSES == 0,
            "a lower-case token keeps only the lower-case classes"
        );
        self.classes & class != 0
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
    let n = bytes.len();
    while i < n {
        // Skip white space and dashes between words. (Most words start with a letter or digit:
        // one look-up answers for them all three questions.)
        let b = bytes[i];
        let class = CLASS[usize::from(b)];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class != LETTER {
            if b == b'-' && bytes.get(i + 1) == Some(&b'-') {
                mark_dash(out);
                i += 2;
                continue;
            }
            if b >= 0x80 {
                let c = next_char(sentence, i);
                if c.is_whitespace() || is_dash(c) {
                    if is_dash(c) {
                        mark_dash(out);
                    }
                    i += c.len_utf8();
                    continue;
                }
            }
        }
        // A word runs to the next white space or dash; most are plain ASCII letters and digits,
        // skipped eight at a time.
        let raw_start = i;
        i = alphanumeric_run_end(bytes, i);
        if let Some((end, trail, skip)) = simple_end(bytes, raw_start, i) {
            let capital = bytes[raw_start].is_ascii_uppercase();
            out.push(Token {
                start: raw_start,
                end,
                opened: false,
                trail,
                possessive: false,
                quoted: false,
                capital,
                // (The fast path reads letters and digits only.)
                hyphenated: false,
                classes: lexicon::for_token(&bytes[raw_start..end], capital),
            });
            i += skip;
            continue;
        }
        // Anything else: on to the next white space or dash, then the punctuation around it.
        while i < n {
            let class = CLASS[usize::from(bytes[i])];
            if class == SPACE || bytes[i] == b'-' && bytes.get(i + 1) == Some(&b'-') {
                break;
            }
            if class != NON_ASCII {
                i += 1;
                continue;
            }
            if is_curly_quote(bytes, i) {
                i += 3;
                continue;
            }
            let c = next_char(sentence, i);
            if c.is_whitespace() || is_dash(c) {
                break;
            }
            i += c.len_utf8();
        }
        push_word(sentence, raw_start, i, out);
    }
    // Words are marked quoted once all are read, and only in a sentence with a quotation: the
    // word loop, run for every word, keeps no quotation cursor.
    if !quotes.is_empty() {
        let mut quote = 0;
        for token in out.iter_mut() {
            token.quoted = is_quoted(quotes, &mut quote, token.start, token.end);
        }
    }
    if let Some(last) = out.last_mut() {
        take_final_stop(sentence, last);
    }
}

/// Takes the sentence's final stop off its last word `last` ("Tuesday." → "Tuesday", unless the
/// word has other stops, as "U.S." has, but for a web address: "PowerOutage.us." →
/// "PowerOutage.us"), and marks that a stop ends the sentence after it.
///
/// Read byte by byte: a stop is one byte, and what ends a sentence is nearly always a printable
/// ASCII character (white space and anything beyond ASCII go the general way of `trim_end`).
fn take_final_stop(sentence: &str, last: &mut Token) {
    let word = &sentence.as_bytes()[last.start..last.end];
    let stops = word.iter().rev().take_while(|&&b| b == b'.').count();
    // "… Investigation Board (CAAIB).", "(U.S.).": a bracket closes before the stop.
    let closed = word[..word.len() - stops]
        .iter()
        .rev()
        .take_while(|&&b| matches!(b, b')' | b']' | b'}'))
        .count();
    let bare = &word[..word.len() - stops - closed];
    // (The stops are ASCII: the word without them is still text.)
    let web = || is_web_address(&sentence[last.start..last.start + bare.len()]);
    if !bare.is_empty() && stops > 0 && (closed > 0 || !bare.contains(&b'.') || web()) {
        last.end = last.start + bare.len();
        last.classes = lexicon::for_token(bare, last.capital);
        if closed > 0 {
            last.trail = Trail::Close;
        }
    }
    if last.trail == Trail::None {
        let rest = &sentence[last.end..];
        let ends_with_stop = match rest.as_bytes().last() {
            Some(&b) if b > b' ' && b < 0x80 => matches!(b, b'.' | b'!' | b'?'),
            _ => rest.trim_end().ends_with(['.', '!', '?', '…']),
        };
        if ends_with_stop {
            last.trail = Trail::Stop;
        }
    }
}

/// Where the run of ASCII letters and digits from `i` ends.
fn alphanumeric_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let eight = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let others = !ascii::alphanumerics(eight) & ascii::HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && CLASS[usize::from(bytes[i])] == LETTER {
        i += 1;
    }
    i
}

/// How the commonest words end, read as [`push_word`] reads them (tested to agree) without its
/// general loops: the ASCII letters and digits `bytes[start..i]`, then white space, "--" or the
/// sentence's end (a plain word), or one comma or stop and then white space or the end
/// ("said,", "Tuesday."). The word's end, its trail and how far to move on past `i`; `None` for
/// any other word.
///
/// What follows the letters is read from a table rather than tested byte by byte: the plain
/// words and those with a stop come mixed, and a branch between them was the tokenizer's
/// costliest misprediction.
#[inline(always)]
fn simple_end(bytes: &[u8], start: usize, i: usize) -> Option<(usize, Trail, usize)> {
    // The sentence's end reads as white space.
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let ending = ENDING[usize::from(at(i))];
    let spaced = CLASS[usize::from(at(i + 1))] == SPACE;
    // (A plain word has a letter or digit: the byte at `start` is neither white space nor a
    // dash. A stop alone is no word: it closes the one before, which only `push_word` does.)
    let simple = ending & ALWAYS != 0 || ending & IF_SPACED != 0 && spaced && i > start;
    if simple {
        let end = i + usize::from(ending & KEEPS_STOP != 0);
        // Past the byte that ended the word, and past the white space after a comma or stop
        // too: known to be white space, it need not be read again.
        let skip = 1 + usize::from(ending & IF_SPACED != 0);
        return Some((end, TRAILS[usize::from(ending >> TRAIL_SHIFT)], skip));
    }
    // A dash of two hyphens ends a word too, and is read where the loop reads dashes.
    (at(i) == b'-' && at(i + 1) == b'-' && i > start).then_some((i, Trail::None, 0))
}

/// [`ENDING`] bits: the word ends here whatever follows; it ends here when white space (or the
/// sentence's end) follows; the stop stays on the word (an abbreviation's "."); the trail, an
/// index into [`TRAILS`].
const ALWAYS: u8 = 1;
const IF_SPACED: u8 = 2;
const KEEPS_STOP: u8 = 4;
const TRAIL_SHIFT: u8 = 3;
const TRAILS: [Trail; 3] = [Trail::None, Trail::Comma, Trail::Stop];

/// How a word of ASCII letters and digits ends at each byte after it (see [`simple_end`]).
static ENDING: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            _ if CLASS[b] == SPACE => ALWAYS,
            // A full stop stays on the word, as on an abbreviation ("Calif."): only the
            // sentence's last word loses it.
            b'.' => IF_SPACED | KEEPS_STOP,
            b',' => IF_SPACED | 1 << TRAIL_SHIFT,
            b';' | b':' | b'!' | b'?' => IF_SPACED | 2 << TRAIL_SHIFT,
            _ => 0,
        };
        b += 1;
    }
    table
};

fn push_word(sentence: &str, raw_start: usize, raw_end: usize, out: &mut Vec<Token>) {
    let bytes = sentence.as_bytes();
    // Opening punctuation before the word.
    let mut start = raw_start;
    let mut opened = false;
    while start < raw_end {
        let b = bytes[start];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                break;
            }
            opened |= matches!(b, b'"' | b'\'' | b'(' | b'[' | b'{');
            start += 1;
        } else {
            let c = next_char(sentence, start);
            if is_alphanumeric(c) {
                break;
            }
            opened |= punct::is_opening(c);
            start += c.len_utf8();
        }
    }
    if start == raw_end {
        // Punctuation alone (a stray quote mark): it closes or opens the phrase around it; an
        // "&" joins names ("Johnson & Johnson").
        if let Some(last) = out.last_mut()
            && last.trail == Trail::None
            && &sentence[raw_start..raw_end] != "&"
        {
            last.trail = Trail::Close;
        }
        return;
    }
    // Closing punctuation after it. A stop inside a sentence belongs to an abbreviation ("U.S.",
    // "Calif."); the sentence's own final stop is taken off the last word once the sentence is
    // read.
    let mut end = raw_end;
    while end > start {
        let b = bytes[end - 1];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || b == b'.' {
                break;
            }
            end -= 1;
        } else {
            let c = sentence[..end].chars().next_back().unwrap_or('a');
            if is_alphanumeric(c) {
                break;
            }
            end -= c.len_utf8();
        }
    }
    if bytes[start..end].ends_with(b"..") {
        end = start + sentence[start..end].trim_end_matches('.').len();
    }
    // A possessive ending: "’s", "'s", "’S" or "'S" after at least one byte.
    let body = &bytes[start..end];
    let suffix = match body {
        [.., b'\'', b's' | b'S'] if body.len() > 2 => 2,
        [.., 0xE2, 0x80, 0x99, b's' | b'S'] if body.len() > 4 => "’s".len(),
        _ => 0,
    };
    end -= suffix;
    let mut possessive = suffix > 0;
    if !possessive && body.ends_with(b"s") {
        let after = &sentence[end..raw_end];
        if let Some(rest) = after.strip_prefix('’').or_else(|| after.strip_prefix('\'')) {
            possessive = rest.is_empty() || rest.starts_with([',', '.']);
        }
    }
    let trail = trail_of(&sentence[end..raw_end], possessive);
    let capital = match bytes[start] {
        b if b < 0x80 => b.is_ascii_uppercase(),
        _ => next_char(sentence, start).is_uppercase(),
    };
    out.push(Token {
        start,
        end,
        opened,
        trail,
        possessive,
        quoted: false,
        capital,
        // (A word is a few bytes long: a plain loop, without `memchr`'s set-up for long text.)
        hyphenated: bytes[start..end].contains(&b'-'),
        classes: lexicon::for_token(&bytes[start..end], capital),
    });
}

/// Whether `start..end` lies inside one of the (ordered) quotation spans; `cursor` moves forward
/// with the words.
fn is_quoted(quotes: &[(usize, usize)], cursor: &mut usize, start: usize, end: usize) -> bool {
    while *cursor < quotes.len() && quotes[*cursor].1 < end {
        *cursor += 1;
    }
    quotes
        .get(*cursor)
        .is_some_and(|&(s, e)| s < start && end <= e)
}

/// Byte classes for the word loop: one table look-up per byte.
const LETTER: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const NON_ASCII: u8 = 3;
static CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            NON_ASCII
        } else if byte.is_ascii_alphanumeric() {
            LETTER
        } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

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

/// Whether a curly quotation mark or apostrophe (U+2018 to U+201F: ‘ ’ ‚ ‛ “ ” „ ‟) starts at
/// byte `i`: the commonest characters beyond ASCII inside words, and neither white space nor a
/// dash, so a word runs on over them.
fn is_curly_quote(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xE2
        && bytes.get(i + 1) == Some(&0x80)
        && matches!(bytes.get(i + 2), Some(0x98..=0x9F))
}

/// [`char::is_alphanumeric`] of a character beyond ASCII, answered at once for General
/// Punctuation (U+2000 to U+206F: curly quotation marks and apostrophes, dashes, the ellipsis),
/// which holds no letter or digit (tested): those are the characters beyond ASCII most often met
/// around a word, and Unicode's tables cost a few hundred instructions a look-up.
fn is_alphanumeric(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn next_char(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or(' ')
}

#[cfg(test)]
mod tests;
