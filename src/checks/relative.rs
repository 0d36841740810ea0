//! A change in percent of a level that is no percentage (and [`percent_from`], which finds
//! "…, up 37% from …" and "…, an increase of 19% from …"): "rose 10% to $110 billion from $90
//! billion" (22.22 % ≠ 10 %), "fell 12% to $1.4 billion in the fourth quarter, from $1.6 billion"
//! (−12.5 % ≈ 12 %), or without the earlier level, the level before derived to the precision the
//! figures are written with ("$1.4 billion ÷ 0.88" ≈ 1.6 billion USD, not 1,590,909,091).

use super::between::period_on_period;
use super::change::{CLAUSE, change_unit, earlier_level};
use super::direction::{DOWN, UP, direction};
use super::figures::Fig;
use super::figures::{first_words, last_words, same_measure, same_noun, words};
use super::interval::{Band, band, judge, num, num_apart, written};
use super::levels::{change_noun, time_phrase};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// The relative change of a level from an earlier one, in percent, as a band: each end from the
/// ends of the two bands that make it smallest and largest.
pub(super) fn relative_change(level: Band, before: Band) -> Option<Band> {
    if before.lo <= 0.0 {
        return None;
    }
    let rel = |y: f64, z: f64| (y - z) / z * 100.0;
    let ends = [
        rel(level.lo, before.lo),
        rel(level.lo, before.hi),
        rel(level.hi, before.lo),
        rel(level.hi, before.hi),
    ];
    Some(Band {
        value: rel(level.value, before.value),
        lo: ends.iter().copied().fold(f64::INFINITY, f64::min),
        hi: ends.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    })
}

/// "rose 10% to $110 billion [from $90 billion]": a change in percent of a level that is no
/// percentage.
pub(super) fn relative_by_to<'a>(
    figs: &'a [Fig<'a>],
    k: usize,
    sign: f64,
    verb: &str,
    out: &mut Vec<Draft<'a>>,
) {
    let (x, y) = (&figs[k], &figs[k + 1]);
    let mut notes = Vec::new();
    let change = band(x.q, &mut notes);
    let level = band(y.q, &mut notes);
    let unit = y.q.unit.clone().unwrap_or_default();
    let word = if sign > 0.0 { "rise" } else { "fall" };
    let evidence = format!("“{verb}” … “to”");
    if let Some(z) = earlier_level(figs, k + 1) {
        let uses = vec![(x, "change"), (y, "level"), (z, "earlier level")];
        out.extend(stated_against_levels(sign, (x, y, z), uses, evidence));
        return;
    }
    let factor = 1.0 + sign * change.value / 100.0;
    if factor <= 0.0 {
        return;
    }
    let exact = level.value / factor;
    let before = match significant_digits(&y.q.text) {
        Some(digits) => to_significant(exact, digits.max(2)),
        None => round_like(exact, level.value),
    };
    let eq = if (before - exact).abs() <= 1e-9 * exact.abs() {
        "="
    } else {
        "≈"
    };
    out.push(Draft {
        relation: Relation::Change,
        result: Outcome::Derived,
        uses: vec![(x, "change"), (y, "level")],
        arithmetic: format!(
            "{} ÷ {} {eq} {} {unit} before the {word}",
            written(level.value),
            factor_text(factor),
            num(before)
        ),
        tolerance: None,
        evidence,
    });
}

/// "69,610 in 2024, down 37% from 110,037": a level (figure `k − 1`), a change in percent
/// (`k`) and the earlier level (`k + 1`), in the direction `sign`, the words that say so
/// `evidence`.
pub(super) fn relative_from<'a>(
    figs: &'a [Fig<'a>],
    k: usize,
    sign: f64,
    evidence: String,
    out: &mut Vec<Draft<'a>>,
) {
    let (y, x, z) = (&figs[k - 1], &figs[k], &figs[k + 1]);
    let uses = vec![(y, "level"), (x, "change"), (z, "earlier level")];
    out.extend(stated_against_levels(sign, (x, y, z), uses, evidence));
}

/// A stated change in percent `x` (a size, its direction `sign`, from the text's words) judged
/// against the relative change from the earlier level `z` to the level `y`; `uses` names the
/// three in the order the text gives them.
fn stated_against_levels<'a>(
    sign: f64,
    (x, y, z): (&'a Fig<'a>, &'a Fig<'a>, &'a Fig<'a>),
    uses: Vec<(&'a Fig<'a>, &'static str)>,
    evidence: String,
) -> Option<Draft<'a>> {
    let mut notes = Vec::new();
    let change = band(x.q, &mut notes);
    let (level, before) = (band(y.q, &mut notes), band(z.q, &mut notes));
    let moved = relative_change(level, before)?;
    let word = if sign > 0.0 { "rise" } else { "fall" };
    let size = if sign > 0.0 {
        moved
    } else {
        Band {
            value: -moved.value,
            lo: -moved.hi,
            hi: -moved.lo,
        }
    };
    let result = judge(change, size);
    let rel = result.relation_sign();
    Some(Draft {
        relation: Relation::Change,
        result,
        uses,
        arithmetic: format!(
            "({} − {}) ÷ {} = {} % {rel} the stated {word} of {} %",
            written(y.q.value),
            written(z.q.value),
            written(z.q.value),
            num_apart(moved.value, size.value, change),
            written(change.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence,
    })
}

/// "rose by A$3.2 billion to A$47.5 billion, an increase of 8.2%": a change in the level's unit
/// (figure `k`), the level (`k + 1`) and a change in percent stated after it (`k + 2`), weighed
/// against the change over the level before, derived (`before`). `None` when no such change
/// follows, when it is measured from a level of its own ("… from $30 million") or says the
/// other direction.
pub(super) fn stated_after_by_to<'a>(
    figs: &'a [Fig<'a>],
    k: usize,
    (change, level, before): (Band, Band, Band),
) -> Option<Draft<'a>> {
    let (x, y, s) = (&figs[k], &figs[k + 1], figs.get(k + 2)?);
    let percent = |f: &Fig| f.q.measure == Some(Measure::Percent);
    if !percent(s) || percent(y) || percent(x) {
        return None;
    }
    let text = y.text_to(s)?;
    let gap = words(text);
    let all: Vec<&str> = gap.iter().map(String::as_str).collect();
    // "to 4.8 billion taka next year, an increase of 50%": the level's time, then a comma.
    let time = time_phrase(&all);
    if time > 0 && !text.contains(',') {
        return None;
    }
    // The words of the stated change's clause after it ("…, a 9% increase": "increase").
    let clause = s
        .after()
        .split([',', ';', '.', ':', '('])
        .next()
        .unwrap_or("");
    let trailing = words(clause);
    let (sign, rest, prefixed) = match &all[time..] {
        ["or"] => (0.0, &trailing[..], false),
        ["a" | "an", noun, "of"] => (change_noun(noun)?, &trailing[..], false),
        // "a 9% increase".
        ["a" | "an"] => (change_noun(trailing.first()?)?, &trailing[1..], true),
        _ => return None,
    };
    // Past the level's time, or before its noun, the stated change ends its clause: "over
    // two years", "since 2020" would give it a base of its own.
    if (time > 0 || prefixed) && !rest.is_empty() {
        return None;
    }
    let said = match prefixed {
        true => format!("{} … {}", gap.join(" "), trailing[0]),
        false => gap.join(" "),
    };
    let (moved, _) = direction(x.before());
    if sign * moved < 0.0 {
        return None;
    }
    if figs
        .get(k + 3)
        .and_then(|z| s.text_to(z))
        .is_some_and(measured_from)
        || own_base(s.after())
    {
        return None;
    }
    let mut notes = Vec::new();
    let stated = band(s.q, &mut notes);
    let rel = relative_change(level, before)?;
    let size = Band {
        value: rel.value.abs(),
        lo: rel.lo.abs().min(rel.hi.abs()),
        hi: rel.lo.abs().max(rel.hi.abs()),
    };
    let result = judge(stated, size);
    let word = if moved > 0.0 { "rise" } else { "fall" };
    Some(Draft {
        relation: Relation::Change,
        result,
        uses: vec![(x, "change"), (y, "level"), (s, "change in percent")],
        arithmetic: format!(
            "{} ÷ ({} {} {}) = {} % {} the stated {word} of {} %",
            written(change.value),
            written(level.value),
            if moved > 0.0 { "−" } else { "+" },
            written(change.value),
            num(size.value),
            result.relation_sign(),
            written(stated.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!(
            "“{}” … “to” … “{}”",
            last_words(x.before(), 1).join(""),
            said
        ),
    })
}

/// A factor as written in a sum: up to four decimals, trailing zeros dropped ("1.055").
fn factor_text(factor: f64) -> String {
    let text = format!("{factor:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `value` rounded as finely as `like` is written: to whole units for a large amount.
fn round_like(value: f64, like: f64) -> f64 {
    if like.abs() >= 1000.0 {
        value.round()
    } else {
        (value * 100.0).round() / 100.0
    }
}

/// The significant digits of the number written in `text`: "$1.4 billion" → 2, "0.88" → 2,
/// "46.22" → 4, "1,200" → 2 (a whole number's trailing zeros say nothing); `None` without one.
fn significant_digits(text: &str) -> Option<u32> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let number: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .filter(|c| *c != ',')
        .collect();
    let number = number.trim_end_matches('.');
    let decimal = number.contains('.');
    let digits = number.replace('.', "");
    let digits = digits.trim_start_matches('0');
    let digits = if decimal {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    Some(digits.len().max(1) as u32)
}

/// `value` to `digits` significant digits.
fn to_significant(value: f64, digits: u32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(digits as i32 - 1 - value.abs().log10().floor() as i32);
    (value * scale).round() / scale
}

/// The direction a change in percent states with the words right before it: "up 37%", "down
/// 5%", "an increase of 19%", "a fall of 5%"; with how many of those words end `before`.
fn percent_direction(before: &str) -> Option<(f64, usize)> {
    let w = last_words(before, 3);
    match w.as_slice() {
        [.., last] if last == "up" => Some((1.0, 1)),
        [.., last] if last == "down" => Some((-1.0, 1)),
        [.., noun, of] if of == "of" => {
            let sign = change_noun(noun).filter(|&sign| sign != 0.0)?;
            let article = w.len() == 3 && matches!(w[0].as_str(), "a" | "an");
            Some((sign, 2 + usize::from(article)))
        }
        _ => None,
    }
}

/// The direction a change in percent states with a noun of change after it, the figure after
/// "a" or "an": "a 19% increase", "a 5% fall"; with the noun.
fn noun_after(x: &Fig) -> Option<(f64, String)> {
    let article = last_words(x.before(), 1);
    if !matches!(article.first().map(String::as_str), Some("a" | "an")) {
        return None;
    }
    let noun = first_words(x.after(), 1).pop()?;
    // The noun follows at once: "a 19% increase", not "a 19% share, an increase".
    let glued = x
        .after()
        .trim_start()
        .to_lowercase()
        .starts_with(noun.as_str());
    let sign = change_noun(&noun).filter(|&sign| sign != 0.0 && glued)?;
    Some((sign, noun))
}

/// The words right after a stated change give it a base of its own ("an increase of 35% from
/// the original estimate", "since 2020", "compared with 2019", "on 2019", "over two years"),
/// not the period before ("from a year earlier", "on the previous year", "on last year").
fn own_base(after: &str) -> bool {
    if !after.trim_start().starts_with(char::is_alphabetic) {
        return false;
    }
    let w = first_words(after, 4);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let period_before = matches!(
        w.get(1..).unwrap_or_default(),
        ["a", "year", "earlier" | "ago" | "before", ..]
            | ["last", "year", ..]
            | ["the", "previous" | "prior" | "preceding", "year", ..]
            | ["the", "year", "before" | "earlier", ..]
    );
    match w.first().copied() {
        Some("since" | "compared" | "against" | "versus" | "vs" | "relative" | "over") => true,
        Some("from" | "on") => !period_before,
        _ => false,
    }
}

/// Words between a change in percent and the earlier level it is measured from: "from", "on"
/// (British: "up 37% on 108,000"), "compared with"; or such a word, a short phrase of time and
/// "when" ("up 37% on the same period last year, when 108,000 doses were given").
fn measured_from(gap: &str) -> bool {
    let mut w = words(gap);
    // "up 18% year-on-year from $12.9bn".
    w.drain(..period_on_period(&w));
    // Not "over": "a growth of 19 percent over seven years" is a length of time.
    let opens = |x: &str| matches!(x, "from" | "on" | "against" | "compared");
    match w.as_slice() {
        [from] | [from, _] if opens(from) && !gap.contains([',', ';', '(']) => {
            w.len() == 1 || matches!(w[1].as_str(), "the" | "with" | "to")
        }
        [from, middle @ .., when] if opens(from) && when == "when" => {
            middle.len() <= 6
                && gap
                    .trim_end()
                    .strip_suffix("when")
                    .is_some_and(|g| g.trim_end().ends_with(','))
                && middle.iter().all(|x| {
                    let x = x.as_str();
                    !UP.contains(&x) && !DOWN.contains(&x) && !CLAUSE.contains(&x)
                })
        }
        _ => false,
    }
}

/// "69,610 in 2024, down 37% from 110,037", "$2.84 billion, an increase of 19% from $2.54
/// billion", "6.8%, down 20 basis points from 6.92%": a level, then a change in percent (or in
/// the level's unit) after words that say its direction and before
/// the earlier level (figures `k − 1`, `k` and `k + 1`); the direction.
pub(super) fn percent_from(figs: &[Fig], k: usize) -> Option<(f64, String)> {
    let (x, z) = (&figs[k], &figs[k + 1]);
    let y = figs.get(k.checked_sub(1)?)?;
    let percent = |f: &Fig| f.q.measure == Some(Measure::Percent);
    // In percent of a level that is no percentage (relative), or in the level's own unit or in
    // points of a percentage ("6.8%, down 20 basis points from 6.92%").
    let relative = percent(x) && !percent(y);
    let absolute = !percent(x) && change_unit(x, y).is_some();
    if !relative && !absolute {
        return None;
    }
    // "an increase of 19% from", or the noun after the figure: "a 19% increase from".
    let (sign, lead, noun) = match percent_direction(x.before()) {
        Some((sign, lead)) => (sign, lead, None),
        None => {
            let (sign, noun) = noun_after(x)?;
            (sign, 1, Some(noun))
        }
    };
    // Between the level and the change: a few words of the same clause ("died in 2024", "were
    // given between 1 January and 31 March"), none another change's or another clause's.
    let mut gap = words(y.text_to(x)?);
    gap.truncate(gap.len().saturating_sub(lead));
    let between = gap.iter().position(|w| w == "between");
    let same_clause = gap.len() <= 8
        && gap.iter().enumerate().all(|(i, w)| {
            let w = w.as_str();
            let range = w == "and" && between.is_some_and(|b| b < i);
            !UP.contains(&w) && !DOWN.contains(&w) && (range || !CLAUSE.contains(&w))
        });
    let mut to_earlier = x.text_to(z)?;
    let mut opening = last_words(x.before(), lead).join(" ");
    if let Some(noun) = &noun {
        // (The noun opens the text after the figure: `noun_after`.)
        let at = to_earlier.to_lowercase().find(noun.as_str())?;
        to_earlier = &to_earlier[at + noun.len()..];
        opening = format!("{opening} … {noun}");
    }
    let from = measured_from(to_earlier);
    let after = words(to_earlier);
    let evidence = format!("“{opening}” … “{}”", after.get(period_on_period(&after))?);
    (same_clause && from && same_measure(y, z) && same_noun(y, z)).then_some((sign, evidence))
}

#[cfg(test)]
mod tests {
    use super::{significant_digits, to_significant};

    #[test]
    fn significant_digits_as_written() {
        for (text, digits) in [
            ("$1.4 billion", 2),
            ("0.88", 2),
            ("$46.22 billion", 4),
            ("1,200 jobs", 2),
            ("$110 billion", 2),
            ("3.50%", 3),
        ] {
            assert_eq!(significant_digits(text), Some(digits), "{text}");
        }
        assert_eq!(significant_digits("a billion"), None);
        assert_eq!(to_significant(1_590_909_091.0, 2), 1_600_000_000.0);
        assert_eq!(to_significant(14_202_898_551.0, 3), 14_200_000_000.0);
    }
}
