//! Ages told without "years old": set off by commas after a person ("The suspect, 33,"), and
//! open bounds ("people 65 and older", "aged 55 and over", "children 5 and under").

use super::figure::is_function_word_any_case;
use super::{units, words};
use crate::claim::{Measure, Qualifier};
use crate::extract::tokens::{TokKind, Token, Tokens, WordSet};

/// "The suspect, 33, was arrested", "John Smith, 45, of Leeds": a whole number up to 120 set
/// off by commas after a person (a name or a noun for a person) is their age.
pub(super) fn appositive_age(t: &Tokens, i: usize, last: usize, value: f64) -> bool {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    if !whole || i < 2 || t.kind(i) != Some(TokKind::Digits) {
        return false;
    }
    // ("fined Dennis R. Hollister, 58, $250,000": an amount may follow the age.)
    let amount_after = t.kind(i + 3) == Some(TokKind::Digits)
        && units::currency_before(t, i + 3).is_some_and(|(_, at)| at == i + 2);
    let set_off = t.is_punct(i - 1, ',')
        && t.is_punct(i + 1, ',')
        && (t.is_lower_word(i + 2) || amount_after);
    let person = i - 2;
    let named = t.is_capitalised(person)
        && !is_function_word_any_case(t.str(person))
        && !crate::extract::dates::month_or_weekday(t.str(person));
    (set_off && (named || t.is_in(person, &units::PERSON_NOUNS))) || stated_age(t, i)
}

/// "The driver was 58 and came from Crewe", "Her mother is 91.": a whole number standing alone
/// after "was" or "is", whose subject is a noun for a person after a determiner, is their age.
fn stated_age(t: &Tokens, i: usize) -> bool {
    let alone = i + 1 >= t.len()
        || t.kind(i + 1) == Some(TokKind::Punct) && !t.is_punct(i + 1, '%')
        || t.is_any(i + 1, &["and", "when", "but"]);
    alone
        && i >= 3
        && t.is_any(i - 1, &["was", "is"])
        && t.is_in(i - 2, &units::PERSON_NOUNS)
        && t.is_any(i - 3, &["the", "his", "her", "their"])
}

/// "aged 6", "by age five", "at age 65", "at the age of 91", "children ages 5 to 11": a figure
/// at `i` (ending at `last`) right after "aged", or after "age" (or "the age of") led by a
/// preposition ("by", "at", "until") or "ages", is an age in years — unless a shorter unit
/// follows ("aged 6 months"). Gives the token the age's text starts at ("aged", "age").
pub(super) fn age_said_before(t: &Tokens, i: usize, last: usize) -> Option<usize> {
    let k = i.checked_sub(1)?;
    let at = match t.str(k) {
        "aged" | "Aged" | "ages" | "Ages" => k,
        // Lower case: "the Stone Age 2" and "Age UK" are names.
        "age" if k >= 1 && t.is_in(k - 1, &AGE_PREPOSITIONS) => k,
        // "at the age of 91", "by the age of five".
        "of" if k >= 3
            && t.is(k - 1, "age")
            && t.is(k - 2, "the")
            && t.is_in(k - 3, &AGE_PREPOSITIONS) =>
        {
            k - 1
        }
        // "a woman of 35", "an elderly man of 80": the age of one person.
        "of" if person_of(t, k, i, last) => i,
        // "aged about two", "aged around 40": the hedge stands between; the age's text starts
        // at the number, after its hedge.
        // (A hedge has at most three words: "aged" is looked for first, as cheaper.)
        _ if (2..=4).any(|back| i >= back && aged_or_ages(t, i - back))
            && super::qualifier::qualifier_span(t, i)
                .is_some_and(|(_, h)| h >= 1 && aged_or_ages(t, h - 1)) =>
        {
            i
        }
        // "three children aged 4, 9 and 15": every figure of the list is an age.
        _ if listed_after_aged(t, i, last) => i,
        _ => return None,
    };
    let shorter = t.is_any(
        last + 1,
        &["months", "month", "weeks", "week", "days", "day"],
    );
    (t.gap(i) && !shorter).then_some(at)
}

/// "aged" or "ages" at token `k`, in any case. Asked of several tokens before every figure:
/// the length, which turns away most words, is looked at before the words are compared (read
/// off the token's span, and inlined: a call and a slice of the text cost more than the answer).
#[inline]
fn aged_or_ages(t: &Tokens, k: usize) -> bool {
    t.toks.get(k).is_some_and(|tok| tok.end - tok.start == 4) && t.is_any(k, &["aged", "ages"])
}

/// "a woman of 35", "an elderly man of 80": a whole number at `i` (one token, ending at
/// `last`) after "of" at `k` after "a" or "an", at most one word, and a noun for one person
/// (not "a mother of three", whose figure counts her children), with no unit after it.
fn person_of(t: &Tokens, k: usize, i: usize, last: usize) -> bool {
    let one_word = match t.kind(i) {
        Some(TokKind::Digits) => t.str(i).len() <= 3,
        Some(TokKind::Word) => super::words::spelled(t, i).is_some_and(|w| w.last == i),
        _ => false,
    };
    if last != i || !one_word || k < 2 || !t.is_in(k - 1, &PERSONS_OF_AN_AGE) {
        return false;
    }
    let article = |a: usize| t.is_any(a, &["a", "an"]);
    let led = article(k - 2)
        || k >= 3
            && article(k - 3)
            && t.is_lower_word(k - 2)
            && !is_function_word_any_case(t.str(k - 2));
    led && !matches!(units::after(t, last + 1), units::After::Unit(_))
}

/// Nouns for one person whose "of" and a figure give their age ("a woman of 35").
const PERSONS_OF_AN_AGE: WordSet = WordSet::new(&[
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "lady",
    "gentleman",
    "youth",
    "teenager",
    "pensioner",
]);

/// "aged 4, 9 and 15", "ages 5, 8, or 11": the whole number at `i` (ending at `last`) is a
/// later item of a list of whole numbers, each one word, that "aged" or "ages" opens — and has
/// no noun, "aged" or "of" of its own ("aged 18 and 300 women" counts women, "aged 15, 80 aged
/// 16" counts pupils).
fn listed_after_aged(t: &Tokens, i: usize, last: usize) -> bool {
    let age_like = |k: usize| match t.kind(k) {
        Some(TokKind::Digits) => t.str(k).len() <= 3,
        Some(TokKind::Word) => super::words::spelled(t, k).is_some_and(|w| w.last == k),
        _ => false,
    };
    // Most figures follow no separator of a list: that is asked first, the figure itself after.
    let Some(sep) = i.checked_sub(1) else {
        return false;
    };
    if !(t.is_punct(sep, ',') || t.is_any(sep, &["and", "or"])) {
        return false;
    }
    // A figure followed by its own "aged" counts those of that age ("120 were aged 15, 80 aged
    // 16"), and one followed by "of" counts part of a group ("aged 70, 2 of her grandchildren").
    if last != i || !age_like(i) || t.is_any(last + 1, &["aged", "ages", "of"]) {
        return false;
    }
    // (Whether a unit follows is asked last, of a list that "aged" opens: it costs the most.)
    let no_unit = || !matches!(units::after(t, last + 1), units::After::Unit(_));
    let mut item = i;
    // A list of ages is short: a few items back at most.
    for _ in 0..6 {
        // The separator before the item: ",", "and", "or", ", and".
        let Some(mut sep) = item.checked_sub(1) else {
            return false;
        };
        if t.is_any(sep, &["and", "or"]) && sep >= 1 && t.is_punct(sep - 1, ',') {
            sep -= 1;
        } else if !(t.is_punct(sep, ',') || t.is_any(sep, &["and", "or"])) {
            return false;
        }
        match sep.checked_sub(1) {
            Some(before) if age_like(before) => item = before,
            _ => return false,
        }
        if item >= 1 && aged_or_ages(t, item - 1) {
            return no_unit();
        }
    }
    false
}

/// Prepositions before "age" and a figure ("by age five", "from age 12").
const AGE_PREPOSITIONS: WordSet = WordSet::new(&[
    "by", "at", "from", "until", "till", "to", "before", "after", "under", "over", "above",
    "below", "beyond", "past", "around", "about",
]);

/// "65 and older", "5 and under" after a noun for people: a whole number up to 120 at `i`
/// (ending at `last`) is an age and the words after it bound the ages: (the qualifier, the last
/// token of "and older"). "and older", "or younger" say age themselves; "and over", "and up",
/// "and under" only after people ("people 65 and over", not "groups of 10 and over").
pub(super) fn open_age_bound(
    t: &Tokens,
    i: usize,
    last: usize,
    value: f64,
) -> Option<(Qualifier, usize)> {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    if !whole || t.kind(i) != Some(TokKind::Digits) || !t.is_any(last + 1, &["and", "or"]) {
        return None;
    }
    let bound = last + 2;
    let people = i >= 1 && (t.is_in(i - 1, &PEOPLE) || t.is(i - 1, "aged"));
    let qualifier = if t.is(bound, "older") || people && t.is_any(bound, &["over", "up"]) {
        Qualifier::AtLeast
    } else if t.is(bound, "younger") || people && t.is(bound, "under") {
        Qualifier::UpTo
    } else {
        return None;
    };
    Some((qualifier, bound))
}

/// "children under 5", "people over 65", "children under five", "investors, most of them over
/// 70": a whole number up to 120 at `i` (in digits or one word) after "under" or "over" after a
/// plural noun for people or "of them", with no unit of its own after it ("children under 5
/// kg", "people over 65 pounds"), is an age (the qualifier is read as for any figure). A word
/// in -ing after it is the clause's verb ("children under five rising sharply").
pub(super) fn bounded_age(t: &Tokens, i: usize, last: usize, value: f64) -> bool {
    let whole = value.fract() == 0.0 && (1.0..=120.0).contains(&value) && last == i;
    if !whole || i < 2 || !t.is_any(i - 1, &["under", "over"]) {
        return false;
    }
    let people = t.is_in(i - 2, &PEOPLE) || i >= 3 && t.is(i - 2, "them") && t.is(i - 3, "of");
    if !people {
        return false;
    }
    let own_unit = match units::after(t, last + 1) {
        units::After::Unit(u) => u.measure != Measure::Count || units::counts_a_plural(t, u.last),
        _ => false,
    };
    !own_unit
}

/// "The median age of cases was 4 years", "at an average age of 43 years": a length of time in
/// years or months starting at token `start` (its hedge included) that an "age" named before it
/// in its clause is, through "was", "is", "were" or "of".
pub(super) fn age_named_before(t: &Tokens, start: usize) -> bool {
    let Some(link) = start.checked_sub(1) else {
        return false;
    };
    if !t.is_any(link, &["was", "is", "were", "of"]) {
        return false;
    }
    // Back over the words of the subject ("median age of confirmed cases"): no comma, no verb.
    (link.saturating_sub(6)..link)
        .rev()
        .take_while(|&k| t.kind(k) == Some(TokKind::Word))
        .any(|k| t.is_any(k, &["age", "ages"]))
}

/// "the average age was 66", "raise the pension age to 65", "a retirement age of 67", "The
/// average age of the 340 patients was 71", "The minimum age for the exam is 16", "The state
/// pension age rises to 67", "an average age of 24.6": a bare number from 1 to 120 at `i`
/// (ending at `last`, after its hedge) that "age" names through "was", "is", "to", "of" or "from" ("lowering the voting age from 18 to 16": both) is
/// an age, and borrows no noun or percentage from the figures beside it.
pub(super) fn age_noun_before(t: &Tokens, i: usize, last: usize, value: f64) -> bool {
    // A whole number, or a decimal in digits ("24.6"); a scale word after it makes an amount.
    let decimal = value.fract() != 0.0
        && last == i + 2
        && t.kind(i) == Some(TokKind::Digits)
        && t.is_punct(i + 1, '.');
    let plausible =
        (1.0..=120.0).contains(&value) && (last == i && value.fract() == 0.0 || decimal);
    // Most figures have no "age" anywhere before them: turned away before the hedge, the scale
    // word and the unit after are read (the age is at most 21 words before the figure's hedge,
    // and a hedge has at most three words).
    // (Read straight from the tokens' spans, first letter first: this looks at up to 24 tokens
    // for nearly every figure.)
    let bytes = t.text.as_bytes();
    let may_be_age = |tok: &Token| {
        bytes[tok.start] | 0x20 == b'a'
            && matches!(&bytes[tok.start..tok.end], [_, g, e, ..] if [*g, *e].eq_ignore_ascii_case(b"ge"))
    };
    if !plausible || !t.toks[i.saturating_sub(24)..i].iter().any(may_be_age) {
        return false;
    }
    let start = super::qualifier::qualifier_span(t, i).map_or(i, |(_, at)| at);
    if start < 2 {
        return false;
    }
    let link = start - 1;
    let ages = |k: usize| t.is_any(k, &["age", "ages"]);
    let named = if ages(link - 1) && t.is_any(link, &["was", "is", "to", "of", "from"]) {
        true
    } else if t.is(link, "to")
        && link >= 3
        && t.kind(link - 1) == Some(TokKind::Digits)
        && t.is(link - 2, "from")
        && ages(link - 3)
    {
        // "lowering the voting age from 18 to 16": both ends of the change.
        true
    } else if t.is(link, "to") {
        // "the pension age rises to 67", "the age will rise to 68": a verb of change between.
        (link.saturating_sub(4)..link)
            .rev()
            .take_while(|&k| ages(k) || t.is_in(k, &AGE_CHANGE))
            .any(ages)
    } else {
        t.is_any(link, &["was", "is"]) && age_heads_subject(t, link)
    };
    // "The voting age of 16 applies to …": after a fixed age's "of" the figure is the age, and
    // a word after it is no noun it counts ("applies") unless it names people ("the pension
    // age of 300 women"); "the average age of 340 patients" counts them.
    let fixed = t.is(link, "of") && link >= 2 && ages(link - 1) && t.is_in(link - 2, &FIXED_AGES);
    named
        && words::scale_span(t, last + 1, false).is_none()
        && match units::after(t, last + 1) {
            units::After::Unit(u) => {
                fixed
                    && u.measure == Measure::Count
                    && u.last == last + 1
                    && !t.is_in(u.last, &PEOPLE)
            }
            _ => true,
        }
}

/// Words before "age" that name an age set by a rule, not one measured of a group: "the voting
/// age of 16", "a retirement age of 67".
const FIXED_AGES: WordSet = WordSet::new(&[
    "voting",
    "retirement",
    "pension",
    "pensionable",
    "minimum",
    "maximum",
    "legal",
    "drinking",
    "driving",
    "smoking",
    "marriage",
    "leaving",
    "starting",
    "entry",
    "qualifying",
    "cutoff",
    "compulsory",
    "mandatory",
]);

/// "age of the 340 patients in the first-team squad was", "age at diagnosis was", "age of the
/// 1,200 staff whose data was stolen is": back from the verb at `link` over the words of the
/// subject (no comma, at most 20 words) to "age of/for/at/in". A clause of its own ends the
/// subject, unless "who" or "whose" opens it as a relative clause of the subject's noun.
fn age_heads_subject(t: &Tokens, link: usize) -> bool {
    // A verb of a clause met going back, not yet known to be inside a relative clause.
    let mut clause_verb = false;
    for k in (link.saturating_sub(20)..link).rev() {
        // ("1,200 staff": a separator inside a number is part of the subject.)
        let within_number = t.kind(k + 1) == Some(TokKind::Digits)
            && (t.is_punct(k, ',') || t.is_punct(k, '.'))
            && !t.gap(k)
            && !t.gap(k + 1);
        if !matches!(t.kind(k), Some(TokKind::Word | TokKind::Digits))
            && !t.is_joining_hyphen(k)
            && !within_number
        {
            return false;
        }
        if t.is_any(k, &["who", "whose"]) {
            clause_verb = false;
        } else if t.is_in(k, &CLAUSE_WORDS) {
            if !t.is_in(k, &RELATIVE_CLAUSE_VERBS) {
                return false;
            }
            clause_verb = true;
        } else if !clause_verb
            && t.is_any(k, &["age", "ages"])
            && t.is_any(k + 1, &["of", "for", "at", "in", "among"])
        {
            return true;
        }
    }
    false
}

/// Verbs of a relative clause inside a subject ("the staff whose data was stolen").
const RELATIVE_CLAUSE_VERBS: WordSet =
    WordSet::new(&["was", "is", "were", "are", "has", "had", "have"]);

/// Words that open or carry a clause of their own: the subject before "was" ends there ("the
/// age of the house was disputed and the bill was 71").
const CLAUSE_WORDS: WordSet = WordSet::new(&[
    "but", "while", "whereas", "when", "which", "who", "that", "was", "is", "were", "are", "has",
    "had", "have", "said", "says",
]);

/// Words between "age" and "to" in a change of an age ("the pension age will rise to 68").
const AGE_CHANGE: WordSet = WordSet::new(&[
    "rises",
    "rose",
    "rise",
    "rising",
    "risen",
    "falls",
    "fell",
    "fall",
    "falling",
    "increases",
    "increased",
    "increase",
    "increasing",
    "goes",
    "went",
    "going",
    "go",
    "up",
    "down",
    "will",
    "would",
    "is",
    "was",
    "has",
    "had",
    "have",
    "been",
    "be",
    "set",
    "due",
    "moves",
    "moved",
    "move",
    "drops",
    "dropped",
    "climbs",
    "climbed",
    // "voting age is lowered to 16", "the pension age was raised to 67".
    "lowered",
    "lowers",
    "lowering",
    "raised",
    "raises",
    "raising",
    "reduced",
    "cut",
]);

/// "interquartile range 1 to 9", "(range 18-80)": a range right after the name of a spread,
/// which measures what the figure before it does (an age).
pub(super) fn spread_named_before(t: &Tokens, first: usize) -> bool {
    let k = match first.checked_sub(1) {
        Some(k) if t.is_punct(k, ',') || t.is_punct(k, ':') => k.checked_sub(1),
        k => k,
    };
    k.is_some_and(|k| t.is_any(k, &["range", "IQR"]))
}

/// Plural nouns for people before an age bound ("people 65 and over").
const PEOPLE: WordSet = WordSet::new(&[
    "people",
    "adults",
    "those",
    "men",
    "women",
    "children",
    "kids",
    "residents",
    "voters",
    "patients",
    "seniors",
    "persons",
    "individuals",
    "Americans",
    "drivers",
    "workers",
]);

#[cfg(test)]
mod tests;
