//! A sentence that opens with its total and lists its parts after a comma: "Of the 14 dead,
//! eight were in North Carolina and five in South Carolina", "Of the 172 people on board, 165
//! were passengers and seven were crew members", "Of the 61 people on board, 47 were rescued,
//! eight were found dead and nine remain missing".

use super::breakdown::told_apart;
use super::fates::fates;
use super::figures::{Fig, is_forecast, words};
use super::interval::num;
use super::parts::{judge_parts, majority_tally, parts_from};
use super::{Draft, Outcome};

/// Words that may open a sentence before its total: "Of the 14 dead, …", "Of those 30, …".
const OPENING_TOTAL: &[&[&str]] = &[
    &["of"],
    &["of", "the"],
    &["of", "all", "the"],
    &["of", "those"],
    &["of", "these"],
];

/// A sentence that opens with its total and lists its parts after a comma, told apart so that
/// none can count what another counts ([`told_apart`]): "Of the 14 dead, eight were in North
/// Carolina and five in South Carolina"; "Of the 12 counts, she was convicted on eight and
/// acquitted on five"; "Of the 60 seats, Labour took 34, the Conservatives 17 …". Parts that may
/// count the same people twice ("Of the 30 arrested, 25 were charged and 10 convicted") are left
/// alone. Whether the parts name every place or group is not said: parts that fall short give
/// the rest, not an alarm.
pub(super) fn opening_total<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for k in 0..figs.len().saturating_sub(2) {
        let total = &figs[k];
        // Cheapest first: the total stands in the first few bytes of its sentence.
        let head = total.claim.text.as_bytes();
        if total.ls > 16 || head.len() < 2 || !head[..2].eq_ignore_ascii_case(b"of") {
            continue;
        }
        let before = words(total.before());
        let opens = OPENING_TOTAL.iter().any(|p| before == *p)
            && total
                .before()
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b' ');
        let Some(gap) = total.text_to(&figs[k + 1]) else {
            continue;
        };
        // "Of the 18,432 people recruited, 9,216 …": the total's phrase ends at one comma, and
        // the first part follows, perhaps after a few words of its own ("Of the 12 counts, she
        // was convicted on eight …", "…, the jury found him guilty on seven …").
        let one_comma = gap.split_once(',').is_some_and(|(phrase, lead)| {
            !lead.contains(',') && words(phrase).len() <= 6 && words(lead).len() <= 6
        }) && !gap.contains(['.', ';', ':', '(', ')']);
        let countable = total.countable() || majority_tally(total);
        if !opens || !one_comma || !countable || is_forecast(total) {
            continue;
        }
        // Parts told apart, or the fates of those the total counts ("47 were rescued, eight
        // were found dead and nine remain missing").
        let parts = match parts_from(figs, k + 1, total) {
            Some(parts) if parts.len() >= 2 && told_apart(total, &parts) => parts,
            _ => match fates(figs, k + 1, total) {
                Some(parts) => parts,
                None => continue,
            },
        };
        out.push(judge_breakdown(
            total,
            &parts,
            &format!("{} …,", before.join(" ")),
        ));
    }
}

/// Compares the sum of a breakdown's `parts` with its `total`: more is an alarm, less leaves
/// some not accounted for.
fn judge_breakdown<'a>(total: &'a Fig<'a>, parts: &[&'a Fig<'a>], evidence: &str) -> Draft<'a> {
    let mut draft = judge_parts(total, parts, evidence, true);
    let sum: f64 = parts.iter().map(|p| p.q.value).sum();
    if draft.result == Outcome::Inconsistent && sum < total.q.value {
        let terms: Vec<String> = parts.iter().map(|p| num(p.q.value)).collect();
        draft.result = Outcome::Derived;
        draft.arithmetic = format!(
            "{} = {} ≠ {} ({} not accounted for)",
            terms.join(" + "),
            num(sum),
            num(total.q.value),
            num(total.q.value - sum)
        );
    }
    draft
}
