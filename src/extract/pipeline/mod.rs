//! The per-sentence pipeline: sentences → figures → dates → quotations and speakers → score →
//! kind.
//!
//! Two passes over a document: the first ([`facts`]) gathers its names (so that "the local
//! governor" can point at a governor named only later), the second reads the sentences in order,
//! resolving speakers as a reader would. What a sentence holds regardless of the others — its
//! figures and dates, its score as the text gives it, its claim digest ([`reading`]) — is read
//! meanwhile, on other threads for a long document. Nothing is copied out of the text until a
//! sentence is reported: figures and dates stay in compact form ([`Figures`]) until a claim is
//! made of them.

mod facts;
mod interview;
mod reading;

use crate::claim::{ClaimDigest, DateRef, Kind, Quantity};

use super::dates::GivenYears;
use super::numbers::Figures;
use super::quotes::entities::Entities;
use super::quotes::open_quotation::OpenQuotation;
use super::quotes::speakers::{Speaker, Speakers};
use super::quotes::tokens::Token;
use super::quotes::{self};
use super::sentences::{Span, split};
use facts::{Facts, read_facts};
use interview::Interview;
use reading::{Arriving, Cursor, Readings};

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
    pub figures: Figures<'a>,
    /// Who said it, when the sentence quotes or attributes.
    pub speaker: Option<&'a str>,
    /// The digest of the sentence's claim id ([`claim_digest`](crate::claim::claim_digest)).
    pub digest: ClaimDigest,
    /// The year the article was published (from its header), which a date without its own
    /// ("Nov. 6") takes: given to a sentence with such a date, else `None` (the header is read for
    /// that only, and only once a sentence needs it).
    pub year: Option<u32>,
    /// The years the document gives its days of a month ("Jan. 6, 2021"), which the same day
    /// without its year ("Jan. 6") takes before `year`: given with `year`.
    pub given_years: Option<&'a GivenYears>,
    /// The noun the previous sentence's last count counted, which a count referring back to it
    /// takes ("… 22 people had been rescued …" / "Eight were pulled from …").
    pub earlier_noun: Option<&'a str>,
    /// Where a "one" opens the unnamed source that speaks ("…, said one senior official"): a
    /// determiner, not a figure of the claim (document offset).
    pub source_one: Option<usize>,
}

impl Analysed<'_> {
    /// The figures, in text order, none inside a date (document offsets).
    pub fn quantities(&self) -> Vec<Quantity> {
        let mut quantities =
            self.figures
                .quantities_after(self.text, self.span.start, self.earlier_noun);
        if let Some(at) = self.source_one {
            quantities.retain(|q| q.start != at);
        }
        quantities
    }

    /// The date expressions, in text order (document offsets).
    pub fn dates(&self) -> Vec<DateRef> {
        self.figures
            .dates(self.text, self.span.start, self.year, self.given_years)
    }
}

/// Where (in the sentence) the "one" of an unnamed speaker "one …" stands, when the speaker
/// named is such a phrase ("one senior official") and its cue holds that word.
fn source_one(sentence: &str, phrase: &[Token], name: &str) -> Option<usize> {
    let opens = name
        .get(..4)
        .is_some_and(|start| start.eq_ignore_ascii_case("one "));
    if !opens {
        return None;
    }
    phrase
        .iter()
        .find(|t| sentence[t.start..t.end].eq_ignore_ascii_case("one"))
        .map(|t| t.start)
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

/// Whether a document of `bytes` is read on several threads (else on the calling thread alone).
pub fn reads_in_parallel(bytes: usize) -> bool {
    reading::in_parallel(bytes)
}

/// Runs the pipeline over `text`, handing every sentence to `visit` in document order.
pub fn analyse_with(text: &str, visit: impl FnMut(Analysed<'_>)) {
    let spans = split(text);
    analyse_spans(text, &spans, visit);
}

/// Like [`analyse_with`], over sentences already found (`spans`, in order, from
/// [`sentences`](super::sentences::sentences)).
pub fn analyse_spans(text: &str, spans: &[Span], visit: impl FnMut(Analysed<'_>)) {
    // On one of rayon's own threads (inside a caller's pool, or a `par_iter` over documents) this
    // thread waiting for chunks that only the pool's other, perhaps busy, threads would read
    // could wait for ever: there the readings are all taken first, through `join`.
    let on_pool = rayon::current_thread_index().is_some();
    if !reading::in_parallel(text.len()) || spans.len() <= 1 || on_pool {
        Read::of(text, spans).visit(visit);
        return;
    }
    // Other threads read the sentences, first chunk first, while this one reads the names, then
    // starts the second pass on the chunks read so far (reading those no thread has started).
    let Some(readers) = reading::readers() else {
        Read::of(text, spans).visit(visit);
        return;
    };
    let arriving = Arriving::new(text, spans);
    readers.in_place_scope_fifo(|scope| {
        arriving.read(scope);
        let (entities, facts) = read_facts(text, spans);
        second_pass(text, spans, entities, &facts, arriving.cursor(), visit);
    });
}

/// [`analyse_spans`] on the calling thread alone: for a short document read beside others, each
/// on its own thread (see [`reads_in_parallel`]).
pub fn analyse_alone(text: &str, spans: &[Span], visit: impl FnMut(Analysed<'_>)) {
    Read::alone(text, spans).visit(visit);
}

/// A document read up to its second pass: its names (the first pass) and what each sentence
/// holds on its own.
pub(crate) struct Read<'t> {
    text: &'t str,
    spans: &'t [Span],
    entities: Entities,
    facts: Facts,
    readings: Readings,
}

impl<'t> Read<'t> {
    /// Reads the sentences `spans` of `text`: the first pass, and meanwhile (on other threads
    /// for a long document) each sentence on its own.
    pub fn of(text: &'t str, spans: &'t [Span]) -> Read<'t> {
        let ((entities, facts), readings) = if spans.len() > 1 {
            rayon::join(|| read_facts(text, spans), || Readings::read(text, spans))
        } else {
            (read_facts(text, spans), Readings::read(text, spans))
        };
        Read {
            text,
            spans,
            entities,
            facts,
            readings,
        }
    }

    /// [`Read::of`] on the calling thread alone, for a short document read beside others (each
    /// on a thread of its own already: splitting one further would only trade work between
    /// threads that are all busy, and wake sleeping ones for tiny tasks).
    fn alone(text: &'t str, spans: &'t [Span]) -> Read<'t> {
        let (entities, facts) = read_facts(text, spans);
        Read {
            text,
            spans,
            entities,
            facts,
            readings: Readings::read_here(text, spans),
        }
    }

    /// At most how many sentences can score `min_score` or more (whatever their speakers).
    pub fn possible_claims(&self, min_score: f64) -> usize {
        self.readings.possible(min_score)
    }

    /// The second pass: resolves the speakers sentence after sentence and hands every sentence
    /// to `visit` in document order.
    pub fn visit(self, visit: impl FnMut(Analysed<'_>)) {
        let cursor = self.readings.into_cursor();
        second_pass(
            self.text,
            self.spans,
            self.entities,
            &self.facts,
            cursor,
            visit,
        );
    }
}

/// The second pass over the sentences `spans` of `text`, with the first pass's `entities` and
/// `facts` and each sentence's reading from `readings`.
fn second_pass(
    text: &str,
    spans: &[Span],
    entities: Entities,
    facts: &Facts,
    mut readings: Cursor,
    mut visit: impl FnMut(Analysed<'_>),
) {
    let mut speakers = Speakers::new(entities);
    let mut previous_quoted = false;
    // Read on the first sentence that needs it: `document` has read the header already, and
    // reading it again cost a short article as much as a tenth of its first pass.
    let mut year = None;
    let mut year_of_text = || -> Option<u32> {
        *year.get_or_insert_with(|| {
            super::document::published(text).and_then(|iso| iso.get(..4)?.parse().ok())
        })
    };
    // Read, like the year, on the first sentence with a day of a month without its year.
    let given_years = std::cell::OnceCell::new();
    let mut earlier_noun = None;
    let (mut open_quotation, mut previous_end) = (OpenQuotation::default(), 0);
    // The speaker of a sentence that ends "… said:", whose quotation follows it.
    let mut introduced: Option<Speaker> = None;
    let mut interview = Interview::of(text, spans);
    for (k, span) in spans.iter().enumerate() {
        let sentence = &text[span.start..span.end];
        let fact = facts.of(k);
        let gap = &text.as_bytes()[previous_end..span.start];
        let step = open_quotation.step(gap, sentence, fact.quoted_words > 0);
        previous_end = span.end;
        interview.set_up(k, sentence, span.start, &mut speakers);
        // (A speech verb inside a quotation left open is quoted: "“People told me …". The words
        // of an interview's question or answer name no speaker of it.)
        let turn = interview.turn(k);
        let Some(reading) = readings.next() else {
            unreachable!("one reading per sentence");
        };
        let phrase = if step.all_quoted || turn.is_some() {
            &[]
        } else {
            fact.phrase
        };
        // (Page furniture, "Credit: State Emergency Service of Ukraine" or a link's "… as AI
        // spending bites", names no one a later "it" or "the service" points at.)
        let mut speaker = match reading.furniture {
            true if phrase.is_empty() => None,
            true => speakers.resolve_ahead(sentence, phrase, span.start),
            false => speakers.read(sentence, phrase, fact.mentioned, fact.subject, span.start),
        };
        let answer = interview.answer(k, span.start, &mut speakers);
        let answered = answer.is_some();
        let quoted_words = fact.quoted_words;
        // (A cue that names no one, "said a voice from the next booth", continues no one's
        // words.)
        if answered {
            speaker = answer;
        } else if speaker.is_none() && phrase.is_empty() && turn.is_none() {
            if step.inside {
                speaker = open_quotation.speaker();
            } else if quoted_words > 0 || step.opens {
                // (A sentence that narrates its quotation continues no one's words.)
                let continues = previous_quoted && !fact.narrated;
                speaker = attribution_after(text, spans, facts, k, &mut speakers)
                    .or_else(|| introduced.take())
                    .or_else(|| continues.then(|| speakers.continuing()).flatten());
            }
        }
        // ("Governor Andrew Bailey said:" then a paragraph "“Inflation is falling. …”".)
        if !phrase.is_empty() && sentence.ends_with(':') {
            introduced.clone_from(&speaker);
        } else if introduced.is_some() {
            introduced = None;
        }
        open_quotation.spoke(step, &speaker);
        let quoted = quoted_words > 0 || step.in_quotation();
        previous_quoted = quoted && speaker.is_some();

        let figures = reading.figures;
        let attributed = speaker.is_some();
        // (An answer is the interviewee's own words, quoted or not.)
        let quote = quoted_words >= 3 || quoted && attributed || answered;
        let name = speaker.as_ref().map(|s: &Speaker| speakers.name(s));
        let source_one = name
            .and_then(|name| source_one(sentence, phrase, name))
            .map(|at| span.start + at)
            .filter(|&at| {
                figures
                    .quantities_after(sentence, span.start, earlier_noun)
                    .iter()
                    .any(|q| q.start == at)
            });
        let kind = kind_of(
            quote,
            figures.quantity_count() - usize::from(source_one.is_some()),
            figures.absolute_date_count(),
            attributed,
        );
        visit(Analysed {
            text: sentence,
            span: *span,
            kind,
            score: reading.score(quote, attributed),
            figures,
            speaker: name,
            digest: reading.digest,
            year: figures.takes_year().then(&mut year_of_text).flatten(),
            given_years: figures
                .takes_year()
                .then(|| given_years.get_or_init(|| GivenYears::of(text, spans))),
            earlier_noun,
            source_one,
        });
        earlier_noun = figures.last_count_unit(sentence);
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
        .position(|w| quotes::verbs::is_speech_verb(w))?;
    let after = words[verb + 1..].join(" ");
    let only_attribution = after.is_empty()
        || after == speaker_words
        || words
            .get(verb + 1)
            .is_some_and(|w| quotes::words::is_circumstance(w));
    if !only_attribution {
        return None;
    }
    speakers.resolve_ahead(sentence, phrase, next.start)
}

#[cfg(test)]
mod tests;
