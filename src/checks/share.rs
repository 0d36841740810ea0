//! Shares of a whole: "55 of 75 confirmed dead had been identified" (→ 20 not identified,
//! 73.3 %), and launched against intercepted: "181 drones fired …, shot down 115" (→ 66 not shot
//! down, 63.5 %).

use super::figures::{Fig, first_words, last_words, same_measure, same_noun, words};
use super::interval::{num, percent};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words around a figure that say it was launched.
const LAUNCHED: &[&str] = &[
    "fired",
    "launched",
    "launching",
    "launch",
    "launches",
    "sent",
    "deployed",
    "targeted",
    "attacked",
    "used",
];

/// Words around a figure that say it was intercepted.
const INTERCEPTED: &[&str] = &[
    "intercepted",
    "destroyed",
    "downed",
    "neutralised",
    "neutralized",
    "suppressed",
    "repelled",
    "intercept",
    "intercepting",
    "shot",
    "downing",
];

/// The nearest of `list` within four words of the figure, and its distance.
fn near(f: &Fig, list: &[&str]) -> Option<(usize, String)> {
    let before = last_words(f.before(), 4);
    let after = first_words(f.after(), 4);
    let back = before.iter().rev().enumerate();
    let ahead = after.iter().enumerate();
    back.chain(ahead)
        .filter(|(_, w)| list.contains(&w.as_str()))
        .min_by_key(|(d, _)| *d)
        .map(|(d, w)| {
            // "shot" only counts as "shot down".
            (d, w.clone())
        })
        .filter(|(_, w)| w != "shot" || has_shot_down(f))
}

fn has_shot_down(f: &Fig) -> bool {
    let around = [last_words(f.before(), 5), first_words(f.after(), 5)].concat();
    around.windows(2).any(|w| w[0] == "shot" && w[1] == "down")
}

/// The figure is said to have been launched (and not intercepted), or intercepted (and not
/// launched): the nearer word decides.
fn role(f: &Fig) -> Option<bool> {
    match (near(f, LAUNCHED), near(f, INTERCEPTED)) {
        (Some((dl, _)), Some((di, _))) if dl == di => None,
        (Some((dl, _)), Some((di, _))) => Some(dl < di),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// Launched and intercepted figures of the same thing, in one sentence or the next.
pub(crate) fn interception<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (i, launched) in figs.iter().enumerate() {
        if !launched.countable() || role(launched) != Some(true) {
            continue;
        }
        let partner = figs[i + 1..]
            .iter()
            .take_while(|f| f.pos <= launched.pos + 1)
            .filter(|f| f.countable() && same_measure(launched, f) && same_noun(launched, f))
            .filter(|f| f.q.measure.is_none_or(|m| m == Measure::Count))
            .find(|f| role(f) == Some(false));
        let Some(downed) = partner else {
            continue;
        };
        let word = near(downed, INTERCEPTED).map_or(String::new(), |(_, w)| w);
        let word = if word == "shot" {
            "shot down".to_string()
        } else {
            word
        };
        let unit = launched.q.unit.clone().unwrap_or_default();
        let (a, b) = (launched.q.value, downed.q.value);
        if a <= 0.0 {
            continue;
        }
        let (result, arithmetic) = if b > a {
            (
                Outcome::Inconsistent,
                format!("{} {word} > {} launched", num(b), num(a)),
            )
        } else {
            (
                Outcome::Derived,
                format!(
                    "{} − {} = {} {unit} not {word}; {} of {} = {} {word}",
                    num(a),
                    num(b),
                    num(a - b),
                    num(b),
                    num(a),
                    percent(b, a)
                ),
            )
        };
        let launch_word = near(launched, LAUNCHED).map_or(String::new(), |(_, w)| w);
        out.push(Draft {
            relation: Relation::Interception,
            result,
            uses: vec![(launched, "launched"), (downed, "intercepted")],
            arithmetic,
            tolerance: None,
            evidence: format!("“{launch_word}” … “{word}”"),
        });
    }
}

/// "55 of 75 …": a part and its whole, side by side.
pub(crate) fn part_of_whole<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for pair in figs.windows(2) {
        let (part, whole) = (&pair[0], &pair[1]);
        let Some(gap) = part.text_to(whole) else {
            continue;
        };
        let w = words(gap);
        if !(w == ["of"] || w == ["out", "of"]) || !gap.trim().ends_with("of") {
            continue;
        }
        if !part.countable()
            || !whole.countable()
            || !same_measure(part, whole)
            || !same_noun(part, whole)
        {
            continue;
        }
        let noun = whole.q.unit.clone().unwrap_or_default();
        let (p, t) = (part.q.value, whole.q.value);
        if t <= 0.0 {
            continue;
        }
        // The participle after the whole says what the part is: "had been identified".
        let verb = first_words(whole.after(), 5)
            .into_iter()
            .find(|w| w.ends_with("ed") && !matches!(w.as_str(), "had" | "need"));
        let rest = match &verb {
            Some(v) => format!("not {v}"),
            None => "the rest".to_string(),
        };
        let (result, arithmetic) = if p > t {
            (
                Outcome::Inconsistent,
                format!("{} > {}: the part exceeds the whole", num(p), num(t)),
            )
        } else {
            (
                Outcome::Derived,
                format!(
                    "{} − {} = {} {noun} {rest}; {} of {} = {}",
                    num(t),
                    num(p),
                    num(t - p),
                    num(p),
                    num(t),
                    percent(p, t)
                ),
            )
        };
        out.push(Draft {
            relation: Relation::PartOfWhole,
            result,
            uses: vec![(part, "part"), (whole, "whole")],
            arithmetic: arithmetic.replace("  ", " "),
            tolerance: None,
            evidence: format!("“{}”", gap.trim()),
        });
    }
}
