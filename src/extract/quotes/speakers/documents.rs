//! Whose document "the report said" quotes: the last speaker's, when that speaker's sentence
//! named one ("…, the agency said in a report"), or the organisation that published one in a
//! sentence of its own since ("UKHSA published its latest report on Thursday").

use super::super::entities::EntityId;
use super::super::words;

/// What the article last said of a document's source.
#[derive(Debug, Default)]
pub(super) struct Documents {
    /// Whether the last speaker's sentence named a document ("published a report"), which a
    /// later "the report said" may be.
    pub(super) speaker_named: bool,
    /// The organisation whose sentence, with no speaker, published a document since the last
    /// speaker's sentence that named one.
    pub(super) publisher: Option<EntityId>,
}

impl Documents {
    /// Reads a sentence: `spoke` when it has a speaker, else `organisation`, its subject when
    /// that is an organisation.
    pub(super) fn read(&mut self, sentence: &str, spoke: bool, organisation: Option<EntityId>) {
        if spoke {
            self.speaker_named = words::names_a_document(sentence);
            if self.speaker_named {
                self.publisher = None;
            }
        } else if let Some(id) = organisation
            && words::names_a_document(sentence)
            && words::publishes(sentence)
        {
            self.publisher = Some(id);
        }
    }
}
