//! Ranges of days ("10-12 March 2024", "between 16 and 17 November 2026", "from Nov. 12 to 15,
//! 2026"), read as their first day, and ranges across months, whose first day takes the year
//! the range ends with ("between 1 January and 31 March 2025").

use super::{Span, SpanKind, day_number, glued_after, ordinal_suffix, year_after};
use crate::extract::tokens::{TokKind, Tokens};

/// Words that join the first and the last day of a range ("between 16 and 17 November", "from
/// 9 to 20 November").
const JOINERS: [&str; 6] = ["and", "to", "until", "till", "through", "thru"];

/// "between 1 January and 31 March 2025", "from Dec. 1 to Jan. 15, 2025": the first day of a
/// range, written without its year, takes the year the range ends with (the year before, when
/// its day comes later in the calendar than the last day).
pub(super) fn lend_range_years(t: &Tokens, spans: &mut [Span]) {
    for k in 1..spans.len() {
        let (first, last) = (spans[k - 1], spans[k]);
        let (SpanKind::Date(from), SpanKind::Date(to)) = (first.kind, last.kind) else {
            continue;
        };
        let (None, Some(month), Some(day), Some(year), Some(to_month)) =
            (from.year, from.month, from.day, to.year, to.month)
        else {
            continue;
        };
        let word = first.last + 1;
        let between = first.first >= 1 && t.is(first.first - 1, "between") && t.is(word, "and");
        let joined = last.first == word + 1
            && (between
                || t.is_any(word, &["to", "until", "till", "through", "thru"])
                || t.is_dash(word) && t.gap(word));
        if !joined {
            continue;
        }
        let later = (month, day) > (to_month, to.day.unwrap_or(31));
        let year = if later { year - 1 } else { year };
        spans[k - 1].kind = SpanKind::Date(from.in_year(year));
    }
}

/// The last token of the day that ends a range of days of one month, written from token `k`
/// after the first `day` when the month follows the days ("10-12 March", "16 and 17
/// November", "9 to 20 November", "10 – 12 March"). The date model holds one day, so the
/// range reads as its first; its text keeps the whole range.
pub(super) fn last_day_before_month(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    last_day_end(t, k, day).or_else(|| joined_last_day(t, k, day))
}

/// The last token of the day that ends a range of days written after its month, from token
/// `k` after the first `day` ("March 10-12", "November 16 and 17, 2026", "Nov. 12 to 15"). A
/// day joined by a word must close the date (a year, or punctuation, follows it): in "On
/// March 3 and 4 people died" the 4 counts people.
pub(super) fn last_day_after_month(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    last_day_end(t, k, day).or_else(|| {
        let end = joined_last_day(t, k, day)?;
        let comma = usize::from(t.is_punct(end + 1, ','));
        let closes = year_after(t, end + 1 + comma).is_some()
            || !glued_after(t, end)
                && !matches!(t.kind(end + 1), Some(TokKind::Word | TokKind::Digits));
        closes.then_some(end)
    })
}

/// "10-12", "10–12th": a later day glued to a dash after the first `day` at `k`.
fn last_day_end(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    if !t.is_dash(k) || t.gap(k) || t.gap(k + 1) || t.kind(k + 1) != Some(TokKind::Digits) {
        return None;
    }
    let last = t.digits_value(k + 1);
    let ok = t.str(k + 1).len() <= 2 && u64::from(day) < last && last <= 31;
    ok.then(|| {
        if ordinal_suffix(t, k + 2) {
            k + 2
        } else {
            k + 1
        }
    })
}

/// "and 17", "to 20th", " – 12", "to Friday 13": a later day after a joining word or a spaced
/// dash at `k`, its weekday named or not.
fn joined_last_day(t: &Tokens, k: usize, day: u8) -> Option<usize> {
    let joined = t.is_any(k, &JOINERS) || t.is_dash(k) && t.gap(k) && t.gap(k + 1);
    let mut at = k + 1;
    if t.is_capitalised(at) && super::calendar::is_weekday(t.str(at)) {
        at += 1 + usize::from(t.is_punct(at + 1, ','));
    }
    let later = day_number(t, at).is_some_and(|last| last > day);
    (joined && later).then(|| {
        if ordinal_suffix(t, at + 1) {
            at + 1
        } else {
            at
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::tests::{d, found};

    #[test]
    fn a_range_of_days_is_its_first_day_in_the_year_of_the_phrase() {
        assert_eq!(
            found("The summit runs March 10-12, 2024, in Geneva."),
            vec![d("March 10-12, 2024", Some("2024-03-10"))]
        );
        assert_eq!(
            found("The summit runs 10-12 March 2024 in Geneva."),
            vec![d("10-12 March 2024", Some("2024-03-10"))]
        );
        assert_eq!(
            found("from Nov. 3–5th, 2023"),
            vec![d("Nov. 3–5th, 2023", Some("2023-11-03"))]
        );
        assert_eq!(
            found("The summit runs March 10-12."),
            vec![d("March 10-12", Some("--03-10"))]
        );
        // No range runs backwards or past a month's last day: a score, then the date alone.
        assert_eq!(
            found("They won 3-1 March 4, 2024"),
            vec![d("March 4, 2024", Some("2024-03-04"))]
        );
        assert_eq!(
            found("on March 12-10"),
            vec![d("March 12", Some("--03-12"))]
        );
        // The days of a range are no count.
        let (figures, _) =
            crate::extract::numbers::with_dates("The summit runs 10-12 March 2024.", 0);
        assert_eq!(figures, vec![]);
    }

    #[test]
    fn a_range_of_days_joined_by_a_word_is_its_first_day() {
        // QA round 18, items A-3 and C-6.
        for (s, text, iso) in [
            (
                "YouGov interviewed 2,104 British adults online between 16 and 17 November 2026.",
                "16 and 17 November 2026",
                "2026-11-16",
            ),
            (
                "The poll was carried out from 12 to 15 November 2026 among 1,050 adults.",
                "12 to 15 November 2026",
                "2026-11-12",
            ),
            (
                "The exhibition ran from 9 to 20 November 2026 in Paris.",
                "9 to 20 November 2026",
                "2026-11-09",
            ),
            (
                "It ran 10 – 12 March 2024.",
                "10 – 12 March 2024",
                "2024-03-10",
            ),
            (
                "Voting took place on November 16 and 17, 2026.",
                "November 16 and 17, 2026",
                "2026-11-16",
            ),
            (
                "The poll ran from Nov. 12 to 15, 2026, officials said.",
                "Nov. 12 to 15, 2026",
                "2026-11-12",
            ),
            (
                "The survey ran between 12 and 15 November.",
                "12 and 15 November",
                "--11-12",
            ),
            // QA round 19, item E-9: the last day's weekday named.
            (
                "The fair runs from 9 to Friday 13 November 2026, organisers said.",
                "9 to Friday 13 November 2026",
                "2026-11-09",
            ),
        ] {
            assert_eq!(found(s), vec![d(text, Some(iso))], "{s}");
        }
        // The days are no count.
        let (figures, _) = crate::extract::numbers::with_dates(
            "YouGov interviewed 2,104 British adults online between 16 and 17 November 2026.",
            0,
        );
        assert_eq!(figures.len(), 1, "{figures:?}");
        assert_eq!(figures[0].value, 2104.0);
        let (figures, _) = crate::extract::numbers::with_dates(
            "The exhibition ran from 9 to 20 November 2026.",
            0,
        );
        assert_eq!(figures, vec![]);
        let s = "The fair runs from Monday 9 to Friday 13 November 2026, organisers said.";
        assert_eq!(
            found(s),
            vec![
                d("Monday", None),
                d("9 to Friday 13 November 2026", Some("2026-11-09"))
            ]
        );
        assert_eq!(crate::extract::numbers::with_dates(s, 0).0, vec![]);
        // A figure after the month's day that a noun follows is a count, not the range's end.
        assert_eq!(
            found("On March 3 and 4 people died in the floods."),
            vec![d("March 3", Some("--03-03"))]
        );
        // No range runs backwards.
        assert_eq!(
            found("between 17 and 16 November 2026"),
            vec![d("16 November 2026", Some("2026-11-16"))]
        );
    }

    #[test]
    fn the_first_day_of_a_range_takes_the_year_it_ends_with() {
        // QA round 11, item 25.
        assert_eq!(
            found("About 143,000 doses were given between 1 January and 31 March 2025."),
            vec![
                d("1 January", Some("2025-01-01")),
                d("31 March 2025", Some("2025-03-31"))
            ]
        );
        assert_eq!(
            found("from Dec. 1 to Jan. 15, 2025"),
            vec![
                d("Dec. 1", Some("2024-12-01")),
                d("Jan. 15, 2025", Some("2025-01-15"))
            ]
        );
        assert_eq!(
            found("It ran 1 May – 30 June 2024."),
            vec![
                d("1 May", Some("2024-05-01")),
                d("30 June 2024", Some("2024-06-30"))
            ]
        );
        // Two dates that are no range keep what they say.
        assert_eq!(
            found("It opened on 1 May and closed on 30 June 2024."),
            vec![
                d("1 May", Some("--05-01")),
                d("30 June 2024", Some("2024-06-30"))
            ]
        );
    }
}
