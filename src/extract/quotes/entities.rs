//! A small named-entity layer, built from the article's own text: capitalised name sequences, the
//! roles written before them ("Kremlin spokesman Dmitry Peskov", "Ukraine’s President, Volodymyr
//! Zelensky"), and the short forms the article uses later ("Peskov" → Dmitry Peskov).
//!
//! It knows no names in advance: only closed word lists (roles, organisation heads, function
//! words) from [`words`].

use std::borrow::Cow;

use super::lexicon::{FUNCTION_WORD, ORGANISATION_HEAD, ROLE};
use super::names::{NameRun, is_particle, is_particle_token, name_text};
use super::tokens::{Token, Trail};
use crate::extract::hash::HashMap;
use codes::{initials, is_acronym, is_unit_code};
use short_forms::age_follows;

/// Index of an entity in [`Entities`].
pub type EntityId = usize;

/// What sort of thing an entity is, as far as the text shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// A person: written after a role, or a two- or three-word name with no organisation head.
    Person,
    /// An organisation or place: ends in an organisation head, is an acronym, or follows "the".
    Organisation,
    /// A single capitalised word with nothing to tell.
    Unknown,
}

/// A role an entity holds in the article: "president" (qualifier "U.S."), "spokesman" (qualifier
/// "Kremlin").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Role {
    /// The role words in lower case ("vice president").
    role: Box<str>,
    /// The capitalised words written before the role, if any ("Ukraine", "U.S.").
    qualifier: Option<Box<str>>,
}

/// A person or organisation named in the document.
#[derive(Debug, Clone)]
pub struct Entity {
    /// The fullest form of the name the article uses.
    pub name: String,
    /// Person, organisation or unknown.
    pub kind: EntityKind,
    /// Whether the kind was read from a role or an organisation head, not guessed.
    sure: bool,
    roles: Vec<Role>,
    /// Byte offset of the first sentence naming it.
    pub first_mention: usize,
    merged_into: Option<EntityId>,
    /// Some mention gave the person's age ("Anthony Marsh, 58,"): a person introduced.
    aged: bool,
}

impl Entity {
    /// Whether the kind was read from a role or an organisation head, not guessed.
    pub fn is_sure(&self) -> bool {
        self.sure
    }

    /// The role words it holds in the article, lower case ("prime minister", "mrs.").
    pub fn role_words(&self) -> impl Iterator<Item = &str> {
        self.roles.iter().map(|r| &*r.role)
    }
}

/// The entities of one document.
#[derive(Debug, Default)]
pub struct Entities {
    list: Vec<Entity>,
    by_name: HashMap<Box<str>, EntityId>,
    surnames: HashMap<Box<str>, Vec<EntityId>>,
    /// After [`Entities::finish`]: the people holding each role (lower case).
    by_role: HashMap<Box<str>, Vec<EntityId>>,
    /// After [`Entities::finish`]: multi-word organisations by their last word (lower case).
    by_head: HashMap<String, Vec<EntityId>>,
}

impl Entities {
    /// Entities for a document of `sentences` sentences, with room for about as many names as an
    /// article of that length holds (at most 64 to start with): a short article's map of names
    /// would otherwise grow, and copy itself, four or five times.
    pub fn for_sentences(sentences: usize) -> Entities {
        let mut entities = Entities::default();
        entities.by_name.reserve((2 * sentences).min(64));
        entities
    }

    /// Records the names of one sentence (first pass over the document) and appends the ids of
    /// the entities it names to `mentioned`; returns which of them (counted from the first
    /// appended) is the sentence's subject ([`is_subject`]), if one is.
    pub fn observe(
        &mut self,
        sentence: &str,
        tokens: &[Token],
        runs: &[NameRun],
        at: usize,
        mentioned: &mut Vec<EntityId>,
    ) -> Option<usize> {
        if is_title_case(sentence, tokens) {
            return None; // a Title Case Headline capitalises every word: no evidence of names
        }
        let subject = runs
            .iter()
            .position(|run| is_subject(sentence, tokens, run));
        // The entity of the name just before, and where that name ended.
        let mut before: Option<(usize, EntityId)> = None;
        for run in runs {
            // "SEK 3.5 billion", "by 0915 GMT": a unit's code names no one an "it" could
            // point at.
            // (Every code has two to four letters: most names are ruled out by their length.)
            if run.first == run.last
                && (2..=4).contains(&tokens[run.first].byte_len())
                && is_unit_code(tokens[run.first].text(sentence))
            {
                continue;
            }
            let name = name_text(sentence, tokens, run.first, run.last);
            // ("Ursula von der Leyen" is a name of two words and two particles.)
            let words = tokens[run.first..=run.last]
                .iter()
                .filter(|t| t.capital || !is_particle_token(sentence, t))
                .count();
            let last_word = tokens[run.last].text(sentence);
            // "Office for the Coordination of Humanitarian Affairs": joined by its "of" or
            // "for" ([`name_runs`](super::names::name_runs)), an organisation's name.
            let of_name = tokens[run.first..run.last]
                .iter()
                .any(|t| !t.capital && matches!(t.text(sentence), "of" | "for"));
            let (kind, sure) = if run.role.is_some() {
                (EntityKind::Person, true)
            } else if tokens[run.last].capital && tokens[run.last].is(ORGANISATION_HEAD)
                || is_acronym(last_word)
                || of_name
            {
                (EntityKind::Organisation, true)
            } else if run.after_the {
                (EntityKind::Organisation, false)
            } else if (2..=3).contains(&words) {
                (EntityKind::Person, false)
            } else {
                (EntityKind::Unknown, false)
            };
            let role = run.role.map(|(a, b)| {
                let qualifier = run
                    .qualifier
                    .map(|(a, b)| name_text(sentence, tokens, a, b));
                (name_text(sentence, tokens, a, b), qualifier)
            });
            let id = self.add(&name, kind, sure, role, at);
            let end = &tokens[run.last];
            self.list[id].aged |= end.trail == Trail::Comma && age_follows(&sentence[end.end..]);
            // "The U.N. Office for … Affairs (OCHA)": an acronym in brackets right after a name
            // is another name for it.
            let token = &tokens[run.first];
            if let Some((end, named)) = before
                && words == 1
                && token.opened
                && token.trail == Trail::Close
                && end + 1 == run.first
                && is_acronym(last_word)
                && self.list[named].kind == EntityKind::Organisation
                && id != named
                && self.list[id].merged_into.is_none()
            {
                self.list[id].merged_into = Some(named);
            }
            before = Some((run.last, id));
            mentioned.push(id);
        }
        subject
    }

    fn add(
        &mut self,
        name: &str,
        kind: EntityKind,
        sure: bool,
        role: Option<(Cow<str>, Option<Cow<str>>)>,
        at: usize,
    ) -> EntityId {
        let id = match self.by_name.get(name) {
            Some(&id) => id,
            None => {
                self.list.push(Entity {
                    name: name.to_string(),
                    kind,
                    sure,
                    roles: Vec::new(),
                    first_mention: at,
                    merged_into: None,
                    aged: false,
                });
                self.by_name.insert(name.into(), self.list.len() - 1);
                self.list.len() - 1
            }
        };
        let entity = &mut self.list[id];
        if sure && !entity.sure || entity.kind == EntityKind::Unknown {
            entity.kind = kind;
            entity.sure = sure;
        }
        if let Some((role, qualifier)) = role {
            let known = entity.roles.iter().any(|r| {
                r.role.eq_ignore_ascii_case(&role) && r.qualifier.as_deref() == qualifier.as_deref()
            });
            if !known {
                entity.roles.push(Role {
                    role: role.to_lowercase().into(),
                    qualifier: qualifier.map(|q| q.into()),
                });
            }
        }
        id
    }

    /// Links short forms to full names once the whole document is read: a person's last word
    /// ("Peskov") becomes an alias of the full name ("Dmitry Peskov"), and a single-word entity
    /// with that word merges into the person, roles and all ("President Trump").
    pub fn finish(&mut self) {
        // At most one last name an entity: room for all at once.
        self.surnames.reserve(self.list.len());
        // "Von der Leyen", "Bin Farhan": a name a particle opens may be the short form of a
        // full name, read after the others ("Al Gore" is a name of its own).
        let mut particle_first = Vec::new();
        for id in 0..self.list.len() {
            let entity = &self.list[id];
            let first = entity.name.split(' ').next().unwrap_or_default();
            if entity.kind == EntityKind::Person
                && first.len() <= 3
                && is_particle(&first.to_ascii_lowercase())
            {
                particle_first.push(id);
            } else {
                self.add_surname(id);
            }
        }
        for id in particle_first {
            match self.ending_with(&self.list[id].name, id) {
                Some(person) => self.list[id].merged_into = Some(person),
                None => self.add_surname(id),
            }
        }
        self.merge_name_ends();
        let mut heads = std::mem::take(&mut self.by_head);
        let mut spelled: HashMap<Box<str>, Vec<EntityId>> = HashMap::default();
        let any_acronym = self.list.iter().any(|e| is_acronym(&e.name));
        for (id, entity) in self.list.iter().enumerate() {
            if entity.kind == EntityKind::Organisation
                && let Some((_, last)) = entity.name.rsplit_once(' ')
            {
                // "the ministry" → "Ministry of Health", "the bank" → "Bank of England": the
                // word before "of" or "for" heads such a name; a last word after it that is no
                // organisation's head is a place or a field ("Ukraine" is no "State Emergency
                // Service of Ukraine"; "Bank of England Monetary Policy Committee" is a
                // committee).
                let of = [" of ", " for "]
                    .iter()
                    .filter_map(|p| entity.name.find(p))
                    .min();
                if of.is_none() || super::roles::is_organisation_head(last) {
                    heads.entry(last.to_lowercase()).or_default().push(id);
                }
                // ("the force" is a police force as much as "Border Force": the one named last.)
                if matches!(last, "Police" | "Constabulary") {
                    heads.entry("force".into()).or_default().push(id);
                }
                if let Some(head) = of.and_then(|at| entity.name[..at].rsplit(' ').next())
                    && !head.eq_ignore_ascii_case(last)
                {
                    heads.entry(head.to_lowercase()).or_default().push(id);
                }
                if any_acronym && let Some(initials) = initials(&entity.name) {
                    spelled.entry(initials.into()).or_default().push(id);
                }
            }
        }
        for id in 0..self.list.len() {
            let entity = &self.list[id];
            if entity.name.contains(' ') || entity.merged_into.is_some() {
                continue;
            }
            // "Peskov" → "Dmitry Peskov"; "the Council" → "Monetary Council", when only one
            // name of the article ends that way.
            let person = self.surnames.get(entity.name.as_str()).map(Vec::as_slice);
            // ("Al-Falih" → "Khalid al-Falih".)
            let short = person
                .is_none()
                .then(|| self.ending_with(&entity.name, id))
                .flatten();
            let short = short.as_slice();
            let person = person.or((!short.is_empty()).then_some(short));
            // (No lower-case copy of the name to look up when no organisation has several words.)
            let organisation = (!heads.is_empty())
                .then(|| heads.get(&entity.name.to_lowercase()))
                .flatten()
                .map(Vec::as_slice);
            // "MPC" → "Monetary Policy Committee", when only one such name of the article has
            // those initials.
            let expansion = (entity.kind == EntityKind::Organisation && is_acronym(&entity.name))
                .then(|| spelled.get(entity.name.as_str()))
                .flatten()
                .map(Vec::as_slice);
            let person = match (entity.kind, person, organisation) {
                _ if matches!(expansion, Some([_])) => expansion.map_or(id, |orgs| orgs[0]),
                (EntityKind::Organisation, _, Some([org])) if entity.sure => *org,
                (EntityKind::Organisation, _, _) if entity.sure => continue,
                (_, Some([person]), _) => *person,
                (_, None, Some([org])) => *org,
                _ => continue,
            };
            self.merge_into(id, person);
            let target = &mut self.list[person];
            if !target.sure && target.kind == EntityKind::Person {
                target.sure = true;
            }
        }
        self.by_head = heads;
        for (id, entity) in self.list.iter().enumerate() {
            if entity.merged_into.is_none() {
                for role in &entity.roles {
                    // Looked up first: the key is copied only for a new role.
                    match self.by_role.get_mut(&role.role) {
                        Some(holders) if holders.last() == Some(&id) => {}
                        Some(holders) => holders.push(id),
                        None => {
                            self.by_role.insert(role.role.clone(), vec![id]);
                        }
                    }
                }
            }
        }
    }

    /// The entity a name refers to: its full form, or a person's last name. With several
    /// people of that last name, `prefer` picks one (e.g. the most recently mentioned).
    pub fn lookup(&self, name: &str, prefer: impl Fn(&[EntityId]) -> EntityId) -> Option<EntityId> {
        if let Some(&id) = self.by_name.get(name) {
            return Some(self.canonical(id));
        }
        match self.surnames.get(name).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            Some(many) if !many.is_empty() => Some(prefer(many)),
            _ => self.ending_with(name, usize::MAX),
        }
    }

    /// The entity an id stands for after short forms merged into full names.
    pub fn canonical(&self, mut id: EntityId) -> EntityId {
        while let Some(next) = self.list[id].merged_into {
            id = next;
        }
        id
    }

    /// The entity with this id.
    pub fn get(&self, id: EntityId) -> &Entity {
        &self.list[id]
    }

    /// How many entities (merged ones included).
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether no entity was found.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// People holding `role` (lower case, e.g. "president") whose recorded qualifier, if any,
    /// agrees with `qualifier`.
    pub fn holders<'a>(
        &'a self,
        role: &'a str,
        qualifier: Option<&'a str>,
    ) -> impl Iterator<Item = EntityId> + 'a {
        let ids = self.by_role.get(role).map_or(&[][..], Vec::as_slice);
        ids.iter().copied().filter(move |&id| {
            self.list[id].roles.iter().any(|r| {
                &*r.role == role
                    && match (qualifier, &r.qualifier) {
                        (Some(q), Some(rq)) => same_qualifier(q, rq),
                        _ => true,
                    }
            })
        })
    }

    /// Multi-word organisations whose name ends with `head` ("Council" → "Monetary Council"), or
    /// whose words before "of" or "for" do ("Ministry" → "Ministry of Health").
    pub fn organisations_ending_with(&self, head: &str) -> &[EntityId] {
        let heads = &self.by_head;
        heads
            .get(head)
            .or_else(|| heads.get(&head.to_lowercase()))
            .map_or(&[], Vec::as_slice)
    }
}

fn same_qualifier(a: &str, b: &str) -> bool {
    let trim = |s: &str| s.trim_end_matches('.').to_lowercase();
    trim(a) == trim(b)
}

/// Whether a name (with its role) is its clause's subject, as a reader takes a he or she after
/// it to be ("The U.N. coordinator, Maria Lopez, condemned", "In Paris, Kim Lopez said"): only
/// articles, roles and capitalised words before it in its clause, and a verb (a word in lower
/// case that opens no phrase of its own, nor a role: "U.N. coordinator") or an appositive's
/// comma after it.
fn is_subject(sentence: &str, tokens: &[Token], run: &NameRun) -> bool {
    let start = [Some((run.first, run.last)), run.role, run.qualifier]
        .into_iter()
        .flatten()
        .map(|(a, _)| a)
        .min()
        .unwrap_or(run.first);
    let opens_clause = tokens[..start]
        .iter()
        .rev()
        .take_while(|t| t.trail == Trail::None && !t.possessive)
        .all(|t| {
            let word = t.text(sentence);
            t.is(ROLE) || matches!(word, "the" | "The") || t.capital && !t.is(FUNCTION_WORD)
        });
    // ("Jonathan Pryce KC said": the name's postnominals are its.)
    let end = super::names::postnominals_after(sentence, tokens, run.last).unwrap_or(run.last);
    let last = &tokens[end];
    let verb = || {
        tokens.get(end + 1).is_some_and(|next| {
            !next.capital
                && !next.quoted
                && !next.is(ROLE)
                && next.text(sentence).bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    next.text(sentence),
                    "of" | "for"
                        | "in"
                        | "at"
                        | "and"
                        | "or"
                        | "to"
                        | "from"
                        | "with"
                        | "on"
                        | "by"
                        | "as"
                        | "who"
                        | "which"
                        | "that"
                )
        })
    };
    // ("Certainly I said": a pronoun is no name.)
    opens_clause
        && !last.quoted
        && !(last.capital && last.is(FUNCTION_WORD))
        && (last.trail == Trail::Comma || last.trail == Trail::None && !last.possessive && verb())
}

/// A headline in Title Case (no final stop, at least four of five longer words capitalised), in
/// which capitals say nothing about names.
fn is_title_case(sentence: &str, tokens: &[Token]) -> bool {
    if sentence.ends_with(['.', '”', '"']) {
        return false;
    }
    let (mut content, mut capital) = (0, 0);
    for token in tokens.iter().filter(|t| t.end - t.start > 3) {
        content += 1;
        capital += usize::from(token.capital);
    }
    content >= 4 && capital * 5 >= content * 4
}

mod codes;
mod short_forms;
#[cfg(test)]
mod tests;
