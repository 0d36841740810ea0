//! The per-sentence pipeline: sentences → figures → dates → quotations and speakers → score →
//! kind.
//!
//! Two passes over a document: the first gathers its names (so that "the local governor" can
//! point at a governor named only later), the second reads the sentences in order, resolving
//! speakers as a reader would. Nothing is copied out of the text until a sentence is reported:
//! figures and dates stay in compact form ([`Figures`]) until a claim is made of them.

use crate::claim::{DateRef, Kind, Quantity};

use super::numbers::{self, Figures};
use super::punct::Marks;
use super::quotes::entities::{Entities, EntityId};
use super::quotes::names::{NameRun, name_runs};
use super::quotes::speakers::{Speaker, Speakers};
use super::quotes::tokens::{Token, tokenize};
use super::quotes::{self};
use super::score::{self, Signals};
use super::sentences::{Span, sentences};

/// A sentence with everything the pipeline found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed<'a> {
    /// The sentence, exactly `text[span.start..span.end]`.
    pub text: &'a str,
    /// Where it is in the document.
    pub span: Span,
    /// Main kind (see [`kind_of`]).
    pub kind: Kind,
    /// Check-worthiness, 0 to 1.
    pub score: f64,
    /// Figures (none inside a date) and date expressions, in text order, in compact form: see
    /// [`Analysed::quantities`] and [`Analysed::dates`].
    pub figures: &'a Figures,
    /// Who said it, when the sentence quotes or attributes.
    pub speaker: Option<&'a str>,
}

impl Analysed<'_> {
    /// The figures, in text order, none inside a date (document offsets).
    pub fn quantities(&self) -> Vec<Quantity> {
        self.figures.quantities(self.text, self.span.start)
    }

    /// The date expressions, in text order (document offsets).
    pub fn dates(&self) -> Vec<DateRef> {
        self.figures.dates(self.text, self.span.start)
    }
}

/// The main kind of a sentence, by what a checker looks up first:
/// 1. `quote` — it quotes someone directly (a quotation of three words or more, or any quotation
///    with a speaker): the words and who said them;
/// 2. `quantity` — it carries a figure: the number;
/// 3. `date` — it is anchored on an absolute or partial date ("March 4, 2025", "2022"): the
///    event on that date (a relative date, "last week", decides nothing alone);
/// 4. `attribution` — it reports what a named source said ("Sky News reported that …");
/// 5. `statement` — anything else.
pub fn kind_of(quote: bool, quantities: usize, absolute_dates: usize, attributed: bool) -> Kind {
    if quote {
        Kind::Quote
    } else if quantities > 0 {
        Kind::Quantity
    } else if absolute_dates > 0 {
        Kind::Date
    } else if attributed {
        Kind::Attribution
    } else {
        Kind::Statement
    }
}

/// Runs the pipeline over `text`, handing every sentence to `visit` in document order.
pub fn analyse_with(text: &str, visit: impl FnMut(Analysed<'_>)) {
    let spans: Vec<Span> = sentences(text).collect();
    analyse_spans(text, &spans, visit);
}

/// Like [`analyse_with`], over sentences already found (`spans`, in order, from
/// [`sentences`](super::sentences::sentences)).
pub fn analyse_spans(text: &str, spans: &[Span], mut visit: impl FnMut(Analysed<'_>)) {
    let (entities, facts) = read_facts(text, spans);

    let mut speakers = Speakers::new(entities);
    let mut reader = numbers::Reader::default();
    let mut figures = Figures::default();
    let mut previous_quoted = false;
    for (k, span) in spans.iter().enumerate() {
        let sentence = &text[span.start..span.end];
        let fact = facts.of(k);
        let mut speaker = speakers.read(sentence, fact.phrase, fact.mentioned, span.start);
        let quoted_words = fact.quoted_words;
        if speaker.is_none() && quoted_words > 0 {
            speaker = attribution_after(text, spans, &facts, k, &mut speakers)
                .or_else(|| previous_quoted.then(|| speakers.continuing()).flatten());
        }
        previous_quoted = quoted_words > 0 && speaker.is_some();

        reader.read(sentence, &mut figures);
        let quote = quoted_words >= 3 || quoted_words > 0 && speaker.is_some();
        let attributed = speaker.is_some();
        let quantities = figures.quantity_count();
        // The score may weigh more signals than these; they keep their defaults here.
        #[allow(clippy::needless_update)]
        let signals = Signals {
            quantities,
            dates: figures.date_count(),
            quote,
            speaker: attributed,
            ..Signals::default()
        };
        let absolute_dates = figures.absolute_date_count();
        let analysed = Analysed {
            text: sentence,
            span: *span,
            kind: kind_of(quote, quantities, absolute_dates, attributed),
            score: score::score(sentence, &signals),
            figures: &figures,
            speaker: speaker.as_ref().map(|s: &Speaker| speakers.name(s)),
        };
        visit(analysed);
    }
}

/// A quotation without a cue, then a short sentence that only attributes it ("“We are ready.”" /
/// "Zelensky said on Tuesday."): that sentence's speaker.
fn attribution_after(
    text: &str,
    spans: &[Span],
    facts: &Facts,
    k: usize,
    speakers: &mut Speakers,
) -> Option<Speaker> {
    let next = spans.get(k + 1)?;
    let next_facts = facts.of(k + 1);
    let sentence = &text[next.start..next.end];
    let short = sentence.len() <= 80 && sentence.split_whitespace().count() <= 8;
    if !short || next_facts.quoted_words > 0 || next_facts.phrase.is_empty() {
        return None;
    }
    // Only an attribution: after the speech verb comes nothing, the speaker ("said the
    // spokesman"), or where and when ("said so on Tuesday") — not a report of its own ("Officials
    // said 40 died").
    let phrase = next_facts.phrase;
    let speaker_words = &sentence[phrase[0].start..phrase[phrase.len() - 1].end];
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let verb = words
        .iter()
        .position(|w| quotes::words::is_speech_verb(w))?;
    let after = words[verb + 1..].join(" ");
    let only_attribution = after.is_empty()
        || after == speaker_words
        || words.get(verb + 1).is_some_and(|w| is_circumstance(w));
    if !only_attribution {
        return None;
    }
    speakers.resolve_ahead(sentence, phrase, next.start)
}

/// Words that open where, when or how something was said ("on Tuesday", "in a statement", "so").
fn is_circumstance(word: &str) -> bool {
    matches!(
        word,
        "so" | "this"
            | "on"
            | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "later"
            | "then"
            | "afterwards"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "recently"
            | "again"
            | "when"
            | "while"
            | "as"
            | "via"
            | "through"
            | "to"
            | "from"
            | "late"
            | "last"
    )
}

/// The first pass: reads every sentence once (quotations, words, names, cue) and keeps what the
/// second pass needs in compact form, so no sentence is tokenized twice.
fn read_facts(text: &str, spans: &[Span]) -> (Entities, Facts) {
    let mut marks = Marks::default();
    let mut quotations = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut runs: Vec<NameRun> = Vec::new();
    let mut entities = Entities::default();
    let mut facts = Facts::with_capacity(spans.len());
    for span in spans {
        let sentence = &text[span.start..span.end];
        quotes::quotations(sentence, &mut marks, &mut quotations);
        tokenize(sentence, &quotations, &mut tokens);
        name_runs(sentence, &tokens, &mut runs);
        entities.observe(sentence, &tokens, &runs, span.start, &mut facts.mentioned);
        if let Some(cue) = quotes::cue(sentence, &tokens) {
            facts
                .phrases
                .extend_from_slice(&tokens[cue.first..=cue.last]);
        }
        facts.sentences.push(Fact {
            mentioned_end: facts.mentioned.len(),
            phrase_end: facts.phrases.len(),
            quoted_words: quotes::longest_quotation(&tokens),
        });
    }
    entities.finish();
    (entities, facts)
}

/// What the first pass keeps of each sentence: ends of its ranges in the shared arenas.
struct Fact {
    mentioned_end: usize,
    phrase_end: usize,
    quoted_words: usize,
}

/// The first pass's findings for a whole document, in arenas (a few bytes per sentence).
struct Facts {
    sentences: Vec<Fact>,
    /// Entities named, sentence after sentence.
    mentioned: Vec<EntityId>,
    /// The cue words of each sentence that has a cue (sentence offsets).
    phrases: Vec<Token>,
}

/// One sentence's findings, borrowed from [`Facts`].
struct SentenceFacts<'a> {
    mentioned: &'a [EntityId],
    phrase: &'a [Token],
    quoted_words: usize,
}

impl Facts {
    fn with_capacity(sentences: usize) -> Facts {
        Facts {
            sentences: Vec::with_capacity(sentences),
            mentioned: Vec::new(),
            phrases: Vec::new(),
        }
    }

    fn of(&self, k: usize) -> SentenceFacts<'_> {
        let (mentioned_start, phrase_start) = match k.checked_sub(1) {
            Some(p) => (
                self.sentences[p].mentioned_end,
                self.sentences[p].phrase_end,
            ),
            None => (0, 0),
        };
        let fact = &self.sentences[k];
        SentenceFacts {
            mentioned: &self.mentioned[mentioned_start..fact.mentioned_end],
            phrase: &self.phrases[phrase_start..fact.phrase_end],
            quoted_words: fact.quoted_words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyse(text: &str) -> Vec<(String, Kind, Option<String>)> {
        let mut out = Vec::new();
        analyse_with(text, |a| {
            out.push((a.text.to_string(), a.kind, a.speaker.map(str::to_string)))
        });
        out
    }

    #[test]
    fn a_prepared_score_is_the_score() {
        let text = include_str!("../../data/odesa-drone-strike.txt");
        for span in sentences(text) {
            let sentence = &text[span.start..span.end];
            let prepared = score::prepare(sentence);
            for (quantities, quote, speaker) in
                [(0, false, false), (2, true, true), (1, false, true)]
            {
                #[allow(clippy::needless_update)]
                let signals = Signals {
                    quantities,
                    dates: quantities,
                    quote,
                    speaker,
                    ..Signals::default()
                };
                assert_eq!(prepared.score(&signals), score::score(sentence, &signals));
            }
        }
    }

    #[test]
    fn precedence_of_kinds() {
        assert_eq!(kind_of(true, 2, 1, true), Kind::Quote);
        assert_eq!(kind_of(false, 2, 1, true), Kind::Quantity);
        assert_eq!(kind_of(false, 0, 1, true), Kind::Date);
        assert_eq!(kind_of(false, 0, 0, true), Kind::Attribution);
        assert_eq!(kind_of(false, 0, 0, false), Kind::Statement);
    }

    #[test]
    fn speakers_follow_the_article() {
        let text = "President Donald Trump met Ukraine’s President, Volodymyr Zelensky.\n\
                    “You’re gambling with millions of lives,” Trump said. “It is disrespectful,” \
                    the U.S. President continued.\n\
                    In the letter, Zelensky stated, “Ukraine is ready to talk.”\n\
                    He added, “We are prepared to work for peace.”\n";
        let got = analyse(text);
        let speakers: Vec<Option<&str>> = got.iter().map(|s| s.2.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                None,
                Some("Donald Trump"),
                Some("Donald Trump"),
                Some("Volodymyr Zelensky"),
                Some("Volodymyr Zelensky")
            ]
        );
        assert_eq!(got[1].1, Kind::Quote);
    }

    #[test]
    fn a_quotation_attributed_by_the_next_short_sentence() {
        let text = "Ukraine’s President, Volodymyr Zelensky, wrote to Congress.\n\
                    “We are ready to come to the table.”\n\
                    Zelensky said so on Tuesday.\n";
        let got = analyse(text);
        assert_eq!(got[1].2.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(got[1].1, Kind::Quote);
        assert_eq!(got[2].2.as_deref(), Some("Volodymyr Zelensky"));
        let report = "“We lost everything.”\nOfficials said 40 people died.\n";
        assert_eq!(
            analyse(report)[0].2,
            None,
            "a report of its own is no attribution"
        );
    }

    #[test]
    fn an_unattributed_quotation_continues_the_previous_speaker() {
        let text = "\"We lost everything,\" Ma Hao, a student, told reporters. \"We need help.\"";
        let got = analyse(text);
        assert_eq!(got[1].2.as_deref(), Some("Ma Hao"));
    }
}
