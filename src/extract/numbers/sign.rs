//! The sign of a figure: "-1.2 percent", "−15C", "(-0.3%)", "+2.5%", "minus 15 degrees".
//!
//! A hyphen, minus sign (U+2212) or plus is a sign only when it is glued to the digits and set off
//! before them: by white space, an opening bracket or the sentence start. So "10-15 people",
//! "the 2024-25 season", "COVID-19", "a 3-1 win" and "F-16" have none, and a telephone number
//! ("+44 20 7946 0958", "+1-555-0100") is still no figure.

use super::numeral::numeral;
use super::units::{self, After};
use super::words;
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens};

/// The sign written before a figure whose text starts at token `first` and whose numeral ends at
/// `last`: its factor (−1 or +1) and its token. `digits` says the numeral is written in digits;
/// a number word takes only "minus" ("minus five degrees").
pub(super) fn sign_before(
    t: &Tokens,
    first: usize,
    last: usize,
    digits: bool,
) -> Option<(f64, usize)> {
    let s = first.checked_sub(1)?;
    if t.is(s, "minus") {
        // "plus or minus 3 points" is a margin (a hedge), not a negative figure.
        if s >= 2 && t.is(s - 1, "or") && t.is(s - 2, "plus") {
            return None;
        }
        // "two minus one" is arithmetic, not a negative figure.
        let after_figure = s >= 1
            && (t.kind(s - 1) == Some(TokKind::Digits) || words::word_at(t, s - 1).is_some());
        return (!after_figure).then_some((-1.0, s));
    }
    let factor = symbol(t, s)?;
    let glued = !t.gap(first);
    let ok = digits && glued && set_off(t, s) && !(factor > 0.0 && dialling_code(t, last));
    ok.then_some((factor, s))
}

/// The sign at token `k` before the digits at `k + 1`, as a range's upper bound after "to" or
/// "and" takes it ("-5 to -3 degrees"): −1 or +1.
pub(super) fn sign_at(t: &Tokens, k: usize) -> Option<f64> {
    if t.kind(k + 1) != Some(TokKind::Digits) {
        return None;
    }
    if t.is(k, "minus") {
        return Some(-1.0);
    }
    let factor = symbol(t, k)?;
    (t.gap(k) && !t.gap(k + 1)).then_some(factor)
}

/// The "+" before the digits at `i` is a sign ("+2.5%"), not part of a telephone number.
pub(super) fn plus_sign(t: &Tokens, i: usize) -> bool {
    let last = numeral(t, i).map_or(i, |(_, last)| last);
    i >= 1 && t.is_punct(i - 1, '+') && set_off(t, i - 1) && !dialling_code(t, last)
}

/// −1 for a hyphen, en dash or minus sign at token `s`, +1 for a plus.
fn symbol(t: &Tokens, s: usize) -> Option<f64> {
    if t.kind(s) != Some(TokKind::Punct) {
        return None;
    }
    match t.str(s) {
        // An en dash stands in for a minus in much copy ("–15C").
        "-" | "\u{2212}" | "\u{2013}" => Some(-1.0),
        "+" => Some(1.0),
        _ => None,
    }
}

/// The sign at token `s` starts a word: after white space, the sentence start or an opening
/// bracket.
pub(super) fn set_off(t: &Tokens, s: usize) -> bool {
    t.gap(s) || (s >= 1 && (t.is_punct(s - 1, '(') || t.is_punct(s - 1, '[')))
}

/// The digits ending at `last` go on as a telephone number does: more digits after a space or
/// after a glued hyphen, dot or bracket ("+44 20 …", "+1-555-0100", "+44(0)20"); not a range
/// that a measure ends ("+3-4%", "+5-10C").
fn dialling_code(t: &Tokens, last: usize) -> bool {
    let next = last + 1;
    match t.kind(next) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Punct) => {
            !t.gap(next)
                && matches!(t.str(next), "-" | "." | "(" | ")")
                && !t.gap(next + 1)
                && t.kind(next + 1) == Some(TokKind::Digits)
                && !(t.is_dash(next) && measured(t, next + 2))
        }
        _ => false,
    }
}

/// A measure no telephone number is followed by starts at token `k`: a percentage, points or a
/// physical unit ("%", "C", "degrees"); a count may follow a number to call ("+1-800 numbers").
fn measured(t: &Tokens, k: usize) -> bool {
    matches!(
        units::after(t, k),
        After::Unit(u) if matches!(
            u.measure,
            Measure::Percent
                | Measure::PercentagePoints
                | Measure::BasisPoints
                | Measure::Physical
        )
    )
}

#[cfg(test)]
mod tests {
    use super::super::quantities;

    /// (value, upper, text) of every figure in `s`, checking that the text is the sentence's.
    fn signed(s: &str) -> Vec<(f64, Option<f64>, String)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| {
                assert_eq!(&s[q.start..q.end], q.text, "{s}");
                (q.value, q.upper, q.text)
            })
            .collect()
    }

    fn v(value: f64, text: &str) -> (f64, Option<f64>, String) {
        (value, None, text.to_string())
    }

    #[test]
    fn a_sign_set_off_before_the_digits_belongs_to_the_figure() {
        assert_eq!(
            signed("GDP growth was -1.2 percent in 2024, the ministry said."),
            vec![v(-1.2, "-1.2 percent")]
        );
        assert_eq!(signed("Prices fell -0.3% in May."), vec![v(-0.3, "-0.3%")]);
        assert_eq!(
            signed("Prices moved (-0.3%) in May."),
            vec![v(-0.3, "-0.3%")]
        );
        assert_eq!(
            signed("It was \u{2212}15 degrees."),
            vec![v(-15.0, "\u{2212}15 degrees")]
        );
        assert_eq!(signed("-4 degrees at dawn"), vec![v(-4.0, "-4 degrees")]);
        let zero = signed("growth of -0.0% in May");
        assert_eq!(zero, vec![v(0.0, "-0.0%")]);
        assert!(zero[0].0.is_sign_positive(), "no negative zero");
        assert_eq!(
            signed("Sales rose +30 percent."),
            vec![v(30.0, "+30 percent")]
        );
        assert_eq!(signed("Sales rose +2.5% in March."), vec![v(2.5, "+2.5%")]);
        assert_eq!(
            signed("a loss of -$5 million"),
            vec![v(-5e6, "-$5 million")]
        );
        // Copy often sets an en dash for the minus; between figures it is a range.
        assert_eq!(
            signed("It fell to \u{2013}15C overnight."),
            vec![v(-15.0, "\u{2013}15C")]
        );
        assert_eq!(
            signed("highs of 3\u{2013}5 degrees"),
            vec![(3.0, Some(5.0), "3\u{2013}5 degrees".to_string())]
        );
    }

    #[test]
    fn a_plus_before_a_range_of_a_measure_is_its_sign() {
        let range = |lo: f64, hi: f64, text: &str| (lo, Some(hi), text.to_string());
        assert_eq!(
            signed("Shares rose +3-4% in early trade."),
            vec![range(3.0, 4.0, "+3-4%")]
        );
        assert_eq!(
            signed("Sales rose (+3-4%) on the news."),
            vec![range(3.0, 4.0, "+3-4%")]
        );
        let found = super::super::quantities("Temperatures (+5-10C above normal)", 0);
        let read: Vec<_> = found
            .iter()
            .map(|q| (q.value, q.upper, q.unit.as_deref(), q.text.as_str()))
            .collect();
        assert_eq!(read, vec![(5.0, Some(10.0), Some("\u{b0}C"), "+5-10C")]);
        // A number to call stays none, with or without a count after it.
        for s in ["call +1-800 numbers", "call +1-555-0100 now"] {
            assert_eq!(signed(s), vec![], "{s}");
        }
    }

    #[test]
    fn a_margin_is_no_sign_but_a_qualifier() {
        use crate::claim::Qualifier::PlusOrMinus;
        for (s, text) in [
            ("a margin of error of \u{b1}3 percent", "\u{b1}3 percent"),
            ("a margin of +/-4 percent", "+/-4 percent"),
            (
                "plus or minus 2.5 percentage points",
                "2.5 percentage points",
            ),
        ] {
            let found = quantities(s, 0);
            assert_eq!(found.len(), 1, "{s}");
            assert_eq!(found[0].text, text, "{s}");
            assert!(found[0].value > 0.0, "{s}");
            assert_eq!(found[0].qualifier, Some(PlusOrMinus), "{s}");
        }
    }

    #[test]
    fn a_count_takes_no_sign() {
        assert_eq!(
            signed("-5 people were injured, police said."),
            vec![v(5.0, "5 people")]
        );
        assert_eq!(signed("+3 soldiers"), vec![v(3.0, "3 soldiers")]);
        assert!(signed("-0 people")[0].0.is_sign_positive());
        assert_eq!(signed("a -10-day wait"), vec![v(10.0, "10-day")]);
    }

    #[test]
    fn minus_negates_digits_and_words() {
        assert_eq!(
            signed("Temperatures fell to minus 15 degrees overnight."),
            vec![v(-15.0, "minus 15 degrees")]
        );
        assert_eq!(
            signed("It was minus five degrees."),
            vec![v(-5.0, "minus five degrees")]
        );
        assert_eq!(
            signed("7 minus 2 is 5"),
            vec![v(7.0, "7"), v(2.0, "2"), v(5.0, "5")]
        );
    }

    #[test]
    fn a_range_may_start_or_end_below_zero() {
        assert_eq!(
            signed("from -3 to 5 degrees"),
            vec![v(-3.0, "-3"), v(5.0, "5 degrees")]
        );
        assert_eq!(
            signed("between -3 and 5 degrees"),
            vec![(-3.0, Some(5.0), "-3 and 5 degrees".to_string())]
        );
        assert_eq!(
            signed("lows of -5 to -3 degrees"),
            vec![(-5.0, Some(-3.0), "-5 to -3 degrees".to_string())]
        );
        assert_eq!(
            signed("lows of -3 to 5 degrees"),
            vec![(-3.0, Some(5.0), "-3 to 5 degrees".to_string())]
        );
        // Below zero the nearer bound may come first: the range still runs upwards.
        assert_eq!(
            signed("lows of −5 to −10C are expected"),
            vec![(-10.0, Some(-5.0), "−5 to −10C".to_string())]
        );
        // "from … to …" stays two figures; the second's unit carries to the first.
        let found = super::super::quantities("it will drop from -3 to -8 degrees", 0);
        let read: Vec<(f64, Option<&str>)> =
            found.iter().map(|q| (q.value, q.unit.as_deref())).collect();
        assert_eq!(read, vec![(-3.0, Some("degrees")), (-8.0, Some("degrees"))]);
        // Above zero a falling range is no range.
        assert_eq!(signed("between 10 and 5 people").len(), 2);
    }

    #[test]
    fn hyphens_inside_ranges_names_scores_and_numbers_are_no_signs() {
        assert_eq!(
            signed("10-15 people were hurt"),
            vec![(10.0, Some(15.0), "10-15 people".to_string())]
        );
        for s in [
            "in the 2024-25 season",
            "cases of COVID-19 rose",
            "an F-16 crashed",
            "call +44 20 7946 0958 now",
            "call +1-555-0100 now",
            "call 555-0100 now",
        ] {
            assert!(
                signed(s).iter().all(|(value, ..)| *value >= 0.0),
                "{s}: {:?}",
                signed(s)
            );
        }
        // The dialling code is no figure (the groups after it were read before signs were).
        for s in ["call +44 20 7946 0958 now", "call +1-555-0100 now"] {
            assert!(signed(s).iter().all(|f| !f.2.starts_with('+')), "{s}");
        }
        assert_eq!(signed("a 3-1 win").first().map(|f| f.0), Some(3.0));
        assert_eq!(signed("a 10 - 15 split").first().map(|f| f.0), Some(10.0));
    }
}
