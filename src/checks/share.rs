//! Shares of a whole: "55 of 75 confirmed dead had been identified" (→ 20 not identified,
//! 73.3 %) or, with the rest stated, "50 of the 95 victims have been identified; 40 remain
//! unidentified" (50 + 40 = 90 ≠ 95) or its share ("…, a survival rate of 73%"), and launched against intercepted: "181 drones fired …, shot down 115" (→ 66 not shot
//! down, 63.5 %).

use super::figures::{Fig, first_words, last_words, same_measure, same_noun, unaddable, words};
use super::interval::{Band, band, judge, num, percent};
use super::rest::{complement, part_verb, with_rest};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words around a figure that say it was launched.
pub(crate) const LAUNCHED: &[&str] = &[
    "fired",
    "launched",
    "launching",
    "launch",
    "launches",
    "sent",
    "deployed",
    "targeted",
    "attacked",
    "used",
];

/// Words around a figure that say it was intercepted.
pub(crate) const INTERCEPTED: &[&str] = &[
    "intercepted",
    "destroyed",
    "downed",
    "neutralised",
    "neutralized",
    "suppressed",
    "repelled",
    "intercept",
    "intercepting",
    "shot",
    "downing",
];

/// The nearest of `list` within four words of the figure, and its distance.
fn near(f: &Fig, list: &[&str]) -> Option<(usize, String)> {
    let before = last_words(f.before(), 4);
    let after = first_words(f.after(), 4);
    let back = before.iter().rev().enumerate();
    let ahead = after.iter().enumerate();
    back.chain(ahead)
        .filter(|(_, w)| list.contains(&w.as_str()))
        .min_by_key(|(d, _)| *d)
        .map(|(d, w)| {
            // "shot" only counts as "shot down".
            (d, w.clone())
        })
        .filter(|(_, w)| w != "shot" || has_shot_down(f))
}

fn has_shot_down(f: &Fig) -> bool {
    let around = [last_words(f.before(), 5), first_words(f.after(), 5)].concat();
    around.windows(2).any(|w| w[0] == "shot" && w[1] == "down")
}

/// The figure is said to have been launched (and not intercepted), or intercepted (and not
/// launched): the nearer word decides.
fn role(f: &Fig) -> Option<bool> {
    match (near(f, LAUNCHED), near(f, INTERCEPTED)) {
        (Some((dl, _)), Some((di, _))) if dl == di => None,
        (Some((dl, _)), Some((di, _))) => Some(dl < di),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// Launched and intercepted figures of the same thing, in one sentence or the next.
pub(crate) fn interception<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (i, launched) in figs.iter().enumerate() {
        if !launched.countable() || role(launched) != Some(true) {
            continue;
        }
        let partner = figs[i + 1..]
            .iter()
            .take_while(|f| f.pos <= launched.pos + 1)
            .filter(|f| f.countable() && same_measure(launched, f) && same_noun(launched, f))
            .filter(|f| f.q.measure.is_none_or(|m| m == Measure::Count))
            .find(|f| role(f) == Some(false));
        let Some(downed) = partner else {
            continue;
        };
        let word = near(downed, INTERCEPTED).map_or(String::new(), |(_, w)| w);
        let word = if word == "shot" {
            "shot down".to_string()
        } else {
            word
        };
        let unit = launched.q.unit.clone().unwrap_or_default();
        let (a, b) = (launched.q.value, downed.q.value);
        if a <= 0.0 {
            continue;
        }
        let (result, arithmetic) = if b > a {
            (
                Outcome::Inconsistent,
                format!("{} {word} > {} launched", num(b), num(a)),
            )
        } else {
            (
                Outcome::Derived,
                format!(
                    "{} − {} = {} {unit} not {word}; {} of {} = {} {word}",
                    num(a),
                    num(b),
                    num(a - b),
                    num(b),
                    num(a),
                    percent(b, a)
                ),
            )
        };
        let launch_word = near(launched, LAUNCHED).map_or(String::new(), |(_, w)| w);
        out.push(Draft {
            relation: Relation::Interception,
            result,
            uses: vec![(launched, "launched"), (downed, "intercepted")],
            arithmetic,
            tolerance: None,
            evidence: format!("“{launch_word}” … “{word}”"),
        });
    }
}

/// "55 of 75 …": a part and its whole, side by side; with the rest stated too ("50 of the 95
/// victims have been identified; 40 remain unidentified"), the two must make the whole.
pub(crate) fn part_of_whole<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (at, pair) in figs.windows(2).enumerate() {
        let (part, whole) = (&pair[0], &pair[1]);
        let Some(gap) = part.text_to(whole) else {
            continue;
        };
        if !ties_part_to_whole(gap) || gap.contains([',', ';', '.', ':']) {
            continue;
        }
        if !part.countable()
            || !whole.countable()
            || !same_measure(part, whole)
            || !same_noun(part, whole)
        {
            continue;
        }
        let noun = whole.q.unit.clone().unwrap_or_default();
        let (p, t) = (part.q.value, whole.q.value);
        if t <= 0.0 {
            continue;
        }
        // A clause about the whole does not say what the part is ("38 of the 52 children
        // they had operated on were still alive": all 52 were operated on).
        let about_whole = opens_relative_clause(whole.after());
        let verb = part_verb(part, whole).filter(|_| !about_whole);
        let evidence = format!("“{}”", gap.trim());
        if p <= t
            && let Some(share) = stated_share(figs, at + 1)
        {
            out.push(judge_share(part, whole, share, evidence));
            continue;
        }
        if p <= t
            && let Some(rest) = complement(figs, at + 1, verb.as_deref())
        {
            out.push(with_rest((part, whole), rest, verb.as_deref(), evidence));
            continue;
        }
        let rest = match &verb {
            Some(v) => format!("not {v}"),
            None => "the rest".to_string(),
        };
        let (result, arithmetic) = if p > t {
            (
                Outcome::Inconsistent,
                format!("{} > {}: the part exceeds the whole", num(p), num(t)),
            )
        } else if about_whole {
            // What the rest is cannot be named: the share alone.
            (
                Outcome::Derived,
                format!("{} of {} = {}", num(p), num(t), percent(p, t)),
            )
        } else {
            (
                Outcome::Derived,
                format!(
                    "{} − {} = {} {noun} {rest}; {} of {} = {}",
                    num(t),
                    num(p),
                    num(t - p),
                    num(p),
                    num(t),
                    percent(p, t)
                ),
            )
        };
        out.push(Draft {
            relation: Relation::PartOfWhole,
            result,
            uses: vec![(part, "part"), (whole, "whole")],
            arithmetic: arithmetic.replace("  ", " "),
            tolerance: None,
            evidence,
        });
    }
}

/// Words that open a clause about the whole right after it: "children they had operated on",
/// "patients who were treated".
const RELATIVE: &[&str] = &[
    "they", "we", "he", "she", "i", "you", "who", "that", "which", "whom", "it",
];

/// The text after a whole opens a clause about it.
fn opens_relative_clause(after: &str) -> bool {
    !after.trim_start().starts_with([',', ';', '.', ':'])
        && first_words(after, 1)
            .first()
            .is_some_and(|w| RELATIVE.contains(&w.as_str()))
}

/// Nouns of a share stated after a part of a whole: "a survival rate of 73%".
const SHARE_NOUNS: &[&str] = &["rate", "share", "proportion", "percentage", "ratio"];

/// The percentage after the whole (figure `whole_at`) in its sentence that states the part's
/// share: "…, a survival rate of 73%", "…, or 73%", "(73%)"; lengths of time may stand between
/// ("still alive five years later"), no other count.
fn stated_share<'a>(figs: &'a [Fig<'a>], whole_at: usize) -> Option<&'a Fig<'a>> {
    let whole = &figs[whole_at];
    let share = figs[whole_at + 1..]
        .iter()
        .take_while(|f| f.pos == whole.pos)
        .find(|f| f.q.measure == Some(Measure::Percent) || !unaddable(f.q))
        .filter(|f| f.q.measure == Some(Measure::Percent) && f.q.upper.is_none())?;
    let gap = whole.text_to(share)?;
    if gap.contains([';', '.', ':']) {
        return None;
    }
    let lead = gap.rsplit([',', '(']).next()?;
    let w = words(lead);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let tied = match w.as_slice() {
        [] => gap.trim_end().ends_with('(') && share.after().trim_start().starts_with(')'),
        ["or"] => gap.contains(','),
        [article, middle @ .., noun, "of"] => {
            matches!(*article, "a" | "an")
                && middle.len() <= 2
                && SHARE_NOUNS.contains(noun)
                && gap.contains(',')
        }
        _ => false,
    };
    tied.then_some(share)
}

/// A part of a whole against its stated share: 38 of 52 = 73.08 % ≈ 73 %. A share that names the
/// rest ("a mortality rate of 27%") agrees with the rest's share.
fn judge_share<'a>(
    part: &'a Fig<'a>,
    whole: &'a Fig<'a>,
    share: &'a Fig<'a>,
    of: String,
) -> Draft<'a> {
    let (p, t) = (part.q.value, whole.q.value);
    let mut notes = Vec::new();
    let stated = band(share.q, &mut notes);
    let of_part = judge(stated, Band::exact(p / t * 100.0));
    let of_rest = judge(stated, Band::exact((t - p) / t * 100.0));
    let (result, arithmetic) =
        if of_part != Outcome::Inconsistent || of_rest == Outcome::Inconsistent {
            let sign = of_part.relation_sign();
            (
                of_part,
                format!(
                    "{} of {} = {} % {sign} {} stated",
                    num(p),
                    num(t),
                    num(p / t * 100.0),
                    share.q.text
                ),
            )
        } else {
            let sign = of_rest.relation_sign();
            (
                of_rest,
                format!(
                    "{} − {} = {}; {} of {} = {} % {sign} {} stated",
                    num(t),
                    num(p),
                    num(t - p),
                    num(t - p),
                    num(t),
                    num((t - p) / t * 100.0),
                    share.q.text
                ),
            )
        };
    Draft {
        relation: Relation::PartOfWhole,
        result,
        uses: vec![(part, "part"), (whole, "whole"), (share, "share")],
        arithmetic,
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!("{of} … the stated share"),
    }
}

/// The words between a part and its whole: "of", "out of", "of the", "of its", "of their", and
/// a possessive after them ("21 of the state's 67 counties", "21 of Florida's 67").
pub(super) fn ties_part_to_whole(gap: &str) -> bool {
    let w: Vec<&str> = gap.split_whitespace().collect();
    let is = |k: usize, word: &str| w.get(k).is_some_and(|w| w.eq_ignore_ascii_case(word));
    let of = usize::from(is(0, "out"));
    if !is(of, "of") {
        return false;
    }
    let determiner = ["the", "its", "their"].iter().any(|d| is(of + 1, d));
    let owner = &w[of + 1 + usize::from(determiner)..];
    let Some((last, before)) = owner.split_last() else {
        return true;
    };
    let letters = |s: &str| !s.is_empty() && s.chars().all(char::is_alphabetic);
    let name = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|mark| last.strip_suffix(mark))
        .is_some_and(letters);
    owner.len() <= 4 && name && before.iter().all(|w| letters(w))
}

#[cfg(test)]
mod tests {
    use super::super::Relation;
    use super::super::tests::the_one;
    use super::ties_part_to_whole;
    use crate::checks::Outcome;

    #[test]
    fn a_whole_a_place_owns_is_still_the_whole() {
        // QA round 11, item 15.
        for text in [
            "Fires burned in 21 of the state's 67 counties.",
            "Fires burned in 21 of Florida’s 67 counties.",
        ] {
            let (result, arithmetic) = the_one(text, Relation::PartOfWhole);
            assert_eq!(result, Outcome::Derived);
            assert!(arithmetic.ends_with("21 of 67 = 31.3 %"), "{arithmetic}");
        }
    }

    #[test]
    fn the_words_between_a_part_and_its_whole() {
        for gap in [
            " of ",
            " out of the ",
            " of the state's ",
            " of New York’s ",
            " of its ",
            " out of their ",
        ] {
            assert!(ties_part_to_whole(gap), "{gap}");
        }
        for gap in [" of them and ", " to ", " of the ", " of 's ", " off "] {
            let tied = ties_part_to_whole(gap);
            assert_eq!(tied, gap == " of the ", "{gap}");
        }
    }
}
