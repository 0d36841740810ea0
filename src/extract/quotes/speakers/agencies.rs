//! A UN agency described in words ("the UN refugee agency") is the agency the article names by
//! its acronym ("UNHCR"): one source, not two.

use super::super::entities::EntityId;
use super::super::tokens::Token;
use super::Speakers;

/// The descriptions news agencies give the UN's agencies, each with the acronym it names (the
/// more specific first: a "Palestinian refugee agency" is no UNHCR).
const AGENCIES: [(&[&str], &str); 9] = [
    (&["palestinian", "refugee", "agency"], "UNRWA"),
    (&["refugee", "agency"], "UNHCR"),
    (&["children's", "agency"], "UNICEF"),
    (&["children's", "fund"], "UNICEF"),
    (&["migration", "agency"], "IOM"),
    (&["food", "agency"], "WFP"),
    (&["health", "agency"], "WHO"),
    (&["nuclear", "watchdog"], "IAEA"),
    (&["humanitarian", "office"], "OCHA"),
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
        let (_, acronym) = AGENCIES.iter().find(|(words, _)| {
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
        self.entities.lookup(acronym, |ids| ids[0])
    }
}
