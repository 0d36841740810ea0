//! Word classes for the figure and date scanners: number words, relative-date words, month and
//! weekday names, function words — judged by cheap filters on a word's first letters and length
//! before any table look-up.

use crate::extract::wordlist::word_list;

/// Lower-cases an ASCII word, into `buf` when it holds upper-case letters; `None` when it is
/// longer than the buffer or not ASCII (no word in our tables is).
pub(crate) fn lower<'a>(word: &'a str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    // One pass over the (short) word asks both questions, a byte beyond ASCII and a capital,
    // and the copy is lowered byte by byte: no library scan or `memcpy` call for a few bytes.
    let (mut all, mut capital) = (0u8, false);
    for &b in bytes {
        all |= b;
        capital |= b.is_ascii_uppercase();
    }
    if !all.is_ascii() {
        return None;
    }
    if !capital {
        return Some(word);
    }
    let out = &mut buf[..bytes.len()];
    for (lowered, &b) in out.iter_mut().zip(bytes) {
        *lowered = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// A word that may be a number word or a fraction ("half", "third", "quarter"), judged by its first two letters and length: a
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
        // "a quarter of", "three quarters of" (see `numbers::fraction`).
        b"qu" => n == 7 || n == 8,
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
/// … is "a" or "an" ([`is_article`]), which may open a figure ("a dozen"). Not in the table: set
/// by [`token_class`].
pub(crate) const ARTICLE: u8 = 8;

/// The class of a word token, kept with the token so that the scanners look at each word once:
/// [`word_class`], plus [`ARTICLE`].
#[inline]
pub(crate) fn token_class(word: &[u8]) -> u8 {
    if is_article(word) {
        return ARTICLE;
    }
    word_class(word)
}

/// [`token_class`] of a word of `len` bytes whose first byte is the ASCII letter `first` and
/// whose second byte (if any) is `second`: the tokenizer knows these already, so it skips the
/// checks [`token_class`] makes.
#[inline]
pub(crate) fn letter_word_class(first: u8, second: u8, len: usize) -> u8 {
    // Setting bit 5 maps only 'A' and 'a' to 'a'.
    match len {
        1 if first | 0x20 == b'a' => ARTICLE,
        2 if first | 0x20 == b'a' && second == b'n' => ARTICLE,
        3..=9 if (second | 0x20).is_ascii_lowercase() => {
            // A letter's low five bits are 1 for 'a' to 26 for 'z', in either case.
            let entry = LETTER_PAIR_CLASSES[usize::from(first & 31)][usize::from(second & 31)];
            ((entry >> ((len - 3) * 3)) & 7) as u8
        }
        _ => 0,
    }
}

/// [`word_class`] of a run of `len` ASCII letters whose first two are `first` and `second`
/// (any byte when `len` is below 2): the pre-filters read words as such runs, so the checks
/// that the second byte is a letter and the articles of [`letter_word_class`] are not needed.
#[inline(always)]
pub(crate) fn letter_run_class(first: u8, second: u8, len: usize) -> u8 {
    // Only lengths 3 to 9 have a class; past the table's seven fields the shift is not taken.
    let k = len.wrapping_sub(3);
    if k >= 7 {
        return 0;
    }
    let entry = LETTER_PAIR_CLASSES[usize::from(first & 31)][usize::from(second & 31)];
    ((entry >> (k * 3)) & 7) as u8
}

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

/// [`WORD_CLASSES`] indexed by the low five bits of each of the two letters: no multiplication
/// and no bounds check in the tokenizer's look-up.
static LETTER_PAIR_CLASSES: [[u32; 32]; 32] = {
    let mut table = [[0u32; 32]; 32];
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            table[a + 1][b + 1] = WORD_CLASSES[a * 26 + b];
            b += 1;
        }
        a += 1;
    }
    table
};

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
    fn letter_word_classes_agree_with_token_classes() {
        let letters: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        let seconds: Vec<u8> = letters.iter().copied().chain(*b"'-1\xc3").collect();
        for &a in &letters {
            for &b in &seconds {
                for n in 1..12 {
                    let mut word = vec![a, b];
                    word.resize(n.max(2), b'n');
                    word.truncate(n);
                    let second = word.get(1).copied().unwrap_or(0);
                    assert_eq!(
                        letter_word_class(a, second, n),
                        token_class(&word),
                        "{word:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn letter_run_classes_are_word_classes() {
        let letters: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        for &a in &letters {
            for &b in &letters {
                for n in 1..14 {
                    let mut word = vec![a, b];
                    word.resize(n.max(2), b'e');
                    word.truncate(n);
                    // The byte after a one-letter run is no letter, and may be anything else.
                    let seconds = if n == 1 {
                        vec![b' ', b',', 0, 0xC3]
                    } else {
                        vec![b]
                    };
                    for second in seconds {
                        assert_eq!(
                            letter_run_class(a, second, n),
                            word_class(&word),
                            "{word:?}"
                        );
                        assert_eq!(
                            letter_run_class(a, second, n),
                            letter_word_class(a, second, n) & !ARTICLE,
                            "{word:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lower_cases_into_a_buffer() {
        let mut buf = [0u8; 24];
        assert_eq!(lower("Seventy", &mut buf), Some("seventy"));
        assert_eq!(lower("é", &mut buf), None);
    }
}
