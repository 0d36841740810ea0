//! The same quantity stated twice: the headline's casualty figure against the body's ("Death
//! toll … rises above 200" / "at least 230 people were killed"), and one quantity in two units
//! side by side ("50 basis points (half a percent)", "10 kilometers (6 miles)").

use super::figures::{Fig, family, first_words, is_forecast, last_words, words};
use super::interval::{Band, band, judge, num};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// The figure is in the first claim, which reads as a headline: no closing full stop, at most
/// 25 words.
fn is_headline(f: &Fig) -> bool {
    let t = f.claim.text.trim_end();
    f.pos == 0 && !t.ends_with(['.', '!', '?', '"', '”', '’']) && t.split_whitespace().count() <= 25
}

/// The figure is the subject of a toll: "the death toll … 381", "death count … 75".
fn is_toll(f: &Fig) -> bool {
    let before = last_words(f.before(), 10);
    before.iter().any(|w| w == "toll")
        || before
            .windows(2)
            .any(|w| w[0] == "death" && w[1] == "count")
}

/// A figure that is only part of the people it speaks of ("55 of 75", "another 22", "including
/// 3 children"), so never the same quantity as a total.
fn is_part(f: &Fig) -> bool {
    let before = last_words(f.before(), 2);
    let partial = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "including" | "another" | "further" | "additional" | "of" | "among" | "only"
        )
    });
    let after = first_words(f.after(), 2);
    partial || after.first().is_some_and(|w| w == "of" || w == "out")
}

/// What a casualty figure counts: its family ("killed", "injured", …) and its noun, people by
/// default. `None` for figures that are not about people.
fn casualty_key(f: &Fig) -> Option<(&'static str, String)> {
    if !f.countable() || !matches!(f.q.measure, None | Some(Measure::Count)) {
        return None;
    }
    let fam = family(f)?;
    Some((fam, f.noun().unwrap_or_else(|| "people".to_string())))
}

/// Casualty figures of the headline and of the toll that reappear elsewhere in the article.
pub(crate) fn same_quantity<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    // A sentence with a year is about another event ("in 1970, a quake killed …").
    let eligible =
        |f: &Fig| !is_forecast(f) && !is_part(f) && !f.claim.dates.iter().any(|d| d.iso.is_some());
    let mut done: Vec<(&'static str, String)> = Vec::new();
    for anchor in figs {
        if !(is_headline(anchor) || is_toll(anchor)) || !eligible(anchor) {
            continue;
        }
        let Some(key) = casualty_key(anchor) else {
            continue;
        };
        if done.contains(&key) {
            continue;
        }
        let group: Vec<&Fig> = figs
            .iter()
            .filter(|f| eligible(f) && casualty_key(f).as_ref() == Some(&key))
            .collect();
        let claims_in_group = {
            let mut p: Vec<usize> = group.iter().map(|f| f.pos).collect();
            p.dedup();
            p.len()
        };
        // One figure per sentence at most: two in one sentence are two groups of people.
        if claims_in_group < 2 || claims_in_group != group.len() {
            continue;
        }
        done.push(key.clone());
        out.push(judge_same(&group, &key));
    }
}

fn judge_same<'a>(group: &[&'a Fig<'a>], key: &(&'static str, String)) -> Draft<'a> {
    let mut notes = Vec::new();
    let bands: Vec<Band> = group.iter().map(|f| band(f.q, &mut notes)).collect();
    let lo = bands.iter().map(|b| b.lo).fold(f64::NEG_INFINITY, f64::max);
    let hi = bands.iter().map(|b| b.hi).fold(f64::INFINITY, f64::min);
    let equal = bands.windows(2).all(|w| w[0].value == w[1].value);
    let result = if equal {
        Outcome::Consistent
    } else if lo <= hi {
        Outcome::Approximate
    } else {
        Outcome::Inconsistent
    };
    let stated: Vec<String> = group
        .iter()
        .map(|f| match f.q.qualifier {
            Some(q) => format!("{} {}", q.label(), num(f.q.value)),
            None => num(f.q.value),
        })
        .collect();
    let sign = match result {
        Outcome::Consistent => " = ",
        Outcome::Approximate => " ≈ ",
        _ => " ≠ ",
    };
    let (fam, noun) = key;
    let headline = group.iter().any(|f| f.pos == 0);
    let evidence = if headline {
        format!("the headline and the body count the {noun} {fam}")
    } else {
        format!("each figure is the toll of the {noun} {fam}")
    };
    Draft {
        relation: Relation::SameQuantity,
        result,
        uses: group.iter().map(|f| (*f, "stated")).collect(),
        arithmetic: format!("{} ({noun} {fam})", stated.join(sign)),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence,
    }
}

/// A canonical unit and its factor to the base of its dimension.
fn dimension(f: &Fig) -> Option<(&'static str, f64, &'static str)> {
    match f.q.measure? {
        Measure::BasisPoints => return Some(("rate", 0.01, "basis points")),
        Measure::Percent | Measure::PercentagePoints => return Some(("rate", 1.0, "percent")),
        Measure::Physical => {}
        _ => return None,
    }
    let unit = f.q.unit.as_deref()?.to_lowercase();
    Some(match unit.as_str() {
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" => ("length", 1000.0, "km"),
        "miles" | "mile" => ("length", 1609.344, "miles"),
        "meters" | "metres" | "meter" | "metre" => ("length", 1.0, "m"),
        "feet" | "foot" | "ft" => ("length", 0.3048, "feet"),
        "kg" | "kilograms" | "kilogram" => ("mass", 1.0, "kg"),
        "lbs" => ("mass", 0.453_592_37, "lb"),
        "hectares" | "hectare" => ("area", 10_000.0, "hectares"),
        "acres" | "acre" => ("area", 4_046.856_422_4, "acres"),
        _ => return None,
    })
}

/// "A (B)": one quantity in two units, side by side.
pub(crate) fn equivalent<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for pair in figs.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let Some(gap) = a.text_to(b) else {
            continue;
        };
        let closes = b.after().trim_start().starts_with(')');
        if gap.trim() != "(" || !closes || !words(gap).is_empty() {
            continue;
        }
        let (Some((dim_a, ka, name_a)), Some((dim_b, kb, name_b))) = (dimension(a), dimension(b))
        else {
            continue;
        };
        if dim_a != dim_b || name_a == name_b {
            continue;
        }
        let factor = ka / kb;
        let mut notes = Vec::new();
        let converted = band(a.q, &mut notes).times(factor);
        let stated = band(b.q, &mut notes);
        let result = judge(stated, converted);
        let sign = match result {
            Outcome::Consistent => "=",
            Outcome::Approximate => "≈",
            _ => "≠",
        };
        out.push(Draft {
            relation: Relation::Equivalent,
            result,
            uses: vec![(a, "stated"), (b, "converted")],
            arithmetic: format!(
                "{} {name_a} = {} {name_b} {sign} {} {name_b} stated",
                num(a.q.value),
                num(converted.value),
                num(b.q.value)
            ),
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence: "the second figure in brackets restates the first".to_string(),
        });
    }
}
