//! What the words around a figure in a list say of its place among the parts: the outcome its
//! own clause names ("47 were rescued"), a level it is compared with ("down from 10,100"), an
//! amount to a date ("by the end of March"), a count in the name of the next part's subject
//! ("the three Ulster counties 330,000"), a verb that tells a part from the others ("47 were
//! flooded").

use super::figures::{Fig, family_of, first_words, last_words};
use crate::extract::dates::is_calendar_name_any_case;

/// What happened to the people a figure counts, said in its own clause only (its unit, the
/// words before it in its clause, or the first four after it): "47 were rescued" → "rescued",
/// "carrying 61 people: 47 were rescued" → none for the 61.
pub(super) fn own_family(f: &Fig) -> Option<&'static str> {
    let stops = [',', ';', '.', ':', '('];
    let unit = f.q.unit.as_deref().map(str::to_lowercase);
    let before = f.before().rsplit(stops).next().unwrap_or("");
    let after = f.after().split(stops).next().unwrap_or("");
    unit.as_deref()
        .and_then(family_of)
        .or_else(|| last_words(before, 8).iter().find_map(|w| family_of(w)))
        .or_else(|| first_words(after, 4).iter().find_map(|w| family_of(w)))
}

/// The figure is the level another is compared with: right after "from", "compared with",
/// "against", "versus" or "than" ("9,800 were valid, down from 10,100").
pub(super) fn compared_base(p: &Fig) -> bool {
    let w = last_words(p.before(), 2);
    match w.as_slice() {
        [.., last] if matches!(last.as_str(), "from" | "against" | "versus" | "vs" | "than") => {
            true
        }
        [compared, with] => compared == "compared" && matches!(with.as_str(), "with" | "to"),
        _ => false,
    }
}

/// The clause after a part says it is an amount to a date: "by" and a time within its first
/// words ("spent by the end of March", "by June", "by then").
pub(super) fn by_a_date(clause: &str) -> bool {
    let w = first_words(clause, 6);
    let Some(by) = w.iter().position(|x| x == "by") else {
        return false;
    };
    let time = |x: &String| {
        matches!(
            x.as_str(),
            "then" | "now" | "midday" | "noon" | "midnight" | "today"
        ) || is_calendar_name_any_case(x)
    };
    match &w[by + 1..] {
        [the, edge, of, ..] if the == "the" => {
            matches!(edge.as_str(), "end" | "start" | "middle" | "close") && of == "of"
        }
        [next, ..] if time(next) => true,
        // "by 2025": the year is no word.
        _ => clause.split(" by ").nth(1).is_some_and(|rest| {
            let year = rest.get(..4).and_then(|y| y.parse::<u32>().ok());
            year.is_some_and(|y| (1900..2100).contains(&y))
                && !rest[4..].starts_with(|c: char| c.is_ascii_alphanumeric())
        }),
    }
}

/// "…, Connacht 610,000 and the three Ulster counties 330,000": a count in the name of the next
/// part's subject (a capital after its number, the part right after it), not a part.
pub(super) fn names_the_next_part(p: &Fig, next: Option<&Fig>) -> bool {
    let own = &p.claim.text[p.ls..p.le];
    next.and_then(|n| p.text_to(n))
        .is_some_and(|gap| gap.trim().is_empty())
        && own
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
}

/// Words right after a part's number that tell it apart by a place, a time or a purpose ("47 in
/// Okinawa"), or join it to the next part: no verb.
const NO_VERB: &[&str] = &[
    "in", "to", "at", "on", "from", "for", "with", "by", "into", "towards", "toward", "over",
    "across", "under", "near", "inside", "outside", "of", "per", "and", "or",
];

/// A part with no noun of its own, told apart by what its clause says happened to it: a word
/// right after its number that is no preposition ("47 were flooded", "six sank"), where "165
/// passengers", "47 in Okinawa" or "8,000 were in shelters" name a kind or a place. Such parts may overlap ("flooded",
/// "cut off") unless each is a fate ([`super::fates::fates`]).
pub(super) fn told_by_a_verb(p: &Fig) -> bool {
    let written = p.q.unit.is_some() && !p.q.unit_carried;
    let after = p.after();
    // ("8,000 were in shelters": a place, after the verb "be".)
    let next = first_words(after, 2);
    let told = match next.as_slice() {
        [be, at, ..] if matches!(be.as_str(), "were" | "was" | "are" | "is") => {
            !NO_VERB.contains(&at.as_str())
        }
        [first, ..] => !NO_VERB.contains(&first.as_str()),
        [] => false,
    };
    !written && after.starts_with(' ') && told
}
