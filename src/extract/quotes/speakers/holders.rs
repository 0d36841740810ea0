//! Who holds an office or a party's name: "the U.S. President" → the person holding it, "Bank
//! of England Governor Andrew Bailey" → the person after the office, "the party" → the last
//! party named.

use super::super::entities::{EntityId, EntityKind};
use super::super::names;
use super::super::roles;
use super::super::tokens::Token;
use super::super::words;
use super::Speakers;
use super::name_text;
use super::phrase::owned_by_a_place;

impl Speakers {
    /// "The swing from Conservative to Labour was 6.8 points, the party said": a party is often
    /// named without the word ("Labour", "the Conservatives"), so the last "… Party" named is
    /// "the party" only when no other party was named since, nor in the sentence.
    pub(super) fn other_party_since(&self, party: EntityId) -> bool {
        let since = self.referents.mentioned_at(party).wrapping_add(1);
        (0..self.entities.len()).any(|id| {
            let name = &self.entities.get(id).name;
            let is_party = name.ends_with(" Party")
                || names::is_party_label(name.trim_end_matches('s'))
                || name.ends_with("Democrats");
            id != party
                && is_party
                && (self.mentioned.contains(&id)
                    || self.referents.mentioned_at(id).wrapping_add(1) > since)
        })
    }

    /// The person named right after an office at the end of `words` ("England Governor Andrew
    /// Bailey" → Andrew Bailey); not a name after other words ("Supporters of Donald Trump" are
    /// no Donald Trump).
    pub(super) fn holder_after_office(
        &mut self,
        sentence: &str,
        words: &[Token],
    ) -> Option<EntityId> {
        let office = words
            .iter()
            .rposition(|t| roles::is_role(t.text(sentence)))?;
        // ("the National Association of Head Teachers": a role right after "of" names the
        // body's members, no office.)
        if office == 0 {
            return None;
        }
        let id = self.named_in(sentence, words.get(office + 1..).filter(|w| !w.is_empty())?)?;
        (self.entities.get(id).kind == EntityKind::Person).then_some(id)
    }

    /// "the U.S. President" → the person holding "president" whose qualifier agrees with "U.S.".
    pub(super) fn role_holder(
        &self,
        sentence: &str,
        phrase: &[Token],
        at: usize,
    ) -> Option<EntityId> {
        let is_role = |t: &Token| roles::is_role(t.text(sentence));
        let end = phrase.len() - 1;
        let mut start = end;
        while start > 0 && is_role(&phrase[start - 1]) {
            start -= 1;
        }
        // "the country's president": which place, the article may not say; no holder is sure.
        if owned_by_a_place(sentence, &phrase[..start]) {
            return None;
        }
        let role = name_text(sentence, phrase, start, end).to_lowercase();
        let qualifier = phrase[..start]
            .iter()
            .rev()
            .find(|t| t.capital && !words::is_capitalised_function_word(t.text(sentence)))
            .map(|t| t.text(sentence));
        let recency = &self.referents;
        let holders: Vec<EntityId> = self.entities.holders(&role, qualifier).collect();
        let earlier = holders
            .iter()
            .copied()
            .filter(|&id| recency.mentioned_at(id) != usize::MAX)
            .max_by_key(|&id| recency.mentioned_at(id));
        earlier.or_else(|| {
            holders
                .iter()
                .copied()
                .filter(|&id| self.entities.get(id).first_mention >= at)
                .min_by_key(|&id| self.entities.get(id).first_mention)
        })
    }
}
