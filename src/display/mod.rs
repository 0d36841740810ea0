//! How claimcheck shows things to people, in one place for the extract table, the review screen
//! and the reports: untrusted text made inert, word wrapping by display columns, and figures
//! written as a reader expects them.

pub mod figures;
pub mod inert;
pub mod wrap;

pub use figures::{number, reading, stated};

/// `n` things, with the noun in the singular for one ("1 claim", "3 claims"; a noun whose plural
/// is not its singular and "s" is not for here).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
