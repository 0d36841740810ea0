//! A cheap hash for the extractor's maps whose keys are short and many: the entity layer's
//! names (short strings the article wrote, looked up for every name of every sentence) and the
//! digests behind claim ids (one a claim).

use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map hashed with [`NameHasher`] rather than the default SipHash, for keys no adversary picks.
/// Nothing iterates such maps: the hash decides no output.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<NameHasher>>;

/// A multiply-rotate hash like rustc's `FxHasher`: a few instructions per eight bytes.
#[derive(Default)]
pub(crate) struct NameHasher(u64);

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The bytes of `rest` (at most seven) in one word: with its length, a different word for
/// different bytes. Two overlapping loads rather than a copy.
#[inline]
fn pack(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let head = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let tail = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(head) | u64::from(tail) << 32
    } else if n > 0 {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
    } else {
        0
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        self.add(pack(rest) ^ (rest.len() as u64) << 59);
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The table takes its buckets from the low bits, which the multiplications mix least.
        self.0.rotate_left(26)
    }
}
