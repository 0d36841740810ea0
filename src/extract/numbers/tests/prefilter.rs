//! The pre-filter that turns away sentences with no figure and no date: tested against a
//! word-by-word reading, and the ASCII word runs it reads.

use super::super::ascii_words;

/// The pre-filter as it was first written: every word, in order, looked up on its own.
fn reference_hints(sentence: &str) -> (bool, bool) {
    use crate::extract::dates;
    use crate::extract::tokens::{CALENDAR_WORD, NUMBER_WORD, RELATIVE_WORD, word_class};
    let bytes = sentence.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        return (true, true);
    }
    let (mut figure, mut date) = (false, false);
    let mut previous: &[u8] = &[];
    let mut previous_relative = false;
    for word in bytes
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
    {
        let class = word_class(word);
        if !figure && class & NUMBER_WORD != 0 {
            let lower = word.to_ascii_lowercase();
            figure = super::super::words::number_word(&lower).is_some()
                || super::super::fraction::denominator(&lower).is_some();
        }
        if !date && (class & (RELATIVE_WORD | CALENDAR_WORD) != 0 || previous_relative) {
            date = dates::starts_date(previous, word);
        }
        if figure && date {
            break;
        }
        previous = word;
        previous_relative = class & RELATIVE_WORD != 0;
    }
    (figure, date)
}

#[test]
fn the_pre_filter_agrees_with_a_word_by_word_reading() {
    let words = [
        "last",
        "this",
        "next",
        "past",
        "previous",
        "coming",
        "LAST",
        "This",
        "week",
        "Week",
        "month",
        "year",
        "weekend",
        "night",
        "summer",
        "a",
        "an",
        "A",
        "of",
        "to",
        "in",
        "the",
        "one",
        "two",
        "twenty",
        "hundred",
        "half",
        "Half",
        "Monday",
        "March",
        "May",
        "may",
        "Sept",
        "Jan",
        "yesterday",
        "today",
        "Tonight",
        "tomorrow",
        "overnight",
        "ago",
        "days",
        "three",
        "thousand",
        "that",
        "then",
        "they",
        "x",
        "ab",
        "é",
        "Zürich",
        "’s",
        "drones",
        "elevenfold",
        "thisweek",
    ];
    let separators = [" ", " ", " ", ", ", "-", "  ", "’", "\n", "—", ". "];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    for round in 0..30_000 {
        let mut sentence = String::new();
        // Now and then a long word, to cross the 64-byte blocks the pre-filter reads.
        if round % 7 == 0 {
            sentence.push_str(&"z".repeat(next(70)));
            sentence.push(' ');
        }
        for _ in 0..next(12) {
            sentence.push_str(words[next(words.len())]);
            sentence.push_str(separators[next(separators.len())]);
        }
        assert_eq!(
            super::super::hints(&sentence),
            reference_hints(&sentence),
            "{sentence:?}"
        );
    }
}

#[test]
fn ascii_words_are_the_runs_of_ascii_letters() {
    let samples = [
        "",
        "a",
        "  Nine drones, 14 dead; Zürich–Kyiv’s 'ago'?",
        "abcdefghijklmnopqrstuvwxyz0ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "12345678 eight!!  ninety-nine\u{a0}é\x1b[0mhalf",
    ];
    // Words that end, start or cross the 64-byte blocks the iterator reads its mask in.
    let long: Vec<String> = (0..140)
        .map(|n| {
            (0..n)
                .map(|k| if k % 7 == 6 || k % 61 == 60 { ' ' } else { 'x' })
                .collect::<String>()
                + " Seventy "
                + &"y".repeat(n)
        })
        .collect();
    let samples = samples
        .iter()
        .copied()
        .chain(long.iter().map(String::as_str));
    for sample in samples {
        let bytes = sample.as_bytes();
        let expected: Vec<&[u8]> = bytes
            .split(|b| !b.is_ascii_alphabetic())
            .filter(|word| !word.is_empty())
            .collect();
        assert_eq!(ascii_words(bytes).collect::<Vec<_>>(), expected, "{sample}");
    }
}
