//! The years a document gives its days of a month: "Jan. 6" in an article that also writes
//! "Jan. 6, 2021" is that day of 2021, not of the year the article was published.

use super::{Iso, SpanKind, scan};
use crate::extract::sentences::Span as Sentence;
use crate::extract::tokens::Tokens;

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
        for span in spans {
            let sentence = &text[span.start..span.end];
            // Every complete date holds a four-digit year: most sentences hold none.
            if !has_year_digits(sentence.as_bytes()) {
                continue;
            }
            let tokens = Tokens::new(sentence);
            found.clear();
            scan(&tokens, &mut found);
            for date in &found {
                if let SpanKind::Date(iso) = date.kind {
                    given.add(iso);
                }
            }
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

/// Whether `bytes` hold a run of exactly four digits.
fn has_year_digits(bytes: &[u8]) -> bool {
    let mut run = 0;
    for &b in bytes.iter().chain(std::iter::once(&b' ')) {
        if b.is_ascii_digit() {
            run += 1;
        } else if run == 4 {
            return true;
        } else {
            run = 0;
        }
    }
    false
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
    fn two_years_for_one_day_give_none() {
        let years = given("It opened on 6 January 2020. It closed on January 6, 2021.");
        assert_eq!(years.year_of(Iso::month_day(1, 6)), None);
    }
}
