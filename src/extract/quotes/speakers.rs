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

use super::Cue;
use super::entities::{Entities, EntityId, EntityKind, NameRun, name_runs, name_text};
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

    /// Resolves the cue of the sentence at byte offset `at`, then records the sentence's names
    /// and speaker for the sentences after it.
    pub fn read(
        &mut self,
        sentence: &str,
        tokens: &[Token],
        cue: Option<Cue>,
        at: usize,
    ) -> Option<Speaker> {
        let speaker = cue.and_then(|cue| self.resolve(sentence, tokens, cue, at));
        self.mention(sentence, tokens, at);
        if let Some(speaker) = &speaker {
            self.remember(speaker);
        }
        speaker
    }

    /// A quotation with no cue continues the previous speaker's words.
    pub fn continuing(&self) -> Option<Speaker> {
        self.last_speaker.clone()
    }

    fn mention(&mut self, sentence: &str, tokens: &[Token], at: usize) {
        let mut runs = std::mem::take(&mut self.runs);
        name_runs(sentence, tokens, &mut runs);
        for run in &runs {
            let name = name_text(sentence, tokens, run.first, run.last);
            if let Some(id) = self.lookup(&name) {
                self.last_mention[id] = at;
            }
        }
        self.runs = runs;
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

    fn resolve(&self, sentence: &str, tokens: &[Token], cue: Cue, at: usize) -> Option<Speaker> {
        let phrase = &tokens[cue.first..=cue.last];
        if let Some(and) = phrase.iter().position(|t| t.text(sentence) == "and")
            && and > 0
            && and + 1 < phrase.len()
        {
            let left = self.resolve(sentence, tokens, sub(cue, 0, and - 1), at)?;
            let right = self.resolve(sentence, tokens, sub(cue, and + 1, phrase.len() - 1), at)?;
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
        if let Some(id) = self.named_in(sentence, tokens, cue) {
            return Some(Speaker::Entity(id));
        }
        let lower_head = head.to_lowercase();
        if words::is_statement_noun(&lower_head) {
            return self.last_speaker.clone();
        }
        if words::is_role(head) {
            if let Some(id) = self.role_holder(sentence, phrase, at) {
                return Some(Speaker::Entity(id));
            }
        } else if phrase.len() > 1 || !phrase[0].capital {
            let recency = &self.last_mention;
            let org = self
                .entities
                .organisations_ending_with(head)
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
            Pronoun::Person => self.last_person.clone().or_else(|| {
                let recency = &self.last_mention;
                (0..self.entities.len())
                    .filter(|&id| {
                        recency[id] != usize::MAX
                            && self.entities.get(id).kind == EntityKind::Person
                    })
                    .max_by_key(|&id| recency[id])
                    .map(Speaker::Entity)
            }),
            Pronoun::Thing => self.last_organisation.clone(),
            Pronoun::Group => self
                .last_group
                .clone()
                .or_else(|| self.last_organisation.clone()),
        }
    }

    /// The last name of the phrase that the article uses for an entity.
    fn named_in(&self, sentence: &str, tokens: &[Token], cue: Cue) -> Option<EntityId> {
        let phrase = &tokens[cue.first..=cue.last];
        let mut runs = Vec::new();
        name_runs(sentence, phrase, &mut runs);
        // Only the phrase's head names the speaker: "Chinese officials" is not "Chinese".
        let run = runs.last().filter(|run| run.last + 1 == phrase.len())?;
        self.lookup(&name_text(sentence, phrase, run.first, run.last))
    }

    /// "the U.S. President" → the person holding "president" whose qualifier agrees with "U.S.".
    fn role_holder(&self, sentence: &str, phrase: &[Token], at: usize) -> Option<EntityId> {
        let is_role = |t: &Token| words::is_role(t.text(sentence));
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

fn sub(cue: Cue, from: usize, to: usize) -> Cue {
    Cue {
        first: cue.first + from,
        last: cue.first + to,
    }
}
