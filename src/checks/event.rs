//! Which event a sentence speaks of, read from its words: the places it names ("in Kharkiv", "on
//! Odesa"), the weekdays, and (from `occasion`) another occasion or a period total. The
//! same-quantity check compares only figures whose sentences agree on all of these.

use super::figures::words;
use super::occasion::{other_occasion, period_total};
use crate::extract::dates::{WEEKDAYS, month_or_weekday};

/// Prepositions after which a capitalised word names a place ("in Kharkiv", "a strike on Odesa",
/// "the town of Amatrice").
const LOCATIVE: &[&str] = &[
    "in", "on", "at", "near", "over", "of", "outside", "across", "around", "into", "off",
    "towards", "toward",
];

/// Words that may stand between such a preposition and the place ("in the town of", "on a
/// residential district of", "in northern Italy").
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Capitalised words that follow those prepositions without naming a place, besides month and
/// weekday names (the date rules' [`month_or_weekday`]).
const NOT_PLACES: &[&str] = &[
    "telegram",
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
    "x",
    "christmas",
    "easter",
    "ramadan",
    "i",
];

/// A word of the text with whether it starts with a capital, or a punctuation mark that ends a
/// run of words (a comma, a full stop, a dash, a possessive's apostrophe).
#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    Break,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        // Letters, digits and a hyphen inside a word ("Castilla-La") keep a word going.
        let inside = c.is_alphanumeric()
            || (c == '-' && start.is_some() && text[i + 1..].starts_with(char::is_alphabetic));
        match (inside, start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, Some(s)) => {
                out.push(Tok::Word(&text[s..i]));
                start = None;
                if !c.is_whitespace() {
                    out.push(Tok::Break);
                }
            }
            (false, None) => {
                if !c.is_whitespace() {
                    out.push(Tok::Break);
                }
            }
        }
    }
    if let Some(s) = start {
        out.push(Tok::Word(&text[s..]));
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The places `text` names after a locative preposition, lower-case ("kharkiv", "mexico city").
pub(crate) fn places(text: &str) -> Vec<String> {
    let toks = tokens(text);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Tok::Word(w) = toks[i] else {
            i += 1;
            continue;
        };
        i += 1;
        // "In Turkey, 1,500 …": a capital only at the start of the sentence (a title-case
        // headline's "In" says nothing).
        let opening = i == 1 && LOCATIVE.contains(&w.to_lowercase().as_str());
        if !LOCATIVE.contains(&w) && !opening {
            continue;
        }
        // "in the town of Amatrice", "on a residential district of Kharkiv", "in northern Italy":
        // an article and up to two lower-case words; another preposition starts over.
        let mut j = i;
        if let Some(Tok::Word(a)) = toks.get(j)
            && ARTICLES.contains(a)
        {
            j += 1;
        }
        let mut skipped = 0;
        while let Some(Tok::Word(x)) = toks.get(j) {
            if capitalised(x) || LOCATIVE.contains(x) || skipped == 2 {
                break;
            }
            skipped += 1;
            j += 1;
        }
        // The capitalised run; a break (comma, apostrophe) ends it, and after a possessive
        // ("Russia's Voronezh region") the next run is a place too.
        loop {
            let mut run: Vec<String> = Vec::new();
            while let Some(Tok::Word(x)) = toks.get(j) {
                let lower = x.to_lowercase();
                if !capitalised(x) || month_or_weekday(x) || NOT_PLACES.contains(&lower.as_str()) {
                    break;
                }
                run.push(lower);
                j += 1;
            }
            if !run.is_empty() {
                let place = run.join(" ");
                if !out.contains(&place) {
                    out.push(place);
                }
            }
            // "in Turkey and Syria": the next place of a pair.
            let pair = !run.is_empty()
                && matches!(toks.get(j), Some(Tok::Word("and" | "or")))
                && matches!(toks.get(j + 1), Some(Tok::Word(x)) if capitalised(x));
            if pair {
                j += 1;
                continue;
            }
            let possessive = !run.is_empty()
                && toks.get(j) == Some(&Tok::Break)
                && matches!(toks.get(j + 1), Some(Tok::Word("s")));
            if !possessive {
                break;
            }
            j += 2;
            // "Russia's southwestern Samara region": a lower-case word may come first.
            if let Some(Tok::Word(x)) = toks.get(j)
                && !capitalised(x)
                && !LOCATIVE.contains(x)
            {
                j += 1;
            }
        }
        i = i.max(j.min(toks.len()));
    }
    out
}

/// Words that name a storm by the name after them ("Typhoon Mara", "Tropical Storm Kiko").
const STORMS: &[&str] = &["storm", "typhoon", "hurricane", "cyclone"];

/// The storms `text` names, lower-case ("kiko", "mara"): like a place, a storm's name tells its
/// event from another's ("It follows Typhoon Mara, which killed 40 people").
pub(crate) fn named_storms(text: &str) -> Vec<String> {
    let toks = tokens(text);
    toks.windows(2)
        .filter_map(|pair| match pair {
            [Tok::Word(kind), Tok::Word(name)]
                if STORMS.contains(&kind.to_lowercase().as_str())
                    && capitalised(name)
                    && !month_or_weekday(name) =>
            {
                Some(name.to_lowercase())
            }
            _ => None,
        })
        .collect()
}

/// Two place names are the same place, or one holds the other ("Mexico" and "Mexico City").
fn same_place(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    long.windows(short.len()).any(|w| w == short.as_slice())
}

/// The weekdays `text` names.
fn weekdays(text: &str) -> Vec<&'static str> {
    let w = words(text);
    WEEKDAYS
        .iter()
        .copied()
        .filter(|d| w.iter().any(|x| x.eq_ignore_ascii_case(d)))
        .collect()
}

/// What a sentence says of its event, read once per sentence: the places and weekdays it
/// names, whether it is on another occasion and whether it is a period total.
pub(crate) struct Reading {
    places: Vec<String>,
    weekdays: Vec<&'static str>,
    occasion: bool,
    period: bool,
}

impl Reading {
    /// The reading of `text`.
    pub fn of(text: &str) -> Reading {
        let mut places = places(text);
        for storm in named_storms(text) {
            if !places.contains(&storm) {
                places.push(storm);
            }
        }
        Reading {
            places,
            weekdays: weekdays(text),
            occasion: other_occasion(text).is_some(),
            period: period_total(text).is_some(),
        }
    }
}

/// What an anchor figure's event is known by: the places and weekdays of its sentence, the
/// headline and the first sentence of the body, and whether it is a period total.
pub(crate) struct Scene {
    places: Vec<String>,
    weekdays: Vec<&'static str>,
    occasion: bool,
    period: bool,
}

impl Scene {
    /// The scene of the anchor's sentence, also known from `context` (the headline and the
    /// first body sentence).
    pub fn of(anchor: &Reading, context: &[&Reading]) -> Scene {
        let mut places = anchor.places.clone();
        let mut days = anchor.weekdays.clone();
        for reading in context {
            for p in &reading.places {
                if !places.contains(p) {
                    places.push(p.clone());
                }
            }
            for d in &reading.weekdays {
                if !days.contains(d) {
                    days.push(d);
                }
            }
        }
        Scene {
            places,
            weekdays: days,
            occasion: anchor.occasion,
            period: anchor.period,
        }
    }

    /// A sentence so read may speak of the scene's event: it names none of other places only,
    /// no other weekday, no other occasion, and is a period total only if the anchor is.
    pub fn admits(&self, theirs: &Reading) -> bool {
        let elsewhere = !theirs.places.is_empty()
            && !self.places.is_empty()
            && !theirs
                .places
                .iter()
                .any(|p| self.places.iter().any(|q| same_place(p, q)));
        let other_day = !theirs.weekdays.is_empty()
            && !self.weekdays.is_empty()
            && !theirs.weekdays.iter().any(|d| self.weekdays.contains(d));
        let occasion = theirs.occasion && !self.occasion;
        let period = theirs.period != self.period;
        !(elsewhere || other_day || occasion || period)
    }

    /// Like [`Scene::admits`], for places and weekdays only: the headline check reads another
    /// occasion or period from each figure's own words ("$14.6 billion from $12.9 billion a year
    /// earlier" is about two periods).
    pub fn admits_place_and_day(&self, theirs: &Reading) -> bool {
        self.admits(&Reading {
            places: theirs.places.clone(),
            weekdays: theirs.weekdays.clone(),
            occasion: false,
            period: self.period,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_places_after_prepositions() {
        assert_eq!(
            places("Missile strike on Kharkiv kills 14, officials say"),
            ["kharkiv"]
        );
        assert_eq!(
            places(
                "A Russian missile strike on a residential district of Kharkiv killed 14 people and injured 37 on Tuesday."
            ),
            ["kharkiv"]
        );
        assert_eq!(
            places("Earlier this month, 9 people were killed in a strike on Odesa."),
            ["odesa"]
        );
        assert_eq!(places("Quake kills 12 in northern Italy"), ["italy"]);
        assert_eq!(
            places("An earthquake killed 12 people in the town of Amatrice, the mayor said."),
            ["amatrice"]
        );
        assert_eq!(
            places("A drone attack in Russia's Voronezh region has injured four people."),
            ["russia", "voronezh"]
        );
        assert_eq!(
            places("including a school in the capital of Mexico City."),
            ["mexico city"]
        );
        // Weekdays, months and platforms are not places; neither is a title-case headline.
        assert!(places("the governor said in a Telegram post on Tuesday in March.").is_empty());
        assert!(places("Death Toll In Mexico Earthquake Rises Above 200").is_empty());
    }

    #[test]
    fn reads_the_names_of_storms() {
        assert_eq!(
            named_storms("It follows Typhoon Mara, which killed 40 people."),
            ["mara"]
        );
        assert_eq!(
            named_storms("Tropical Storm Kiko made landfall on Thursday"),
            ["kiko"]
        );
        assert!(named_storms("Storm kills 12 in Philippines").is_empty());
        assert!(named_storms("The storm on Monday killed 12.").is_empty());
    }

    #[test]
    fn places_match_when_one_holds_the_other() {
        assert!(same_place("mexico", "mexico city"));
        assert!(same_place("kharkiv", "kharkiv"));
        assert!(!same_place("kharkiv", "odesa"));
        assert!(!same_place("new york", "new delhi"));
    }
}
