//! Who said it: turns the words of a cue ("the U.S. President", "He", "the statement", "Peskov")
//! into the name the article uses, reading the document in order.
//!
//! Resolution, first match wins:
//! 1. "X and Y": each resolved, joined with "and".
//! 2. A pronoun: "he"/"she" → the last person who spoke (or, before anyone spoke, the last person
//!    named); "it" → the last organisation that spoke; "they" → the last group or organisation.
//! 3. A name in the phrase the article uses elsewhere, or a person's last name ("Kremlin
//!    spokesman Dmitry Peskov", "Trump" → Donald Trump).
//! 4. "the statement" / "the letter" → whoever spoke last: its source.
//! 5. A role ("the U.S. President", "the local governor") → the person holding it whose
//!    qualifier agrees, most recently named (or, failing that, named next).
//! 6. "the Council", "the bank" → the organisation of that head word.
//! 7. Otherwise the phrase itself, without its article ("Sky News", "Chinese officials").

use super::entities::{Entities, EntityId, EntityKind};
use super::names::{NameRun, name_runs, name_text};
use super::roles;
use super::tokens::Token;
use super::words::{self, Pronoun};

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// An entity of the document.
    Entity(EntityId),
    /// Words that name no entity ("officials", "Donald Trump and JD Vance").
    Phrase(String),
}

/// The speaker state of one document, read sentence by sentence.
#[derive(Debug)]
pub struct Speakers {
    entities: Entities,
    /// Byte offset of the last sentence naming each entity (`usize::MAX`: not yet).
    last_mention: Vec<usize>,
    /// The person named most recently.
    last_named_person: Option<EntityId>,
    last_speaker: Option<Speaker>,
    last_person: Option<Speaker>,
    last_organisation: Option<Speaker>,
    last_group: Option<Speaker>,
    runs: Vec<NameRun>,
}

impl Speakers {
    /// Starts reading a document whose entities were gathered in a first pass.
    pub fn new(entities: Entities) -> Speakers {
        let n = entities.len();
        Speakers {
            entities,
            last_mention: vec![usize::MAX; n],
            last_named_person: None,
            last_speaker: None,
            last_person: None,
            last_organisation: None,
            last_group: None,
            runs: Vec::new(),
        }
    }

    /// The name to print for a speaker.
    pub fn name<'a>(&'a self, speaker: &'a Speaker) -> &'a str {
        match speaker {
            Speaker::Entity(id) => &self.entities.get(*id).name,
            Speaker::Phrase(text) => text,
        }
    }

    /// Reads the sentence at byte offset `at`: resolves its cue `phrase` (the cue's words, empty
    /// when it has none), then records the entities it names (`mentioned`, as the first pass
    /// found them) and its speaker, for the sentences after it.
    pub fn read(
        &mut self,
        sentence: &str,
        phrase: &[Token],
        mentioned: &[EntityId],
        at: usize,
    ) -> Option<Speaker> {
        let speaker = if phrase.is_empty() {
            None
        } else {
            self.resolve(sentence, phrase, at)
        };
        for &id in mentioned {
            let id = self.entities.canonical(id);
            self.last_mention[id] = at;
            if self.entities.get(id).kind == EntityKind::Person {
                self.last_named_person = Some(id);
            }
        }
        if let Some(speaker) = &speaker {
            self.remember(speaker);
        }
        speaker
    }

    /// Resolves the cue of a sentence ahead of the one being read (at byte offset `at`), without
    /// recording anything: for a quotation attributed by the sentence after it.
    pub fn resolve_ahead(
        &mut self,
        sentence: &str,
        phrase: &[Token],
        at: usize,
    ) -> Option<Speaker> {
        self.resolve(sentence, phrase, at)
    }

    /// A quotation with no cue continues the previous speaker's words.
    pub fn continuing(&self) -> Option<Speaker> {
        self.last_speaker.clone()
    }

    fn remember(&mut self, speaker: &Speaker) {
        self.last_speaker = Some(speaker.clone());
        match self.kind(speaker) {
            Some(EntityKind::Person) => self.last_person = Some(speaker.clone()),
            Some(_) => self.last_organisation = Some(speaker.clone()),
            None => self.last_group = Some(speaker.clone()),
        }
    }

    fn kind(&self, speaker: &Speaker) -> Option<EntityKind> {
        match speaker {
            Speaker::Entity(id) => Some(self.entities.get(*id).kind),
            Speaker::Phrase(_) => None,
        }
    }

    fn lookup(&self, name: &str) -> Option<EntityId> {
        let recency = &self.last_mention;
        self.entities.lookup(name, |ids| {
            *ids.iter()
                .max_by_key(|&&id| recency[id].wrapping_add(1))
                .unwrap_or(&ids[0])
        })
    }

    /// Resolves a cue's words (see the module's rules).
    fn resolve(&mut self, sentence: &str, phrase: &[Token], at: usize) -> Option<Speaker> {
        if let Some(and) = phrase.iter().position(|t| t.text(sentence) == "and")
            && and > 0
            && and + 1 < phrase.len()
        {
            let left = self.resolve(sentence, &phrase[..and], at)?;
            let right = self.resolve(sentence, &phrase[and + 1..], at)?;
            return Some(Speaker::Phrase(format!(
                "{} and {}",
                self.name(&left),
                self.name(&right)
            )));
        }
        let head = phrase[phrase.len() - 1].text(sentence);
        if phrase.len() == 1
            && let Some(pronoun) = words::pronoun(head)
        {
            return self.pronoun(pronoun);
        }
        if let Some(id) = self.named_in(sentence, phrase) {
            return Some(Speaker::Entity(id));
        }
        if words::is_statement_noun(&head.to_lowercase()) {
            return self.last_speaker.clone();
        }
        if roles::is_role(head) {
            if let Some(id) = self.role_holder(sentence, phrase, at) {
                return Some(Speaker::Entity(id));
            }
        } else if phrase.len() > 1 || !phrase[0].capital {
            let recency = &self.last_mention;
            let org = self
                .entities
                .organisations_ending_with(head)
                .iter()
                .copied()
                .max_by_key(|&id| recency[id].wrapping_add(1));
            if let Some(id) = org {
                return Some(Speaker::Entity(id));
            }
        }
        let skip = usize::from(matches!(
            phrase[0].text(sentence),
            "the" | "The" | "a" | "A" | "an" | "An"
        ));
        if skip == phrase.len() {
            return None;
        }
        Some(Speaker::Phrase(
            sentence[phrase[skip].start..phrase[phrase.len() - 1].end].to_string(),
        ))
    }

    fn pronoun(&self, pronoun: Pronoun) -> Option<Speaker> {
        match pronoun {
            Pronoun::Person => self
                .last_person
                .clone()
                .or_else(|| self.last_named_person.map(Speaker::Entity)),
            Pronoun::Thing => self.last_organisation.clone(),
            Pronoun::Group => self
                .last_group
                .clone()
                .or_else(|| self.last_organisation.clone()),
        }
    }

    /// The last name of the phrase that the article uses for an entity.
    fn named_in(&mut self, sentence: &str, phrase: &[Token]) -> Option<EntityId> {
        let mut runs = std::mem::take(&mut self.runs);
        name_runs(sentence, phrase, &mut runs);
        // Only the phrase's head names the speaker: "Chinese officials" is not "Chinese".
        let found = runs
            .last()
            .filter(|run| run.last + 1 == phrase.len())
            .and_then(|run| self.lookup(&name_text(sentence, phrase, run.first, run.last)));
        self.runs = runs;
        found
    }

    /// "the U.S. President" → the person holding "president" whose qualifier agrees with "U.S.".
    fn role_holder(&self, sentence: &str, phrase: &[Token], at: usize) -> Option<EntityId> {
        let is_role = |t: &Token| roles::is_role(t.text(sentence));
        let end = phrase.len() - 1;
        let mut start = end;
        while start > 0 && is_role(&phrase[start - 1]) {
            start -= 1;
        }
        let role = name_text(sentence, phrase, start, end).to_lowercase();
        let qualifier = phrase[..start]
            .iter()
            .rev()
            .find(|t| t.capital && !words::is_capitalised_function_word(t.text(sentence)))
            .map(|t| t.text(sentence));
        let recency = &self.last_mention;
        let holders: Vec<EntityId> = self.entities.holders(&role, qualifier).collect();
        let earlier = holders
            .iter()
            .copied()
            .filter(|&id| recency[id] != usize::MAX)
            .max_by_key(|&id| recency[id]);
        earlier.or_else(|| {
            holders
                .iter()
                .copied()
                .filter(|&id| self.entities.get(id).first_mention >= at)
                .min_by_key(|&id| self.entities.get(id).first_mention)
        })
    }
}
