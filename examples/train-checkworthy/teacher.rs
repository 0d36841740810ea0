//! Experiments with a pretrained teacher (all-MiniLM-L6-v2, `scripts/checkworthy_teacher.py`),
//! switched on by environment variables; none of them ships (README, "Check-worthiness").
//!
//! `CHECKWORTHY_SOFT=PATH` (`checkworthy_teacher.py soft-file`): distillation, the learner's
//! target mixes the gold label with the teacher's probability. `CHECKWORTHY_STATIC=PATH`
//! (`checkworthy_teacher.py export-static`): a block of static word embeddings (MiniLM's input
//! embeddings) learned with the n-grams.

use claimcheck::extract::score::checkthat::Labelled;
use claimcheck::extract::score::features::N_FEATURES;
use claimcheck::extract::score::model::{Config, ngrams};
use claimcheck::extract::score::text::{Shape, tokens, word_hash};

/// A teacher's soft labels (experiment, `scripts/checkworthy_teacher.py soft-file`): with
/// `CHECKWORTHY_SOFT=PATH` the learner's target is `(1 - mix) * gold + mix * teacher`, mix from
/// `CHECKWORTHY_SOFT_MIX` (default 0.5). Each line: id, blocked fold (of 5 over train+dev),
/// then for each fold f the probability of a teacher that saw neither fold f nor the
/// sentence's own, then the out-of-fold probability. A training set that lacks (almost) all of
/// blocked fold f takes column f, so the teacher never saw the sentences it is tested on (in
/// nested CV the inner cut-choosing folds are not so protected); one with every fold, the last.
pub struct Soft {
    by_id: std::collections::HashMap<String, (usize, [f32; 6])>,
    fold_sizes: [usize; 5],
    mix: f32,
}

pub fn soft() -> Option<&'static Soft> {
    static SOFT: std::sync::OnceLock<Option<Soft>> = std::sync::OnceLock::new();
    SOFT.get_or_init(|| {
        let path = std::env::var_os("CHECKWORTHY_SOFT")?;
        let text = std::fs::read_to_string(&path).expect("CHECKWORTHY_SOFT is readable");
        let mix = std::env::var("CHECKWORTHY_SOFT_MIX")
            .map(|m| m.parse().expect("CHECKWORTHY_SOFT_MIX is a number"))
            .unwrap_or(0.5);
        let mut by_id = std::collections::HashMap::new();
        let mut fold_sizes = [0; 5];
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let fold: usize = f[1].parse().expect("fold");
            let mut cols = [f32::NAN; 6];
            for (c, v) in cols.iter_mut().zip(&f[2..]) {
                *c = v.parse().unwrap_or(f32::NAN);
            }
            fold_sizes[fold] += 1;
            by_id.insert(f[0].to_string(), (fold, cols));
        }
        Some(Soft {
            by_id,
            fold_sizes,
            mix,
        })
    })
    .as_ref()
}

impl Soft {
    /// The learner's target for each sentence of the training set `data`.
    pub fn targets(&self, data: &[Labelled]) -> Vec<f32> {
        let mut present = [0usize; 5];
        for l in data {
            present[self.by_id[l.id].0] += 1;
        }
        let column = (0..5)
            .find(|&f| present[f] * 10 < self.fold_sizes[f])
            .unwrap_or(5);
        data.iter()
            .map(|l| {
                let gold = f32::from(u8::from(l.worthy));
                let t = self.by_id[l.id].1[column];
                if t.is_nan() {
                    gold
                } else {
                    (1.0 - self.mix) * gold + self.mix * t
                }
            })
            .collect()
    }
}

/// Static word embeddings (experiment, `scripts/checkworthy_teacher.py export-static`: MiniLM's
/// input embeddings of whole words): with `CHECKWORTHY_STATIC=PATH` the learner also reads the
/// sum of the embeddings of a sentence's words, normalised as the word block is (so by the
/// square root of its n-gram count) and scaled by `CHECKWORTHY_STATIC_SCALE` (default 1). A
/// linear model over it is one weight per word, which the learner folds into the unigram
/// entries of the table: the model file and the scorer stay as they are.
pub struct Static {
    by_hash: std::collections::HashMap<u64, usize>,
    words: Vec<String>,
    vectors: Vec<f32>,
    pub dim: usize,
    scale: f32,
    /// L2 of the block's weights (`CHECKWORTHY_STATIC_L2`, default 1e-4).
    pub l2: f32,
    /// `CHECKWORTHY_STATIC_NORM=1`: the block is the L2-normalised mean of the words'
    /// embeddings instead, which does not fold into per-word weights; the block's weights are
    /// kept aside ([`static_logit`]) and only the trainer's validation (`--rules false`) adds
    /// them, to measure what the form would give if the scorer computed it.
    norm: bool,
    /// Keep the block aside instead of folding it (always with `norm`; else
    /// `CHECKWORTHY_STATIC_UNFOLDED=1`, to measure what folding and quantising cost).
    unfolded: bool,
}

/// The static block's weights of the model learned last, when it is not folded.
static LAST: std::sync::Mutex<Vec<f32>> = std::sync::Mutex::new(Vec::new());

/// The static block's log-odds of `text` under the model learned last, when the block is not
/// folded; else 0 (the table has it).
pub fn static_logit(text: &str, config: Config) -> f32 {
    match statics() {
        Some(st) if st.unfolded => {
            let w = LAST.lock().expect("not poisoned");
            let mut word_ngrams = 0;
            ngrams(text, config, |_| word_ngrams += 1, |_| {});
            st.block(text, word_ngrams)
                .iter()
                .zip(w.iter())
                .map(|(x, w)| x * w)
                .sum()
        }
        _ => 0.0,
    }
}

pub fn statics() -> Option<&'static Static> {
    static STATIC: std::sync::OnceLock<Option<Static>> = std::sync::OnceLock::new();
    STATIC
        .get_or_init(|| {
            let path = std::env::var_os("CHECKWORTHY_STATIC")?;
            let b = std::fs::read(&path).expect("CHECKWORTHY_STATIC is readable");
            let u32_at = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().expect("u32"));
            let (count, dim) = (u32_at(0) as usize, u32_at(4) as usize);
            let scale = std::env::var("CHECKWORTHY_STATIC_SCALE")
                .map(|m| m.parse().expect("CHECKWORTHY_STATIC_SCALE is a number"))
                .unwrap_or(1.0);
            let (mut at, mut words, mut vectors) = (8, Vec::new(), Vec::new());
            let mut by_hash = std::collections::HashMap::new();
            for i in 0..count {
                let len = b[at] as usize;
                let word = std::str::from_utf8(&b[at + 1..at + 1 + len]).expect("utf-8");
                at += 1 + len;
                for j in 0..dim {
                    let x = &b[at + 4 * j..at + 4 * j + 4];
                    vectors.push(f32::from_le_bytes(x.try_into().expect("f32")));
                }
                at += 4 * dim;
                by_hash.insert(word_hash(word), i);
                words.push(word.to_string());
            }
            let l2 = std::env::var("CHECKWORTHY_STATIC_L2")
                .map(|m| m.parse().expect("CHECKWORTHY_STATIC_L2 is a number"))
                .unwrap_or(1e-4);
            Some(Static {
                by_hash,
                words,
                vectors,
                dim,
                scale,
                l2,
                norm: std::env::var_os("CHECKWORTHY_STATIC_NORM").is_some(),
                unfolded: std::env::var_os("CHECKWORTHY_STATIC_NORM").is_some()
                    || std::env::var_os("CHECKWORTHY_STATIC_UNFOLDED").is_some(),
            })
        })
        .as_ref()
}

impl Static {
    /// The block of `text`, whose word block has `word_ngrams` n-grams.
    pub fn block(&self, text: &str, word_ngrams: usize) -> Vec<f32> {
        let mut x = vec![0f32; self.dim];
        let v = if self.norm {
            1.0
        } else {
            self.scale / (word_ngrams.max(1) as f32).sqrt()
        };
        for tok in tokens(text) {
            if tok.shape != Shape::Word {
                continue;
            }
            if let Some(&i) = self.by_hash.get(&tok.hash) {
                let e = &self.vectors[i * self.dim..(i + 1) * self.dim];
                for (x, e) in x.iter_mut().zip(e) {
                    *x += v * e;
                }
            }
        }
        if self.norm {
            let norm = x.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
            x.iter_mut().for_each(|x| *x *= self.scale / norm);
        }
        x
    }

    /// Adds each word's weight (the block's weights, after the table, the hand features and
    /// the bias, dotted with its embedding) to its unigram's table entry, and drops the block.
    pub fn fold_into(&self, w: &mut Vec<f32>, config: Config) {
        let n = (1usize << config.bits) + N_FEATURES + 1;
        let ws = w.split_off(n);
        if self.unfolded {
            *LAST.lock().expect("not poisoned") = ws;
            return;
        }
        for (i, word) in self.words.iter().enumerate() {
            let e = &self.vectors[i * self.dim..(i + 1) * self.dim];
            let weight: f32 = e.iter().zip(&ws).map(|(e, w)| e * w).sum::<f32>() * self.scale;
            let mut unigram = None;
            ngrams(word, config, |j| _ = unigram.get_or_insert(j), |_| {});
            w[unigram.expect("a word has a unigram")] += weight;
        }
    }
}
