//! The review screen: a ratatui interface in which a reviewer marks each claim verified, disputed
//! or unclear, with a note and evidence.
//!
//! State and update ([`app`]) know nothing of terminals or files; keys become actions only in
//! [`keymap`]; [`ui`] draws from `&App`; [`terminal`] runs the loop and performs the effects
//! through a [`store::Store`].

pub mod action;
pub mod aids;
pub mod app;
pub mod checks;
pub mod detail;
pub mod events;
pub mod index;
pub mod keymap;
pub mod layout;
pub mod note;
pub mod picker;
pub mod script;
pub mod source;
pub mod store;
pub mod terminal;
pub mod theme;
pub mod ui;

pub use action::Action;
pub use app::{App, Article, Change, Clock, Effect, Setup};
pub use keymap::Keymap;
pub use theme::Theme;
