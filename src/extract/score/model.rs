//! The learned part: a linear model over hashed word and character n-grams and the hand
//! features, trained on CheckThat! 2024 Task 1 English by `examples/train-checkworthy.rs`.
//!
//! Scoring hashes n-grams on the fly (FxHash-style multiply), adds up one `i8` weight per n-gram
//! from a 2^bits table and normalises each block by the square root of its n-gram count (the
//! L2 norm of a binary vector), so it allocates nothing and compares no strings.

use super::features::N_FEATURES;
use super::lexicon::Vocabulary;
mod sums;

pub(crate) use sums::WordMemo;
use sums::{SHIPPED, Sums, scan_shipped};

use super::text::{K, OnToken, Shape, TakeToken, Token, tokens};

/// The model the library ships, trained by `cargo run --release --example train-checkworthy`.
pub static EMBEDDED: &[u8] = include_bytes!("../../../data/checkworthy-model.bin");

const MAGIC: &[u8; 4] = b"CCWM";
const VERSION: u32 = 2;
/// Magic, version, config (4 bytes and 4 reserved), feature count, bias, scale.
const HEADER: usize = 4 + 4 + 8 + 4 + 4 + 4;
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
const BOS: u64 = 0x2545_f491_4f6c_dd1d;
const EOS: u64 = 0x6a09_e667_f3bc_c909;

/// Which n-grams the model reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// log2 of the weight table's size.
    pub bits: u8,
    /// Longest word n-gram (1 to 3).
    pub word_ngrams: u8,
    /// Shortest character n-gram (0 for none).
    pub char_min: u8,
    /// Longest character n-gram (up to 8).
    pub char_max: u8,
    /// Longest n-gram over word classes, 2 or 3 (0 for none; see [`coarse`]).
    pub class_ngrams: u8,
}

/// A linear check-worthiness model; the weight table is borrowed from the model file.
#[derive(Debug, Clone)]
pub struct Model<'a> {
    /// Which n-grams it reads.
    pub config: Config,
    /// Log-odds of a sentence with no features; the trainer folds the chosen threshold into it.
    pub bias: f32,
    /// Size of one step of the quantised table.
    pub scale: f32,
    /// Weights of the hand features, in [`super::features::Feature::ALL`] order.
    pub dense: [f32; N_FEATURES],
    /// Words seen in lower case in training, for the hand features.
    pub common: Vocabulary<'a>,
    table: &'a [u8],
}

/// What a model file holds, for [`Model::write`].
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// Which n-grams it reads.
    pub config: Config,
    /// Log-odds with no features.
    pub bias: f32,
    /// Size of one step of the quantised table.
    pub scale: f32,
    /// Weights of the hand features.
    pub dense: &'a [f32; N_FEATURES],
    /// The common-vocabulary bit set (see [`Vocabulary`]).
    pub common: &'a [u8],
    /// The quantised n-gram weights, `1 << config.bits` of them.
    pub table: &'a [i8],
}

/// A model file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub String);

impl std::fmt::Display for BadModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad check-worthiness model: {}", self.0)
    }
}

impl std::error::Error for BadModel {}

fn le_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

fn le_f32(b: &[u8], at: usize) -> f32 {
    f32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

impl<'a> Model<'a> {
    /// Reads a model file: `CCWM`, version, config, bias, scale, dense weights, the common
    /// vocabulary (length, bytes), the `i8` table.
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, BadModel> {
        if bytes.len() < HEADER || &bytes[..4] != MAGIC {
            return Err(BadModel("not a claimcheck model file".into()));
        }
        if le_u32(bytes, 4) != VERSION {
            return Err(BadModel(format!(
                "version {} is not {VERSION}",
                le_u32(bytes, 4)
            )));
        }
        let config = Config {
            bits: bytes[8],
            word_ngrams: bytes[9],
            char_min: bytes[10],
            char_max: bytes[11],
            class_ngrams: bytes[12],
        };
        if !(8..=26).contains(&config.bits) || config.word_ngrams > 3 || config.char_max > 8 {
            return Err(BadModel(format!("unsupported configuration {config:?}")));
        }
        let n_dense = le_u32(bytes, 16) as usize;
        if n_dense != N_FEATURES {
            return Err(BadModel(format!(
                "{n_dense} hand features, this build has {N_FEATURES}"
            )));
        }
        let bias = le_f32(bytes, 20);
        let scale = le_f32(bytes, 24);
        let mut dense = [0.0; N_FEATURES];
        for (i, w) in dense.iter_mut().enumerate() {
            *w = le_f32(bytes, HEADER + 4 * i);
        }
        let at = HEADER + 4 * N_FEATURES;
        if bytes.len() < at + 4 {
            return Err(BadModel("truncated before the vocabulary".into()));
        }
        let vocabulary = le_u32(bytes, at) as usize;
        let start = at + 4 + vocabulary;
        if bytes.len() < start || !(vocabulary == 0 || vocabulary.is_power_of_two()) {
            return Err(BadModel(format!("bad vocabulary of {vocabulary} bytes")));
        }
        let common = Vocabulary::new(&bytes[at + 4..start]);
        let table = &bytes[start..];
        if table.len() != 1 << config.bits {
            return Err(BadModel(format!(
                "table of {} bytes, want {}",
                table.len(),
                1u64 << config.bits
            )));
        }
        Ok(Model {
            config,
            bias,
            scale,
            dense,
            common,
            table,
        })
    }

    /// Writes a model file that [`Model::parse`] reads back.
    pub fn write(parts: &Parts) -> Vec<u8> {
        let Parts {
            config,
            bias,
            scale,
            dense,
            common,
            table,
        } = *parts;
        let mut out = Vec::with_capacity(HEADER + 4 * N_FEATURES + table.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&[
            config.bits,
            config.word_ngrams,
            config.char_min,
            config.char_max,
            config.class_ngrams,
            0,
            0,
            0,
        ]);
        out.extend_from_slice(&(N_FEATURES as u32).to_le_bytes());
        out.extend_from_slice(&bias.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in dense {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(common.len() as u32).to_le_bytes());
        out.extend_from_slice(common);
        out.extend(table.iter().map(|&w| w as u8));
        out
    }

    /// This model's file with another bias (the trainer calibrates the cut this way).
    pub fn with_bias(&self, bias: f32) -> Vec<u8> {
        let table: Vec<i8> = self.table.iter().map(|&w| w as i8).collect();
        Model::write(&Parts {
            config: self.config,
            bias,
            scale: self.scale,
            dense: &self.dense,
            common: self.common.bits(),
            table: &table,
        })
    }

    /// The embedded model.
    pub fn embedded() -> &'static Model<'static> {
        static MODEL: std::sync::OnceLock<Model<'static>> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::parse(EMBEDDED).expect("the embedded model is valid"))
    }

    /// The n-gram part of the log-odds of `sentence` (without bias and hand features).
    #[inline]
    pub fn ngram_logit(&self, sentence: &str) -> f32 {
        self.ngram_logit_with(sentence, &mut |_: &Token, _| {})
    }

    /// [`Model::ngram_logit`], handing every token and its word classes to `on_token` on the
    /// way (the hand features read the same tokenization).
    #[inline(always)]
    pub fn ngram_logit_with(&self, sentence: &str, on_token: &mut impl OnToken) -> f32 {
        self.ngram_logit_memo(sentence, on_token, None)
    }

    /// [`Model::ngram_logit_with`], reading words seen before from `memo` (see [`WordMemo`]).
    #[inline(always)]
    pub(crate) fn ngram_logit_memo(
        &self,
        sentence: &str,
        on_token: &mut impl OnToken,
        memo: Option<&mut WordMemo>,
    ) -> f32 {
        let Sums {
            word_sum,
            word_n,
            char_sum,
            char_n,
        } = match <&[u8; 1 << SHIPPED.bits]>::try_from(self.table) {
            Ok(table) if self.config == SHIPPED => {
                scan_shipped(sentence, table, on_token, memo.map(|m| m.for_table(table)))
            }
            _ => Sums::general(sentence, self.config, self.table, on_token),
        };
        self.scale * (norm(word_sum, word_n) + norm(char_sum, char_n))
    }

    /// The hand-feature part of the log-odds.
    pub fn dense_logit(&self, dense: &[f32; N_FEATURES]) -> f32 {
        self.dense.iter().zip(dense).map(|(w, x)| w * x).sum()
    }
}

/// `sum / sqrt(n)`: the dot product with an L2-normalised binary vector.
#[inline(always)]
pub fn norm(sum: i32, n: u32) -> f32 {
    if n == 0 {
        0.0
    } else {
        sum as f32 / (n as f32).sqrt()
    }
}

#[inline(always)]
fn index(h: u64, seed: u64, bits: u8) -> usize {
    ((h ^ seed).wrapping_mul(MIX) >> (64 - bits as u32)) as usize
}

/// Calls `word` with the table index of every word n-gram of `sentence` and `chr` with that of
/// every character n-gram. Training and scoring both go through here, so they agree exactly.
#[inline(always)]
pub fn ngrams(sentence: &str, config: Config, word: impl FnMut(usize), chr: impl FnMut(usize)) {
    scan(sentence, config, &mut |_: &Token, _| {}, word, chr);
}

/// [`ngrams`], also handing each token and its word classes ([`super::lexicon::classes`]) to
/// `on_token`.
#[inline(always)]
pub fn scan(
    sentence: &str,
    config: Config,
    on_token: &mut impl OnToken,
    mut word: impl FnMut(usize),
    mut chr: impl FnMut(usize),
) {
    let bits = config.bits;
    let bytes = sentence.as_bytes();
    let (mut p1, mut p2) = (BOS, BOS);
    let (mut c1, mut c2) = (BOS, BOS);
    for tok in tokens(sentence) {
        let classes = super::lexicon::classes(tok.hash);
        on_token.token(&tok, classes);
        let h = tok.hash;
        if config.word_ngrams >= 1 {
            word(index(h, 0x11, bits));
        }
        if config.word_ngrams >= 2 {
            word(index(pair(p1, h), 0x22, bits));
        }
        if config.word_ngrams >= 3 {
            word(index(pair(pair(p2, p1), h), 0x33, bits));
        }
        p2 = p1;
        p1 = h;
        if config.class_ngrams > 0 {
            let c = coarse(&tok, classes);
            if config.class_ngrams >= 2 {
                word(index(pair(c1, c), 0x66, bits));
            }
            if config.class_ngrams >= 3 {
                word(index(pair(pair(c2, c1), c), 0x77, bits));
            }
            (c2, c1) = (c1, c);
        }
        if config.char_min > 0 && matches!(tok.shape, Shape::Word | Shape::Number) {
            char_ngrams(&bytes[tok.start..tok.end], config, &mut chr);
        }
    }
    if config.word_ngrams >= 2 {
        word(index(pair(p1, EOS), 0x22, bits));
    }
}

/// A token as its class: its word classes when it is in the lexicon, else `#` for a number,
/// `A` for a capitalised word, `a` for another word, the mark itself for punctuation. N-grams of
/// classes ("A said", "# percent", "we will") carry over from one debate's topics to another's.
#[inline(always)]
fn coarse(tok: &Token, classes: u32) -> u64 {
    let classes = classes & super::lexicon::MODEL;
    if classes != 0 {
        return classes as u64 | 1 << 40;
    }
    match tok.shape {
        Shape::Number => b'#' as u64,
        Shape::Word if tok.capital => b'A' as u64,
        Shape::Word | Shape::Clitic => b'a' as u64,
        Shape::Punct(c) => c as u64,
    }
}

#[inline(always)]
fn pair(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(K)
}

/// Each byte as the character n-grams see it: lower-case letters, `0` for digits, bytes of
/// other characters unchanged.
static NORMAL: [u8; 256] = {
    let mut t = [b' '; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            c @ b'A'..=b'Z' => c | 0x20,
            b'0'..=b'9' => b'0',
            c => c,
        };
        b += 1;
    }
    t
};

/// Character n-grams of one word, padded with spaces at both ends (" wor", "ord "). The last 8
/// bytes live in one register, so an n-gram is a mask of it.
#[inline(always)]
fn char_ngrams(word: &[u8], config: Config, chr: &mut impl FnMut(usize)) {
    // The usual ranges get their own unrolled loops.
    match (config.char_min, config.char_max) {
        (4, 4) => char_ngrams_of::<4, 4>(word, config.bits, chr),
        (3, 5) => char_ngrams_of::<3, 5>(word, config.bits, chr),
        (2, 5) => char_ngrams_of::<2, 5>(word, config.bits, chr),
        (1, 5) => char_ngrams_of::<1, 5>(word, config.bits, chr),
        (lo, hi) => {
            let mut window = u64::from_le_bytes([b' '; 8]);
            for &b in word.iter().chain([b' '].iter()) {
                window = (window << 8) | NORMAL[b as usize] as u64;
                for n in lo..=hi {
                    chr(char_index(window, n as u32, config.bits));
                }
            }
        }
    }
}

#[inline(always)]
fn char_index(window: u64, n: u32, bits: u8) -> usize {
    index(window & (u64::MAX >> (64 - 8 * n)), 0x40 + n as u64, bits)
}

#[inline(always)]
fn char_ngrams_of<const LO: u32, const HI: u32>(
    word: &[u8],
    bits: u8,
    chr: &mut impl FnMut(usize),
) {
    let mut window = u64::from_le_bytes([b' '; 8]);
    for &b in word {
        window = (window << 8) | NORMAL[b as usize] as u64;
        for n in LO..=HI {
            chr(char_index(window, n, bits));
        }
    }
    window = (window << 8) | b' ' as u64;
    for n in LO..=HI {
        chr(char_index(window, n, bits));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: Config = Config {
        bits: 16,
        word_ngrams: 2,
        char_min: 3,
        char_max: 5,
        class_ngrams: 0,
    };

    fn counts(s: &str) -> (usize, usize) {
        let (mut w, mut c) = (0, 0);
        ngrams(s, CONFIG, |_| w += 1, |_| c += 1);
        (w, c)
    }

    #[test]
    fn counts_word_and_character_ngrams() {
        // 3 tokens: 3 unigrams + 4 bigrams (with the ends); the words "ab" and "7" end 3 and
        // 2 windows (with the closing space), each giving a 3-, 4- and 5-gram.
        assert_eq!(counts("ab, 7"), (7, 15));
    }

    #[test]
    fn case_and_digits_do_not_change_the_ngrams() {
        let collect = |s: &str| {
            let (mut w, mut c) = (Vec::new(), Vec::new());
            ngrams(s, CONFIG, |i| w.push(i), |i| c.push(i));
            (w, c)
        };
        assert_eq!(collect("Killed 77 People"), collect("killed 12 people"));
        assert_ne!(collect("killed 77 people"), collect("killed 777 people"));
    }

    #[test]
    fn writes_and_parses_a_model() {
        let table = vec![3i8; 1 << CONFIG.bits];
        let mut dense = [0.0; N_FEATURES];
        dense[2] = 1.5;
        let common = [0u8; 8];
        let bytes = Model::write(&Parts {
            config: CONFIG,
            bias: -0.25,
            scale: 0.5,
            dense: &dense,
            common: &common,
            table: &table,
        });
        let m = Model::parse(&bytes).unwrap();
        assert_eq!(
            (m.config, m.bias, m.scale, m.dense),
            (CONFIG, -0.25, 0.5, dense)
        );
        // Every n-gram weighs 3 steps of 0.5: 1.5 * (7/sqrt 7 + 15/sqrt 15).
        let want = 1.5 * (7f32.sqrt() + 15f32.sqrt());
        assert!((m.ngram_logit("ab, 7") - want).abs() < 1e-4);
        assert!(Model::parse(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::parse(b"nope").is_err());
    }

    #[test]
    fn the_embedded_model_parses() {
        let m = Model::embedded();
        assert!(m.config.bits >= 16);
    }
}
