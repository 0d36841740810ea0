//! A UN agency described in words ("the UN refugee agency") is the agency the article names by
//! its acronym ("UNHCR"): one source, not two.

use super::super::entities::EntityId;
use super::super::tokens::Token;
use super::Speakers;

/// The descriptions news agencies give the UN's agencies, each with the acronyms it may name
/// (the more specific first: a "Palestinian refugee agency" is no UNHCR; "the UN food agency" is
/// the FAO or the WFP, and the article must name only one of them).
const AGENCIES: [(&[&str], &[&str]); 11] = [
    (&["palestinian", "refugee", "agency"], &["UNRWA"]),
    (&["refugee", "agency"], &["UNHCR"]),
    (&["children's", "agency"], &["UNICEF"]),
    (&["children's", "fund"], &["UNICEF"]),
    (&["migration", "agency"], &["IOM"]),
    (&["food", "agency"], &["FAO", "WFP"]),
    (&["health", "agency"], &["WHO"]),
    (&["drugs", "agency"], &["UNODC"]),
    (&["drug", "agency"], &["UNODC"]),
    (&["nuclear", "watchdog"], &["IAEA"]),
    (&["humanitarian", "office"], &["OCHA"]),
];

impl Speakers {
    /// "The UN refugee agency" → UNHCR, when the article names UNHCR: the phrase (at most six
    /// words, "UN" or "U.N." among them) ends with the words of one of [`AGENCIES`].
    pub(super) fn agency_by_acronym(&self, sentence: &str, phrase: &[Token]) -> Option<EntityId> {
        // (Most phrases end with none of the heads: no more is read.)
        let head = phrase.last()?.text(sentence);
        if !matches!(head, "agency" | "fund" | "watchdog" | "office") || phrase.len() > 6 {
            return None;
        }
        let un = phrase
            .iter()
            .any(|t| matches!(t.text(sentence), "UN" | "U.N." | "U.N" | "UN's" | "U.N.'s"));
        if !un {
            return None;
        }
        let (_, acronyms) = AGENCIES.iter().find(|(words, _)| {
            words.len() < phrase.len()
                && phrase[phrase.len() - words.len()..]
                    .iter()
                    .zip(words.iter())
                    .all(|(t, w)| {
                        // ("children's": the token may hold its "'s" or not.)
                        let word = t.text(sentence);
                        let bare = |w: &'static str| w.strip_suffix("'s").unwrap_or(w);
                        word.eq_ignore_ascii_case(w)
                            || word.eq_ignore_ascii_case(bare(w))
                            || word.replace('’', "'").eq_ignore_ascii_case(w)
                    })
        })?;
        let mut named = acronyms
            .iter()
            .filter_map(|acronym| self.entities.lookup(acronym, |ids| ids[0]));
        match (named.next(), named.next()) {
            (Some(id), None) => Some(id),
            _ => None,
        }
    }
}
