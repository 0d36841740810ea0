//! Closed word lists that most words are not in: a look-up table of (length, first letter),
//! built at compile time from the list itself, turns most words away before the list is
//! searched. (The quotation and speaker rules look their lists up all at once, in
//! [`lexicon`](super::quotes::lexicon).)

/// Which first letters (ASCII, any case) the words of each length start with.
///
/// The quotation lexicon has a filter of its own (`quotes::lexicon::Filter`), which also keys on
/// the last letter: it screens the union of several hundred listed words, for which length and
/// first letter alone would admit most words, and it is one of a single table (1.7 KB). This one
/// screens one short list each ([`word_list!`], [`WordSet`](super::tokens::WordSet)), where the
/// first letter already turns most words away; it is built from the list alone and stays small
/// (132 bytes), as one is kept per list.
pub(crate) struct Filter {
    /// Bit `k` of `masks[n]`: some word of `n` bytes starts with the `k`-th letter (bit 26: with
    /// something else).
    masks: [u32; 33],
}

impl Filter {
    /// The filter of `words`, each at most 32 bytes long (checked: built in a constant, a
    /// longer word is a compile-time error).
    pub const fn of(words: &[&str]) -> Filter {
        let mut masks = [0u32; 33];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            // A longer word would have no mask, and `admits` would turn it away: a list that
            // holds one fails to compile instead.
            assert!(
                word.len() < masks.len(),
                "a listed word is longer than 32 bytes"
            );
            if !word.is_empty() {
                masks[word.len()] |= 1 << letter(word[0]);
            }
            k += 1;
        }
        Filter { masks }
    }

    /// Whether `word` may be in the list (it is not when this says no).
    #[inline]
    pub fn admits(&self, word: &[u8]) -> bool {
        match (word.first(), self.masks.get(word.len())) {
            (Some(&first), Some(mask)) => mask & (1 << letter(first)) != 0,
            _ => false,
        }
    }
}

/// 0–25 for a letter in either case, 26 for anything else.
const fn letter(b: u8) -> u32 {
    let lower = b.to_ascii_lowercase();
    if lower.is_ascii_lowercase() {
        (lower - b'a') as u32
    } else {
        26
    }
}

/// Defines `fn $name(word: &str) -> bool`: `word` is one of the listed words, exactly.
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis fn $name:ident: $($word:literal),+ $(,)?) => {
        $(#[$doc])*
        $vis fn $name(word: &str) -> bool {
            static FILTER: $crate::extract::wordlist::Filter =
                $crate::extract::wordlist::Filter::of(&[$($word),+]);
            FILTER.admits(word.as_bytes()) && matches!(word, $($word)|+)
        }
    };
}

pub(crate) use word_list;

#[cfg(test)]
mod tests {
    word_list!(fn fruit: "apple", "pear", "Fig");

    #[test]
    fn lists_answer_exactly() {
        assert!(fruit("apple") && fruit("pear") && fruit("Fig"));
        assert!(!fruit("Apple") && !fruit("fig") && !fruit("peach") && !fruit(""));
    }
}
