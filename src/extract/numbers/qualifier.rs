//! Hedges before a figure: "about", "nearly", "at least", "more than", "up to", "fewer than".

use crate::claim::Qualifier;
use crate::extract::tokens::{TokKind, Tokens, WordSet, lower};

/// The qualifier right before the token `first` and the index of its first word.
pub(super) fn qualifier_span(t: &Tokens, first: usize) -> Option<(Qualifier, usize)> {
    use Qualifier::*;
    if first == 0 || !t.is_in(first - 1, &QUALIFIER_ENDS) {
        return None;
    }
    let mut b1 = [0u8; 24];
    let w1 = word_before(t, first, 1, &mut b1);
    let (mut b2, mut b3) = ([0u8; 24], [0u8; 24]);
    let w2 = word_before(t, first, 2, &mut b2);
    let w3 = word_before(t, first, 3, &mut b3);
    let three = match (w3, w2, w1) {
        ("no", "fewer" | "less", "than") => Some(AtLeast),
        ("no", "more", "than") | ("as", "many" | "much", "as") => Some(UpTo),
        ("in", "excess", "of") => Some(MoreThan),
        ("just", "short", "of") => Some(Nearly),
        _ => None,
    };
    if let Some(q) = three {
        return Some((q, first - 3));
    }
    let two = match (w2, w1) {
        ("at", "least") => Some(AtLeast),
        ("more" | "greater", "than")
        | ("just" | "well" | "slightly", "over" | "above")
        | ("upwards", "of") => Some(MoreThan),
        ("less" | "fewer", "than") => Some(LessThan),
        ("up", "to") | ("at", "most") => Some(UpTo),
        ("close", "to") | ("just", "under" | "below") => Some(Nearly),
        ("an", "estimated") => Some(About),
        _ => None,
    };
    if let Some(q) = two {
        return Some((q, first - 2));
    }
    let one = match w1 {
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "approx"
        | "circa" | "ca" => About,
        "nearly" | "almost" => Nearly,
        "over" | "above" | "past" | "exceeding" => MoreThan,
        "under" | "below" => LessThan,
        _ => return None,
    };
    Some((one, first - 1))
}

/// Every word that ends a qualifier in [`qualifier_span`] (the last word of each of its
/// patterns): most words before a figure are none of them, and need no look further back.
const QUALIFIER_ENDS: WordSet = WordSet::new(&[
    "than",
    "as",
    "of",
    "least",
    "over",
    "above",
    "to",
    "most",
    "under",
    "below",
    "estimated",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "approx",
    "circa",
    "ca",
    "nearly",
    "almost",
    "past",
    "exceeding",
]);

/// The word `back` tokens before `first`, lower-cased into `buf`; "" when it is not a word.
fn word_before<'b>(t: &Tokens<'b>, first: usize, back: usize, buf: &'b mut [u8; 24]) -> &'b str {
    match first.checked_sub(back) {
        Some(k) if t.kind(k) == Some(TokKind::Word) => lower(t.str(k), buf).unwrap_or(""),
        _ => "",
    }
}

/// The qualifier right before a figure starting at token `first`.
pub(super) fn qualifier_before(t: &Tokens, first: usize) -> Option<Qualifier> {
    qualifier_span(t, first).map(|(q, _)| q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Qualifier::*;

    /// Every pattern of [`qualifier_span`], before a figure: the early exit on the last word
    /// ([`ends_a_qualifier`]) must let each of them through.
    #[test]
    fn every_pattern_ends_with_a_word_that_ends_a_qualifier() {
        let cases = [
            ("no fewer than", AtLeast),
            ("no less than", AtLeast),
            ("no more than", UpTo),
            ("as many as", UpTo),
            ("as much as", UpTo),
            ("in excess of", MoreThan),
            ("just short of", Nearly),
            ("at least", AtLeast),
            ("more than", MoreThan),
            ("greater than", MoreThan),
            ("just over", MoreThan),
            ("well above", MoreThan),
            ("slightly over", MoreThan),
            ("upwards of", MoreThan),
            ("less than", LessThan),
            ("fewer than", LessThan),
            ("up to", UpTo),
            ("at most", UpTo),
            ("close to", Nearly),
            ("just under", Nearly),
            ("just below", Nearly),
            ("an estimated", About),
            ("about", About),
            ("around", About),
            ("approximately", About),
            ("roughly", About),
            ("some", About),
            ("estimated", About),
            ("approx", About),
            ("circa", About),
            ("ca", About),
            ("nearly", Nearly),
            ("almost", Nearly),
            ("over", MoreThan),
            ("above", MoreThan),
            ("past", MoreThan),
            ("exceeding", MoreThan),
            ("under", LessThan),
            ("below", LessThan),
        ];
        for (phrase, qualifier) in cases {
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            let t = Tokens::new(last);
            assert!(t.is_in(0, &QUALIFIER_ENDS), "{phrase}");
            let sentence = format!("They said {} 40 people", phrase.to_uppercase());
            let t = Tokens::new(&sentence);
            let figure = (0..t.len()).find(|&k| t.str(k) == "40").unwrap();
            let words = phrase.split(' ').count();
            assert_eq!(
                qualifier_span(&t, figure),
                Some((qualifier, figure - words)),
                "{phrase}"
            );
        }
    }
}
