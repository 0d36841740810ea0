//! The years a document gives its days of a month: "Jan. 6" in an article that also writes
//! "Jan. 6, 2021" is that day of 2021, not of the year the article was published; but not in a
//! sentence about the future ("On Aug. 29, residents will gather …" in an article that recalls
//! "Aug. 29, 2005" is the coming Aug. 29).

use super::{Iso, SpanKind, calendar, scan};
use crate::extract::numbers::{ascii_words, has_digit};
use crate::extract::sentences::Span as Sentence;
use crate::extract::tokens::{CALENDAR_WORD, TokenBuffer, Tokens, word_class};

/// The days of a month a document writes with their year ("Jan. 6, 2021"), each with the one
/// year it gives them, or none when it gives a day two different years.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GivenYears {
    /// (month, day, year); year `None` when the document gives that day more than one year.
    days: Vec<(u8, u8, Option<u32>)>,
}

impl GivenYears {
    /// The complete dates of the sentences `spans` of `text`.
    pub fn of(text: &str, spans: &[Sentence]) -> GivenYears {
        let mut given = GivenYears::default();
        let mut found = Vec::new();
        // One token buffer for all the sentences, not two allocations each.
        let mut buffer = TokenBuffer::default();
        for span in spans {
            let sentence = &text[span.start..span.end];
            // Every complete date holds a four-digit year, and a month's name or the numeric
            // form: most sentences hold no year, and most years stand alone ("in 2019"), which
            // spares their sentences the tokens and the scan.
            let bytes = sentence.as_bytes();
            if !has_year_digits(bytes) || !may_name_a_month(bytes) {
                continue;
            }
            let tokens = Tokens::reuse(sentence, std::mem::take(&mut buffer));
            found.clear();
            scan(&tokens, &mut found);
            for date in &found {
                if let SpanKind::Date(iso) = date.kind {
                    given.add(iso);
                }
            }
            buffer = tokens.into_buffer();
        }
        given
    }

    fn add(&mut self, iso: Iso) {
        let (Some(year), Some(month), Some(day)) = (iso.year, iso.month, iso.day) else {
            return;
        };
        match self.days.iter_mut().find(|d| (d.0, d.1) == (month, day)) {
            Some(known) if known.2 != Some(year) => known.2 = None,
            Some(_) => {}
            None => self.days.push((month, day, Some(year))),
        }
    }

    /// The one year the document gives the day of `iso` (a day of a month without its year).
    pub(crate) fn year_of(&self, iso: Iso) -> Option<u32> {
        let (None, Some(month), Some(day)) = (iso.year, iso.month, iso.day) else {
            return None;
        };
        self.days
            .iter()
            .find(|d| (d.0, d.1) == (month, day))
            .and_then(|d| d.2)
    }
}

/// Whether `sentence` speaks of what is to come, by its own words outside quotation marks:
/// "will" (in lower case, not after a past verb of saying), "shall", "won't", "is set to", "is
/// due to open", "plans to", "next" or "this" before a month or a period ("next week", "this
/// August"). ("The next day" is a narrative's, "the will of the voters" a noun's, "Will County"
/// a name's, "due to the storm" a cause.) A day in such a sentence takes no year from elsewhere
/// in the document.
pub(crate) fn tells_the_future(sentence: &str) -> bool {
    // The sentence's own words, not a quotation's ("“We will never forget,” she said of …").
    let outside = unquoted(sentence);
    let words: Vec<&[u8]> = ascii_words(outside.as_bytes()).collect();
    let is = |k: usize, w: &str| {
        words
            .get(k)
            .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    let is_any = |k: usize, ws: &[&str]| ws.iter().any(|w| is(k, w));
    let period = |k: usize| {
        let word = words
            .get(k)
            .map_or("", |w| std::str::from_utf8(w).unwrap_or(""));
        calendar::month(word).is_some()
            || calendar::is_weekday(word)
            || is_any(
                k,
                &[
                    "week", "month", "year", "season", "spring", "summer", "autumn", "fall",
                    "winter", "weekend",
                ],
            )
    };
    (0..words.len()).any(|k| {
        let before = k.checked_sub(1);
        let after_be = before.is_some_and(|b| is_any(b, &["is", "are", "s", "am", "be"]));
        // (Lower case: "Will Smith", "Will County" are names. After a verb of saying in the
        // past, "will" is reported: "Officials said on March 4 that 200 homes will be
        // demolished" dates the saying.)
        if words[k] == b"will" {
            if words[..k]
                .iter()
                .any(|w| REPORTED.iter().any(|r| *w == r.as_bytes()))
            {
                return false;
            }
            // "the will of the voters", "against his will", "free will".
            !before.is_some_and(|b| {
                is_any(
                    b,
                    &[
                        "the",
                        "his",
                        "her",
                        "their",
                        "its",
                        "our",
                        "my",
                        "your",
                        "a",
                        "of",
                        "free",
                        "political",
                        "good",
                        "ill",
                    ],
                )
            })
        } else if is_any(k, &["shall", "ll"]) {
            true
        } else if is(k, "won") {
            is(k + 1, "t")
        } else if is(k, "due") {
            // "is due to open"; not a cause, "was due to the failed levees".
            after_be
                && (is_any(k + 1, &["for", "on", "in"])
                    || is(k + 1, "to") && is_any(k + 2, DUE_TO_VERBS))
        } else if is_any(k, &["set", "scheduled", "slated", "poised", "expected"]) {
            after_be && is_any(k + 1, &["to", "for", "on", "in"])
        } else if is_any(k, &["plans", "plan", "intends", "intend", "aims", "going"]) {
            is(k + 1, "to")
                && !before.is_some_and(|b| is_any(b, &["the", "of", "their", "his", "her", "its"]))
        } else if is_any(k, &["next", "this", "coming"]) {
            period(k + 1)
        } else {
            false
        }
    })
}

/// Verbs of saying in the past, after which "will" is reported future.
const REPORTED: &[&str] = &[
    "said",
    "told",
    "announced",
    "warned",
    "added",
    "reported",
    "stated",
    "wrote",
    "confirmed",
    "predicted",
    "promised",
    "pledged",
    "vowed",
    "insisted",
    "declared",
];

/// Verbs after "is due to" that tell what is to come ("is due to open"); after "due to" any
/// other word is a cause ("due to the storm").
const DUE_TO_VERBS: &[&str] = &[
    "be", "open", "start", "begin", "take", "arrive", "return", "close", "end", "resume", "meet",
    "hold", "launch", "come", "face", "stand", "appear", "sit", "finish", "reopen", "testify",
    "vote", "decide", "rule", "report", "publish", "release",
];

/// `sentence` with the words inside quotation marks blanked out (curly or straight).
fn unquoted(sentence: &str) -> String {
    let mut inside = false;
    sentence
        .chars()
        .map(|c| match c {
            '“' => {
                inside = true;
                ' '
            }
            '”' => {
                inside = false;
                ' '
            }
            '"' => {
                inside = !inside;
                ' '
            }
            _ if inside => ' ',
            c => c,
        })
        .collect()
}

/// Whether `bytes` hold a run of exactly four digits.
fn has_year_digits(bytes: &[u8]) -> bool {
    digit_runs(bytes).any(|(start, end)| end - start == 4)
}

/// Whether `bytes` may hold a date's month: a month's name as [`calendar::month`] reads it (its
/// words pass the class filter of calendar words first), or a run of digits that a '.', '-' or
/// '/' and a digit follow, as every numeric date begins ("22.06.2008", "2025-03-04", "3/4/2025").
fn may_name_a_month(bytes: &[u8]) -> bool {
    let named = ascii_words(bytes).any(|word| {
        word_class(word) & CALENDAR_WORD != 0
            && std::str::from_utf8(word).is_ok_and(|word| calendar::month(word).is_some())
    });
    named
        || digit_runs(bytes).any(|(_, end)| {
            matches!(bytes.get(end), Some(b'.' | b'-' | b'/'))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        })
}

/// The runs of ASCII digits in `bytes`, as (start, end).
///
/// Every sentence of the document passes here, and most of its bytes are no digit: those are
/// skipped eight at a time, and only the runs of digits are read byte by byte.
fn digit_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = next_digit(bytes, i)?;
        i = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        Some((start, i))
    })
}

/// Where the first ASCII digit at or after `i` lies in `bytes`, if one does.
fn next_digit(bytes: &[u8], mut i: usize) -> Option<usize> {
    // Sixteen bytes at a time through `has_digit`, whose fold (no exit at each byte) the
    // compiler tests in one vector register.
    while let Some(block) = bytes.get(i..i + 16) {
        if has_digit(block) {
            break;
        }
        i += 16;
    }
    bytes[i..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split;

    fn given(text: &str) -> GivenYears {
        GivenYears::of(text, &split(text))
    }

    #[test]
    fn a_day_takes_the_one_year_the_document_gives_it() {
        let text = "Rioters stormed the Capitol on Jan. 6, 2021. The court ruled on June 28.";
        let years = given(text);
        assert_eq!(years.year_of(Iso::month_day(1, 6)), Some(2021));
        assert_eq!(years.year_of(Iso::month_day(6, 28)), None);
    }

    #[test]
    fn a_sentence_about_the_future_takes_no_year_from_elsewhere() {
        // (QA round 16, item 7.)
        for sentence in [
            "On Aug. 29, about 2,000 residents will gather at the memorial, the mayor said.",
            "Residents are set to gather on Aug. 29.",
            "The city plans to open the memorial on Aug. 29.",
            "The memorial is due to open on Aug. 29.",
            "This August, on Aug. 29, the bells ring again.",
            "Residents won't gather on Aug. 29.",
            "A retrial of the 3 defendants will start on March 4, the judge said.",
        ] {
            assert!(tells_the_future(sentence), "{sentence}");
        }
        // (QA round 17: "will" quoted, a name, a cause, another noun's "upcoming".)
        for sentence in [
            "The levees failed on Aug. 29.",
            "The next day, Aug. 29, the levees failed.",
            "Against the will of residents, the city was emptied on Aug. 29.",
            "The trial was set on March 4 after the plans of the defence collapsed.",
            "“We will never forget,” she said of the storm that struck on Aug. 29.",
            "Will Smith visited the city on Aug. 29.",
            "Will County sent crews on Aug. 29.",
            "The flooding on Aug. 29 was due to the failed levees.",
            "Ahead of the upcoming vote, she recalled Aug. 29.",
            "Officials said on Aug. 29 that 200 homes will be demolished.",
        ] {
            assert!(!tells_the_future(sentence), "{sentence}");
        }
    }

    #[test]
    fn two_years_for_one_day_give_none() {
        let years = given("It opened on 6 January 2020. It closed on January 6, 2021.");
        assert_eq!(years.year_of(Iso::month_day(1, 6)), None);
    }

    #[test]
    fn year_digits_are_a_run_of_exactly_four_wherever_it_lies() {
        // Runs of every length up to six, at every offset around the eight-byte steps.
        for run in 0..=6 {
            for at in 0..20 {
                for tail in 0..3 {
                    let text = format!("{}{}{}", "x".repeat(at), "7".repeat(run), " ".repeat(tail));
                    assert_eq!(has_year_digits(text.as_bytes()), run == 4, "{text:?}");
                }
            }
        }
        assert!(has_year_digits("1 22 333 55555 4444".as_bytes()));
        assert!(!has_year_digits("1 22 333 55555 é1234567".as_bytes()));
    }

    #[test]
    fn every_complete_date_passes_the_month_filter() {
        for sentence in [
            "It opened on 6 January 2020.",
            "It closed on Jan. 6, 2021.",
            "It closed on 6 JAN 2021.",
            "It closed on Sept 6 2021.",
            "It closed on 22.06.2008, the court said.",
            "It closed on 2025-03-04.",
            "It closed on 30/4/2025.",
            "It ran from March 10-12, 2024.",
        ] {
            let mut found = Vec::new();
            scan(&Tokens::new(sentence), &mut found);
            let complete = found.iter().any(|d| {
                matches!(d.kind, SpanKind::Date(iso) if iso.year.is_some() && iso.day.is_some())
            });
            assert!(complete, "{sentence}");
            assert!(may_name_a_month(sentence.as_bytes()), "{sentence}");
        }
        assert!(!may_name_a_month(b"Sales rose 5% in 2019, to 2,000 units."));
    }
}
