//! "Pounds" after a figure: money (GBP) as "5 million dollars" is USD ("45 million pounds",
//! "300 pounds sterling"), or a weight (lb) where the sentence weighs something ("weighed 12
//! pounds", "a 9-pound baby", "lost 30 pounds", "20 pounds of cocaine").

use super::{After, UnitName, unit};
use crate::claim::Measure;
use crate::extract::numbers::words::{self, NumWord};
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Things a weight in pounds is told of, right after "-pound" ("a 9-pound baby", "2,000-pound
/// bombs"); after them a pound is no money ("a 20-pound note" is).
const WEIGHED_THINGS: WordSet = WordSet::new(&[
    "baby", "babies", "newborn", "boy", "girl", "fish", "salmon", "bass", "catfish", "carp",
    "pike", "tuna", "cod", "turkey", "dog", "cat", "lobster", "bear", "bomb", "bombs", "weight",
    "weights", "dumbbell", "bag", "bags", "sack", "pack", "backpack", "tumor", "tumour", "stone",
    "boulder",
]);

/// Verbs of a body's weight, before the figure: "lost 30 pounds", "gained 20 pounds".
const WEIGHT_CHANGES: WordSet = WordSet::new(&[
    "lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "gained", "gain", "gains",
    "gaining", "dropped",
]);

/// Hedges a figure may stand behind after a verb of weight: "lost more than 30 pounds".
const HEDGE_WORDS: WordSet = WordSet::new(&[
    "more", "than", "about", "nearly", "almost", "over", "some", "around", "roughly", "least",
    "at", "up", "to", "a", "an",
]);

/// The unit of the word "pound" or "pounds" at token `j`, right after a figure whose last token
/// is `j - 1`: GBP (through "sterling") or a weight in lb. `None` for any other word.
pub(super) fn pounds(t: &Tokens, j: usize) -> Option<After> {
    if !t.is_any(j, &["pounds", "pound"]) {
        return None;
    }
    if t.is(j + 1, "sterling") {
        return Some(unit(UnitName::Fixed("GBP"), Measure::Money, j + 1));
    }
    Some(if is_weight(t, j) {
        unit(UnitName::Fixed("lb"), Measure::Physical, j)
    } else {
        unit(UnitName::Fixed("GBP"), Measure::Money, j)
    })
}

/// The pounds at `j` weigh: the sentence weighs something ("weighed", "weight"), a weighed
/// thing follows ("9-pound baby"), the plain figure before them is a body's loss or gain
/// ("lost 30 pounds"), or it measures a substance ("20 pounds of cocaine"). A scale ("45
/// million pounds") or a pound sign in the sentence keeps them money.
fn is_weight(t: &Tokens, j: usize) -> bool {
    if t.is_in(j + 1, &WEIGHED_THINGS) {
        return true;
    }
    if t.text.contains('£') {
        return false;
    }
    if t.text.contains("weigh") || t.text.contains("Weigh") {
        return true;
    }
    // A plain number before the pounds: digits, or a number word that is no scale.
    let Some(number) = j.checked_sub(1) else {
        return false;
    };
    let plain = match t.kind(number) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => matches!(
            words::word_at(t, number),
            Some(NumWord::Small(_) | NumWord::Tens(_))
        ),
        _ => false,
    };
    if !plain {
        return false;
    }
    // "20 pounds of cocaine": a substance measured out.
    if t.is(j + 1, "of") && t.is_lower_word(j + 2) && !t.is_any(j + 2, &["the", "their", "his"]) {
        return true;
    }
    // "lost 30 pounds", "lost more than 30 pounds": back past the number and its hedge.
    let mut k = number;
    while k >= 1 && t.kind(k - 1) != Some(TokKind::Word) && !t.gap(k) {
        k -= 1; // "1,200": the tokens of one number.
    }
    let mut hedges = 0;
    while k >= 1 && t.is_in(k - 1, &HEDGE_WORDS) && hedges < 3 {
        k -= 1;
        hedges += 1;
    }
    k >= 1 && t.is_in(k - 1, &WEIGHT_CHANGES)
}
