//! The fates of the people a total counts, one each: "Of the 61 people on board, 47 were
//! rescued, eight were found dead and nine remain missing". Someone rescued is not dead nor
//! missing, so the parts add up; a fate that came later ("three later died in hospital") may
//! befall someone already counted, and leaves the list alone. A vote's sides are such fates too:
//! "Of the 624 MPs present, 312 voted for, 298 against and 14 abstained". A miner "brought to
//! the surface" or "pulled out alive" is alive; "bodies brought to the surface" are not, and
//! leave it alone.

use super::breakdown::ends_with_and;
use super::figures::{Fig, same_measure, same_noun, words};

/// What befell someone (or a boat or a building), from a word of the part's clause: alive,
/// dead, lost, missing, destroyed or damaged.
fn fate(word: &str) -> Option<&'static str> {
    Some(match word {
        "rescued" | "survived" | "saved" | "alive" | "safely" | "safe" => "alive",
        "dead" | "died" | "killed" | "drowned" | "perished" => "dead",
        // Of boats: "47 returned safely, six sank and eight are missing".
        "sank" | "sunk" => "lost",
        // Of buildings: "1,200 were destroyed and 3,800 were partly damaged".
        "destroyed" => "destroyed",
        "damaged" => "damaged",
        "missing" | "unaccounted" => "missing",
        _ => return None,
    })
}

/// Words that make a fate uncertain, denied or later than another ("not rescued", "later died",
/// "died in hospital"): the parts may then count someone twice.
const DOUBT: &[&str] = &[
    "not",
    "no",
    "never",
    "later",
    "subsequently",
    "since",
    "hospital",
    "feared",
    "believed",
    "presumed",
    "body",
    "bodies",
];

/// The fate a part's clause says, when it says one and nothing else: at most four words (the
/// surface reached counted as one: "were brought to the surface"), no doubt ("were rescued",
/// "were found dead", "remain missing").
fn said_fate(clause: &[String]) -> Option<&'static str> {
    let surface = clause.len() >= 3
        && clause[clause.len() - 2..] == ["the", "surface"]
        && matches!(clause[clause.len() - 3].as_str(), "to" | "reached");
    let words = if surface {
        clause.len() - 2
    } else {
        clause.len()
    };
    if words > 4 || clause.iter().any(|w| DOUBT.contains(&w.as_str())) {
        return None;
    }
    if let Some(side) = vote(clause) {
        return Some(side);
    }
    let mut fates = clause
        .iter()
        .filter_map(|w| fate(w))
        .chain(surface.then_some("alive"));
    match (fates.next(), fates.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The side a part's clause says of a vote, and nothing else: "voted for", "against",
/// "in favour", "abstained" (each voter takes one).
fn vote(clause: &[String]) -> Option<&'static str> {
    let w: Vec<&str> = clause.iter().map(String::as_str).collect();
    let w = w.strip_prefix(&["voted"]).unwrap_or(&w);
    Some(match w {
        ["for"] | ["in", "favour" | "favor"] => "for",
        ["against"] => "against",
        ["abstained"] => "abstained",
        _ => return None,
    })
}

/// The parts from `figs[first]` on, each with a fate of its own and none twice, the last after
/// "and", all of them in `total`'s measure and noun; `None` unless every figure to the end of
/// the sentence is such a part.
pub(super) fn fates<'a>(
    figs: &'a [Fig<'a>],
    first: usize,
    total: &Fig,
) -> Option<Vec<&'a Fig<'a>>> {
    let pos = figs[first].pos;
    let mut parts: Vec<&Fig> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (at, p) in figs.iter().enumerate().skip(first) {
        if p.pos != pos {
            break;
        }
        let next = figs.get(at + 1).filter(|n| n.pos == pos);
        // The part's clause: up to the next part ("were rescued, "; "were found dead and "),
        // or for the last, up to a comma or the sentence's end ("remain missing").
        let clause = match next {
            Some(n) => {
                let gap = p.text_to(n)?;
                if gap.contains(['.', ';', ':', '(', ')']) {
                    return None;
                }
                let mut w = words(gap);
                if w.last().is_some_and(|x| x == "and") {
                    w.pop();
                }
                w
            }
            None => words(
                p.after()
                    .split([',', ';', '.', ':', '('])
                    .next()
                    .unwrap_or(""),
            ),
        };
        let fate = said_fate(&clause)?;
        let fits = p.countable() && same_measure(total, p) && same_noun(total, p);
        if !fits || seen.contains(&fate) {
            return None;
        }
        seen.push(fate);
        parts.push(p);
    }
    (parts.len() >= 2 && ends_with_and(&parts)).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_none, the_one};
    use super::super::{Outcome, Relation};

    #[test]
    fn miners_brought_to_the_surface_are_alive() {
        // QA round 21, item M-7: a fate said with "the surface" or "alive", a total qualified
        // by a longer phrase ("working in the affected section").
        for text in [
            "Of the 52 miners working in the affected section, 29 were brought to the surface, \
             nine were found dead and 16 remain missing, JSW said.",
            "Of the 52 miners working in the affected section, 29 were rescued, nine were found \
             dead and 16 remain missing, JSW said.",
            "Of the 52 miners, 29 were pulled out alive, nine were found dead and 16 remain \
             missing.",
            "Of the 52 miners, 29 reached the surface, nine died and 16 remain missing.",
        ] {
            assert_eq!(
                the_one(text, Relation::PartsTotal),
                (
                    Outcome::Inconsistent,
                    "29 + 9 + 16 = 54 > 52 (the parts exceed the total)".to_string()
                ),
                "{text}"
            );
        }
        // Bodies brought up are the dead; a fate after the surface is no fate of its own.
        assert_none(
            &[
                "Of the 52 miners, 29 bodies were brought to the surface, nine were found dead \
                 and 16 remain missing.",
                "Of the 52 miners, 29 were brought to the surface dead, nine were found dead and \
                 16 remain missing.",
                "Of the 52 miners, 29 were on the surface, nine were found dead and 16 remain \
                 missing.",
            ],
            Relation::PartsTotal,
        );
    }
}
