//! A numeral's value: digits with thousands separators and a decimal part ("1,400", "6.3"),
//! valued without the float parser where that is exact.

use crate::extract::tokens::{TokKind, Tokens};

/// An exact number at `i`, in digits or in words ("12", "1,400", "twelve"; not "dozens"): its
/// value and last token.
pub(super) fn exact_number(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    match t.kind(i)? {
        TokKind::Digits => numeral(t, i),
        TokKind::Word => {
            let s = super::words::spelled(t, i)?;
            (!s.indefinite).then_some((s.value, s.last))
        }
        TokKind::Punct => None,
    }
}

/// Reads digits with thousands separators and a decimal part at `i`: "1,400", "6.3", "3.40".
pub(super) fn numeral(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let mut buf = [0u8; 40];
    let mut n = 0;
    let mut push = |s: &str, buf: &mut [u8; 40]| -> Option<()> {
        let end = n + s.len();
        buf.get_mut(n..end)?.copy_from_slice(s.as_bytes());
        n = end;
        Some(())
    };
    push(t.str(i), &mut buf)?;
    let mut last = i;
    let glued = |k: usize| !t.gap(k) && !t.gap(k + 1);
    if t.str(i).len() <= 3 {
        while t.is_punct(last + 1, ',') && glued(last + 1) && t.is_digits(last + 2, 3) {
            push(t.str(last + 2), &mut buf)?;
            last += 2;
        }
    }
    if t.is_punct(last + 1, '.') && glued(last + 1) && t.kind(last + 2) == Some(TokKind::Digits) {
        // "1.2.3" is a version or an address, not a figure.
        if t.is_punct(last + 3, '.')
            && !t.gap(last + 3)
            && t.kind(last + 4) == Some(TokKind::Digits)
        {
            return None;
        }
        push(".", &mut buf)?;
        push(t.str(last + 2), &mut buf)?;
        last += 2;
    }
    Some((decimal_value(&buf[..n])?, last))
}

/// The value of ASCII digits with at most one decimal point ("1400", "6.3"), as `str::parse`
/// gives it. Up to 15 digits the mantissa and, up to 22 decimals, the power of ten are exact
/// doubles, so one division is correctly rounded, as the parser is (its own fast path); longer
/// numerals go to the parser.
fn decimal_value(text: &[u8]) -> Option<f64> {
    /// The powers of ten a double holds exactly.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let mut mantissa = 0u64;
    let mut digits = 0;
    let mut decimals = None;
    for &b in text {
        if b.is_ascii_digit() {
            if digits < 15 {
                mantissa = mantissa * 10 + u64::from(b - b'0');
            }
            digits += 1;
            decimals = decimals.map(|d: usize| d + 1);
        } else if b == b'.' && decimals.is_none() {
            decimals = Some(0);
        } else {
            return None;
        }
    }
    match POW10.get(decimals.unwrap_or(0)) {
        Some(&scale) if (1..=15).contains(&digits) => Some(mantissa as f64 / scale),
        _ => std::str::from_utf8(text).ok()?.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::decimal_value;

    #[test]
    fn decimal_values_are_what_the_parser_reads() {
        let mut numerals: Vec<String> = [
            "0",
            "7",
            "007",
            "1400",
            "6.3",
            "3.40",
            "0.1",
            "0.3",
            "2.675",
            "9.95",
            "1.005",
            "123456789012345",
            "1234567890123456",
            "99999999999999999999",
            "4.35",
            "0.000001",
            "12345.678901234",
            "1.2345678901234567",
            "5.",
            "1000000",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // A spread of integers and decimals with up to 15 digits.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 15 + 1) as usize;
            let text = format!("{:0width$}", x % 10u64.pow(digits as u32), width = digits);
            let point = (x >> 40) as usize % (digits + 1);
            numerals.push(text.clone());
            if point < digits {
                numerals.push(format!(
                    "{}.{}",
                    &text[..point.max(1)],
                    &text[point.max(1)..]
                ));
            }
        }
        for numeral in &numerals {
            let parsed: Option<f64> = numeral.parse().ok();
            let value = decimal_value(numeral.as_bytes());
            assert_eq!(
                value.map(f64::to_bits),
                parsed.map(f64::to_bits),
                "{numeral}"
            );
        }
        assert_eq!(decimal_value(b"1.2.3"), None);
    }
}
