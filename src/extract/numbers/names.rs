//! Digits and number words that look like figures but are not: names ("World War Three",
//! "Flight 17"), models ("F-16", "A330"), ordinals ("1st"), codes ("24/7"), pronouns ("one of
//! them", "the one who").

use super::citation::in_citation;
use super::figure::is_function_word_any_case;
use super::labels::{labelled, names_a_road_or_a_model, names_a_speaker, us_route};
use super::sign::plus_sign;
use super::telephone::in_telephone_number;
use super::units::{self, PERSON_NOUNS};
use super::words::{self, NumWord};
use crate::extract::quotes::verbs::is_speech_verb;
use crate::extract::tokens::{TokKind, Tokens, WordSet, lower};

/// Words that end a street's name ("Pennsylvania Avenue", "Downing Street").
const STREET_TYPES: WordSet = WordSet::new(&[
    "Avenue",
    "Ave",
    "Street",
    "St",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Drive",
    "Place",
    "Square",
    "Terrace",
    "Crescent",
    "Parkway",
    "Embankment",
]);

/// The digits at `i` are the number of a house on a street: "1600 Pennsylvania Avenue", "10
/// Downing Street", "221B Baker Street" — up to three capitalised words and a street type, which
/// ends the phrase ("200 Tiananmen Square protesters" counts protesters).
pub(crate) fn street_number(t: &Tokens, i: usize) -> bool {
    // Most figures are not followed by a capitalised word: one look decides.
    let mut k = i + 1;
    if t.kind(k) == Some(TokKind::Word) && !t.gap(k) && t.str(k).len() == 1 {
        k += 1; // "221B"
    }
    if !t.gap(k) || !t.is_capitalised(k) || t.kind(i) != Some(TokKind::Digits) {
        return false;
    }
    let named = (k..k + 3)
        .take_while(|&w| t.is_capitalised(w) && t.gap(w))
        .count();
    (1..=named).any(|n| {
        let end = k + n;
        let noun_after = t.is_lower_word(end + 1) && !is_function_word_any_case(t.str(end + 1));
        t.is_capitalised(end) && t.is_in(end, &STREET_TYPES) && !noun_after
    })
}

/// Digits at `i` that belong to a name, model, ordinal, time or code: "A330", "F-16", "1st",
/// "5G", "24/7", "No. 5", "Flight 17", "10 Downing Street".
pub(super) fn digits_are_not_a_figure(t: &Tokens, i: usize) -> bool {
    if in_telephone_number(t, i) || street_number(t, i) || false_start(t, i) || in_citation(t, i) {
        return true;
    }
    // A footnote or reference mark: "[1]", "[12]".
    if i > 0 && t.is_punct(i - 1, '[') && !t.gap(i) && t.is_punct(i + 1, ']') && !t.gap(i + 1) {
        return true;
    }
    // "N2bn": the naira's sign is a letter glued to the amount.
    if i > 0 && !t.gap(i) && !units::naira_sign(t, i) {
        match t.kind(i - 1) {
            Some(TokKind::Word | TokKind::Digits) => return true,
            Some(TokKind::Punct) if t.is_dash(i - 1) => {
                // "F-16", "COVID-19" are names; "magnitude-7.1" is a figure.
                let glued_word = i >= 2 && !t.gap(i - 1) && t.kind(i - 2) != Some(TokKind::Punct);
                if glued_word && !t.is(i - 2, "magnitude") {
                    return true;
                }
            }
            // "+44 20 …" is a telephone number; "+2.5%" a signed figure.
            Some(TokKind::Punct)
                if matches!(
                    t.str(i - 1),
                    "." | "," | ":" | "/" | "#" | "@" | "&" | "=" | "_"
                ) || (t.is_punct(i - 1, '+') && !plus_sign(t, i)) =>
            {
                return true;
            }
            Some(TokKind::Punct) => {}
            None => {}
        }
    }
    if labelled(t, i) || us_route(t, i) || names_a_speaker(t, i) {
        return true;
    }
    if names_a_road_or_a_model(t, i) {
        return true;
    }
    if catalogue_designation(t, i) || names_a_thing(t, i) {
        return true;
    }
    if i >= 2 && t.is_punct(i - 1, '.') && t.is_any(i - 2, &["No", "no", "Nos"]) {
        return true;
    }
    let n = i + 1;
    if !t.gap(n) {
        match t.kind(n) {
            Some(TokKind::Word) => {
                let w = t.str(n);
                // "30C", "90F": degrees Celsius or Fahrenheit.
                let allowed = words::scale_at(t, n, true).is_some()
                    || units::is_temperature_scale(t, n)
                    || matches!(
                        w,
                        "km" | "kg"
                            | "cm"
                            | "mm"
                            // "75mg of aspirin": a dose.
                            | "mg"
                            | "mcg"
                            | "ml"
                            | "ft"
                            | "mph"
                            | "kph"
                            | "W"
                            | "MW"
                            | "GW"
                            | "kW"
                            | "kWh"
                            // "18,700ha", "938hPa".
                            | "ha"
                            | "hPa"
                            // "140p": pence.
                            | "p"
                    );
                if !allowed {
                    return true;
                }
            }
            Some(TokKind::Punct) => {
                let s = t.str(n);
                let continues = !t.gap(n + 1) && t.kind(n + 1) == Some(TokKind::Digits);
                if continues && matches!(s, ":" | "/") {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The number ending at `last` opens a noun in "-er" that names a thing, not a count of it: "a
/// six-pointer", "a 10-pounder", "two-seaters", "a five-setter". The noun ends its phrase (in
/// "a four-letter word" or "a two-seater car" the number measures what follows), and is no
/// unit ("a 100-meter", "a two-liter"), nor golf's or cricket's "under" and "over", nor what
/// measures a group ("a 12-member", "a four-player").
fn names_a_thing(t: &Tokens, last: usize) -> bool {
    if !t.is_joining_hyphen(last + 1) || !t.is_lower_word(last + 2) {
        return false;
    }
    let noun = t.str(last + 2);
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    let unit = ["meter", "metre", "liter", "litre"]
        .iter()
        .any(|u| stem.ends_with(u));
    let agent = stem.len() > 4
        && stem.ends_with("er")
        && !unit
        && !matches!(
            stem,
            "under"
                | "over"
                | "quarter"
                | "number"
                | "member"
                | "player"
                | "letter"
                | "chapter"
                | "character"
                | "layer"
                | "barrier"
        );
    let next = last + 3;
    let phrase_ends =
        t.kind(next) != Some(TokKind::Word) && !t.is_joining_hyphen(next) && !t.is_apostrophe(next)
            || t.gap(next) && is_function_word_any_case(t.str(next));
    agent && phrase_ends
}

/// "LHS 1140 b", "Gliese 581 c", "HD 209458 b": a capitalised code, a number and a single
/// lower-case letter (a planet's, a star's companion's) name one object. ("a" is the article,
/// "x" a product: "Blizzard 2024 a year on", "PS 5 x 2".)
fn catalogue_designation(t: &Tokens, i: usize) -> bool {
    let letter = t.bytes(i + 1);
    let single =
        letter.len() == 1 && letter[0].is_ascii_lowercase() && !matches!(letter[0], b'a' | b'x');
    i >= 1
        && t.gap(i)
        && t.is_capitalised(i - 1)
        && !is_function_word_any_case(t.str(i - 1))
        && t.gap(i + 1)
        && single
        && (t.gap(i + 2) || t.kind(i + 2) == Some(TokKind::Punct) || i + 2 >= t.len())
}

/// Digits at `i` that a speaker broke off and said again, as transcripts write it: "better than
/// a 10 -- and still have -- better than a 10-to-1 advantage", "We have 17 -- 17 intelligence
/// agencies". A dash interrupts the number, and later in the sentence the same number starts
/// again, right after the dash or after the same word as before: that later one is what was
/// meant.
fn false_start(t: &Tokens, i: usize) -> bool {
    // The number as written, to its last group: "10", "2,000", "1.5".
    let group_after = |k: usize| {
        matches!(t.str(k + 1), "," | ".")
            && !t.gap(k + 1)
            && !t.gap(k + 2)
            && t.kind(k + 2) == Some(TokKind::Digits)
    };
    let mut last = i;
    while group_after(last) {
        last += 2;
    }
    let dash = last + 1;
    // Most numbers are followed by no dash: one look decides.
    if !t.is_dash(dash) {
        return false;
    }
    // Set off, doubled ("--") or an em dash: not the hyphen of "10-15".
    let interrupts =
        t.gap(dash) || t.gap(dash + 1) || t.is_dash(dash + 1) || t.str(dash) == "\u{2014}";
    let len = last - i;
    let same_number =
        |k: usize| (0..=len).all(|d| t.str(k + d) == t.str(i + d)) && !group_after(k + len);
    let restarts = |k: usize| {
        let after_dash = t.gap(k) && (dash..k).all(|d| t.is_dash(d));
        let same_word = i >= 1
            && t.kind(i - 1) == Some(TokKind::Word)
            && t.kind(k - 1) == Some(TokKind::Word)
            && t.bytes(k - 1).eq_ignore_ascii_case(t.bytes(i - 1));
        (after_dash || same_word) && same_number(k)
    };
    interrupts && (dash + 1..t.len()).any(|k| t.kind(k) == Some(TokKind::Digits) && restarts(k))
}

/// Words before "one" that make it a pronoun ("the one who", "no one", "at one point").
const ONE_BEFORE: WordSet = WordSet::new(&[
    "the", "this", "that", "no", "any", "every", "each", "which", "another", "someone", "anyone",
    "everyone", "last", "at", "as", "The", "No", "At", "As",
]);

/// Words after "one" that make it a pronoun or an idiom ("one of", "one another", "one day").
const ONE_AFTER: WordSet = WordSet::new(&[
    "of", "another", "who", "that", "which", "by", "could", "would", "should", "may", "might",
    "can", "will", "must", "is", "was", "has", "had", "does", "did", "day", "point", "time", "way",
    "side", "hand", "thing", "more", "less", "else", "here", "there", "in", "on", "at", "to",
]);

/// "said that one child died", "adding that one person was injured": "that" before "one" is a
/// conjunction, not the demonstrative of "that one was worse", when a reporting verb comes before
/// it or a noun for a person after "one".
fn that_opens_a_clause(t: &Tokens, i: usize) -> bool {
    i >= 1
        && t.is(i - 1, "that")
        && ((i >= 2 && is_speech_verb(t.str(i - 2))) || t.is_in(i + 1, &PERSON_NOUNS))
}

/// "two in Castilla-La Mancha and one in Andalusia": a "one" that ends a list of figures, after
/// "and", "or" or a comma, and before a place or time ("in", "on", "at"), counts like the others.
fn listed_count(t: &Tokens, i: usize) -> bool {
    let joined = i > 0 && (t.is_any(i - 1, &["and", "or"]) || t.is_punct(i - 1, ','));
    let placed = t.is_any(i + 1, &["in", "on", "at"]);
    let figure_before = (i.saturating_sub(8)..i.saturating_sub(1)).any(|k| match t.kind(k) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => words::spelled(t, k).is_some_and(|s| !s.indefinite),
        _ => false,
    });
    joined && placed && figure_before
}

/// A number word that is part of a name ("World War Three", "the Big Four") or a pronoun ("one of
/// them", "the one who"), not a figure.
pub(super) fn words_are_not_a_figure(t: &Tokens, i: usize, last: usize, indefinite: bool) -> bool {
    let mut buf = [0u8; 24];
    let w = lower(t.str(i), &mut buf).unwrap_or("");
    if last == i && w == "one" {
        let before = i > 0 && t.is_in(i - 1, &ONE_BEFORE) && !that_opens_a_clause(t, i)
            || i >= 2 && t.is(i - 1, "by") && t.is(i - 2, "one");
        // "one after another", "one after the other": an idiom, as "one by one" is.
        let in_turn = t.is(i + 1, "after")
            && (t.is(i + 2, "another") || t.is(i + 2, "the") && t.is(i + 3, "other"));
        let after = t.is_in(i + 1, &ONE_AFTER) || t.is_joining_hyphen(i + 1) || in_turn;
        if (before || after) && !listed_count(t, i) {
            return true;
        }
    }
    // "a one-for-one swap": the second term of a ratio, which counts nothing.
    if i >= 2
        && t.is_joining_hyphen(i - 1)
        && t.kind(i - 2) == Some(TokKind::Word)
        && is_function_word_any_case(t.str(i - 2))
    {
        return true;
    }
    if names_a_thing(t, last) {
        return true;
    }
    // "tens" alone, "dozens" of nothing: no order to read.
    if indefinite && w == "tens" && last == i {
        return true;
    }
    // Only a capitalised word needs the look back to the sentence start.
    if t.is_capitalised(i) && !(0..i).all(|k| t.kind(k) == Some(TokKind::Punct)) {
        let name_before = t.is_capitalised(i - 1);
        let name_after =
            t.is_capitalised(last + 1) && words::scale_at(t, last + 1, false).is_none();
        if name_before || name_after {
            return true;
        }
    }
    matches!(words::word_at(t, i), Some(NumWord::Small(0))) && last == i && !t.is_lower_word(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{f, figures};

    #[test]
    fn a_number_broken_off_and_said_again_is_one_figure() {
        assert_eq!(
            figures(
                "the Soviets had better than a 10 -- and still have -- better than a 10-to-1 \
                 advantage over the allies in Europe."
            ),
            vec![]
        );
        assert_eq!(
            figures("we're talking about potentially a 30 -- a 30 percent cut in Medicaid."),
            vec![f(30.0, "percent", "30 percent")]
        );
        assert_eq!(
            figures("We have 17 -- 17 intelligence agencies."),
            vec![f(17.0, "agencies", "17 intelligence agencies")]
        );
        assert_eq!(
            figures("with 2,000 -- 2,000 -- look at them."),
            vec![f(2000.0, "", "2,000")]
        );
        // A dash after a figure that is not said again is only a dash (a toll counts people).
        assert_eq!(
            figures("The toll rose to 10 -- the highest since the war."),
            vec![f(10.0, "people", "10")]
        );
        assert_eq!(
            figures("Japan has 21 -- about to be 22 -- trade agreements."),
            vec![f(21.0, "", "21"), f(22.0, "", "22")]
        );
    }

    #[test]
    fn a_house_number_on_a_street_is_no_figure() {
        for s in [
            "He lives at 1600 Pennsylvania Avenue in Washington.",
            "He lives at 10 Downing Street.",
            "The firm is based at 221B Baker Street.",
            "The shop at 5 Main St. closed.",
        ] {
            assert_eq!(figures(s), vec![], "{s}");
        }
        // A street's name before a noun is the noun's modifier.
        assert_eq!(
            figures("Police held 200 Tiananmen Square protesters."),
            vec![f(200.0, "protesters", "200 Tiananmen Square protesters")]
        );
        assert_eq!(
            figures("They hired 50 Wall Street bankers."),
            vec![f(50.0, "bankers", "50 Wall Street bankers")]
        );
    }

    #[test]
    fn designations_routes_and_idioms_are_no_figures() {
        // QA round 7, item 13.
        for s in [
            "A ballot measure, Proposition 139, passed with support.",
            "Voters rejected Prop 22 and Measure 5.",
            "Detours will send traffic north to the Illinois 64 bridge.",
            "Take the Highway 1 exit.",
            "Then the shells came, one after another, and there was nowhere to run.",
            "They left one after the other.",
            "They were called in one by one.",
            "They hugged one another.",
            "The WHO said in a 2024 report that the U.S. had improved.",
        ] {
            assert_eq!(figures(s), vec![], "{s}");
        }
        // Counted roads, and a goal scored after the break, stay figures.
        assert_eq!(
            figures("Floods destroyed 3 bridges."),
            vec![f(3.0, "bridges", "3 bridges")]
        );
        assert_eq!(
            figures("Officials closed 2 road bridges in Illinois."),
            vec![f(2.0, "bridges", "2 road bridges")]
        );
        assert_eq!(
            figures("Smith scored one after halftime."),
            vec![f(1.0, "", "one")]
        );
    }

    #[test]
    fn a_model_number_after_its_name_is_no_count() {
        // QA round 21, item M-5.
        for s in [
            "A SpaceX Falcon 9 rocket lifted off on Tuesday.",
            "The Ariane 6 rocket carried the probe.",
            "It was the 20th Ariane 6 launch.",
            "The Falcon 9 lifted off from Florida.",
            "A Boeing 737 jet landed safely.",
        ] {
            assert_eq!(figures(s), vec![], "{s}");
        }
        // Counts after a name stay counts: plural nouns, a list of seats, a date.
        assert_eq!(
            figures("Hamas fired 12 rockets."),
            vec![f(12.0, "rockets", "12 rockets")]
        );
        let seats = figures("Of the 60 seats, Labour took 34, the Greens 4 and the SNP 22.");
        assert_eq!(seats.len(), 4, "{seats:?}");
        assert_eq!(
            figures("On Monday 5 rocket attacks hit."),
            vec![f(5.0, "attacks", "5 rocket attacks")]
        );
    }
}
