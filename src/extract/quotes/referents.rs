//! What a pronoun can point at: the people and organisations an article has just named or heard
//! from, most recent first, with the gender the text gives a person (a title, a gendered role,
//! a "he" or "she" already resolved to them).

use super::entities::{Entities, EntityId, EntityKind};
use super::roles;

mod gender;

use gender::gender_of_first_name;
pub use gender::{Gender, gender_of_role};

/// How many recently named people (and organisations) a pronoun chooses among.
const RECENT: usize = 8;

/// Whether an organisation's name ends in a place's head word ("Valencia region", "Mexico
/// City"): a place is not who "it" says something.
fn is_place(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    roles::is_place_head(last)
}

/// A speaker phrase that names no entity, with what it is and where it spoke.
#[derive(Debug, Clone)]
pub struct PhraseSpeaker {
    /// The words ("one senior official", "Ukraine's air force").
    pub text: String,
    /// Byte offset of the sentence in which it spoke.
    pub at: usize,
    /// Its gender (people only).
    pub gender: Gender,
}

/// A pronoun's candidate: an entity or a phrase that spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// An entity of the document.
    Entity(EntityId),
    /// The last phrase speaker of the kind asked for.
    Phrase(String),
}

/// The recency list an entity is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recency {
    /// A person: [`Referents::people`].
    People,
    /// An organisation the text shows, not a place: [`Referents::organisations`].
    Organisations,
    /// Anything else: among the organisations once it speaks.
    OrganisationsOnceHeard,
}

/// Recency and gender of the document's people and organisations, read sentence by sentence.
#[derive(Debug)]
pub struct Referents {
    /// Byte offset of the sentence that last named (or heard) each entity.
    mentioned_at: Vec<usize>,
    gender: Vec<Gender>,
    /// Whether each entity has spoken.
    spoken: Vec<bool>,
    /// Whether each entity has been the subject of a sentence.
    subject_once: Vec<bool>,
    /// Whether the text shows each entity to be a person (a role before the name, a last name
    /// used alone), not only guessed from two or three capitalised words ("San Diego").
    sure: Vec<bool>,
    /// People most recently named or heard first.
    people: Vec<EntityId>,
    /// Organisations (not places) most recently named or heard first.
    organisations: Vec<EntityId>,
    /// Which of those lists each entity joins (read once from the entities, which the second
    /// pass no longer changes).
    recency: Vec<Recency>,
    person_phrase: Option<PhraseSpeaker>,
    organisation_phrase: Option<PhraseSpeaker>,
    /// The subject of the sentence read last, if it named one.
    subject: Option<EntityId>,
    /// Whether each entity's name reads as a place's ("North Korea", "Mexico City").
    place_like: Vec<bool>,
    /// Byte offset of the sentence read last (`usize::MAX`: none yet).
    last_sentence: usize,
    /// How many sentences have named or heard each entity so far.
    mentions: Vec<u32>,
}

impl Referents {
    /// Starts a document with these entities; a common first name, else titles and gendered
    /// roles, set genders. The first name comes first: a title reaches a person through a last
    /// name alone ("Mr. Park"), which may be someone else's.
    pub fn new(entities: &Entities) -> Referents {
        let gender = (0..entities.len())
            .map(|id| {
                let entity = entities.get(id);
                let first_name = match entity.name.split_once(' ') {
                    Some((first, _)) if entity.kind == EntityKind::Person => {
                        gender_of_first_name(first)
                    }
                    _ => Gender::Unknown,
                };
                std::iter::once(first_name)
                    .chain(
                        entity
                            .role_words()
                            .flat_map(|r| r.split(' '))
                            .map(gender_of_role),
                    )
                    .find(|&g| g != Gender::Unknown)
                    .unwrap_or(Gender::Unknown)
            })
            .collect();
        Referents {
            mentioned_at: vec![usize::MAX; entities.len()],
            gender,
            spoken: vec![false; entities.len()],
            subject_once: vec![false; entities.len()],
            sure: (0..entities.len())
                .map(|id| entities.get(id).is_sure())
                .collect(),
            people: Vec::with_capacity(RECENT + 1),
            organisations: Vec::with_capacity(RECENT + 1),
            recency: (0..entities.len())
                .map(|id| {
                    let entity = entities.get(id);
                    match entity.kind {
                        EntityKind::Person => Recency::People,
                        EntityKind::Organisation if entity.is_sure() && !is_place(&entity.name) => {
                            Recency::Organisations
                        }
                        EntityKind::Organisation | EntityKind::Unknown => {
                            Recency::OrganisationsOnceHeard
                        }
                    }
                })
                .collect(),
            person_phrase: None,
            organisation_phrase: None,
            subject: None,
            place_like: (0..entities.len())
                .map(|id| {
                    let name = &entities.get(id).name;
                    let first = name.split(' ').next().unwrap_or(name);
                    is_place(name) || roles::opens_place_name(first)
                })
                .collect(),
            last_sentence: usize::MAX,
            mentions: vec![0; entities.len()],
        }
    }

    /// Records that the sentence at `at` names the entities `ids` (canonical, in text order):
    /// the first named ends up the most recent, as a sentence's subject usually comes first;
    /// its `subject`, if it names one, most recent of all.
    pub fn mention(&mut self, ids: &[EntityId], subject: Option<EntityId>, at: usize) {
        for &id in ids.iter().rev() {
            self.touch(id, at, false);
        }
        if let Some(id) = subject {
            self.touch(id, at, false);
            self.subject_once[id] = true;
        }
        self.subject = subject;
        self.last_sentence = at;
    }

    /// Records that `id` spoke in the sentence at `at`, ahead of everyone else named there (a
    /// single word that spoke and is no person, "Xinhua", counts as an organisation).
    pub fn spoke(&mut self, id: EntityId, at: usize) {
        self.touch(id, at, true);
    }

    /// Records a speaker phrase that names no entity: a person (`person`) or an organisation.
    pub fn phrase_spoke(&mut self, text: &str, at: usize, person: bool, gender: Gender) {
        let phrase = Some(PhraseSpeaker {
            text: text.to_string(),
            at,
            gender,
        });
        if person {
            self.person_phrase = phrase;
        } else {
            self.organisation_phrase = phrase;
        }
    }

    /// Records what a "he" or "she" resolved to says of its referent's gender.
    pub fn learn_gender(&mut self, referent: &Referent, gender: Gender) {
        match referent {
            Referent::Entity(id) if self.gender[*id] == Gender::Unknown => {
                self.gender[*id] = gender;
            }
            Referent::Phrase(_) => {
                if let Some(phrase) = &mut self.person_phrase
                    && phrase.gender == Gender::Unknown
                {
                    phrase.gender = gender;
                }
            }
            Referent::Entity(_) => {}
        }
    }

    /// Byte offset of the sentence that last named `id` (`usize::MAX`: none yet).
    pub fn mentioned_at(&self, id: EntityId) -> usize {
        self.mentioned_at[id]
    }

    /// The person a "he" or "she" (`gender`) points at: the most recently named or heard one
    /// of that gender — one the text shows to be a person, who spoke, or the subject of the
    /// sentence before ("Maria Lopez condemned the attack. “…,” she said."), before a name that
    /// only looks like a person's ("San Diego") — or a phrase speaker ("the official") who
    /// spoke no earlier.
    pub fn person(&self, gender: Gender) -> Option<Referent> {
        let fits = |id: &EntityId| gender.fits(self.gender[*id]);
        let entity = self
            .people
            .iter()
            .copied()
            .find(|&id| {
                fits(&id) && (self.sure[id] || self.spoken[id] && !self.place_like[id])
                    || fits(&id) && self.is_subject(id)
            })
            // ("North Korea fired a missile. “…,” he said": no place, even as the last resort.)
            .or_else(|| {
                self.people
                    .iter()
                    .copied()
                    .find(|&id| fits(&id) && !self.place_like[id])
            });
        // A name that spoke since, which the text shows to be neither a person nor an
        // organisation ("Okafor-Lindqvist said she had been rejected."), may be the one meant:
        // no one, rather than someone before it.
        if entity.is_some_and(|id| self.unsure_speaker_since(self.mentioned_at[id])) {
            return None;
        }
        let entity = entity.map(|id| self.known_to_fit(id, gender));
        let phrase = self
            .person_phrase
            .as_ref()
            .filter(|p| gender.fits(p.gender));
        self.later(entity, phrase)
    }

    /// The person of the same sentence as `id` whom the text shows to be of `gender` and names
    /// more often, when the text says nothing of `id`'s and that sentence is not the one just
    /// read: "“…,” said Mbeki-Hollis's campaign manager, Jordan Pike." and, two sentences later,
    /// "“…,” she said" is Mbeki-Hollis, whom the article is about. (Right after Pike's words,
    /// "she" is Pike.)
    fn known_to_fit(&self, id: EntityId, gender: Gender) -> EntityId {
        let at = self.mentioned_at[id];
        if gender == Gender::Unknown
            || self.gender[id] != Gender::Unknown
            || at >= self.last_sentence
        {
            return id;
        }
        self.people
            .iter()
            .copied()
            .find(|&other| {
                self.mentioned_at[other] == at
                    && self.gender[other] == gender
                    && self.mentions[other] > self.mentions[id]
                    && !self.place_like[other]
            })
            .unwrap_or(id)
    }

    /// Whether a name that the text shows to be neither a person nor an organisation, of no
    /// known gender and no place, spoke in a sentence after byte `at`.
    fn unsure_speaker_since(&self, at: usize) -> bool {
        self.organisations.iter().any(|&o| {
            self.recency[o] == Recency::OrganisationsOnceHeard
                && self.spoken[o]
                && self.gender[o] == Gender::Unknown
                && !self.place_like[o]
                && self.mentioned_at[o] != usize::MAX
                && self.mentioned_at[o] > at
        })
    }

    /// Whether `id` is the subject of the sentence before and may be a person: a place that
    /// opens a sentence ("North Korea fired a missile.") looks like a name but is no one "he"
    /// points at.
    fn is_subject(&self, id: EntityId) -> bool {
        self.subject == Some(id) && !self.place_like[id]
    }

    /// The organisation an "it" points at: the most recently named or heard that spoke or was
    /// a sentence's subject, else the most recently named ("Nordvik said … analysts polled by
    /// LSEG … It said": Nordvik, not LSEG).
    pub fn organisation(&self) -> Option<Referent> {
        let actor = |&&id: &&EntityId| self.spoken[id] || self.subject_once[id];
        let entity = (self.organisations.iter().find(actor))
            .or(self.organisations.first())
            .copied();
        self.later(entity, self.organisation_phrase.as_ref())
    }

    /// Whether the sentence at byte offset `at` named an organisation (one the text shows).
    pub fn organisation_named_at(&self, at: usize) -> bool {
        self.organisations
            .iter()
            .any(|&id| self.mentioned_at[id] == at)
    }

    /// "Network Rail said … it said": whether `id`, a name taken for a person's for want of a
    /// role or a first name that tells, spoke after the last organisation that spoke or was a
    /// sentence's subject (an "it" then reports its words: it is an organisation). A body named
    /// since only in passing ("The company was fined by the HSE") is no one "it" points at.
    pub fn guessed_person_as_it(&self, id: EntityId) -> bool {
        let heard = self.mentioned_at[id];
        let org_since = self
            .organisations
            .iter()
            .find(|&&o| self.spoken[o] || self.subject_once[o])
            .is_some_and(|&o| self.mentioned_at[o] > heard)
            || self
                .organisation_phrase
                .as_ref()
                .is_some_and(|p| p.at > heard);
        let guessed = !self.sure[id] && self.gender[id] == Gender::Unknown && self.spoken[id];
        guessed && heard != usize::MAX && !org_since
    }

    fn later(&self, entity: Option<EntityId>, phrase: Option<&PhraseSpeaker>) -> Option<Referent> {
        match (entity, phrase) {
            (Some(id), Some(p)) if p.at >= self.mentioned_at[id] => {
                Some(Referent::Phrase(p.text.clone()))
            }
            (Some(id), _) => Some(Referent::Entity(id)),
            (None, Some(p)) => Some(Referent::Phrase(p.text.clone())),
            (None, None) => None,
        }
    }

    fn touch(&mut self, id: EntityId, at: usize, spoke: bool) {
        if self.mentioned_at[id] != at {
            self.mentions[id] = self.mentions[id].saturating_add(1);
        }
        self.mentioned_at[id] = at;
        self.spoken[id] |= spoke;
        let list = match self.recency[id] {
            Recency::People => &mut self.people,
            Recency::Organisations => &mut self.organisations,
            Recency::OrganisationsOnceHeard if spoke => &mut self.organisations,
            Recency::OrganisationsOnceHeard => return,
        };
        to_front(list, id);
    }
}

/// Puts `id` first in `list` (a list holds an entity at most once), keeping the [`RECENT`] first.
fn to_front(list: &mut Vec<EntityId>, id: EntityId) {
    match list.iter().position(|&other| other == id) {
        Some(at) => list[..=at].rotate_right(1),
        None => {
            list.insert(0, id);
            list.truncate(RECENT);
        }
    }
}

#[cfg(test)]
mod tests;
