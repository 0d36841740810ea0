//! Changes between two levels: "raised by 50 basis points to 3.40 percent" (→ 2.90 percent
//! before), "rose from 9.5 to 20 percent" (→ +10.5 points), "jumped by one percent to 12.1
//! percent against the 11.1 percent recorded" (12.1 − 11.1 = 1: consistent), "rose to 9.4% from
//! 7.8%", "69,610 in 2024, down 37% from 110,037" (−36.74 % ≈ 37 %). The change stated after
//! two levels is weighed in [`super::levels`].

use super::between::{absolute_from, by_to_past_phrase, level_clause};
use super::direction::{DOWN, UP, direction};
use super::figures::{Fig, last_words, same_measure, same_noun, words};
use super::interval::{band, judge, written};
use super::levels::{level_change, stated_change};
use super::relative::{percent_from, relative_by_to, relative_from, stated_after_by_to};
use super::share::ties_part_to_whole;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Verbs of a span, not a change, before "from … to" ("range from 5 to 10", "varying from").
const RANGES: &[&str] = &[
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying",
];

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
pub(super) fn change_unit(
    change: &Fig,
    level: &Fig,
) -> Option<(f64, &'static str, Option<&'static str>)> {
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

/// `b` stands alone in brackets right after `a`: the same amount in another unit ("SEK 21.3
/// billion ($2.03 billion)").
fn restated(a: &Fig, b: &Fig) -> bool {
    a.text_to(b).is_some_and(|gap| gap.trim() == "(") && b.after().trim_start().starts_with(')')
}

/// `b` follows `a` after ", or" (past a short phrase of `a`'s: "$2 billion for recovery, or")
/// and its phrase closes with a comma within four words: the same amount put another way
/// ("$412 million, or $1.64 per share, from …", "…, or $1,500 per household, up from …").
fn put_another_way(a: &Fig, b: &Fig) -> bool {
    let Some((own, or)) = a.text_to(b).and_then(|gap| gap.rsplit_once(',')) else {
        return false;
    };
    let Some((phrase, _)) = b.after().split_once(',') else {
        return false;
    };
    words(or) == ["or"]
        && (own.trim().is_empty() || adjunct_phrase(own))
        && !phrase.contains(['.', ';', ':', '(', ')'])
        && words(phrase).len() <= 4
}

/// The only word between two figures is `word`, and `lead` comes right before the first.
fn tied(a: &Fig, b: &Fig, word: &str, lead: &str) -> bool {
    let Some(gap) = a.text_to(b) else {
        return false;
    };
    words(gap) == [word] && last_words(a.before(), 1).first().is_some_and(|w| w == lead)
}

/// "rose from 29.6 per cent in 2024 to 41.3 per cent": "from" a level, a short phrase of time or
/// place of its own ([`adjunct_phrase`]), then "to" the next.
fn from_past_adjunct(a: &Fig, b: &Fig) -> bool {
    let Some(gap) = a.text_to(b) else {
        return false;
    };
    let phrase = gap.trim_end().strip_suffix(" to");
    phrase.is_some_and(adjunct_phrase)
        && last_words(a.before(), 1)
            .first()
            .is_some_and(|w| w == "from")
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
pub(super) const CLAUSE: &[&str] = &[
    "and", "but", "while", "whereas", "which", "that", "who", "as", "when", "where", "with",
];

/// The figure after `level` that states the earlier level ("against the 11.1 percent"), right
/// after it or after a short phrase of time or place ("in the fourth quarter, from …").
pub(super) fn earlier_level<'a>(figs: &'a [Fig<'a>], level_at: usize) -> Option<&'a Fig<'a>> {
    let level = &figs[level_at];
    // "to SEK 21.3 billion ($2.03 billion) from SEK 19.7 billion": the figure in brackets is
    // the level in another currency or unit; the earlier level follows it.
    let mut at = level_at + 1;
    let mut last = level;
    if let Some(same) = figs.get(at).filter(|b| restated(level, b)) {
        (last, at) = (same, at + 1);
    }
    // "to $412 million, or $1.64 per share, from $530 million": the level put another way,
    // between commas; the earlier level follows the closing one.
    let mut aside = false;
    if let Some(other) = figs.get(at).filter(|b| put_another_way(level, b)) {
        (last, at, aside) = (other, at + 1, true);
    }
    let z = figs.get(at)?;
    let mut between = last.text_to(z)?;
    if aside {
        between = between.split_once(',')?.1;
    }
    let gap = words(between);
    // "11% of total sales from 17%": what a percentage is a share of.
    let share_of = |w: &str| w == "of" && level.q.measure == Some(Measure::Percent);
    let adjunct = |words: &[String]| {
        words.is_empty()
            || words.len() <= 6
                && (ADJUNCT.contains(&words[0].as_str()) || share_of(&words[0]))
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
        // A poll's margin ("plus or minus 3 percent") is no level, nor is a range ("to 3%-5%
        // from 6%-8%"): a change worked from one end of it would be made up.
        if is_margin(a) || is_margin(b) || a.q.upper.is_some() || b.q.upper.is_some() {
            continue;
        }
        // The level of "by X to Y" reads its earlier level itself ("rose 10% to $110 billion,
        // up from $90 billion").
        let after_by_to = k > 0 && by_to_pair(&figs[k - 1], a);
        if by_to_pair(a, b) {
            by_to(figs, k, out);
        } else if tied(a, b, "to", "from") || from_past_adjunct(a, b) {
            from_to(figs, k, out);
        } else if after_by_to {
            continue;
        } else if let Some(sign) = down_from(a, b) {
            if let Some(level) = level_of(figs, k) {
                level_change(figs, (k + 1, level), sign, "“… from …”", out);
            }
        } else if let Some((sign, z_at)) = to_from(figs, k) {
            level_change(figs, (z_at, k), sign, "“to … from”", out);
        } else if let Some((sign, evidence)) = percent_from(figs, k) {
            if a.q.measure == Some(Measure::Percent) {
                relative_from(figs, k, sign, evidence, out);
            } else {
                absolute_from(figs, k, sign, evidence, out);
            }
        } else if let Some(sign) = down_from_after_phrase(a, b) {
            let cue = if sign > 0.0 {
                "“…, up from …”"
            } else {
                "“…, down from …”"
            };
            if let Some(level) = level_of(figs, k) {
                level_change(figs, (k + 1, level), sign, cue, out);
            }
        } else if compared_with(figs, k)
            && let Some(level) = level_of(figs, k)
        {
            level_change(figs, (k + 1, level), 0.0, "“…, compared with …”", out);
        }
    }
}

/// The level a change from the earlier level `k + 1` is of ([`part_of`]), past the level put
/// another way between commas ("$2 billion for recovery, or $1,500 per household, up from $1.5
/// billion": the $2 billion); `None` when that level is no amount of the earlier one's kind.
fn level_of(figs: &[Fig], k: usize) -> Option<usize> {
    let aside = k > 0 && put_another_way(&figs[k - 1], &figs[k]);
    if !aside {
        return Some(part_of(figs, k));
    }
    let (level, earlier) = (&figs[k - 1], &figs[k + 1]);
    (same_measure(level, earlier) && same_noun(level, earlier)).then(|| part_of(figs, k - 1))
}

/// The level a change from an earlier level after figure `k` is of: `k`, or the part before it
/// when `k` is the whole of "N of the M" ("won 28 of the 48 seats, down from 31": the seats won
/// went down, not the seats there are), a count of the same thing.
fn part_of(figs: &[Fig], k: usize) -> usize {
    let Some(n) = k.checked_sub(1).map(|j| &figs[j]) else {
        return k;
    };
    let m = &figs[k];
    let tied = n.text_to(m).is_some_and(ties_part_to_whole);
    if tied && n.countable() && same_measure(n, m) && same_noun(n, m) {
        k - 1
    } else {
        k
    }
}

/// "by X to Y" or "rose X to Y": a change, then the level it led to (past "year over year" or
/// a phrase of time: [`by_to_past_phrase`]).
fn by_to_pair(a: &Fig, b: &Fig) -> bool {
    tied(a, b, "to", "by") || tied_to_verb(a, b, "to") || by_to_past_phrase(a, b)
}

/// Verbs of a change that say no direction ("widened to 60.8% from 57.1%": a margin widens as
/// it grows, a loss as it deepens).
const CHANGED: &[&str] = &[
    "widened",
    "narrowed",
    "improved",
    "worsened",
    "expanded",
    "contracted",
    "changed",
    "swung",
    "shifted",
    "moved",
    "went",
];

/// "rose to Y from Z", "widened to Y in the quarter from Z": a level after "to" and a verb of
/// change (figure `k`), then its earlier level; the direction the verb gives (0 for none) and
/// the earlier level's index.
fn to_from(figs: &[Fig], k: usize) -> Option<(f64, usize)> {
    let y = &figs[k];
    let before = last_words(y.before(), 2);
    let [verb, to] = before.as_slice() else {
        return None;
    };
    if to != "to" {
        return None;
    }
    let (sign, _) = direction(y.before());
    let changed = sign != 0.0 || CHANGED.contains(&verb.as_str());
    // ("fell to $412 million, or $1.64 per share, from $530 million": past the level put
    // another way, which [`earlier_level`] passes over.)
    let z = earlier_level(figs, k)?;
    let z_at = (k + 1..figs.len().min(k + 4)).find(|&j| std::ptr::eq(&figs[j], z))?;
    let from = words(figs[z_at - 1].text_to(z)?)
        .last()
        .is_some_and(|w| w == "from");
    (changed && from && same_noun(y, z)).then_some((sign, z_at))
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

/// "$180 million in advertising spending, up from $112 million": as [`down_from`], past a short
/// phrase of the level's that opens with a preposition and closes with a comma, or a name in
/// brackets ("423.9 parts per million (ppm), up from").
fn down_from_after_phrase(level: &Fig, earlier: &Fig) -> Option<f64> {
    let text = level.text_to(earlier)?;
    let (phrase, rest) = text.rsplit_once(',')?;
    let sign = match words(rest).as_slice() {
        [down, from] if down == "down" && from == "from" => -1.0,
        [up, from] if up == "up" && from == "from" => 1.0,
        _ => return None,
    };
    // "423.9 parts per million (ppm) in 2024, up from": past a name in brackets.
    let phrase = match phrase
        .trim_start()
        .strip_prefix('(')
        .and_then(|p| p.split_once(')'))
    {
        Some((name, after)) if !name.contains(|c: char| c.is_ascii_digit()) => after,
        _ => phrase,
    };
    let own = phrase.trim().is_empty() || adjunct_phrase(phrase) || level_clause(phrase);
    (own && same_measure(level, earlier) && same_noun(level, earlier)).then_some(sign)
}

/// "averaged 6.8%, compared with 6.84% the previous week, a decline of 14 basis points": a
/// level, its earlier one after a comma and "compared with" (figures `k` and `k + 1`), and a
/// change stated after them (without one, the comparison is no change the text states).
fn compared_with(figs: &[Fig], k: usize) -> bool {
    let (y, z) = (&figs[k], &figs[k + 1]);
    let Some(gap) = y.text_to(z) else {
        return false;
    };
    let w = words(gap);
    let compared = matches!(w.as_slice(), [c, with] if c == "compared" && matches!(with.as_str(), "with" | "to"));
    compared
        && gap.trim_start().starts_with(',')
        && same_measure(y, z)
        && same_noun(y, z)
        && stated_change(figs, k + 1, k).is_some()
}

/// A short phrase of time, place or topic after a level, in its clause: "in advertising
/// spending", "in the 2024 Ohio Senate race" (a year is no word); no other clause or change.
pub(super) fn adjunct_phrase(text: &str) -> bool {
    let w = words(text);
    !text.contains([',', ';', '.', ':', '(', ')'])
        && (1..=6).contains(&w.len())
        && ADJUNCT.contains(&w[0].as_str())
        && w.iter().all(|w| {
            let w = w.as_str();
            !UP.contains(&w) && !DOWN.contains(&w) && !CLAUSE.contains(&w)
        })
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
                written(level.value),
                written(before.value),
                written(level.value - before.value),
                unit_for(unit, moved.value),
                written(change.value),
                unit_for(unit, change.value)
            ),
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence,
        });
        return;
    }
    let before = level.minus(change.times(sign));
    // "by A$3.2 billion to A$47.5 billion, an increase of 8.2%": weighed against the level
    // before.
    if let Some(draft) = stated_after_by_to(figs, k, (change, level, before)) {
        out.push(draft);
        return;
    }
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
            written(level.value),
            written(change.value),
            written(before.value)
        ),
        tolerance: None,
        evidence,
    });
}

/// "from Z to Y [, an increase of X]".
fn from_to<'a>(figs: &'a [Fig<'a>], k: usize, out: &mut Vec<Draft<'a>>) {
    let (z, y) = (&figs[k], &figs[k + 1]);
    // ("from two to three times as great": a factor's span is an estimate, no change.)
    if !same_measure(z, y) || !same_noun(z, y) || z.q.measure == Some(Measure::Ratio) {
        return;
    }
    // "temperatures range from minus 20C to 40C": the span of a range, no change.
    let spans = last_words(z.before(), 3)
        .iter()
        .any(|w| RANGES.contains(&w.as_str()));
    if spans {
        return;
    }
    let (sign, _) = direction(z.before());
    level_change(figs, (k, k + 1), sign, "“from … to”", out);
}
