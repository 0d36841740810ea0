//! A four-digit number standing alone as a year ("in 1970", "Ukraine's 2022 decree", "1985.")
//! rather than a count ("2000 people", "killed 1500", "about 2000 people").

use super::{Iso, SpanKind, glued_after, glued_before, is_currency, relative};
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Words after which a four-digit number is a year whatever follows ("in 1970", "since 1985").
const YEAR_WORDS: WordSet = WordSet::new(&[
    "in",
    "since",
    "until",
    "till",
    "during",
    "early",
    "late",
    "mid",
    "circa",
    "throughout",
    "year",
    "summer",
    "spring",
    "autumn",
    "winter",
]);

/// Words after which a four-digit number is a year when no noun follows ("from 2014.").
const YEAR_IF_NO_NOUN: WordSet = WordSet::new(&[
    "from", "to", "of", "by", "before", "after", "between", "through", "and", "or", "than",
]);

/// Words before a year used as a modifier ("the 2014 elections").
const YEAR_MODIFIERS: WordSet =
    WordSet::new(&["the", "its", "their", "his", "her", "this", "that"]);

/// Events a year names before them ("2027 summit", "2024 elections"): no thing that a
/// four-digit figure counts.
const EVENT_NOUNS: WordSet = WordSet::new(&[
    "summit",
    "election",
    "elections",
    "polls",
    "vote",
    "referendum",
    "census",
    "budget",
    "campaign",
    "season",
    "tournament",
    "championship",
    "olympics",
    "games",
    "conference",
    "midterms",
    "primaries",
    "deadline",
    "visit",
]);

/// Words before which a four-digit number is a count ("about 2000 people").
const COUNT_WORDS: WordSet = WordSet::new(&[
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "least",
    "approximately",
    "roughly",
    "estimated",
    "another",
    "additional",
    "only",
    "just",
]);

/// Words before "about" that make it "on the subject of", not a hedge: "does not like to talk
/// about 2022", "a book about 1968" ("about 2000 people" stays a count: a noun follows).
const TOPIC_WORDS: WordSet = WordSet::new(&[
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "think",
    "thinks",
    "thought",
    "thinking",
    "ask",
    "asks",
    "asked",
    "asking",
    "write",
    "writes",
    "wrote",
    "writing",
    "written",
    "forget",
    "forgot",
    "remember",
    "worry",
    "worried",
    "joke",
    "joked",
    "lie",
    "lied",
    "book",
    "film",
    "story",
    "question",
    "questions",
    "memories",
]);

/// A four-digit year standing alone at token `i` ("in 1970", "Ukraine's 2022 decree", "1985."),
/// and not a count ("2000 people", "killed 1500").
pub(super) fn year(t: &Tokens, i: usize) -> Option<u32> {
    let y = t.digits_value(i);
    // "FY2026" is a fiscal year; "2025/26" and "2025-26" a year that runs into the next.
    let fiscal = i >= 1 && !t.gap(i) && t.str(i - 1) == "FY";
    // "FY26", "FY25/26": a fiscal year's two digits are this century's.
    if fiscal && t.is_digits(i, 2) && (!glued_after(t, i) || fiscal_span_end(t, i).is_some()) {
        return Some(2000 + y as u32);
    }
    let glued =
        glued_before(t, i) && !fiscal || glued_after(t, i) && fiscal_span_end(t, i).is_none();
    if !t.is_digits(i, 4) || !(1000..=2100).contains(&y) || glued {
        return None;
    }
    // "(2042 GMT)", "at 1800 UTC": a wire's 24-hour clock time before its zone, no year.
    if relative::time(t, i).is_some() {
        return None;
    }
    // "18 U.S.C. § 1512", "Section 1983": a provision, no year.
    // "FM 1960", "Route 2010": a road's number.
    if crate::extract::numbers::in_citation(t, i) || crate::extract::numbers::road_number(t, i) {
        return None;
    }
    if let Some(years) = in_a_span(t, i) {
        return years.then_some(y as u32);
    }
    let prev = i.checked_sub(1);
    let prev_is = |words: &WordSet| prev.is_some_and(|p| t.is_in(p, words));
    // "talk about 2022": "about" names the subject; the year is read as after any other word.
    let topic = prev.is_some_and(|p| p >= 1 && t.is(p, "about") && t.is_in(p - 1, &TOPIC_WORDS));
    if prev_is(&COUNT_WORDS) && !topic && !compared_with_a_year(t, i, y)
        || prev.is_some_and(|p| t.kind(p) == Some(TokKind::Punct) && is_currency(t.str(p)))
    {
        return None;
    }
    let after_year = i >= 2 && t.is_dash(i - 1) && t.is_digits(i - 2, 4);
    if prev_is(&YEAR_WORDS) || after_year || after_period_label(t, i) {
        return Some(y as u32);
    }
    // "at 1600 Pennsylvania Avenue" is an address ("in 2020 Wall Street …" a year, above).
    if crate::extract::numbers::street_number(t, i) {
        return None;
    }
    let noun_follows = t.is_lower_word(i + 1) && !relative::is_function_word(t.str(i + 1));
    // "Ukraine's 2022 decree", "the 2014 elections": a year used as a modifier.
    let possessive = i >= 2 && t.is(i - 1, "s") && t.is_apostrophe(i - 2);
    if noun_follows {
        // "in a 2024 report", "an 1880 census"; not "a 2000 mile trip", which measures.
        let indefinite = prev.is_some_and(|p| t.is_any(p, &["a", "an"]))
            && (1800..=2100).contains(&y)
            && !crate::extract::numbers::measures(t, i + 1);
        // "to host 2027 summit" (a headline drops the article): a year names the event after it.
        let event = (1900..=2100).contains(&y) && t.is_in(i + 1, &EVENT_NOUNS);
        // "NOAA said 2024 beat the previous record": the year is the subject of a verb whose
        // object follows (a count would be a plural noun: "2000 people").
        let subject = (1900..=2100).contains(&y)
            && !crate::extract::numbers::counts_a_plural(t, i + 1)
            && t.gap(i + 2)
            && t.is_any(i + 2, &["the", "its", "their", "this", "that", "every"]);
        let modifier = possessive || indefinite || event || subject || prev_is(&YEAR_MODIFIERS);
        return modifier.then_some(y as u32);
    }
    // Nothing noun-like follows: a year unless a verb or a figure leads to it ("killed 1500.").
    let counted = prev.is_some_and(|p| {
        let w = t.str(p);
        t.kind(p) == Some(TokKind::Word)
            && !prev_is(&YEAR_IF_NO_NOUN)
            && (w.ends_with("ed") || w.ends_with("ing") || relative::is_count_verb(w))
    });
    (!counted).then_some(y as u32)
}

/// The four-digit figure at `i` opens or closes a span after "between … and" or "from … to"
/// ("between 2026 and 2030", "from 1500 to 2000 people"): `Some(true)` when the span is one of
/// years (both in 1900–2100, the second later by at most 50), whatever noun follows ("between
/// 2026 and 2030 levels"); `Some(false)` when it is no span of years and a plural noun after it
/// names what both figures count ("between 1500 and 2000 people"); `None` for no span, or one
/// the other rules read.
fn in_a_span(t: &Tokens, i: usize) -> Option<bool> {
    let joined = |opener: usize, first: usize| {
        let word = first + 1;
        let joiner = t.is(opener, "between") && t.is(word, "and")
            || t.is(opener, "from") && t.is_any(word, &["to", "until", "through"]);
        joiner && t.is_digits(first, 4) && t.is_digits(word + 1, 4) && t.gap(word + 1)
    };
    let first = if i >= 3 && joined(i - 3, i - 2) {
        i - 2
    } else if i >= 1 && joined(i - 1, i) {
        i
    } else {
        return None;
    };
    let last = first + 2;
    if glued_before(t, first) || glued_after(t, last) {
        return None;
    }
    let (from, to) = (t.digits_value(first), t.digits_value(last));
    let years = 1900 <= from && from < to && to <= 2100 && to - from <= 50;
    // "From 2010 to 2020 dollars spent on …", "Between 2021 and 2024 points were deducted": a
    // span of years opening the sentence, before a plural that measures nothing "of" anything,
    // is the time of what the sentence tells ("Between 1990 and 2020 tonnes of waste" weighs).
    if years && first == 1 && !t.is(last + 2, "of") {
        return Some(true);
    }
    // "between 1990 and 2020 tonnes", "from 2010 to 2035 points": a unit or a currency after
    // the span makes it one of amounts; so does a subject that counts ("Attendance was
    // between 1800 and 2000", "a crowd of between 1900 and 2100").
    let amount = crate::extract::numbers::measures(t, last + 1)
        // ("Data from 2010 to 2020 points to a rise": a verb.)
        || t.is_any(last + 1, &["points", "pts"])
            && !t.is_any(last + 2, &["to", "at", "toward", "towards", "out"])
        || counted_subject(t, first - 1);
    if amount {
        return Some(false);
    }
    if years {
        return Some(true);
    }
    crate::extract::numbers::counts_a_plural(t, last + 1).then_some(false)
}

/// Nouns for a number of people or things, whose value a span after "was" or "of" gives
/// ("Attendance was between 1800 and 2000").
const COUNTED_SUBJECTS: WordSet = WordSet::new(&[
    "attendance",
    "crowd",
    "crowds",
    "turnout",
    "audience",
    "audiences",
    "capacity",
    "headcount",
    "membership",
    "enrolment",
    "enrollment",
    "population",
    "workforce",
    "gate",
]);

/// The span's opener at `opener` ("between", "from") follows a noun that counts, through "was",
/// "is", "of" or "at" ("Attendance was between", "a crowd of between", "turnout at between").
fn counted_subject(t: &Tokens, opener: usize) -> bool {
    opener >= 2
        && t.is_any(opener - 1, &["was", "is", "were", "of", "at"])
        && t.is_in(opener - 2, &COUNTED_SUBJECTS)
}

/// "0.07C warmer than 2023", "later than 2030": a year after "than" and a comparative of
/// degree or time, with no noun after it ("more than 2000", "higher than 2000 metres" count).
fn compared_with_a_year(t: &Tokens, i: usize, y: u64) -> bool {
    const COUNTING: [&str; 12] = [
        "more", "fewer", "less", "greater", "higher", "lower", "larger", "bigger", "smaller",
        "other", "rather", "over",
    ];
    (1900..=2100).contains(&y)
        && i >= 2
        && t.is(i - 1, "than")
        && t.kind(i - 2) == Some(TokKind::Word)
        && t.str(i - 2).ends_with("er")
        && !t.is_any(i - 2, &COUNTING)
        // (no noun after it)
        && (!t.is_lower_word(i + 1) || relative::is_function_word(t.str(i + 1)))
}

/// Capitalised nouns that end a statute's name before its year: "the Proceeds of Crime Act
/// 2002", "the Data Protection Regulations 2018".
const STATUTES: WordSet = WordSet::new(&[
    "Act",
    "Acts",
    "Bill",
    "Treaty",
    "Convention",
    "Regulations",
    "Directive",
    "Order",
    "Rules",
    "Code",
]);

/// The last token of the year at `i`: the second year's two digits when it runs into the next
/// ("2025-26", "the 2025/26 financial year"; its date is the first year, as written), else `i`.
pub(super) fn year_end(t: &Tokens, i: usize) -> usize {
    fiscal_span_end(t, i).unwrap_or(i)
}

/// "2025/26", "2025-26", "1999/2000": the next year glued to the year at `i` by a slash or a
/// dash (a fiscal year, a season; all four digits only after a slash, as "2025-2026" is a span
/// of two years), the last of its tokens.
fn fiscal_span_end(t: &Tokens, i: usize) -> Option<usize> {
    let (separator, next) = (i + 1, i + 2);
    let slash = t.is_punct(separator, '/');
    let following = t.is_digits(next, 2) && t.digits_value(next) == (t.digits_value(i) + 1) % 100
        || slash && t.is_digits(next, 4) && t.digits_value(next) == t.digits_value(i) + 1;
    let joined = !t.gap(separator) && (t.is_dash(separator) || slash) && !t.gap(next) && following;
    // "2025/26/27" and "2025-26.5" are no years.
    let closed = !glued_after(t, next)
        && !(!t.gap(next + 1) && (t.is_dash(next + 1) || t.is_punct(next + 1, '/')));
    (joined && closed).then_some(next)
}

/// What the year `y` at token `i` is: a date, or part of a statute's name when it follows one
/// ("the Proceeds of Crime Act 2002"; the year a statute is named after is no date of an event
/// the article reports).
pub(super) fn year_kind(t: &Tokens, i: usize, y: u32) -> SpanKind {
    let named = i >= 2 && t.is_capitalised(i - 1) && t.is_in(i - 1, &STATUTES);
    if named {
        SpanKind::Name
    } else {
        SpanKind::Date(Iso::year(y))
    }
}

/// The year at `i` follows the label of a part of a year: a quarter or a half ("Q3 2024",
/// "H1 2024") or a fiscal year ("FY 2024", "fiscal 2024").
fn after_period_label(t: &Tokens, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    match t.kind(p) {
        Some(TokKind::Digits) => {
            let part = t.digits_value(p);
            let label = |letter: &str, parts: u64| {
                t.is(p - 1, letter) && (1..=parts).contains(&part) && t.is_capitalised(p - 1)
            };
            p >= 1 && t.bytes(p).len() == 1 && !t.gap(p) && (label("Q", 4) || label("H", 2))
        }
        Some(TokKind::Word) => t.is_any(p, &["FY", "fiscal"]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::tests::{d, found};

    #[test]
    fn both_ends_of_a_span_of_years_are_years() {
        // QA round 18, item C-5.
        for s in [
            "the chance of at least one year between 2026 and 2030 exceeding 1.5C was 86%",
            "Emissions must fall between 2026 and 2030 levels.",
            "Emissions from 2026 to 2030 must fall by 40%.",
        ] {
            assert_eq!(
                found(s),
                vec![d("2026", Some("2026")), d("2030", Some("2030"))],
                "{s}"
            );
            let (figures, _) = crate::extract::numbers::with_dates(s, 0);
            assert!(figures.iter().all(|f| f.value < 1000.0), "{s}: {figures:?}");
        }
        // A span that is no span of years, before a counted noun, is a range of counts.
        assert_eq!(found("Between 1500 and 2000 people attended."), vec![]);
        let (figures, _) =
            crate::extract::numbers::with_dates("Between 1500 and 2000 people attended.", 0);
        assert_eq!(figures.len(), 1, "{figures:?}");
        assert_eq!((figures[0].value, figures[0].upper), (1500.0, Some(2000.0)));
    }

    #[test]
    fn two_digit_fiscal_years_and_seasons_of_two_full_years_are_years() {
        // QA round 19, item E-12.
        assert_eq!(
            found("Sales rose 8% in Q3 FY26, the company said."),
            vec![d("FY26", Some("2026"))]
        );
        assert_eq!(
            found("Sales rose 8% in FY26."),
            vec![d("FY26", Some("2026"))]
        );
        assert_eq!(
            found("Profit fell in FY25/26."),
            vec![d("FY25/26", Some("2025"))]
        );
        assert_eq!(
            found("Profit fell in FY2026."),
            vec![d("FY2026", Some("2026"))]
        );
        assert_eq!(
            found("He scored 20 goals in the 1999/2000 season."),
            vec![d("1999/2000", Some("1999"))]
        );
        // Two digits with no "FY" glued before them, or a year that does not follow, are none.
        assert_eq!(found("He scored 26 goals in FY 26 matches."), vec![]);
        assert_eq!(found("The vote was 1999/2004."), vec![]);
    }

    #[test]
    fn a_span_of_years_opening_the_sentence_is_one_of_years() {
        // QA round 20, item J-14.
        for s in [
            "From 2010 to 2020 dollars spent on cybersecurity rose fivefold, the report said.",
            "Between 2021 and 2024 points were deducted from 12 clubs.",
        ] {
            assert_eq!(found(s).len(), 2, "{s}");
        }
    }

    #[test]
    fn a_span_before_a_unit_or_after_a_counted_subject_is_one_of_amounts() {
        assert_eq!(
            found("Data from 2010 to 2020 points to a rise.").len(),
            2,
            "\"points to\" is a verb"
        );
        // QA round 19, item E-2.
        for (s, unit) in [
            (
                "Between 1990 and 2020 tonnes of waste were dumped each year.",
                "tonnes",
            ),
            (
                "Tickets cost between 2000 and 2050 yen, the promoter said.",
                "JPY",
            ),
            (
                "Prices ranged from 2000 to 2030 euros per tonne, traders said.",
                "EUR",
            ),
            (
                "The FTSE 100 rose from 2010 to 2035 points, the analyst said.",
                "points",
            ),
            ("Attendance was between 1800 and 2000, the club said.", ""),
            ("A crowd of between 1900 and 2100 watched the match.", ""),
            // QA round 20, item J-14: a span inside the sentence stays one of amounts.
            (
                "Spending rose from 2010 to 2020 dollars, the report said.",
                "USD",
            ),
        ] {
            assert_eq!(found(s), vec![], "{s}");
            let (figures, _) = crate::extract::numbers::with_dates(s, 0);
            // A range ("between … and") or a change ("from … to"): both ends are amounts.
            let amounts: Vec<_> = figures.iter().filter(|f| f.value >= 1000.0).collect();
            let ends = amounts.len() + amounts.iter().filter(|f| f.upper.is_some()).count();
            assert_eq!(ends, 2, "{s}: {figures:?}");
            if !unit.is_empty() {
                assert!(
                    amounts.iter().all(|f| f.unit.as_deref() == Some(unit)),
                    "{s}"
                );
            }
        }
    }
}
