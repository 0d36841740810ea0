//! A p-value is a probability, not a count nor a percentage: "P<0.001", "(p < 0.001)",
//! "P=0.03", "p-value of 0.04". Read as one figure with no unit, its text from the "P", its sign
//! as the qualifier ("<" is less than), measure `p_value`; it neither lends a unit nor borrows
//! one, and no check adds or compares it.

use super::figure::Figure;
use super::numeral::numeral;
use crate::claim::{Measure, Qualifier};
use crate::extract::tokens::{TokKind, Tokens};

/// The p-value whose number starts at token `i`, using no token at or past `limit`.
pub(super) fn p_value_at(t: &Tokens, i: usize, limit: usize) -> Option<Figure> {
    if t.kind(i) != Some(TokKind::Digits) || i < 2 {
        return None;
    }
    let (qualifier, letter) = sign_before(t, i)?;
    let (value, last) = numeral(t, i)?;
    if last >= limit || !(0.0..=1.0).contains(&value) {
        return None;
    }
    let mut f = Figure::hedged(t, letter, last, value, None, Some(Measure::PValue));
    f.qualifier = qualifier;
    f.lends_nothing = true;
    Some(f)
}

/// The sign or link before the number at `i` and the token of the "P" before it: "P<", "p =",
/// "p-value of", "P value was". The "P" stands alone: set off by a bracket or a stop, or after
/// a space ("HP=2" is no p-value).
fn sign_before(t: &Tokens, i: usize) -> Option<(Option<Qualifier>, usize)> {
    let s = i - 1;
    let qualifier = match t.str(s) {
        "<" => Some(Qualifier::LessThan),
        "≤" => Some(Qualifier::UpTo),
        ">" => Some(Qualifier::MoreThan),
        "≥" => Some(Qualifier::AtLeast),
        "=" => None,
        _ if t.is_any(s, &["of", "was", "is"]) => {
            let value = s.checked_sub(1)?;
            if !t.is(value, "value") {
                return None;
            }
            let letter = value.checked_sub(1)?;
            if is_p(t, letter) {
                return Some((None, letter));
            }
            // "p-value".
            let letter = letter.checked_sub(1)?;
            let hyphen = t.is_joining_hyphen(letter + 1) && is_p(t, letter);
            return hyphen.then_some((None, letter));
        }
        _ => return None,
    };
    let letter = s - 1;
    is_p(t, letter).then_some((qualifier, letter))
}

/// Token `k` is the letter "P" or "p" standing alone, not the end of a word or a name.
fn is_p(t: &Tokens, k: usize) -> bool {
    (t.str(k) == "P" || t.str(k) == "p")
        && (k == 0 || t.gap(k) || t.kind(k - 1) == Some(TokKind::Punct))
}

#[cfg(test)]
mod tests {
    use super::super::quantities;
    use crate::claim::{Measure, Qualifier};

    /// (value, unit, qualifier, text) of every figure in `s`.
    fn read(s: &str) -> Vec<(f64, Option<String>, Option<Qualifier>, String)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.unit, q.qualifier, q.text))
            .collect()
    }

    #[test]
    fn a_p_value_is_no_percent() {
        // QA round 12, item 6.
        let less = Some(Qualifier::LessThan);
        assert_eq!(
            read("(hazard ratio 0.69; 95% confidence interval 0.61 to 0.78; P<0.001).")[3],
            (0.001, None, less, "P<0.001".to_string())
        );
        assert_eq!(
            read("The drug cut deaths by 20% (p < 0.001).")[1],
            (0.001, None, less, "p < 0.001".to_string())
        );
        assert_eq!(
            read("The drug cut deaths by 20% (P=0.03).")[1],
            (0.03, None, None, "P=0.03".to_string())
        );
        assert_eq!(
            read("Deaths fell 20%, with a p-value of 0.04.")[1],
            (0.04, None, None, "p-value of 0.04".to_string())
        );
    }

    #[test]
    fn a_p_value_has_its_own_measure() {
        let found = quantities("The drug cut deaths by 20% (P=0.03).", 0);
        assert_eq!(found[1].measure, Some(Measure::PValue));
    }

    #[test]
    fn a_letter_glued_to_a_word_or_a_large_number_is_no_p_value() {
        assert_eq!(read("HP=2 printers").len(), 0);
        assert_eq!(read("rose 5% (p < 5)")[1].1.as_deref(), Some("percent"));
    }
}
