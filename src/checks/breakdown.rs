//! What tells the parts of a breakdown apart, so that none can count what another counts and
//! their sum may be compared with the total that opens the sentence ("Of the 14 dead, …"):
//! - one preposition, the verb said once or repeated: "eight were in North Carolina and five in
//!   South Carolina", "9,216 were randomised to aspirin and 9,261 to placebo";
//! - two opposite outcomes: "convicted on eight and acquitted on five", "jurors convicted him
//!   on seven and acquitted him on five", "found him guilty on seven and not guilty on five",
//!   "6,210 were vaccinated and 6,370 unvaccinated", "10 voted for and two against", "23 have
//!   expanded Medicaid and 28 have not";
//! - the subjects that took them, the verb said once: "Labour took 34, the Conservatives 17, the
//!   Liberal Democrats six and independents four" (a seat or a vote goes to one party), or
//!   named ones that account for a share each: "Leinster accounted for 3,052,000, Munster
//!   1,480,000 …".
//!
//! Anything else may count the same people twice ("25 were charged and 10 convicted": the
//! convicted are among the charged) and is left alone.

use super::figures::{Fig, disjoint_kinds, first_words, is_kind_of_people, singular, words};
use crate::claim::Measure;
use crate::extract::dates::is_calendar_name_any_case;

/// Prepositions that say what tells parts apart ("eight were in North Carolina and five in South
/// Carolina"; "9,216 were randomised to aspirin and 9,261 to placebo").
const SETTING_APART: &[&str] = &[
    "in", "to", "at", "on", "from", "for", "with", "by", "into", "towards", "toward",
];

/// Prepositions that give money to one purpose each ("$4.2 billion will go towards crop
/// losses, $1.8 billion towards electricity bills and $1.5 billion for water tankers").
const ALLOCATING: &[&str] = &["to", "towards", "toward", "for", "on", "into"];

/// Outcomes of which one thing has one, in either order: what was convicted was not acquitted.
const OPPOSITES: &[(&str, &str)] = &[
    ("convicted", "acquitted"),
    ("convicted", "cleared"),
    ("guilty", "innocent"),
    ("won", "lost"),
    ("for", "against"),
    ("approved", "rejected"),
    ("accepted", "rejected"),
    ("passed", "failed"),
    ("survived", "died"),
    ("yes", "no"),
    ("male", "female"),
    ("confirmed", "awaiting"),
    ("confirmed", "pending"),
    ("positive", "negative"),
];

/// Prefixes that make a word its opposite: "vaccinated" and "unvaccinated".
const NEGATING: &[&str] = &["un", "non", "in"];

/// Verbs of taking that give each thing taken to one taker: a seat, a vote, a medal.
/// (A run or a goal is scored by one player: "Of the 245 runs, Gill scored 187, Kohli 48 …".)
const TAKING: &[&str] = &[
    "took", "won", "secured", "got", "received", "held", "claimed", "captured", "gained", "scored",
    "made",
];

/// Verbs that would give a later part an action of its own: "Labour took 34 and the
/// Conservatives lost 26" is no breakdown.
const LOSING: &[&str] = &[
    "was", "were", "had", "have", "has", "kept", "retained", "dropped", "gave", "lose", "fell",
];

/// The last of `parts` (two or more) is joined to the one before by "and": "A, B and C".
pub(super) fn ends_with_and(parts: &[&Fig]) -> bool {
    parts.len() >= 2
        && parts[parts.len() - 2]
            .text_to(parts[parts.len() - 1])
            .is_some_and(|gap| words(gap).iter().any(|w| w == "and"))
}

/// The parts (after `total`) are told apart: see the module's documentation.
pub(super) fn told_apart(total: &Fig, parts: &[&Fig]) -> bool {
    let joined = ends_with_and(parts);
    // What leads in the first part after the total's comma: nothing, or its own words.
    let lead = total
        .text_to(parts[0])
        .and_then(|gap| gap.split_once(','))
        .is_some_and(|(_, lead)| !lead.trim().is_empty());
    joined
        && (!lead && (by_preposition(parts) || by_allocation(total, parts) || by_kind(parts))
            || by_outcome(total, parts)
            || by_subject(total, parts))
}

/// The kind of people a part is said to be ("165 were passengers", "nine were crew members":
/// crew), after "were" or "was" and before "and", a comma or the next figure.
fn said_kind(after: &str) -> Option<String> {
    let clause = after.split([',', ';', '.', ':', '(']).next()?;
    let w: Vec<String> = words(clause)
        .into_iter()
        .take_while(|x| x != "and")
        .collect();
    let [be, kind @ ..] = w.as_slice() else {
        return None;
    };
    let kind = match kind {
        [one] => one,
        [one, members] if matches!(members.as_str(), "members" | "member") => one,
        _ => return None,
    };
    (matches!(be.as_str(), "were" | "was") && is_kind_of_people(kind)).then(|| kind.clone())
}

/// Parts told apart by kinds of people that do not overlap ([`disjoint_kinds`]): "165 were
/// passengers and nine were crew members" (not "nine were women and five were soldiers").
fn by_kind(parts: &[&Fig]) -> bool {
    let kinds: Option<Vec<String>> = parts.iter().map(|p| said_kind(p.after())).collect();
    kinds.is_some_and(|k| {
        let distinct = k.iter().enumerate().all(|(i, x)| !k[..i].contains(x));
        distinct && disjoint_kinds(&k)
    })
}

/// The words after a part up to its first preposition of [`SETTING_APART`] (within three words,
/// an adverb after "were" not counted), and the preposition: "were randomised" and "to".
fn frame(after: &str) -> Option<(Vec<String>, String)> {
    // "were randomly assigned to": an adverb after the verb "be" changes nothing.
    let mut w = first_words(after, 4);
    if w.len() > 2 && matches!(w[0].as_str(), "was" | "were" | "is" | "are") && w[1].ends_with("ly")
    {
        w.remove(1);
    }
    w.truncate(3);
    let at = w.iter().position(|x| SETTING_APART.contains(&x.as_str()))?;
    let prep = w[at].clone();
    w.truncate(at);
    // "eight were in …, and one was in …": one verb.
    for x in &mut w {
        if matches!(x.as_str(), "was" | "were" | "is" | "are") {
            *x = "be".to_string();
        }
    }
    Some((w, prep))
}

/// Parts set apart by different prepositions ("$700,000 came in the first week and $900,000 has
/// come from businesses"): a period and a source, two ways of splitting one sum, which may
/// count the same money twice.
pub(super) fn split_two_ways(parts: &[&Fig]) -> bool {
    let preps: Vec<String> = parts
        .iter()
        .filter_map(|p| frame(p.after()).map(|(_, prep)| prep))
        .collect();
    preps.windows(2).any(|w| w[0] != w[1])
}

/// One preposition, each part saying the verb of the first or none, and none of them a time:
/// "300 were closed on Monday and 250 on Tuesday" may count the same schools on both days.
fn by_preposition(parts: &[&Fig]) -> bool {
    let Some((verb, prep)) = frame(parts[0].after()) else {
        return false;
    };
    parts[1..]
        .iter()
        .all(|p| frame(p.after()).is_some_and(|(v, p)| p == prep && (v.is_empty() || v == verb)))
        && !parts.iter().any(|p| in_time(p.after(), &prep))
}

/// The phrase that `prep` opens in `after` names a time: a day, a month, a year or a period
/// ("on Monday", "in March", "in 2024", "in the first week", "on the second day").
fn in_time(after: &str, prep: &str) -> bool {
    let mut object = after
        .split_whitespace()
        .take(8)
        .skip_while(|w| !w.eq_ignore_ascii_case(prep))
        .skip(1)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .skip_while(|w| {
            let w = w.to_ascii_lowercase();
            matches!(
                w.as_str(),
                "the"
                    | "this"
                    | "that"
                    | "last"
                    | "next"
                    | "first"
                    | "second"
                    | "third"
                    | "final"
                    | "same"
                    | "following"
                    | "previous"
                    | "past"
                    | "early"
                    | "late"
            )
        });
    object.next().is_some_and(|w| {
        let year = w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0));
        year || is_calendar_name_any_case(w) || {
            let w = w.to_ascii_lowercase();
            matches!(
                w.as_str(),
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "weekend"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "today"
                    | "yesterday"
                    | "quarter"
                    | "half"
            )
        }
    })
}

/// Sums of money, each given to a purpose of its own, the verb of the first or none: a dollar
/// goes to one purpose ("$4.2 billion will go towards …, $1.8 billion towards … and $1.5
/// billion for …").
fn by_allocation(total: &Fig, parts: &[&Fig]) -> bool {
    let money = |f: &Fig| f.q.measure == Some(Measure::Money);
    let Some((verb, prep)) = frame(parts[0].after()) else {
        return false;
    };
    let allocates = |prep: &str| ALLOCATING.contains(&prep);
    money(total)
        && parts.iter().all(|p| money(p))
        && allocates(&prep)
        && parts[1..].iter().all(|p| {
            frame(p.after()).is_some_and(|(v, p)| allocates(&p) && (v.is_empty() || v == verb))
        })
}

/// `a` and `b` are opposite outcomes.
pub(super) fn opposite(a: &str, b: &str) -> bool {
    let negates = |x: &str, y: &str| {
        NEGATING.iter().any(|n| {
            y.strip_prefix(n)
                .is_some_and(|rest| rest == x && x.len() > 3)
        })
    };
    OPPOSITES
        .iter()
        .any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
        || negates(a, b)
        || negates(b, a)
}

/// Objects of a verb of outcome, passed over before a part: "convicted him on seven".
const OBJECTS: &[&str] = &["him", "her", "them", "it", "us", "me"];

/// The words that may say a part's outcome: the two before it (after the figure or comma before
/// it; an object pronoun passed over: "convicted him on") and those after it up to "and", a
/// comma or the next figure (three at most).
pub(super) fn outcome_words(before: &str, after: &str) -> Vec<String> {
    let before = before.rsplit(',').next().unwrap_or(before);
    let mut w = words(before);
    w.retain(|x| !OBJECTS.contains(&x.as_str()));
    w.drain(..w.len().saturating_sub(2));
    let after = after.split(',').next().unwrap_or(after);
    w.extend(words(after).into_iter().take_while(|x| x != "and").take(3));
    w
}

/// Two parts with opposite outcomes: "convicted on eight and acquitted on five", "6,210 were
/// vaccinated and 6,370 unvaccinated".
fn by_outcome(total: &Fig, parts: &[&Fig]) -> bool {
    let [first, second] = parts else {
        return false;
    };
    let (Some(before_first), Some(between)) = (total.text_to(first), first.text_to(second)) else {
        return false;
    };
    let first_words = outcome_words(before_first, between);
    let second_words = outcome_words(between, second.after());
    // "guilty on seven and not guilty on five": the second part denies the first's outcome.
    let denied = words(between)
        .windows(2)
        .any(|w| w[0] == "not" && w[1].len() > 3 && first_words.contains(&w[1]));
    first_words
        .iter()
        .any(|a| second_words.iter().any(|b| opposite(a, b)))
        || denied
        || says_no(between, second.after())
}

/// "23 have expanded Medicaid and 28 have not", "12 were vaccinated and eight were not": the
/// second part's clause is the first's auxiliary and "not", nothing else, which denies what the
/// first part did.
fn says_no(between: &str, after_second: &str) -> bool {
    let auxiliary = |w: &str| {
        matches!(
            w,
            "have" | "has" | "had" | "were" | "was" | "are" | "is" | "did" | "do" | "does"
        )
    };
    let first = first_words(between, 1);
    let clause = after_second
        .split([',', ';', '.', ':', '('])
        .next()
        .unwrap_or("");
    match (first.as_slice(), words(clause).as_slice()) {
        ([verb], [again, not]) => auxiliary(verb) && again == verb && not == "not",
        _ => false,
    }
}

/// Parts told apart by who took them, the verb of taking said once before the first: "Labour
/// took 34, the Conservatives 17, the Liberal Democrats six and independents four".
fn by_subject(total: &Fig, parts: &[&Fig]) -> bool {
    let Some(before_first) = total.text_to(parts[0]) else {
        return false;
    };
    let lead_text = before_first.rsplit(',').next().unwrap_or(before_first);
    let lead = words(lead_text);
    // The first part's subject and verb: "Labour took".
    let takes = lead.len() >= 2 && lead.last().is_some_and(|v| TAKING.contains(&v.as_str()));
    // "Leinster accounted for 3,052,000, Munster 1,480,000 …": named subjects (a place, a
    // party) account for their own share; causes ("speeding accounted for 300, drink 200")
    // may share their cases, so every subject must write a name with a capital.
    let named = |text: &str| {
        text.split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let accounts = lead.len() >= 3
        && lead.ends_with(&["accounted".to_string(), "for".to_string()])
        && named(lead_text)
        && parts
            .windows(2)
            .all(|w| w[0].text_to(w[1]).is_some_and(named));
    // Each later part after a comma or "and" and its subject alone: no verb, nothing else.
    let subject_only = |gap: &str| {
        let mut w = words(gap);
        if w.first().is_some_and(|x| x == "and") {
            w.remove(0);
        }
        let short = (1..=4).contains(&w.len());
        let verbless = !w.iter().any(|x| {
            let x = x.as_str();
            TAKING.contains(&x)
                || OPPOSITES.iter().any(|&(a, b)| x == a || x == b)
                || LOSING.contains(&x)
        });
        short && verbless && !gap.contains(['.', ';', ':', '(', ')'])
    };
    (takes || accounts)
        && parts
            .windows(2)
            .all(|w| w[0].text_to(w[1]).is_some_and(subject_only))
}

/// Nouns for a structure that kinds of structure may be counted among ("412 structures,
/// including 296 homes and 143 outbuildings").
const STRUCTURES: &[&str] = &["structure", "building"];

/// Kinds of structure, singular.
const KINDS_OF_STRUCTURE: &[&str] = &["home", "house", "outbuilding", "business", "barn"];

/// `part` (a unit) names a kind of the structures `total` (a unit) counts.
pub(super) fn is_kind_of_structure(total: &str, part: &str) -> bool {
    STRUCTURES.contains(&singular(total).as_str())
        && KINDS_OF_STRUCTURE.contains(&singular(part).as_str())
}
