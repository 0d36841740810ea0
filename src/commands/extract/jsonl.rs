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

use super::{Checked, Sink, checks, write_all, written};
use crate::claim::{Claim, DateRef, Document, Quantity, integral};
use crate::extract::Rejected;
use crate::extract::ascii::{is_json_escape, json_escapes};

/// The `jsonl` format: one claim per line; with `--all`, the rejected sentences in document
/// order among them, marked `"rejected": true`.
pub struct Lines<W: Write> {
    out: W,
    buffer: Vec<u8>,
}

impl<W: Write> Lines<W> {
    /// Writes to `out`.
    pub fn new(out: W) -> Lines<W> {
        Lines {
            out,
            buffer: Vec::new(),
        }
    }

    /// Writes the line in the buffer.
    fn flush_line(&mut self) -> Result<()> {
        self.buffer.push(b'\n');
        write_all(&mut self.out, &self.buffer)
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
        self.buffer.clear();
        write_claim(&mut self.buffer, claim);
        self.flush_line()
    }

    fn rejected(&mut self, rejected: &Rejected) -> Result<()> {
        self.buffer.clear();
        let line = RejectedLine {
            rejected: true,
            sentence: rejected,
        };
        serde_json::to_writer(&mut self.buffer, &line)?;
        self.flush_line()
    }

    fn document_end(&mut self, _claims: usize, _rejected: usize) -> Result<()> {
        Ok(())
    }

    fn finish(&mut self, checks: Option<&Checked>) -> Result<()> {
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
    string(out, kind.label());
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
        serde_name(out, qualifier);
    }
    if let Some(measure) = measure {
        out.extend_from_slice(b",\"measure\":");
        serde_name(out, measure);
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

fn unsigned(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A figure as [`crate::claim::serialize_number`] writes it: integral values without a fraction.
fn number(out: &mut Vec<u8>, value: f64) {
    match integral(value) {
        Some(whole) => out.extend_from_slice(itoa::Buffer::new().format(whole).as_bytes()),
        None => float(out, value),
    }
}

/// A float as serde_json writes it (shortest round-trip digits, `null` for NaN and infinities).
fn float(out: &mut Vec<u8>, value: f64) {
    serde_json::to_writer(out, &value).expect("writing to memory cannot fail");
}

/// A unit enum by its serde name (`"at_least"`, `"percentage_points"`).
fn serde_name(out: &mut Vec<u8>, value: &impl Serialize) {
    serde_json::to_writer(out, value).expect("writing to memory cannot fail");
}

fn optional_string(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => string(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

/// `value` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, the short escapes
/// `\b \t \n \f \r`, and `\u00XX` (lower-case hex) for the other control characters; everything
/// else, non-ASCII included, as it is. Eight bytes are tested at a time, and text between escapes
/// is copied in one piece.
fn string(out: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    out.push(b'"');
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let next = match bytes.get(at..at + 8) {
            Some(word) => {
                let word = u64::from_le_bytes(word.try_into().expect("eight bytes"));
                match json_escapes(word) {
                    0 => {
                        at += 8;
                        continue;
                    }
                    mask => at + (mask.trailing_zeros() / 8) as usize,
                }
            }
            None => match bytes[at..].iter().position(|&b| is_json_escape(b)) {
                Some(k) => at + k,
                None => break,
            },
        };
        out.extend_from_slice(&bytes[run..next]);
        escape(out, bytes[next]);
        at = next + 1;
        run = at;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

fn escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        b'\t' => b't',
        b'\n' => b'n',
        0x0c => b'f',
        b'\r' => b'r',
        _ => {
            let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xf)]];
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&hex);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
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
