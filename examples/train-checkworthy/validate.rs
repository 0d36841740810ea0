//! Blocked cross-validation over train and dev, and the choice of the cut.
//!
//! Sorted by sentence id, train and dev fall into runs of consecutive ids, one debate each; a
//! fold holds out a run of debates, as CheckThat!'s test sets hold out later debates.

use super::Params;
use super::learn::learn;
use claimcheck::extract::score::checkthat::{self, Confusion, Labelled};
use claimcheck::extract::score::model::Model;
use claimcheck::extract::score::{NEWS_PRIOR, Signals, features, score_with};

/// How the trainer chooses the cut on out-of-fold scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// Platt-calibrate the model's log-odds (news rules left out) and take the cut of the best
    /// expected F1 ([`checkthat::calibrated_threshold`]).
    Platt,
    /// The cut of the best F1 of the full score, news rules included
    /// ([`checkthat::best_threshold`]; the choice before Platt).
    Best,
}

impl std::str::FromStr for Cut {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> anyhow::Result<Cut> {
        match s {
            "platt" => Ok(Cut::Platt),
            "best" => Ok(Cut::Best),
            _ => anyhow::bail!("--cut is platt or best, not {s:?}"),
        }
    }
}

/// Train and dev together, sorted by sentence id.
pub fn train_and_dev<'a>(train_set: &[Labelled<'a>], dev: &[Labelled<'a>]) -> Vec<Labelled<'a>> {
    let mut all: Vec<Labelled> = train_set.iter().chain(dev).copied().collect();
    all.sort_by_key(|l| l.id.parse::<u64>().unwrap_or(u64::MAX));
    all
}

/// Sentence `i` of `n` (sorted by id) is in blocked fold `i * k / n`.
fn fold_of(i: usize, n: usize, k: usize) -> usize {
    i * k / n
}

/// The sentences of `all` in fold `fold` of `k` (or, with `inside` false, in every other fold).
fn part<'a>(all: &[Labelled<'a>], k: usize, fold: usize, inside: bool) -> Vec<Labelled<'a>> {
    let n = all.len();
    (0..n)
        .filter(|&i| (fold_of(i, n, k) == fold) == inside)
        .map(|i| all[i])
        .collect()
}

/// The model's log-odds of `text`, without the news rules and the news prior.
fn log_odds(model: &Model, text: &str) -> f64 {
    let dense = features::dense(&features::profile(text, &model.common));
    (model.bias
        + model.ngram_logit(text)
        + model.dense_logit(&dense)
        + super::teacher::static_logit(text, model.config)) as f64
}

/// The full score of `text` with the news rules (and the news prior), or the model's log-odds.
fn scored(model: &Model, text: &str, rules: bool) -> f64 {
    if rules {
        let s = score_with(model, text, &Signals::default());
        let extra = super::teacher::static_logit(text, model.config) as f64;
        if extra == 0.0 {
            s
        } else {
            // The unfolded static block (experiment) adds to the score's log-odds.
            let s = s.clamp(1e-5, 1.0 - 1e-5);
            1.0 / (1.0 + (-((s / (1.0 - s)).ln() + extra)).exp())
        }
    } else {
        log_odds(model, text)
    }
}

/// Out-of-fold scores of blocked `k`-fold cross-validation over `all` (sorted by id).
fn out_of_fold(all: &[Labelled], p: &Params, k: usize, rules: bool) -> Vec<f64> {
    let n = all.len();
    let mut scores = vec![0.0; n];
    for fold in 0..k {
        let bytes = learn(&part(all, k, fold, false), p);
        let model = Model::parse(&bytes).expect("just written");
        for i in (0..n).filter(|&i| fold_of(i, n, k) == fold) {
            scores[i] = scored(&model, all[i].text, rules);
        }
    }
    scores
}

/// Blocked cross-validation of the learner: the F1 of the pooled out-of-fold scores at their
/// best cut, and the mean F1 of the folds at that cut (with the news rules when `p.rules`).
pub fn cross_validate(all: &[Labelled], p: &Params, k: usize) -> (f64, f64) {
    let scores = out_of_fold(all, p, k, p.rules);
    if let Some(path) = std::env::var_os("CHECKWORTHY_OOF") {
        // id, label, out-of-fold score: for stacking with other models (scripts/).
        let lines: String = all
            .iter()
            .zip(&scores)
            .map(|(l, s)| format!("{}\t{}\t{s:.5}\n", l.id, u8::from(l.worthy)))
            .collect();
        std::fs::write(&path, lines).expect("CHECKWORTHY_OOF is writable");
    }
    let (cut, pooled) = checkthat::best_threshold(all, &scores);
    let n = all.len();
    let mean = (0..k)
        .map(|fold| {
            let idx: Vec<usize> = (0..n).filter(|&i| fold_of(i, n, k) == fold).collect();
            let data: Vec<Labelled> = idx.iter().map(|&i| all[i]).collect();
            let s: Vec<f64> = idx.iter().map(|&i| scores[i]).collect();
            checkthat::confusion(&data, &s, cut).f1()
        })
        .sum::<f64>()
        / k as f64;
    (pooled, mean)
}

/// The cut on the model's log-odds (without news rules and prior) that `cut` chooses on the
/// out-of-fold scores of blocked `k`-fold cross-validation over `all`.
pub fn choose_cut(all: &[Labelled], p: &Params, k: usize, cut: Cut) -> f64 {
    match cut {
        Cut::Platt => checkthat::calibrated_threshold(all, &out_of_fold(all, p, k, false)).0,
        Cut::Best => {
            let (s, _) = checkthat::best_threshold(all, &out_of_fold(all, p, k, true));
            let s = s.clamp(1e-9, 1.0 - 1e-9);
            (s / (1.0 - s)).ln() - NEWS_PRIOR as f64
        }
    }
}

/// Nested blocked cross-validation of the whole protocol, cut included: for each outer fold,
/// the cut is chosen by an inner cross-validation over the other folds, a model learned on all
/// of them scores the outer fold, and the outer fold is judged at that cut (full score with the
/// news rules when `p.rules`). The pooled confusion of the outer folds estimates what the
/// protocol gives on debates it never saw; each outer fold's line is printed.
pub fn nested(all: &[Labelled], p: &Params, k: usize, cut: Cut) -> Confusion {
    let mut total = Confusion::default();
    for fold in 0..k {
        let (rest, held) = (part(all, k, fold, false), part(all, k, fold, true));
        let at = choose_cut(&rest, p, k - 1, cut);
        let bytes = learn(&rest, p);
        let model = Model::parse(&bytes).expect("just written");
        let scores: Vec<f64> = held
            .iter()
            .map(|l| scored(&model, l.text, p.rules))
            .collect();
        // The full score carries the news prior and is a probability.
        let threshold = if p.rules {
            1.0 / (1.0 + (-(at + NEWS_PRIOR as f64)).exp())
        } else {
            at
        };
        let c = checkthat::confusion(&held, &scores, threshold);
        println!(
            "  outer fold {fold}: cut {at:+.3} log-odds  P {:.4}  R {:.4}  F1 {:.4}",
            c.precision(),
            c.recall(),
            c.f1()
        );
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
        total.tn += c.tn;
    }
    total
}
