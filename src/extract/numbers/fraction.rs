//! A fraction of something is a share, as a ratio is ([`super::ratio`]): "about a third of the
//! total" is 33.33 percent, "two-thirds of voters" 66.67, "a quarter of households" 25, "half of
//! all adults" 50. Read only before "of", so that an ordinal ("the third day", "third-largest"),
//! a time ("the third quarter", "a quarter past", "half-time") or a kind ("a third party") is
//! no share; nor is a fraction of an amount ("a quarter of a percentage point", "half of 2024")
//! or of a time ("a quarter of an hour", "the first half of the year"); a fraction of a spelled
//! amount is that part of it ("half a million pounds", "a quarter of a million pounds").

use super::figure::Figure;
use super::ratio::significant;
use super::units::{self, After, UnitName};
use super::words::{self, NumWord};
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens, WordSet, lower};

/// The denominator a fraction word names, singular or plural ("third", "thirds" → 3).
pub(super) fn denominator(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"half" => 2.0,
        b"third" | b"thirds" => 3.0,
        b"quarter" | b"quarters" | b"fourth" | b"fourths" => 4.0,
        b"fifth" | b"fifths" => 5.0,
        b"sixth" | b"sixths" => 6.0,
        b"seventh" => 7.0,
        b"eighth" => 8.0,
        b"ninth" | b"ninths" => 9.0,
        _ => return None,
    })
}

/// The denominator of the fraction word at token `k`, and whether it is written in the plural.
fn fraction_word(t: &Tokens, k: usize) -> Option<(f64, bool)> {
    if t.kind(k) != Some(TokKind::Word) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = lower(t.str(k), &mut buf)?;
    let plural = w.ends_with('s');
    denominator(w.as_bytes()).map(|d| (d, plural))
}

/// Words before a fraction that make it a part, not a share: "the first half of the year", "the
/// northern half of the country", "the other half of".
const PART_BEFORE: WordSet = WordSet::new(&[
    "the", "this", "each", "every", "its", "their", "first", "second", "third", "fourth", "last",
    "final", "other", "latter", "former", "top", "bottom", "upper", "lower", "back", "front",
    "northern", "southern", "eastern", "western",
]);

/// Determiners between "of" and the whole: "of the total", "of all adults", "of these 10 …".
const DETERMINERS: WordSet = WordSet::new(&[
    "the", "this", "that", "these", "those", "each", "every", "all", "its", "their", "our", "his",
    "her", "your", "my",
]);

/// Nouns after "of" that make a fraction a time: "a quarter of the season", "half of the year".
const TIME_NOUNS: WordSet = WordSet::new(&[
    "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century",
    "season", "game", "match", "term", "session", "period",
]);

/// The fraction read at token `i` ([`fraction_span`]) when "of" follows it ("a third of",
/// "two-thirds of", "three quarters of", "half of"), using no token at or past `limit`.
pub(super) fn fraction_at(
    t: &Tokens,
    i: usize,
    (share, last): (f64, usize),
    limit: usize,
) -> Option<Figure> {
    // "between two-thirds and three-quarters of voters", "a third to a half of": a range of
    // shares of the whole named after the second.
    let second = |k: usize| match t.is_any(k, &["a", "an"]) && t.is(k + 1, "half") {
        true => Some((0.5, k + 1)),
        false => fraction_span(t, k),
    };
    let range = t
        .is_any(last + 1, &["and", "to", "or"])
        .then(|| second(last + 2))
        .flatten()
        .filter(|&(upper, _)| upper > share);
    let (upper, last) = match range {
        Some((upper, end)) => (Some(upper), end),
        None => (None, last),
    };
    let of = last + 1;
    if of >= limit || !t.is(of, "of") || (i >= 1 && t.is_in(i - 1, &PART_BEFORE)) {
        return None;
    }
    // Of a whole, not of an amount or a time: "a quarter of a point", "half of 2024".
    let mut whole = of + 1;
    if t.is_any(whole, &["a", "an", "one"]) {
        return None;
    }
    if t.is_in(whole, &DETERMINERS) {
        whole += 1;
    }
    let amount = t.kind(whole) == Some(TokKind::Digits) || words::word_at(t, whole).is_some();
    if amount || t.is_in(whole, &TIME_NOUNS) {
        return None;
    }
    let mut figure = Figure::hedged(
        t,
        i,
        last,
        significant(share * 100.0),
        Some(UnitName::Fixed("percent")),
        Some(Measure::Percent),
    );
    figure.upper = upper.map(|u| significant(u * 100.0));
    figure.lends_nothing = true;
    Some(figure)
}

/// A fraction (read by [`fraction_span`]) of a spelled amount: (share, the amount's first
/// token). "a quarter of a million", "three quarters of a billion" ("half a million" is read by
/// the caller). Only a spelled number follows "of": "a quarter of a point" stays no figure.
pub(super) fn of_spelled_amount(t: &Tokens, (share, last): (f64, usize)) -> Option<(f64, usize)> {
    let at = last + 2;
    (t.is(last + 1, "of") && words::spelled(t, at).is_some()).then_some((share, at))
}

/// A part (`share`) of the amount at `at`, the figure starting at `i`: "half a percent", "half a
/// million pounds", "half an hour", "a quarter of a million pounds". A unit after a spelled
/// amount is the figure's ("half a million pounds" is money); a counted noun is left to the
/// sentence, as before.
pub(super) fn part_of_amount(t: &Tokens, i: usize, share: f64, at: usize) -> Option<Figure> {
    let (value, last, unit, measure) = if let Some(s) = words::spelled(t, at) {
        match units::after(t, s.last + 1) {
            After::Unit(u) if u.measure != Measure::Count => {
                (s.value * share, u.last, Some(u.name), Some(u.measure))
            }
            _ => (s.value * share, s.last, None, None),
        }
    } else {
        match units::after(t, at + 1) {
            After::Unit(u) if u.measure != Measure::Count => {
                (share, u.last, Some(u.name), Some(u.measure))
            }
            _ => return None,
        }
    };
    Some(Figure::hedged(t, i, last, value, unit, measure))
}

/// The fraction at `i`: (share, last token). "half"; "a" / "an" / "one" and a singular
/// fraction ("a third", "one-fifth"); a smaller number and a plural one ("two-thirds", "three
/// quarters").
pub(super) fn fraction_span(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    // Every fraction opens with a word ("half", "a", "two"): a figure in digits, the common
    // case, is turned away before the words are compared.
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    if t.is(i, "half") {
        return Some((0.5, i));
    }
    let numerator = if t.is_any(i, &["a", "an"]) {
        1.0
    } else {
        match words::word_at(t, i)? {
            NumWord::Small(n) if n >= 1 => f64::from(n),
            _ => return None,
        }
    };
    let k = if t.is_joining_hyphen(i + 1) {
        i + 2
    } else {
        i + 1
    };
    let (denominator, plural) = fraction_word(t, k)?;
    // "a third", "one-half"; "two-thirds" (not "two third", nor "a thirds").
    let agrees = (numerator == 1.0) != plural;
    // "one half" but not "a half of": that is "half of".
    let written = !(denominator == 2.0 && t.is_any(i, &["a", "an"]));
    (agrees && written && numerator < denominator).then_some((numerator / denominator, k))
}

#[cfg(test)]
mod tests {
    use super::super::quantities;
    use super::super::tests::{f, figures as read};
    use crate::claim::Qualifier;

    fn share(value: f64, text: &str) -> (f64, Option<String>, String) {
        f(value, "percent", text)
    }

    #[test]
    fn two_fractions_of_one_whole_are_a_range_of_shares() {
        let range = |s: &str| {
            quantities(s, 0)
                .into_iter()
                .map(|q| (q.value, q.upper, q.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            range("Between two-thirds and three-fourths of voters backed it."),
            vec![(
                66.67,
                Some(75.0),
                "two-thirds and three-fourths".to_string()
            )]
        );
        assert_eq!(
            range("It cost a third to a half of the budget."),
            vec![(33.33, Some(50.0), "a third to a half".to_string())]
        );
        // Not a range: the second is smaller, or is no fraction of the same whole.
        assert_eq!(
            range("Half and a third of them left.").len(),
            1,
            "only the share before \"of\""
        );
    }

    #[test]
    fn a_fraction_of_something_is_a_share_in_percent() {
        assert_eq!(
            read("It fell to about a third of the total."),
            vec![share(33.33, "a third")]
        );
        assert_eq!(
            read("The shares lost about a fifth of their value."),
            vec![share(20.0, "a fifth")]
        );
        assert_eq!(
            read("Two-thirds of voters backed it."),
            vec![share(66.67, "Two-thirds")]
        );
        assert_eq!(
            read("three quarters of the staff"),
            vec![share(75.0, "three quarters")]
        );
        assert_eq!(
            read("A quarter of households, half of all adults and one-fifth of firms"),
            vec![
                share(25.0, "A quarter"),
                share(50.0, "half"),
                share(20.0, "one-fifth")
            ]
        );
    }

    #[test]
    fn a_fraction_of_a_spelled_amount_is_that_part_of_it_with_its_currency() {
        assert_eq!(
            read("The first time the figure has passed a quarter of a million pounds."),
            vec![f(250_000.0, "GBP", "a quarter of a million pounds")]
        );
        assert_eq!(
            read("The council paid half a million pounds for the site."),
            vec![f(500_000.0, "GBP", "half a million pounds")]
        );
        assert_eq!(
            read("It cost three quarters of a billion dollars."),
            vec![f(
                750_000_000.0,
                "USD",
                "three quarters of a billion dollars"
            )]
        );
        assert_eq!(
            read("Half a million people marched."),
            vec![f(500_000.0, "", "Half a million")]
        );
    }

    #[test]
    fn a_share_keeps_its_hedge() {
        let found = quantities("It lost about a fifth of its value.", 0);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].qualifier, Some(Qualifier::About));
        let found = quantities("more than half of the workers", 0);
        assert_eq!(found[0].qualifier, Some(Qualifier::MoreThan));
        let found = quantities("a poll showing that two-thirds of the people agree", 0);
        assert_eq!(found[0].value, 66.67, "{found:#?}");
    }

    #[test]
    fn a_share_lends_no_unit_to_a_bare_figure() {
        let found = quantities(
            "Two-thirds of them voted for the dollar twenty-five, and 10 against.",
            0,
        );
        assert!(found[1..].iter().all(|q| q.unit.is_none()), "{found:#?}");
    }

    #[test]
    fn an_ordinal_a_time_or_a_kind_is_no_share() {
        for s in [
            "Profit rose in the third quarter.",
            "It was the third time in a week.",
            "It is the third-largest bank.",
            "They met at a quarter past nine.",
            "A third party was involved.",
            "Sales fell in the first half of the year.",
            "The score was level at half-time.",
            "They waited a quarter of an hour.",
            "It rose by a quarter of a percentage point.",
            "on the third day of the talks",
            "the northern half of the country",
            "More than half of these 10 million jobs",
        ] {
            assert!(
                read(s)
                    .iter()
                    .all(|(_, unit, _)| unit.as_deref() != Some("percent")),
                "{s}: {:?}",
                read(s)
            );
        }
    }
}
