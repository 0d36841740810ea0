//! A match result is no range: "lost 1-3", "beat Chelsea 2-0", "a 3-1 home win". The score reads
//! as one figure ([`Measure::Score`](crate::claim::Measure::Score)), its text the whole "1-3",
//! its value the first side's; a range ("aged 18-25", "10-15 people") names no result around it.

use super::units::{self, After};
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Verbs that report a win or a lead, up to a few words before the score ("beat Real Madrid
/// 2-0"): the winner's goals come first, so the first number is not the smaller.
const WIN_VERBS: WordSet = WordSet::new(&[
    "won", "win", "wins", "beat", "beats", "beaten", "defeated", "defeat", "defeats", "led",
    "leads", "edged", "thrashed", "routed", "crushed", "downed", "stunned", "overcame", "hammered",
    "drew", "draw", "draws", "ended", "finished",
]);

/// Verbs that report a loss ("lost 1-3", "lost 4-0"). Ranges are written so too ("lose 10-15
/// seats"), so only a score of single digits counts.
const LOSS_VERBS: WordSet = WordSet::new(&["lost", "lose", "loses", "trailed", "trail", "trails"]);

/// Nouns that name a result, right after the score ("a 3-1 win", "a 2-2 home draw").
const RESULT_NOUNS: WordSet = WordSet::new(&[
    "win",
    "wins",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "loss",
    "losses",
    "draw",
    "draws",
    "lead",
    "scoreline",
    "triumph",
    "thrashing",
    "drubbing",
    "result",
    "aggregate",
    "vote",
    "votes",
    "verdict",
    "ruling",
    "decision",
    "majority",
]);

/// Words between a score and its result noun: "a 3-1 home win", "a 2-0 away victory".
const VENUES: WordSet = WordSet::new(&["home", "away", "comeback", "opening", "final"]);

/// How far before the score a result verb may stand: "beat Real Madrid CF 2-0".
const VERB_REACH: usize = 4;

/// The last token of a score whose first number is the digits at `first..=last`, when a
/// result is told around it: the second number, glued by a dash.
pub(super) fn score_end(t: &Tokens, first: usize, last: usize) -> Option<usize> {
    let small = |k: usize| t.kind(k) == Some(TokKind::Digits) && t.str(k).len() <= 3;
    let single = first == last && small(first);
    if !single || !t.is_joining_hyphen(last + 1) || !small(last + 2) {
        return None;
    }
    let end = last + 2;
    if t.is_dash(end + 1) {
        return None;
    }
    let mut next = end + 1;
    if t.is_in(next, &VENUES) {
        next += 1;
    }
    if t.is_in(next, &RESULT_NOUNS) {
        return Some(end);
    }
    // "lost 10-15 percent", "won 3-4 seats": a unit after the pair makes it a range.
    if matches!(units::after(t, end + 1), After::Unit(_)) {
        return None;
    }
    let (a, b) = (t.str(first), t.str(end));
    let value = |s: &str| s.parse::<u32>().unwrap_or(0);
    let reach = first.saturating_sub(VERB_REACH)..first;
    let won = value(a) >= value(b) && reach.clone().any(|k| t.is_in(k, &WIN_VERBS));
    // ("lost 4-0" in English copy, "lost 1-3" in European: either way round.)
    let lost = a.len() == 1 && b.len() == 1 && reach.into_iter().any(|k| t.is_in(k, &LOSS_VERBS));
    // "won 6-4, 6-3, 7-5": a set after a score is one too.
    let listed = first >= 4
        && t.is_punct(first - 1, ',')
        && t.is_joining_hyphen(first - 3)
        && t.kind(first - 2) == Some(TokKind::Digits)
        && t.kind(first - 4) == Some(TokKind::Digits);
    (won || lost || listed).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::quantities;

    /// (value, upper, text) of every figure in `s`.
    fn read(s: &str) -> Vec<(f64, Option<f64>, String)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.upper, q.text))
            .collect()
    }

    fn score(value: f64, text: &str) -> (f64, Option<f64>, String) {
        (value, None, text.to_string())
    }

    #[test]
    fn a_result_is_one_figure_not_a_range() {
        assert_eq!(
            read("The side lost 1-3 to Shakhtar."),
            vec![score(1.0, "1-3")]
        );
        assert_eq!(read("They won 3-1 on Saturday."), vec![score(3.0, "3-1")]);
        assert_eq!(read("City beat Real Madrid 2-0."), vec![score(2.0, "2-0")]);
        assert_eq!(read("It was a 2-2 home draw."), vec![score(2.0, "2-2")]);
        assert_eq!(read("after a 1-4 defeat"), vec![score(1.0, "1-4")]);
        assert_eq!(read("The Lakers won 102-98."), vec![score(102.0, "102-98")]);
        assert_eq!(
            read("Djokovic won 6-4, 6-3, 7-5."),
            vec![score(6.0, "6-4"), score(6.0, "6-3"), score(7.0, "7-5")]
        );
        assert_eq!(read("in a 10-2 vote"), vec![score(10.0, "10-2")]);
        assert_eq!(read("The match ended 1-1."), vec![score(1.0, "1-1")]);
        assert_eq!(read("City lost 4-0 to Spurs."), vec![score(4.0, "4-0")]);
    }

    #[test]
    fn a_range_stays_a_range() {
        assert_eq!(
            read("Shares lost 10-15 percent."),
            vec![(10.0, Some(15.0), "10-15 percent".to_string())]
        );
        assert_eq!(
            read("The party won 3-4 seats."),
            vec![(3.0, Some(4.0), "3-4 seats".to_string())]
        );
        assert_eq!(
            read("Fans aged 18-25 came."),
            vec![(18.0, Some(25.0), "aged 18-25".to_string())]
        );
        assert_eq!(
            read("Some 10-15 people were hurt."),
            vec![(10.0, Some(15.0), "10-15 people".to_string())]
        );
        // A loss of more than single digits is written as a range is.
        assert_eq!(
            read("The Liberals may lose 10-15, analysts said."),
            vec![(10.0, Some(15.0), "10-15".to_string())]
        );
    }
}
