//! A level and its earlier level, with the change the text states after them: "from 7.8% to
//! 9.4%, an increase of 1.6 percentage points", "to 60.8% from 57.1%, an improvement of 370
//! basis points", "to 48,422 from 76,282, a decrease of 36.5%" (a change in percent of a count
//! is relative: −36.52 %).

use super::between::clause_then_change;
use super::change::{adjunct_phrase, change_unit};
use super::direction::{DOWN, UP, direction};
use super::figures::{Fig, first_words, last_words, words};
use super::interval::{Band, band, judge, num, written};
use super::relative::relative_change;
use super::stated_past::phrases_then_change;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;
use crate::extract::dates::is_calendar_name_any_case;

/// Nouns of a change, in "an increase of X", "a fall of X", with the direction they say: +1 up,
/// −1 down, 0 for none ("a change of", "an improvement of": a loss improves as it shrinks).
const CHANGE: &[(&str, f64)] = &[
    ("increase", 1.0),
    ("rise", 1.0),
    ("jump", 1.0),
    ("gain", 1.0),
    ("growth", 1.0),
    ("climb", 1.0),
    ("surge", 1.0),
    ("hike", 1.0),
    ("drop", -1.0),
    ("fall", -1.0),
    ("decrease", -1.0),
    ("decline", -1.0),
    ("reduction", -1.0),
    ("cut", -1.0),
    ("dip", -1.0),
    ("slide", -1.0),
    ("improvement", 0.0),
    ("expansion", 0.0),
    ("widening", 0.0),
    ("deterioration", 0.0),
    ("contraction", 0.0),
    ("narrowing", 0.0),
    ("change", 0.0),
    ("swing", 0.0),
];

/// The direction `noun` says when it names a change ([`CHANGE`]): +1, −1 or 0.
pub(super) fn change_noun(noun: &str) -> Option<f64> {
    CHANGE
        .iter()
        .find(|(n, _)| *n == noun)
        .map(|&(_, sign)| sign)
}

/// Seasons and periods, as [`words`] writes them (lower case); months and weekdays are the
/// calendar's ([`is_calendar_name_any_case`]).
const PERIODS: &[&str] = &[
    "spring", "summer", "autumn", "fall", "winter", "quarter", "year", "month", "week", "period",
    "half",
];

/// How many words at the start of `w` tell the time of the level before them: "in 2019" (the
/// year is no word), "in April", "in the first quarter", "a year earlier", "last year".
pub(super) fn time_phrase(w: &[&str]) -> usize {
    let time = |k: usize| {
        w.get(k)
            .is_some_and(|x| PERIODS.contains(x) || is_calendar_name_any_case(x))
    };
    match w {
        ["in" | "on" | "during" | "by", "the", ..] => {
            // "in the first quarter", "in the same period": up to two words before the time.
            (2..5).find(|&k| time(k)).map_or(1, |k| k + 1)
        }
        ["in" | "on" | "during" | "by", ..] if time(1) => 2,
        ["in" | "on" | "during" | "by", ..] => 1,
        [
            "a",
            "year" | "month" | "week",
            "earlier" | "ago" | "before",
            ..,
        ] => 3,
        ["last" | "this" | "next", ..] if time(1) => 2,
        // "the previous week", "the same quarter".
        ["the", "previous" | "prior" | "preceding" | "same", ..] if time(2) => 3,
        _ => 0,
    }
}

/// The words between the last level and a stated change ("…, an increase of", "…, down").
pub(super) fn states_change(gap: &[String]) -> bool {
    let w: Vec<&str> = gap.iter().map(String::as_str).collect();
    // "67.3% in 2019, a fall of 4.6 points", "3.1% in April, a fall of 0.6 points": the earlier
    // level's time between.
    let mut w = &w[..];
    // ("in the same month last year": two phrases.)
    for _ in 0..2 {
        w = &w[time_phrase(w)..];
    }
    match w {
        ["by" | "up" | "down" | "or"] => true,
        ["a" | "an", noun, "of"] => change_noun(noun).is_some(),
        // "a relative reduction of 31%", "a relative risk reduction of".
        ["a" | "an", "relative", .., noun, "of"] => w.len() <= 5 && change_noun(noun).is_some(),
        _ => false,
    }
}

/// A change in percent the words right before or after it call relative ("a relative reduction
/// of 31%", "a reduction of 27% in relative terms", "a 31% relative reduction"): of two
/// percentages, their change over the earlier, not in points.
pub(super) fn said_relative(x: &Fig) -> bool {
    let after = first_words(x.after(), 3);
    x.q.measure == Some(Measure::Percent)
        && (last_words(x.before(), 4).iter().any(|w| w == "relative")
            || after.first().is_some_and(|w| w == "relative")
            || after == ["in", "relative", "terms"])
}

/// "…, a 31% relative reduction": a change in percent set between "a" and "relative" and a
/// noun of change (`gap`: the words before it).
fn relative_noun_after(gap: &str, x: &Fig) -> bool {
    let after = first_words(x.after(), 2);
    matches!(words(gap).as_slice(), [a] if a == "a" || a == "an")
        && after.first().is_some_and(|w| w == "relative")
        && after.get(1).is_some_and(|n| change_noun(n).is_some())
}

/// The change stated before "from" the earlier level "to" the level: "fell 25%, from $1.6
/// billion to $1.4 billion", "rose by 0.5 percentage points, from 4.2% to 4.9%" (a verb of
/// change, or "by", right before it; only "from" and a comma between). A change in percent of
/// two percentages may be relative or in points, so it is not taken.
fn change_before<'a>(figs: &'a [Fig<'a>], z_at: usize, y_at: usize) -> Option<&'a Fig<'a>> {
    let x = figs.get(z_at.checked_sub(1)?).filter(|_| z_at < y_at)?;
    let gap = x.text_to(&figs[z_at])?;
    let lead = last_words(x.before(), 1);
    let verb = lead
        .first()
        .is_some_and(|w| w == "by" || UP.contains(&w.as_str()) || DOWN.contains(&w.as_str()));
    // ("rose by 40% last year, from 15 to 22": past a phrase of time set off by a comma.)
    let w = words(gap);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let timed = w.len() > 1 && time_phrase(&w) == w.len() - 1 && gap.contains(',');
    let only_from = w.last() == Some(&"from")
        && (w.len() == 1 || timed)
        && !gap.contains([';', '.', ':', '(', ')']);
    // "fell 25%, from 40% to 30%": relative or in points? Left alone.
    let percent = |f: &Fig| f.q.measure == Some(Measure::Percent);
    let ambiguous = percent(x) && percent(&figs[y_at]);
    (verb && only_from && !ambiguous && direction(x.before()).0 != 0.0).then_some(x)
}

/// A signed number for a reader, written by `write`: "+1.6", "−27,860".
fn signed(v: f64, write: fn(f64) -> String) -> String {
    if v >= 0.0 {
        format!("+{}", write(v))
    } else {
        write(v)
    }
}

/// The size of a change: a band of absolute values.
fn size(moved: Band) -> Band {
    let (lo, hi) = (moved.lo.abs(), moved.hi.abs());
    let across = moved.lo <= 0.0 && moved.hi >= 0.0;
    Band {
        value: moved.value.abs(),
        lo: if across { 0.0 } else { lo.min(hi) },
        hi: lo.max(hi),
    }
}

/// The change the text states for the earlier level `z_at` and the level `y_at`: after the
/// second of them ("…, an increase of X", past a phrase of time or place or a clause of
/// circumstance), or before "from" the first ("fell 25%, from …", "rose by 40% last year,
/// from …").
pub(super) fn stated_change<'a>(
    figs: &'a [Fig<'a>],
    z_at: usize,
    y_at: usize,
) -> Option<&'a Fig<'a>> {
    let last = &figs[z_at.max(y_at)];
    let moved = figs[y_at].q.value - figs[z_at].q.value;
    // "up from 298, or 49% of the chamber": a share of a whole, no change.
    let share = |x: &Fig| {
        x.q.measure == Some(Measure::Percent) && x.after().trim_start().starts_with("of ")
    };
    let stated = figs.get(z_at.max(y_at) + 1).filter(|x| {
        !share(x)
            && last.text_to(x).is_some_and(|gap| {
                // ("…, up from $112 million in the 2024 Ohio Senate race, an increase of 45%".)
                let after_phrase = gap.rsplit_once(',').is_some_and(|(phrase, rest)| {
                    adjunct_phrase(phrase) && states_change(&words(rest))
                });
                states_change(&words(gap))
                    || after_phrase
                    || clause_then_change(gap, moved)
                    || relative_noun_after(gap, x)
                    || phrases_then_change(gap)
            })
    });
    stated.or_else(|| change_before(figs, z_at, y_at))
}

/// An earlier level and a level (`at`: their indices in `figs`, in either order), the direction
/// the text gives (0 for none), and the change stated after the second of them, if any
/// ("…, an increase of X", "…, a fall of X"): in the level's unit, in points of a percentage,
/// or in percent of a level that is no percentage.
pub(super) fn level_change<'a>(
    figs: &'a [Fig<'a>],
    (z_at, y_at): (usize, usize),
    sign: f64,
    cue: &str,
    out: &mut Vec<Draft<'a>>,
) {
    let (z, y) = (&figs[z_at], &figs[y_at]);
    let mut notes = Vec::new();
    let (level, before) = (band(y.q, &mut notes), band(z.q, &mut notes));
    let moved = level.minus(before);
    let unit = if y.q.measure == Some(Measure::Percent) {
        "points".to_string()
    } else {
        y.q.unit.clone().unwrap_or_default()
    };
    let stated = stated_change(figs, z_at, y_at);
    // "rose from 20 to 9.5": the words and the figures disagree.
    if sign != 0.0 && moved.value * sign < 0.0 {
        out.push(Draft {
            relation: Relation::Change,
            result: Outcome::Inconsistent,
            uses: vec![(z, "earlier level"), (y, "level")],
            arithmetic: format!(
                "{} − {} = {} {unit}, but the text says it went {}",
                written(y.q.value),
                written(z.q.value),
                signed(moved.value, written),
                if sign > 0.0 { "up" } else { "down" }
            ),
            tolerance: None,
            evidence: cue.to_string(),
        });
        return;
    }
    let percent = |f: &Fig| f.q.measure == Some(Measure::Percent);
    // A change in percent of a level that is no percentage is relative to the earlier level,
    // and so is one the text calls relative.
    let relative = stated.filter(|x| percent(x) && (!percent(y) || said_relative(x)));
    // A change in another unit than the level's says nothing the arithmetic can weigh.
    let absolute = stated.and_then(|x| change_unit(x, y).map(|(factor, _, _)| (x, factor)));
    // The change in the level's unit, as the arithmetic writes it.
    let difference = || {
        format!(
            "{} − {} = {} {unit}",
            written(y.q.value),
            written(z.q.value),
            signed(moved.value, written)
        )
    };
    let (x, change, computed, arithmetic) = if let Some(x) = relative {
        let Some(rel) = relative_change(level, before) else {
            return;
        };
        let arithmetic = format!(
            "({} − {}) ÷ {} = {} %",
            written(y.q.value),
            written(z.q.value),
            written(z.q.value),
            signed(rel.value, num)
        );
        (x, band(x.q, &mut notes), rel, arithmetic)
    } else if let Some((x, factor)) = absolute {
        (x, band(x.q, &mut notes).times(factor), moved, difference())
    } else {
        out.push(Draft {
            relation: Relation::Change,
            result: Outcome::Derived,
            uses: vec![(z, "earlier level"), (y, "level")],
            arithmetic: difference(),
            tolerance: None,
            evidence: cue.to_string(),
        });
        return;
    };
    let result = judge(change, size(computed));
    let rel = result.relation_sign();
    let stated_unit = if relative.is_some() { " %" } else { "" };
    out.push(Draft {
        relation: Relation::Change,
        result,
        uses: vec![(z, "earlier level"), (y, "level"), (x, "change")],
        arithmetic: format!(
            "{arithmetic} {rel} the stated change of {}{stated_unit}",
            written(change.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!("{cue} and the stated change"),
    });
}
