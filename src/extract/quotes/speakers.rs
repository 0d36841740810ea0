//! Who said it: turns the words of a cue ("the U.S. President", "He", "the statement", "Peskov")
//! into the name the article uses, reading the document in order.
//!
//! Resolution, first match wins:
//! 1. "X and Y": each resolved, joined with "and".
//! 2. A pronoun: "he"/"she" → the person most recently named or heard whose gender fits (see
//!    [`referents`](super::referents)); "it" → the organisation most recently named or heard;
//!    "they" → the last group or organisation that spoke.
//! 3. A name in the phrase the article uses elsewhere, or a person's last name ("Kremlin
//!    spokesman Dmitry Peskov", "Trump" → Donald Trump).
//! 4. "the statement" / "the letter" → whoever spoke last: its source.
//! 5. A role ("the U.S. President", "the local governor") → the person holding it whose
//!    qualifier agrees, most recently named (or, failing that, named next); never after an
//!    indefinite determiner ("one senior official" is someone unnamed).
//! 6. "the Council", "the bank" → the organisation of that head word.
//! 7. Otherwise the phrase itself, without its article ("Sky News", "Chinese officials").

use super::entities::{Entities, EntityId, EntityKind};
use super::lexicon;
use super::names::{self, NameRun, name_runs, name_text};
use super::referents::{Gender, Referents, gender_of_role};
use super::roles;
use super::tokens::{Token, Trail};
use super::words;
use documents::Documents;

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
    /// Who was named or heard when: what pronouns point at.
    referents: Referents,
    last_speaker: Option<Speaker>,
    /// Who published the document a later "the report said" quotes.
    documents: Documents,
    last_organisation: Option<Speaker>,
    last_group: Option<Speaker>,
    /// Byte offset of the sentence in which a list ("… and …") last spoke.
    last_group_at: usize,
    runs: Vec<NameRun>,
    mentioned: Vec<EntityId>,
}

impl Speakers {
    /// Starts reading a document whose entities were gathered in a first pass.
    pub fn new(entities: Entities) -> Speakers {
        Speakers {
            referents: Referents::new(&entities),
            entities,
            last_speaker: None,
            documents: Documents::default(),
            last_organisation: None,
            last_group: None,
            last_group_at: usize::MAX,
            runs: Vec::new(),
            mentioned: Vec::new(),
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
    /// found them, and its `subject` among them) and its speaker, for the sentences after it.
    pub fn read(
        &mut self,
        sentence: &str,
        phrase: &[Token],
        mentioned: &[EntityId],
        subject: Option<EntityId>,
        at: usize,
    ) -> Option<Speaker> {
        self.mentioned.clear();
        let entities = &self.entities;
        self.mentioned
            .extend(mentioned.iter().map(|&id| entities.canonical(id)));
        let speaker = if phrase.is_empty() {
            None
        } else {
            self.resolve(sentence, phrase, at)
        };
        let subject = subject.map(|id| self.entities.canonical(id));
        self.referents.mention(&self.mentioned, subject, at);
        if let Some(speaker) = &speaker {
            self.remember(speaker, at);
        }
        let organisation =
            subject.filter(|&id| self.entities.get(id).kind == EntityKind::Organisation);
        self.documents
            .read(sentence, speaker.is_some(), organisation);
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
        // (The names of the sentence being read are not that sentence's.)
        self.mentioned.clear();
        self.resolve(sentence, phrase, at)
    }

    /// A quotation with no cue continues the previous speaker's words.
    pub fn continuing(&self) -> Option<Speaker> {
        self.last_speaker.clone()
    }

    /// The person `speaker` is, when it is an entity the text shows to be a person.
    pub fn person(&self, speaker: &Speaker) -> Option<EntityId> {
        match speaker {
            Speaker::Entity(id) if self.entities.get(*id).kind == EntityKind::Person => Some(*id),
            _ => None,
        }
    }

    /// Whether `speaker` may be one person: a name not known as an organisation's, or a role
    /// ("a spokesman").
    fn is_a_person(&self, speaker: &Speaker) -> bool {
        match speaker {
            // ("WMO Secretary-General Celeste Saulo" may be of no kind yet; "Officials" at a
            // sentence's start is no name of one.)
            Speaker::Entity(id) => {
                let entity = self.entities.get(*id);
                entity.kind == EntityKind::Person
                    || entity.kind == EntityKind::Unknown && entity.name.contains(' ')
            }
            Speaker::Phrase(text) => {
                // ("Officials", plural, are a body's voice.)
                let head = phrase_head(text);
                let one = !head.ends_with('s') || head.ends_with("ss");
                !text.contains(" and ")
                    && one
                    && (roles::is_role(head) || super::plausible::names_one_person(head))
            }
        }
    }

    /// Records `speaker` as heard at `at`, a speaker known from the layout, not from words of
    /// the sentence (the answers of an interview).
    pub fn heard(&mut self, speaker: &Speaker, at: usize) {
        self.remember(speaker, at);
    }

    fn remember(&mut self, speaker: &Speaker, at: usize) {
        self.last_speaker = Some(speaker.clone());
        match speaker {
            Speaker::Entity(id) => {
                self.referents.spoke(*id, at);
                if self.entities.get(*id).kind != EntityKind::Person {
                    self.last_organisation = Some(speaker.clone());
                }
            }
            Speaker::Phrase(text) => {
                // A phrase is a person when its head is a role ("one senior official"), an
                // organisation when it is one organisation ("Ukraine's air force"), else a group.
                // (Read from the phrase itself: a "he" may have pointed at it.)
                let head = phrase_head(text);
                if text.contains(" and ") {
                    self.last_group = Some(speaker.clone());
                    self.last_group_at = at;
                } else if roles::is_role(head) || super::plausible::names_one_person(head) {
                    let gender = gender_of_role(head);
                    self.referents.phrase_spoke(text, at, true, gender);
                } else if words::is_source_noun(&head.to_ascii_lowercase()) {
                    // "the Duelfer report", "one study": no "they" or "it" that speaks later.
                } else if roles::is_organisation_head(head) && !head.ends_with('s') {
                    self.referents
                        .phrase_spoke(text, at, false, Gender::Unknown);
                    self.last_organisation = Some(speaker.clone());
                } else {
                    self.last_group = Some(speaker.clone());
                }
            }
        }
    }

    fn lookup(&self, name: &str) -> Option<EntityId> {
        let recency = &self.referents;
        self.entities.lookup(name, |ids| {
            *ids.iter()
                .max_by_key(|&&id| recency.mentioned_at(id).wrapping_add(1))
                .unwrap_or(&ids[0])
        })
    }

    /// Resolves a cue's words (see the module's rules).
    fn resolve(&mut self, sentence: &str, phrase: &[Token], at: usize) -> Option<Speaker> {
        // "the Office for National Statistics (ONS).", "the ONS (Office for National
        // Statistics)": the words in brackets name the body again; never a bracket in a speaker.
        let phrase = match phrase.iter().skip(1).position(|t| t.opened) {
            Some(bracket) => &phrase[..=bracket],
            None => phrase,
        };
        if let Some(and) = phrase.iter().position(|t| t.text(sentence) == "and")
            && and > 0
            && and + 1 < phrase.len()
        {
            // "the National Oceanic and Atmospheric Administration": a name the article knows
            // with its "and" is one speaker, no list.
            let the = usize::from(phrase[0].text(sentence).eq_ignore_ascii_case("the"));
            let whole = name_text(sentence, phrase, the, phrase.len() - 1);
            if let Some(id) = self.lookup(&whole) {
                return Some(Speaker::Entity(id));
            }
            // "Deputy Chief Minister and Finance Minister Shri Ajit Pawar": offices alone, then
            // offices and a name, are one person's.
            let (offices, named) = (&phrase[..and], &phrase[and + 1..]);
            if offices
                .iter()
                .all(|t| t.capital && !t.is(lexicon::FUNCTION_WORD))
                && roles::is_role(offices[and - 1].text(sentence))
                && named.iter().any(|t| t.is(lexicon::ROLE))
                && let Some(id) = self.named_in(sentence, named)
                && self.entities.get(id).kind == EntityKind::Person
            {
                return Some(Speaker::Entity(id));
            }
            // "France, Germany and Italy": each name the commas part is resolved too.
            let mut list = String::new();
            for name in offices.split_inclusive(|t| t.trail == Trail::Comma) {
                let speaker = self.resolve(sentence, name, at)?;
                if !list.is_empty() {
                    list.push_str(", ");
                }
                list.push_str(self.name(&speaker));
            }
            let right = self.resolve(sentence, &phrase[and + 1..], at)?;
            return Some(Speaker::Phrase(format!("{list} and {}", self.name(&right))));
        }
        if let Some(speaker) = self.of_preposition(sentence, phrase, at) {
            return Some(speaker);
        }
        // "David Ortiz of Stanford University": the person, not where they work.
        let person_of = (1..phrase.len().saturating_sub(1))
            .find(|&p| is_of_preposition(phrase[p].text(sentence)) && phrase[p - 1].capital);
        if let Some(p) = person_of {
            match self.named_in(sentence, &phrase[..p]) {
                Some(id) if self.entities.get(id).kind == EntityKind::Person => {
                    return Some(Speaker::Entity(id));
                }
                // "Residents of Kyiv", "the Bureau of Labor Statistics": the whole name
                // ("Analysts at Morgan Stanley" is the bank); but "Bank of England Governor
                // Andrew Bailey" is the person named after an office of the body.
                _ if phrase[p].text(sentence) == "of" => {
                    let holder = self.holder_after_office(sentence, &phrase[p + 1..]);
                    return Some(
                        holder.map_or_else(|| without_article(sentence, phrase), Speaker::Entity),
                    );
                }
                _ => {}
            }
        }
        let head = phrase[phrase.len() - 1].text(sentence);
        if phrase.len() == 1
            && let Some(pronoun) = words::pronoun(head)
        {
            return self.pronoun(pronoun);
        }
        // "according to results of a large trial", "according to data": figures of no one.
        if phrase.len() == 1
            && !phrase[0].capital
            && words::is_source_noun(head)
            && !words::is_statement_noun(head)
        {
            return None;
        }
        // ("Channel 4 News": the number inside the name does not part it in two.)
        if (1..phrase.len() - 1).any(|k| super::phrases::ends_a_name(sentence, phrase, k)) {
            return Some(without_article(sentence, phrase));
        }
        if let Some(id) = self.named_in(sentence, phrase) {
            // "Officials in Kyiv", "a man in Kyiv": a bare name after a preposition says where
            // the speaker is, not who (an organisation, "the statement from the Kremlin", does).
            let placed = self.entities.get(id).kind == EntityKind::Unknown
                && phrase[..phrase.len() - 1]
                    .iter()
                    .any(|t| is_of_preposition(t.text(sentence)));
            return Some(match placed {
                true => as_written(sentence, phrase),
                false => Speaker::Entity(id),
            });
        }
        // "the statement" is its last speaker's; "The Lewin report" is a source of its own.
        if words::is_statement_noun(&head.to_lowercase()) {
            // ("The inspector's report said": its owner's, never the last speaker's.)
            if let Some(owner) = phrase[..phrase.len() - 1]
                .iter()
                .rposition(|t| t.possessive)
            {
                return self.resolve(sentence, &phrase[..=owner], at);
            }
            let named = phrase.len() > 2 && phrase[1..phrase.len() - 1].iter().any(|t| t.capital);
            // ("Sea level rose, the report said" after a minister spoke: a report is an
            // organisation's, never a person's words; nor is it the figures "Police reported"
            // before, unless their sentence named a report.)
            let document = words::is_document_noun(&head.to_lowercase());
            return match named {
                true => Some(without_article(sentence, phrase)),
                false if document && let Some(id) = self.documents.publisher => {
                    Some(Speaker::Entity(id))
                }
                false
                    if document
                        && (!self.documents.speaker_named
                            || self
                                .last_speaker
                                .as_ref()
                                .is_some_and(|s| self.is_a_person(s))) =>
                {
                    None
                }
                false => self.last_speaker.clone(),
            };
        }
        let indefinite = matches!(
            phrase[0].text(sentence),
            "a" | "A" | "an" | "An" | "one" | "One" | "another" | "Another"
        );
        // "said a voice from the next booth": something unnamed that is no one ("a
        // neighbour", "one senior official", "a spokesperson for the bank" are someone).
        if indefinite && phrase[1..].iter().all(|t| !t.capital) && !names_someone(head) {
            return None;
        }
        if roles::is_role(head) {
            if !indefinite && let Some(id) = self.role_holder(sentence, phrase, at) {
                return Some(Speaker::Entity(id));
            }
        } else if phrase.len() > 1 || !phrase[0].capital {
            // ("The Premier League's panel will review it, according to the league": one
            // named in the sentence itself comes first.)
            let recency = &self.referents;
            let here = &self.mentioned;
            let org = self
                .entities
                .organisations_ending_with(head)
                .iter()
                .copied()
                .filter(|&id| qualifiers_agree(sentence, phrase, &self.entities.get(id).name))
                .max_by_key(|&id| (here.contains(&id), recency.mentioned_at(id).wrapping_add(1)));
            if let Some(id) = org
                && !(head == "party" && self.other_party_since(id))
            {
                return Some(Speaker::Entity(id));
            }
        }
        if let Some(id) = self.agency_by_acronym(sentence, phrase) {
            return Some(Speaker::Entity(id));
        }
        // "the Kremlin" → "Kremlin"; a common noun keeps its article, as it names nobody ("the
        // forecaster", "a spokeswoman").
        let article = matches!(
            phrase[0].text(sentence),
            "the" | "The" | "a" | "A" | "an" | "An"
        );
        if article && phrase.len() == 1 {
            return None;
        }
        if article && phrase[1..].iter().any(|t| t.capital) {
            return Some(without_article(sentence, phrase));
        }
        Some(as_written(sentence, phrase))
    }

    /// The last name of the phrase that the article uses for an entity.
    fn named_in(&mut self, sentence: &str, phrase: &[Token]) -> Option<EntityId> {
        let mut runs = std::mem::take(&mut self.runs);
        name_runs(sentence, phrase, &mut runs);
        // Only the phrase's head names the speaker: "Chinese officials" is not "Chinese".
        // ("Jonathan Pryce KC": the postnominals after the name are no words of it.)
        let found = runs
            .last()
            .filter(|run| {
                run.last + 1 == phrase.len()
                    || names::postnominals_after(sentence, phrase, run.last)
                        .is_some_and(|end| end + 1 == phrase.len())
            })
            .and_then(|run| self.lookup(&name_text(sentence, phrase, run.first, run.last)));
        self.runs = runs;
        // "al-Falih said": a name in lower case, the short form of "Khalid al-Falih"; "King
        // said": a title, the last name of "Martin Luther King Jr." (no run: a title alone).
        let last = phrase.last()?.text(sentence);
        found.or_else(|| {
            (phrase.len() == 1 && (names::is_prefixed_name(last) || phrase[0].is(lexicon::ROLE)))
                .then(|| self.lookup(last))
                .flatten()
        })
    }
}

mod agencies;
mod holders;
mod phrase;
mod preposition;
mod pronouns;
pub(super) use phrase::head_index;
use phrase::{
    as_written, is_of_preposition, names_someone, phrase_head, qualifiers_agree, without_article,
};

#[cfg(test)]
mod attribution_tests;
mod documents;
#[cfg(test)]
mod qa10_tests;
#[cfg(test)]
mod qa11_tests;
#[cfg(test)]
mod qa12_tests;
#[cfg(test)]
mod qa13_tests;
#[cfg(test)]
mod qa15_tests;
#[cfg(test)]
mod qa18_tests;
#[cfg(test)]
mod qa19_tests;
#[cfg(test)]
mod qa19b_tests;
#[cfg(test)]
mod qa20_tests;
#[cfg(test)]
mod qa21_tests;
#[cfg(test)]
mod qa21k_tests;
#[cfg(test)]
mod subject_tests;
#[cfg(test)]
mod tests;
