//! A total stated after its parts, after a comma: "six years for the fraud and two years for
//! the money laundering, to run consecutively, a total sentence of nine years".

use super::Draft;
use super::breakdown::ends_with_and;
use super::figures::{Fig, first_words, is_forecast, last_words, words};
use super::parts::{fits, judge_parts};

/// The words before a total stated after its parts: "a total of", "a total sentence of", "a
/// combined maximum of", "totalling".
fn names_trailing_total(before: &[String]) -> bool {
    // ("a combined maximum of 30 years": "combined" says a total as "total" does.)
    let total_of = |a: &str, total: &str, of: &str| {
        a == "a" && matches!(total, "total" | "combined") && of == "of"
    };
    match before {
        [.., a, total, of] if total_of(a, total, of) => true,
        [.., a, total, _, of] if total_of(a, total, of) => true,
        [.., last] => matches!(last.as_str(), "totalling" | "totaling"),
        _ => false,
    }
}

/// "six years for the fraud and two years for the money laundering, to run consecutively, a
/// total sentence of nine years": a total after a comma, stated after its parts, which then
/// make a complete list ("and" before the last), in the same clause (no stop, colon or
/// semicolon between them).
pub(super) fn trailing_total<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for t in 2..figs.len() {
        let total = &figs[t];
        if !names_trailing_total(&last_words(total.before(), 4)) {
            continue;
        }
        let Some(gap) = figs[t - 1].text_to(total) else {
            continue;
        };
        let time = total.addable_time();
        if !gap.contains(',')
            || gap.contains(['.', ';', ':', '(', ')'])
            || words(gap).len() > 14
            || !(total.countable() || time)
            || is_forecast(total)
        {
            continue;
        }
        // The parts: the figures before it, nearest first, as long as they fit it and stay in
        // its sentence and clause.
        let mut parts: Vec<&Fig> = Vec::new();
        for p in figs[..t].iter().rev() {
            let joined = parts.last().is_none_or(|next| {
                p.text_to(next)
                    .is_some_and(|g| !g.contains(['.', ';', ':']))
            });
            if p.pos != total.pos || !fits(total, p) || !joined {
                break;
            }
            parts.push(p);
        }
        parts.reverse();
        // "a total of 14 months of protests": a length of something else than the parts.
        let of_another = first_words(total.after(), 1)
            .first()
            .is_some_and(|w| w == "of");
        if parts.len() >= 2 && ends_with_and(&parts) && !of_another && !one_length(&parts) {
            out.push(judge_parts(total, &parts, "“a total … of”", true));
        }
    }
}

/// "in office for three years and two months": years, then months joined by "and" alone, are
/// one length of time, no parts of a total.
fn one_length(parts: &[&Fig]) -> bool {
    parts.windows(2).any(|w| {
        w[0].months() == Some(12.0)
            && w[1].months() == Some(1.0)
            && w[0].text_to(w[1]).is_some_and(|gap| words(gap) == ["and"])
    })
}
