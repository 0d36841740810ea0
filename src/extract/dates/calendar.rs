//! Calendar facts: month and weekday names, month lengths, and ISO 8601 output.

use std::fmt::Write;

/// Month names and abbreviations, capitalised, with their months.
pub(crate) const MONTHS: [(&str, u8); 24] = [
    ("January", 1),
    ("Jan", 1),
    ("February", 2),
    ("Feb", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Jul", 7),
    ("August", 8),
    ("Aug", 8),
    ("September", 9),
    ("Sep", 9),
    ("Sept", 9),
    ("October", 10),
    ("Oct", 10),
    ("November", 11),
    ("Nov", 11),
    ("December", 12),
    ("Dec", 12),
];

/// Weekday names, capitalised.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month a capitalised month name or abbreviation stands for: "March" / "Mar" → 3; or one
/// in capitals, as a page's header writes it ("APRIL 22, 2026", "16 APR 2026").
pub(crate) fn month(word: &str) -> Option<u8> {
    // (Whether the word is in capitals is asked once, not of every month's name.)
    let in_capitals = word.len() > 1 && word.bytes().skip(1).all(|b| b.is_ascii_uppercase());
    let capitals = |name: &str| word.len() == name.len() && word.eq_ignore_ascii_case(name);
    MONTHS
        .iter()
        .find(|&&(name, _)| name == word || in_capitals && capitals(name))
        .map(|&(_, m)| m)
}

/// A month written out in full (abbreviations need a day or a year beside them to count).
pub(crate) fn is_full_month_name(word: &str) -> bool {
    word.len() > 4 || matches!(word, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY")
}

/// A (capitalised) weekday name.
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Days in `month` of `year` (Gregorian).
pub(crate) fn days_in_month(year: u32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// A calendar position as precise as the text gives it; all `None` for relative expressions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Iso {
    /// Four-digit year.
    pub year: Option<u32>,
    /// 1–12; without a year only for a day of a month ("Nov. 6").
    pub month: Option<u8>,
    /// 1–31; only with a month.
    pub day: Option<u8>,
}

impl Iso {
    /// A full date, if it exists on the calendar.
    pub fn date(year: u32, month: u8, day: u8) -> Option<Iso> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Iso {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        })
    }

    /// A day of a month in a year the text does not say ("Nov. 6"), if it exists in some year.
    pub fn month_day(month: u8, day: u8) -> Iso {
        // 2000 is a leap year: "Feb. 29" exists.
        Iso::date(2000, month, day)
            .map(|iso| Iso { year: None, ..iso })
            .unwrap_or_default()
    }

    /// This date in `year` when it has no year of its own ("Nov. 6" in an article of 2024).
    pub fn in_year(self, year: u32) -> Iso {
        match (self.year, self.month, self.day) {
            (None, Some(month), Some(day)) => Iso::date(year, month, day).unwrap_or(self),
            _ => self,
        }
    }

    /// A month of a year ("March 2025").
    pub fn month(year: u32, month: u8) -> Iso {
        Iso {
            year: Some(year),
            month: Some(month),
            day: None,
        }
    }

    /// A year alone ("2022").
    pub fn year(year: u32) -> Iso {
        Iso {
            year: Some(year),
            ..Iso::default()
        }
    }

    /// ISO 8601 text, reduced to what is known: "2025-03-04", "2025-03", "2022", and "--11-06"
    /// for a day of a month without its year (ISO 8601:2000's truncated form, as vCard writes
    /// it); `None` for relative expressions.
    pub fn to_iso(self) -> Option<String> {
        let Some(year) = self.year else {
            let (month, day) = (self.month?, self.day?);
            return Some(format!("--{month:02}-{day:02}"));
        };
        let mut s = String::with_capacity(10);
        let _ = write!(s, "{year:04}");
        if let Some(m) = self.month {
            let _ = write!(s, "-{m:02}");
            if let Some(d) = self.day {
                let _ = write!(s, "-{d:02}");
            }
        }
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_calendar_dates() {
        assert!(Iso::date(2024, 2, 29).is_some(), "2024 is a leap year");
        assert!(Iso::date(2025, 2, 29).is_none());
        assert!(Iso::date(1900, 2, 29).is_none(), "1900 is not a leap year");
        assert!(Iso::date(2000, 2, 29).is_some(), "2000 is a leap year");
        assert!(Iso::date(2025, 4, 31).is_none());
        assert!(Iso::date(2025, 13, 1).is_none());
        assert!(Iso::date(2025, 1, 0).is_none());
    }

    #[test]
    fn writes_reduced_precision_iso() {
        assert_eq!(
            Iso::date(2025, 3, 4).unwrap().to_iso().unwrap(),
            "2025-03-04"
        );
        assert_eq!(Iso::month(2025, 3).to_iso().unwrap(), "2025-03");
        assert_eq!(Iso::year(2022).to_iso().unwrap(), "2022");
        assert_eq!(Iso::default().to_iso(), None);
        assert_eq!(Iso::month_day(11, 6).to_iso().unwrap(), "--11-06");
        assert_eq!(Iso::month_day(2, 29).to_iso().unwrap(), "--02-29");
        assert_eq!(Iso::month_day(4, 31).to_iso(), None, "no April 31st");
        assert_eq!(
            Iso::month_day(11, 6).in_year(2024).to_iso().unwrap(),
            "2024-11-06"
        );
        assert_eq!(
            Iso::month_day(2, 29).in_year(2025).to_iso().unwrap(),
            "--02-29"
        );
        assert_eq!(Iso::year(2022).in_year(2024), Iso::year(2022));
    }

    #[test]
    fn knows_month_names_and_abbreviations() {
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("March"), Some(3));
        assert_eq!(month("march"), None, "lower case is the verb");
        assert!(!is_full_month_name("Mar"));
        assert!(is_full_month_name("May"));
    }
}
