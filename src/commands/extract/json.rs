//! The `json` format, written claim by claim.
//!
//! `json` is byte for byte what `serde_json::to_writer_pretty` gives for
//! `{ "documents", "claims" }` (and `"rejected"` with `--all`), without holding the claims: each
//! claim is pretty-printed alone and indented into place. Rejected sentences come after all
//! claims, so with `--all` they are held until the end.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{Checked, Sink, write_all, written};
use crate::claim::{Claim, Document};
use crate::extract::Rejected;

/// The `json` format.
pub struct Json<W: Write> {
    out: W,
    all: bool,
    claims: usize,
    rejected: Vec<Rejected>,
    buffer: Vec<u8>,
    scratch: Vec<u8>,
}

impl<W: Write> Json<W> {
    /// Writes to `out`; with `all`, adds the `rejected` list.
    pub fn new(out: W, all: bool) -> Json<W> {
        Json {
            out,
            all,
            claims: 0,
            rejected: Vec::new(),
            buffer: Vec::new(),
            scratch: Vec::new(),
        }
    }
}

/// A top-level list, pretty-printed as serde does it.
fn list<T: Serialize>(out: &mut impl Write, items: &[T]) -> Result<()> {
    if items.is_empty() {
        return write_all(out, b"[]");
    }
    let mut buffer = b"[".to_vec();
    let mut scratch = Vec::new();
    for (k, item) in items.iter().enumerate() {
        buffer.extend_from_slice(if k == 0 { b"\n" } else { b",\n" });
        element(&mut buffer, &mut scratch, item)?;
    }
    buffer.extend_from_slice(b"\n  ]");
    write_all(out, &buffer)
}

/// Appends the pretty JSON of `value` indented by four spaces, as an element of a top-level
/// list; `scratch` is reused between calls.
fn element(out: &mut Vec<u8>, scratch: &mut Vec<u8>, value: &impl Serialize) -> Result<()> {
    scratch.clear();
    serde_json::to_writer_pretty(&mut *scratch, value)?;
    // A line break in JSON text is always between tokens (strings escape theirs).
    out.extend_from_slice(b"    ");
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', scratch) {
        out.extend_from_slice(&scratch[from..at]);
        out.extend_from_slice(b"\n    ");
        from = at + 1;
    }
    out.extend_from_slice(&scratch[from..]);
    Ok(())
}

impl<W: Write> Sink for Json<W> {
    fn start(&mut self, documents: &[Document]) -> Result<()> {
        write_all(&mut self.out, b"{\n  \"documents\": ")?;
        list(&mut self.out, documents)?;
        write_all(&mut self.out, b",\n  \"claims\": [")
    }

    fn document(&mut self, _doc: usize, _document: &Document) -> Result<()> {
        Ok(())
    }

    fn claim(&mut self, claim: &Claim) -> Result<()> {
        let sep: &[u8] = if self.claims == 0 { b"\n" } else { b",\n" };
        self.claims += 1;
        self.buffer.clear();
        self.buffer.extend_from_slice(sep);
        element(&mut self.buffer, &mut self.scratch, claim)?;
        write_all(&mut self.out, &self.buffer)
    }

    fn rejected(&mut self, rejected: &Rejected) -> Result<()> {
        self.rejected.push(rejected.clone());
        Ok(())
    }

    fn document_end(&mut self, _claims: usize, _rejected: usize) -> Result<()> {
        Ok(())
    }

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
        let close: &[u8] = if self.claims == 0 { b"]" } else { b"\n  ]" };
        write_all(&mut self.out, close)?;
        if self.all {
            write_all(&mut self.out, b",\n  \"rejected\": ")?;
            list(&mut self.out, &self.rejected)?;
        }
        if let Some(checked) = checks {
            write_all(&mut self.out, b",\n  \"checks\": ")?;
            list(&mut self.out, &checked.findings)?;
        }
        write_all(&mut self.out, b"\n}\n")?;
        written(self.out.flush())
    }
}

#[cfg(test)]
mod tests {
    use super::super::checks;
    use super::*;
    use crate::claim::Claim;
    use crate::extract::{Extraction, FullExtraction, Options, Source, extract_all};

    fn streamed(full: &FullExtraction, all: bool, checked: Option<&Checked>) -> String {
        let mut out = Vec::new();
        let mut json = Json::new(&mut out, all);
        json.start(&full.documents).unwrap();
        for claim in &full.claims {
            json.claim(claim).unwrap();
        }
        for r in &full.rejected {
            json.rejected(r).unwrap();
        }
        json.finish(checked).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn streaming_gives_what_serde_gives_for_the_whole() {
        let text = include_str!("../../../data/odesa-drone-strike.txt");
        let sources = [
            Source {
                path: "a.txt",
                text,
            },
            Source {
                path: "b.txt",
                text: "",
            },
        ];
        let full = extract_all(&sources, &Options::default());
        let whole = Extraction {
            documents: full.documents.clone(),
            claims: full.claims.clone(),
        };
        let expected = serde_json::to_string_pretty(&whole).unwrap() + "\n";
        assert_eq!(streamed(&full, false, None), expected);
        let expected_all = serde_json::to_string_pretty(&full).unwrap() + "\n";
        assert_eq!(streamed(&full, true, None), expected_all);
        let empty = FullExtraction::default();
        assert_eq!(
            streamed(&empty, true, None),
            serde_json::to_string_pretty(&empty).unwrap() + "\n"
        );
        let findings = crate::checks::check(&full.claims);
        assert!(!findings.is_empty(), "181 fired, 115 shot down");
        // What --checks keeps: the claims with figures and their places.
        let kept: Vec<(usize, Claim)> = full
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.quantities.is_empty())
            .map(|(place, c)| (place, c.clone()))
            .collect();
        let checked = Checked::of(&kept, &full.documents);
        assert_eq!(checked.findings, findings);
        let with_checks = serde_json::to_string_pretty(&checks::with(&whole, &findings)).unwrap();
        assert_eq!(streamed(&full, false, Some(&checked)), with_checks + "\n");
    }
}
