//! Text → claims. No I/O, no terminal.

use crate::claim::{Claim, Kind, claim_id};

pub mod dates;
pub mod numbers;
pub mod score;
pub(crate) mod tokens;

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

/// One article to extract from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Path as given by the user (`-` for stdin).
    pub path: &'a str,
    /// The article's text.
    pub text: &'a str,
}

/// Documents and their claims, as `extract --format json` prints them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Extraction {
    /// The documents, indexed by `Claim::doc`.
    pub documents: Vec<crate::claim::Document>,
    /// Every claim of every document, in document order; ids unique across all of them.
    pub claims: Vec<Claim>,
}

/// Describes a document: path, hash and title.
///
/// Interim: the title is the first non-empty line, cut to 80 characters.
pub fn document(path: &str, text: &str) -> crate::claim::Document {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(path);
    crate::claim::Document {
        path: path.to_string(),
        sha256: crate::claim::sha256_hex(text.as_bytes()),
        title: title.chars().take(80).collect(),
        url: None,
        published: None,
    }
}

/// Extracts several documents into one list of claims whose ids are unique across all of them (a
/// repeated text gets an occurrence suffix, see [`claim_id`]).
pub fn extract_documents(sources: &[Source]) -> Extraction {
    let mut seen = std::collections::HashMap::new();
    let mut documents = Vec::with_capacity(sources.len());
    let mut claims = Vec::new();
    for (doc, source) in sources.iter().enumerate() {
        documents.push(document(source.path, source.text));
        for mut claim in extract(source.text, doc) {
            let n = seen.entry(claim.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                claim.id = claim_id(&claim.text, *n);
            }
            claims.push(claim);
        }
    }
    Extraction { documents, claims }
}
