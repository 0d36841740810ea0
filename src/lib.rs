//! claimcheck: find the checkable statements in a news article and review them.
//!
//! The pipeline: [`extract`] turns text into [`claim::Claim`]s; a [`session::Session`] holds them with
//! their reviews; [`review`] is the terminal interface; [`export`] writes reports.

pub mod article;
pub mod checks;
pub mod claim;
pub mod commands;
pub mod display;
pub mod export;
pub mod extract;
pub mod fsutil;
pub mod memory;
pub mod review;
pub mod session;
#[cfg(test)]
mod testing;
