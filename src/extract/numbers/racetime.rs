//! A race time is a length of time: "won in 2:00:29", "the record of 2:00:35", "ran the first
//! half in 59:58". Read as one figure in seconds (measure `duration`, text as written), so that a
//! checker can take one time from another; a time of day ("at 10:04", "9:15am") stays a time.

use super::figure::Figure;
use crate::claim::Measure;
use crate::extract::dates::{Span, SpanKind};
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Words right before a time that make it a time taken, not a time of day: "won in 2:00:29",
/// "a record of 2:00:35", "Takele runs 2:00:29", "clocked 3:43".
const TAKEN: WordSet = WordSet::new(&[
    "in", "of", "ran", "run", "runs", "running", "clocked", "clocks", "clocking", "timed",
]);

/// Words of a race or a performance, one of which a time after "in" or "of" needs in its
/// sentence to be a time taken ("won in 2:00:29", "the record of 2:00:35"), not a time of day
/// ("Shares fell 3% in 10:30 trading").
const PERFORMANCE: WordSet = WordSet::new(&[
    "won",
    "win",
    "wins",
    "winning",
    "ran",
    "run",
    "runs",
    "running",
    "finished",
    "finish",
    "finishes",
    "finishing",
    "clocked",
    "record",
    "records",
    "race",
    "races",
    "marathon",
    "half",
    "lap",
    "laps",
    "mile",
    "miles",
    "metres",
    "meters",
    "km",
    "kilometres",
    "kilometers",
    "best",
    "swam",
    "swim",
    "cycled",
    "completed",
    "crossed",
    "sprint",
    "relay",
    "stage",
    "course",
    "leg",
    "split",
    "splits",
    "time",
    "timed",
    "second",
    "first",
    "title",
    "gold",
    "medal",
]);

/// Words right after a clock that make it a time of day: "in 10:30 trading", "in 10:00 session",
/// "12:00 GMT", "09:00 local time".
const OF_DAY: WordSet = WordSet::new(&[
    "trading", "trade", "session", "sessions", "deals", "dealing", "gmt", "utc", "bst", "cet",
    "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "local", "am", "pm",
    "hours", "hrs", "h", "train", "flight", "bus", "service", "news", "bulletin", "meeting",
    "deadline", "start", "kickoff", "curfew", "slot", "show", "mass",
]);

/// The race time that the clock `span` holds, when a word before it tells a time taken and it
/// is written `h:mm:ss` or `m:ss` alone (no "a.m.", no "trading" or "GMT" after it); after "in"
/// or "of", only in a sentence about a race or a performance.
pub(super) fn race_time(t: &Tokens, span: &Span) -> Option<Figure> {
    let (first, last) = (span.first, span.last);
    if span.kind != SpanKind::Time || first == 0 || !t.is_in(first - 1, &TAKEN) {
        return None;
    }
    let of_day = t.is_in(last + 1, &OF_DAY) || t.is_any(last + 1, &["a", "p"]);
    let loose = t.is_any(first - 1, &["in", "of"]);
    if of_day || loose && !(0..t.len()).any(|k| t.is_in(k, &PERFORMANCE)) {
        return None;
    }
    let parts = last - first + 1;
    if parts != 3 && parts != 5 {
        return None;
    }
    let mut seconds = 0.0;
    for k in (first..=last).step_by(2) {
        if t.kind(k) != Some(TokKind::Digits) {
            return None;
        }
        let value = t.digits_value(k) as f64;
        // Minutes and seconds after the first part are under 60.
        if k > first && value >= 60.0 {
            return None;
        }
        seconds = seconds * 60.0 + value;
    }
    let mut f = Figure::hedged(
        t,
        first,
        last,
        seconds,
        Some(super::units::UnitName::Fixed("seconds")),
        Some(Measure::Duration),
    );
    // ("won in 2:00:29, with 3 others …": a bare figure after it takes no seconds.)
    f.lends_nothing = true;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::super::quantities;
    use crate::claim::Measure;

    fn read(s: &str) -> Vec<(f64, Option<String>, String, Option<Measure>)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.unit, q.text, q.measure))
            .collect()
    }

    fn time(seconds: f64, text: &str) -> (f64, Option<String>, String, Option<Measure>) {
        (
            seconds,
            Some("seconds".to_string()),
            text.to_string(),
            Some(Measure::Duration),
        )
    }

    #[test]
    fn race_times_are_durations_in_seconds() {
        // QA round 15, a-7.
        let got = read("Takele won in 2:00:29, taking six seconds off the record of 2:00:35.");
        assert_eq!(got[0], time(7229.0, "2:00:29"));
        assert_eq!(got[2], time(7235.0, "2:00:35"));
        assert_eq!(
            read("He ran the first half in 59:58 and the second in 60:31."),
            vec![time(3598.0, "59:58"), time(3631.0, "60:31")]
        );
        assert_eq!(read("Takele runs 2:00:29"), vec![time(7229.0, "2:00:29")]);
    }

    #[test]
    fn times_of_day_stay_times() {
        for s in [
            "The race started at 9:15am.",
            "The polls closed at 10:04 p.m.",
            "The 10:30 train was late.",
            "He arrived by 08:45.",
            "It ended in 10:30 a.m. traffic.",
            // (QA round 16, item 12.)
            "Shares fell in 10:30 trading in New York.",
            "Officials met in 10:00 session.",
            "The first race starts in 10:30 local time.",
            "The index rose in 14:00 GMT trading.",
            "He ran in 10:30 trading.",
        ] {
            assert_eq!(read(s), vec![], "{s}");
        }
    }
}
