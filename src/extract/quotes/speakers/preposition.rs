//! A speaker named by a phrase with a preposition: "Police in Devon", "a spokesperson for the
//! bank", "a study by the London School of Economics", "Secretary of State Antony Blinken".

use super::super::entities::EntityKind;
use super::super::roles;
use super::super::tokens::Token;
use super::super::words;
use super::phrase::{as_written, is_of_preposition, without_article};
use super::{Speaker, Speakers};

impl Speakers {
    /// "Police in Devon", "a spokesperson for the bank": a role or an organisation of something,
    /// never that something alone (a place is no speaker). A spokesperson for a named
    /// organisation speaks for it ("a spokesman for the agency" → the agency's name).
    pub(super) fn of_preposition(
        &mut self,
        sentence: &str,
        phrase: &[Token],
        at: usize,
    ) -> Option<Speaker> {
        // "a study by the London School of Economics": whoever made it (before any "of" in
        // the maker's name).
        let by = (1..phrase.len().saturating_sub(1)).find(|&p| {
            phrase[p].text(sentence) == "by"
                && words::is_source_noun(&phrase[p - 1].text(sentence).to_lowercase())
        });
        if let Some(p) = by {
            return self.resolve(sentence, &phrase[p + 1..], at);
        }
        // The first preposition ("Dr. Sarah Jones of the University of Oxford" is a person's
        // phrase, whatever follows).
        let p = (1..phrase.len().saturating_sub(1))
            .find(|&p| is_of_preposition(phrase[p].text(sentence)))
            .filter(|&p| {
                let noun = phrase[p - 1].text(sentence);
                roles::is_role(noun)
                    || roles::is_organisation_head(noun)
                    || roles::is_group(noun)
                    || words::is_source_noun(&noun.to_lowercase())
            })?;
        // "a statement from the Department of Health": whoever made it.
        if words::is_source_noun(&phrase[p - 1].text(sentence).to_lowercase())
            && matches!(phrase[p].text(sentence), "from" | "by" | "of")
        {
            return self.resolve(sentence, &phrase[p + 1..], at);
        }
        // "Secretary of State Antony Blinken": the person named after the office.
        if roles::is_role(phrase[p - 1].text(sentence))
            && let Some(id) = self.named_in(sentence, phrase)
            && self.entities.get(id).kind == EntityKind::Person
        {
            return Some(Speaker::Entity(id));
        }
        if roles::is_role(phrase[p - 1].text(sentence))
            && let Some(Speaker::Entity(id)) = self.resolve(sentence, &phrase[p + 1..], at)
            && self.entities.get(id).kind == EntityKind::Organisation
        {
            return Some(Speaker::Entity(id));
        }
        // "Bank of England Governor Andrew Bailey": the person named after the body's office.
        if let Some(id) = self.holder_after_office(sentence, &phrase[p + 1..]) {
            return Some(Speaker::Entity(id));
        }
        // "the Department of Health" is named as "Kremlin" is, without its article; "the mayor
        // of Kyiv" and "the people of Gaza" keep theirs.
        if phrase[p - 1].capital {
            return Some(without_article(sentence, phrase));
        }
        Some(as_written(sentence, phrase))
    }
}
