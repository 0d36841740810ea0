//! The work on each sentence that needs nothing from the sentences around it: its figures and
//! dates, the part of its score read from the text, and the digest of its claim id. Done in
//! chunks of sentences, on several threads for a long document, while the first pass reads the
//! document's names; what it keeps is compact (a few bytes per sentence, plus the figures).

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::sync::{Condvar, Mutex, PoisonError};

use rayon::prelude::*;

use crate::claim::{ClaimDigest, claim_digest};
use crate::extract::numbers::{self, Figures, Found, FoundEnd};
use crate::extract::score::{self, Signals};
use crate::extract::sentences::Span;

/// Sentences per chunk: enough to make a task worth handing to another thread.
const CHUNK: usize = 256;

/// Below this many bytes a document is read on the calling thread alone (an article).
const PARALLEL_FROM: usize = 256 << 10;

/// What is read from one sentence.
#[derive(Debug, Clone, Copy)]
struct Reading {
    /// The score (in ten-thousandths) for each combination of the two signals only the second
    /// pass knows: whether the sentence quotes someone and whether it has a speaker (see
    /// [`Readings::score`]).
    scores: [u16; 4],
    /// The digest of its claim id.
    digest: ClaimDigest,
    /// Where its figures and dates end in its chunk's [`Found`].
    end: FoundEnd,
}

/// The readings of a run of consecutive sentences.
#[derive(Debug, Default)]
struct Chunk {
    readings: Vec<Reading>,
    found: Found,
}

/// The readings of every sentence of a document, in order.
#[derive(Debug, Default)]
pub(super) struct Readings {
    chunks: Vec<Chunk>,
}

/// Whether a document of `bytes` is read on several threads.
pub(super) fn in_parallel(bytes: usize) -> bool {
    bytes >= PARALLEL_FROM
}

/// Chunks of readings as other threads finish them, for a second pass that starts before the
/// last chunk is read (see [`Arriving::read`]).
pub(super) struct Arriving {
    chunks: Mutex<Vec<Option<std::thread::Result<Chunk>>>>,
    filled: Condvar,
}

impl Arriving {
    /// Reads the chunks of `spans` on rayon's threads (tasks spawned in `scope`, first chunk
    /// first); [`Cursor`]s from [`Arriving::cursor`] hand them out in order as they arrive.
    pub fn read<'s>(
        scope: &rayon::ScopeFifo<'s>,
        arriving: &'s Arriving,
        text: &'s str,
        spans: &'s [Span],
    ) {
        for (k, chunk) in spans.chunks(CHUNK).enumerate() {
            scope.spawn_fifo(move |_| {
                let read = std::panic::catch_unwind(AssertUnwindSafe(|| read_chunk(text, chunk)));
                let mut chunks = arriving
                    .chunks
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                chunks[k] = Some(read);
                arriving.filled.notify_all();
            });
        }
    }

    /// Room for the chunks of `sentences` sentences.
    pub fn new(sentences: usize) -> Arriving {
        Arriving {
            chunks: Mutex::new((0..sentences.div_ceil(CHUNK)).map(|_| None).collect()),
            filled: Condvar::new(),
        }
    }

    /// Hands out the readings in order, waiting for each chunk until it is read.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            source: Source::Arriving(self, 0),
            current: Chunk::default(),
            next: 0,
        }
    }

    /// Chunk `k`, once read (a panic while reading it is raised here).
    fn take(&self, k: usize) -> Option<Chunk> {
        let mut chunks = self.chunks.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            match chunks.get_mut(k)? {
                Some(_) => break,
                None => {
                    chunks = self
                        .filled
                        .wait(chunks)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
        match chunks[k].take()? {
            Ok(chunk) => Some(chunk),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

/// One sentence's reading, borrowed from [`Readings`].
#[derive(Debug, Clone, Copy)]
pub(super) struct SentenceReading<'a> {
    /// Its figures and dates.
    pub figures: Figures<'a>,
    /// The digest of its claim id.
    pub digest: ClaimDigest,
    scores: [u16; 4],
}

impl SentenceReading<'_> {
    /// The sentence's score, given whether it quotes someone and whether it has a speaker (the
    /// other signals were known when it was read).
    pub fn score(&self, quote: bool, speaker: bool) -> f64 {
        f64::from(self.scores[variant(quote, speaker)]) / 1e4
    }
}

/// Where [`score::Prepared::ten_thousandths`] puts the score of a case.
fn variant(quote: bool, speaker: bool) -> usize {
    usize::from(quote) << 1 | usize::from(speaker)
}

impl Readings {
    /// Reads every sentence of `text` (`spans`, in order).
    pub fn read(text: &str, spans: &[Span]) -> Readings {
        if !in_parallel(text.len()) {
            return Readings::read_here(text, spans);
        }
        let chunks = spans
            .par_chunks(CHUNK)
            .map(|chunk| read_chunk(text, chunk))
            .collect();
        Readings { chunks }
    }

    /// How many sentences score `min_score` or more in at least one of the cases the second
    /// pass decides between.
    /// [`Readings::read`] on the calling thread, however long the text.
    pub fn read_here(text: &str, spans: &[Span]) -> Readings {
        let chunks = spans
            .chunks(CHUNK)
            .map(|chunk| read_chunk(text, chunk))
            .collect();
        Readings { chunks }
    }

    pub fn possible(&self, min_score: f64) -> usize {
        self.chunks
            .iter()
            .flat_map(|chunk| &chunk.readings)
            .filter(|r| r.scores.iter().any(|&s| f64::from(s) / 1e4 >= min_score))
            .count()
    }

    /// The readings in document order, each chunk's memory given back once it is passed.
    pub fn into_cursor(self) -> Cursor<'static> {
        Cursor {
            source: Source::Read(self.chunks.into_iter()),
            current: Chunk::default(),
            next: 0,
        }
    }
}

/// Where a [`Cursor`] takes its chunks from.
enum Source<'a> {
    /// All read already.
    Read(std::vec::IntoIter<Chunk>),
    /// Being read on other threads; the index of the next chunk.
    Arriving(&'a Arriving, usize),
}

/// Hands out the readings of a document's sentences one after another (see
/// [`Readings::into_cursor`], [`Arriving::cursor`]).
pub(super) struct Cursor<'a> {
    source: Source<'a>,
    current: Chunk,
    next: usize,
}

impl Cursor<'_> {
    /// The reading of the next sentence.
    pub fn next(&mut self) -> Option<SentenceReading<'_>> {
        while self.next == self.current.readings.len() {
            self.current = match &mut self.source {
                Source::Read(chunks) => chunks.next()?,
                Source::Arriving(arriving, k) => {
                    *k += 1;
                    arriving.take(*k - 1)?
                }
            };
            self.next = 0;
        }
        let chunk = &self.current;
        let i = self.next;
        self.next += 1;
        let reading = &chunk.readings[i];
        let from = match i {
            0 => FoundEnd::default(),
            _ => chunk.readings[i - 1].end,
        };
        Some(SentenceReading {
            figures: chunk.found.figures(from, reading.end),
            digest: reading.digest,
            scores: reading.scores,
        })
    }
}

thread_local! {
    /// This thread's scorer, kept from one chunk to the next so that its memo of words outlives
    /// a chunk (a chunk of 256 sentences fills it only partly).
    static SCORER: RefCell<score::Scorer> = RefCell::default();
}

fn read_chunk(text: &str, spans: &[Span]) -> Chunk {
    // Nothing below hands work to rayon, so this thread cannot start another chunk meanwhile.
    SCORER.with_borrow_mut(|scorer| read_chunk_with(text, spans, scorer))
}

fn read_chunk_with(text: &str, spans: &[Span], scorer: &mut score::Scorer) -> Chunk {
    let mut reader = numbers::Reader::default();
    let mut chunk = Chunk {
        readings: Vec::with_capacity(spans.len()),
        found: Found::default(),
    };
    for span in spans {
        let sentence = &text[span.start..span.end];
        let from = chunk.found.end();
        reader.read(sentence, &mut chunk.found);
        let end = chunk.found.end();
        let figures = chunk.found.figures(from, end);
        let prepared = scorer.prepare(sentence);
        let placed = score::layout::placed_furniture(text, span.start);
        // The second pass decides `quote` and `speaker`; the score may weigh more signals than
        // these, which keep their defaults here.
        let signals = Signals {
            quantities: figures.quantity_count(),
            dates: figures.date_count(),
            placed,
            ..Signals::default()
        };
        // Indexed as `variant` indexes them.
        let scores = prepared.ten_thousandths(&signals);
        chunk.readings.push(Reading {
            scores,
            digest: claim_digest(sentence),
            end,
        });
    }
    chunk.found.quantities.shrink_to_fit();
    chunk.found.dates.shrink_to_fit();
    chunk
}
