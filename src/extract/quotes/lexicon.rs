//! One look-up tells which of the closed word lists of the quotation and speaker rules a word is
//! in (speech verbs, capitalised function words, roles, organisation heads, business
//! descriptors). The rules ask these lists about nearly every word of every sentence; a hash
//! table built at compile time from the lists themselves answers all of them at once, and the
//! tokenizer stores the answer with each word ([`Token::classes`](super::tokens::Token)).
//!
//! A word is packed, lower-cased, into two machine words (it is at most 15 bytes long: no listed
//! word is longer, checked when the table is built), so a look-up is a hash and one or two
//! comparisons of integers, with no copy and no UTF-8 check.

use crate::extract::ascii;

use super::roles::{DESCRIPTORS, ORGANISATION_HEADS, ROLES};
use super::verbs::SPEECH_VERBS;
use super::words::FUNCTION_WORDS;

/// The lists a word is in: a set of the bits below.
pub type Classes = u16;

/// A verb reporting speech ([`is_speech_verb`](super::verbs::is_speech_verb)); exact case.
pub const SPEECH_VERB: Classes = 1;
/// A capitalised function word
/// ([`is_capitalised_function_word`](super::words::is_capitalised_function_word)); any case.
pub const FUNCTION_WORD: Classes = 1 << 1;
/// A role or title ([`is_role`](super::roles::is_role)); any case.
pub const ROLE: Classes = 1 << 2;
/// An organisation's head word ([`is_organisation_head`](super::roles::is_organisation_head));
/// any case.
pub const ORGANISATION_HEAD: Classes = 1 << 3;
/// A business descriptor ([`DESCRIPTORS`](super::roles::DESCRIPTORS)); any case.
pub const DESCRIPTOR: Classes = 1 << 4;

/// "according" (of "according to"); any case.
pub const ACCORDING: Classes = 1 << 5;

/// The classes the rules read of a word that does not start with a capital, which is all a
/// token of such a word holds ([`for_token`]): capitalised function words, organisation heads
/// and business descriptors matter only where a name may start or end.
pub const LOWER_CASE_CLASSES: Classes = SPEECH_VERB | ROLE | ACCORDING;

/// The classes whose lists match in any case; the others match the word exactly as listed (in
/// lower case).
const ANY_CASE: Classes = FUNCTION_WORD | ROLE | ORGANISATION_HEAD | DESCRIPTOR | ACCORDING;

/// The lists, each with its class.
const LISTS: [(&[&str], Classes); 6] = [
    (SPEECH_VERBS, SPEECH_VERB),
    (&["according"], ACCORDING),
    (FUNCTION_WORDS, FUNCTION_WORD),
    (ROLES, ROLE),
    (ORGANISATION_HEADS, ORGANISATION_HEAD),
    (DESCRIPTORS, DESCRIPTOR),
];

/// The classes of `word`.
#[inline]
pub fn classes(word: &str) -> Classes {
    let word = word.as_bytes();
    if TABLE.filter.admits(word) {
        look_up(word)
    } else {
        0
    }
}

/// The classes of the word `word` (UTF-8 bytes, as [`classes`] reads them) that a token keeps:
/// all of them when it starts with a capital (`capital`), else only [`LOWER_CASE_CLASSES`]. Most
/// words are turned away by a filter, inlined here; the others are looked up. (The commonest
/// words, "the", "of", "and", are function words: in lower case their filter turns them away.)
#[inline(always)]
pub fn for_token(word: &[u8], capital: bool) -> Classes {
    if capital {
        if TABLE.filter.admits(word) {
            return look_up(word);
        }
    } else if TABLE.lower_case_filter.admits(word) {
        return look_up(word) & LOWER_CASE_CLASSES;
    }
    0
}

#[inline(never)]
fn look_up(word: &[u8]) -> Classes {
    let (classes, had_upper) = match short_index(word) {
        Some(index) => (
            Classes::from(TABLE.short[index]),
            word.iter().any(u8::is_ascii_uppercase),
        ),
        None => {
            let Some((key, had_upper)) = key(word) else {
                return 0;
            };
            (TABLE.get(key), had_upper)
        }
    };
    if !had_upper {
        classes
    } else if word.len() >= 2 && word.iter().all(u8::is_ascii_uppercase) {
        // A word in capitals is an acronym, not a function word: "the WHO said" names the World
        // Health Organization, where "who" would end the name before it.
        classes & ANY_CASE & !FUNCTION_WORD
    } else {
        classes & ANY_CASE
    }
}

/// Slots of the table (a power of two, about three times the listed words, so that a word not
/// listed usually meets an empty slot at once).
const BITS: u32 = 10;
const SLOTS: usize = 1 << BITS;

/// A word packed into 16 bytes: its bytes from the first, zero-padded, with its length in the
/// last byte. Only the empty slot is all zero.
type Key = (u64, u64);

struct Table {
    filter: Filter,
    /// The filter of the words of [`LOWER_CASE_CLASSES`].
    lower_case_filter: Filter,
    /// The classes of every word of one to three ASCII letters ("the", "of", "a", "say": the
    /// commonest listed words), at [`short_index`]: no packing, hashing or probing for them.
    short: [u8; SHORT_SLOTS],
    keys: [Key; SLOTS],
    classes: [Classes; SLOTS],
}

/// Words of one, two and three letters, one after the other.
const SHORT_SLOTS: usize = 26 + 26 * 26 + 26 * 26 * 26;

/// Where a word of one to three ASCII letters (any case) is in [`Table::short`]; `None` for any
/// other word.
#[inline]
const fn short_index(word: &[u8]) -> Option<usize> {
    let (mut index, offset) = match word.len() {
        1 => (0, 0),
        2 => (0, 26),
        3 => (0, 26 + 26 * 26),
        _ => return None,
    };
    let mut i = 0;
    while i < word.len() {
        let letter = LETTERS[word[i] as usize] as usize;
        if letter >= 26 {
            return None;
        }
        index = index * 26 + letter;
        i += 1;
    }
    Some(offset + index)
}

/// A cheap first test that turns most unlisted words away before they are packed and hashed: by
/// length, first and last byte (ASCII letters in either case are one), then, for the few words
/// that pass, by the second and the last but one.
///
/// Not [`wordlist::Filter`](crate::extract::wordlist::Filter), which keys on length and first
/// letter only: that suits one short list, but the lexicon unites several hundred words, for
/// which it would admit most words. The last letter makes this one strict enough for most words;
/// the inner letters turn away two in five of those it admits ("people", "percent", "statement"
/// pass the first test), each a look-up saved. Its tables (3.5 KB) are paid once, and
/// [`Table::build`] fills them beside the table (the lower-case one from the
/// [`LOWER_CASE_CLASSES`] words only).
struct Filter {
    /// Bit `letter(last)` of `last[n][letter(first)]`: some listed word of `n` bytes starts and
    /// ends so.
    last: [[u32; 27]; 16],
    /// Bit `letter(b)` of `inner[n][letter(a)]`, `(a, b)` the [`inner_letters`] of some listed
    /// word of `n` bytes.
    inner: [[u32; 27]; 16],
}

impl Filter {
    const EMPTY: Filter = Filter {
        last: [[0; 27]; 16],
        inner: [[0; 27]; 16],
    };

    #[inline(always)]
    fn admits(&self, word: &[u8]) -> bool {
        match (word.first(), word.last(), self.last.get(word.len())) {
            (Some(&first), Some(&last), Some(by_first)) => {
                by_first[usize::from(LETTERS[usize::from(first)])] & 1 << LETTERS[usize::from(last)]
                    != 0
                    && {
                        let (a, b) = inner_letters(word);
                        self.inner[word.len()][usize::from(LETTERS[usize::from(a)])]
                            & 1 << LETTERS[usize::from(b)]
                            != 0
                    }
            }
            _ => false,
        }
    }

    /// Lets `word` (1 to 15 bytes, in lower case) pass.
    const fn admit(&mut self, word: &[u8]) {
        let n = word.len();
        self.last[n][letter(word[0])] |= 1 << letter(word[n - 1]);
        let (a, b) = inner_letters(word);
        self.inner[n][letter(a)] |= 1 << letter(b);
    }
}

/// The second byte and the last but one of a non-empty `word` (its only byte, twice, for a word
/// of one).
#[inline(always)]
const fn inner_letters(word: &[u8]) -> (u8, u8) {
    let n = word.len();
    let second = if n > 1 { 1 } else { 0 };
    (word[second], word[n - 1 - second])
}

/// [`letter`] of every byte.
static LETTERS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = letter(b as u8) as u8;
        b += 1;
    }
    table
};

/// 0–25 for an ASCII letter in either case, 26 for any other byte.
const fn letter(b: u8) -> usize {
    let lower = b | 0x20;
    if lower.is_ascii_lowercase() {
        (lower - b'a') as usize
    } else {
        26
    }
}

static TABLE: Table = Table::build();

impl Table {
    /// Open addressing with linear probing, filled in order from [`LISTS`]; a word on several
    /// lists gets all their classes.
    const fn build() -> Table {
        let mut table = Table {
            filter: Filter::EMPTY,
            lower_case_filter: Filter::EMPTY,
            short: [0; SHORT_SLOTS],
            keys: [(0, 0); SLOTS],
            classes: [0; SLOTS],
        };
        let mut list = 0;
        while list < LISTS.len() {
            let (words, class) = LISTS[list];
            let mut w = 0;
            while w < words.len() {
                let word = words[w].as_bytes();
                assert!(
                    !word.is_empty() && word.len() <= 15,
                    "listed words are 1 to 15 bytes"
                );
                let mut lower = [0u8; 16];
                let mut i = 0;
                while i < word.len() {
                    assert!(!word[i].is_ascii_uppercase(), "lists are in lower case");
                    lower[i] = word[i];
                    i += 1;
                }
                lower[15] = word.len() as u8;
                let key = (
                    u64::from_le_bytes(first_half(&lower)),
                    u64::from_le_bytes(second_half(&lower)),
                );
                let mut slot = slot_of(key);
                while !is_empty(table.keys[slot]) && !same(table.keys[slot], key) {
                    slot = (slot + 1) & (SLOTS - 1);
                }
                if let Some(index) = short_index(word) {
                    assert!(class < 1 << 8, "short words' classes fit in a byte");
                    table.short[index] |= class as u8;
                }
                table.keys[slot] = key;
                table.filter.admit(word);
                if class & LOWER_CASE_CLASSES != 0 {
                    table.lower_case_filter.admit(word);
                }
                table.classes[slot] |= class;
                w += 1;
            }
            list += 1;
        }
        table
    }

    #[inline]
    fn get(&self, key: Key) -> Classes {
        let mut slot = slot_of(key);
        loop {
            let found = self.keys[slot];
            if found == key {
                return self.classes[slot];
            }
            if is_empty(found) {
                return 0;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}

const fn first_half(bytes: &[u8; 16]) -> [u8; 8] {
    [
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
    ]
}

const fn second_half(bytes: &[u8; 16]) -> [u8; 8] {
    [
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15],
    ]
}

const fn is_empty(key: Key) -> bool {
    key.0 == 0 && key.1 == 0
}

const fn same(a: Key, b: Key) -> bool {
    a.0 == b.0 && a.1 == b.1
}

#[inline]
const fn slot_of(key: Key) -> usize {
    let h = (key.0 ^ key.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - BITS)) as usize
}

/// `word` lower-cased (ASCII letters only, as the lists compare) and packed as a [`Key`], and
/// whether it had an upper-case ASCII letter; `None` when it is too long (or too short) to be
/// listed.
#[inline]
fn key(word: &[u8]) -> Option<(Key, bool)> {
    let n = word.len();
    if n == 0 || n > 15 {
        return None;
    }
    // Overlapping loads: the bytes read twice land where they belong both times.
    let (lo, hi) = if n >= 8 {
        let lo = u64::from_le_bytes(word[..8].try_into().ok()?);
        let tail = u64::from_le_bytes(word[n - 8..].try_into().ok()?);
        (lo, if n == 8 { 0 } else { tail >> (8 * (16 - n)) })
    } else if n >= 4 {
        let head = u64::from(u32::from_le_bytes(word[..4].try_into().ok()?));
        let tail = u64::from(u32::from_le_bytes(word[n - 4..].try_into().ok()?));
        (head | tail << (8 * (n - 4)), 0)
    } else {
        let lo = u64::from(word[0])
            | u64::from(word[n / 2]) << (8 * (n / 2))
            | u64::from(word[n - 1]) << (8 * (n - 1));
        (lo, 0)
    };
    let (lo, upper_lo) = to_ascii_lower(lo);
    // Most words fit in `lo`.
    let (hi, upper_hi) = if n > 8 {
        to_ascii_lower(hi)
    } else {
        (0, false)
    };
    Some(((lo, hi | (n as u64) << 56), upper_lo | upper_hi))
}

/// The eight bytes of `x` with ASCII upper-case letters lowered (other bytes, UTF-8 ones
/// included, unchanged), and whether there was one: a capital's high bit shifted down to bit 5.
#[inline]
fn to_ascii_lower(x: u64) -> (u64, bool) {
    let upper = ascii::uppers(x);
    (x | upper >> 2, upper != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists as the rules define them: exact lower case, or any ASCII case.
    fn slow(word: &str) -> Classes {
        let mut classes = 0;
        for (words, class) in LISTS {
            let hit = if class & ANY_CASE != 0 {
                words.contains(&word.to_ascii_lowercase().as_str())
            } else {
                words.contains(&word)
            };
            // A word in capitals is an acronym, never a function word ("the WHO").
            let acronym = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
            if hit && !(class == FUNCTION_WORD && acronym) {
                classes |= class;
            }
        }
        classes
    }

    fn cases(word: &str) -> Vec<String> {
        let mut upper_first = word.to_string();
        if let Some(first) = upper_first.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        vec![
            word.to_string(),
            word.to_ascii_uppercase(),
            upper_first,
            format!("{word}s"),
            format!("x{word}"),
            {
                let mut shorter = word.to_string();
                shorter.pop();
                shorter
            },
            format!("{word}\0"),
        ]
    }

    #[test]
    fn agrees_with_the_lists() {
        let mut words: Vec<String> = LISTS
            .iter()
            .flat_map(|(list, _)| list.iter().flat_map(|w| cases(w)))
            .collect();
        let text = include_str!("../../../data/odesa-drone-strike.txt");
        words.extend(text.split_whitespace().flat_map(cases));
        words.extend(
            [
                "",
                "Ünited",
                "CÉO",
                "Şaid",
                "communiqué",
                "a",
                "A",
                "I",
                "x",
                "[",
                "@ID",
                "Z",
                "president’s",
                "ab",
                "spokeswomann",
                "tO",
                "And",
                "sAy",
                "SAY",
                "zzz",
                "Mr",
                "MS",
                "mp",
                "It",
                "a1",
                "1a",
                "é",
                "representatives",
                "U.S.",
                "Mr.",
            ]
            .map(String::from),
        );
        for word in &words {
            assert_eq!(classes(word), slow(word), "{word:?}");
            let bytes = word.as_bytes();
            assert_eq!(for_token(bytes, true), slow(word), "{word:?}");
            assert_eq!(
                for_token(bytes, false),
                slow(word) & LOWER_CASE_CLASSES,
                "{word:?}"
            );
        }
    }

    #[test]
    fn lowers_ascii_letters_only() {
        for b in 0..=255u8 {
            let (lowered, upper) = to_ascii_lower(u64::from(b) << 24);
            assert_eq!(lowered, u64::from(b.to_ascii_lowercase()) << 24, "{b}");
            assert_eq!(upper, b.is_ascii_uppercase(), "{b}");
        }
    }

    #[test]
    fn packs_every_length() {
        let word = b"abcdefghijklmnop";
        for n in 1..=15 {
            let mut expected = [0u8; 16];
            expected[..n].copy_from_slice(&word[..n]);
            let lo = u64::from_le_bytes(expected[..8].try_into().unwrap());
            let hi = u64::from_le_bytes(expected[8..].try_into().unwrap());
            assert_eq!(
                key(&word[..n]),
                Some(((lo, hi | (n as u64) << 56), false)),
                "{n}"
            );
        }
        assert_eq!(key(word), None);
        assert_eq!(key(b""), None);
    }
}
