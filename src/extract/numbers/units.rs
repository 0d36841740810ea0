//! What a figure counts or measures: the unit after it ("percent", "basis points", "-year-old",
//! "-magnitude", "dollars", "kilometers"), a currency before it ("$", "€", "USD"), or the counted
//! noun ("181 drones", "17 unmanned aerial vehicles").

mod currency;
pub(crate) use currency::iso_code;
mod designation;
mod noun;
mod period;
mod physical;
mod pounds;
mod rate;
mod words;

pub(crate) use currency::{amount_of, currency_before, minor_currency, naira_sign};
use currency::{currency_after, currency_word};
pub(crate) use noun::{after_possessive, counted_noun, owned_noun};
pub(crate) use period::paid_per;
use physical::{is_physical_unit, per_unit, science_unit};
use pounds::pounds;
pub(crate) use rate::rate_base;

use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens, WordSet, is_function_word, lower};
pub(crate) use words::GAP_WORDS;
pub(super) use words::is_crowd_verb;
use words::is_plural;

/// Nouns for one person: after them "…, 33," is an age ("The suspect, 33,"), and "that one"
/// before them is a count ("said that one child died").
pub(super) const PERSON_NOUNS: WordSet = WordSet::new(&[
    "person",
    "suspect",
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "baby",
    "teenager",
    "civilian",
    "victim",
    "driver",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "resident",
    "student",
    "teacher",
    "officer",
    "soldier",
    "pilot",
    "gunman",
    "attacker",
    "worker",
    "farmer",
    "doctor",
    "nurse",
    "journalist",
    "friend",
    "brother",
    "sister",
    "owner",
    "passenger",
    "survivor",
    "defendant",
    "patient",
    "player",
    "widow",
    "widower",
    "pensioner",
    "retiree",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "mum",
    "dad",
    "neighbour",
    "neighbor",
    "veteran",
]);

/// The lower-case `w` names one person ([`PERSON_NOUNS`]).
pub(super) fn is_person_noun(w: &str) -> bool {
    PERSON_NOUNS.has(w)
}

/// Where a unit's name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitName {
    /// A fixed name ("percent", "USD", "years").
    Fixed(&'static str),
    /// The word at this token, lower-cased ("drones").
    Token(usize),
    /// These tokens as written: a model designation counted itself ("3 F-16s").
    Designation(usize, usize),
    /// A hyphenated noun from the first token to the second, lower-cased like a word
    /// ("great-grandchildren", "co-workers"): its prefix changes what is counted.
    Compound(usize, usize),
    /// A currency's code and the period or head an amount in it is paid per ("GBP", "week"
    /// for "£190,000 a week"): named "GBP per week".
    PaidPer(&'static str, &'static str),
}

impl UnitName {
    /// The first token of a name read from the text; `None` for a fixed one.
    pub(crate) fn first_token(self) -> Option<usize> {
        match self {
            UnitName::Fixed(_) | UnitName::PaidPer(..) => None,
            UnitName::Token(k) | UnitName::Designation(k, _) | UnitName::Compound(k, _) => Some(k),
        }
    }
}

/// A unit found beside a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Its name.
    pub name: UnitName,
    /// What it measures.
    pub measure: Measure,
    /// Index of the last token that belongs to the figure's text.
    pub last: usize,
}

/// What follows a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum After {
    /// A unit or counted noun.
    Unit(Unit),
    /// No unit: the noun is elided or the figure stands alone.
    Nothing,
    /// The figure is part of an ordinal or a fraction ("twenty-first", "two-thirds"): no figure.
    NotAFigure,
}

fn unit(name: UnitName, measure: Measure, last: usize) -> After {
    After::Unit(Unit {
        name,
        measure,
        last,
    })
}

/// The sentence speaks of percentages or of a vote, so "points" are percentage points ("about
/// 23 points ahead", "Among voters aged 18 to 29, Alvarez led by 14 points"); unless it names a
/// stock index, whose points are its own ("The Dow fell 1.2%, or 512 points").
fn percent_nearby(t: &Tokens) -> bool {
    const VOTE: [&str; 9] = [
        "voter",
        "votes",
        "poll",
        "Poll",
        "ballot",
        "electorate",
        "election",
        "survey",
        "respondents",
    ];
    let percent = t.text.contains('%') || t.text.contains("percent") || t.text.contains("per cent");
    (percent || VOTE.iter().any(|w| t.text.contains(w))) && !names_an_index(t.text)
}

/// "The swing from Labour to Reform was 17.8 points": an electoral swing, in points of a
/// share, with a decimal (a game's points swing in whole ones: "a 15-point swing").
fn swing_of_shares(t: &Tokens, points: usize) -> bool {
    let decimal = points >= 3
        && t.kind(points - 1) == Some(TokKind::Digits)
        && t.is_punct(points - 2, '.')
        && !t.gap(points - 1)
        && !t.gap(points - 2);
    decimal && t.text.contains("swing") && !names_an_index(t.text)
}

/// Stock indices whose moves are told in points.
fn names_an_index(text: &str) -> bool {
    const INDICES: [&str; 14] = [
        "Dow",
        "Nasdaq",
        "S&P",
        "FTSE",
        "DAX",
        "Nikkei",
        "Hang Seng",
        "CAC",
        "Stoxx",
        "Sensex",
        "Nifty",
        "Kospi",
        "ASX",
        "TSX",
    ];
    INDICES.iter().any(|name| {
        text.match_indices(name).any(|(at, _)| {
            let end = at + name.len();
            !text[end..].starts_with(|c: char| c.is_alphanumeric())
                && !text[..at].ends_with(|c: char| c.is_alphanumeric())
        })
    })
}

/// The unit after a figure whose last token is `j - 1`.
pub(crate) fn after(t: &Tokens, j: usize) -> After {
    use UnitName::Fixed;
    if t.is_punct(j, '%') {
        return unit(Fixed("percent"), Measure::Percent, j);
    }
    // "30C", "30°C", "30 °F", "30°".
    if is_temperature_scale(t, j) {
        return unit(temperature(t, j), Measure::Physical, j);
    }
    if t.is_punct(j, '°') {
        if is_temperature_scale(t, j + 1) {
            return unit(temperature(t, j + 1), Measure::Physical, j + 1);
        }
        return unit(Fixed("degrees"), Measure::Physical, j);
    }
    if t.is_joining_hyphen(j) && t.kind(j + 1) == Some(TokKind::Word) {
        return compound(t, j + 1);
    }
    // "-5 degrees Celsius", "23 degrees Fahrenheit": the scale is the unit, so that the two are
    // not taken for one measure.
    if t.is_any(j, &["degrees", "degree"]) {
        if t.is_any(j + 1, &["Celsius", "centigrade"]) {
            return unit(Fixed("°C"), Measure::Physical, j + 1);
        }
        if t.is(j + 1, "Fahrenheit") {
            return unit(Fixed("°F"), Measure::Physical, j + 1);
        }
    }
    if let Some(found) = science_unit(t, j).or_else(|| named_unit(t, j)) {
        return found;
    }
    counted_noun(t, j)
}

/// The noun at token `k` is a plural: what a figure above one counts ("five rising" counts
/// nothing, "five children" counts children).
pub(crate) fn counts_a_plural(t: &Tokens, k: usize) -> bool {
    is_plural(t.str(k))
}

/// The word at `k`, after a figure, is a unit it measures in rather than a noun it counts ("a
/// 2000 mile trip", "2000 dollars"): so the figure is no year.
pub(crate) fn measures(t: &Tokens, k: usize) -> bool {
    matches!(named_unit(t, k), Some(After::Unit(u)) if u.measure != Measure::Count)
}

/// "C" or "F" at token `k`, glued to the figure or to a degree sign before it: a temperature
/// scale ("30C", "−15°C"), not a letter of a name ("5G" stays a name).
pub(crate) fn is_temperature_scale(t: &Tokens, k: usize) -> bool {
    !t.gap(k)
        && matches!(t.str(k), "C" | "F")
        && (t.gap(k + 1) || t.kind(k + 1) == Some(TokKind::Punct))
}

/// The name of the temperature scale at token `k` ([`is_temperature_scale`]).
fn temperature(t: &Tokens, k: usize) -> UnitName {
    UnitName::Fixed(if t.is(k, "C") { "°C" } else { "°F" })
}

/// Units written as words after a gap: "percent", "per cent", "basis points", "years old",
/// "magnitude", "dollars", "kilometers", "days".
fn named_unit(t: &Tokens, j: usize) -> Option<After> {
    use UnitName::{Fixed, Token};
    if t.kind(j) != Some(TokKind::Word) {
        return None;
    }
    if let Some(last) = per_unit(t, j) {
        return Some(unit(
            UnitName::Designation(j, last),
            Measure::Physical,
            last,
        ));
    }
    // "4.50 NOK", "1.1 trillion Norwegian crowns".
    if let Some((code, last)) = currency_after(t, j) {
        return Some(unit(Fixed(code), Measure::Money, last));
    }
    let mut buf = [0u8; 24];
    let w = lower(t.str(j), &mut buf)?;
    let points = |k: usize| t.is_any(k, &["point", "points"]);
    Some(match w {
        "percent" | "pct" => unit(Fixed("percent"), Measure::Percent, j),
        "per" if t.is(j + 1, "cent") => unit(Fixed("percent"), Measure::Percent, j + 1),
        "percentage" if points(j + 1) => {
            unit(Fixed("percentage points"), Measure::PercentagePoints, j + 1)
        }
        // "pp" and "ppts" are the financial pages' percentage points.
        "pp" | "ppts" => unit(Fixed("percentage points"), Measure::PercentagePoints, j),
        "basis" if points(j + 1) => unit(Fixed("basis points"), Measure::BasisPoints, j + 1),
        "basis" if t.is_joining_hyphen(j + 1) && points(j + 2) => {
            unit(Fixed("basis points"), Measure::BasisPoints, j + 2)
        }
        "bps" | "bp" => unit(Fixed("basis points"), Measure::BasisPoints, j),
        "point" | "points" | "pts" if percent_nearby(t) || swing_of_shares(t, j) => {
            unit(Fixed("percentage points"), Measure::PercentagePoints, j)
        }
        "years" | "year" if t.is(j + 1, "old") => unit(Fixed("years"), Measure::Age, j + 1),
        "months" | "month" if t.is(j + 1, "old") => unit(Fixed("months"), Measure::Age, j + 1),
        "magnitude" => unit(Fixed("magnitude"), Measure::Magnitude, j),
        // "20 nautical miles", "20 nmi": a length at sea (1,852 m), no count of miles.
        "nautical" if t.is_any(j + 1, &["miles", "mile"]) => {
            unit(Fixed("nautical miles"), Measure::Physical, j + 1)
        }
        "nmi" => unit(Fixed("nautical miles"), Measure::Physical, j),
        // "950 hPa", "925 hectopascals": one unit, written as its symbol (a word's name would be
        // lower-cased), so the two compare.
        "hpa" if t.str(j) == "hPa" => unit(Fixed("hPa"), Measure::Physical, j),
        "hectopascals" | "hectopascal" => unit(Fixed("hPa"), Measure::Physical, j),
        "us" if t.is_any(j + 1, &["dollars", "dollar"]) => {
            unit(Fixed("USD"), Measure::Money, j + 1)
        }
        "pounds" | "pound" => return pounds(t, j),
        _ => {
            if let Some(code) = currency_word(w) {
                unit(Fixed(code), Measure::Money, j)
            } else if let Some(plural) = time_unit(w)
                // ("11 second-half minutes", "three second-half goals": the ordinal.)
                && !(w == "second" && t.is_joining_hyphen(j + 1))
            {
                unit(Fixed(plural), Measure::Duration, j)
            } else if is_physical_unit(t.str(j)) {
                unit(Token(j), Measure::Physical, j)
            } else {
                return None;
            }
        }
    })
}

/// A hyphenated compound after a figure, starting at the word `k`: "77-year-old",
/// "6.3-magnitude", "10-day", "50-basis-point", "12-member", "two-thirds" (not a figure).
fn compound(t: &Tokens, k: usize) -> After {
    use UnitName::{Fixed, Token};
    let mut buf = [0u8; 24];
    let Some(w) = lower(t.str(k), &mut buf) else {
        return After::Nothing;
    };
    // "a 2-for-1 split", "a 3-to-1 vote", "a 2-in-1 laptop": a ratio or a kind of thing, which
    // counts nothing.
    if is_function_word(w)
        && t.is_joining_hyphen(k + 1)
        && (t.kind(k + 2) == Some(TokKind::Digits) || super::words::word_at(t, k + 2).is_some())
    {
        return After::NotAFigure;
    }
    // ("five-year-olds": the children of that age.)
    let old = |m: usize| t.is_joining_hyphen(m) && t.is_any(m + 1, &["old", "olds"]);
    if let Some(plural) = time_unit(w) {
        if old(k + 1) {
            return unit(Fixed(plural), Measure::Age, k + 2);
        }
        return unit(Fixed(plural), Measure::Duration, k);
    }
    match w {
        "magnitude" => unit(Fixed("magnitude"), Measure::Magnitude, k),
        "percent" => unit(Fixed("percent"), Measure::Percent, k),
        "basis" if t.is_joining_hyphen(k + 1) && t.is_any(k + 2, &["point", "points"]) => {
            unit(Fixed("basis points"), Measure::BasisPoints, k + 2)
        }
        "point" if percent_nearby(t) => {
            unit(Fixed("percentage points"), Measure::PercentagePoints, k)
        }
        // "a 5,000-strong crowd": the noun comes after the adjective.
        "strong" | "odd" | "plus" => match counted_noun(t, k + 1) {
            After::Unit(u) => After::Unit(u),
            _ => After::Nothing,
        },
        "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
        | "ninth" | "thirds" | "quarters" | "fifths" | "sixths" | "tenths" | "halves" | "fold"
        | "year" => After::NotAFigure,
        // "a 20-yarder", "a 40-footer": a shot, a boat of that length.
        "yarder" | "yarders" => unit(Fixed("yards"), Measure::Physical, k),
        "footer" | "footers" => unit(Fixed("feet"), Measure::Physical, k),
        // "a 9-pound baby", "a 20-pound note", "a 200,000-euro mortgage".
        "pound" => pounds(t, k).unwrap_or(After::Nothing),
        _ if let Some(code) = currency_word(w) => unit(Fixed(code), Measure::Money, k),
        _ if is_physical_unit(t.str(k)) => unit(Token(k), Measure::Physical, k),
        _ => unit(Token(k), Measure::Count, k),
    }
}

/// The plural name of a unit of time ("day" / "days" → "days").
fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" => "seconds",
        "minute" | "minutes" => "minutes",
        "hour" | "hours" => "hours",
        "day" | "days" => "days",
        "week" | "weeks" => "weeks",
        "month" | "months" => "months",
        "year" | "years" => "years",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        _ => return None,
    })
}
