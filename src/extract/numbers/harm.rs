//! Who a figure counts when no noun stands beside it: people harmed ("Fire kills 9", "more than
//! 150 wounded") and the noun named before it in its clause ("the number of dead at 67", "the
//! death toll rose to 15").

use super::units::{self, After, UnitName};
use crate::claim::Qualifier;
use crate::extract::tokens::{TokKind, Tokens, WordSet, is_function_word};

/// Verbs in the present tense, as headlines write them, whose object left unnamed is people
/// ("Fire kills 9"). The past ("killed 12") is prose, where the noun of another figure comes
/// first ([`PAST_HARM_VERBS`]).
pub(super) const HARM_VERBS: WordSet =
    WordSet::new(&["kill", "kills", "injure", "injures", "wound", "wounds"]);

/// The same verbs in the past, as prose writes them: their bare object is people only when no
/// other figure of the sentence names what was counted (`Figure::harmed`).
pub(super) const PAST_HARM_VERBS: WordSet = WordSet::new(&["killed", "injured", "wounded"]);

/// "put the number of dead at 67", "the death toll rose to 15": what a bare figure counts,
/// named in its clause before it (the noun after "number of", people for a toll).
pub(super) fn number_named_before(t: &Tokens, first: usize) -> Option<UnitName> {
    for k in (first.saturating_sub(8)..first).rev() {
        if t.kind(k) != Some(TokKind::Word) {
            return None;
        }
        if t.is(k, "number") && t.is(k + 1, "of") {
            // "the number of people claiming jobless benefits": a participle after the first
            // noun opens a clause; the noun before it is counted, not the clause's object.
            let w = t.str(k + 3);
            if k + 3 < first && t.is_lower_word(k + 3) && w.len() > 4 && w.ends_with("ing") {
                let noun = t.is_lower_word(k + 2) && !is_function_word(t.str(k + 2));
                return noun.then_some(UnitName::Token(k + 2));
            }
            // "the number of missing at 61": the one adjective in "-ing" used as a noun, which
            // the noun reader takes for a participle ("missing people" is read as a noun).
            let alone = !t.is_lower_word(k + 3) || is_function_word(t.str(k + 3));
            if t.is(k + 2, "missing") && alone {
                return Some(UnitName::Token(k + 2));
            }
            return match units::counted_noun(t, k + 2) {
                After::Unit(u) if u.last < first => Some(u.name),
                _ => None,
            };
        }
        if t.is(k, "toll") {
            return Some(UnitName::Fixed("people"));
        }
    }
    None
}

/// Nouns for the people who watch an event: a bare figure they are told of is people.
const CROWDS: WordSet = WordSet::new(&["crowd", "crowds", "attendance", "audience", "gate"]);

/// "A crowd of 60,254", "the attendance was 52,000": a bare figure starting at token `start`
/// (its hedge included) counts the people of a crowd named right before it.
pub(super) fn crowd_before(t: &Tokens, start: usize) -> bool {
    start >= 2 && t.is_in(start - 2, &CROWDS) && t.is_any(start - 1, &["of", "was", "is"])
}

/// Nouns for a group of people, whose size counts all its members: "one of only four women in a
/// class of 92" (92 students, not women), "two survivors from a crew of 12".
const GROUPS: WordSet = WordSet::new(&[
    "class",
    "group",
    "team",
    "squad",
    "cohort",
    "family",
    "crew",
    "party",
    "delegation",
    "panel",
    "committee",
    "board",
    "jury",
    "staff",
    "workforce",
    "intake",
    "population",
    "congregation",
    "community",
    "cast",
    "choir",
    "band",
    "gang",
    "field",
]);

/// A bare figure at `first` gives the size of a group of people named right before it ("a class
/// of 92"): it counts the members, never the noun of a part told before it ("four women").
pub(super) fn group_size(t: &Tokens, first: usize) -> bool {
    first >= 2 && t.is(first - 1, "of") && t.is_in(first - 2, &GROUPS)
}

/// Participles that, right after a figure, name the people they befell ("150 wounded").
pub(super) const HARMED: WordSet = WordSet::new(&[
    "killed",
    "wounded",
    "injured",
    "hurt",
    "displaced",
    "evacuated",
    "arrested",
    "detained",
    "rescued",
]);

/// A bare figure that counts what an earlier sentence named: "two of them", or the subject
/// opening a sentence before its verb ("Eight were pulled from …", "At least three died"), not
/// a crowd ("About 1.2 million watched the final").
/// `hedge` is the qualifier before it and its first token.
pub(super) fn refers_back(
    t: &Tokens,
    first: usize,
    last: usize,
    hedge: Option<(Qualifier, usize)>,
) -> bool {
    if t.is(last + 1, "of") && t.is_any(last + 2, &["them", "these", "those"]) {
        return true;
    }
    let mut start = hedge.map_or(first, |(_, q_first)| q_first);
    // "Another 5 died …", "A further 12 were …".
    if start >= 1 && t.is_any(start - 1, &["another", "further"]) {
        start -= 1 + usize::from(start >= 2 && t.is(start - 2, "a"));
    }
    // "About 1.2 million watched the final": a crowd is no group named before ("fled" tells of
    // the people a story counted: "Eight fled through windows").
    let verb = t.is_lower_word(last + 1) && {
        let w = t.str(last + 1);
        let crowd = units::is_crowd_verb(w) && w != "fled";
        (w.ends_with("ed") || SUBJECT_VERBS.contains(&w)) && !crowd
    };
    // The look back to the sentence start only when a verb follows.
    verb && (0..start).all(|k| t.kind(k) == Some(TokKind::Punct))
}

/// Verbs and auxiliaries that follow a figure standing as a sentence's subject.
const SUBJECT_VERBS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "remain", "remains", "died", "will", "would",
    "could", "may", "might", "also", "still", "survived",
];
