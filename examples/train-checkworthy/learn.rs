//! Learning: L2-regularised logistic regression trained by AdaGrad over L2-normalised binary
//! n-gram blocks plus the hand features, quantised to the model file the library reads.

use super::Params;
use super::teacher::{soft, statics};
use claimcheck::extract::score::checkthat::Labelled;
use claimcheck::extract::score::features::{self, N_FEATURES};
use claimcheck::extract::score::lexicon::Vocabulary;
use claimcheck::extract::score::model::{Config, Model, Parts, ngrams};
use claimcheck::extract::score::text::{Shape, tokens};

/// One training sentence: merged sparse n-gram features, then the dense hand features.
struct Example {
    sparse: Vec<(u32, f32)>,
    dense: [f32; N_FEATURES],
    worthy: bool,
    /// The static-embedding block (`CHECKWORTHY_STATIC`), empty without it.
    stat: Vec<f32>,
    /// What the loss pulls the probability towards: 1 or 0, or a mix with a teacher's
    /// probability (`CHECKWORTHY_SOFT`).
    target: f32,
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
            let stat = match statics() {
                Some(st) => st.block(l.text, words.len()),
                None => Vec::new(),
            };
            Example {
                stat,
                sparse,
                dense: features::dense(&features::profile(l.text, common)),
                worthy: l.worthy,
                target: f32::from(u8::from(l.worthy)),
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
    let dim = statics().map_or(0, |st| st.dim);
    let static_l2 = statics().map_or(0.0, |st| st.l2);
    let mut w = vec![0f32; n + dim];
    let mut g2 = vec![1e-8f32; n + dim];
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
            z += ex.stat.iter().zip(&w[n..]).map(|(x, w)| x * w).sum::<f32>();
            let prob = 1.0 / (1.0 + (-z).exp());
            let cw = if ex.worthy { p.positive_weight } else { 1.0 };
            let g = (prob - ex.target) * cw;
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
            for (k, &x) in ex.stat.iter().enumerate() {
                if x != 0.0 {
                    let grad = g * x + static_l2 * w[n + k];
                    step(&mut w, &mut g2, n + k, grad);
                }
            }
            step(&mut w, &mut g2, n - 1, g);
        }
    }
    w
}

/// Quantises the table to `i8` and writes a model file (bias not yet calibrated).
fn model_bytes(w: &[f32], config: Config, common: &[u8]) -> Vec<u8> {
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
        bias: w[table + N_FEATURES],
        scale,
        dense: &dense,
        common,
        table: &q,
    })
}

/// Trains `p.ensemble` models on `train_set` and returns the model file of their average (an
/// average of linear models is one linear model), its bias not yet calibrated.
pub fn learn(train_set: &[Labelled], p: &Params) -> Vec<u8> {
    let common = common_words(train_set);
    let mut examples = vectorise(train_set, p.config, &Vocabulary::new(&common));
    if let Some(soft) = soft() {
        for (ex, t) in examples.iter_mut().zip(soft.targets(train_set)) {
            ex.target = t;
        }
    }
    let dim = statics().map_or(0, |st| st.dim);
    let mut w = vec![0f32; (1 << p.config.bits) + N_FEATURES + 1 + dim];
    for seed in 0..p.ensemble {
        for (a, b) in w.iter_mut().zip(train(&examples, p, seed as u64 + 1)) {
            *a += b / p.ensemble as f32;
        }
    }
    if let Some(st) = statics() {
        st.fold_into(&mut w, p.config);
    }
    model_bytes(&w, p.config, &common)
}
