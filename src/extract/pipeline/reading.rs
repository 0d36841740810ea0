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
    /// Whether it is page furniture (a credit, a link, a byline).
    furniture: bool,
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

/// The pool a long document's sentences are read on: one thread fewer than rayon's, so that the
/// thread running the first and second passes, which the end of the run waits for, has a
/// processor of its own (with a thread more, it shared two processors with two readers, and the
/// readers finished first); it reads chunks itself whenever it would wait ([`Arriving::take`]).
/// Built once, so that its threads' scorers keep their memo of words from one document to the
/// next. `None` if no thread can be started.
pub(super) fn readers() -> Option<&'static rayon::ThreadPool> {
    static READERS: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    READERS
        .get_or_init(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(rayon::current_num_threads().saturating_sub(1).max(1))
                .build()
                .ok()
        })
        .as_ref()
}

/// How many chunks the sentences `spans` make.
fn chunks_of(spans: &[Span]) -> usize {
    spans.len().div_ceil(CHUNK)
}

/// Whether a document of `bytes` is read on several threads.
pub(super) fn in_parallel(bytes: usize) -> bool {
    bytes >= PARALLEL_FROM
}

/// Chunks of readings as other threads finish them, for a second pass that starts before the
/// last chunk is read (see [`Arriving::read`]). A chunk the second pass needs before any other
/// thread has started it, the second pass reads itself rather than wait.
pub(super) struct Arriving<'a> {
    text: &'a str,
    spans: &'a [Span],
    chunks: Mutex<Vec<Slot>>,
    filled: Condvar,
}

/// Where a chunk of [`Arriving`] stands.
enum Slot {
    /// No thread has started it.
    Waiting,
    /// A thread is reading it.
    Taken,
    /// Read (or its reading panicked).
    Read(std::thread::Result<Chunk>),
    /// Handed to the second pass.
    Gone,
}

impl<'a> Arriving<'a> {
    /// Room for the chunks of the sentences `spans` of `text`.
    pub fn new(text: &'a str, spans: &'a [Span]) -> Arriving<'a> {
        Arriving {
            text,
            spans,
            chunks: Mutex::new((0..chunks_of(spans)).map(|_| Slot::Waiting).collect()),
            filled: Condvar::new(),
        }
    }

    /// Reads the chunks on rayon's threads (tasks spawned in `scope`, first chunk first), each
    /// unless the second pass took it first; [`Cursor`]s from [`Arriving::cursor`] hand them out
    /// in order.
    pub fn read<'s>(&'s self, scope: &rayon::ScopeFifo<'s>) {
        for k in 0..self.count() {
            scope.spawn_fifo(move |_| {
                if self.claim(k) {
                    self.read_taken(k);
                }
            });
        }
    }

    /// Reads chunk `k`, which this thread has taken, for whichever thread takes it from
    /// [`Arriving::take`] (a panic is kept for that thread to raise).
    fn read_taken(&self, k: usize) {
        let read = std::panic::catch_unwind(AssertUnwindSafe(|| self.read_chunk(k)));
        let mut chunks = self.lock();
        chunks[k] = Slot::Read(read);
        self.filled.notify_all();
    }

    /// How many chunks there are.
    fn count(&self) -> usize {
        chunks_of(self.spans)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Slot>> {
        self.chunks.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Marks chunk `k` taken, if no thread has started it yet.
    fn claim(&self, k: usize) -> bool {
        let mut chunks = self.lock();
        let waiting = matches!(chunks[k], Slot::Waiting);
        if waiting {
            chunks[k] = Slot::Taken;
        }
        waiting
    }

    fn read_chunk(&self, k: usize) -> Chunk {
        let end = self.spans.len().min((k + 1) * CHUNK);
        read_chunk(self.text, &self.spans[k * CHUNK..end])
    }

    /// Hands out the readings in order, reading or waiting for each chunk.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            source: Source::Arriving(self, 0),
            current: Chunk::default(),
            next: 0,
        }
    }

    /// Chunk `k`: read here if no other thread has started it, else once that thread has read
    /// it (a panic while reading it is raised here).
    fn take(&self, k: usize) -> Option<Chunk> {
        if k >= self.count() {
            return None;
        }
        if self.claim(k) {
            return Some(self.read_chunk(k));
        }
        let mut chunks = self.lock();
        while matches!(chunks[k], Slot::Taken) {
            // While another thread reads chunk `k`, read the next chunk no thread has started
            // (the second pass will want it soon), rather than wait idle.
            let ahead = (k + 1..chunks.len()).find(|&j| matches!(chunks[j], Slot::Waiting));
            match ahead {
                Some(j) => {
                    chunks[j] = Slot::Taken;
                    drop(chunks);
                    self.read_taken(j);
                    chunks = self.lock();
                }
                None => {
                    chunks = self
                        .filled
                        .wait(chunks)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
        match std::mem::replace(&mut chunks[k], Slot::Gone) {
            Slot::Read(Ok(chunk)) => Some(chunk),
            Slot::Read(Err(panic)) => std::panic::resume_unwind(panic),
            _ => None,
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
    /// Whether it is page furniture, whose names no pronoun points at.
    pub furniture: bool,
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

    /// [`Readings::read`] on the calling thread, however long the text.
    pub fn read_here(text: &str, spans: &[Span]) -> Readings {
        let chunks = spans
            .chunks(CHUNK)
            .map(|chunk| read_chunk(text, chunk))
            .collect();
        Readings { chunks }
    }

    /// How many sentences score `min_score` or more in at least one of the cases the second
    /// pass decides between.
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
    Arriving(&'a Arriving<'a>, usize),
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
            furniture: reading.furniture,
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
            furniture: placed.is_some() || prepared.is_furniture(),
        });
    }
    chunk.found.quantities.shrink_to_fit();
    chunk.found.dates.shrink_to_fit();
    chunk
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split;

    /// The readings a cursor hands out: scores and digests, in order.
    fn handed_out(mut cursor: Cursor) -> Vec<([u16; 4], ClaimDigest)> {
        let mut out = Vec::new();
        while let Some(r) = cursor.next() {
            out.push((r.scores, r.digest));
        }
        out
    }

    fn long_text() -> String {
        let article = include_str!("../../../data/odesa-drone-strike.txt");
        format!("{article}\n\n").repeat((300 << 10) / article.len())
    }

    #[test]
    fn the_second_pass_reads_the_chunks_no_thread_has_started() {
        let text = long_text();
        let spans = split(&text);
        let expected = handed_out(Readings::read_here(&text, &spans).into_cursor());
        assert!(spans.len() > 3 * CHUNK);
        // No reader at all: the cursor reads every chunk itself.
        let arriving = Arriving::new(&text, &spans);
        assert_eq!(handed_out(arriving.cursor()), expected);
        // Readers on a pool of one thread, the cursor reading ahead while it waits.
        let arriving = Arriving::new(&text, &spans);
        let pool = readers().expect("a thread");
        let got = pool.in_place_scope_fifo(|scope| {
            arriving.read(scope);
            handed_out(arriving.cursor())
        });
        assert_eq!(got, expected);
    }
}
