//! The short forms of people's names: a last name ("Peskov" of "Dmitry Peskov", "Falconer" of
//! "Lord Falconer of Thoroton"), and a name's end that a particle opens ("von der Leyen",
//! "Bin Farhan", "Al-Falih"), and the last two words of a longer name ("Hajdas Doncic" of "Sinisa
//! Hajdas Doncic").

use super::super::names::is_particle;
use super::{Entities, Entity, EntityId, EntityKind};

impl Entities {
    /// Records the last name of the person `id` ("Peskov" of "Dmitry Peskov"; "Falconer" of
    /// "Falconer of Thoroton").
    pub(super) fn add_surname(&mut self, id: EntityId) {
        let entity = &self.list[id];
        let name = entity
            .name
            .split_once(" of ")
            .map_or(&*entity.name, |(name, _)| name);
        let last = name.rsplit_once(' ').map(|(_, last)| last);
        let last = last.or_else(|| (name.len() < entity.name.len()).then_some(name));
        if entity.kind == EntityKind::Person
            && let Some(last) = last
        {
            // Looked up first: the key is allocated only for a new last name.
            match self.surnames.get_mut(last) {
                Some(ids) => ids.push(id),
                None => {
                    self.surnames.insert(last.into(), vec![id]);
                }
            }
        }
    }

    /// The one person (other than `not`) whose full name ends with the words of `short`, in any
    /// case ("von der Leyen", "Del Pozo", "al-Falih"), if `short` opens with a particle.
    pub(super) fn ending_with(&self, short: &str, not: EntityId) -> Option<EntityId> {
        let (first, last) = match short.split_once(' ') {
            Some((first, _)) => (first, short.rsplit(' ').next().unwrap_or(short)),
            None => (short.split('-').next().unwrap_or(short), short),
        };
        // (Every particle has three letters at most: no copy of a longer word to lower case.)
        if first.len() > 3 || !is_particle(&first.to_ascii_lowercase()) {
            return None;
        }
        let ends = |full: &str| {
            full.len() > short.len()
                && full.is_char_boundary(full.len() - short.len())
                && full[full.len() - short.len()..].eq_ignore_ascii_case(short)
                && full.as_bytes()[full.len() - short.len() - 1] == b' '
        };
        let mut found = self
            .surnames
            .iter()
            .filter(|(surname, _)| surname.eq_ignore_ascii_case(last));
        let (_, ids) = found.next()?;
        match ids.as_slice() {
            [one] if *one != not && ends(&self.list[*one].name) => Some(*one),
            _ => None,
        }
    }

    /// Merges a name of several words that ends a longer name of one person, and only one,
    /// into it: "Hajdas Doncic" (a two-word surname) into "Sinisa Hajdas Doncic", roles and
    /// all. Only a later name with no age of its own is a short form: "Lee Anthony Marsh, 34,
    /// and Anthony Marsh, 58," (and "Jamie Lee Carter, 27, … His co-defendant Lee Carter, 31,")
    /// are two people. (Organisations and names merged already are left alone.)
    pub(super) fn merge_name_ends(&mut self) {
        for id in 0..self.list.len() {
            let entity = &self.list[id];
            if entity.merged_into.is_some()
                || entity.kind == EntityKind::Organisation
                || entity.aged
            {
                continue;
            }
            let short = &*entity.name;
            let Some((_, last)) = short.rsplit_once(' ') else {
                continue;
            };
            let Some(ids) = self.surnames.get(last) else {
                continue;
            };
            let at = entity.first_mention;
            let ends = |full: &Entity| {
                let full = &*full.name;
                full.len() > short.len() + 1
                    && full.ends_with(short)
                    && full.as_bytes()[full.len() - short.len() - 1] == b' '
            };
            let mut found = ids
                .iter()
                .copied()
                .filter(|&p| p != id && self.list[p].first_mention < at && ends(&self.list[p]));
            let (Some(person), None) = (found.next(), found.next()) else {
                continue;
            };
            // ("Doncic" alone is the full name's last name, no longer this one's too.)
            let last: Box<str> = last.into();
            if let Some(ids) = self.surnames.get_mut(&last) {
                ids.retain(|&other| other != id);
            }
            self.merge_into(id, person);
        }
    }

    /// Merges entity `id` into `person`: its first mention and roles become the person's.
    pub(super) fn merge_into(&mut self, id: EntityId, person: EntityId) {
        let (roles, first) = (self.list[id].roles.clone(), self.list[id].first_mention);
        self.list[id].merged_into = Some(person);
        let target = &mut self.list[person];
        target.first_mention = target.first_mention.min(first);
        for role in roles {
            if !target.roles.contains(&role) {
                target.roles.push(role);
            }
        }
    }
}

/// Whether `rest`, the text after a name's comma, opens with an age between commas (", 58,",
/// ", 29.").
pub(super) fn age_follows(rest: &str) -> bool {
    let rest = rest.as_bytes();
    let Some(rest) = rest.strip_prefix(b", ") else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && match rest.get(digits) {
            Some(b',') | None => true,
            Some(b'.') => !rest.get(digits + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        }
}
