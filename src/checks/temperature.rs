//! A temperature restated in brackets in the other scale: "51.8C (125.2F)" is a reading (°F =
//! °C × 1.8 + 32), "1.29C (2.32F) above the 20th-century average" a difference (°F = °C × 1.8,
//! no offset). Words of a difference ("above", "warmer", "by") decide; otherwise a pair that
//! agrees with either reading is consistent, and one that agrees with neither is an alarm only
//! after words of a reading ("recorded", "reached", "temperatures of"), else left alone.

use super::figures::{Fig, drop_hedges, first_words, last_words};
use super::interval::{Band, band, judge, num, written};
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words right after the pair that make it a difference: "1.29C (2.32F) above the average".
const DIFFERENCE_AFTER: &[&str] = &[
    "above", "below", "warmer", "cooler", "colder", "hotter", "higher", "lower", "more", "less",
];

/// Nouns of a difference, in "an anomaly of 1.29C", "a rise of 0.2C".
const DIFFERENCE_NOUNS: &[&str] = &[
    "anomaly",
    "increase",
    "rise",
    "warming",
    "cooling",
    "fall",
    "drop",
    "decrease",
    "change",
    "difference",
    "gap",
];

/// Verbs a reading follows: "recorded 51.8C".
const READING_AFTER: &[&str] = &["recorded", "reached", "hit", "topped", "touched", "peaked"];

/// Words before "of", "to" or "at" and a reading, besides the [`READING_NOUNS`]: "heat of 45C",
/// "rose to 40C".
const READING_BEFORE_OF: &[&str] = &[
    "heat", "record", "rose", "soared", "climbed", "fell", "dropped", "plunged", "peaked",
    "rising", "climbing", "falling", "dropping",
];

/// Nouns of a reading before a verb of being: "Temperatures were 21C (75F)", "the high was".
const READING_NOUNS: &[&str] = &[
    "temperature",
    "temperatures",
    "high",
    "highs",
    "low",
    "lows",
];

/// Verbs of being between a noun of a reading and the pair.
const BEING: &[&str] = &[
    "was", "were", "is", "are", "stood", "remained", "stayed", "hovered",
];

/// What the pair states, as its words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A temperature (with the offset of the scales).
    Reading,
    /// A difference of temperatures: an anomaly, a change, a margin (no offset).
    Difference,
}

/// The scale of a temperature: 'C' or 'F'.
fn scale(f: &Fig) -> Option<char> {
    if f.q.measure != Some(Measure::Physical) {
        return None;
    }
    let unit = f.q.unit.as_deref()?.to_lowercase();
    let unit = unit.trim_start_matches("degrees").trim();
    match unit.trim_start_matches('°') {
        "c" | "celsius" | "centigrade" => Some('C'),
        "f" | "fahrenheit" => Some('F'),
        _ => None,
    }
}

/// What the words around "a (b)" say the pair is, if they say.
fn kind(a: &Fig, b: &Fig) -> Option<Kind> {
    let after = b.after().trim_start().strip_prefix(')').unwrap_or("");
    let next = first_words(after, 1);
    if next
        .first()
        .is_some_and(|w| DIFFERENCE_AFTER.contains(&w.as_str()))
    {
        return Some(Kind::Difference);
    }
    let mut before = last_words(a.before(), 5);
    drop_hedges(&mut before, &[]);
    match before.as_slice() {
        [.., by] if by == "by" => Some(Kind::Difference),
        [.., noun, of] if of == "of" && DIFFERENCE_NOUNS.contains(&noun.as_str()) => {
            Some(Kind::Difference)
        }
        [.., verb] if READING_AFTER.contains(&verb.as_str()) => Some(Kind::Reading),
        [.., noun, be]
            if BEING.contains(&be.as_str()) && READING_NOUNS.contains(&noun.as_str()) =>
        {
            Some(Kind::Reading)
        }
        [.., word, to]
            if matches!(to.as_str(), "of" | "to" | "at")
                && (READING_NOUNS.contains(&word.as_str())
                    || READING_BEFORE_OF.contains(&word.as_str())) =>
        {
            Some(Kind::Reading)
        }
        _ => None,
    }
}

/// `a` converted to the scale `to`, read as `kind`; with the sum as a reader follows it.
fn convert(a: Band, from: char, to: char, kind: Kind) -> (Band, String) {
    match (from, to, kind) {
        ('C', 'F', Kind::Reading) => (a.times(1.8).plus(Band::exact(32.0)), "× 1.8 + 32".into()),
        ('F', 'C', Kind::Reading) => (
            a.plus(Band::exact(-32.0)).times(1.0 / 1.8),
            "− 32) ÷ 1.8".into(),
        ),
        ('C', _, _) => (a.times(1.8), "× 1.8".into()),
        _ => (a.times(1.0 / 1.8), "÷ 1.8".into()),
    }
}

/// "51.8C (125.2F)": the two figures are one temperature or one difference of temperatures in
/// both scales; `None` unless both are temperatures of the two scales and the check can tell
/// which they are (by the words, or by agreeing with one of the two).
pub(super) fn temperatures<'a>(a: &'a Fig<'a>, b: &'a Fig<'a>) -> Option<Draft<'a>> {
    let (from, to) = (scale(a)?, scale(b)?);
    if from == to || a.q.upper.is_some() || b.q.upper.is_some() {
        return None;
    }
    let mut notes = Vec::new();
    let given = band(a.q, &mut notes);
    let stated = band(b.q, &mut notes);
    let judged = |kind: Kind| {
        let (converted, sum) = convert(given, from, to, kind);
        (kind, judge(stated, converted), converted, sum)
    };
    let worded = kind(a, b);
    // Words of a difference ("above", "by") are firm: "warmer by 2C (35.6F)" converts with the
    // offset by mistake. Otherwise figures that agree with one reading are that one ("reached
    // 1.5C (2.7F) of warming"), and an alarm needs words of a reading ("recorded 51.8C").
    let (kind, result, converted, sum) = if worded == Some(Kind::Difference) {
        judged(Kind::Difference)
    } else {
        let readings = [judged(Kind::Reading), judged(Kind::Difference)];
        match readings.iter().find(|r| r.1 != Outcome::Inconsistent) {
            Some(agrees) => agrees.clone(),
            None => readings.into_iter().find(|r| Some(r.0) == worded)?,
        }
    };
    let open = if sum.ends_with("÷ 1.8") && sum.starts_with('−') {
        "("
    } else {
        ""
    };
    let what = match kind {
        Kind::Reading => "a temperature",
        Kind::Difference => "a difference of temperatures: no offset",
    };
    Some(Draft {
        relation: Relation::Equivalent,
        result,
        uses: vec![(a, "stated"), (b, "converted")],
        arithmetic: format!(
            "{open}{} °{from} {sum} = {} °{to} {} {} °{to} stated ({what})",
            written(a.q.value),
            num(converted.value),
            result.relation_sign(),
            written(b.q.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: "the second figure in brackets restates the first".to_string(),
    })
}
