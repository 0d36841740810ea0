//! Which way a level went: the words that say up or down ("raised", "fell", "slowed"), and the
//! nearest of them before a figure.

use super::figures::last_words;

/// Words that say a level went up.
pub(super) const UP: &[&str] = &[
    "raise",
    "raised",
    "raises",
    "raising",
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increase",
    "increased",
    "increases",
    "increasing",
    "jump",
    "jumped",
    "jumps",
    "climb",
    "climbed",
    "climbs",
    "hike",
    "hiked",
    "hikes",
    "grew",
    "grow",
    "grows",
    "grown",
    "upward",
    "upwards",
    "lifted",
    "gained",
    "surged",
    "soared",
    "up",
    "higher",
    "tightening",
    "accelerated",
    "accelerates",
    "accelerating",
    "quickened",
    "rebounded",
];

/// Words that say a level went down.
pub(super) const DOWN: &[&str] = &[
    "cut",
    "cuts",
    "lowered",
    "lower",
    "lowers",
    "fell",
    "fall",
    "falls",
    "fallen",
    "drop",
    "dropped",
    "drops",
    "decrease",
    "decreased",
    "decreases",
    "declined",
    "declines",
    "reduced",
    "reduce",
    "reduces",
    "slashed",
    "eased",
    "down",
    "downward",
    "downwards",
    "shed",
    "dipped",
    "slid",
    "plunged",
    "shrank",
    "slowed",
    "slows",
    "slowing",
    "cooled",
    "cools",
    "cooling",
    "decelerated",
    "moderated",
    "slipped",
    "tumbled",
    "sank",
    "easing",
    "eases",
];

/// +1 when the nearest direction word before `text`'s end says up, −1 down, 0 when none does;
/// with the word.
pub(super) fn direction(text: &str) -> (f64, String) {
    for w in last_words(text, 15).into_iter().rev() {
        if UP.contains(&w.as_str()) {
            return (1.0, w);
        }
        if DOWN.contains(&w.as_str()) {
            return (-1.0, w);
        }
    }
    (0.0, String::new())
}
