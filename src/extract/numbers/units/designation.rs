//! A model designation between a figure and what it counts: "12 F-16 jets", "31 M1A1 Abrams
//! tanks", "18 Leopard 2 tanks", "50 million iPhone 15 units", "12 737 MAX jets". The number of a
//! model is part of its name, never a count of its own ("2 tanks"); the noun after the
//! designation is counted, or the designation itself as written when nothing follows ("3 F-16s").

use super::{After, UnitName, counted_noun, time_unit, unit};
use crate::claim::Measure;
use crate::extract::dates::month_or_weekday;
use crate::extract::numbers::figure::is_function_word_any_case;
use crate::extract::tokens::{TokKind, Tokens};

/// The designation starting at token `j`, right after a figure, and what it gives: the noun
/// after it or the designation as written; `None` when no designation starts there.
pub(super) fn designation(t: &Tokens, j: usize) -> Option<After> {
    // Both of the first two shapes open with a capital: it is asked once, here.
    if t.is_capitalised(j)
        && let Some(found) = hyphenated(t, j).or_else(|| glued(t, j))
    {
        return Some(found);
    }
    spaced(t, j)
}

/// "12 F-16 jets", "48 Shahed-136 drones": a capitalised word glued by a hyphen to digits. Without
/// a noun after it, the designation is what is counted, as written: "3 F-16s", "4 Su-25s", "2
/// Mirage-2000". (The word at `j` is capitalised: [`designation`] asks.)
fn hyphenated(t: &Tokens, j: usize) -> Option<After> {
    let shape = t.is_punct(j + 1, '-')
        && !t.gap(j + 1)
        && t.kind(j + 2) == Some(TokKind::Digits)
        && !t.gap(j + 2);
    if !shape {
        return None;
    }
    let plural = t.is(j + 3, "s") && !t.gap(j + 3);
    let end = if plural { j + 3 } else { j + 2 };
    if !plural
        && t.gap(j + 3)
        && let noun @ After::Unit(_) = counted_noun(t, j + 3)
    {
        return Some(noun);
    }
    (t.kind(end + 1) != Some(TokKind::Word) || t.gap(end + 1))
        .then(|| unit(UnitName::Designation(j, end), Measure::Count, end))
}

/// "31 M1A1 Abrams tanks": letters and digits glued, then the noun. (The word at `j` is
/// capitalised: [`designation`] asks.)
fn glued(t: &Tokens, j: usize) -> Option<After> {
    if t.kind(j + 1) != Some(TokKind::Digits) || t.gap(j + 1) {
        return None;
    }
    let end = glued_end(t, j + 1);
    if let noun @ After::Unit(_) = counted_noun(t, end + 1) {
        return Some(noun);
    }
    Some(unit(UnitName::Designation(j, end), Measure::Count, end))
}

/// "18 Leopard 2 tanks", "50 million iPhone 15 units", "12 737 MAX jets", "3 Tesla Model 3
/// cars": names and numbers written apart, at least one of each, then the counted noun; or a
/// designation in the plural, as written ("18 Leopard 2s"). The noun is no unit of time ("killed
/// 5 Hamas 2 days ago" is no model).
fn spaced(t: &Tokens, j: usize) -> Option<After> {
    // A number among the first tokens, one look each: most nouns have none.
    if !(j..j + 4).any(|k| t.kind(k) == Some(TokKind::Digits)) {
        return None;
    }
    // "10 000 people" writes thousands apart: a group led by a zero is no model number.
    if t.kind(j) == Some(TokKind::Digits) && t.bytes(j).first() == Some(&b'0') {
        return None;
    }
    let (mut k, mut named, mut numbered, mut plural) = (j, false, false, false);
    while k < j + 5 && t.gap(k) {
        match t.kind(k) {
            Some(TokKind::Digits) => {}
            Some(TokKind::Word) if is_model_name(t, k) => named = true,
            _ => break,
        }
        // A part is written together: "2A6", "S24", "F-150", "15s".
        let mut end = glued_end(t, k);
        while t.is_joining_hyphen(end + 1) && t.kind(end + 2) == Some(TokKind::Digits) {
            end = glued_end(t, end + 2);
        }
        numbered |= (k..=end).any(|p| t.kind(p) == Some(TokKind::Digits));
        plural = end > k && t.is(end, "s") && t.kind(end - 1) == Some(TokKind::Digits);
        k = end + 1;
    }
    if !(named && numbered) {
        return None;
    }
    if plural {
        return Some(unit(UnitName::Designation(j, k - 1), Measure::Count, k - 1));
    }
    match counted_noun(t, k) {
        After::Unit(u) if u.measure == Measure::Count && !is_time_unit(t, u.name) => {
            Some(After::Unit(u))
        }
        _ => None,
    }
}

/// The last of the tokens glued to token `k` that continue a designation ("2A6", "15s").
fn glued_end(t: &Tokens, k: usize) -> usize {
    let mut end = k;
    while end + 1 < t.len()
        && !t.gap(end + 1)
        && matches!(t.kind(end + 1), Some(TokKind::Word | TokKind::Digits))
    {
        end += 1;
    }
    end
}

/// A word of a model's name: one with a capital letter ("Leopard", "iPhone", "MAX"), and no
/// month, weekday, function word ("The") or name in the plural, which is counted itself
/// ("Palestinians"; "HIMARS" is one).
fn is_model_name(t: &Tokens, k: usize) -> bool {
    let bytes = t.bytes(k);
    let capital = bytes.iter().any(u8::is_ascii_uppercase);
    let plural = bytes.last() == Some(&b's');
    capital && !plural && !month_or_weekday(t.str(k)) && !is_function_word_any_case(t.str(k))
}

/// The counted noun is a unit of time ("days").
fn is_time_unit(t: &Tokens, name: UnitName) -> bool {
    let UnitName::Token(k) = name else {
        return false;
    };
    let mut buf = [0u8; 24];
    crate::extract::tokens::lower(t.str(k), &mut buf).is_some_and(|w| time_unit(w).is_some())
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::tests::{f, figures};

    #[test]
    fn a_number_written_apart_in_a_model_name_is_part_of_the_designation() {
        assert_eq!(
            figures("Germany sent 18 Leopard 2 tanks."),
            vec![f(18.0, "tanks", "18 Leopard 2 tanks")]
        );
        assert_eq!(
            figures("Germany sent 18 Leopard 2A6 tanks."),
            vec![f(18.0, "tanks", "18 Leopard 2A6 tanks")]
        );
        assert_eq!(
            figures("Apple sold 50 million iPhone 15 units last year."),
            vec![f(50e6, "units", "50 million iPhone 15 units")]
        );
        assert_eq!(
            figures("Boeing delivered 12 737 MAX jets in May."),
            vec![f(12.0, "jets", "12 737 MAX jets")]
        );
        assert_eq!(
            figures("It sold 3 Tesla Model 3 cars."),
            vec![f(3.0, "cars", "3 Tesla Model 3 cars")]
        );
        // A name before a designation written together belongs to it.
        assert_eq!(
            figures("Samsung sold 3 million Galaxy S24 phones."),
            vec![f(3e6, "phones", "3 million Galaxy S24 phones")]
        );
        assert_eq!(
            figures("He owns 3 Ford F-150 trucks."),
            vec![f(3.0, "trucks", "3 Ford F-150 trucks")]
        );
        // In the plural the designation is what is counted, as written.
        assert_eq!(
            figures("Apple sold 50 million iPhone 15s."),
            vec![f(50e6, "iPhone 15s", "50 million iPhone 15s")]
        );
    }

    #[test]
    fn names_counted_themselves_and_thousands_written_apart_are_no_models() {
        // A name in the plural is what is counted; the number after it is its own.
        assert_eq!(
            figures("Strikes killed 5 Palestinians and 2 soldiers."),
            vec![
                f(5.0, "palestinians", "5 Palestinians"),
                f(2.0, "soldiers", "2 soldiers")
            ]
        );
        // A unit of time after the number is no model's noun (here a date takes "2 days ago").
        assert_eq!(
            figures("The 5 Hamas 2 days ago")
                .iter()
                .filter(|q| q.1.as_deref() == Some("days"))
                .count(),
            0
        );
        // A name with no number is the noun's modifier, as before.
        assert_eq!(
            figures("Germany sent 31 Abrams tanks."),
            vec![f(31.0, "tanks", "31 Abrams tanks")]
        );
        // A group led by a zero is written thousands, never a model number.
        assert!(
            figures("10 000 Ukrainian refugees")
                .iter()
                .all(|q| q.2 != "10 000 Ukrainian refugees")
        );
        // Without a name, digits after a figure stay a figure of their own.
        assert_eq!(figures("12 737 jets").len(), 2);
    }
}
