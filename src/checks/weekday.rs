//! A weekday written beside a full date that falls on another day: "Friday, September 26, 2026"
//! (a Saturday). One of the two is wrong, whichever the text meant.

use super::{Finding, Outcome, Relation};
use crate::claim::{Claim, DateRef};
use crate::extract::dates::WEEKDAYS;

/// Each weekday set right before a date that writes its year ("Friday, September 26, 2026",
/// "Friday 26 September 2026") and is not that date's weekday. A date without its year is left
/// alone: the year it takes (the article's) may be the wrong one across a New Year.
pub(crate) fn weekdays(doc: usize, claims: &[(usize, &Claim)], out: &mut Vec<Finding>) {
    for (_, claim) in claims {
        for pair in claim.dates.windows(2) {
            let (named, date) = (&pair[0], &pair[1]);
            let Some(written) = WEEKDAYS.iter().position(|w| *w == named.text) else {
                continue;
            };
            let Some(gap) = between(claim, named, date) else {
                continue;
            };
            if !gap.chars().all(|c| c == ',' || c.is_whitespace()) {
                continue;
            }
            let Some((year, month, day)) = full_date(date) else {
                continue;
            };
            let actual = weekday(year, month, day);
            if actual == written {
                continue;
            }
            out.push(Finding {
                doc,
                relation: Relation::Weekday,
                result: Outcome::Inconsistent,
                claims: vec![claim.id.clone()],
                figures: Vec::new(),
                arithmetic: format!(
                    "{} is a {} ≠ {}",
                    date.text, WEEKDAYS[actual], WEEKDAYS[written]
                ),
                tolerance: None,
                evidence: format!("“{}{}{}”", named.text, gap, date.text),
            });
        }
    }
}

/// Whether `claim` writes a weekday right before another date.
pub(crate) fn names_a_weekday(claim: &Claim) -> bool {
    claim
        .dates
        .windows(2)
        .any(|pair| WEEKDAYS.contains(&pair[0].text.as_str()) && pair[1].iso.is_some())
}

/// The text between two dates of a claim (document offsets).
fn between<'a>(claim: &'a Claim, first: &DateRef, second: &DateRef) -> Option<&'a str> {
    let from = first.end.checked_sub(claim.start)?;
    let to = second.start.checked_sub(claim.start)?;
    claim.text.get(from..to)
}

/// Year, month and day of a date whose text writes its year ("2026-09-26" from "September 26,
/// 2026", not from "Sept. 26" in an article of 2026).
fn full_date(date: &DateRef) -> Option<(i64, u32, u32)> {
    let iso = date.iso.as_deref()?;
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || !date.text.contains(year) {
        return None;
    }
    Some((year.parse().ok()?, month.parse().ok()?, day.parse().ok()?))
}

/// The weekday of a Gregorian date, 0 for Monday (days from 1970-01-01, a Thursday).
fn weekday(year: i64, month: u32, day: u32) -> usize {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days + 3).rem_euclid(7) as usize
}

#[cfg(test)]
mod tests {
    use super::weekday;
    use crate::checks::tests::{assert_no_alarm, findings, only};
    use crate::checks::{Outcome, Relation};

    #[test]
    fn weekdays_of_dates() {
        assert_eq!(weekday(1970, 1, 1), 3);
        assert_eq!(weekday(2026, 9, 26), 5);
        assert_eq!(weekday(2000, 2, 29), 1);
        assert_eq!(weekday(2024, 1, 1), 0);
    }

    #[test]
    fn a_weekday_that_is_not_the_dates() {
        // QA round 15, b-13: 26 September 2026 is a Saturday.
        let text = "Hurricane makes landfall\n\nLandfall was recorded on Friday, September 26, \
                    2026, near Port Salerno, the hurricane center said.";
        let found = findings(text);
        let weekday = only(&found, Relation::Weekday);
        assert_eq!(weekday.len(), 1);
        assert_eq!(weekday[0].result, Outcome::Inconsistent);
        assert_eq!(
            weekday[0].arithmetic,
            "September 26, 2026 is a Saturday ≠ Friday"
        );
    }

    #[test]
    fn a_right_weekday_or_a_date_without_its_year_is_left_alone() {
        for text in [
            "Landfall was recorded on Saturday, September 26, 2026, near Port Salerno.",
            "Landfall was recorded on Saturday 26 September 2026 near Port Salerno.",
            "Landfall was recorded on Friday, Sept. 26, near Port Salerno.",
            "The storm formed on Friday and reached land on September 26, 2026.",
        ] {
            assert_no_alarm(&findings(text), text);
        }
    }
}
