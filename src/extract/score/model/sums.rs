//! Summing the weights of a sentence's n-grams: through the general [`scan`] for any
//! configuration, or through a loop of its own for the shipped one ([`scan_shipped`]), which a
//! [`WordMemo`] spares the bytes of words it has seen.

use super::*;
use crate::extract::score::lexicon;

/// The configuration of the shipped model, which [`Model::ngram_logit_with`] reads with a loop
/// of its own ([`scan_shipped`]).
pub(super) const SHIPPED: Config = Config {
    bits: 16,
    word_ngrams: 2,
    char_min: 4,
    char_max: 4,
    class_ngrams: 3,
};

/// The weights of a sentence's word and character n-grams, summed, and how many there are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Sums {
    pub word_sum: i32,
    pub word_n: u32,
    pub char_sum: i32,
    pub char_n: u32,
}

impl Sums {
    /// The sums of `sentence`'s n-grams under any `config`, through the general [`scan`].
    pub fn general(
        sentence: &str,
        config: Config,
        table: &[u8],
        on_token: &mut impl OnToken,
    ) -> Sums {
        let mut sums = Sums::default();
        scan(
            sentence,
            config,
            on_token,
            |i| {
                sums.word_sum += table[i] as i8 as i32;
                sums.word_n += 1;
            },
            |i| {
                sums.char_sum += table[i] as i8 as i32;
                sums.char_n += 1;
            },
        );
        sums
    }
}

/// What the n-gram scan reads of a short word on its own — its word classes, the weight of its
/// unigram and the summed weights of its character n-grams — remembered for the next time the
/// word comes: a text repeats most of its words, and a word remembered costs a lookup instead
/// of a pass over its bytes. Keyed by the word's bytes in lower case ([`Token::key`]: ASCII
/// words of at most 16 bytes), which decide all three exactly; direct-mapped, a word evicting
/// the one before it in its slot. A memo holds the weights of one model's table, and starts
/// over when given another's (told by its address: the crate uses it with the embedded model
/// only, whose table never moves).
#[derive(Debug, Clone)]
pub(crate) struct WordMemo {
    /// The address of the table the weights are from.
    table: usize,
    slots: Box<[MemoSlot; WordMemo::SLOTS]>,
}

#[derive(Debug, Clone, Copy, Default)]
struct MemoSlot {
    /// The word's key; zeros for an empty slot (no word has that key).
    key: [u64; 2],
    classes: u32,
    /// At most 17 character n-grams of at most 128 steps: an `i16` holds their sum.
    char_sum: i16,
    unigram: i8,
}

impl Default for WordMemo {
    fn default() -> WordMemo {
        WordMemo {
            table: 0,
            slots: vec![MemoSlot::default(); WordMemo::SLOTS]
                .into_boxed_slice()
                .try_into()
                .expect("SLOTS slots"),
        }
    }
}

impl WordMemo {
    /// 2^12 words of 24 bytes, 96 KiB: a news text's common words. Larger than an L1 cache, as
    /// the weight table is; 2^11 slots (in L1) were no faster on 2 MB of news and cost 2.1 M
    /// instructions more, recomputing the words it had evicted.
    const BITS: u32 = 12;
    const SLOTS: usize = 1 << Self::BITS;

    /// The memo for the weights of `table`, emptied if it held another table's.
    pub(super) fn for_table(&mut self, table: &[u8]) -> &mut WordMemo {
        let address = table.as_ptr() as usize;
        if self.table != address {
            self.slots.fill(MemoSlot::default());
            self.table = address;
        }
        self
    }

    /// The slot of the word hashed `hash` (the hash's top bits: it is the key times an odd
    /// constant, well mixed there).
    #[inline(always)]
    fn slot(&mut self, hash: u64) -> &mut MemoSlot {
        &mut self.slots[(hash >> (64 - Self::BITS)) as usize]
    }
}

/// [`scan`] for the [`SHIPPED`] configuration, summing the weights of the n-grams in `table`:
/// the same n-grams (same hashes, same seeds), so the same sums, with what the general loop
/// decides per n-gram fixed at compile time: no test of the configuration, a constant shift,
/// no bounds check (an index of 16 bits into a table of 2^16), and the class pair of the
/// previous token kept for the class trigram instead of hashed again.
///
/// With a `memo`, a short ASCII word seen before takes its classes and character n-gram sum
/// from it: the sum of the same n-grams' weights, as integers, so the same.
#[inline(always)]
pub(super) fn scan_shipped(
    sentence: &str,
    table: &[u8; 1 << SHIPPED.bits],
    on_token: &mut impl OnToken,
    memo: Option<&mut WordMemo>,
) -> Sums {
    let mut scan = Shipped {
        bytes: sentence.as_bytes(),
        table,
        on_token,
        memo,
        p1: BOS,
        c1: BOS,
        c21: pair(BOS, BOS),
        tokens_n: 0,
        word_sum: 0,
        char_sum: 0,
        char_n: 0,
    };
    let mut tokens = tokens(sentence);
    while tokens.next_into(&mut scan) {}
    Sums {
        word_sum: scan.word_sum + weight(table, pair(scan.p1, EOS), 0x22),
        // A unigram, a bigram and two class n-grams per token, and the bigram with the end.
        word_n: 4 * scan.tokens_n + 1,
        char_sum: scan.char_sum,
        char_n: scan.char_n,
    }
}

/// [`scan_shipped`] between two tokens.
struct Shipped<'a, O> {
    bytes: &'a [u8],
    table: &'a [u8; 1 << SHIPPED.bits],
    on_token: &'a mut O,
    memo: Option<&'a mut WordMemo>,
    /// The previous token's hash, its class and the pair of the two classes before this token.
    p1: u64,
    c1: u64,
    c21: u64,
    tokens_n: u32,
    word_sum: i32,
    char_sum: i32,
    char_n: u32,
}

/// The weight in `table` of the n-gram hashed `h` with `seed`.
#[inline(always)]
fn weight(table: &[u8; 1 << SHIPPED.bits], h: u64, seed: u64) -> i32 {
    table[((h ^ seed).wrapping_mul(MIX) >> (64 - SHIPPED.bits)) as usize] as i8 as i32
}

/// The weights of the 4-grams of " " * 3 + word + " ", as `char_ngrams_of::<4, 4>` reads them.
#[inline(always)]
fn char_weights(table: &[u8; 1 << SHIPPED.bits], word: &[u8]) -> i32 {
    let mut sum = 0;
    let mut gram = u32::from_le_bytes([b' '; 4]);
    for &b in word {
        gram = (gram << 8) | NORMAL[b as usize] as u32;
        sum += weight(table, gram as u64, 0x44);
    }
    gram = (gram << 8) | b' ' as u32;
    sum + weight(table, gram as u64, 0x44)
}

/// Inlined where the tokenizer makes each kind of token ([`Tokens::next_into`]), so that
/// every test of the shape below is decided there.
impl<O: OnToken> TakeToken for Shipped<'_, O> {
    #[inline(always)]
    fn take(&mut self, tok: Token) {
        let table = self.table;
        let (h, key) = (tok.hash, tok.key);
        let keyed = key[0] != 0;
        let spelled = matches!(tok.shape, Shape::Word | Shape::Number);
        let (classes, chars, unigram) = match self.memo.as_deref_mut().map(|m| m.slot(h)) {
            Some(slot) if keyed && slot.key == key => {
                (slot.classes, slot.char_sum as i32, slot.unigram as i32)
            }
            slot => {
                let classes = match tok.shape {
                    Shape::Punct(mark) => lexicon::mark_classes(mark),
                    _ => lexicon::classes(h),
                };
                let chars = if spelled {
                    char_weights(table, &self.bytes[tok.start..tok.end])
                } else {
                    0
                };
                let unigram = weight(table, h, 0x11);
                if let Some(slot) = slot.filter(|_| keyed) {
                    *slot = MemoSlot {
                        key,
                        classes,
                        char_sum: chars as i16,
                        unigram: unigram as i8,
                    };
                }
                (classes, chars, unigram)
            }
        };
        self.on_token.token(&tok, classes);
        let c = coarse(&tok, classes);
        let c1c = pair(self.c1, c);
        self.word_sum += unigram
            + weight(table, pair(self.p1, h), 0x22)
            + weight(table, c1c, 0x66)
            + weight(table, pair(self.c21, c), 0x77);
        (self.p1, self.c1, self.c21) = (h, c, c1c);
        self.tokens_n += 1;
        if spelled {
            self.char_sum += chars;
            self.char_n += (tok.end - tok.start) as u32 + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_loop_sums_what_the_general_one_does() {
        let m = Model::embedded();
        assert_eq!(
            m.config, SHIPPED,
            "the shipped loop is for the embedded model"
        );
        let table: &[u8; 1 << SHIPPED.bits] = m.table.try_into().unwrap();
        let mut memo = WordMemo::default();
        // Twice over, the second time mostly from the memo.
        let lines = crate::extract::score::test_lines();
        for s in lines.iter().chain(&lines) {
            let mut general_tokens = Vec::new();
            let general = Sums::general(s, SHIPPED, table, &mut |t: &Token, c| {
                general_tokens.push((t.start, t.end, t.hash, c))
            });
            let mut shipped_tokens = Vec::new();
            let shipped = scan_shipped(
                s,
                table,
                &mut |t: &Token, c| shipped_tokens.push((t.start, t.end, t.hash, c)),
                None,
            );
            assert_eq!(shipped, general, "{s}");
            assert_eq!(shipped_tokens, general_tokens, "{s}");
            // With the memo of every line before.
            let mut memo_tokens = Vec::new();
            let remembered = scan_shipped(
                s,
                table,
                &mut |t: &Token, c| memo_tokens.push((t.start, t.end, t.hash, c)),
                Some(memo.for_table(table)),
            );
            assert_eq!(remembered, general, "{s}");
            assert_eq!(memo_tokens, general_tokens, "{s}");
        }
        assert!(memo.slots.iter().filter(|slot| slot.key[0] != 0).count() > 1000);
    }
}
