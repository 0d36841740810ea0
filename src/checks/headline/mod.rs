//! The headline's figure against the body's, for quantities other than a toll (`same` compares
//! those): an area ("Ridgeline Fire grows to 48,000 acres" / "has burned 46,200 acres"), a count
//! of things ("Cholera cases top 14,000" / "12,870 suspected cholera cases"), a margin of votes
//! ("wins by 54,000 votes" / "a margin of 124,366 votes"), and a sum of money or a percentage
//! said of the same subject ("revenue of $14.2 billion" / "revenue … rose 18% to $14.6 billion";
//! "turnout hits 71%" / "Turnout was 68.4%"), and a population ("Population tops 5.6 million" /
//! "The population rose to 5,462,148 people"). Only levels are compared (not a change, "rose 9%"),
//! never a forecast, an earlier level, a figure of another period, place, group, day or named thing
//! (`strict`: any such figure that agrees with the headline, or stands beside, silences it); and when
//! the body gives several values that the headline agrees with none of, which one it rounds is a
//! guess, so nothing is said.

mod population;
mod strict;
mod tie;
mod words;

use super::event::{Reading, Scene};
use super::figures::{
    Fig, first_words, fold_noun, in_a_subset, is_forecast, is_kind_of_people, last_words, singular,
    words,
};
use super::interval::{ABOUT, Band, NEARLY, written};
use super::same::{headline_block, is_earlier_level};
use super::{Draft, Outcome, Relation};
use crate::claim::{Kind, Measure, Qualifier};
use population::population;
use tie::Tie;
pub(crate) use words::WON;
use words::{
    BY_CHANGE, CHANGE_AFTER, CHANGE_BEFORE, PASSING, STATUS, WISHED, names_another, other_period,
    own_clauses, part, quoted, subject,
};

/// What a figure is, for comparing it with another.
struct Side<'a> {
    fig: &'a Fig<'a>,
    measure: Measure,
    /// The unit, lower-case and singular: the counted noun, the currency, the physical unit.
    unit: Option<String>,
    /// "wins by 54,000 votes", "a margin of 124,366 votes".
    margin: bool,
    /// The subject of money or a percentage ("median price"), singular.
    subject: Vec<String>,
    /// The word before the subject, when it names a part ("gaming").
    modifier: Option<String>,
    statuses: Vec<String>,
    /// The hedge, with verbs of passing a mark read as "more than".
    qualifier: Option<Qualifier>,
    /// The lower-case singular words of its sentence.
    sentence: Vec<String>,
    /// Its own words name another period ("a year ago", "in 2024", "so far").
    other_period: bool,
    /// Its place beside the figure before or after it.
    tie: Tie,
}

/// Compares each figure of the headline with the body's figures of the same quantity.
pub(crate) fn headline_figures<'a>(
    figs: &'a [Fig<'a>],
    claims: &[(usize, &crate::claim::Claim)],
    summed: &std::collections::HashSet<usize>,
    out: &mut Vec<Draft<'a>>,
) {
    let top = headline_block(claims);
    let body = claims.get(top).map_or(usize::MAX, |(place, _)| *place);
    let sides: Vec<Side> = figs
        .iter()
        .enumerate()
        .filter(|(_, f)| !summed.contains(&f.q.start))
        .filter_map(|(at, f)| side(f, Tie::of(figs, at)))
        .collect();
    let (headline, in_body): (Vec<&Side>, Vec<&Side>) =
        sides.iter().partition(|s| s.fig.pos < body);
    // "climbs to $14.6 billion from last year's $12.9 billion": only the headline's level.
    // ("Bill passes by 312 votes to 298": the losing side is no level of the headline's.)
    let headline: Vec<&Side> = headline
        .into_iter()
        .filter(|s| !s.other_period && s.tie != Tie::Whole)
        .collect();
    if headline.is_empty() {
        return;
    }
    // The headline and the first body sentence with figures say where and when.
    let mut context: Vec<Reading> = claims[..top.min(claims.len())]
        .iter()
        .map(|(_, c)| Reading::of(&c.text))
        .collect();
    context.extend(
        claims[top.min(claims.len())..]
            .iter()
            .find(|(_, c)| !c.quantities.is_empty())
            .map(|(_, c)| Reading::of(&c.text)),
    );
    let context: Vec<&Reading> = context.iter().collect();
    // Names the body writes with a capital inside its sentences ("…, Veltrix earned"): the
    // headline's "Veltrix revenue" is the body's revenue.
    let names: Vec<String> = claims[top.min(claims.len())..]
        .iter()
        .flat_map(|(_, c)| c.text.split_whitespace().skip(1))
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| singular(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()))
        .collect();
    let lede = claims[top.min(claims.len())..]
        .iter()
        .find(|(_, c)| !c.quantities.is_empty());
    for h in headline {
        let scene = Scene::of(&Reading::of(&h.fig.claim.text), &context);
        let (same, elsewhere): (Vec<&Side>, Vec<&Side>) = in_body
            .iter()
            .copied()
            .filter(|b| same_thing(h, b, &names))
            .filter(|b| !names_another(&h.fig.claim.text, &b.fig.claim.text))
            .partition(|b| {
                !b.other_period && scene.admits_place_and_day(&Reading::of(&own_clauses(b.fig)))
            });
        // A group's, a place's, a day's or a rate's figure: another value of the quantity, so
        // which one the headline gives is a guess.
        let (restricted, same): (Vec<&Side>, Vec<&Side>) = same.into_iter().partition(|b| {
            let lede = lede
                .filter(|(pos, _)| *pos != b.fig.pos)
                .map_or("", |(_, c)| c.text.as_str());
            b.tie == Tie::Whole || strict::restricted(b.fig, &h.fig.claim.text, lede)
        });
        let others = Others {
            restricted: &restricted,
            elsewhere: &elsewhere,
        };
        if let Some(draft) = judge(h, &same, &others) {
            out.push(draft);
        }
    }
}

/// Nouns a figure before them makes a mark to meet or pass ("the 1.5C limit", "a 2% target").
const LIMITS: &[&str] = &[
    "limit",
    "target",
    "threshold",
    "ceiling",
    "cap",
    "goal",
    "benchmark",
];

/// The figure as a side of a comparison, or `None` when it is no level that a headline and a
/// body both state: a change, a forecast, an earlier or a part, another period's, a quotation's.
fn side<'a>(f: &'a Fig<'a>, tie: Tie) -> Option<Side<'a>> {
    let measure = f.q.measure.unwrap_or(Measure::Count);
    let kind = matches!(
        measure,
        Measure::Count | Measure::Physical | Measure::Money | Measure::Percent
    );
    if !kind || !f.countable() || f.claim.kind == Kind::Quote || quoted(f.before()) {
        return None;
    }
    let before = last_words(f.before(), 8);
    let last = before.last().map(String::as_str).unwrap_or("");
    // The next word, unless a comma or a bracket comes first (", up from …").
    let next = match f.after().trim_start().starts_with(char::is_alphabetic) {
        true => first_words(f.after(), 1),
        false => Vec::new(),
    };
    let wished = before.iter().any(|w| WISHED.contains(&w.as_str()));
    let compared = words(f.before()).iter().any(|w| w == "compared");
    // "World breached 1.5C limit": the figure names a limit, target or threshold, no
    // measurement of the quantity (nor is the body's "a year above 1.5C" one).
    let limit = next
        .first()
        .is_some_and(|w| LIMITS.contains(&singular(w).as_str()));
    if is_forecast(f)
        || wished
        || compared
        || limit
        || part(f, measure) && tie != Tie::Part
        || in_a_subset(f)
        || is_earlier_level(f)
    {
        return None;
    }
    // "Her lead grew by 12,000 votes": a change of the margin, not one.
    let grew_by = last == "by"
        && before.len().checked_sub(2).is_some_and(|k| {
            CHANGE_BEFORE.contains(&before[k].as_str()) || BY_CHANGE.contains(&before[k].as_str())
        });
    // ("passed by 312 votes to 298": a tally's side after "by", no margin.)
    let by_win = last == "by"
        && !grew_by
        && tie != Tie::Part
        && before.iter().any(|w| WON.contains(&w.as_str()));
    let of_margin = before.len() >= 2
        && before[before.len() - 1] == "of"
        && matches!(
            before[before.len() - 2].as_str(),
            "margin" | "majority" | "lead"
        );
    let tally = next.first().is_some_and(|w| w == "to") && tie != Tie::Part;
    let change = CHANGE_BEFORE.contains(&last)
        || next
            .first()
            .is_some_and(|w| CHANGE_AFTER.contains(&w.as_str()))
        || last == "by" && !by_win && tie != Tie::Part;
    if change || tally {
        return None;
    }
    let unit = f.q.unit.as_deref().map(singular);
    let population = match measure {
        Measure::Count => population(f.before()),
        _ => None,
    };
    if measure == Measure::Count
        && population.is_none()
        && let Some(u) = &unit
        && (fold_noun(u) == "people" || is_kind_of_people(u))
    {
        // People: the toll check's, or too many kinds of counting (carried, evacuated, …).
        return None;
    }
    let (subject, modifier) = match measure {
        Measure::Money | Measure::Percent => subject(f),
        _ => match population {
            Some(whose) => (vec!["population".to_string()], whose),
            None => (Vec::new(), None),
        },
    };
    if matches!(measure, Measure::Money | Measure::Percent) && subject.is_empty() {
        return None;
    }
    let around: Vec<String> = before
        .iter()
        .rev()
        .take(6)
        .chain(first_words(f.after(), 4).iter())
        .cloned()
        .collect();
    let statuses = around
        .into_iter()
        .filter(|w| STATUS.contains(&w.as_str()))
        .collect();
    let qualifier =
        f.q.qualifier
            .or_else(|| PASSING.contains(&last).then_some(Qualifier::MoreThan));
    Some(Side {
        fig: f,
        measure,
        unit,
        margin: by_win || of_margin,
        subject,
        modifier,
        statuses,
        qualifier,
        sentence: words(&f.claim.text).iter().map(|w| singular(w)).collect(),
        other_period: other_period(f),
        tie,
    })
}

/// The headline's figure and the body's count the same quantity: one measure and unit, the same
/// noun (for a headline count without one, the noun it names before the figure), the same
/// subject for money and percentages, both a margin or neither, no status of their own.
fn same_thing(h: &Side, b: &Side, names: &[String]) -> bool {
    if h.measure != b.measure || h.margin != b.margin {
        return false;
    }
    // A population in people or without a noun ("tops 5.6 million").
    let people = |u: &Option<String>| u.as_deref().is_none_or(|u| fold_noun(u) == "people");
    let population = h.subject == ["population"] && b.subject == ["population"];
    let unit = population && people(&h.unit) && people(&b.unit)
        || match (&h.unit, &b.unit) {
            (Some(x), Some(y)) => x == y,
            // "Cholera cases in Zambaru top 14,000": the noun before the figure.
            (None, Some(y)) if h.measure == Measure::Count => last_words(h.fig.before(), 6)
                .iter()
                .any(|w| singular(w) == *y),
            _ => false,
        };
    let subject = h.subject.iter().any(|w| b.subject.contains(w))
        && h.subject.iter().all(|w| b.sentence.contains(w))
        && b.subject.iter().all(|w| h.sentence.contains(w))
        && h.modifier
            .as_ref()
            .is_none_or(|m| b.sentence.contains(m) || names.contains(m))
        && b.modifier.as_ref().is_none_or(|m| h.sentence.contains(m));
    let statuses = h.statuses.is_empty()
        || b.statuses.is_empty()
        || h.statuses.iter().any(|s| b.statuses.contains(s));
    unit && statuses && (h.subject.is_empty() && b.subject.is_empty() || subject)
}

/// Half the last written digit, in the figure's value ("48,000" ±500, "$14.2 billion" ±0.05
/// billion, "68.4%" ±0.05); none for a figure in words.
fn precision(text: &str, value: f64) -> f64 {
    let Some(start) = text.find(|c: char| c.is_ascii_digit()) else {
        return 0.0;
    };
    let digits = &text[start..];
    let end = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(digits.len());
    let written = digits[..end].trim_end_matches(['.', ',']).replace(',', "");
    let Ok(mantissa) = written.parse::<f64>() else {
        return 0.0;
    };
    if mantissa == 0.0 {
        return 0.0;
    }
    let exponent = match written.split_once('.') {
        Some((_, fraction)) => -(fraction.len() as i32),
        None => (written.len() - written.trim_end_matches('0').len()) as i32,
    };
    0.5 * 10f64.powi(exponent) * (value / mantissa)
}

/// The values a side allows: its written precision, and its hedge.
fn band_of(s: &Side, notes: &mut Vec<String>) -> Band {
    let (v, text) = (s.fig.q.value, &s.fig.q.text);
    let r = precision(text, v);
    let mut b = Band {
        value: v,
        lo: v - r,
        hi: s.fig.q.upper.unwrap_or(v) + r,
    };
    if r > 0.0 && s.fig.pos == 0 {
        notes.push(format!("“{text}” is rounded"));
    }
    match s.qualifier {
        Some(Qualifier::About) => {
            b.lo = b.lo.min(v * (1.0 - ABOUT));
            b.hi = b.hi.max(v * (1.0 + ABOUT));
        }
        Some(Qualifier::Nearly) => (b.lo, b.hi) = (b.lo.min(v * (1.0 - NEARLY)), v),
        Some(Qualifier::AtLeast) => (b.lo, b.hi) = (v, f64::INFINITY),
        Some(Qualifier::MoreThan) => (b.lo, b.hi) = (v + v.abs() * 1e-9, f64::INFINITY),
        Some(Qualifier::UpTo) => (b.lo, b.hi) = (0.0, v),
        Some(Qualifier::LessThan) => (b.lo, b.hi) = (0.0, v - v.abs() * 1e-9),
        _ => {}
    }
    if let Some(q) = s.qualifier.filter(|q| !matches!(q, Qualifier::Indefinite)) {
        notes.push(format!("“{} {text}”", q.label()));
    }
    b
}

/// A figure as the article hedges it: "more than $415,000", "48,000" (a count without its
/// noun, which the finding names once).
fn stated(s: &Side) -> String {
    let figure = match s.measure {
        Measure::Money | Measure::Percent => s.fig.q.text.clone(),
        _ => match s.fig.q.upper {
            Some(upper) => format!("{}–{}", written(s.fig.q.value), written(upper)),
            None => written(s.fig.q.value),
        },
    };
    match s.qualifier {
        Some(q) => format!("{} {figure}", q.label()),
        None => figure,
    }
}

/// The body's figures of the headline's quantity that are not compared with it.
struct Others<'s, 'a> {
    /// Said of a group, a place, a day or a rate ("Children under five account for 3,200").
    restricted: &'s [&'s Side<'a>],
    /// Of another period, or of a place or day the headline's scene does not admit.
    elsewhere: &'s [&'s Side<'a>],
}

/// The headline's figure against the body's: ✓ or ≈ with the ones it agrees with, ✗ when the
/// body gives one value only and the headline's disagrees, else nothing. A false alarm is the
/// worst result, so any of the `others` that agrees with the headline ("By Wednesday it had
/// burned 48,000 acres") silences it, and so does any restricted figure at all.
fn judge<'a>(h: &Side<'a>, body: &[&Side<'a>], others: &Others<'_, 'a>) -> Option<Draft<'a>> {
    let mut notes = Vec::new();
    let hb = band_of(h, &mut notes);
    let overlaps = |b: &Band| b.lo <= hb.hi && hb.lo <= b.hi;
    let agrees_elsewhere = others
        .restricted
        .iter()
        .chain(others.elsewhere)
        .any(|b| overlaps(&band_of(b, &mut Vec::new())));
    let alone = !agrees_elsewhere && others.restricted.is_empty();
    let bands: Vec<Band> = body.iter().map(|b| band_of(b, &mut notes)).collect();
    let mut agreeing: Vec<&Side> = body
        .iter()
        .zip(&bands)
        .filter(|(_, b)| overlaps(b))
        .map(|(s, _)| *s)
        .collect();
    // "to 3.40 percent at a meeting on Tuesday": a restricted figure that agrees is agreement.
    let restricted = agreeing.is_empty();
    if restricted {
        agreeing = others
            .restricted
            .iter()
            .copied()
            .filter(|b| overlaps(&band_of(b, &mut notes)))
            .collect();
    }
    let mut values: Vec<f64> = body.iter().map(|b| b.fig.q.value).collect();
    values.dedup();
    let (result, group) = if !agreeing.is_empty() {
        let equal = agreeing
            .iter()
            .all(|b| b.fig.q.value == h.fig.q.value && b.qualifier == h.qualifier);
        let result = if equal {
            Outcome::Consistent
        } else {
            Outcome::Approximate
        };
        (result, agreeing)
    } else if !body.is_empty() && alone && values.iter().all(|v| *v == values[0]) {
        (Outcome::Inconsistent, body.to_vec())
    } else {
        return None;
    };
    let what = match (h.measure, &h.subject[..]) {
        (Measure::Money | Measure::Percent, subject) => subject.join(" "),
        (Measure::Count, [population]) => population.clone(),
        _ if h.margin => format!("margin in {}", unit_written(group[0])),
        _ => unit_written(group[0]),
    };
    let sign = match result {
        Outcome::Consistent => " = ",
        Outcome::Approximate => " ≈ ",
        _ => " ≠ ",
    };
    // Each value once, with how often the body states it: "12,870 (twice)".
    let mut written: Vec<(String, usize)> = Vec::new();
    for s in std::iter::once(h).chain(group.iter().copied()) {
        let text = stated(s);
        match written.iter_mut().find(|(w, _)| *w == text) {
            Some((_, n)) => *n += 1,
            None => written.push((text, 1)),
        }
    }
    let written: Vec<String> = written
        .into_iter()
        .map(|(w, n)| match n {
            1 => w,
            2 => format!("{w} (twice)"),
            n => format!("{w} ({n} times)"),
        })
        .collect();
    let mut uses = vec![(h.fig, "headline")];
    uses.extend(group.iter().map(|s| (s.fig, "body")));
    Some(Draft {
        relation: Relation::SameQuantity,
        result,
        uses,
        arithmetic: format!("{} ({what})", written.join(sign)),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: match restricted && result != Outcome::Inconsistent {
            true => format!(
                "the headline and the body give the {what} (same unit and subject; the body's \
                 names a place, day, group or rate of its own)"
            ),
            false => format!(
                "the headline and the body give the {what} (same unit and subject; no other \
                 place, day or period named)"
            ),
        },
    })
}

/// The unit as the body writes it ("acres", "cases", "votes").
fn unit_written(s: &Side) -> String {
    // (A counted noun is lower case already; "°C" and "F-16s" keep their capitals.)
    s.fig.q.unit.as_deref().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_precision_is_half_the_last_digit() {
        assert_eq!(precision("48,000 acres", 48_000.0), 500.0);
        assert_eq!(precision("46,200 acres", 46_200.0), 50.0);
        assert!((precision("68.4%", 68.4) - 0.05).abs() < 1e-9);
        assert!((precision("$14.2 billion", 14.2e9) - 0.05e9).abs() < 1.0);
        assert_eq!(precision("six", 6.0), 0.0);
    }
}
