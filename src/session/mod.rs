//! Sessions: the claims under review with their verdicts, on disk as pretty-printed JSON.

pub mod model;

pub use model::{
    Edit, FORMAT, History, OPEN_GLYPH, Place, Review, ReviewedClaim, Session, Tally, VERSION,
    Verdict, VerdictFilter,
};

use std::path::Path;

use anyhow::{Context, Result, bail};

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

/// Reads and checks a session file. The file is only read, never changed.
pub fn load(path: &Path) -> Result<Session> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read session {}", path.display()))?;
    parse(&text).with_context(|| format!("{} is not a usable session", path.display()))
}

/// Parses and checks a session from its JSON text.
pub fn parse(text: &str) -> Result<Session> {
    let header: serde_json::Value = serde_json::from_str(text)?;
    let format = header.get("format").and_then(|f| f.as_str());
    if format != Some(FORMAT) {
        bail!("its \"format\" is {format:?}, expected \"{FORMAT}\"");
    }
    match header.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => {
            bail!(
                "it is version {v}, newer than this claimcheck reads ({VERSION}); upgrade claimcheck"
            )
        }
        Some(_) => {}
        None => bail!("it has no \"version\""),
    }
    let mut session: Session = serde_json::from_str(text)?;
    if let Some(id) = session.rebuild() {
        bail!("claim id {id} appears twice");
    }
    Ok(session)
}
