//! The upper bound of a range after a figure: "10–12", "between 10 and 12", "2 to 3 million",
//! "between $58 billion and $60 billion", "5%-7%".

use super::numeral::exact_number;
use super::sign::sign_at;
use super::units;
use super::words;
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens, WordSet, is_function_word};

/// The lower bound of a possible range, as [`range_upper`] reads it.
pub(super) struct Bound {
    /// Its number's first token.
    pub start: usize,
    /// Its value, scaled.
    pub value: f64,
    /// Its last token (the number or its scale).
    pub last: usize,
    /// The currency written before it ("$58 billion"), which the upper bound may repeat.
    pub currency: Option<&'static str>,
    /// It is an age ("aged six to 25"), whose bounds may be written one in words, one in
    /// digits, as house styles spell the small numbers.
    pub age: bool,
}

/// The upper bound of a range after a figure ending at `last`: "10–12", "three-to- six",
/// "between 10 and 12", "between 300-1,000", "2 to 3 million", with the currency or the unit
/// said again ("between $58 billion and $60 billion", "between 5% and 7%", "5%-7%"). Returns
/// ((upper, scaled, scale), last token). "from 9.5 to 20" and "by 50 bps to 15.5" are two
/// figures, not a range ("from 6%-8%" is one); "by 2 to 3 percent" is one, and so are "of $17.4 billion to $17.9
/// billion" and "of 61.5% to 62.5%", where a noun's amount, not a change, comes before "to".
pub(super) fn range_upper(
    t: &Tokens,
    lower: Bound,
    limit: usize,
    lead: Option<usize>,
) -> Option<((f64, bool, f64), usize)> {
    let Bound {
        start,
        value: lo,
        last,
        currency,
        age,
    } = lower;
    let mut j = last + 1;
    // Every range joins its bounds with a dash, "to" or "and", right after the lower one or
    // after its unit of one or two words: most figures have none there, and are turned away
    // before the unit is read.
    let joins = |k: usize| t.is_dash(k) || t.is_any(k, &["to", "and"]);
    if !(joins(j) || joins(j + 1) || joins(j + 2)) {
        return None;
    }
    let between = lead.is_some_and(|w| t.is(w, "between"));
    // "from 9.5 to 20" is a change's two levels; "from 6%-8%", "from 6-8%" is one range.
    let from = lead.is_some_and(|w| t.is(w, "from"));
    // "by 50 bps to 15.5", "by $1 billion to $15 billion": a change, then the level it reached.
    // A bare lower bound after "by" starts a range ("revised upward by 2 to 3 percent"), unless
    // its upper bound is too far to be its pair ("by 0.25 to 5.5 percent" is a change and a
    // level).
    let by = lead.is_some_and(|w| t.is(w, "by"));
    if by && (currency.is_some() || !(t.is(j, "to") || t.is_dash(j))) {
        return None;
    }
    // "a margin of 61.5% to 62.5%", "a forecast of $17.4 billion to $17.9 billion": after a
    // noun's "of" (or a link verb) the unit or currency said again after "to" is the range's;
    // after a verb of change it is the level reached ("rose 2% to 5%", "rose $1 billion to $15
    // billion").
    let said_again_after_to = lead.is_some_and(|w| t.is_in(w, &RANGE_LEADS));
    // "between 5% and 7%", "5%-7%", "between 10 people and 12 people": a unit after the lower
    // bound, which the upper one must repeat.
    // (Not "-5 to -3 degrees", whose "to" is no unit and whose hyphen is a sign.)
    // ("between 4 per cent and 5 per cent": two words; "between 15km and 25km": a unit glued
    // to the number, read as one only when it measures.)
    let unit_len = if t.is_punct(j, '%') {
        1
    } else if t.is(j, "per") && t.gap(j) && t.is(j + 1, "cent") {
        2
    } else if t.is_lower_word(j) && !is_function_word(t.str(j)) {
        let glued_measure = || {
            matches!(units::after(t, j),
                units::After::Unit(u) if u.last == j && u.measure != Measure::Count)
        };
        usize::from(t.gap(j) || glued_measure())
    } else {
        0
    };
    let after_unit = j + unit_len;
    let repeated = unit_len > 0
        && (t.is_dash(after_unit) && !t.gap(after_unit)
            || between && t.is(after_unit, "and")
            || said_again_after_to && t.is(after_unit, "to"));
    if repeated {
        j = after_unit;
    }
    let mut k = if t.is_dash(j) && t.is(j + 1, "to") && t.is_dash(j + 2) && !from {
        j + 3
    } else if t.is_dash(j) || (!between && !from && t.is(j, "to")) || (between && t.is(j, "and")) {
        j + 1
    } else {
        return None;
    };
    // "-5 to -3 degrees": after a word the upper bound may have its own sign.
    let mut sign = 1.0;
    if k == j + 1
        && t.kind(j) == Some(TokKind::Word)
        && let Some(factor) = sign_at(t, k)
    {
        sign = factor;
        k += 1;
    }
    // "between $58 billion and $60 billion", "$25-$40 billion": the same currency before the
    // upper bound; not after "to" ("rose $1 billion to $15 billion" is a change and its result).
    if let Some(code) = currency
        && (said_again_after_to || !t.is(k - 1, "to"))
        && t.kind(k) != Some(TokKind::Digits)
        && let Some(d) = (k + 1..k + 3).find(|&d| t.kind(d) == Some(TokKind::Digits))
        && units::currency_before(t, d) == Some((code, k))
    {
        k = d;
    }
    if t.kind(k) != t.kind(start) && !(age && t.kind(k) == Some(TokKind::Digits)) {
        return None;
    }
    let (mut hi, mut hi_last) = exact_number(t, k)?;
    let mut scale = 1.0;
    if let Some((s, end)) = words::scale_span(t, hi_last + 1, currency.is_some()) {
        scale = s;
        hi *= s;
        hi_last = end;
    }
    // (The unit after the upper bound is read as the range's.)
    let same_unit = |d: usize| {
        t.str(hi_last + 1 + d)
            .eq_ignore_ascii_case(t.str(last + 1 + d))
    };
    if repeated && !(0..unit_len).all(same_unit) {
        return None;
    }
    if hi_last >= limit {
        return None;
    }
    hi *= sign;
    let scaled = scale > 1.0 && lo < hi / scale;
    let lo = if scaled { lo * scale } else { lo };
    // Below zero a range may run either way ("−5 to −10C").
    let ordered = lo < hi || (hi < lo && lo < 0.0 && !scaled);
    // (After a verb that reports a past change, a level several times the change is the level
    // it reached: "rose by 12,000 to 98,000", "was revised up by 12,000 to 98,000".)
    let reached = |w| hi > lo * 3.0 && reports_a_past_change(t, w);
    let paired = !by || hi <= lo * 10.0 && !lead.is_some_and(reached);
    (ordered && paired).then_some(((hi, scaled, scale), hi_last))
}

/// Verbs that tell how a level moved, as a report of it writes them in the past: "rose by",
/// "was revised up by" (not "cut", which may be a present, nor a forecast's "could rise by").
const PAST_CHANGES: WordSet = WordSet::new(&[
    "rose",
    "fell",
    "grew",
    "climbed",
    "jumped",
    "dropped",
    "increased",
    "decreased",
    "declined",
    "slipped",
    "dipped",
    "edged",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "gained",
    "revised",
]);

/// The "by" at `by` follows a verb of [`PAST_CHANGES`] ("rose by", "revised up by"), with no
/// present, future or modal helper just before it ("are often revised upward by" is a habit,
/// "could have increased by" a guess).
fn reports_a_past_change(t: &Tokens, by: usize) -> bool {
    if !t.is(by, "by") || by == 0 {
        return false;
    }
    let mut verb = by - 1;
    if verb > 0
        && t.is_any(
            verb,
            &["up", "down", "upward", "downward", "upwards", "downwards"],
        )
    {
        verb -= 1;
    }
    t.is_in(verb, &PAST_CHANGES)
        && !(verb.saturating_sub(3)..verb).any(|w| t.is_in(w, &HELPERS_OF_NO_PAST))
}

/// Helpers that make a verb of change a habit, a plan or a guess rather than a past fact.
const HELPERS_OF_NO_PAST: WordSet = WordSet::new(&[
    "is", "are", "be", "will", "would", "could", "can", "may", "might", "should", "must", "to",
]);

/// Words before a figure after which "X to Y" with its unit said twice is a range: a noun's
/// "of" and the link verbs ("revenue of $5.1 billion to $5.3 billion", "growth was 2% to 3%").
const RANGE_LEADS: WordSet = WordSet::new(&["of", "at", "for", "is", "was", "are", "were", "be"]);
