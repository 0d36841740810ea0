//! Running totals: a total built across sentences ("3,400 died in A", "another 1,600 in B",
//! "that brought the number killed to 5,100").

use super::figures::{
    Fig, drop_hedges, family, first_words, is_forecast, last_words, same_measure, same_noun,
};
use super::interval::{band, judge, num};
use super::{Draft, Outcome, Relation};

/// Verbs that close a running total ("brought the number killed to 5,100").
const BRINGS: &[&str] = &[
    "brought", "bringing", "bring", "brings", "raising", "raised", "raises", "taking", "took",
    "takes", "pushing", "pushed", "pushes", "lifting", "lifted",
];

/// Nouns a closing total speaks of.
const TOTALS: &[&str] = &[
    "total", "toll", "number", "count", "tally", "figure", "killed", "dead", "deaths", "injured",
];

/// The words that make `f` a closing total, if they do: "brought the number killed to".
fn closing(f: &Fig) -> Option<String> {
    let mut before = last_words(f.before(), 12);
    // "to about 19,500", "to at least 20", "to just under 5,100": the hedge sits between "to"
    // and the figure.
    drop_hedges(&mut before, &["just", "under", "below", "above"]);
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

/// `f` counts something on top of what the claim's other figures count ("another 1,600", "a
/// further 20", "left 30,000 more damaged" whose unit is carried over from "12,000 homes"), so
/// it is no part of them. Unlike [`increment`], a figure whose unit was carried over counts,
/// and "more than" after the figure is a comparison, not an addition.
pub(crate) fn is_addition(f: &Fig) -> bool {
    if increment(f).is_some() {
        return true;
    }
    let bare = !f.q.text.contains(char::is_alphabetic);
    let next = first_words(f.after(), 2);
    bare && next.first().is_some_and(|w| w == "more") && next.get(1).is_none_or(|w| w != "than")
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
        let sign = result.relation_sign();
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
