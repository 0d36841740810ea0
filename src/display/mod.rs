//! How claimcheck shows things to people, in one place for the extract table, the review screen
//! and the reports: untrusted text made inert, word wrapping by display columns, and figures
//! written as a reader expects them.

pub mod figures;
pub mod inert;
pub mod wrap;

pub use figures::{number, reading, stated};
