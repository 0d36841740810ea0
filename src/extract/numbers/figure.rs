//! Reading one figure at a token: its value (digits, words, scale), range, currency, unit and
//! qualifier, and the cases that look like figures but are not (names, models, ordinals, times).

use super::age::{age_named_before, age_said_before, appositive_age, bounded_age, open_age_bound};
use super::fraction::{self, fraction_at};
use super::harm::{
    HARM_VERBS, HARMED, PAST_HARM_VERBS, crowd_before, number_named_before, refers_back,
};
use super::is_number_word;
use super::multiplier::multiplier_follows;
use super::names::{digits_are_not_a_figure, words_are_not_a_figure};
use super::numeral::numeral;
use super::pvalue::p_value_at;
use super::qualifier::{margin_follows, margin_sign, qualifier_before, qualifier_span};
use super::racetime::race_time;
use super::range::{Bound, range_upper};
use super::ratio::{ratio_at, ratio_named_before};
use super::scoreline::{results_line_end, score_end};
use super::sign::{sign_at, sign_before};
use super::units::{self, After, UnitName};
use super::words;
use crate::claim::{Measure, Qualifier};
use crate::extract::dates::Span;
use crate::extract::tokens::{
    ARTICLE, NUMBER_WORD, TokKind, Tokens, WordSet, is_function_word, lower,
};

/// A figure found in the tokens.
#[derive(Debug, Clone, Copy)]
pub(super) struct Figure {
    /// First token of its text (a currency sign, "magnitude-", "aged", or the number).
    pub first: usize,
    /// Last token of its text (the number, or the unit beside it).
    pub last: usize,
    /// The value (the lower bound of a range).
    pub value: f64,
    /// The upper bound of a range.
    pub upper: Option<f64>,
    /// The unit or counted noun.
    pub unit: Option<UnitName>,
    /// What it measures.
    pub measure: Option<Measure>,
    /// The hedge before it.
    pub qualifier: Option<Qualifier>,
    /// "hundreds", "tens of thousands".
    pub indefinite: bool,
    /// Tied to the next figure, whose unit it shares ("55 of 75 …", "from 9.5 to 20 percent").
    pub tied_to_next: bool,
    /// The unit was carried from another figure.
    pub carried: bool,
    /// A count whose noun was named in an earlier sentence ("Eight were pulled from …", "two of
    /// them"): it may carry the unit of that sentence's count.
    pub elided: bool,
    /// The bare object of a past-tense harm verb ("killed 3"): people, unless another figure of
    /// the sentence lends its noun ("killed 4 soldiers and wounded 7").
    pub harmed: bool,
    /// A bare figure after it borrows no unit from it: a fraction read as a share ("two-thirds
    /// of them voted for the dollar twenty-five"), a confidence level ("95% confidence interval,
    /// 90.2 to 99.3"), a p-value (which borrows none either).
    pub lends_nothing: bool,
    /// Set against another figure ("from 32.6", "than 30", "versus 12"), or an interval: it may
    /// borrow a rate's base ("fell to 23.6 per 100,000 from 32.6").
    pub compared: bool,
}

impl Figure {
    /// A figure of one value from token `first` to `last`, with the hedge written before it
    /// and nothing carried or tied.
    pub(super) fn hedged(
        t: &Tokens,
        first: usize,
        last: usize,
        value: f64,
        unit: Option<UnitName>,
        measure: Option<Measure>,
    ) -> Figure {
        Figure {
            first,
            last,
            value,
            upper: None,
            unit,
            measure,
            qualifier: qualifier_before(t, first),
            indefinite: false,
            tied_to_next: false,
            carried: false,
            elided: false,
            harmed: false,
            lends_nothing: false,
            compared: false,
        }
    }
}

/// All figures in the tokens, skipping the date and time `spans`, into `figures` (which the
/// caller clears).
pub(super) fn scan(t: &Tokens, spans: &[Span], figures: &mut Vec<Figure>) {
    let mut next_span = 0;
    let mut i = 0;
    // Only digits and words with a class can be candidates: the scan goes from one marked
    // token to the next, past those a figure or a date has taken.
    for &k in &t.marked {
        if k < i {
            continue;
        }
        i = k;
        let tok = t.toks[i];
        // A number word, or "a"/"an" before one; the classes were taken when tokenising. The
        // word after an article is tested by its class: a token that is no word never starts
        // with the two ASCII letters every number word starts with. The class only says a word
        // may be one ("first", "forces", "these" share a number word's letters and length): the
        // word itself is looked up before `figure_at`, which finds no figure at a word that is
        // neither a number word nor a fraction, nor at an article before such a word.
        let candidate = tok.kind == TokKind::Digits
            || tok.class & NUMBER_WORD != 0 && is_number_word(t.bytes(i))
            || (tok.class & ARTICLE != 0
                && t.class(i + 1) & NUMBER_WORD != 0
                && is_number_word(t.bytes(i + 1)));
        if !candidate {
            continue;
        }
        // Only a candidate needs the spans: the tokens of a date or time are stepped over
        // whether or not they are candidates, and none of them starts a figure.
        while next_span < spans.len() && spans[next_span].last < i {
            next_span += 1;
        }
        if let Some(span) = spans.get(next_span).filter(|s| s.first <= i) {
            if span.first == i
                && let Some(f) = race_time(t, span)
            {
                figures.push(f);
            }
            i = span.last + 1;
            continue;
        }
        let limit = spans.get(next_span).map_or(t.len(), |s| s.first);
        match p_value_at(t, i, limit).or_else(|| figure_at(t, i, limit)) {
            Some(f) => {
                i = f.last + 1;
                figures.push(f);
            }
            None => i += 1,
        }
    }
}

/// The value at `i`: (value, last token, indefinite). Digits with separators and decimals, or
/// words; `None` for what only looks like a figure.
fn value_at(t: &Tokens, i: usize) -> Option<(f64, usize, bool)> {
    match t.kind(i)? {
        TokKind::Digits => {
            if digits_are_not_a_figure(t, i) {
                return None;
            }
            numeral(t, i).map(|(v, last)| (v, last, false))
        }
        TokKind::Word => {
            let spelled = words::spelled(t, i)?;
            if words_are_not_a_figure(t, i, spelled.last, spelled.indefinite) {
                return None;
            }
            Some((spelled.value, spelled.last, spelled.indefinite))
        }
        TokKind::Punct => None,
    }
}

/// A figure starting at token `i`, using no token at or past `limit` (where a date begins).
fn figure_at(t: &Tokens, i: usize, limit: usize) -> Option<Figure> {
    if t.is(i, "half") && t.is_any(i + 1, &["a", "an"]) {
        return fraction::part_of_amount(t, i, 0.5, i + 1);
    }
    // (The fraction is read once, for both of its readings.)
    if let Some(fraction) = fraction::fraction_span(t, i) {
        // "a quarter of a million pounds", "three quarters of a billion": a part of a spelled
        // amount.
        if let Some((share, at)) = fraction::of_spelled_amount(t, fraction) {
            return fraction::part_of_amount(t, i, share, at);
        }
        // "a third of the total", "two-thirds of voters": a share.
        if let Some(share) = fraction_at(t, i, fraction, limit) {
            return Some(share);
        }
    }
    let read = value_at(t, i);
    // "one in five": a share (read even where "one" alone would be no figure).
    if read.is_none_or(|(_, last, _)| t.is(last + 1, "in"))
        && let Some(share) = ratio_at(t, i, limit)
    {
        return Some(share);
    }
    let (mut value, mut last, indefinite) = read?;
    if last >= limit {
        return None;
    }
    let mut first = i;
    let mut unit = None;
    let mut measure = None;
    // A currency before the number ("$5", "US$5", "USD 10").
    let currency = (t.kind(i) == Some(TokKind::Digits))
        .then(|| units::currency_before(t, i))
        .flatten();
    if let Some((code, at)) = currency {
        first = at;
        unit = Some(UnitName::Fixed(code));
        measure = Some(Measure::Money);
    } else if i >= 1 && t.is(i - 1, "magnitude") {
        first = i - 1;
        unit = Some(UnitName::Fixed("magnitude"));
        measure = Some(Measure::Magnitude);
    } else if i >= 2 && t.is_joining_hyphen(i - 1) && t.is(i - 2, "magnitude") {
        first = i - 2;
        unit = Some(UnitName::Fixed("magnitude"));
        measure = Some(Measure::Magnitude);
    } else if let Some(at) = age_said_before(t, i, last) {
        first = at;
        unit = Some(UnitName::Fixed("years"));
        measure = Some(Measure::Age);
    } else if appositive_age(t, i, last, value)
        || open_age_bound(t, i, last, value).is_some()
        || bounded_age(t, i, last, value)
        || super::age::age_noun_before(t, i, last, value)
    {
        unit = Some(UnitName::Fixed("years"));
        measure = Some(Measure::Age);
    }
    // "aged 55 and older", "people 65 and over": the age and every one above it.
    let age_bound = (measure == Some(Measure::Age))
        .then(|| open_age_bound(t, i, last, value))
        .flatten();
    if let Some((_, end)) = age_bound {
        last = end;
    }
    // "-1.2 percent", "−$5bn", "minus 15 degrees": a sign before the number or its currency.
    let unsigned_first = first;
    let sign = (first == i || currency.is_some())
        .then(|| sign_before(t, first, last, t.kind(i) == Some(TokKind::Digits)))
        .flatten();
    if let Some((factor, at)) = sign {
        // "-0.0%" is 0, not the float −0 (which JSON would print as -0.0).
        value = if value == 0.0 { 0.0 } else { value * factor };
        first = at;
    }
    if !indefinite && let Some((scale, end)) = words::scale_span(t, last + 1, currency.is_some()) {
        value *= scale;
        last = end;
    }
    // The hedge before the figure ("at least"), read once for the lead word, the qualifier and
    // the back reference.
    let margin = sign.is_none().then(|| margin_sign(t, first)).flatten();
    let hedge = match margin {
        Some(at) => {
            // "±3 percent": the sign is part of the figure's text.
            first = at;
            Some((Qualifier::PlusOrMinus, at))
        }
        None => qualifier_span(t, first),
    };
    let lead = lead_word(t, first, hedge);
    // Where the figure and its hedge start: the words before it name what it is.
    let start = hedge.map_or(first, |(_, at)| at);
    let mut upper = None;
    // "lost 1-3", "Liverpool 3 Chelsea 1": a result, one figure that counts nothing.
    let score = score_end(t, first, last)
        .or_else(|| results_line_end(t, first, last))
        .filter(|&end| end < limit);
    if let Some(end) = score {
        last = end;
        measure = Some(Measure::Score);
    } else if let Some((hi, hi_last)) = range_upper(
        t,
        Bound {
            start: i,
            value,
            last,
            currency: currency.map(|(code, _)| code),
            age: measure == Some(Measure::Age),
        },
        limit,
        lead,
    ) {
        if hi.1 {
            // "2-3 million": the scale of the upper bound applies to both.
            value *= hi.2;
        }
        upper = Some(hi.0);
        if hi.0 < value {
            // "−5 to −10C": below zero the nearer bound comes first; the range is −10 to −5.
            (value, upper) = (hi.0, Some(value));
        }
        last = hi_last;
    }
    let mut tied_to_next = false;
    let mut carried = false;
    // "three times higher", "two to three times the rate": a factor; "stabbed three times": how
    // often. Neither counts a noun of the sentence, nor lends its own.
    let times = unit.is_none() && score.is_none() && t.is(last + 1, "times");
    if times && multiplier_follows(t, last + 2) {
        unit = Some(UnitName::Fixed("times"));
        measure = Some(Measure::Ratio);
        last += 1;
    }
    if unit.is_none() && score.is_none() && !times {
        let after = if indefinite && t.is(last + 1, "of") {
            units::amount_of(t, last + 2)
        } else {
            units::after(t, last + 1)
        };
        match after {
            // "12 doctors per 1,000 residents": what is counted and its base.
            After::Unit(u)
                if u.measure == Measure::Count
                    && let Some(end) = units::rate_base(t, u.last + 1).filter(|&e| e < limit) =>
            {
                let from = u.name.first_token().unwrap_or(u.last + 1);
                unit = Some(UnitName::Designation(from, end));
                measure = Some(Measure::Rate);
                last = end;
            }
            After::Unit(u) if u.last < limit => {
                unit = Some(u.name);
                measure = Some(u.measure);
                // "Dozens killed", "more than 150 wounded": people, whom the participle after
                // the figure (left out of its text, as in "54 people were killed") says befell.
                if u.name == UnitName::Token(last + 1) && t.is_in(last + 1, &HARMED) {
                    let one = value == 1.0 && upper.is_none();
                    unit = Some(UnitName::Fixed(if one { "person" } else { "people" }));
                    carried = true;
                } else {
                    last = u.last;
                }
                // "97 cents per share" in a sentence of dollars: 0.97 USD ("per cent" is a
                // percentage, read before).
                if u.measure == Measure::Count
                    && let Some(code) = units::minor_currency(t, u.last)
                {
                    unit = Some(UnitName::Fixed(code));
                    measure = Some(Measure::Money);
                    value /= 100.0;
                    upper = upper.map(|hi| hi / 100.0);
                }
            }
            After::NotAFigure => return None,
            // "23.6 per 100,000 people", "21.6 per 100,000": a rate, its base no count.
            After::Nothing
                if let Some(end) = units::rate_base(t, last + 1).filter(|&e| e < limit) =>
            {
                unit = Some(UnitName::Designation(last + 1, end));
                measure = Some(Measure::Rate);
                last = end;
            }
            // "adjusted odds ratio 0.07", "HR 1.45": a ratio, never a count or a percentage.
            _ if let Some(name) = ratio_named_before(t, start) => {
                unit = Some(UnitName::Fixed(name));
                measure = Some(Measure::Ratio);
            }
            _ => {
                // "55 of 75 …", "50 of the 95 victims", "21 of Florida's 67 counties", "from
                // 9.5 to 20 percent": the next figure names the unit.
                let of_figure = t.is(last + 1, "of")
                    && (starts_figure(t, last + 2)
                        || t.is_in(last + 2, &DETERMINERS) && starts_figure(t, last + 3)
                        || units::after_possessive(t, last + 2)
                            .is_some_and(|k| starts_figure(t, k)));
                // ("from -3 to -8 degrees": the upper figure may have its own sign.)
                let from_to = lead.is_some_and(|w| t.is(w, "from"))
                    && t.is(last + 1, "to")
                    && (starts_figure(t, last + 2)
                        || sign_at(t, last + 2).is_some() && starts_figure(t, last + 3));
                // "120 ± 15 deaths": the central value counts what its margin does.
                tied_to_next = of_figure || from_to || margin_follows(t, last + 1);
                // "two of the buildings": the noun after "of the" is counted.
                if !tied_to_next
                    && t.is(last + 1, "of")
                    && t.is_in(last + 2, &DETERMINERS)
                    && let After::Unit(u) = units::owned_noun(t, last + 3)
                    && u.last < limit
                {
                    unit = Some(u.name);
                    measure = Some(u.measure);
                    carried = true;
                } else if !tied_to_next && let Some(name) = number_named_before(t, first) {
                    // "put the number of dead at 67": the dead.
                    unit = Some(name);
                    measure = Some(Measure::Count);
                    carried = true;
                } else if !tied_to_next && crowd_before(t, start) {
                    // "A crowd of 60,254 watched": people.
                    unit = Some(UnitName::Fixed("people"));
                    measure = Some(Measure::Count);
                    carried = true;
                } else if !tied_to_next && lead.is_some_and(|w| t.is_in(w, &HARM_VERBS)) {
                    // "Fire kills 9", "Drone strike injures four": people.
                    let one = value == 1.0 && upper.is_none();
                    unit = Some(UnitName::Fixed(if one { "person" } else { "people" }));
                    measure = Some(Measure::Count);
                    carried = true;
                }
            }
        }
    }
    // "£190,000 a week", "$20 a month": a wage or a price, not a sum.
    if measure == Some(Measure::Money)
        && let Some(UnitName::Fixed(code)) = unit
        && let Some((per, end)) = units::paid_per(t, last + 1).filter(|&(_, e)| e < limit)
    {
        unit = Some(UnitName::PaidPer(code, per));
        last = end;
    }
    // "The median age of cases was 4 years": an age, not a length of time.
    if measure == Some(Measure::Duration)
        && matches!(unit, Some(UnitName::Fixed("years" | "months")))
        && age_named_before(t, start)
    {
        measure = Some(Measure::Age);
    }
    // A count, an age or a duration is never below zero: a hyphen before one is a bullet or a
    // dash ("-5 people were injured"), and a plus adds nothing.
    if sign.is_some()
        && matches!(
            measure,
            Some(Measure::Count | Measure::Age | Measure::Duration)
        )
    {
        // The numeral as written, whatever the sign made of it.
        value = value.abs();
        upper = upper.filter(|&hi| hi > value);
        first = unsigned_first;
    }
    let qualifier = if indefinite {
        Some(Qualifier::Indefinite)
    } else {
        hedge.map(|(q, _)| q).or(age_bound.map(|(q, _)| q))
    };
    // "95% confidence interval, 90.2 to 99.3": a confidence level, not the interval's unit.
    let lends_nothing = measure == Some(Measure::Percent)
        && (t.is(last + 1, "confidence") || t.str(last + 1) == "CI")
        || times;
    let counts = unit.is_none() && !indefinite && score.is_none();
    let elided = counts && !tied_to_next && refers_back(t, first, last, hedge);
    let harmed = counts && !tied_to_next && lead.is_some_and(|w| t.is_in(w, &PAST_HARM_VERBS));
    Some(Figure {
        first,
        last,
        value,
        upper,
        unit,
        measure,
        qualifier,
        indefinite,
        tied_to_next,
        carried,
        elided,
        harmed,
        lends_nothing,
        compared: upper.is_some() || lead.is_some_and(|w| t.is_in(w, &COMPARED_AFTER)),
    })
}

/// A function word ("the", "in", "has"), in any case.
pub(super) fn is_function_word_any_case(word: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(word, &mut buf).is_some_and(is_function_word)
}

/// Words before a figure set against another ("from 32.6", "than 30").
const COMPARED_AFTER: WordSet = WordSet::new(&["from", "than", "versus", "vs", "against"]);

/// Determiners after "of" that make "two of the buildings" count buildings.
const DETERMINERS: WordSet =
    WordSet::new(&["the", "these", "those", "its", "their", "his", "her", "our"]);

/// A figure starts at token `k` (digits or a number word).
fn starts_figure(t: &Tokens, k: usize) -> bool {
    match t.kind(k) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => words::spelled(t, k).is_some(),
        _ => false,
    }
}

/// The word before a figure and its qualifier ("from", "by", "between"), if any; `hedge` is
/// [`qualifier_span`] at `first`.
fn lead_word(t: &Tokens, first: usize, hedge: Option<(Qualifier, usize)>) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    if let Some((_, q_first)) = hedge {
        k = q_first.checked_sub(1)?;
    }
    (t.kind(k) == Some(TokKind::Word)).then_some(k)
}
