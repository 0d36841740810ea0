//! Helpers shared by the integration tests: every sentence of an article as plain owned data,
//! and the binary run as a user runs it ([`cli`]).

#![allow(dead_code)] // each test file uses its own part

pub mod cli;

use claimcheck::claim::{DateRef, Kind, Quantity};
use claimcheck::extract::analyse_with;

/// A sentence as the pipeline saw it.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub score: f64,
    pub speaker: Option<String>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateRef>,
}

/// Every sentence of `text`, in order.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    analyse_with(text, |s| {
        out.push(Sentence {
            text: s.text.to_string(),
            start: s.span.start,
            end: s.span.end,
            kind: s.kind,
            score: s.score,
            speaker: s.speaker.map(str::to_string),
            quantities: s.quantities(),
            dates: s.dates(),
        })
    });
    out
}

/// The one sentence containing `needle` (panics if there is none or more than one).
pub fn find<'a>(sentences: &'a [Sentence], needle: &str) -> &'a Sentence {
    let found: Vec<&Sentence> = sentences
        .iter()
        .filter(|s| s.text.contains(needle))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "sentences containing {needle:?}: {found:#?}"
    );
    found[0]
}

/// The speaker of the sentence containing `needle`.
pub fn speaker_of(sentences: &[Sentence], needle: &str) -> Option<String> {
    find(sentences, needle).speaker.clone()
}
