//! The `jsonl` format: one claim per line.
//!
//! A claim's line is written here field by field rather than through serde: the output is about
//! two and a half times the size of the input, and serde_json's string escaping (a table look-up
//! per byte, a write per run) cost a tenth of all the instructions of `extract`. The bytes are
//! exactly what `serde_json::to_writer` gives for a [`Claim`] (tested on every claim of the test
//! articles and on crafted ones), and the writer destructures each struct it writes, so a field
//! added to one of them does not compile until it is written here too.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

mod values;

use super::{Checked, Sink, checks, write_all, written};
use crate::claim::{Claim, DateRef, Document, Quantity};
use crate::extract::Rejected;
use values::{
    float, measure_name, number, optional_string, plain_string, qualifier_name, string, unsigned,
};

/// The `jsonl` format: one claim per line; with `--all`, the rejected sentences in document
/// order among them, marked `"rejected": true`.
pub struct Lines<W: Write> {
    out: W,
    /// Lines not yet handed to `out`.
    buffer: Vec<u8>,
}

/// Bytes of lines gathered before they go to `out` in one write: more than a `BufWriter`
/// holds, so that it passes them on without copying them again.
const LINES_BUFFER: usize = 64 << 10;

impl<W: Write> Lines<W> {
    /// Writes to `out`.
    pub fn new(out: W) -> Lines<W> {
        Lines {
            out,
            buffer: Vec::with_capacity(LINES_BUFFER + 4096),
        }
    }

    /// Ends the line written into the buffer; hands the buffer to `out` once it is full.
    fn end_line(&mut self) -> Result<()> {
        self.buffer.push(b'\n');
        if self.buffer.len() < LINES_BUFFER {
            return Ok(());
        }
        self.write_buffer()
    }

    fn write_buffer(&mut self) -> Result<()> {
        let result = write_all(&mut self.out, &self.buffer);
        self.buffer.clear();
        result
    }
}

/// Lines still in the buffer go to `out` as a `BufWriter` of its own would send them, so that
/// a run that stops early has written every line it made.
impl<W: Write> Drop for Lines<W> {
    fn drop(&mut self) {
        let _ = self.out.write_all(&self.buffer);
    }
}

/// A rejected sentence on a JSON line, told apart from claims by `"rejected": true`.
#[derive(Serialize)]
struct RejectedLine<'a> {
    rejected: bool,
    #[serde(flatten)]
    sentence: &'a Rejected,
}

impl<W: Write> Sink for Lines<W> {
    fn start(&mut self, _documents: &[Document]) -> Result<()> {
        Ok(())
    }

    fn document(&mut self, _doc: usize, _document: &Document) -> Result<()> {
        Ok(())
    }

    fn claim(&mut self, claim: &Claim) -> Result<()> {
        write_claim(&mut self.buffer, claim);
        self.end_line()
    }

    fn rejected(&mut self, rejected: &Rejected) -> Result<()> {
        let line = RejectedLine {
            rejected: true,
            sentence: rejected,
        };
        serde_json::to_writer(&mut self.buffer, &line)?;
        self.end_line()
    }

    fn document_end(&mut self, _claims: usize, _rejected: usize) -> Result<()> {
        Ok(())
    }

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
        self.write_buffer()?;
        if let Some(checked) = checks {
            checks::write_jsonl(&mut self.out, &checked.findings)?;
        }
        written(self.out.flush())
    }
}

/// Appends `claim` as compact JSON, as `serde_json::to_writer` writes it.
fn write_claim(out: &mut Vec<u8>, claim: &Claim) {
    let Claim {
        id,
        doc,
        text,
        start,
        end,
        kind,
        score,
        quantities,
        dates,
        speaker,
    } = claim;
    out.extend_from_slice(b"{\"id\":");
    string(out, id);
    out.extend_from_slice(b",\"doc\":");
    unsigned(out, *doc);
    out.extend_from_slice(b",\"text\":");
    string(out, text);
    offsets(out, *start, *end);
    out.extend_from_slice(b",\"kind\":");
    plain_string(out, kind.label());
    out.extend_from_slice(b",\"score\":");
    float(out, *score);
    out.extend_from_slice(b",\"quantities\":");
    list(out, quantities, write_quantity);
    out.extend_from_slice(b",\"dates\":");
    list(out, dates, write_date);
    out.extend_from_slice(b",\"speaker\":");
    optional_string(out, speaker.as_deref());
    out.push(b'}');
}

/// `,"start":…,"end":…`: the byte offsets every claim, quantity and date carries.
fn offsets(out: &mut Vec<u8>, start: usize, end: usize) {
    out.extend_from_slice(b",\"start\":");
    unsigned(out, start);
    out.extend_from_slice(b",\"end\":");
    unsigned(out, end);
}

fn write_quantity(out: &mut Vec<u8>, quantity: &Quantity) {
    let Quantity {
        value,
        unit,
        text,
        start,
        end,
        upper,
        qualifier,
        measure,
        unit_carried,
    } = quantity;
    out.extend_from_slice(b"{\"value\":");
    number(out, *value);
    out.extend_from_slice(b",\"unit\":");
    optional_string(out, unit.as_deref());
    out.extend_from_slice(b",\"text\":");
    string(out, text);
    offsets(out, *start, *end);
    // The optional keys are left out when empty (`skip_serializing_if`).
    if let Some(upper) = upper {
        out.extend_from_slice(b",\"upper\":");
        number(out, *upper);
    }
    if let Some(qualifier) = qualifier {
        out.extend_from_slice(b",\"qualifier\":");
        plain_string(out, qualifier_name(*qualifier));
    }
    if let Some(measure) = measure {
        out.extend_from_slice(b",\"measure\":");
        plain_string(out, measure_name(*measure));
    }
    if *unit_carried {
        out.extend_from_slice(b",\"unit_carried\":true");
    }
    out.push(b'}');
}

fn write_date(out: &mut Vec<u8>, date: &DateRef) {
    let DateRef {
        text,
        iso,
        start,
        end,
    } = date;
    out.extend_from_slice(b"{\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"iso\":");
    optional_string(out, iso.as_deref());
    offsets(out, *start, *end);
    out.push(b'}');
}

fn list<T>(out: &mut Vec<u8>, items: &[T], write: fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Kind, Measure, Qualifier};
    use crate::extract::{Options, Source, extract_all};

    fn written(claim: &Claim) -> String {
        let mut out = Vec::new();
        write_claim(&mut out, claim);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_claim_of_the_test_articles_is_written_as_serde_writes_it() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/news");
        let mut texts = vec![include_str!("../../../data/odesa-drone-strike.txt").to_string()];
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        let sources: Vec<Source> = texts
            .iter()
            .map(|text| Source {
                path: "a.txt",
                text,
            })
            .collect();
        let options = Options { min_score: 0.0 };
        let claims = extract_all(&sources, &options).claims;
        assert!(claims.len() > 100, "{}", claims.len());
        let with = |test: fn(&Quantity) -> bool| {
            claims
                .iter()
                .flat_map(|c| &c.quantities)
                .filter(|q| test(q))
                .count()
        };
        // The optional keys all occur.
        assert!(with(|q| q.upper.is_some()) > 0);
        assert!(with(|q| q.qualifier.is_some()) > 0);
        assert!(with(|q| q.measure.is_some()) > 0);
        assert!(with(|q| q.unit_carried) > 0);
        assert!(with(|q| q.value.fract() != 0.0) > 0);
        assert!(claims.iter().any(|c| c.speaker.is_some()));
        for claim in &claims {
            assert_eq!(written(claim), serde_json::to_string(claim).unwrap());
        }
    }

    #[test]
    fn crafted_claims_are_written_as_serde_writes_them() {
        let mut strings: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        strings.extend(
            [
                "",
                "plain text longer than eight bytes",
                "\u{201c}quoted\u{201d} \u{2014} caf\u{e9} \u{1f600}",
                "tab\there \"quotes\" and back\\slash, line\nbreak\r\u{0}\u{1f}\u{7f}",
                "\"\"\"\"\"\"\"\"\"",
                "exactly8",
                "sixteen bytes!!\n",
            ]
            .map(String::from),
        );
        let values = [
            0.0,
            -0.0,
            181.0,
            -3.0,
            63.5,
            1e-7,
            1.5e300,
            9_007_199_254_740_992.0,
            f64::NAN,
            f64::INFINITY,
        ];
        for (k, text) in strings.iter().enumerate() {
            let value = values[k % values.len()];
            let claim = Claim {
                id: format!("c{k:012x}"),
                doc: k,
                text: text.clone(),
                start: k * 7,
                end: usize::MAX - k,
                kind: Kind::ALL[k % Kind::ALL.len()],
                score: value,
                quantities: vec![
                    Quantity {
                        value,
                        unit: Some(text.clone()),
                        text: text.clone(),
                        upper: Some(value + 1.0),
                        qualifier: Some(Qualifier::AtLeast),
                        measure: Some(Measure::PercentagePoints),
                        unit_carried: true,
                        ..Quantity::default()
                    },
                    Quantity::default(),
                ],
                dates: vec![
                    DateRef {
                        text: text.clone(),
                        iso: Some(text.clone()),
                        start: 1,
                        end: 2,
                    },
                    DateRef::default(),
                ],
                speaker: (k % 2 == 0).then(|| text.clone()),
            };
            assert_eq!(written(&claim), serde_json::to_string(&claim).unwrap());
        }
    }
}
