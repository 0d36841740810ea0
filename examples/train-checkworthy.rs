//! Trains the check-worthiness model on CheckThat! 2024 Task 1 English and writes
//! `data/checkworthy-model.bin`, which the library embeds.
//!
//! `cargo run --release --example train-checkworthy` writes the shipped model (training is
//! deterministic: the same data and options give the same file).
//! `… -- --cv 5 [options]` cross-validates options instead (see `cross_validate`).
//!
//! Learns on train only; the cut is chosen on dev, options were chosen on blocked
//! cross-validation over train and dev and checked on dev. dev-test is never read here
//! (`examples/checkworthy-eval.rs` reports it).
//!
//! Options: `--bits N` (table of 2^N weights), `--words N` (word n-grams up to N), `--chars A-B`
//! (character n-grams, 0-0 for none), `--classes N` (word-class n-grams up to N), `--epochs N`,
//! `--l2 X`, `--rate X`, `--positive-weight X`, `--ensemble K`, `--hand false`, `--out PATH`.
//!
//! The model is L2-regularised logistic regression trained by AdaGrad over L2-normalised binary
//! n-gram blocks plus the hand features; `--ensemble K` averages K runs over different shuffles
//! (an average of linear models is one linear model, so it costs nothing at scoring time).

use anyhow::{Context, Result, bail};
use claimcheck::extract::score::checkthat::{self, Labelled};
use claimcheck::extract::score::features::{self, N_FEATURES};
use claimcheck::extract::score::lexicon::Vocabulary;
use claimcheck::extract::score::model::{Config, Model, Parts, ngrams};
use claimcheck::extract::score::text::{Shape, tokens};
use claimcheck::extract::score::{NEWS_PRIOR, Signals, score_with};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy)]
struct Params {
    config: Config,
    epochs: usize,
    l2: f32,
    rate: f32,
    positive_weight: f32,
    ensemble: usize,
    /// Learn the hand-feature weights (else they stay 0).
    hand: bool,
    /// Cross-validate the score with the news rules (else the model alone).
    rules: bool,
}

/// One training sentence: merged sparse n-gram features, then the dense hand features.
struct Example {
    sparse: Vec<(u32, f32)>,
    dense: [f32; N_FEATURES],
    worthy: bool,
}

/// Bytes of the common-vocabulary bit set: 2^18 bits keep false positives near 3 %.
const VOCABULARY_BYTES: usize = 1 << 15;

/// The words that appear in lower case in `data` (see `Vocabulary`).
fn common_words(data: &[Labelled]) -> Vec<u8> {
    let mut bits = vec![0u8; VOCABULARY_BYTES];
    for l in data {
        for tok in tokens(l.text) {
            if tok.shape == Shape::Word && l.text.as_bytes()[tok.start].is_ascii_lowercase() {
                Vocabulary::insert(&mut bits, tok.hash);
            }
        }
    }
    bits
}

fn vectorise(data: &[Labelled], config: Config, common: &Vocabulary) -> Vec<Example> {
    data.iter()
        .map(|l| {
            let (mut words, mut chars) = (Vec::new(), Vec::new());
            ngrams(
                l.text,
                config,
                |i| words.push(i as u32),
                |i| chars.push(i as u32),
            );
            let mut sparse = Vec::with_capacity(words.len() + chars.len());
            for block in [&words, &chars] {
                let v = 1.0 / (block.len().max(1) as f32).sqrt();
                sparse.extend(block.iter().map(|&i| (i, v)));
            }
            sparse.sort_unstable_by_key(|&(i, _)| i);
            sparse.dedup_by(|b, a| {
                let same = a.0 == b.0;
                if same {
                    a.1 += b.1;
                }
                same
            });
            Example {
                sparse,
                dense: features::dense(&features::profile(l.text, common)),
                worthy: l.worthy,
            }
        })
        .collect()
}

/// xorshift64*: a seeded shuffle without a dependency.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed >> 12;
        *seed ^= *seed << 25;
        *seed ^= *seed >> 27;
        let r = seed.wrapping_mul(0x2545_f491_4f6c_dd1d);
        order.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

/// Weights: the 2^bits table, then the dense features, then the bias.
fn train(examples: &[Example], p: &Params, seed: u64) -> Vec<f32> {
    let hand = if p.hand { 1.0 } else { 0.0 };
    let table = 1usize << p.config.bits;
    let n = table + N_FEATURES + 1;
    let mut w = vec![0f32; n];
    let mut g2 = vec![1e-8f32; n];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let step = |w: &mut [f32], g2: &mut [f32], i: usize, grad: f32| {
        g2[i] += grad * grad;
        w[i] -= p.rate * grad / g2[i].sqrt();
    };
    for _ in 0..p.epochs {
        shuffle(&mut order, &mut rng);
        for &e in &order {
            let ex = &examples[e];
            let mut z = w[n - 1];
            z += ex
                .sparse
                .iter()
                .map(|&(i, v)| w[i as usize] * v)
                .sum::<f32>();
            z += ex
                .dense
                .iter()
                .zip(&w[table..])
                .map(|(x, w)| x * w)
                .sum::<f32>();
            let prob = 1.0 / (1.0 + (-z).exp());
            let (y, cw) = if ex.worthy {
                (1.0, p.positive_weight)
            } else {
                (0.0, 1.0)
            };
            let g = (prob - y) * cw;
            for &(i, v) in &ex.sparse {
                let i = i as usize;
                let grad = g * v + p.l2 * w[i];
                step(&mut w, &mut g2, i, grad);
            }
            for (k, &x) in ex.dense.iter().enumerate() {
                let x = x * hand;
                if x != 0.0 {
                    let grad = g * x + p.l2 * w[table + k];
                    step(&mut w, &mut g2, table + k, grad);
                }
            }
            step(&mut w, &mut g2, n - 1, g);
        }
    }
    w
}

/// Quantises the table to `i8` and writes a model file, its bias moved by `bias_shift`.
fn model_bytes(w: &[f32], config: Config, common: &[u8], bias_shift: f32) -> Vec<u8> {
    let table = 1usize << config.bits;
    let max = w[..table]
        .iter()
        .fold(0f32, |m, x| m.max(x.abs()))
        .max(1e-12);
    let scale = max / 127.0;
    let q: Vec<i8> = w[..table]
        .iter()
        .map(|x| (x / scale).round() as i8)
        .collect();
    let dense: [f32; N_FEATURES] = w[table..table + N_FEATURES].try_into().expect("dense");
    Model::write(&Parts {
        config,
        bias: w[table + N_FEATURES] + bias_shift,
        scale,
        dense: &dense,
        common,
        table: &q,
    })
}

fn scores(model: &Model, data: &[Labelled]) -> Vec<f64> {
    data.iter()
        .map(|l| score_with(model, l.text, &Signals::default()))
        .collect()
}

/// Trains `p.ensemble` models and returns the model file (bias not yet calibrated).
fn learn(train_set: &[Labelled], p: &Params) -> Vec<u8> {
    let common = common_words(train_set);
    let examples = vectorise(train_set, p.config, &Vocabulary::new(&common));
    let mut w = vec![0f32; (1 << p.config.bits) + N_FEATURES + 1];
    for seed in 0..p.ensemble {
        for (a, b) in w.iter_mut().zip(train(&examples, p, seed as u64 + 1)) {
            *a += b / p.ensemble as f32;
        }
    }
    model_bytes(&w, p.config, &common, 0.0)
}

/// Blocked cross-validation over train and dev sorted by sentence id: each fold holds out a
/// run of consecutive ids (whole debates, mostly), as dev-test holds out later debates.
/// Returns the F1 of the pooled out-of-fold scores at their best cut, the mean F1 of the folds
/// at that cut, and the cut.
fn cross_validate(
    train_set: &[Labelled],
    dev: &[Labelled],
    p: &Params,
    k: usize,
) -> (f64, f64, f64) {
    let mut all: Vec<Labelled> = train_set.iter().chain(dev).copied().collect();
    all.sort_by_key(|l| l.id.parse::<u64>().unwrap_or(u64::MAX));
    let fold_of = |i: usize| i * k / all.len();
    let mut scores = vec![0.0; all.len()];
    for fold in 0..k {
        let rest: Vec<Labelled> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i) != fold)
            .map(|(_, l)| *l)
            .collect();
        let bytes = learn(&rest, p);
        let model = Model::parse(&bytes).expect("just written");
        for (i, l) in all.iter().enumerate().filter(|(i, _)| fold_of(*i) == fold) {
            scores[i] = if p.rules {
                score_with(&model, l.text, &Signals::default())
            } else {
                let dense = features::dense(&features::profile(l.text, &model.common));
                (model.bias + model.ngram_logit(l.text) + model.dense_logit(&dense)) as f64
            };
        }
    }
    let (cut, pooled) = checkthat::best_threshold(&all, &scores);
    let mean = (0..k)
        .map(|fold| {
            let idx: Vec<usize> = (0..all.len()).filter(|&i| fold_of(i) == fold).collect();
            let data: Vec<Labelled> = idx.iter().map(|&i| all[i]).collect();
            let s: Vec<f64> = idx.iter().map(|&i| scores[i]).collect();
            checkthat::confusion(&data, &s, cut).f1()
        })
        .sum::<f64>()
        / k as f64;
    (pooled, mean, cut)
}

/// Trains on train, quantises, and folds the cut into the bias: the best cut of the blocked
/// cross-validation's out-of-fold scores (sentences of debates the models never saw, as
/// CheckThat!'s test debates are) moves to log-odds NEWS_PRIOR, the score sigmoid(NEWS_PRIOR).
/// Returns the model file and the cut before calibration.
fn fit(train_set: &[Labelled], dev: &[Labelled], p: &Params) -> (Vec<u8>, f64) {
    let (_, _, cut) = cross_validate(train_set, dev, p, CALIBRATION_FOLDS);
    let model_bytes = learn(train_set, p);
    let model = Model::parse(&model_bytes).expect("just written");
    let shift = NEWS_PRIOR - (cut / (1.0 - cut)).ln() as f32;
    (model.with_bias(model.bias + shift), cut)
}

/// Folds of the cross-validation that chooses the cut.
const CALIBRATION_FOLDS: usize = 5;

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
            bits: 18,
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
    let mut out = root.join("data/checkworthy-model.bin");
    let mut cv_folds = 0usize;
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
            "--cv" => cv_folds = value.parse()?,
            "--out" => out = PathBuf::from(value),
            _ => bail!("unknown option {flag}"),
        }
    }
    if cv_folds > 0 {
        let (pooled, mean, _) = cross_validate(&train_set, &dev, &p, cv_folds);
        println!(
            "{p:?}\n{cv_folds}-fold blocked CV on train+dev: pooled F1 {pooled:.4}, mean fold F1 {mean:.4}"
        );
        return Ok(());
    }
    let (bytes, threshold) = fit(&train_set, &dev, &p);
    let model = Model::parse(&bytes).expect("just written");
    let cut = 1.0 / (1.0 + (-NEWS_PRIOR as f64).exp());
    let dev_scores = scores(&model, &dev);
    let c = checkthat::confusion(&dev, &dev_scores, cut);
    let (best, best_f1) = checkthat::best_threshold(&dev, &dev_scores);
    println!("{p:?}");
    println!("cut {threshold:.3} from blocked cross-validation, calibrated to {cut:.3}");
    println!(
        "dev at the calibrated cut: P {:.4} R {:.4} F1 {:.4} (best dev cut {best:.3}: F1 {best_f1:.4})",
        c.precision(),
        c.recall(),
        c.f1()
    );
    claimcheck::fsutil::write_atomic(&out, &bytes)
        .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}
