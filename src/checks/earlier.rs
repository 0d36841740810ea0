//! Earlier tolls stated beside the current one, in its sentence: "at least 14 people had been
//! confirmed dead …, up from nine reported at midday and five on Wednesday night" gives
//! nine → at least 14 and five → at least 14, updates (→) rather than figures that disagree.

use super::Draft;
use super::figures::{Fig, same_noun, words};
use super::same::{casualty_key, updated};

/// Words that may join the earlier figures of one list: "nine reported at midday and five on
/// Wednesday night", "nine at midday, five overnight".
fn joins_earlier(gap: &str) -> bool {
    let w = words(gap);
    !gap.contains([';', '.', '(', ')', ':'])
        && w.len() <= 6
        && (w.iter().any(|w| w == "and") || gap.trim_end().ends_with(','))
        && !w
            .iter()
            .any(|w| matches!(w.as_str(), "up" | "down" | "from" | "but" | "while"))
}

/// Each toll followed, after a comma, by "up from" or "down from" and its earlier figures.
pub(crate) fn earlier_tolls<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (k, current) in figs.iter().enumerate() {
        let Some(first) = figs.get(k + 1) else {
            break;
        };
        let Some(gap) = current.text_to(first) else {
            continue;
        };
        // Cheapest first: the words right before the earlier figure.
        let Some((clause, marker)) = gap.rsplit_once(',') else {
            continue;
        };
        let w = words(marker);
        let direction = matches!(w.as_slice(), [a, b] if (a == "up" || a == "down") && b == "from");
        if !direction || clause.contains([';', '.', '(', ')', ':']) || words(clause).len() > 12 {
            continue;
        }
        let Some(key) = casualty_key(current) else {
            continue;
        };
        let what = format!("{} {}", key.1, key.0);
        let evidence = format!("“{}”", w.join(" "));
        let mut earlier = first;
        let mut at = k + 1;
        loop {
            if !earlier.countable() || !same_noun(current, earlier) {
                break;
            }
            out.push(updated(earlier, current, &what, evidence.clone()));
            at += 1;
            match figs.get(at) {
                Some(next) if earlier.text_to(next).is_some_and(joins_earlier) => earlier = next,
                _ => break,
            }
        }
    }
}
