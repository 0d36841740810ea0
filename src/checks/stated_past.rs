//! What may stand between a change's last level and the change stated after it, besides a
//! phrase of time or place ([`states_change`]): a place set off by a comma ("down from 21,000
//! watts near Earth, a fall of 92%") and attributions ("down from 4.83 per cent a month ago,
//! according to Moneyfacts, a fall of 0.22 percentage points"), a dash as good as a comma
//! ("… according to financial information service Moneyfacts - a fall of …").

use super::between::attribution;
use super::change::{CLAUSE, adjunct_phrase};
use super::direction::{DOWN, UP};
use super::figures::words;
use super::levels::{states_change, time_phrase};

/// Prepositions of place that open a phrase of the level's own ("near Earth", "off the coast").
const PLACE: &[&str] = &[
    "near", "off", "outside", "inside", "beyond", "around", "within", "under", "above",
];

/// "near Earth", "off the coast of Florida": a short phrase of place, no change or clause in it.
fn place_phrase(w: &[String]) -> bool {
    (2..=6).contains(&w.len())
        && PLACE.contains(&w[0].as_str())
        && w.iter().all(|w| {
            let w = w.as_str();
            !UP.contains(&w) && !DOWN.contains(&w) && !CLAUSE.contains(&w)
        })
}

/// The level's own phrase before a comma: nothing, a phrase of time ("a month ago"), of
/// place ("near Earth") or another adjunct ("in the 2024 race").
fn own_phrase(segment: &str) -> bool {
    let w = words(segment);
    let as_str: Vec<&str> = w.iter().map(String::as_str).collect();
    let timed = {
        let mut rest = &as_str[..];
        for _ in 0..2 {
            rest = &rest[time_phrase(rest)..];
        }
        rest.is_empty()
    };
    timed || place_phrase(&w) || adjunct_phrase(segment)
}

/// `gap` (the text between the last level and a figure) is the level's own phrase, then
/// attributions or a phrase of place set off by commas or dashes, then the words that state a
/// change: "a month ago, according to Moneyfacts, a fall of"; "near Earth - a fall of".
pub(super) fn phrases_then_change(gap: &str) -> bool {
    // Cheapest first: a comma or a dash, and nothing that ends a clause.
    let set_off = gap.contains([',', '—']) || gap.contains(" - ") || gap.contains(" – ");
    if !set_off || gap.contains([';', '.', ':', '(', ')']) {
        return false;
    }
    // A dash sets a phrase off as a comma does ("… Moneyfacts - a fall of", "near Earth — a").
    let mut segments: Vec<&str> = gap
        .split([',', '—'])
        .flat_map(|s| s.split(" - "))
        .flat_map(|s| s.split(" – "))
        .collect();
    let Some(change) = segments.pop() else {
        return false;
    };
    let first = segments.remove(0);
    let attributed = segments.iter().all(|s| attribution(s));
    // (One comma and a phrase of time or an adjunct alone is `stated_change`'s own reading.)
    let place = place_phrase(&words(first));
    (place || !segments.is_empty())
        && attributed
        && own_phrase(first)
        && states_change(&words(change))
}

#[cfg(test)]
mod tests {
    use super::super::tests::the_one;
    use super::super::{Outcome, Relation};
    use super::phrases_then_change;

    #[test]
    fn a_stated_change_after_an_attribution_or_a_place() {
        // QA round 21, item M-9.
        for (text, arithmetic) in [
            (
                "The rate stood at 4.71 per cent on Tuesday, down from 4.83 per cent a month ago, \
                 according to Moneyfacts, a fall of 0.22 percentage points.",
                "4.71 − 4.83 = −0.12 points ≠ the stated change of 0.22",
            ),
            (
                "The arrays will produce only 850 watts, down from 21,000 watts near Earth, a \
                 fall of 92%.",
                "(850 − 21,000) ÷ 21,000 = −95.95 % ≠ the stated change of 92 %",
            ),
            (
                "The average two-year fixed rate stood at 4.71 per cent on Tuesday, down from \
                 4.83 per cent a month ago, according to financial information service \
                 Moneyfacts - a fall of 0.22 percentage points.",
                "4.71 − 4.83 = −0.12 points ≠ the stated change of 0.22",
            ),
            (
                "At Jupiter, sunlight is about 25 times weaker than at Earth, so the arrays will \
                 produce only about 850 watts, down from 21,000 watts near Earth - a fall of 92%.",
                "(850 − 21,000) ÷ 21,000 = −95.95 % ≠ the stated change of 92 %",
            ),
        ] {
            assert_eq!(
                the_one(text, Relation::Change),
                (Outcome::Inconsistent, arithmetic.to_string()),
                "{text}"
            );
        }
        assert_eq!(
            the_one(
                "The rate stood at 4.71 per cent on Tuesday, down from 4.83 per cent a month \
                 ago, according to Moneyfacts, a fall of 0.12 percentage points.",
                Relation::Change
            )
            .0,
            Outcome::Consistent
        );
    }

    #[test]
    fn past_an_attribution_or_a_place() {
        for gap in [
            " a month ago, according to Moneyfacts, a fall of ",
            ", according to Moneyfacts, a fall of ",
            " near Earth, a fall of ",
            " in 2024, the agency said, an increase of ",
            " a month ago, according to financial information service Moneyfacts - a fall of ",
            " near Earth - a fall of ",
            " near Earth — a fall of ",
            " near Earth—a fall of ",
        ] {
            assert!(phrases_then_change(gap), "{gap}");
        }
        for gap in [
            " a month ago, while costs rose, a fall of ",
            " near Earth, which rose, a fall of ",
            " near Earth and Mars, a fall of ",
            " a month ago, a fall of ",
            " a month ago; according to Moneyfacts, a fall of ",
            " near Earth - which rose - a fall of ",
        ] {
            assert!(!phrases_then_change(gap), "{gap}");
        }
    }
}
