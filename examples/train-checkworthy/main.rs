//! Trains the check-worthiness model on CheckThat! 2024 Task 1 English and writes
//! `data/checkworthy-model.bin`, which the library embeds.
//!
//! `cargo run --release --example train-checkworthy` writes the shipped model (training is
//! deterministic: the same data and options give the same file).
//! `… -- --cv 5 [options]` cross-validates the learner with those options;
//! `… -- --nested 5 [options]` runs nested cross-validation of the whole protocol, cut included.
//!
//! Protocol: the model learns on train only; its options were chosen by blocked
//! cross-validation over train and dev (`--cv`, `--nested`); the cut is chosen on the
//! out-of-fold scores of a 5-fold blocked cross-validation over train and dev (debates the
//! models never saw) and folded into the bias. dev-test is never read here
//! (`examples/checkworthy-eval.rs` reports it).
//!
//! Options: `--bits N` (table of 2^N weights), `--words N` (word n-grams up to N), `--chars A-B`
//! (character n-grams, 0-0 for none), `--classes N` (word-class n-grams up to N), `--epochs N`,
//! `--l2 X`, `--rate X`, `--positive-weight X`, `--ensemble K` (average K runs over different
//! shuffles), `--hand false` (no hand features), `--rules false` (judge the model without the
//! news rules), `--cut platt|best`, `--out PATH`.
//!
//! With `--cv`, `CHECKWORTHY_OOF=PATH` writes the out-of-fold scores (id, label, score) for
//! stacking with other models (`scripts/checkworthy_teacher.py`). The experiments with a
//! pretrained teacher, which did not ship, are switched on by environment variables
//! (`teacher.rs`).

mod learn;
mod teacher;
mod validate;

use anyhow::{Context, Result, bail};
use claimcheck::extract::score::checkthat::{self, Labelled};
use claimcheck::extract::score::model::{Config, Model};
use claimcheck::extract::score::{NEWS_PRIOR, Signals, score_with};
use std::path::PathBuf;
use validate::Cut;

/// What to learn and how.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    config: Config,
    epochs: usize,
    l2: f32,
    rate: f32,
    positive_weight: f32,
    ensemble: usize,
    /// Learn the hand-feature weights (else they stay 0).
    hand: bool,
    /// Judge the full score, news rules included (else the model alone).
    rules: bool,
}

/// Folds of the cross-validation that chooses the cut.
const CALIBRATION_FOLDS: usize = 5;

/// Trains on train, quantises, and folds the cut into the bias: the cut that `cut` chooses on
/// blocked cross-validation over train and dev moves to log-odds NEWS_PRIOR, the score
/// sigmoid(NEWS_PRIOR). Returns the model file and the cut on the model's log-odds.
fn fit(train_set: &[Labelled], all: &[Labelled], p: &Params, cut: Cut) -> (Vec<u8>, f64) {
    let at = validate::choose_cut(all, p, CALIBRATION_FOLDS, cut);
    let bytes = learn::learn(train_set, p);
    let model = Model::parse(&bytes).expect("just written");
    (model.with_bias(model.bias - at as f32), at)
}

fn read(root: &std::path::Path, name: &str) -> Result<String> {
    let path = root.join("data/checkworthy").join(name);
    std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
}

fn main() -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (train_text, dev_text) = (read(&root, "ct24_train.tsv")?, read(&root, "ct24_dev.tsv")?);
    let train_set = checkthat::parse(&train_text)
        .map_err(anyhow::Error::msg)
        .context("ct24_train.tsv")?;
    let dev = checkthat::parse(&dev_text)
        .map_err(anyhow::Error::msg)
        .context("ct24_dev.tsv")?;
    let mut p = Params {
        config: Config {
            bits: 16,
            word_ngrams: 2,
            char_min: 4,
            char_max: 4,
            class_ngrams: 3,
        },
        epochs: 20,
        l2: 1e-6,
        rate: 0.1,
        positive_weight: 1.0,
        ensemble: 1,
        hand: true,
        rules: true,
    };
    let mut cut = Cut::Platt;
    let mut out = root.join("data/checkworthy-model.bin");
    let (mut cv_folds, mut nested_folds) = (0usize, 0usize);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--bits" => p.config.bits = value.parse()?,
            "--words" => p.config.word_ngrams = value.parse()?,
            "--chars" => {
                let (lo, hi) = value
                    .split_once('-')
                    .context("--chars wants MIN-MAX, e.g. 2-5")?;
                (p.config.char_min, p.config.char_max) = (lo.parse()?, hi.parse()?);
            }
            "--classes" => p.config.class_ngrams = value.parse()?,
            "--epochs" => p.epochs = value.parse()?,
            "--l2" => p.l2 = value.parse()?,
            "--rate" => p.rate = value.parse()?,
            "--positive-weight" => p.positive_weight = value.parse()?,
            "--ensemble" => p.ensemble = value.parse()?,
            "--hand" => p.hand = value.parse()?,
            "--rules" => p.rules = value.parse()?,
            "--cut" => cut = value.parse()?,
            "--cv" => cv_folds = value.parse()?,
            "--nested" => nested_folds = value.parse()?,
            "--out" => out = PathBuf::from(value),
            _ => bail!("unknown option {flag}"),
        }
    }
    let all = validate::train_and_dev(&train_set, &dev);
    if cv_folds > 0 {
        let (pooled, mean) = validate::cross_validate(&all, &p, cv_folds);
        println!(
            "{p:?}\n{cv_folds}-fold blocked CV on train+dev: pooled F1 {pooled:.4}, mean fold F1 {mean:.4}"
        );
        return Ok(());
    }
    if nested_folds > 0 {
        println!("{p:?}, cut {cut:?}");
        let c = validate::nested(&all, &p, nested_folds, cut);
        println!(
            "{nested_folds}-fold nested blocked CV on train+dev, cut chosen inside: P {:.4}  R {:.4}  F1 {:.4}",
            c.precision(),
            c.recall(),
            c.f1()
        );
        return Ok(());
    }
    let (bytes, at) = fit(&train_set, &all, &p, cut);
    let model = Model::parse(&bytes).expect("just written");
    let threshold = 1.0 / (1.0 + (-NEWS_PRIOR as f64).exp());
    let dev_scores: Vec<f64> = dev
        .iter()
        .map(|l| score_with(&model, l.text, &Signals::default()))
        .collect();
    let c = checkthat::confusion(&dev, &dev_scores, threshold);
    println!("{p:?}");
    println!(
        "cut {at:+.3} log-odds ({cut:?}, blocked cross-validation), calibrated to score {threshold:.3}"
    );
    println!(
        "dev at the calibrated cut: P {:.4}  R {:.4}  F1 {:.4}",
        c.precision(),
        c.recall(),
        c.f1()
    );
    claimcheck::fsutil::write_atomic(&out, &bytes)
        .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}
