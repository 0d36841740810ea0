//! Claim ids as one extraction hands them out: the digest of a claim's text, and which repeat of
//! that text it is.

use super::hash::HashMap;
use crate::claim::{ClaimDigest, claim_digest, claim_id_of};

/// Hands out claim ids: the first occurrence of a text gets
/// [`claim_id`](crate::claim::claim_id)`(text, 1)`, the n-th repeat (white space aside)
/// `claim_id(text, n)`.
#[derive(Debug, Default)]
pub struct Ids {
    seen: HashMap<ClaimDigest, usize>,
}

impl Ids {
    /// The id for the next occurrence of `text`.
    pub fn next(&mut self, text: &str) -> String {
        self.next_of(&claim_digest(text))
    }

    /// The id for the next occurrence of the text whose digest is `digest`.
    pub fn next_of(&mut self, digest: &ClaimDigest) -> String {
        let n = self.seen.entry(*digest).or_insert(0);
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
