//! A claim as JSON, written by hand: byte for byte what `serde_json` gives for a [`Claim`]
//! (compact for `jsonl`, pretty as an element of the top-level list for `json`), at a fraction
//! of the cost — a long article's output is mostly claims. Text that needs no escaping (the
//! usual case, found with one branch-free pass) is copied as it is; the rest, and every
//! floating-point number, goes through `serde_json` itself.
//!
//! The structs are taken apart field by field, so a field added to [`Claim`], [`Quantity`] or
//! [`DateRef`] stops this from compiling until it is written here too; the tests compare the
//! output with `serde_json`'s on real and hostile text.

use crate::claim::{Claim, DateRef, Measure, Qualifier, Quantity};

/// Appends the compact JSON of `claim` (as `serde_json::to_writer` writes it).
pub fn compact(out: &mut Vec<u8>, claim: &Claim) {
    out.reserve(claim.text.len() + 256);
    write_claim(&mut Json::<false> { out, depth: 0 }, claim);
}

/// Appends the pretty JSON of `claim` as an element of a list at depth 1 of an object (as
/// `serde_json::to_writer_pretty` writes it there, without the leading indentation).
pub fn pretty_element(out: &mut Vec<u8>, claim: &Claim) {
    out.reserve(claim.text.len() + 512);
    write_claim(&mut Json::<true> { out, depth: 2 }, claim);
}

/// Writes JSON compact, or pretty with two spaces per level (`PRETTY`).
struct Json<'a, const PRETTY: bool> {
    out: &'a mut Vec<u8>,
    depth: usize,
}

/// A line break and the indentation of up to 31 levels.
const INDENT: &[u8; 63] = b"\n                                                              ";

impl<const PRETTY: bool> Json<'_, PRETTY> {
    #[inline(always)]
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    #[inline(always)]
    fn newline(&mut self) {
        let n = (1 + 2 * self.depth).min(INDENT.len());
        self.out.extend_from_slice(&INDENT[..n]);
    }

    #[inline(always)]
    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
    }

    #[inline(always)]
    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if PRETTY {
            self.newline();
        }
        self.out.push(bracket);
    }

    /// Before an element of a non-empty list or object: a comma after the first, and the
    /// element's line.
    #[inline(always)]
    fn item(&mut self, first: bool) {
        if !first {
            self.out.push(b',');
        }
        if PRETTY {
            self.newline();
        }
    }

    /// A key with its quotes and colon, `quoted` being `"key":`.
    #[inline(always)]
    fn key(&mut self, quoted: &[u8], first: bool) {
        self.item(first);
        self.out.extend_from_slice(quoted);
        if PRETTY {
            self.out.push(b' ');
        }
    }

    fn null(&mut self) {
        self.raw(b"null");
    }

    fn string(&mut self, s: &str) {
        string(self.out, s);
    }

    fn integer(&mut self, n: usize) {
        integer(self.out, n);
    }
}

fn write_claim<const P: bool>(json: &mut Json<P>, claim: &Claim) {
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
    json.open(b'{');
    json.key(b"\"id\":", true);
    json.string(id);
    json.key(b"\"doc\":", false);
    json.integer(*doc);
    json.key(b"\"text\":", false);
    json.string(text);
    json.key(b"\"start\":", false);
    json.integer(*start);
    json.key(b"\"end\":", false);
    json.integer(*end);
    json.key(b"\"kind\":", false);
    json.string(kind.label());
    json.key(b"\"score\":", false);
    float(json.out, *score);
    json.key(b"\"quantities\":", false);
    list(json, quantities, write_quantity);
    json.key(b"\"dates\":", false);
    list(json, dates, write_date);
    json.key(b"\"speaker\":", false);
    match speaker {
        Some(s) => json.string(s),
        None => json.null(),
    }
    json.close(b'}');
}

fn list<T, const P: bool>(json: &mut Json<P>, items: &[T], write: fn(&mut Json<P>, &T)) {
    if items.is_empty() {
        json.raw(b"[]");
        return;
    }
    json.open(b'[');
    for (k, item) in items.iter().enumerate() {
        json.item(k == 0);
        write(json, item);
    }
    json.close(b']');
}

fn write_quantity<const P: bool>(json: &mut Json<P>, q: &Quantity) {
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
    } = q;
    json.open(b'{');
    json.key(b"\"value\":", true);
    number(json.out, *value);
    json.key(b"\"unit\":", false);
    match unit {
        Some(u) => json.string(u),
        None => json.null(),
    }
    json.key(b"\"text\":", false);
    json.string(text);
    json.key(b"\"start\":", false);
    json.integer(*start);
    json.key(b"\"end\":", false);
    json.integer(*end);
    if let Some(upper) = upper {
        json.key(b"\"upper\":", false);
        number(json.out, *upper);
    }
    if let Some(qualifier) = qualifier {
        json.key(b"\"qualifier\":", false);
        json.string(qualifier_name(*qualifier));
    }
    if let Some(measure) = measure {
        json.key(b"\"measure\":", false);
        json.string(measure_name(*measure));
    }
    if *unit_carried {
        json.key(b"\"unit_carried\":", false);
        json.raw(b"true");
    }
    json.close(b'}');
}

fn write_date<const P: bool>(json: &mut Json<P>, d: &DateRef) {
    let DateRef {
        text,
        iso,
        start,
        end,
    } = d;
    json.open(b'{');
    json.key(b"\"text\":", true);
    json.string(text);
    json.key(b"\"iso\":", false);
    match iso {
        Some(iso) => json.string(iso),
        None => json.null(),
    }
    json.key(b"\"start\":", false);
    json.integer(*start);
    json.key(b"\"end\":", false);
    json.integer(*end);
    json.close(b'}');
}

/// The serde names (snake case) of the qualifiers and measures.
fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::UpTo => "up_to",
        Qualifier::LessThan => "less_than",
        Qualifier::Indefinite => "indefinite",
    }
}

fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Count => "count",
        Measure::Percent => "percent",
        Measure::PercentagePoints => "percentage_points",
        Measure::BasisPoints => "basis_points",
        Measure::Money => "money",
        Measure::Age => "age",
        Measure::Magnitude => "magnitude",
        Measure::Duration => "duration",
        Measure::Physical => "physical",
    }
}

fn integer(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A figure as [`serialize_number`](crate::claim) writes it: integral values as integers.
fn number(out: &mut Vec<u8>, value: f64) {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() < EXACT {
        out.extend_from_slice(itoa::Buffer::new().format(value as i64).as_bytes());
    } else {
        float(out, value);
    }
}

/// A float as serde_json writes it ("0.9979", "1.0", null when not finite).
fn float(out: &mut Vec<u8>, value: f64) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &value);
}

/// A JSON string: copied between quotes when nothing in it needs escaping, else escaped by
/// serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let plain = !bytes.iter().fold(false, |found, &b| {
        found | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    } else {
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Options, Source, extract_all};

    /// Claims with every kind of field: the sample, the news articles, and hostile text.
    fn claims() -> Vec<Claim> {
        let hostile = "“Quote \\ with \"marks\",” he said on March 4, 2025.\tTab\u{1b}[31m \
                       181 drones\u{0}, 115 shot down. Between 10 and 12 percent, about $5 \
                       million, 6.3-magnitude, a 77-year-old; 0.5 percent, 1e3 people.";
        let mut texts = vec![
            include_str!("../../../data/odesa-drone-strike.txt").to_string(),
            hostile.to_string(),
        ];
        for entry in
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/news")).unwrap()
        {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        let sources: Vec<Source> = texts
            .iter()
            .map(|text| Source { path: "a", text })
            .collect();
        extract_all(&sources, &Options { min_score: 0.0 }).claims
    }

    #[test]
    fn compact_is_what_serde_json_writes() {
        let claims = claims();
        assert!(
            claims
                .iter()
                .any(|c| c.quantities.iter().any(|q| q.upper.is_some()))
        );
        for claim in &claims {
            let mut ours = Vec::new();
            compact(&mut ours, claim);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(claim).unwrap()
            );
        }
    }

    #[test]
    fn pretty_is_what_serde_json_writes_in_a_list() {
        #[derive(serde::Serialize)]
        struct Outer<'a> {
            claims: &'a [Claim],
        }
        let claims = claims();
        for claim in &claims {
            let whole = serde_json::to_string_pretty(&Outer {
                claims: std::slice::from_ref(claim),
            })
            .unwrap();
            let mut ours = b"{\n  \"claims\": [\n    ".to_vec();
            pretty_element(&mut ours, claim);
            ours.extend_from_slice(b"\n  ]\n}");
            assert_eq!(String::from_utf8(ours).unwrap(), whole);
        }
    }

    #[test]
    fn odd_figures_too() {
        let q = Quantity {
            value: -3.0,
            upper: Some(1e300),
            text: "x".into(),
            unit_carried: true,
            qualifier: Some(Qualifier::AtLeast),
            measure: Some(Measure::PercentagePoints),
            ..Default::default()
        };
        let claim = Claim {
            id: "c1".into(),
            doc: 3,
            text: String::new(),
            start: 0,
            end: 0,
            kind: crate::claim::Kind::Date,
            score: 1.0,
            quantities: vec![q.clone(), Quantity { value: 0.5, ..q }],
            dates: vec![DateRef::default()],
            speaker: Some("\u{7f}\u{1f}".into()),
        };
        let mut ours = Vec::new();
        compact(&mut ours, &claim);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&claim).unwrap()
        );
    }
}
