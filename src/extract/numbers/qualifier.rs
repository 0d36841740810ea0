//! Hedges before a figure: "about", "nearly", "at least", "more than", "up to", "fewer than".

use crate::claim::Qualifier::{self, *};
use crate::extract::tokens::{TokKind, Tokens, WordSet, lower};

/// Every hedge, as its words (ASCII lower case), longest first: "just under" is read before
/// "under", "no more than" before "more than". Hedges of the same length never share their
/// words, so only the length decides which one wins.
const PATTERNS: &[(&[&str], Qualifier)] = &[
    (&["plus", "or", "minus"], PlusOrMinus),
    (&["no", "fewer", "than"], AtLeast),
    (&["no", "less", "than"], AtLeast),
    (&["no", "more", "than"], UpTo),
    (&["as", "many", "as"], UpTo),
    (&["as", "much", "as"], UpTo),
    (&["in", "excess", "of"], MoreThan),
    (&["just", "short", "of"], Nearly),
    (&["at", "least"], AtLeast),
    (&["more", "than"], MoreThan),
    (&["greater", "than"], MoreThan),
    (&["just", "over"], MoreThan),
    (&["just", "above"], MoreThan),
    (&["well", "over"], MoreThan),
    (&["well", "above"], MoreThan),
    (&["slightly", "over"], MoreThan),
    (&["slightly", "above"], MoreThan),
    (&["upwards", "of"], MoreThan),
    (&["less", "than"], LessThan),
    (&["fewer", "than"], LessThan),
    (&["up", "to"], UpTo),
    (&["at", "most"], UpTo),
    (&["close", "to"], Nearly),
    (&["just", "under"], Nearly),
    (&["just", "below"], Nearly),
    (&["an", "estimated"], About),
    (&["about"], About),
    (&["around"], About),
    (&["approximately"], About),
    (&["roughly"], About),
    (&["some"], About),
    (&["estimated"], About),
    (&["approx"], About),
    (&["circa"], About),
    (&["ca"], About),
    (&["nearly"], Nearly),
    (&["almost"], Nearly),
    (&["over"], MoreThan),
    (&["above"], MoreThan),
    (&["past"], MoreThan),
    (&["exceeding"], MoreThan),
    // A verb of passing a mark says the figure is more than it: "deaths topped 2,000",
    // "sales exceeded $5 billion".
    (&["tops"], MoreThan),
    (&["topped"], MoreThan),
    (&["exceeds"], MoreThan),
    (&["exceeded"], MoreThan),
    (&["surpasses"], MoreThan),
    (&["surpassed"], MoreThan),
    (&["under"], LessThan),
    (&["below"], LessThan),
];

/// The last word of every hedge in [`PATTERNS`], taken from it: most words before a figure are
/// none of them, and need no look further back.
const QUALIFIER_ENDS: WordSet = WordSet::new(&LAST_WORDS);

/// How many different words end the hedges of [`PATTERNS`].
const LAST_WORD_COUNT: usize = last_words::<{ PATTERNS.len() }>().1;

/// The different last words of [`PATTERNS`], in order of first use. Each word once: a word
/// that passes the set's filter ("of", "to", "than", common before figures) is compared with
/// every listed word that is not it, and half the hedges share their last word with another.
const LAST_WORDS: [&str; LAST_WORD_COUNT] = {
    let (words, _) = last_words::<{ PATTERNS.len() }>();
    let mut out = [""; LAST_WORD_COUNT];
    let mut k = 0;
    while k < LAST_WORD_COUNT {
        out[k] = words[k];
        k += 1;
    }
    out
};

/// The different last words of [`PATTERNS`] (`N` of them at most), first uses first, padded
/// with "", and how many there are.
const fn last_words<const N: usize>() -> ([&'static str; N], usize) {
    let mut words = [""; N];
    let mut count = 0;
    let mut k = 0;
    while k < PATTERNS.len() {
        let hedge = PATTERNS[k].0;
        let last = hedge[hedge.len() - 1];
        let mut seen = false;
        let mut j = 0;
        while j < count {
            seen |= same(words[j], last);
            j += 1;
        }
        if !seen {
            words[count] = last;
            count += 1;
        }
        k += 1;
    }
    (words, count)
}

/// `a == b`, in a constant.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// For each hedge of [`PATTERNS`], where its last word is in [`LAST_WORDS`].
const LAST_WORD_AT: [usize; PATTERNS.len()] = {
    let mut at = [0; PATTERNS.len()];
    let mut k = 0;
    while k < PATTERNS.len() {
        let hedge = PATTERNS[k].0;
        let mut j = 0;
        while !same(LAST_WORDS[j], hedge[hedge.len() - 1]) {
            j += 1;
        }
        at[k] = j;
        k += 1;
    }
    at
};

/// For each word of [`LAST_WORDS`], whether a hedge of several words ends with it: else the
/// words before it need no look.
const ENDS_A_LONGER_HEDGE: [bool; LAST_WORD_COUNT] = {
    let mut longer = [false; LAST_WORD_COUNT];
    let mut k = 0;
    while k < PATTERNS.len() {
        if PATTERNS[k].0.len() > 1 {
            longer[LAST_WORD_AT[k]] = true;
        }
        k += 1;
    }
    longer
};

/// The qualifier right before the token `first` and the index of its first word. Only the
/// hedges that end with the word before `first` are compared with the words before it.
pub(super) fn qualifier_span(t: &Tokens, first: usize) -> Option<(Qualifier, usize)> {
    let end = t.position_in(first.checked_sub(1)?, &QUALIFIER_ENDS)?;
    let (mut b2, mut b3) = ([0u8; 24], [0u8; 24]);
    // The three words before the figure, in order; "" for a missing one, which no hedge holds
    // (nor for one left unread: only one-word hedges end with `end` then).
    let before = match ENDS_A_LONGER_HEDGE[end] {
        true => [
            word_before(t, first, 3, &mut b3),
            word_before(t, first, 2, &mut b2),
            LAST_WORDS[end],
        ],
        false => ["", "", LAST_WORDS[end]],
    };
    PATTERNS
        .iter()
        // (By reference: the table is not copied for every figure.)
        .zip(&LAST_WORD_AT)
        .find(|&((words, _), &at)| at == end && before.ends_with(words))
        .map(|(&(words, q), _)| (q, first - words.len()))
        .filter(|&(q, start)| is_hedge(t, q, start))
}

/// Whether the hedge `q` read from token `start` is one, and not another word spelt alike.
fn is_hedge(t: &Tokens, q: Qualifier, start: usize) -> bool {
    let Some(before) = start.checked_sub(1) else {
        return true;
    };
    // "extend follow-up to ten years", "the run-up to 2024": the "up" of a hyphenated noun
    // is no "up to"; the figure is where the noun goes.
    let hyphenated_up = q == UpTo && t.is_joining_hyphen(before);
    // "the past 11 years", "over the past five years", "these past 24 hours": after a
    // determiner "past" is the adjective (the latest), not "beyond" ("climbed past 75").
    let adjective_past = t.is(start, "past") && t.is_any(before, &["the", "this", "these"]);
    !hyphenated_up && !adjective_past
}

/// The word `back` tokens before `first`, lower-cased into `buf`; "" when it is not a word.
fn word_before<'b>(t: &Tokens<'b>, first: usize, back: usize, buf: &'b mut [u8; 24]) -> &'b str {
    match first.checked_sub(back) {
        Some(k) if t.kind(k) == Some(TokKind::Word) => lower(t.str(k), buf).unwrap_or(""),
        _ => "",
    }
}

/// Where a margin sign glued before the figure at token `first` starts: "±3", "+/-3", "+/−3".
pub(super) fn margin_sign(t: &Tokens, first: usize) -> Option<usize> {
    let s = first.checked_sub(1)?;
    if t.is_punct(s, '±') {
        return Some(s);
    }
    let start = s.checked_sub(2)?;
    let glued = !t.gap(start + 1) && !t.gap(start + 2);
    (glued
        && t.is_punct(start, '+')
        && t.is_punct(start + 1, '/')
        && (t.is_punct(s, '-') || t.is_punct(s, '\u{2212}')))
    .then_some(start)
}

/// A margin starts at token `k` and is glued to the figure after it: "± 15", "+/-4", "plus or
/// minus 2" (the figure before it is its central value, "120 ± 15 deaths").
pub(super) fn margin_follows(t: &Tokens, k: usize) -> bool {
    let figure = |f: usize| match t.kind(f) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => super::words::spelled(t, f).is_some(),
        _ => false,
    };
    if t.is_punct(k, '\u{b1}') || t.is_punct(k, '+') {
        // ("+/-4": the figure after the three signs.)
        let f = if t.is_punct(k, '+') { k + 3 } else { k + 1 };
        return margin_sign(t, f) == Some(k) && figure(f);
    }
    t.is(k, "plus") && t.is(k + 1, "or") && t.is(k + 2, "minus") && figure(k + 3)
}

/// The qualifier right before a figure starting at token `first`.
pub(super) fn qualifier_before(t: &Tokens, first: usize) -> Option<Qualifier> {
    qualifier_span(t, first).map(|(q, _)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every hedge of [`PATTERNS`], before a figure and in upper case, is read as itself: its
    /// last word passes [`QUALIFIER_ENDS`], and no shorter hedge that it ends with wins.
    #[test]
    fn a_verb_of_passing_a_mark_makes_the_figure_more_than_it() {
        for s in [
            "The death toll tops 2,000.",
            "Sales exceeded $5 billion.",
            "Turnout surpassed 70%.",
        ] {
            let found = super::super::quantities(s, 0);
            assert_eq!(found.len(), 1, "{s}: {found:?}");
            assert_eq!(found[0].qualifier, Some(MoreThan), "{s}");
        }
    }

    #[test]
    fn every_pattern_is_read_before_a_figure() {
        for &(words, qualifier) in PATTERNS {
            let phrase = words.join(" ");
            let sentence = format!("They said {} 40 people", phrase.to_uppercase());
            let t = Tokens::new(&sentence);
            let figure = (0..t.len()).find(|&k| t.str(k) == "40").unwrap();
            assert!(t.is_in(figure - 1, &QUALIFIER_ENDS), "{phrase}");
            assert_eq!(
                qualifier_span(&t, figure),
                Some((qualifier, figure - words.len())),
                "{phrase}"
            );
        }
    }

    #[test]
    fn the_hedges_end_with_the_listed_words_each_listed_once() {
        let mut ends: Vec<&str> = PATTERNS.iter().map(|(w, _)| w[w.len() - 1]).collect();
        ends.sort_unstable();
        ends.dedup();
        let mut listed = LAST_WORDS.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, ends);
    }

    /// [`qualifier_span`] without its short cuts: every hedge against the three words before.
    fn plain_span(t: &Tokens, first: usize) -> Option<(Qualifier, usize)> {
        let (mut b1, mut b2, mut b3) = ([0u8; 24], [0u8; 24], [0u8; 24]);
        let before = [
            word_before(t, first, 3, &mut b3),
            word_before(t, first, 2, &mut b2),
            word_before(t, first, 1, &mut b1),
        ];
        PATTERNS
            .iter()
            .find(|(words, _)| before.ends_with(words))
            .map(|&(words, q)| (q, first - words.len()))
            .filter(|&(q, start)| is_hedge(t, q, start))
    }

    #[test]
    fn the_short_cuts_read_what_every_hedge_reads() {
        let mut words: Vec<&str> = PATTERNS
            .iter()
            .flat_map(|(w, _)| w.iter().copied())
            .collect();
        words.extend(["the", "people", "Of", "THAN", "-", "été"]);
        words.sort_unstable();
        words.dedup();
        for a in &words {
            for b in &words {
                for c in &words {
                    for text in [
                        format!("{a} {b} {c} 40"),
                        format!("{b} {c} 40"),
                        format!("{c} 40"),
                    ] {
                        let t = Tokens::new(&text);
                        let figure = t.len() - 1;
                        assert_eq!(qualifier_span(&t, figure), plain_span(&t, figure), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn longer_hedges_come_first_and_none_is_listed_twice() {
        for (k, (words, _)) in PATTERNS.iter().enumerate() {
            assert!(
                words
                    .iter()
                    .all(|w| !w.is_empty() && *w == w.to_lowercase())
            );
            for (other, _) in &PATTERNS[k + 1..] {
                assert!(other.len() <= words.len(), "{other:?} after {words:?}");
                assert_ne!(other, words);
            }
        }
    }

    /// (value, unit, text, unit carried) of every figure in `s`.
    fn carried(s: &str) -> Vec<(f64, Option<String>, String, bool)> {
        super::super::quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.unit, q.text, q.unit_carried))
            .collect()
    }

    #[test]
    fn a_central_value_counts_what_its_margin_counts() {
        let deaths = Some("deaths".to_string());
        assert_eq!(
            carried("The estimate is 120 \u{b1} 15 deaths."),
            vec![
                (120.0, deaths.clone(), "120".to_string(), true),
                (15.0, deaths.clone(), "\u{b1} 15 deaths".to_string(), false),
            ]
        );
        assert_eq!(
            carried("The estimate is 120 plus or minus 15 deaths.")[0],
            (120.0, deaths, "120".to_string(), true)
        );
        let percent = Some("percent".to_string());
        assert_eq!(
            carried("Support was 3.1 +/-0.4 percent.")[0],
            (3.1, percent, "3.1".to_string(), true)
        );
        // A margin without a noun of its own: both sides look back alike.
        let patients = Some("patients".to_string());
        assert_eq!(
            carried("Of 300 patients, 120 \u{b1} 15 recovered.")[1..],
            [
                (120.0, patients.clone(), "120".to_string(), true),
                (15.0, patients, "\u{b1} 15".to_string(), true),
            ]
        );
        // The margin keeps its qualifier.
        let found = super::super::quantities("The estimate is 120 \u{b1} 15 deaths.", 0);
        assert_eq!(found[0].qualifier, None);
        assert_eq!(found[1].qualifier, Some(PlusOrMinus));
    }

    #[test]
    fn the_past_few_years_are_exactly_so_many() {
        for (s, value) in [
            (
                "The study found the past 11 years were the warmest on record.",
                11.0,
            ),
            ("In the past 24 hours, 30 people died.", 24.0),
            ("Over the past five years, sales doubled.", 5.0),
            ("These past three weeks were hard.", 3.0),
        ] {
            let found = super::super::quantities(s, 0);
            assert_eq!(found[0].value, value, "{s}");
            assert_eq!(found[0].qualifier, None, "{s}");
        }
        // "past" as "beyond" still hedges.
        let found = super::super::quantities("The toll climbed past 75 on Monday.", 0);
        assert_eq!(found[0].qualifier, Some(MoreThan));
    }

    #[test]
    fn other_words_before_a_figure_are_no_hedge() {
        for text in [
            "They said 40",
            "40",
            "the past of 40",
            "well 40",
            "to the 40",
        ] {
            let t = Tokens::new(text);
            let figure = (0..t.len()).find(|&k| t.str(k) == "40").unwrap();
            assert_eq!(qualifier_span(&t, figure), None, "{text}");
        }
    }
}
