//! The per-sentence pipeline: sentences → figures → dates → quotations and speakers → score →
//! kind.
//!
//! Two passes over a document: the first gathers its names (so that "the local governor" can
//! point at a governor named only later), the second reads the sentences in order, resolving
//! speakers as a reader would. Nothing is copied out of the text until a sentence is reported.

use crate::claim::{DateRef, Kind, Quantity};

use super::numbers;
use super::punct::Marks;
use super::quotes::entities::{Entities, NameRun, name_runs};
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
    /// Figures, in text order, none inside a date.
    pub quantities: Vec<Quantity>,
    /// Date expressions, in text order.
    pub dates: Vec<DateRef>,
    /// Who said it, when the sentence quotes or attributes.
    pub speaker: Option<&'a str>,
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
pub fn analyse_with(text: &str, mut visit: impl FnMut(&Analysed<'_>)) {
    let mut scratch = Scratch::default();
    let spans: Vec<Span> = sentences(text).collect();

    let mut entities = Entities::default();
    for span in &spans {
        let sentence = &text[span.start..span.end];
        scratch.read(sentence);
        name_runs(sentence, &scratch.tokens, &mut scratch.runs);
        entities.observe(sentence, &scratch.tokens, &scratch.runs, span.start);
    }
    entities.finish();

    let mut speakers = Speakers::new(entities);
    let mut previous_quoted = false;
    for span in &spans {
        let sentence = &text[span.start..span.end];
        scratch.read(sentence);
        let cue = quotes::cue(sentence, &scratch.tokens);
        let mut speaker = speakers.read(sentence, &scratch.tokens, cue, span.start);
        let quoted_words = quotes::longest_quotation(&scratch.tokens);
        if speaker.is_none() && quoted_words > 0 && previous_quoted {
            speaker = speakers.continuing();
        }
        previous_quoted = quoted_words > 0 && speaker.is_some();

        let (mut quantities, dates) = numbers::with_dates(sentence, span.start);
        quantities.retain(|q| !dates.iter().any(|d| q.start < d.end && d.start < q.end));
        let quote = quoted_words >= 3 || quoted_words > 0 && speaker.is_some();
        let attributed = speaker.is_some();
        // The score may weigh more signals than these; they keep their defaults here.
        #[allow(clippy::needless_update)]
        let signals = Signals {
            quantities: quantities.len(),
            dates: dates.len(),
            quote,
            speaker: attributed,
            ..Signals::default()
        };
        let absolute_dates = dates.iter().filter(|d| d.iso.is_some()).count();
        let analysed = Analysed {
            text: sentence,
            span: *span,
            kind: kind_of(quote, quantities.len(), absolute_dates, attributed),
            score: score::score(sentence, &signals),
            quantities,
            dates,
            speaker: speaker.as_ref().map(|s: &Speaker| speakers.name(s)),
        };
        visit(&analysed);
    }
}

/// Buffers reused from sentence to sentence, so the pipeline allocates per document, not per
/// sentence.
#[derive(Default)]
struct Scratch {
    marks: Marks,
    quotes: Vec<(usize, usize)>,
    tokens: Vec<Token>,
    runs: Vec<NameRun>,
}

impl Scratch {
    fn read(&mut self, sentence: &str) {
        quotes::quotations(sentence, &mut self.marks, &mut self.quotes);
        tokenize(sentence, &self.quotes, &mut self.tokens);
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
    fn an_unattributed_quotation_continues_the_previous_speaker() {
        let text = "\"We lost everything,\" Ma Hao, a student, told reporters. \"We need help.\"";
        let got = analyse(text);
        assert_eq!(got[1].2.as_deref(), Some("Ma Hao"));
    }
}
