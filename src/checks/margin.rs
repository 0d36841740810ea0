//! A margin between two figures: "Okafor won 48,312 votes to 41,907 for Hale, a margin of 6,505
//! votes" (48,312 − 41,907 = 6,405); "52% to 48%, a lead of 4 points". The stated margin is
//! compared with the difference of the two figures of its kind before it in its sentence.

use super::figures::{Fig, last_words, same_measure, same_noun, words};
use super::headline::WON;
use super::interval::{band, judge, num};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Nouns of a margin, in "a margin of X".
const MARGIN: &[&str] = &["margin", "majority", "lead", "gap", "difference"];

/// A margin stated after two figures of its kind in one sentence.
pub(crate) fn margins<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (k, margin) in figs.iter().enumerate() {
        let w = last_words(margin.before(), 2);
        let names =
            matches!(w.as_slice(), [noun, of] if of == "of" && MARGIN.contains(&noun.as_str()));
        if !names || !margin.countable() {
            continue;
        }
        // A figure after "by" states a margin or a change itself ("held the ward by 57 votes,
        // winning 1,203 votes to 1,146"): no level, unless it opens a tally of votes ("backed
        // the bill by 314 votes to 291").
        let by = |f: &Fig| last_words(f.before(), 1).first().is_some_and(|w| w == "by");
        let in_sentence: Vec<&Fig> = figs[..k].iter().filter(|f| f.pos == margin.pos).collect();
        let levels: Vec<&Fig> = in_sentence
            .iter()
            .enumerate()
            .filter(|&(i, f)| {
                let next = in_sentence.get(i + 1).filter(|next| tally(f, next));
                // "by 330 to 275 votes": the first figure counts the votes the second names.
                let counted =
                    || next.is_some_and(|next| f.q.unit.is_none() && levels_of(next, margin));
                f.countable() && (!by(f) || next.is_some()) && (levels_of(f, margin) || counted())
            })
            .map(|(_, f)| *f)
            .collect();
        // Exactly two: with more, which two the margin is between is a guess.
        let [a, b] = levels.as_slice() else {
            continue;
        };
        out.push(judge_margin(a, b, margin, &format!("“{} of”", w[0])));
    }
    won_by(figs, out);
}

/// A margin stated by "won … by" before the tally it is the difference of: "Reform won the
/// seat by six votes, with 12,645 votes to Labour's 12,629" (12,645 − 12,629 = 16 ≠ 6).
fn won_by<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (k, margin) in figs.iter().enumerate() {
        let before = last_words(margin.before(), 8);
        let won = before.last().is_some_and(|w| w == "by")
            && before.iter().any(|w| WON.contains(&w.as_str()));
        if !won || !margin.countable() {
            continue;
        }
        let after: Vec<&Fig> = figs[k + 1..]
            .iter()
            .filter(|f| f.pos == margin.pos)
            .collect();
        // Exactly the two levels of a tally, set against each other by "to", after it.
        let [a, b] = after.as_slice() else {
            continue;
        };
        let gap = a.text_to(b).unwrap_or(".");
        let w = words(gap);
        let tally =
            w.len() <= 4 && w.contains(&"to".to_string()) && !gap.contains([';', '.', '(', ')']);
        let kind = |f: &Fig| f.countable() && levels_of(f, margin);
        if tally && kind(a) && kind(b) {
            out.push(judge_margin(a, b, margin, "“by”, then the tally"));
        }
    }
}

/// "314 votes to 291", "330 to 275 votes": a count of votes set against the next figure by
/// "to" alone.
fn tally(first: &Fig, next: &Fig) -> bool {
    let is_votes = |f: &Fig| {
        f.q.unit
            .as_deref()
            .is_some_and(|u| matches!(u.to_lowercase().as_str(), "votes" | "vote"))
    };
    let votes = is_votes(first) || first.q.unit.is_none() && is_votes(next);
    let gap = first.text_to(next).unwrap_or(",");
    let w = words(gap);
    let to = match w.as_slice() {
        [to] => to == "to",
        [noun, to] => to == "to" && noun.starts_with("vote"),
        _ => false,
    };
    votes && to && !gap.contains([',', ';', '.', '(', ')'])
}

/// `level` is a figure whose difference `margin` may state: the same measure and noun, or a
/// percentage whose difference is in points.
fn levels_of(level: &Fig, margin: &Fig) -> bool {
    let points = margin.q.measure == Some(Measure::PercentagePoints)
        && level.q.measure == Some(Measure::Percent);
    points || same_measure(level, margin) && same_noun(level, margin)
}

fn judge_margin<'a>(
    a: &'a Fig<'a>,
    b: &'a Fig<'a>,
    margin: &'a Fig<'a>,
    evidence: &str,
) -> Draft<'a> {
    let mut notes = Vec::new();
    let (high, low) = if a.q.value >= b.q.value {
        (a, b)
    } else {
        (b, a)
    };
    let difference = band(high.q, &mut notes).minus(band(low.q, &mut notes));
    let stated = band(margin.q, &mut notes);
    let result = judge(stated, difference);
    let unit = margin
        .q
        .unit
        .as_deref()
        .map_or(String::new(), |u| format!(" {u}"));
    let arithmetic = format!(
        "{} − {} = {}{unit} {} {} stated",
        num(high.q.value),
        num(low.q.value),
        num(difference.value),
        result.relation_sign(),
        num(margin.q.value),
    );
    Draft {
        relation: Relation::Margin,
        result,
        uses: vec![(a, "level"), (b, "level"), (margin, "margin")],
        arithmetic,
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: evidence.to_string(),
    }
}
