//! Date expressions in a sentence: absolute, partial and relative.
//!
//! Interim scaffolding (four-digit years only); the dates work replaces it. The signature is the
//! contract the pipeline calls.

use crate::claim::DateRef;

/// The date expressions in `sentence`, whose first byte is at `base` in the document; offsets in
/// the result are document offsets.
pub fn dates(sentence: &str, base: usize) -> Vec<DateRef> {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .map(|w| {
            let start = w.as_ptr() as usize - sentence.as_ptr() as usize;
            DateRef {
                text: w.to_string(),
                iso: Some(w.to_string()),
                start: base + start,
                end: base + start + w.len(),
            }
        })
        .collect()
}
