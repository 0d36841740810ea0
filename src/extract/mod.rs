//! Text → claims. No I/O, no terminal.
//!
//! The pipeline (see [`pipeline`]): [`sentences`] → [`numbers`] → [`dates`] → [`quotes`] and
//! speakers → [`score`] → claims above the minimum score, each with its [`Kind`] and a stable id
//! ([`claim_id`](crate::claim::claim_id)).

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, ClaimDigest, Document, Kind};
use sentences::Span;

pub(crate) mod abbrev;
pub(crate) mod ascii;
pub mod dates;
mod document;
mod hash;
mod ids;
pub mod numbers;
pub mod pipeline;
mod punct;
pub mod quotes;
pub mod score;
pub mod sentences;
pub(crate) mod tokens;
mod wordlist;

pub use document::{document, document_undigested, headline, published, url};
pub use ids::Ids;
pub use pipeline::{Analysed, analyse_with, kind_of};

/// Version of the extraction rules; stored in sessions so that a session made by other rules is
/// noticed. "1": the interim line splitter; "2": sentences, quotations and speakers with interim
/// figures and scores; "3": with the figures, dates and check-worthiness score; "4": a quotation
/// attributed by the short sentence after it; "5": "expressed" and "declared" report speech only
/// with reported content (a quotation, a "that" clause), not an attitude or an act; "6": pronouns
/// point at the most recent person (by gender) or organisation named, not only at speakers; titles,
/// appositive names ("the governor, Oleh Syniehubov, said") and unnamed sources ("one senior
/// official") resolved; "7": headlines in headline grammar are claims; publication lines,
/// copyright notices, navigation and subheads naming nothing are page furniture; "8": a quotation
/// ending a sentence is followed by a new one unless what follows only attributes it ("Peskov
/// said."); "9": the title skips the page's navigation, and the header gives `published` and
/// `url`; "10": terminal control sequences hold no figures; "11": a day of a month without its
/// year ("Nov. 6") takes the year of the article's publication date, else reads "--11-06";
/// "12": links listed under "Read more:" are furniture, short habitual statements with no
/// figure, date or source are background; "13": timestamps with abbreviations, bylines with
/// details and breadcrumbs are furniture; a short section label gives way to the headline;
/// "14": a scene that "could be seen", naming nothing, is no claim; "15": ages set off by commas,
/// "one" ending a list of figures, a carried noun in the singular for one, and counts referring
/// back to the sentence before ("Eight were pulled from …") take its noun; "16": "one senior
/// official said" is someone unnamed, like "a senior official"; "17": "he"/"she" prefer a person
/// the text shows to be one (a role, a last name alone) or who spoke over a name that only looks
/// like a person's; "Senator Hagel, Republican, says" → Senator Hagel; no speaker in a
/// preposition's object ("in Tampa, Florida, indicated"); "18": a header date without its year
/// ("Updated Nov. 6") gives no `published`; "19": a phrase speaker a "he" pointed at stays a person;
/// "20"–"22": QA rounds 9 and 10 (speakers' clauses and offices, pounds, tallies, ratios, ages);
/// "23": QA round 11 (naira, ages after "by age", clock times and service numbers, Indian and
/// British titles, offices held together, tickers, contributors' credits and press releases);
/// "24": its verification (scores "made it 3-1" and in results lines, a verb after a figure is
/// no unit, naira per litre, a company past its legal form and ticker); "25": advice to reach a
/// service by number ("Anyone with symptoms should call NHS 111") is furniture.
pub const EXTRACTOR_VERSION: &str = "36";

/// How to extract.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Sentences scoring below this are not claims.
    pub min_score: f64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            min_score: score::DEFAULT_MIN_SCORE,
        }
    }
}

/// Extracts the claims of one document (document index `doc`) with the default options.
pub fn extract(text: &str, doc: usize) -> Vec<Claim> {
    extract_with(text, doc, &Options::default())
}

/// Extracts the claims of one document with `options`.
pub fn extract_with(text: &str, doc: usize, options: &Options) -> Vec<Claim> {
    let mut claims = Vec::new();
    extract_into(text, doc, options, &mut Ids::default(), &mut claims);
    claims
}

/// Collects the claims of one document into `out`, with room reserved for as many claims as
/// can reach the minimum score (a claim is 160 bytes before its text, and growing by doubling
/// would hold up to twice what is needed at the peak).
fn extract_into(text: &str, doc: usize, options: &Options, ids: &mut Ids, out: &mut Vec<Claim>) {
    let spans = sentences::split(text);
    let read = pipeline::Read::of(text, &spans);
    out.reserve_exact(read.possible_claims(options.min_score));
    read.visit(|sentence| {
        if sentence.score >= options.min_score {
            let id = ids.next_of(&sentence.digest);
            out.push(into_claim(sentence, doc, id));
        }
    });
}

/// What extraction finds in a sentence, handed out one at a time by [`extract_each`].
#[derive(Debug)]
pub enum Found<'a> {
    /// A sentence at or above the minimum score.
    Claim(Claim),
    /// A sentence below it, as the pipeline saw it.
    Rejected(Analysed<'a>),
}

/// Streams the claims and rejected sentences of one document to `emit`, in document order,
/// without collecting them: memory stays at the text plus a few bytes per sentence. `ids` hands
/// out the ids, so that documents extracted one after another get ids unique across all of them.
pub fn extract_each(
    text: &str,
    doc: usize,
    options: &Options,
    ids: &mut Ids,
    emit: impl FnMut(Found<'_>),
) {
    extract_each_of(text, &sentences::split(text), doc, options, ids, emit);
}

/// [`extract_each`] over the sentences of `text` already found (`spans`, from
/// [`sentences::split`]), so that a caller can find them while it does something else.
pub fn extract_each_of(
    text: &str,
    spans: &[Span],
    doc: usize,
    options: &Options,
    ids: &mut Ids,
    mut emit: impl FnMut(Found<'_>),
) {
    pipeline::analyse_spans(text, spans, |sentence| {
        if sentence.score >= options.min_score {
            let id = ids.next_of(&sentence.digest);
            emit(Found::Claim(into_claim(sentence, doc, id)));
        } else {
            emit(Found::Rejected(sentence));
        }
    });
}

/// A sentence [`extract_side_by_side`] found: a claim, or a rejected sentence (when asked for).
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// A sentence at or above the minimum score.
    Claim(Claim),
    /// A sentence below it.
    Rejected(Rejected),
}

/// Short documents are read side by side in batches of up to this many bytes of text.
pub const BATCH_BYTES: usize = 4 << 20;

/// The groups in which documents of these byte `lengths` are best read, in order: a long one
/// alone (read on several threads, see [`pipeline::reads_in_parallel`]), consecutive short ones
/// (articles) together, about [`BATCH_BYTES`] a batch, for [`extract_side_by_side`].
pub fn batches(lengths: &[usize]) -> Vec<std::ops::Range<usize>> {
    let short = |doc: usize| !pipeline::reads_in_parallel(lengths[doc]);
    let mut groups = Vec::new();
    let mut doc = 0;
    while doc < lengths.len() {
        let (mut end, mut bytes) = (doc, 0);
        while end < lengths.len() && short(end) && (end == doc || bytes <= BATCH_BYTES) {
            bytes += lengths[end];
            end += 1;
        }
        let end = end.max(doc + 1);
        groups.push(doc..end);
        doc = end;
    }
    groups
}

/// Extracts several documents side by side, each whole on one of rayon's threads, and returns
/// what each holds, in document order: what [`extract_each_of`] gives for one after another
/// (the same ids from `ids`), for documents too short to keep several threads busy alone (see
/// [`pipeline::reads_in_parallel`]). `documents` are `(doc, text, spans)`; rejected sentences are
/// kept only when `rejected` is set. Memory holds the claims of all of them.
pub fn extract_side_by_side(
    documents: &[(usize, &str, &[Span])],
    options: &Options,
    rejected: bool,
    ids: &mut Ids,
) -> Vec<Vec<Kept>> {
    read_side_by_side(documents, options, rejected).with_ids(ids)
}

/// The first half of [`extract_side_by_side`]: the documents read, their claims still without
/// ids, so that a caller can read a batch while it writes the one before.
pub fn read_side_by_side(
    documents: &[(usize, &str, &[Span])],
    options: &Options,
    rejected: bool,
) -> ReadSideBySide {
    use rayon::prelude::*;
    let documents = documents
        .par_iter()
        .map(|&(doc, text, spans)| {
            let mut kept = Vec::new();
            pipeline::analyse_alone(text, spans, |sentence| {
                if sentence.score >= options.min_score {
                    let digest = sentence.digest;
                    kept.push((
                        Some(digest),
                        Kept::Claim(into_claim(sentence, doc, String::new())),
                    ));
                } else if rejected {
                    kept.push((None, Kept::Rejected(Rejected::of(&sentence, doc))));
                }
            });
            kept
        })
        .collect();
    ReadSideBySide { documents }
}

/// Documents read by [`read_side_by_side`], each claim with the digest its id is made from.
#[derive(Debug)]
pub struct ReadSideBySide {
    documents: Vec<Vec<(Option<ClaimDigest>, Kept)>>,
}

impl ReadSideBySide {
    /// What each document holds, in document order, each claim with its id from `ids` (handed
    /// out in document order, as one document after another would get them).
    pub fn with_ids(self, ids: &mut Ids) -> Vec<Vec<Kept>> {
        self.documents
            .into_iter()
            .map(|document| {
                document
                    .into_iter()
                    .map(|(digest, mut kept)| {
                        if let (Some(digest), Kept::Claim(claim)) = (digest, &mut kept) {
                            claim.id = ids.next_of(&digest);
                        }
                        kept
                    })
                    .collect()
            })
            .collect()
    }
}

/// Turns an analysed sentence into a claim with the given id.
fn into_claim(sentence: Analysed, doc: usize, id: String) -> Claim {
    Claim {
        id,
        doc,
        text: sentence.text.to_string(),
        start: sentence.span.start,
        end: sentence.span.end,
        kind: sentence.kind,
        score: sentence.score,
        quantities: sentence.quantities(),
        dates: sentence.dates(),
        speaker: sentence.speaker.map(str::to_string),
    }
}

/// One article to extract from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Path as given by the user (`-` for stdin).
    pub path: &'a str,
    /// The article's text.
    pub text: &'a str,
}

/// Documents and their claims, as `extract --format json` prints them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extraction {
    /// The documents, indexed by `Claim::doc`.
    pub documents: Vec<Document>,
    /// Every claim of every document, in document order; ids unique across all of them.
    pub claims: Vec<Claim>,
}

/// Extracts several documents with the default options.
pub fn extract_documents(sources: &[Source]) -> Extraction {
    extract_documents_with(sources, &Options::default())
}

/// Extracts several documents into one list of claims whose ids are unique across all of them (a
/// repeated text gets an occurrence suffix, see [`claim_id`](crate::claim::claim_id)).
pub fn extract_documents_with(sources: &[Source], options: &Options) -> Extraction {
    let mut ids = Ids::default();
    let mut documents = Vec::with_capacity(sources.len());
    let mut claims = Vec::new();
    for (doc, source) in sources.iter().enumerate() {
        documents.push(document(source.path, source.text));
        extract_into(source.text, doc, options, &mut ids, &mut claims);
    }
    Extraction { documents, claims }
}

/// A sentence judged not checkable (`extract --all`), with its score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejected {
    /// Index of the document in `documents`.
    pub doc: usize,
    /// Exactly `document_text[start..end]`.
    pub text: String,
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The kind it would have had.
    pub kind: Kind,
    /// Its check-worthiness, below the minimum.
    pub score: f64,
}

/// Every sentence of several documents: the claims and the rest.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FullExtraction {
    /// The documents, indexed by `doc`.
    pub documents: Vec<Document>,
    /// The claims, as [`extract_documents_with`] gives them.
    pub claims: Vec<Claim>,
    /// The sentences below the minimum score, in document order.
    pub rejected: Vec<Rejected>,
}

/// Like [`extract_documents_with`], but keeps the sentences that are not claims too.
pub fn extract_all(sources: &[Source], options: &Options) -> FullExtraction {
    let mut ids = Ids::default();
    let mut full = FullExtraction::default();
    for (doc, source) in sources.iter().enumerate() {
        full.documents.push(document(source.path, source.text));
        extract_each(source.text, doc, options, &mut ids, |found| match found {
            Found::Claim(claim) => full.claims.push(claim),
            Found::Rejected(sentence) => full.rejected.push(Rejected::of(&sentence, doc)),
        });
    }
    full
}

impl Rejected {
    /// The rejected sentence `sentence` of document `doc`.
    pub fn of(sentence: &Analysed, doc: usize) -> Rejected {
        Rejected {
            doc,
            text: sentence.text.to_string(),
            start: sentence.span.start,
            end: sentence.span.end,
            kind: sentence.kind,
            score: sentence.score,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_hold_on_curly_quotes_and_dashes() {
        let text = "“It’s time — now,” she said. The deal—signed in 2022—cost $5 million.\n\
                    «Non», dit-il. ‘Single’ quotes… and ellipses.";
        for claim in extract_with(text, 0, &Options { min_score: 0.0 }) {
            assert_eq!(claim.text, &text[claim.start..claim.end]);
        }
    }

    #[test]
    fn long_documents_are_read_alone_and_short_ones_in_batches() {
        let long = 1 << 20;
        let article = 10_000;
        assert_eq!(batches(&[]), Vec::<std::ops::Range<usize>>::new());
        assert_eq!(batches(&[article]), vec![0..1]);
        assert_eq!(
            batches(&[article, article, long, article, long, long]),
            vec![0..2, 2..3, 3..4, 4..5, 5..6]
        );
        // A batch closes once it holds more than BATCH_BYTES.
        let many = vec![article; 2 * BATCH_BYTES / article];
        let groups = batches(&many);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[1].end, many.len());
        assert!(groups[0].len() * article > BATCH_BYTES);
    }

    #[test]
    fn side_by_side_gives_what_one_after_another_gives() {
        let texts = [
            include_str!("../../data/odesa-drone-strike.txt"),
            include_str!("../../tests/fixtures/news/mexico-quake.txt"),
            "",
            include_str!("../../tests/fixtures/news/yunnan-quake.txt"),
            // A repeated article: its claims get occurrence suffixes in both ways.
            include_str!("../../data/odesa-drone-strike.txt"),
        ];
        let spans: Vec<Vec<Span>> = texts.iter().map(|t| sentences::split(t)).collect();
        let options = Options { min_score: 0.6 };
        for rejected in [false, true] {
            let mut ids = Ids::default();
            let mut expected = Vec::new();
            for (doc, text) in texts.iter().enumerate() {
                let mut kept = Vec::new();
                extract_each_of(
                    text,
                    &spans[doc],
                    doc,
                    &options,
                    &mut ids,
                    |found| match found {
                        Found::Claim(claim) => kept.push(Kept::Claim(claim)),
                        Found::Rejected(s) if rejected => {
                            kept.push(Kept::Rejected(Rejected::of(&s, doc)))
                        }
                        Found::Rejected(_) => {}
                    },
                );
                expected.push(kept);
            }
            let documents: Vec<(usize, &str, &[Span])> = texts
                .iter()
                .enumerate()
                .map(|(doc, text)| (doc, *text, spans[doc].as_slice()))
                .collect();
            let got = extract_side_by_side(&documents, &options, rejected, &mut Ids::default());
            assert_eq!(got, expected);
            assert!(
                got[4]
                    .iter()
                    .any(|k| matches!(k, Kept::Claim(c) if c.id.ends_with("-2")))
            );
            assert_eq!(
                got[1].iter().any(|k| matches!(k, Kept::Rejected(_))),
                rejected
            );
        }
    }

    #[test]
    fn repeated_sentences_get_occurrence_suffixes() {
        let text = "Ukraine shot down 115 drones.\nUkraine shot down 115 drones.\n";
        let claims = extract_with(text, 0, &Options { min_score: 0.0 });
        assert_eq!(claims.len(), 2);
        assert_eq!(claims[1].id, format!("{}-2", claims[0].id));
        let both = extract_documents_with(
            &[Source { path: "a", text }, Source { path: "b", text }],
            &Options { min_score: 0.0 },
        );
        let ids: std::collections::HashSet<&str> =
            both.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), 4);
    }
}
