//! Whether a body figure is restricted to less than the headline's whole: a group ("Children
//! under five account for 3,200 cases", "Turnout among voters under 30"), a place ("Lusende
//! province has recorded 6,000 cases", "Turnout in Maricopa County"), a day or a time ("46,000
//! acres on Tuesday", "by Tuesday evening", "on election night"), a rate ("400 cases … each
//! day") or an increment ("900 new cases"). Such a figure never makes the headline wrong: a
//! false alarm is the worst thing this check can say, so any such word silences it.

use super::super::event::places;
use super::super::figures::{Fig, last_words, singular};
use super::words::{SUBJECTS, another_figures_words, next_figure_start, previous_figure_end};
use crate::extract::dates::month_or_weekday;

/// Words that restrict a figure wherever they stand in its own words.
const RESTRICTING: &[&str] = &[
    "among",
    "whom",
    "aged",
    "older",
    "younger",
    "per",
    "daily",
    "weekly",
    "monthly",
    "hourly",
    "each",
    "every",
    "new",
    "overnight",
    "earlier",
    "initially",
    "previously",
    "past",
    "alone",
    "account",
    "accounts",
    "accounted",
    "peak",
    // Another of the kind ("A second blaze has burned 2,000 acres": see also the pairs below),
    // or a part of the whole ("Containment lines now surround 30,000 acres").
    "another",
    "other",
    "separate",
    "smaller",
    "containment",
    "contained",
    "surround",
    "surrounds",
];

/// Nouns of a part of a country ("Lusende province", "the county").
const PLACE_NOUNS: &[&str] = &[
    "province",
    "county",
    "region",
    "district",
    "city",
    "town",
    "village",
    "camp",
    "prefecture",
    "municipality",
    "parish",
    "borough",
    "township",
    "governorate",
    "oblast",
    "state",
    "precinct",
    "ward",
    "north",
    "south",
    "east",
    "west",
    "capital",
];

/// Words after "by" that name a time before the whole ("by Tuesday evening", "by noon").
const BY_TIME: &[&str] = &[
    "noon",
    "midday",
    "midnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "then",
    "dawn",
    "late",
    "early",
    "mid",
];

/// Verbs whose object the figure is, so that a day after it is the report's ("reported quarterly
/// revenue of $14.6 billion on Thursday"), not the figure's.
const REPORTING: &[&str] = &[
    "reported",
    "reports",
    "posted",
    "posts",
    "announced",
    "announces",
];

/// Verbs of saying before "on <day>": the day is the statement's.
const SAYING: &[&str] = &["said", "says", "reported", "announced", "confirmed", "told"];

/// The figure's own words: its clause back to a comma or the previous figure, ahead to a comma,
/// the next figure or a "from" that opens another figure's words; and the sentence's opening
/// clause when it stands before them ("In Maricopa County, …", "By Tuesday evening, …").
fn own_text(f: &Fig) -> (String, String, String) {
    let text = &f.claim.text;
    let comma = f.before().rfind([',', ';']).map_or(0, |i| i + 1);
    let from = previous_figure_end(f).max(comma);
    let after = f.after();
    let to = after
        .find([',', ';'])
        .unwrap_or(after.len())
        .min(next_figure_start(f));
    let to = another_figures_words(&after[..to]);
    let opener = match from {
        0 => String::new(),
        _ => text[..from].split(',').next().unwrap_or("").to_string(),
    };
    // The figure's span goes with what follows it: "900 new cases".
    (
        opener,
        text.get(from..f.ls).unwrap_or("").to_string(),
        format!("{} {}", &text[f.ls..f.le], after.get(..to).unwrap_or("")),
    )
}

/// The words of `text` as written, without punctuation.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A place `place` (lower-case) is the headline's or the lede's: named there, or its initials
/// are a word there ("United States" and "US").
fn known(place: &str, known_text: &str) -> bool {
    let lower = known_text.to_lowercase();
    let initials: String = place
        .split(' ')
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    lower.contains(place)
        || initials.len() >= 2
            && tokens(&known_text.replace('.', ""))
                .iter()
                .any(|w| *w == initials)
}

/// The body figure `f` is restricted to a group, a place, a time or a rate that `headline` does
/// not name; `lede` is the text whose places stand for the headline's too (the first body
/// sentence with figures, unless it is `f`'s own).
pub(super) fn restricted(f: &Fig, headline: &str, lede: &str) -> bool {
    let (opener, back, ahead) = own_text(f);
    let text = format!("{opener}, {back} {ahead}");
    let toks = tokens(&text);
    // Tokens before the figure: "the county has recorded …" names a place, "… of the state's
    // registered voters" the whole.
    let before_figure = tokens(&format!("{opener}, {back}")).len();
    let lower: Vec<String> = toks.iter().map(|w| w.to_lowercase()).collect();
    let headline_words: Vec<String> = tokens(headline).iter().map(|w| w.to_lowercase()).collect();
    let in_headline = |w: &str| headline_words.iter().any(|h| h == w);
    let last_before = last_words(f.before(), 1);
    // "under 500 cases" is a hedge; "children under five" a group.
    let hedge = last_before
        .first()
        .is_some_and(|w| w == "under" || w == "over");
    let word = lower
        .iter()
        .any(|w| (RESTRICTING.contains(&w.as_str()) || w == "under" && !hedge) && !in_headline(w));
    let reported = last_words(f.before(), 4)
        .iter()
        .any(|w| REPORTING.contains(&w.as_str()));
    let pair = toks.windows(2).enumerate().any(|(k, p)| {
        let (a, b) = (lower[k].as_str(), p[1]);
        let b_lower = lower[k + 1].as_str();
        let day = month_or_weekday(b) && !in_headline(b_lower);
        match a {
            "by" => day || BY_TIME.contains(&b_lower),
            // "said on Tuesday that …": the report's day.
            "on" => {
                let said = k > 0 && SAYING.contains(&lower[k - 1].as_str());
                day && !reported && !said
                    || b_lower == "election" && lower.get(k + 2).is_some_and(|w| w == "night")
            }
            "a" | "an" => matches!(b_lower, "day" | "week" | "month" | "hour" | "night"),
            "of" => matches!(b_lower, "them" | "those" | "these"),
            "at" => matches!(b_lower, "first" | "one"),
            // "a second blaze", not "the second quarter".
            "second" | "third" | "fourth" => !matches!(
                b_lower,
                "quarter" | "half" | "round" | "day" | "week" | "month" | "year" | "time"
            ),
            "the" => k < before_figure && PLACE_NOUNS.contains(&b_lower) && !in_headline(b_lower),
            // "treated 9,000 cases in clinics": a kind of place.
            "in" => {
                b_lower.ends_with('s')
                    && !SUBJECTS.contains(&singular(b_lower).as_str())
                    && b_lower != "years"
            }
            _ => false,
        }
    });
    // "Lusende province", "Maricopa County": a capitalised name before a place noun; and
    // places after a preposition ("in West Texas").
    let mut named: Vec<String> = places(&text);
    for k in 1..toks.len() {
        let prev = toks[k - 1];
        if PLACE_NOUNS.contains(&lower[k].as_str())
            && prev.starts_with(char::is_uppercase)
            && !matches!(prev, "The" | "A" | "An")
        {
            named.push(format!("{} {}", prev.to_lowercase(), lower[k]));
        }
    }
    let known_text = format!("{headline} {lede}");
    let elsewhere = named.iter().any(|p| {
        !known(p, &known_text)
            && !p
                .split(' ')
                .next()
                .is_some_and(|first| known(first, &known_text))
    });
    word || pair || elsewhere
}
