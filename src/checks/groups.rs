//! Two groups' percentages and the relative difference stated after them: "the primary outcome
//! occurred in 6.1% of patients in the drug group and 8.4% of those taking placebo, a relative
//! reduction of 31%" ((6.1 − 8.4) ÷ 8.4 = −27.38 % ≠ 31 %). A relative reduction is taken from
//! the larger share, a relative increase from the smaller, whichever group the text names
//! first; of three groups or more, none. (A change over time, "fell to 6.1% from 8.4%, a relative reduction of 31%", is
//! weighed in [`super::levels`].)

use super::direction::{DOWN, UP};
use super::figures::{Fig, words};
use super::interval::{Band, band, judge, num, written};
use super::levels::{change_noun, said_relative};
use super::relative::relative_change;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words between the two groups' percentages that set them side by side.
const BESIDE: &[&str] = &["and", "versus", "vs", "compared"];

/// The direction of the relative change the words before `s` state ("…, a relative reduction
/// of"), after a comma that closes the second group's phrase; `None` for another wording.
fn stated_relative(gap: &str) -> Option<f64> {
    let (phrase, lead) = gap.rsplit_once(',')?;
    let phrase_words = words(phrase);
    let own_phrase = phrase_words.len() <= 8
        && !phrase.contains([';', ':', '(', ')'])
        && phrase_words.iter().all(|w| {
            let w = w.as_str();
            !UP.contains(&w) && !DOWN.contains(&w)
        });
    let w = words(lead);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let sign = match w.as_slice() {
        ["a" | "an", "relative", middle @ .., noun, "of"] if middle.len() <= 1 => {
            change_noun(noun)?
        }
        _ => return None,
    };
    (own_phrase && sign != 0.0).then_some(sign)
}

/// "6.1% … and 8.4% …, a relative reduction of 31%": figures `i − 2`, `i − 1` and `i`.
pub(crate) fn relative_between_groups<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    let percent = |f: &Fig| f.q.measure == Some(Measure::Percent) && f.q.upper.is_none();
    for (i, three) in figs.windows(3).enumerate() {
        let (a, b, s) = (&three[0], &three[1], &three[2]);
        if !percent(a) || !percent(b) || !percent(s) || !said_relative(s) {
            continue;
        }
        // "6.1% on the high dose, 7.2% on the low dose and 8.4% on placebo": of three arms or
        // more, which two the change is between the words do not say.
        let third_arm = i
            .checked_sub(1)
            .map(|p| &figs[p])
            .filter(|p| percent(p))
            .and_then(|p| p.text_to(a))
            .is_some_and(|gap| words(gap).len() <= 10 && !gap.contains([';', '.']));
        if third_arm {
            continue;
        }
        let (Some(between), Some(gap)) = (a.text_to(b), b.text_to(s)) else {
            continue;
        };
        let between = words(between);
        let beside = between.iter().any(|w| BESIDE.contains(&w.as_str()))
            && between.len() <= 10
            && !between.iter().any(|w| {
                let w = w.as_str();
                w == "from" || w == "to" || UP.contains(&w) || DOWN.contains(&w)
            });
        let Some(sign) = stated_relative(gap).filter(|_| beside) else {
            continue;
        };
        let mut notes = Vec::new();
        let (ba, bb) = (band(a.q, &mut notes), band(b.q, &mut notes));
        // A reduction from the larger share, an increase from the smaller.
        let (from, to) = if (a.q.value > b.q.value) == (sign < 0.0) {
            ((a, ba), (b, bb))
        } else {
            ((b, bb), (a, ba))
        };
        let Some(moved) = relative_change(to.1, from.1) else {
            continue;
        };
        let size = Band {
            value: moved.value.abs(),
            lo: moved.lo.abs().min(moved.hi.abs()),
            hi: moved.lo.abs().max(moved.hi.abs()),
        };
        let stated = band(s.q, &mut notes);
        let result = judge(stated, size);
        let word = if sign > 0.0 { "increase" } else { "reduction" };
        out.push(Draft {
            relation: Relation::Change,
            result,
            uses: vec![(a, "group"), (b, "group"), (s, "relative change")],
            arithmetic: format!(
                "({} − {}) ÷ {} = {} % {} the stated relative {word} of {} %",
                written(to.0.q.value),
                written(from.0.q.value),
                written(from.0.q.value),
                num(moved.value),
                result.relation_sign(),
                written(stated.value)
            ),
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence: format!("“{}” … “relative {word}”", between.join(" ")),
        });
    }
}
