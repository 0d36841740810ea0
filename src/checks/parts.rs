//! Parts and totals: a list of parts with their total in one sentence ("a total of 17 drones,
//! including 10 over Kursk and 4 over Belgorod"), and a total built across sentences ("3,400 died
//! in A", "another 1,600 in B", "that brought the number killed to 5,100").

use super::figures::{
    Fig, family, first_words, has_phrase, is_forecast, last_words, same_measure, same_noun, words,
};
use super::interval::{Band, band, judge, num};
use super::{Draft, Outcome, Relation};

/// Words after a total that introduce some of its parts.
const SOME_PARTS: &[&[&str]] = &[
    &["including"],
    &["includes"],
    &["include"],
    &["of", "which"],
    &["of", "whom"],
    &["among", "them"],
    &["among", "which"],
    &["among", "whom"],
];

/// Words after a total that introduce all of its parts.
const ALL_PARTS: &[&[&str]] = &[
    &["comprising"],
    &["consisting", "of"],
    &["made", "up", "of"],
    &["broken", "down", "into"],
    &["divided", "into"],
    &["split", "into"],
];

/// Words that open a sentence listing the parts of the previous sentence's total.
const NEXT_SENTENCE_PARTS: &[&[&str]] = &[
    &["of", "these"],
    &["of", "them"],
    &["of", "those"],
    &["of", "whom"],
    &["among", "them"],
    &["among", "those"],
];

/// The trigger in `gap` (the text between a total and its first part), if any: its words and
/// whether the list is complete.
fn trigger(gap: &str) -> Option<(String, bool)> {
    if gap.trim_end().ends_with(':') && !gap.contains(['.', ';']) {
        return Some((":".to_string(), true));
    }
    let w = words(gap);
    if w.len() > 8 {
        return None;
    }
    for (list, complete) in [(SOME_PARTS, false), (ALL_PARTS, true)] {
        for phrase in list {
            if has_phrase(&w, phrase) {
                return Some((phrase.join(" "), complete));
            }
        }
    }
    None
}

/// A part may be added to a total: a count of the same thing, not hedged as indefinite.
fn fits(total: &Fig, part: &Fig) -> bool {
    part.countable() && same_measure(total, part) && same_noun(total, part)
}

/// Totals with their parts in the same sentence (or the next one, "Of these, …").
pub(crate) fn parts_total<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (t, total) in figs.iter().enumerate() {
        if !total.countable() || is_forecast(total) {
            continue;
        }
        let mut parts: Vec<&Fig> = Vec::new();
        let mut found: Option<(String, bool)> = None;
        if let Some(first) = figs.get(t + 1).filter(|f| f.pos == total.pos)
            && let Some(gap) = total.text_to(first)
            && let Some(trig) = trigger(gap)
        {
            found = Some(trig);
            for part in &figs[t + 1..] {
                if part.pos != total.pos || !fits(total, part) {
                    break;
                }
                parts.push(part);
            }
        } else if figs.get(t + 1).is_none_or(|f| f.pos != total.pos) {
            // "Of these, 10 …": the parts open the next sentence.
            let next: Vec<&Fig> = figs[t + 1..]
                .iter()
                .filter(|f| f.pos == total.pos + 1)
                .collect();
            if let Some(first) = next.first() {
                let opening = first_words(&first.claim.text, 2);
                if NEXT_SENTENCE_PARTS
                    .iter()
                    .any(|p| has_phrase(&opening, p) && opening.len() == p.len())
                {
                    found = Some((opening.join(" "), false));
                    parts = next.into_iter().take_while(|p| fits(total, p)).collect();
                }
            }
        }
        let Some((evidence, complete)) = found else {
            continue;
        };
        if parts.is_empty() {
            continue;
        }
        out.push(judge_parts(total, &parts, &evidence, complete));
    }
}

/// Compares the sum of `parts` with `total`.
fn judge_parts<'a>(
    total: &'a Fig<'a>,
    parts: &[&'a Fig<'a>],
    evidence: &str,
    complete: bool,
) -> Draft<'a> {
    let mut notes = Vec::new();
    let stated = band(total.q, &mut notes);
    let sum = parts
        .iter()
        .fold(Band::exact(0.0), |acc, p| acc.plus(band(p.q, &mut notes)));
    let terms: Vec<String> = parts.iter().map(|p| num(p.q.value)).collect();
    let summed = if parts.len() > 1 {
        format!("{} = {}", terms.join(" + "), num(sum.value))
    } else {
        terms.join("")
    };
    let result = if complete {
        judge(stated, sum)
    } else if sum.value <= stated.value {
        Outcome::Consistent
    } else if sum.lo <= stated.hi {
        Outcome::Approximate
    } else {
        Outcome::Inconsistent
    };
    let arithmetic = match (complete, result) {
        (false, Outcome::Consistent) if sum.value < stated.value => format!(
            "{summed} ≤ {} ({} not itemised)",
            num(stated.value),
            num(stated.value - sum.value)
        ),
        (_, Outcome::Consistent) => format!("{summed} = {}", num(stated.value)),
        (_, Outcome::Approximate) => format!("{summed} ≈ {}", num(stated.value)),
        _ if sum.value > stated.value => format!(
            "{summed} > {} (the parts exceed the total)",
            num(stated.value)
        ),
        _ => format!("{summed} ≠ {} (a complete list)", num(stated.value)),
    };
    let mut uses = vec![(total, "total")];
    uses.extend(parts.iter().map(|p| (*p, "part")));
    Draft {
        relation: Relation::PartsTotal,
        result,
        uses,
        arithmetic,
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!("“{evidence}”"),
    }
}

/// Verbs that close a running total ("brought the number killed to 5,100").
const BRINGS: &[&str] = &[
    "brought", "bringing", "bring", "brings", "raising", "raised", "raises", "taking", "took",
    "takes", "pushing", "pushed", "pushes", "lifting", "lifted",
];

/// Nouns a closing total speaks of.
const TOTALS: &[&str] = &[
    "total", "toll", "number", "count", "tally", "figure", "killed", "dead", "deaths", "injured",
];

/// Hedge words that may stand between "to" and a closing total.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "at",
    "least",
    "more",
    "than",
    "over",
    "close",
    "an",
    "estimated",
    "just",
    "under",
    "below",
    "above",
];

/// The words that make `f` a closing total, if they do: "brought the number killed to".
fn closing(f: &Fig) -> Option<String> {
    let mut before = last_words(f.before(), 12);
    // "to about 19,500", "to at least 20": the hedge sits between "to" and the figure.
    while before.last().is_some_and(|w| HEDGES.contains(&w.as_str())) {
        before.pop();
    }
    if before.last().map(String::as_str) != Some("to") {
        return None;
    }
    let verb = before.iter().rposition(|w| BRINGS.contains(&w.as_str()))?;
    let between = &before[verb + 1..before.len() - 1];
    between
        .iter()
        .any(|w| TOTALS.contains(&w.as_str()))
        .then(|| before[verb..].join(" "))
}

/// The words that make `f` an increment ("another 1,600", "a further 20", "30 more"), if any.
fn increment(f: &Fig) -> Option<&'static str> {
    let before = last_words(f.before(), 2);
    let last = before.last().map(String::as_str);
    let pair = before.join(" ");
    if last == Some("another") {
        return Some("another");
    }
    if matches!(pair.as_str(), "a further" | "an additional" | "an extra") {
        return Some("a further");
    }
    let next = first_words(f.after(), 1);
    (f.q.unit.is_none() && next.first().is_some_and(|w| w == "more")).then_some("more")
}

/// How many sentences back a running total may reach.
const WINDOW: usize = 3;

/// Totals built across sentences: a base figure, increments ("another …"), and a closing total
/// ("brought the number killed to …").
pub(crate) fn running_total<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (t, total) in figs.iter().enumerate() {
        let Some(closing_words) = closing(total) else {
            continue;
        };
        if !total.countable() {
            continue;
        }
        let fam = family(total);
        let mut increments: Vec<(&Fig, &str)> = Vec::new();
        let mut base: Option<&Fig> = None;
        for f in figs[..t].iter().rev() {
            if f.pos + WINDOW < total.pos {
                break;
            }
            if !f.countable() || !same_measure(total, f) || !same_noun(total, f) || is_forecast(f) {
                continue;
            }
            let f_fam = family(f);
            if let Some(word) = increment(f) {
                if f_fam.is_none() || f_fam == fam {
                    increments.push((f, word));
                }
                continue;
            }
            // The base must say what it counts as the total does.
            if !increments.is_empty()
                && (f_fam == fam && fam.is_some()
                    || (fam.is_none() && f.noun().is_some() && f.noun() == total.noun()))
            {
                base = Some(f);
            }
            break;
        }
        let Some(base) = base else {
            continue;
        };
        increments.reverse();
        let mut notes = Vec::new();
        let stated = band(total.q, &mut notes);
        let mut sum = band(base.q, &mut notes);
        let mut terms = vec![num(base.q.value)];
        for (f, _) in &increments {
            sum = sum.plus(band(f.q, &mut notes));
            terms.push(num(f.q.value));
        }
        let result = judge(stated, sum);
        let sign = match result {
            Outcome::Consistent => "=",
            Outcome::Approximate => "≈",
            _ => "≠",
        };
        let arithmetic = format!(
            "{} = {} {sign} {} (stated total)",
            terms.join(" + "),
            num(sum.value),
            num(stated.value)
        );
        let mut uses = vec![(base, "part")];
        uses.extend(increments.iter().map(|(f, _)| (*f, "part")));
        uses.push((total, "total"));
        let words: Vec<&str> = increments.iter().map(|(_, w)| *w).collect();
        out.push(Draft {
            relation: Relation::RunningTotal,
            result,
            uses,
            arithmetic,
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence: format!("“{}” … “{closing_words}”", words.join("”, “")),
        });
    }
}
