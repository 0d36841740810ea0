//! Words that tell the noun a figure counts from what ends it: markers of "more of the same",
//! adjectives used as nouns, common verbs, and nouns in "-ing".

use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Words after a figure that mean "more (or fewer) of the same", leaving the noun to be carried
/// from elsewhere ("30,000 more damaged", "another 22 are believed …"); before a noun the noun
/// is counted ("24,000 fewer jobs").
pub(super) fn is_more_marker(w: &str) -> bool {
    MORE_MARKERS.contains(&w)
}

/// The words of [`is_more_marker`].
pub(super) const MORE_MARKERS: &[&str] = &["more", "fewer", "additional", "extra", "further"];

/// Adjectives used as nouns after a figure: "four injured", "75 confirmed dead", "14 trapped".
pub(super) fn is_nominal_adjective(w: &str) -> bool {
    matches!(
        w,
        "injured"
            | "wounded"
            | "dead"
            | "killed"
            | "missing"
            | "trapped"
            | "stranded"
            | "displaced"
            | "detained"
            | "arrested"
            | "evacuated"
            | "hospitalized"
            | "hospitalised"
            | "homeless"
            | "rescued"
            | "unaccounted"
    )
}

/// Frequent verbs that may follow a figure and that neither end in -ed nor are function words.
pub(super) fn is_common_verb(w: &str) -> bool {
    matches!(
        w,
        "remain"
            | "remains"
            | "fell"
            | "hit"
            | "came"
            | "went"
            | "took"
            | "made"
            | "got"
            | "left"
            | "lost"
            | "won"
            | "saw"
            | "met"
            | "ran"
            | "rose"
            | "sank"
            | "struck"
            | "shot"
            | "flew"
            | "gave"
            | "held"
            | "kept"
            | "stood"
            | "brought"
            | "caught"
            | "fought"
            | "became"
            | "hurt"
            | "lose"
            | "began"
            | "die"
            | "live"
            | "work"
            | "need"
            | "face"
            | "suffered"
            | "received"
            | "broke"
            | "taken"
            | "given"
            | "seen"
            | "shown"
            | "known"
            | "driven"
            | "thrown"
            | "written"
            | "hidden"
            | "stolen"
            | "chosen"
            | "broken"
            | "born"
            | "flown"
            | "drawn"
            | "fallen"
            | "done"
            | "gone"
            | "sent"
            | "spent"
            | "built"
            | "found"
            | "sold"
    )
}

/// Verbs whose subject is a crowd ("A crowd of 60,254 watched Arsenal win"), which are
/// adjectives before a noun ("2 million registered voters").
pub(crate) fn is_crowd_verb(w: &str) -> bool {
    matches!(
        w,
        "watched"
            | "attended"
            | "visited"
            | "joined"
            | "signed"
            | "voted"
            | "marched"
            | "gathered"
            | "protested"
            | "applied"
            | "registered"
            | "responded"
            | "turned"
            | "fled"
    )
}

/// Adverbs and adjectives that follow a counted noun and end it: "64 million people worldwide",
/// "two points clear", "$5 apiece".
pub(crate) fn is_postnominal(w: &str) -> bool {
    matches!(
        w,
        "worldwide"
            | "nationwide"
            | "countrywide"
            | "statewide"
            | "globally"
            | "apiece"
            | "each"
            | "overall"
            | "clear"
            | "ahead"
            | "behind"
            | "adrift"
            | "abroad"
            | "annually"
            | "combined"
            | "altogether"
            | "alone"
            | "respectively"
            | "aboard"
            | "onboard"
            | "inside"
            | "nearby"
            | "overseas"
    )
}

/// Words for a gap in a table or a race, right after a bare figure: "three behind leaders
/// Liverpool", "five ahead of the Tories", "two points clear", "six adrift": no noun counted.
pub(crate) const GAP_WORDS: WordSet = WordSet::new(&["ahead", "behind", "clear", "adrift"]);

/// A word of [`GAP_WORDS`], in lower case.
pub(super) fn is_gap_word(w: &str) -> bool {
    matches!(w, "ahead" | "behind" | "clear" | "adrift")
}

/// Nouns ending in -ing that may end a noun phrase ("two city buildings" needs no entry: plural).
pub(super) fn is_ing_noun(w: &str) -> bool {
    matches!(
        w,
        "building"
            | "meeting"
            | "morning"
            | "evening"
            | "wedding"
            | "ceiling"
            | "sibling"
            | "offspring"
            | "painting"
            | "warning"
            | "recording"
            | "landing"
            | "housing"
            | "funding"
            | "spending"
            | "training"
            | "being"
            | "thing"
            | "string"
            | "wing"
            | "bombing"
            | "shooting"
            | "killing"
            | "crossing"
            | "dwelling"
            | "opening"
            | "spring"
            | "sterling"
            | "lightning"
            | "seedling"
            | "sapling"
    )
}

/// Words that look like verbs or adverbs and so end a noun phrase when they come after a noun.
pub(super) fn looks_verbal(w: &str) -> bool {
    (w.ends_with("ed") && !is_nominal_adjective(w) && !is_noun_in_eed(w))
        || w.ends_with("ly")
        || is_common_verb(w)
}

/// Determiners that open a verb's object: after them comes a new noun phrase.
const OBJECT_DETERMINERS: &[&str] = &[
    "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
];

/// The singular word at `j`, right after a figure above one and before a determiner, is the
/// figure's verb, not what it counts: "The attendance of 3,412 beat the previous record",
/// "five hit the wall". A noun counted there would be plural ("3,412 fans"); after "one" a
/// singular noun may go on to a determiner's phrase ("one man the police sought").
pub(super) fn verb_before_its_object(t: &Tokens, j: usize) -> bool {
    // (The determiner is asked first: it turns away nearly every word.)
    let after_one = || j >= 1 && (t.is(j - 1, "one") || t.str(j - 1) == "1");
    t.gap(j + 1)
        && t.is_any(j + 1, OBJECT_DETERMINERS)
        && t.gap(j)
        && t.kind(j) == Some(TokKind::Word)
        && !after_one()
        && !is_plural(t.str(j))
}

/// Nouns whose -ed is no past tense: "one extra major bleed", "a 30-year need".
pub(super) fn is_noun_in_eed(w: &str) -> bool {
    w.ends_with("eed")
        && matches!(
            w,
            "bleed"
                | "need"
                | "speed"
                | "seed"
                | "feed"
                | "breed"
                | "creed"
                | "steed"
                | "deed"
                | "weed"
                | "reed"
        )
}

/// A plural noun as written: a word in -s that is no singular in -ss, -us or -is ("analysts",
/// not "glass", "bus", "crisis"), or a plural without the -s ("people", "staff").
#[inline(always)]
pub(super) fn is_plural(word: &str) -> bool {
    let mut buf = [0u8; 24];
    is_plural_acronym(word)
        || crate::extract::tokens::lower(word, &mut buf).is_some_and(is_plural_lowered)
}

/// "MPs", "GPs", "CEOs": an acronym with a plural "s" (the part of [`is_plural`] that asks the
/// word as written, not lowered).
#[inline(always)]
pub(super) fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// [`is_plural`] of a word already in lower case (no acronym is), for a caller that has lowered
/// it for other questions.
pub(super) fn is_plural_lowered(w: &str) -> bool {
    if w.len() > 3 && w.ends_with('s') {
        return !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"));
    }
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "staff"
            | "personnel"
            | "police"
            | "crew"
            | "data"
            | "media"
            | "cattle"
            | "livestock"
            | "aircraft"
    )
}
