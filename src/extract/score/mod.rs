//! Check-worthiness: a score in 0..1 for a sentence, and why.
//!
//! The score is `sigmoid(z)` where the log-odds `z` adds up
//! - a linear model over hashed word 1–2-grams and character 4-grams, learned on CheckThat! 2024
//!   Task 1 English (US debate sentences labelled worth checking or not; see [`model`]),
//! - learned weights of documented hand features ([`features::Feature`]: figures, dates, names,
//!   titles, attribution verbs, quotes, hedges, opinions, questions, imperatives, reader prompts…),
//! - news rules ([`rules::Adjustment`]): a quotation with its speaker is pushed up, a sentence
//!   naming nothing a checker could look up (a general explainer, an outlook, a habitual
//!   statement, a scene that "could be seen") down, a title line
//!   reporting an event in headline grammar ([`headline`]) up,
//! - [`NEWS_PRIOR`].
//!
//! The trainer calibrates the bias so that `z = NEWS_PRIOR` is the cut that maximises the
//! expected F1 of the Yes class on CheckThat! debates the model has not seen: it
//! Platt-calibrates the out-of-fold log-odds of a blocked cross-validation over train and dev
//! ([`checkthat::calibrated_threshold`]). The prior then moves the cut for news articles, where
//! most sentences naming something are claims, whereas a quarter of debate sentences are.
//!
//! Page furniture ([`rules::Furniture`]: timestamps, publication lines, notices, navigation,
//! labels, bylines, headings without a verb, commands and prompts to the reader) is never a
//! claim: its score is cut to a tenth.
//!
//! Scoring allocates nothing: tokens and n-grams are hashed as the bytes go by.

pub mod checkthat;
pub mod features;
pub mod headline;
pub mod layout;
pub mod lexicon;
pub mod model;
mod page;
pub mod profile;
pub mod rules;
pub mod text;

use features::{Feature, Profile};
use model::{Model, WordMemo};
use rules::{Adjustment, Cues, Furniture};

/// Sentences scoring below this are not claims unless `--min-score` says otherwise.
///
/// Even odds under the news calibration: [`NEWS_PRIOR`] log-odds more lenient than the cut
/// calibrated on CheckThat! debates, which sits at `sigmoid(NEWS_PRIOR)` ≈ 0.924.
pub const DEFAULT_MIN_SCORE: f64 = 0.5;

/// Log-odds added for news articles over the debate calibration of the model.
///
/// Chosen on the sample article and the news corpus: it puts the cut between the reader prompts
/// and outlooks (log-odds below −4.5 under the debate calibration) and the least worthy claims
/// (attributed quotes of intent, narrative sentences with names, around −1.5).
pub const NEWS_PRIOR: f32 = 2.5;

/// Furniture keeps this fraction of its score, so that it always falls below the threshold
/// while `--all` still orders it.
const FURNITURE_FACTOR: f64 = 0.1;

/// What the other stages found in a sentence, for the score to weigh.
#[derive(Debug, Clone, Copy, Default)]
pub struct Signals {
    /// Figures found.
    pub quantities: usize,
    /// Date expressions found.
    pub dates: usize,
    /// The sentence holds a direct quotation.
    pub quote: bool,
    /// A speaker or source was attributed.
    pub speaker: bool,
    /// Furniture that only the sentence's place shows: an item of a list of links to other
    /// articles, or the author's bio after the story ([`layout::placed_furniture`]).
    pub placed: Option<Furniture>,
}

/// The kind of page furniture `sentence` is, if any (read with the embedded model's vocabulary).
pub fn furniture(sentence: &str) -> Option<Furniture> {
    rules::furniture(
        sentence,
        &features::profile(sentence, &Model::embedded().common),
    )
}

/// Check-worthiness of `sentence`, 0 to 1 in steps of 0.0001, with the embedded model.
pub fn score(sentence: &str, signals: &Signals) -> f64 {
    score_with(Model::embedded(), sentence, signals)
}

/// Check-worthiness of `sentence` under `model`.
#[inline]
pub fn score_with(model: &Model, sentence: &str, signals: &Signals) -> f64 {
    Parts::of(model, sentence, None).score(signals)
}

/// What the score reads from the sentence alone, with the embedded model: the costly part,
/// which the pipeline computes before it knows the other stages' [`Signals`].
pub fn prepare(sentence: &str) -> Prepared {
    Prepared(Parts::of(Model::embedded(), sentence, None))
}

/// Prepares the sentences of a text one after another: what [`prepare`] gives, faster, since
/// it remembers what it read of each short word it has seen (its word classes and the weights
/// of its unigram and character n-grams), and a text repeats most of its words.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    memo: WordMemo,
}

impl Scorer {
    /// [`prepare`] of `sentence`.
    pub fn prepare(&mut self, sentence: &str) -> Prepared {
        Prepared(Parts::of(Model::embedded(), sentence, Some(&mut self.memo)))
    }
}

/// The part of a score read from the sentence alone (see [`prepare`]).
#[derive(Debug, Clone)]
pub struct Prepared(Parts);

impl Prepared {
    /// The score with the other stages' `signals`: what [`score`] gives.
    #[inline]
    pub fn score(&self, signals: &Signals) -> f64 {
        self.0.score(signals)
    }

    /// Whether the sentence is page furniture on its own ([`furniture`]).
    pub fn is_furniture(&self) -> bool {
        self.0.furniture.is_some()
    }

    /// [`Prepared::score`] times 10,000 (exact: scores are multiples of 0.0001) for each of the
    /// four cases of `quote` and `speaker`, at index `quote << 1 | speaker`, with the other
    /// signals from `signals`. Cases the news rules weigh alike share one evaluation.
    pub fn ten_thousandths(&self, signals: &Signals) -> [u16; 4] {
        let parts = &self.0;
        let mut adjusts = [0f32; 4];
        let mut scores = [0u16; 4];
        for k in 0..4 {
            let signals = Signals {
                quote: k & 2 != 0,
                speaker: k & 1 != 0,
                ..*signals
            };
            let adjust = rules::adjustment(&parts.profile, &parts.cues, &signals);
            adjusts[k] = adjust;
            scores[k] = match adjusts[..k].iter().position(|&a| a == adjust) {
                Some(same) => scores[same],
                None => parts.ten_thousandths(adjust, signals.placed.is_some()) as u16,
            };
        }
        scores
    }
}

/// Why a sentence got its score: the parts of its log-odds and the features that fired.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The score, as [`score`] gives it.
    pub score: f64,
    /// Log-odds from the word and character n-grams, bias included.
    pub text: f32,
    /// Each hand feature that fired, with its learned weight.
    pub features: Vec<(Feature, f32)>,
    /// Each news rule that applied, with its push.
    pub adjustments: Vec<(Adjustment, f32)>,
    /// The kind of page furniture, when the sentence is furniture.
    pub furniture: Option<Furniture>,
}

impl std::fmt::Display for Explanation {
    /// One line: `0.93 = text +1.20 name +0.80 figure +0.45 …`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.2} = text {:+.2}", self.score, self.text)?;
        for (feature, w) in &self.features {
            write!(f, " {} {w:+.2}", feature.name())?;
        }
        for (rule, w) in &self.adjustments {
            write!(f, " rule:{} {w:+.2}", rule.name())?;
        }
        if let Some(kind) = self.furniture {
            write!(f, " furniture:{}", kind.name())?;
        }
        Ok(())
    }
}

/// Explains the score of `sentence` with the embedded model.
pub fn explain(sentence: &str, signals: &Signals) -> Explanation {
    explain_with(Model::embedded(), sentence, signals)
}

/// Explains the score of `sentence` under `model`.
pub fn explain_with(model: &Model, sentence: &str, signals: &Signals) -> Explanation {
    let parts = Parts::of(model, sentence, None);
    Explanation {
        score: parts.score(signals),
        text: parts.text,
        features: Feature::ALL
            .iter()
            .zip(&model.dense)
            .filter(|(f, _)| f.fires(&parts.profile))
            .map(|(&f, &w)| (f, w))
            .collect(),
        adjustments: Adjustment::ALL
            .iter()
            .filter(|a| a.applies(&parts.profile, &parts.cues, signals))
            .map(|&a| (a, a.weight()))
            .collect(),
        furniture: parts.furniture.or(signals.placed),
    }
}

/// The parts of a score, computed once for [`score`] and [`explain`] alike.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    profile: Profile,
    text: f32,
    dense: f32,
    furniture: Option<Furniture>,
    cues: Cues,
}

impl Parts {
    #[inline]
    fn of(model: &Model, sentence: &str, memo: Option<&mut WordMemo>) -> Parts {
        let mut reader = features::Reader::new(sentence, &model.common);
        let ngrams = model.ngram_logit_memo(sentence, &mut reader, memo);
        let profile = reader.finish();
        // The weights of the features that fired, lowest bit first: what a filter over all the
        // weights sums (the same additions in the same order), without a test per weight. With
        // none left, `trailing_zeros` is 32, past the weights.
        let mut fired = features::fired(&profile);
        let dense = std::iter::from_fn(|| {
            let i = fired.trailing_zeros() as usize;
            fired &= fired.wrapping_sub(1);
            model.dense.get(i)
        })
        .sum();
        let (furniture, cues) = rules::furniture_and_cues(sentence, &profile);
        Parts {
            text: model.bias + ngrams,
            dense,
            furniture,
            cues,
            profile,
        }
    }

    /// Rounded to four decimals: more would be noise, and a short decimal survives a JSON
    /// round trip exactly, so a saved session compares equal to the one in memory.
    fn score(&self, signals: &Signals) -> f64 {
        let adjust = rules::adjustment(&self.profile, &self.cues, signals);
        self.ten_thousandths(adjust, signals.placed.is_some()) / 1e4
    }

    /// The score in ten-thousandths (a whole number from 0 to 10,000), given the news rules'
    /// adjustment.
    fn ten_thousandths(&self, adjust: f32, placed: bool) -> f64 {
        let z = (self.text + self.dense + adjust + NEWS_PRIOR) as f64;
        let mut s = 1.0 / (1.0 + (-z).exp());
        if self.furniture.is_some() || placed {
            s *= FURNITURE_FACTOR;
        }
        (s * 1e4).round()
    }
}

/// Text to test the fast paths of the score against the plain ones on: CheckThat! sentences,
/// the news and QA fixtures line by line, and edge cases of the tokenizer.
#[cfg(test)]
pub(crate) fn test_lines() -> Vec<&'static str> {
    const TSV: [&str; 2] = [
        include_str!("../../../data/checkworthy/ct24_dev.tsv"),
        include_str!("../../../data/checkworthy/ct24_dev-test.tsv"),
    ];
    const TEXT: [&str; 11] = [
        include_str!("../../../data/odesa-drone-strike.txt"),
        include_str!("../../../tests/fixtures/news/botswana-rate-hike.txt"),
        include_str!("../../../tests/fixtures/news/christchurch-quake.txt"),
        include_str!("../../../tests/fixtures/news/hungary-base-rate.txt"),
        include_str!("../../../tests/fixtures/news/mexico-quake.txt"),
        include_str!("../../../tests/fixtures/news/samara-drone-attack.txt"),
        include_str!("../../../tests/fixtures/news/voronezh-drones-17.txt"),
        include_str!("../../../tests/fixtures/news/yunnan-quake.txt"),
        include_str!("../../../tests/fixtures/qa/flood.txt"),
        include_str!("../../../tests/fixtures/qa/furniture.txt"),
        include_str!("../../../tests/fixtures/qa/kharkiv-paste.txt"),
    ];
    const EDGES: &[&str] = &[
        "",
        " ",
        "a",
        "A",
        "ÉTÉ",
        "x\u{a0}y",
        "“We’re ready,” Ukraine’s leader said — don't…",
        "Counterintelligence INTERNATIONALLY antidisestablishmentarianism",
        "Łódź café, Київ 北京 😀 naïve",
        "12,000 3.40% 7th 10km 1999 2024 20-09-2025 | 07:05",
        "%d bloggers like this: {{name}} %s",
        "MORE FROM CBS NEWS",
        "Read more: Share your thoughts below!",
        "By Jane Doe | March 12, 2025 | 4 min read",
        "Copyright 2016 The Associated Press. All rights reserved.",
        "Home > World > Europe",
        "One man could be seen tying names as hundreds crowded the streets.",
        "China is frequently struck by earthquakes in that part of the country.",
        "Floods in Valencia: death toll climbs to 95",
        "'s 't ' `quoted` it's",
        "\u{2018}single\u{2019} \u{201c}double\u{201d} \u{2013} \u{2014} \u{2026} \u{2022} \u{2032}",
        "[continue reading]",
        "(Reuters, AFP, dpa, AP)",
        "Tuesday, March 4, 2025",
    ];
    let mut lines: Vec<&str> = TSV
        .iter()
        .flat_map(|f| f.lines().skip(1))
        .filter_map(|line| line.split('\t').nth(1))
        .collect();
    lines.extend(TEXT.iter().flat_map(|t| t.lines()));
    lines.extend(EDGES);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scorer_prepares_what_prepare_does() {
        let mut scorer = Scorer::default();
        let lines = test_lines();
        // Twice over, the second time with every word remembered.
        for s in lines.iter().chain(&lines) {
            assert_eq!(scorer.prepare(s).0, prepare(s).0, "{s}");
        }
    }

    #[test]
    fn the_four_cases_are_scored_as_one_by_one() {
        for s in test_lines() {
            let prepared = prepare(s);
            let link = Some(Furniture::RelatedLink);
            for (quantities, dates, placed) in [(0, 0, None), (1, 0, None), (0, 2, link)] {
                let base = Signals {
                    quantities,
                    dates,
                    placed,
                    ..Signals::default()
                };
                let one_by_one = [(false, false), (false, true), (true, false), (true, true)].map(
                    |(quote, speaker)| {
                        let signals = Signals {
                            quote,
                            speaker,
                            ..base
                        };
                        (prepared.score(&signals) * 1e4).round() as u16
                    },
                );
                assert_eq!(prepared.ten_thousandths(&base), one_by_one, "{s}");
            }
        }
    }
}
