//! Sessions: the claims under review with their verdicts, on disk as pretty-printed JSON.
//!
//! [`model`] is the data, [`place`] where the reviewer was; [`check`] reads a file and refuses what cannot be used; [`store`] holds a
//! session open for review with its [`lock`] and [`journal`]; [`reextract`] follows a changed
//! article; [`list`] finds the sessions in a folder; [`kept`] tells which files hold review work, and [`guard`] what an output may not
//! replace.

pub mod check;
mod claim_de;
pub mod guard;
pub mod journal;
pub mod kept;
pub mod list;
pub mod lock;
pub mod model;
pub mod place;
pub mod reattach;
pub mod reextract;
pub mod report;
pub mod reviewer;
pub mod stale;
pub mod stamp;
pub mod store;

pub use journal::Change;
pub use model::{
    Edit, FORMAT, History, OPEN_GLYPH, Place, Review, ReviewedClaim, Session, Tally, VERSION,
    Verdict, VerdictFilter,
};
pub use report::{Notice, OpenReport, Reextraction};
pub use store::{Opened, Store};

use std::path::Path;

use anyhow::{Context, Result};

use crate::fsutil::write_atomic;

/// Serialises a session the way it is stored: pretty printed, keys in a fixed order, a final
/// newline.
pub fn to_json(session: &Session) -> String {
    let mut json = serde_json::to_string_pretty(session).expect("a session always serialises");
    json.push('\n');
    json
}

/// Writes a session atomically.
pub fn save(session: &Session, path: &Path) -> Result<()> {
    write_atomic(path, to_json(session).as_bytes())
}

/// Reads and checks a session file, with the changes its journal holds when a claimcheck is
/// reviewing it or crashed before folding them in: what the reviewer last saw. Only reads, never
/// changes a file (no lock is taken; the articles are not looked at).
pub fn load(path: &Path) -> Result<Session> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read session {}", path.display()))?;
    let mut session = check::parse_bytes(&bytes)
        .map_err(anyhow::Error::new)
        .with_context(|| format!("cannot open session {}", path.display()))?;
    if let Some(journal) = journal::read(&journal::journal_path(path))?
        && journal.session_sha256 == crate::claim::sha256_hex(&bytes)
    {
        // A change that does not fit stops the replay; what fitted before it is still the best
        // picture of the reviewer's work.
        let _ = journal::replay(&mut session, &journal.changes);
    }
    Ok(session)
}

/// Parses and checks a session from its JSON text.
pub fn parse(text: &str) -> Result<Session> {
    Ok(check::parse_bytes(text.as_bytes())?)
}
