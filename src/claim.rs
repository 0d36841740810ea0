//! Plain data types that cross every stage: documents, claims, figures and dates.
//!
//! These are the JSON contract of `../shared/DESIGN.md`: `extract --format json` prints them and a
//! session stores them. Keys may be added (with `#[serde(default)]` so older files still load);
//! the required keys never change meaning.

use serde::{Deserialize, Serialize, Serializer};
use sha2::{Digest, Sha256};

/// One article under review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Path as given on the command line (or `-` for stdin).
    pub path: String,
    /// Hex SHA-256 of the article's bytes: tells whether the article changed since extraction.
    pub sha256: String,
    /// The article's headline, or the file stem when it has none.
    pub title: String,
    /// Where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date (ISO 8601, possibly partial), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

/// The main kind of a claim, by what a checker would look up first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Carries a figure: a count, amount, percentage, age.
    Quantity,
    /// A direct quotation with its speaker.
    Quote,
    /// Anchored on a date.
    Date,
    /// Reported speech or a report attributed to a source ("Sky News reported that …").
    Attribution,
    /// Any other checkable statement.
    Statement,
}

impl Kind {
    /// Every kind, in the order filters cycle through them.
    pub const ALL: [Kind; 5] = [
        Kind::Quantity,
        Kind::Quote,
        Kind::Date,
        Kind::Attribution,
        Kind::Statement,
    ];

    /// The JSON name, also used as the short label on screen.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Quantity => "quantity",
            Kind::Quote => "quote",
            Kind::Date => "date",
            Kind::Attribution => "attribution",
            Kind::Statement => "statement",
        }
    }
}

/// A figure found in a claim: "181 drones", "a 77-year-old", "three others", "15.5 percent".
///
/// Build one with `..Default::default()` so that fields added later do not break callers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number; integral values are written without a fraction (`181`, not `181.0`).
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    /// The counted noun or measure ("drones", "percent", "years", "USD"), when one is found.
    pub unit: Option<String>,
    /// The figure as written in the article.
    pub text: String,
    /// Byte offset of `text` in the document.
    pub start: usize,
    /// Byte offset just past `text` in the document.
    pub end: usize,
    /// Upper bound of a range ("10–12 people", "three-to-six percent"); `value` is the lower one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_optional_number"
    )]
    pub upper: Option<f64>,
    /// How the article hedges the figure ("about", "at least", "more than", "nearly").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// What the figure measures (a count, a percentage, money, an age, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// The unit is not written beside the figure but carried from the sentence ("… 181 drones
    /// …, shot down 115" → 115 drones).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unit_carried: bool,
}

/// How a figure is hedged in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "about", "around", "approximately", "roughly", "some", "an estimated".
    About,
    /// "nearly", "almost", "close to", "just under": a little below the figure.
    Nearly,
    /// "at least", "no fewer than": the figure or more.
    AtLeast,
    /// "more than", "over", "above", "past", "in excess of": above the figure.
    MoreThan,
    /// "up to", "at most", "as many as": the figure or fewer.
    UpTo,
    /// "less than", "fewer than", "under", "below": below the figure.
    LessThan,
    /// A round indefinite amount: "hundreds", "dozens", "tens of thousands" (value is the order
    /// of magnitude).
    Indefinite,
    /// A margin, "±3 percent", "plus or minus 2 points": the figure is how far either way.
    PlusOrMinus,
}

impl Qualifier {
    /// The words shown to a reader ("about", "at least", …).
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::AtLeast => "at least",
            Qualifier::MoreThan => "more than",
            Qualifier::UpTo => "up to",
            Qualifier::LessThan => "less than",
            Qualifier::Indefinite => "indefinite",
            Qualifier::PlusOrMinus => "plus or minus",
        }
    }
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A number of things: the unit is the counted noun ("181 drones").
    Count,
    /// A percentage ("15.5 percent", "3.40%").
    Percent,
    /// A difference of percentages ("7.5 percentage points", "by 7.5 points").
    PercentagePoints,
    /// Hundredths of a percentage point ("50 basis points", "50 bps").
    BasisPoints,
    /// An amount of money; the unit is the ISO 4217 code ("USD", "EUR").
    Money,
    /// Someone's age ("77-year-old"); the unit is "years" (or "months" for a baby).
    Age,
    /// An earthquake magnitude ("6.3-magnitude").
    Magnitude,
    /// A length of time ("in 80 years", "a 10-day ceasefire").
    Duration,
    /// A physical measurement ("10 kilometers", "5 tonnes").
    Physical,
    /// A match result ("lost 1-3"): the value is the first side's score; it reads as written.
    Score,
    /// A number per a base ("23.6 per 100,000 people", "12 doctors per 1,000 residents"); the
    /// unit is what is counted and its base as written ("per 100,000 people").
    Rate,
    /// A ratio of two risks or odds ("odds ratio 0.07", "hazard ratio 1.45", "relative risk
    /// 2.1") or its confidence interval: a factor, never a percentage; the unit names the ratio.
    Ratio,
    /// A p-value ("P<0.001", "P=0.03"): a probability, never a count or a percentage; no unit,
    /// its sign as the qualifier.
    PValue,
}

/// A date expression: absolute, partial or relative.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DateRef {
    /// The expression as written ("March 4, 2025", "last week").
    pub text: String,
    /// ISO 8601, possibly partial ("2025-03-04", "2025-03", "2022"); null when relative.
    pub iso: Option<String>,
    /// Byte offset of `text` in the document.
    #[serde(default)]
    pub start: usize,
    /// Byte offset just past `text` in the document.
    #[serde(default)]
    pub end: usize,
}

/// A checkable statement found in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id derived from the text; see [`claim_id`].
    pub id: String,
    /// Index of the document in the list of documents.
    pub doc: usize,
    /// Exactly `document_text[start..end]`.
    pub text: String,
    /// Byte offset of the claim in the document's UTF-8 text.
    pub start: usize,
    /// Byte offset just past the claim.
    pub end: usize,
    /// Main kind.
    pub kind: Kind,
    /// Check-worthiness, 0 to 1.
    pub score: f64,
    /// Figures in the claim, in text order.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Date expressions in the claim, in text order.
    #[serde(default)]
    pub dates: Vec<DateRef>,
    /// Who said it, for a quote or attributed statement; full name where the article gives one.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// The stable id of a claim: `c` + the first 12 hex digits of SHA-256 over the claim's text with
/// every run of white space folded to one space and the ends trimmed; the `n`-th repeat of the same
/// text in a session (`occurrence` ≥ 2) gets the suffix `-n`.
///
/// The id depends on nothing but the text, so editing other parts of an article keeps it.
pub fn claim_id(text: &str, occurrence: usize) -> String {
    claim_id_of(&claim_digest(text), occurrence)
}

/// The part of the SHA-256 that a claim id shows (see [`claim_id`]): equal digests, equal ids.
pub type ClaimDigest = [u8; 6];

/// The first bytes of the SHA-256 of `text` with its white space folded (see [`claim_id`]).
pub fn claim_digest(text: &str) -> ClaimDigest {
    let mut hasher = Sha256::new();
    if is_folded(text.as_bytes()) {
        // Most sentences are single-spaced already: one update instead of two per word.
        hasher.update(text.as_bytes());
    } else {
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 {
                hasher.update(b" ");
            }
            hasher.update(word.as_bytes());
        }
    }
    let digest = hasher.finalize();
    let mut short = [0u8; 6];
    short.copy_from_slice(&digest[..6]);
    short
}

/// The id for a digest from [`claim_digest`] and an occurrence (see [`claim_id`]).
pub fn claim_id_of(digest: &ClaimDigest, occurrence: usize) -> String {
    // Written on the stack, then allocated once at its length: `extract` makes one per claim.
    let mut id = [0u8; 1 + 12 + 1 + 20];
    id[0] = b'c';
    write_hex(&mut id[1..13], digest);
    let mut len = 13;
    if occurrence >= 2 {
        id[len] = b'-';
        let mut number = itoa::Buffer::new();
        let digits = number.format(occurrence).as_bytes();
        id[len + 1..len + 1 + digits.len()].copy_from_slice(digits);
        len += 1 + digits.len();
    }
    String::from_utf8(id[..len].to_vec()).expect("an id is ASCII")
}

/// Whether `text` is its own white-space folding: no white space at either end, none inside but
/// single ASCII spaces. `split_whitespace` splits at `char::is_whitespace`: ASCII tab, line
/// feed, vertical tab, form feed, carriage return and space, and U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
fn is_folded(bytes: &[u8]) -> bool {
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // A branch-free look at every byte (the compiler vectorises it) clears most sentences: no
    // ASCII white space but single spaces, and no lead byte of a Unicode space other than the
    // E2 of common punctuation (curly quotes, dashes), which is checked where it occurs.
    let (doubled, suspect) = spacing_marks(bytes);
    if doubled || suspect && !is_folded_slowly(bytes) {
        return false;
    }
    memchr::memchr_iter(0xE2, bytes).all(|k| !is_unicode_space_at(bytes, k))
}

/// Whether `bytes` holds two spaces in a row (`doubled`), and whether it holds a byte that may
/// be or start white space other than a space (`suspect`).
///
/// Blocks of 32 byte pairs are judged whole, branch free, which the compiler turns into vector
/// instructions; the last few pairs too, copied into a block padded with zero bytes (a zero is
/// neither a space nor a suspect), rather than one by one: a sentence's tail is as long as a
/// third of a typical sentence.
fn spacing_marks(bytes: &[u8]) -> (bool, bool) {
    const BLOCK: usize = 32;
    let may_space = |b: u8| (b'\t'..=b'\r').contains(&b) | (b == 0xC2) | (b == 0xE1) | (b == 0xE3);
    let Some((&first, rest)) = bytes.split_first() else {
        return (false, false);
    };
    // Each pair is a byte beside the one before it.
    let (before, after) = (&bytes[..rest.len()], rest);
    let (mut doubled, mut suspect) = (0u8, u8::from(may_space(first)));
    let mut judge = |a: &[u8], b: &[u8]| {
        for k in 0..BLOCK {
            doubled |= u8::from(a[k] == b' ') & u8::from(b[k] == b' ');
            suspect |= u8::from(may_space(b[k]));
        }
    };
    let blocks = before.chunks_exact(BLOCK).zip(after.chunks_exact(BLOCK));
    for (a, b) in blocks {
        judge(a, b);
    }
    let tail = before.len() - before.len() % BLOCK;
    if tail < before.len() {
        let (mut a, mut b) = ([0u8; BLOCK], [0u8; BLOCK]);
        let n = before.len() - tail;
        a[..n].copy_from_slice(&before[tail..]);
        b[..n].copy_from_slice(&after[tail..]);
        judge(&a, &b);
    }
    (doubled != 0, suspect != 0)
}

/// The E2-led Unicode spaces: U+2000–U+200A, U+2028, U+2029, U+202F, U+205F.
fn is_unicode_space_at(bytes: &[u8], k: usize) -> bool {
    match bytes.get(k + 1..k + 3) {
        Some(&[0x80, c]) => matches!(c, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
        Some(&[0x81, c]) => c == 0x9F,
        _ => false,
    }
}

/// [`is_folded`] byte by byte, for text with a byte that may start white space.
fn is_folded_slowly(bytes: &[u8]) -> bool {
    let mut previous = 0u8;
    for (k, &b) in bytes.iter().enumerate() {
        let spacing = match b {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
            b' ' => previous == b' ',
            0xC2 => matches!(bytes.get(k + 1), Some(0x85 | 0xA0)),
            0xE1 => bytes.get(k + 1..k + 3) == Some(&[0x9A, 0x80]),
            0xE2 => is_unicode_space_at(bytes, k),
            0xE3 => bytes.get(k + 1..k + 3) == Some(&[0x80, 0x80]),
            _ => false,
        };
        if spacing {
            return false;
        }
        previous = b;
    }
    true
}

/// Appends the lower-case hex digits of `bytes`.
/// Writes `bytes` as lower-case hex digits into `out`, two per byte.
fn write_hex(out: &mut [u8], bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = HEX[usize::from(b >> 4)];
        pair[1] = HEX[usize::from(b & 15)];
    }
}

/// Hex SHA-256 of some bytes (documents are identified by it).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut hex = [0u8; 64];
    write_hex(&mut hex, &Sha256::digest(bytes));
    String::from_utf8(hex.to_vec()).expect("hex is ASCII")
}

/// Writes integral numbers as JSON integers (`181`) and others as decimals (`63.5`).
pub(crate) fn serialize_number<S: Serializer>(
    value: &f64,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match integral(*value) {
        Some(whole) => serializer.serialize_i64(whole),
        None => serializer.serialize_f64(*value),
    }
}

/// `value` as an integer, when [`serialize_number`] writes it as one.
pub(crate) fn integral(value: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: beyond it f64 has no fractions anyway
    // `as` truncates, exactly below 2^53; comparing back is cheaper than `fract` (a libm call).
    let whole = value as i64;
    (value.abs() < EXACT && whole as f64 == value).then_some(whole)
}

/// Like [`serialize_number`] for an optional figure (only called when it is present).
fn serialize_optional_number<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_number(v, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_ignores_white_space_layout_but_not_words() {
        let a = claim_id("Ukraine shot down 115.", 1);
        assert_eq!(a, claim_id("  Ukraine  shot\ndown 115. ", 1));
        assert_ne!(a, claim_id("Ukraine shot down 116.", 1));
        assert!(a.starts_with('c') && a.len() == 13, "{a}");
    }

    /// The id as the rule defines it: SHA-256 over the words joined by single spaces.
    fn id_by_definition(text: &str) -> String {
        let folded: Vec<&str> = text.split_whitespace().collect();
        let digest = Sha256::digest(folded.join(" ").as_bytes());
        let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        format!("c{hex}")
    }

    #[test]
    fn ids_fold_every_kind_of_white_space() {
        let spaces = [
            " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2000}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        ];
        // Look-alikes that are not white space must not be folded.
        let others = [
            "\u{200b}", "\u{2010}", "\u{a1}", "\u{1681}", "\u{3001}", "é", "’", "x",
        ];
        let mut rng = fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.usize(..n);
        // Up to 40 pieces: long enough for the blocks of [`spacing_marks`], short enough for
        // most texts to hold only a few kinds of space.
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..next(40) {
                let piece = match next(3) {
                    0 => spaces[next(spaces.len())],
                    1 => others[next(others.len())],
                    _ => "word",
                };
                text.push_str(piece);
            }
            assert_eq!(claim_id(&text, 1), id_by_definition(&text), "{text:?}");
        }
        assert_eq!(claim_id("", 1), id_by_definition(""));
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn repeated_text_gets_an_occurrence_suffix() {
        let first = claim_id("Same words.", 1);
        assert_eq!(claim_id("Same words.", 2), format!("{first}-2"));
        assert_eq!(claim_id("Same words.", 1234), format!("{first}-1234"));
        let longest = claim_id("Same words.", usize::MAX);
        assert_eq!(longest, format!("{first}-{}", usize::MAX));
    }

    #[test]
    fn integral_figures_serialise_without_fraction() {
        let q = Quantity {
            value: 181.0,
            unit: Some("drones".into()),
            text: "181 drones".into(),
            start: 0,
            end: 10,
            ..Default::default()
        };
        let json = serde_json::to_string(&q).unwrap();
        assert!(json.contains("\"value\":181,"), "{json}");
        let rate = Quantity { value: 63.5, ..q };
        assert!(serde_json::to_string(&rate).unwrap().contains("63.5"));
    }

    #[test]
    fn kinds_use_their_json_names() {
        for kind in Kind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.label()));
        }
    }
}
