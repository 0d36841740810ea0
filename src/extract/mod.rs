//! Text → claims. No I/O, no terminal.

use crate::claim::{Claim, Kind, claim_id};

/// Version of the extraction rules; stored in sessions so that a session made by other rules is
/// noticed.
pub const EXTRACTOR_VERSION: &str = "1";

/// Extracts the claims of one document.
///
/// Interim scaffolding: every line-level sentence becomes a statement. The extractor issue replaces
/// this with the real pipeline.
pub fn extract(text: &str, doc: usize) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(['.', '\n']) {
        let end = i + 1;
        let raw = &text[start..end];
        let trimmed = raw.trim();
        if trimmed.len() > 1 {
            let lead = raw.len() - raw.trim_start().len();
            let s = start + lead;
            let e = s + trimmed.len();
            claims.push(Claim {
                id: claim_id(&text[s..e], 1),
                doc,
                text: text[s..e].to_string(),
                start: s,
                end: e,
                kind: Kind::Statement,
                score: 0.5,
                quantities: Vec::new(),
                dates: Vec::new(),
                speaker: None,
            });
        }
        start = end;
    }
    claims
}
