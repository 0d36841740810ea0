//! Multipliers: "three times higher", "two to three times the rate" are a factor
//! ([`Measure::Ratio`](crate::claim::Measure::Ratio), unit "times"), never a count of what the
//! sentence names ("the true number of deaths was likely three times higher" is no 3 deaths).

use crate::extract::tokens::{Tokens, WordSet};

/// Words after "N times" that make it a factor: a comparative ("three times higher", "five
/// times more likely"), "as" ("twice as", "three times as many") or what is multiplied ("three
/// times the rate", "four times that of 2020").
const MULTIPLIED: WordSet = WordSet::new(&[
    "higher", "lower", "more", "less", "fewer", "greater", "larger", "bigger", "smaller", "faster",
    "slower", "longer", "shorter", "heavier", "stronger", "deadlier", "worse", "better", "cheaper",
    "costlier", "wider", "deeper", "richer", "poorer", "likelier", "as", "the", "that", "what",
    "its", "their", "his", "her", "this", "those", "these",
]);

/// Periods that a demonstrative after "N times" names, which make it how often ("visited the
/// clinic five times this year", "three times that week"), not what is multiplied.
const PERIODS: WordSet = WordSet::new(&[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "season",
    "seasons",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "decade",
    "century",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "term",
    "session",
    "quarter",
    "half",
    "time",
    "past",
]);

/// The word at `k`, after "N times", makes the figure a factor ([`MULTIPLIED`]); a demonstrative
/// before a period ("five times this year") is a frequency's, unless the period owns what is
/// multiplied ("three times that year's total").
pub(super) fn multiplier_follows(t: &Tokens, k: usize) -> bool {
    if !(t.gap(k) && t.is_in(k, &MULTIPLIED)) {
        return false;
    }
    let when = t.is_any(k, &["this", "that", "these", "those"]) && t.is_in(k + 1, &PERIODS);
    let owns = t.is_punct(k + 2, '\'') || t.is_punct(k + 2, '’');
    !when || owns
}

#[cfg(test)]
mod tests {
    use super::super::quantities;
    use super::super::tests::{f, figures};
    use crate::claim::Measure;

    #[test]
    fn a_multiplier_is_a_factor_not_a_count() {
        // QA round 15, item b-2.
        let found = quantities(
            "He said the true number of deaths was likely three times higher.",
            0,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].value, 3.0);
        assert_eq!(found[0].unit.as_deref(), Some("times"));
        assert_eq!(found[0].measure, Some(Measure::Ratio));
        assert_eq!(found[0].text, "three times");
        let found = quantities(
            "The true number of cases was likely two to three times higher.",
            0,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].value, found[0].upper), (2.0, Some(3.0)));
        assert_eq!(found[0].measure, Some(Measure::Ratio));
        assert_eq!(
            figures("Deaths rose to 40, three times the number a year ago.")[1],
            f(3.0, "times", "three times")
        );
    }

    #[test]
    fn how_often_in_a_period_is_no_factor() {
        // (QA round 16, item 11: "five times this year" read as a ratio.)
        for s in [
            "She has visited the clinic five times this year.",
            "The team lost three times that week.",
            "He was arrested twice this month and four times last year.",
        ] {
            let found = quantities(s, 0);
            assert!(
                found.iter().all(|q| q.measure != Some(Measure::Ratio)),
                "{s}: {found:?}"
            );
        }
        let found = quantities("Sales were three times that year's total.", 0);
        assert_eq!(found[0].measure, Some(Measure::Ratio), "{found:?}");
        let found = quantities("The rate is four times this level.", 0);
        assert_eq!(found[0].measure, Some(Measure::Ratio), "{found:?}");
    }

    #[test]
    fn how_often_borrows_no_noun() {
        // "five times" is how often he visited, not five people.
        assert_eq!(
            figures("Ten people died, and he visited five times."),
            vec![f(10.0, "people", "Ten people"), f(5.0, "", "five")]
        );
    }
}
