//! The first pass over a document: reads every sentence once (quotations, words, names, the cue
//! naming a speaker) and keeps what the second pass needs in compact form, so no sentence is
//! tokenized twice.

use crate::extract::punct::Marks;
use crate::extract::quotes::entities::{Entities, EntityId};
use crate::extract::quotes::names::{NameRun, name_runs};
use crate::extract::quotes::tokens::{Token, tokenize};
use crate::extract::quotes::{self};
use crate::extract::sentences::Span;

/// The first pass: reads every sentence once (quotations, words, names, cue) and keeps what the
/// second pass needs in compact form, so no sentence is tokenized twice.
pub(super) fn read_facts(text: &str, spans: &[Span]) -> (Entities, Facts) {
    let mut marks = Marks::default();
    let mut quotations = Vec::new();
    // Room for the words and names of most sentences from the start: a short article would
    // otherwise spend a tenth of its first pass growing them.
    let mut tokens: Vec<Token> = Vec::with_capacity(64);
    let mut runs: Vec<NameRun> = Vec::with_capacity(8);
    let mut entities = Entities::for_sentences(spans.len());
    let mut facts = Facts::with_capacity(spans.len());
    for span in spans {
        let sentence = &text[span.start..span.end];
        quotes::quotations(sentence, &mut marks, &mut quotations);
        tokenize(sentence, &quotations, &mut tokens);
        name_runs(sentence, &tokens, &mut runs);
        let subject = entities.observe(sentence, &tokens, &runs, span.start, &mut facts.mentioned);
        if let Some(cue) = quotes::cue(sentence, &tokens) {
            facts
                .phrases
                .extend_from_slice(&tokens[cue.first..=cue.last]);
        }
        facts.sentences.push(Fact {
            mentioned_end: arena_end(facts.mentioned.len()),
            phrase_end: arena_end(facts.phrases.len()),
            quoted_words: saturated(quotes::longest_quotation(&tokens, &quotations)),
            // (Only a quotation marks words quoted: without one, no word is read.)
            narrated: !quotations.is_empty() && quotes::narrates_before_quotation(&tokens),
            subject: subject.map_or(NO_SUBJECT, saturated),
        });
    }
    entities.finish();
    (entities, facts)
}

/// What the first pass keeps of each sentence: ends of its ranges in the shared arenas. In 32
/// bits (17 bytes where `usize`s took 48): a long text has a Fact per sentence, 400,000 on the
/// bench text, all alive until the second pass has read them.
struct Fact {
    mentioned_end: u32,
    phrase_end: u32,
    /// Words in its longest quotation (at most `u32::MAX`: more means as much to a reader).
    quoted_words: u32,
    narrated: bool,
    /// Which entity it names is its subject (an index into its `mentioned`), or
    /// [`NO_SUBJECT`].
    subject: u32,
}

/// [`Fact::subject`] when no entity is the subject.
const NO_SUBJECT: u32 = u32::MAX;

/// `n` in 32 bits, at most `u32::MAX - 1` (a sentence's count: more is as many to a reader, and
/// `u32::MAX` is [`NO_SUBJECT`]).
fn saturated(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).min(u32::MAX - 1)
}

/// The end of an arena's range in 32 bits: an arena holds a few entries per sentence, and no
/// text has four billion of them (a gigabyte of text holds about 30 million).
fn arena_end(len: usize) -> u32 {
    u32::try_from(len).expect("fewer than 2^32 entries in an arena of the first pass")
}

/// The first pass's findings for a whole document, in arenas (a few bytes per sentence).
pub(super) struct Facts {
    sentences: Vec<Fact>,
    /// Entities named, sentence after sentence.
    mentioned: Vec<EntityId>,
    /// The cue words of each sentence that has a cue (sentence offsets).
    phrases: Vec<Token>,
}

/// One sentence's findings, borrowed from [`Facts`].
pub(super) struct SentenceFacts<'a> {
    /// The entities it names.
    pub mentioned: &'a [EntityId],
    /// The words of its cue (empty without one).
    pub phrase: &'a [Token],
    /// Words in its longest quotation.
    pub quoted_words: usize,
    /// Its own words come before its first quotation
    /// ([`narrates_before_quotation`](quotes::narrates_before_quotation)).
    pub narrated: bool,
    /// The entity named as its subject, if any.
    pub subject: Option<EntityId>,
}

impl Facts {
    /// Room for what news text holds (an entity or two per sentence, a cue word or two): a
    /// long text's arenas would otherwise be copied a dozen times as they double, each copy in
    /// fresh memory. Room never written costs no memory.
    fn with_capacity(sentences: usize) -> Facts {
        Facts {
            sentences: Vec::with_capacity(sentences),
            mentioned: Vec::with_capacity(2 * sentences),
            phrases: Vec::with_capacity(2 * sentences),
        }
    }

    /// The findings of sentence `k`.
    pub(super) fn of(&self, k: usize) -> SentenceFacts<'_> {
        let (mentioned_start, phrase_start) = match k.checked_sub(1) {
            Some(p) => (
                self.sentences[p].mentioned_end as usize,
                self.sentences[p].phrase_end as usize,
            ),
            None => (0, 0),
        };
        let fact = &self.sentences[k];
        let mentioned = &self.mentioned[mentioned_start..fact.mentioned_end as usize];
        SentenceFacts {
            subject: (fact.subject != NO_SUBJECT)
                .then(|| mentioned.get(fact.subject as usize).copied())
                .flatten(),
            mentioned,
            phrase: &self.phrases[phrase_start..fact.phrase_end as usize],
            quoted_words: fact.quoted_words as usize,
            narrated: fact.narrated,
        }
    }
}
