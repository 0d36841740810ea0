//! Where a text's ASCII letters are: the run of them from a byte (eight bytes at a time), a bit
//! mask of them over 64 bytes, and the spans of words read from such masks (the pre-filters run
//! on every sentence, and a byte loop per word would cost more than the look at the word).

use super::run;
use crate::extract::ascii;

/// [`letter_run`] out of line, for the rare word that crosses a block of [`WordSpans`].
#[inline(never)]
fn letter_run_cold(bytes: &[u8], i: usize) -> usize {
    letter_run(bytes, i)
}

/// Number of ASCII letters from `i` on (eight bytes at a time: words are the bulk of prose).
#[inline(always)]
pub(super) fn letter_run(bytes: &[u8], i: usize) -> usize {
    letter_run_and_stop(bytes, i).0
}

/// [`letter_run`], and whether the byte that ends the run is from 0x80 on (a UTF-8 character
/// that the word may go on with); false at the end of the bytes. The tokenizer asks both of
/// every word, and the eight bytes that end the run hold that byte already.
#[inline(always)]
pub(super) fn letter_run_and_stop(bytes: &[u8], i: usize) -> (usize, bool) {
    let mut j = i;
    while let Some(chunk) = bytes.get(j..j + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let others = !ascii::letters(x) & ascii::HIGH;
        if others != 0 {
            // Bit 8k + 7, for the first byte k that is no letter: its own high bit in `x`.
            let bit = others.trailing_zeros();
            return (j + (bit / 8) as usize - i, x >> bit & 1 == 1);
        }
        j += 8;
    }
    let n = run(bytes, j, u8::is_ascii_alphabetic);
    (j + n - i, bytes.get(j + n).is_some_and(|&b| b >= 0x80))
}

/// Bit `k` set when byte `at + k` is an ASCII letter, for the (up to) 64 bytes from `at`.
#[inline]
fn letter_bits(bytes: &[u8], at: usize) -> u64 {
    /// Bit 7 of each byte of a mask from [`ascii::letters`], gathered into its low eight bits:
    /// the product puts bit `8k + 7` at bit `56 + k` and nothing else there (no carries).
    fn gather(mask: u64) -> u64 {
        ((mask >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
    }
    let block = bytes.get(at..).unwrap_or_default();
    let block = &block[..block.len().min(64)];
    let mut bits = 0;
    let mut chunks = block.chunks_exact(8);
    let mut shift = 0;
    for chunk in &mut chunks {
        let chunk = <[u8; 8]>::try_from(chunk).unwrap_or_default();
        bits |= gather(ascii::letters(u64::from_le_bytes(chunk))) << shift;
        shift += 8;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Zero bytes pad the last chunk: zero is no letter.
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        bits |= gather(ascii::letters(u64::from_le_bytes(last))) << shift;
    }
    bits
}

/// The runs of ASCII letters in `bytes`, in order, as (start, length).
pub(crate) fn word_spans(bytes: &[u8]) -> WordSpans<'_> {
    let letters = letter_bits(bytes, 0);
    WordSpans {
        bytes,
        block: 0,
        letters,
        starts: letters & !(letters << 1),
    }
}

/// The iterator of [`word_spans`]. The pre-filters run on every sentence, and a byte loop per
/// word costs more than the look at the word: this one marks the letters of 64 bytes at a time
/// in a bit mask, and the letters that follow no letter in another, and reads each word's
/// bounds from them.
pub(crate) struct WordSpans<'a> {
    bytes: &'a [u8],
    /// Where the block of (up to) 64 bytes that the masks describe starts (a multiple of 64).
    block: usize,
    /// Bit `k`: byte `block + k` is an ASCII letter.
    letters: u64,
    /// Bit `k`: a word starts at byte `block + k`, and has not been handed out yet.
    starts: u64,
}

impl WordSpans<'_> {
    /// Moves to the next block in which a word starts; false at the end of the bytes.
    #[inline(never)]
    fn next_block(&mut self) -> bool {
        while self.starts == 0 {
            // A word that runs on from the last byte of the block does not start again.
            let carried = self.letters >> 63;
            self.block += 64;
            if self.block >= self.bytes.len() {
                return false;
            }
            self.letters = letter_bits(self.bytes, self.block);
            self.starts = self.letters & !(self.letters << 1 | carried);
        }
        true
    }
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        if self.starts == 0 && !self.next_block() {
            return None;
        }
        let at = self.starts.trailing_zeros() as usize;
        self.starts &= self.starts - 1;
        let mut len = (self.letters >> at).trailing_ones() as usize;
        let start = self.block + at;
        if at + len == 64 {
            // The word runs on past the block.
            len += letter_run_cold(self.bytes, start + len);
        }
        Some((start, len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_spans_are_the_runs_of_letters() {
        let mut rng = fastrand::Rng::with_seed(0x5a5a);
        let pieces: [&[u8]; 8] = [b"a", b"word", b" ", b", ", b"12", "é".as_bytes(), b"-", b""];
        let mut texts: Vec<Vec<u8>> = (0..3_000)
            .map(|_| {
                let n = rng.usize(0..80);
                (0..n)
                    .flat_map(|_| pieces[rng.usize(..pieces.len())].to_vec())
                    .collect()
            })
            .collect();
        // Runs that end at, cross and fill the blocks of 64 bytes.
        for n in [63, 64, 65, 127, 128, 129, 200] {
            for pad in 0..3 {
                let mut text = vec![b' '; pad];
                text.extend(std::iter::repeat_n(b'x', n));
                text.extend_from_slice(b" y");
                texts.push(text);
            }
        }
        for bytes in &texts {
            let mut expected = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                let n = bytes[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                if n > 0 {
                    expected.push((i, n));
                }
                i += n.max(1);
            }
            assert_eq!(word_spans(bytes).collect::<Vec<_>>(), expected, "{bytes:?}");
        }
    }

    #[test]
    fn letter_runs_and_bits_agree_with_a_byte_by_byte_look() {
        // Every byte value at every offset of a chunk, and runs that cross chunks and ends.
        let mut samples: Vec<Vec<u8>> = (0..=255u8)
            .flat_map(|b| {
                (0..10).map(move |at| {
                    let mut s = b"abcdefghijKLMNOPQRSTUVWXYZ".to_vec();
                    s.insert(at, b);
                    s
                })
            })
            .collect();
        samples.push(b"shot down 1,400 drones.".to_vec());
        samples.push("Zürich\u{a0}10–12 Kyiv’s @[`{ AZaz".as_bytes().to_vec());
        samples.push(Vec::new());
        for bytes in &samples {
            for i in 0..=bytes.len() {
                let letters = bytes[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                assert_eq!(letter_run(bytes, i), letters, "{bytes:?} at {i}");
                let stop = bytes.get(i + letters).is_some_and(|&b| b >= 0x80);
                assert_eq!(
                    letter_run_and_stop(bytes, i),
                    (letters, stop),
                    "{bytes:?} at {i}"
                );
                let bits = letter_bits(bytes, i);
                for k in 0..64 {
                    let letter = bytes.get(i + k).is_some_and(u8::is_ascii_alphabetic);
                    assert_eq!(bits >> k & 1 == 1, letter, "{bytes:?} at {i} + {k}");
                }
            }
        }
    }
}
