//! Claim ids as one extraction hands them out: the digest of a claim's text, and which repeat of
//! that text it is.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::claim::{ClaimDigest, claim_digest, claim_id_of};

/// Hands out claim ids: the first occurrence of a text gets
/// [`claim_id`](crate::claim::claim_id)`(text, 1)`, the n-th repeat (white space aside)
/// `claim_id(text, n)`.
#[derive(Debug, Default)]
pub struct Ids {
    seen: HashMap<u64, usize, BuildHasherDefault<DigestHasher>>,
}

/// The hasher of [`Ids`]' map, whose keys are claim digests, the first bytes of a SHA-256 and as
/// evenly spread as a hash can be: their bytes (as a `u64`) are the hash, without the default
/// hasher's rounds over them.
#[derive(Debug, Default)]
struct DigestHasher(u64);

impl Hasher for DigestHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, digest: u64) {
        self.0 = digest;
    }

    fn finish(&self) -> u64 {
        // The digest's six bytes in the low bits; the table takes its buckets from the low bits
        // and its tags from the top seven, which a multiply by an odd constant fills.
        self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

impl Ids {
    /// The id for the next occurrence of `text`.
    pub fn next(&mut self, text: &str) -> String {
        self.next_of(&claim_digest(text))
    }

    /// The id for the next occurrence of the text whose digest is `digest`.
    pub fn next_of(&mut self, digest: &ClaimDigest) -> String {
        let mut key = [0u8; 8];
        key[..digest.len()].copy_from_slice(digest);
        let n = self.seen.entry(u64::from_le_bytes(key)).or_insert(0);
        *n += 1;
        claim_id_of(digest, *n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_each_text_apart_among_many() {
        let mut ids = Ids::default();
        let texts: Vec<String> = (0..5000).map(|k| format!("Sentence {k}.")).collect();
        for round in 1..=3 {
            for text in &texts {
                assert_eq!(ids.next(text), crate::claim::claim_id(text, round));
            }
        }
    }
}
