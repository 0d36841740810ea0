//! What may stand between the figures of a change without cutting the tie: "18% year over year
//! to $14.6 billion", "by 38% in the week to 1 March, to 2,140", "lack access to safe water, the
//! agency said, up from 2.6 million", "to 12% as the fire jumped Highway 50, a drop of 5
//! points"; and a change in the level's own unit between a level and its earlier one: "averaged
//! 6.8%, down 20 basis points from 6.92%".

use super::change::{CLAUSE, adjunct_phrase, change_unit};
use super::direction::{DOWN, UP};
use super::figures::{Fig, last_words, words};
use super::interval::{band, judge, written};
use super::levels::change_noun;
use super::{Draft, Relation};

/// Periods of a "period on period" comparison.
const PERIODS: &[&str] = &["year", "quarter", "month", "week", "day"];

/// How many words at the start of `w` say which earlier period a change is measured against:
/// "year on year", "year-on-year", "year over year", "month on month" (3), else 0.
pub(super) fn period_on_period(w: &[String]) -> usize {
    match w {
        [a, on, b, ..]
            if a == b && PERIODS.contains(&a.as_str()) && matches!(on.as_str(), "on" | "over") =>
        {
            3
        }
        _ => 0,
    }
}

/// "rose 18% year over year to $14.6 billion", "rose by 38% in the week to 1 March, to 2,140":
/// a change after "by" or a verb of change, then "to" the level past a comparison of periods or
/// a phrase of time or place closed by a comma.
pub(super) fn by_to_past_phrase(x: &Fig, y: &Fig) -> bool {
    let Some(gap) = x.text_to(y) else {
        return false;
    };
    let lead = last_words(x.before(), 1);
    let led = lead
        .first()
        .is_some_and(|w| w == "by" || UP.contains(&w.as_str()) || DOWN.contains(&w.as_str()));
    let Some(phrase) = gap.trim_end().strip_suffix(" to") else {
        return false;
    };
    let w = words(phrase);
    let periods = !w.is_empty() && period_on_period(&w) == w.len() && !phrase.contains([',', ';']);
    let adjunct = phrase
        .trim_end()
        .strip_suffix(',')
        .is_some_and(adjunct_phrase);
    led && (periods || adjunct)
}

/// Words that close an attribution ("the agency said") or open one ("said the agency",
/// "according to the agency").
const SAID: &[&str] = &["said", "says", "reported", "estimated", "estimates"];

/// "the agency said", "said Cal Fire", "according to the WHO": a short attribution.
pub(super) fn attribution(segment: &str) -> bool {
    let w = words(segment);
    let short = (2..=6).contains(&w.len());
    let closes = w.last().is_some_and(|x| SAID.contains(&x.as_str()));
    let opens = w.first().is_some_and(|x| SAID.contains(&x.as_str()))
        || w.starts_with(&["according".to_string(), "to".to_string()]);
    short && (closes || opens)
}

/// The words between a level and ", up from" its earlier level when they are the rest of the
/// level's clause, with or without attributions: "lack access to safe drinking water (, the
/// agency said)" (no other change, clause or sentence).
pub(super) fn level_clause(text: &str) -> bool {
    if text.contains([';', '.', ':', '(', ')']) {
        return false;
    }
    let mut segments = text.split(',');
    let first = words(segments.next().unwrap_or(""));
    let own = first.len() <= 8
        && first.iter().all(|w| {
            let w = w.as_str();
            !UP.contains(&w) && !DOWN.contains(&w) && !CLAUSE.contains(&w)
        });
    let rest: Vec<&str> = segments.collect();
    // (Nothing at all between is `down_from`'s; a comma alone would be an apposition.)
    own && (!first.is_empty() || !rest.is_empty()) && rest.iter().all(|s| attribution(s))
}

/// Words that open a short clause of circumstance between a level and the change stated after
/// it ("to 12% as the fire jumped Highway 50, a drop of 5 points").
const CIRCUMSTANCE: &[&str] = &["as", "while", "when", "after", "before", "amid"];

/// "as the fire jumped Highway 50 near Pollock Pines, a drop of": a short clause of
/// circumstance, then a noun of change whose direction agrees with the change `moved` (so the
/// change cannot be the clause's own).
pub(super) fn clause_then_change(gap: &str, moved: f64) -> bool {
    let Some((clause, rest)) = gap.rsplit_once(',') else {
        return false;
    };
    let w = words(clause);
    let circumstance = !clause.contains([',', ';', '.', ':', '(', ')'])
        && (2..=12).contains(&w.len())
        && CIRCUMSTANCE.contains(&w[0].as_str());
    let agrees = match words(rest).as_slice() {
        [a, noun, of] if matches!(a.as_str(), "a" | "an") && of == "of" => {
            change_noun(noun).is_some_and(|sign| sign * moved > 0.0)
        }
        _ => false,
    };
    circumstance && agrees
}

/// "averaged 6.8%, down 20 basis points from 6.92%": a level (figure `k − 1`), a change in its
/// own unit or in points of a percentage (`k`), the earlier level (`k + 1`), in the direction
/// `sign`; `evidence`, the words that say so.
pub(super) fn absolute_from<'a>(
    figs: &'a [Fig<'a>],
    k: usize,
    sign: f64,
    evidence: String,
    out: &mut Vec<Draft<'a>>,
) {
    let (y, x, z) = (&figs[k - 1], &figs[k], &figs[k + 1]);
    let Some((factor, unit, _)) = change_unit(x, y) else {
        return;
    };
    let mut notes = Vec::new();
    let change = band(x.q, &mut notes).times(factor);
    let (level, before) = (band(y.q, &mut notes), band(z.q, &mut notes));
    let moved = level.minus(before).times(sign);
    let result = judge(change, moved);
    let word = if sign > 0.0 { "rise" } else { "fall" };
    let unit = if unit.is_empty() {
        y.q.unit.clone().unwrap_or_default()
    } else {
        unit.to_string()
    };
    out.push(Draft {
        relation: Relation::Change,
        result,
        uses: vec![(y, "level"), (x, "change"), (z, "earlier level")],
        arithmetic: format!(
            "{} − {} = {} {unit} {} the stated {word} of {} {unit}",
            written(y.q.value),
            written(z.q.value),
            written(level.value - before.value),
            result.relation_sign(),
            written(change.value),
        ),
        tolerance: (result == super::Outcome::Approximate).then(|| notes.join("; ")),
        evidence,
    });
}
