//! A ratio is a share, not a count: "one in five adults" is 20 percent, "1 in 10", "two in
//! every three". Read as one figure in percent, its text the whole "one in five".

use super::figure::Figure;
use super::numeral::exact_number;
use super::units::UnitName;
use super::words;
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens};

/// Words after a ratio's second number that make it a time ("2 in 10 days") or an event's place
/// in a series, not a share.
const TIME_NOUNS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades",
];

/// A whole number written at `i` (digits or words, not an indefinite amount): its value and
/// last token.
fn whole(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let (value, last) = exact_number(t, i)?;
    (value >= 1.0 && value.fract() == 0.0).then_some((value, last))
}

/// `v` to four significant digits: 66.67, 7.143e-6 ("one in 14 million" percent).
pub(super) fn significant(v: f64) -> f64 {
    let scale = 10f64.powi(3 - v.abs().log10().floor() as i32);
    (v * scale).round() / scale
}

/// The ratio starting at token `i` ("one in five", "1 in every 10"), using no token at or past
/// `limit`.
pub(super) fn ratio_at(t: &Tokens, i: usize, limit: usize) -> Option<Figure> {
    let (part, part_last) = whole(t, i)?;
    if !t.is(part_last + 1, "in") {
        return None;
    }
    let mut k = part_last + 2;
    if t.is(k, "every") {
        k += 1;
    }
    let (mut of, mut last) = whole(t, k)?;
    // "one in 14 million".
    if let Some(scale) = words::scale_at(t, last + 1, false) {
        of *= scale;
        last += 1;
    }
    if last >= limit || of <= part || t.is_any(last + 1, TIME_NOUNS) {
        return None;
    }
    Some(Figure::hedged(
        t,
        i,
        last,
        significant(part / of * 100.0),
        Some(UnitName::Fixed("percent")),
        Some(Measure::Percent),
    ))
}

/// The name of the ratio of risks or odds that a bare figure starting at token `start` (its
/// hedge included) gives the value of: "adjusted odds ratio 0.07", "hazard ratio was 1.45",
/// "relative risk of 2.1", "odds ratio (OR) 2.87", "(aOR 0.07", "HR = 0.62". A ratio is a
/// factor, never a percentage ([`Measure::Ratio`]).
#[inline]
pub(super) fn ratio_named_before(t: &Tokens, start: usize) -> Option<&'static str> {
    // Most words before a figure are neither a link nor a name ("to", "the", "by"): one look at
    // the first byte of the token before the figure turns them away.
    let before = t.bytes(start.checked_sub(1)?);
    match before.first() {
        Some(b'o' | b'w' | b'i' | b'=' | b':' | b',' | b'r' | b'O' | b'H' | b'R' | b'I')
        | Some(b'a' | b'A' | b')' | b']') => named_ratio(t, start),
        _ => None,
    }
}

/// [`ratio_named_before`] past its first look.
fn named_ratio(t: &Tokens, start: usize) -> Option<&'static str> {
    // Up to two words or signs between the name and the value: "odds ratio was 0.07", "OR =
    // 2.1", "HR: 0.62", "odds ratio, 0.07".
    // The first byte of a token decides most of it: most words before a figure are no link
    // and no name.
    let first_byte = |k: usize| t.bytes(k).first().copied().unwrap_or(0);
    let link = |k: usize| match first_byte(k) {
        b'o' => t.is(k, "of"),
        b'w' => t.is_any(k, &["was", "were"]),
        b'i' => t.is(k, "is"),
        b'=' | b':' | b',' => t.kind(k) == Some(TokKind::Punct),
        _ => false,
    };
    let mut k = start.checked_sub(1)?;
    for _ in 0..2 {
        if link(k) {
            k = k.checked_sub(1)?;
        }
    }
    // Every name ends with "ratio(s)", "risk", an abbreviation or a closing bracket.
    if !matches!(
        first_byte(k),
        b'r' | b'O' | b'H' | b'R' | b'I' | b'a' | b'A' | b')' | b']'
    ) {
        return None;
    }
    // "odds ratio (OR) 2.87": past the bracketed abbreviation.
    if (t.is_punct(k, ')') || t.is_punct(k, ']'))
        && k >= 2
        && abbreviation(t.str(k - 1)).is_some()
        && (t.is_punct(k - 2, '(') || t.is_punct(k - 2, '['))
    {
        k = k.checked_sub(3)?;
    }
    if let Some(name) = abbreviation(t.str(k)) {
        // An abbreviation stands in brackets or after a comma or semicolon ("(OR 0.07",
        // "; HR 0.62"), never as a word of the prose ("OR 5" in a headline in capitals).
        let set_off = k >= 1 && ['(', '[', ',', ';'].iter().any(|&c| t.is_punct(k - 1, c));
        return set_off.then_some(name);
    }
    if t.is_any(k, &["ratio", "ratios"]) && k >= 1 {
        return Some(match () {
            _ if t.is(k - 1, "odds") => "odds ratio",
            _ if t.is(k - 1, "hazard") => "hazard ratio",
            _ if t.is(k - 1, "risk") => "risk ratio",
            _ if t.is(k - 1, "rate") => "rate ratio",
            _ => return None,
        });
    }
    (t.is(k, "risk") && k >= 1 && t.is(k - 1, "relative")).then_some("relative risk")
}

/// The ratio an abbreviation names, as the health pages write it ("OR", "aOR", "HR", "RR",
/// "IRR"): case as written, since "or" is a word.
fn abbreviation(w: &str) -> Option<&'static str> {
    Some(match w {
        "OR" | "aOR" | "AOR" => "odds ratio",
        "HR" | "aHR" | "AHR" => "hazard ratio",
        "RR" | "aRR" => "relative risk",
        "IRR" | "aIRR" => "rate ratio",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{f, figures as read};

    fn share(value: f64, text: &str) -> (f64, Option<String>, String) {
        f(value, "percent", text)
    }

    #[test]
    fn a_ratio_is_a_share_in_percent() {
        assert_eq!(
            read("One in five adults smoked."),
            vec![share(20.0, "One in five")]
        );
        assert_eq!(read("about 1 in 10 homes"), vec![share(10.0, "1 in 10")]);
        assert_eq!(
            read("two in every three voters"),
            vec![share(66.67, "two in every three")]
        );
    }

    #[test]
    fn a_large_ratio_keeps_its_scale() {
        assert_eq!(
            read("The odds are one in 14 million."),
            vec![share(7.143e-6, "one in 14 million")]
        );
    }

    #[test]
    fn a_time_or_a_larger_first_number_is_no_ratio() {
        assert_eq!(read("It rose 2 in 10 days.").len(), 2);
        assert_eq!(read("They won 5 in 3 games.").len(), 2);
    }
}
