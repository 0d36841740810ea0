//! JSON values as serde_json writes them: numbers, strings and the names of our enums.

use crate::claim::{Measure, Qualifier, integral};
use crate::extract::ascii::{first_json_escape, is_json_escape};

/// A count or an offset.
pub(super) fn unsigned(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A figure as [`crate::claim::serialize_number`] writes it: integral values without a fraction.
pub(super) fn number(out: &mut Vec<u8>, value: f64) {
    match integral(value) {
        Some(whole) => out.extend_from_slice(itoa::Buffer::new().format(whole).as_bytes()),
        None => float(out, value),
    }
}

/// A float as serde_json writes it (shortest round-trip digits, `null` for NaN and infinities).
pub(super) fn float(out: &mut Vec<u8>, value: f64) {
    match ten_thousandths(value) {
        Some(k) => four_decimals(out, k),
        None => serde_json::to_writer(out, &value).expect("writing to memory cannot fail"),
    }
}

/// `value` as `k` ten-thousandths, 0 to 1, when it is exactly the float nearest `k / 10⁴`: what
/// every score is ([`crate::extract::pipeline`] keeps them in ten-thousandths).
fn ten_thousandths(value: f64) -> Option<u16> {
    let scaled = value * 1e4;
    if !(0.0..=1e4).contains(&scaled) {
        return None;
    }
    // Truncation, not `round` (a call to libm); the check below makes it exact either way.
    let k = (scaled + 0.5) as u16;
    ((f64::from(k) / 1e4).to_bits() == value.to_bits()).then_some(k)
}

/// `k` ten-thousandths (at most 10⁴) with the digits serde_json gives the float nearest them:
/// its four decimals without trailing zeros ("0.9333", "0.5", "0.0", "1.0"). No shorter
/// decimal rounds to the same float, since floats near 1 lie far closer together than 10⁻⁴
/// (tested on every `k`). Cheaper than the general shortest-digits search, once per claim.
fn four_decimals(out: &mut Vec<u8>, k: u16) {
    if k == 10_000 {
        out.extend_from_slice(b"1.0");
        return;
    }
    let digits = [k / 1000, k / 100 % 10, k / 10 % 10, k % 10].map(|d| b'0' + d as u8);
    // At least the first decimal ("0.0").
    let kept = 4 - digits[1..].iter().rev().take_while(|&&d| d == b'0').count();
    out.extend_from_slice(b"0.");
    out.extend_from_slice(&digits[..kept]);
}

/// A string known to need no escape (a name of ours), in quotation marks.
pub(super) fn plain_string(out: &mut Vec<u8>, value: &str) {
    debug_assert!(!value.bytes().any(is_json_escape));
    out.push(b'"');
    out.extend_from_slice(value.as_bytes());
    out.push(b'"');
}

/// A [`Qualifier`]'s serde name (tested against serde's).
pub(super) fn qualifier_name(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::UpTo => "up_to",
        Qualifier::LessThan => "less_than",
        Qualifier::Indefinite => "indefinite",
        Qualifier::PlusOrMinus => "plus_or_minus",
    }
}

/// A [`Measure`]'s serde name (tested against serde's).
pub(super) fn measure_name(measure: Measure) -> &'static str {
    match measure {
        Measure::Count => "count",
        Measure::Percent => "percent",
        Measure::PercentagePoints => "percentage_points",
        Measure::BasisPoints => "basis_points",
        Measure::Money => "money",
        Measure::Age => "age",
        Measure::Magnitude => "magnitude",
        Measure::Duration => "duration",
        Measure::Physical => "physical",
        Measure::Score => "score",
        Measure::Rate => "rate",
        Measure::Ratio => "ratio",
        Measure::PValue => "p_value",
    }
}

pub(super) fn optional_string(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => string(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

/// `value` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, the short escapes
/// `\b \t \n \f \r`, and `\u00XX` (lower-case hex) for the other control characters; everything
/// else, non-ASCII included, as it is. Text between escapes is copied in one piece.
pub(super) fn string(out: &mut Vec<u8>, value: &str) {
    let mut rest = value.as_bytes();
    out.push(b'"');
    while let Some(k) = first_escape(rest) {
        out.extend_from_slice(&rest[..k]);
        escape(out, rest[k]);
        rest = &rest[k + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// Where the first byte to escape in `bytes` is, if any: sixteen bytes at a time, the last
/// sixteen overlapping the ones before (known to need no escape) rather than read one by one;
/// under sixteen, the first eight and the last eight.
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let len = bytes.len();
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    if len < 8 {
        return bytes.iter().position(|&b| is_json_escape(b));
    }
    if len < 16 {
        let block = u128::from(word(0)) | u128::from(word(len - 8)) << 64;
        return first_json_escape(block).map(|k| if k < 8 { k } else { len - 8 + (k - 8) });
    }
    let block = |at: usize| u128::from_le_bytes(bytes[at..at + 16].try_into().expect("16 bytes"));
    let last = len - 16;
    let mut at = 0;
    while at < last {
        if let Some(k) = first_json_escape(block(at)) {
            return Some(at + k);
        }
        at += 16;
    }
    first_json_escape(block(last)).map(|k| last + k)
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

    #[test]
    fn an_escape_anywhere_is_written_as_serde_writes_it() {
        // Every length around the eight-byte words, every place, every byte that is escaped,
        // beside plain ASCII and the bytes of a non-ASCII character.
        for len in 1..=26 {
            for at in 0..len {
                for escaped in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
                    for fill in ['a', 'é'] {
                        let mut text: String = std::iter::repeat_n(fill, len).collect();
                        text.replace_range(
                            text.char_indices()
                                .nth(at)
                                .map(|(k, c)| k..k + c.len_utf8())
                                .unwrap(),
                            &escaped.to_string(),
                        );
                        let mut out = Vec::new();
                        string(&mut out, &text);
                        assert_eq!(out, serde_json::to_vec(&text).unwrap(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn names_and_scores_are_written_as_serde_writes_them() {
        use Measure::*;
        use Qualifier::*;
        let measures = [
            Count,
            Percent,
            PercentagePoints,
            BasisPoints,
            Money,
            Age,
            Magnitude,
            Duration,
            Physical,
            Score,
            Rate,
            Ratio,
            PValue,
        ];
        for measure in measures {
            let name = format!("\"{}\"", measure_name(measure));
            assert_eq!(name, serde_json::to_string(&measure).unwrap());
        }
        let qualifiers = [
            About,
            Nearly,
            AtLeast,
            MoreThan,
            UpTo,
            LessThan,
            Indefinite,
            PlusOrMinus,
        ];
        for qualifier in qualifiers {
            let name = format!("\"{}\"", qualifier_name(qualifier));
            assert_eq!(name, serde_json::to_string(&qualifier).unwrap());
        }
        let written = |value: f64| {
            let mut out = Vec::new();
            float(&mut out, value);
            String::from_utf8(out).unwrap()
        };
        for k in 0..=10_000u16 {
            let score = f64::from(k) / 1e4;
            assert_eq!(ten_thousandths(score), Some(k));
            assert_eq!(written(score), serde_json::to_string(&score).unwrap());
        }
        for value in [-0.0, 0.33333, 1.00001, -0.5, 1e-9, f64::NAN, f64::INFINITY] {
            assert_eq!(ten_thousandths(value), None, "{value}");
            assert_eq!(written(value), serde_json::to_string(&value).unwrap());
        }
    }
}
