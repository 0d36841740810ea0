//! Hedges before a figure: "about", "nearly", "at least", "more than", "up to", "fewer than".

use crate::claim::Qualifier;
use crate::extract::tokens::{TokKind, Tokens, lower};

/// The qualifier right before the token `first` and the index of its first word.
pub(super) fn qualifier_span(t: &Tokens, first: usize) -> Option<(Qualifier, usize)> {
    use Qualifier::*;
    let (mut b1, mut b2, mut b3) = ([0u8; 24], [0u8; 24], [0u8; 24]);
    let w1 = word_before(t, first, 1, &mut b1);
    if w1.is_empty() {
        return None;
    }
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
