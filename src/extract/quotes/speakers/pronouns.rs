//! What a pronoun that speaks ("he", "it", "they") stands for.

use super::{Speaker, Speakers};
use crate::extract::quotes::entities::EntityKind;
use crate::extract::quotes::referents::{Gender, Referent};
use crate::extract::quotes::words::Pronoun;

impl Speakers {
    pub(super) fn pronoun(&mut self, pronoun: Pronoun) -> Option<Speaker> {
        let referent = match pronoun {
            Pronoun::Person(gender) => {
                let referent = self.referents.person(gender)?;
                if gender != Gender::Unknown {
                    self.referents.learn_gender(&referent, gender);
                }
                referent
            }
            Pronoun::Thing => match &self.last_speaker {
                Some(Speaker::Entity(id))
                    if self.entities.get(*id).kind == EntityKind::Person
                        && self.referents.guessed_person_as_it(*id) =>
                {
                    Referent::Entity(*id)
                }
                // ("The Association of School and College Leaders said … It said": right after
                // a list that names a body spoke, or a name read as one, "it" may be that body
                // or a part of it: no one.)
                Some(Speaker::Phrase(text))
                    if text.contains(" and ")
                        && self.referents.organisation_named_at(self.last_group_at) =>
                {
                    return None;
                }
                _ => self.referents.organisation()?,
            },
            Pronoun::Group => {
                return self
                    .last_group
                    .clone()
                    .or_else(|| self.last_organisation.clone());
            }
        };
        Some(match referent {
            Referent::Entity(id) => Speaker::Entity(id),
            Referent::Phrase(text) => Speaker::Phrase(text),
        })
    }
}
