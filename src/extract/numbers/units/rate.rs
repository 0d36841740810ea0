//! The base of a rate after a figure: "per 100,000 people", "per 1,000 live births", "per
//! million", so that "23.6 per 100,000 people" is one figure and the base no count of its own.

use super::super::numeral::numeral;
use super::super::words;
use super::{After, counted_noun};
use crate::extract::tokens::{TokKind, Tokens};

/// The base of a rate starting at token `j` ("per 100,000 people", "per 100,000", "per
/// million"): its last token. Not "per share" or "per capita", whose base is no number.
pub(crate) fn rate_base(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is(j, "per") {
        return None;
    }
    let n = j + 1;
    let mut last = match t.kind(n)? {
        TokKind::Digits => numeral(t, n)?.1,
        // "per million" and "per thousand": a scale alone is one of it.
        TokKind::Word if words::scale_at(t, n, false).is_some() => n,
        TokKind::Word => words::spelled(t, n).filter(|s| !s.indefinite)?.last,
        TokKind::Punct => return None,
    };
    if words::scale_at(t, last + 1, false).is_some() {
        last += 1;
    }
    // "per 100,000 people", "per 1,000 live births"; "per 100,000 a year earlier" has none.
    if let After::Unit(u) = counted_noun(t, last + 1) {
        last = u.last;
    }
    Some(last)
}
