//! Check-worthiness: a score in 0..1 for a sentence.
//!
//! Interim scaffolding (figures and quotes raise the score); the check-worthiness work replaces
//! it. The signatures are the contract the pipeline calls.

/// Sentences scoring below this are not claims unless `--min-score` says otherwise.
pub const DEFAULT_MIN_SCORE: f64 = 0.5;

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
}

/// Check-worthiness of `sentence`, 0 to 1.
pub fn score(sentence: &str, signals: &Signals) -> f64 {
    let mut s: f64 = 0.3;
    if signals.quantities > 0 || signals.dates > 0 {
        s += 0.3;
    }
    if signals.quote || signals.speaker {
        s += 0.3;
    }
    if sentence.trim_end().ends_with('?') {
        s -= 0.3;
    }
    s.clamp(0.0, 1.0)
}
