//! Figures in a sentence: digits, separators, decimals, percentages, money, number words, ages,
//! ranges, and the counted noun.
//!
//! Interim scaffolding (bare digit runs, no unit); the numbers work replaces it. The signature is
//! the contract the pipeline calls.

use crate::claim::Quantity;

/// The figures in `sentence`, whose first byte is at `base` in the document; offsets in the
/// result are document offsets.
pub fn quantities(sentence: &str, base: usize) -> Vec<Quantity> {
    let bytes = sentence.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let text = &sentence[start..i];
            found.push(Quantity {
                value: text.parse().unwrap_or(0.0),
                unit: None,
                text: text.to_string(),
                start: base + start,
                end: base + i,
            });
        } else {
            i += 1;
        }
    }
    found
}
