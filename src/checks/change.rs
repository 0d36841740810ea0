//! Changes between two levels: "raised by 50 basis points to 3.40 percent" (→ 2.90 percent
//! before), "rose from 9.5 to 20 percent" (→ +10.5 points), "jumped by one percent to 12.1
//! percent against the 11.1 percent recorded" (12.1 − 11.1 = 1: consistent).

use super::figures::{Fig, last_words, same_measure, same_noun, words};
use super::interval::{Band, band, judge, num};
use super::relative::relative_by_to;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words that say a level went up.
pub(super) const UP: &[&str] = &[
    "raise",
    "raised",
    "raises",
    "raising",
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increase",
    "increased",
    "increases",
    "increasing",
    "jump",
    "jumped",
    "jumps",
    "climb",
    "climbed",
    "climbs",
    "hike",
    "hiked",
    "hikes",
    "grew",
    "grow",
    "grows",
    "grown",
    "upward",
    "upwards",
    "lifted",
    "gained",
    "surged",
    "soared",
    "up",
    "higher",
    "tightening",
];

/// Words that say a level went down.
pub(super) const DOWN: &[&str] = &[
    "cut",
    "cuts",
    "lowered",
    "lower",
    "lowers",
    "fell",
    "fall",
    "falls",
    "fallen",
    "drop",
    "dropped",
    "drops",
    "decrease",
    "decreased",
    "decreases",
    "declined",
    "declines",
    "reduced",
    "reduce",
    "reduces",
    "slashed",
    "eased",
    "down",
    "downward",
    "downwards",
    "shed",
    "dipped",
    "slid",
    "plunged",
    "shrank",
];

/// +1 when the nearest direction word before `text`'s end says up, −1 down, 0 when none does;
/// with the word.
fn direction(text: &str) -> (f64, String) {
    for w in last_words(text, 15).into_iter().rev() {
        if UP.contains(&w.as_str()) {
            return (1.0, w);
        }
        if DOWN.contains(&w.as_str()) {
            return (-1.0, w);
        }
    }
    (0.0, String::new())
}

/// "point" or "points" after a number.
fn points(v: f64) -> &'static str {
    if (v.abs() - 1.0).abs() < 1e-9 {
        "point"
    } else {
        "points"
    }
}

/// The unit of a change for a value: "point" for 1, else as given.
fn unit_for(unit: &str, v: f64) -> &str {
    if unit == "points" { points(v) } else { unit }
}

/// How a change figure compares with a level: the factor to the level's unit and the name of
/// the change's unit. `None` when they do not fit together.
fn change_unit(change: &Fig, level: &Fig) -> Option<(f64, &'static str, Option<&'static str>)> {
    match (level.q.measure, change.q.measure) {
        (Some(Measure::Percent), Some(Measure::PercentagePoints)) => Some((1.0, "points", None)),
        (Some(Measure::Percent), Some(Measure::BasisPoints)) => Some((0.01, "points", None)),
        (Some(Measure::Percent), Some(Measure::Percent)) => Some((
            1.0,
            "points",
            Some("a change of a percentage given in “percent” is read as percentage points"),
        )),
        (Some(Measure::Percent), _) => None,
        _ if same_measure(change, level) && same_noun(change, level) => Some((1.0, "", None)),
        _ => None,
    }
}

/// The only word between two figures is `word`, and `lead` comes right before the first.
fn tied(a: &Fig, b: &Fig, word: &str, lead: &str) -> bool {
    let Some(gap) = a.text_to(b) else {
        return false;
    };
    words(gap) == [word] && last_words(a.before(), 1).first().is_some_and(|w| w == lead)
}

/// Words that name the earlier level after a level: "against the 11.1 percent", "from $1.6
/// billion", "up from 39%".
const EARLIER: &[&[&str]] = &[
    &["against"],
    &["against", "the"],
    &["compared", "with"],
    &["compared", "to"],
    &["from"],
    &["up", "from"],
    &["down", "from"],
    &["versus"],
    &["vs"],
    &["from", "the"],
];

/// Words that open a phrase of time or place between a level and its earlier one ("to $1.4
/// billion in the fourth quarter, from $1.6 billion").
const ADJUNCT: &[&str] = &[
    "in", "for", "during", "over", "on", "at", "through", "across", "last", "this",
];

/// Words that open another clause, whose "from" is no longer the level's ("to $1.4 billion,
/// while costs rose from …").
const CLAUSE: &[&str] = &[
    "and", "but", "while", "whereas", "which", "that", "who", "as", "when", "where", "with",
];

/// The figure after `level` that states the earlier level ("against the 11.1 percent"), right
/// after it or after a short phrase of time or place ("in the fourth quarter, from …").
pub(super) fn earlier_level<'a>(figs: &'a [Fig<'a>], level_at: usize) -> Option<&'a Fig<'a>> {
    let level = &figs[level_at];
    let z = figs.get(level_at + 1)?;
    let gap = words(level.text_to(z)?);
    let adjunct = |words: &[String]| {
        words.is_empty()
            || words.len() <= 6
                && ADJUNCT.contains(&words[0].as_str())
                && words.iter().all(|w| {
                    let w = w.as_str();
                    !UP.contains(&w) && !DOWN.contains(&w) && !CLAUSE.contains(&w)
                })
    };
    let marker = EARLIER.iter().any(|m| {
        gap.len() >= m.len()
            && gap[gap.len() - m.len()..]
                .iter()
                .zip(m.iter())
                .all(|(a, b)| a == b)
            && adjunct(&gap[..gap.len() - m.len()])
    });
    (marker && same_measure(level, z)).then_some(z)
}

/// The only word between two figures is `word`, and a word saying which way a level went
/// comes right before the first ("rose 10% to $110 billion").
fn tied_to_verb(a: &Fig, b: &Fig, word: &str) -> bool {
    let Some(gap) = a.text_to(b) else {
        return false;
    };
    words(gap) == [word]
        && last_words(a.before(), 1)
            .first()
            .is_some_and(|w| UP.contains(&w.as_str()) || DOWN.contains(&w.as_str()))
}

/// Changes stated with "by … to …", "from … to …" or "…, down from …".
pub(crate) fn changes<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (k, pair) in figs.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        // A poll's margin ("plus or minus 3 percent") is no level.
        if is_margin(a) || is_margin(b) {
            continue;
        }
        if tied(a, b, "to", "by") || tied_to_verb(a, b, "to") {
            by_to(figs, k, out);
        } else if tied(a, b, "to", "from") {
            from_to(figs, k, out);
        } else if let Some(sign) = down_from(a, b) {
            level_change(figs, (k + 1, k), sign, "“… from …”", out);
        }
    }
}

/// A margin ("±3 percent").
fn is_margin(f: &Fig) -> bool {
    f.q.qualifier == Some(crate::claim::Qualifier::PlusOrMinus)
}

/// "59.7%, down from 67.3%": the level, then the earlier one; the direction (−1 or +1).
fn down_from(level: &Fig, earlier: &Fig) -> Option<f64> {
    let gap = words(level.text_to(earlier)?);
    let sign = match gap
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["down", "from"] => -1.0,
        ["up", "from"] => 1.0,
        _ => return None,
    };
    (same_measure(level, earlier) && same_noun(level, earlier)).then_some(sign)
}

/// "by X to Y [against Z]".
fn by_to<'a>(figs: &'a [Fig<'a>], k: usize, out: &mut Vec<Draft<'a>>) {
    let (x, y) = (&figs[k], &figs[k + 1]);
    let (sign, verb) = direction(x.before());
    if sign == 0.0 {
        return;
    }
    let Some((factor, unit, reading)) = change_unit(x, y) else {
        if x.q.measure == Some(Measure::Percent) && y.q.measure != Some(Measure::Percent) {
            relative_by_to(figs, k, sign, &verb, out);
        }
        return;
    };
    let mut notes: Vec<String> = reading.map(str::to_string).into_iter().collect();
    let change = band(x.q, &mut notes).times(factor);
    let level = band(y.q, &mut notes);
    let level_unit = y.q.unit.clone().unwrap_or_default();
    let word = if sign > 0.0 { "rise" } else { "fall" };
    let by = last_words(x.before(), 1).first().is_some_and(|w| w == "by");
    let evidence = if by {
        format!("“{verb}” … “by” … “to”")
    } else {
        format!("“{verb}” … “to”")
    };
    if let Some(z) = earlier_level(figs, k + 1) {
        let before = band(z.q, &mut notes);
        let moved = level.minus(before).times(sign);
        let result = judge(change, moved);
        let rel = result.relation_sign();
        out.push(Draft {
            relation: Relation::Change,
            result,
            uses: vec![(x, "change"), (y, "level"), (z, "earlier level")],
            arithmetic: format!(
                "{} − {} = {} {} {rel} the stated {word} of {} {}",
                num(level.value),
                num(before.value),
                num(level.value - before.value),
                unit_for(unit, moved.value),
                num(change.value),
                unit_for(unit, change.value)
            ),
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence,
        });
        return;
    }
    let before = level.minus(change.times(sign));
    let op = if sign > 0.0 { "−" } else { "+" };
    out.push(Draft {
        relation: Relation::Change,
        result: if before.value < 0.0 {
            Outcome::Inconsistent
        } else {
            Outcome::Derived
        },
        uses: vec![(x, "change"), (y, "level")],
        arithmetic: format!(
            "{} {op} {} = {} {level_unit} before the {word}",
            num(level.value),
            num(change.value),
            num(before.value)
        ),
        tolerance: None,
        evidence,
    });
}

/// "from Z to Y [, an increase of X]".
fn from_to<'a>(figs: &'a [Fig<'a>], k: usize, out: &mut Vec<Draft<'a>>) {
    let (z, y) = (&figs[k], &figs[k + 1]);
    if !same_measure(z, y) || !same_noun(z, y) {
        return;
    }
    let (sign, _) = direction(z.before());
    level_change(figs, (k, k + 1), sign, "“from … to”", out);
}

/// An earlier level and a level (`at`: their indices in `figs`, in either order), the direction
/// the text gives (0 for none), and the change stated after the second of them, if any
/// ("…, an increase of X", "…, a fall of X").
fn level_change<'a>(
    figs: &'a [Fig<'a>],
    (z_at, y_at): (usize, usize),
    sign: f64,
    cue: &str,
    out: &mut Vec<Draft<'a>>,
) {
    let (z, y) = (&figs[z_at], &figs[y_at]);
    let last = &figs[z_at.max(y_at)];
    let mut notes = Vec::new();
    let moved = band(y.q, &mut notes).minus(band(z.q, &mut notes));
    let unit = if y.q.measure == Some(Measure::Percent) {
        "points".to_string()
    } else {
        y.q.unit.clone().unwrap_or_default()
    };
    let stated = figs.get(z_at.max(y_at) + 1).filter(|x| {
        last.text_to(x).is_some_and(|gap| {
            let w = words(gap);
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            // "67.3% in 2019, a fall of 4.6 points": the earlier level's year between.
            let w = w.strip_prefix(&["in"]).unwrap_or(&w);
            matches!(
                w,
                ["by"]
                    | ["an", "increase", "of"]
                    | ["a", "rise", "of"]
                    | ["a", "drop", "of"]
                    | ["a", "fall", "of"]
                    | ["a", "decrease", "of"]
                    | ["a", "jump", "of"]
                    | ["up"]
                    | ["down"]
                    | ["or"]
            )
        })
    });
    let signed = |v: f64| {
        if v >= 0.0 {
            format!("+{}", num(v))
        } else {
            num(v)
        }
    };
    // "rose from 20 to 9.5": the words and the figures disagree.
    if sign != 0.0 && moved.value * sign < 0.0 {
        out.push(Draft {
            relation: Relation::Change,
            result: Outcome::Inconsistent,
            uses: vec![(z, "earlier level"), (y, "level")],
            arithmetic: format!(
                "{} − {} = {} {unit}, but the text says it went {}",
                num(y.q.value),
                num(z.q.value),
                signed(moved.value),
                if sign > 0.0 { "up" } else { "down" }
            ),
            tolerance: None,
            evidence: cue.to_string(),
        });
        return;
    }
    match stated {
        Some(x) => {
            let factor = change_unit(x, y).map_or(1.0, |(f, _, _)| f);
            let change = band(x.q, &mut notes).times(factor);
            let result = judge(
                change,
                Band {
                    value: moved.value.abs(),
                    lo: moved.lo.abs().min(moved.hi.abs()),
                    hi: moved.lo.abs().max(moved.hi.abs()),
                },
            );
            let rel = result.relation_sign();
            out.push(Draft {
                relation: Relation::Change,
                result,
                uses: vec![(z, "earlier level"), (y, "level"), (x, "change")],
                arithmetic: format!(
                    "{} − {} = {} {unit} {rel} the stated change of {}",
                    num(y.q.value),
                    num(z.q.value),
                    signed(moved.value),
                    num(change.value)
                ),
                tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
                evidence: format!("{cue} and the stated change"),
            });
        }
        None => out.push(Draft {
            relation: Relation::Change,
            result: Outcome::Derived,
            uses: vec![(z, "earlier level"), (y, "level")],
            arithmetic: format!(
                "{} − {} = {} {unit}",
                num(y.q.value),
                num(z.q.value),
                signed(moved.value)
            ),
            tolerance: None,
            evidence: cue.to_string(),
        }),
    }
}
