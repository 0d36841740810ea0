//! Numbers that label a thing rather than count it: "Flight 17", "Article 5", and a list after
//! a plural label ("Districts 2, 4 and 7", "Articles 5 and 6"); a road's or a model's number after
//! its name ("the Illinois 64 bridge", "the Ariane 6 rocket").

use super::figure::is_function_word_any_case;
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Capitalised words after which a number is a label, not a figure ("Flight 17", "Article 5").
const LABELS: WordSet = WordSet::new(&[
    "Article",
    "Chapter",
    "Flight",
    "Route",
    "Section",
    "Room",
    "Resolution",
    "Boeing",
    "Airbus",
    "Windows",
    "Apollo",
    "Level",
    "Phase",
    "Category",
    "Grade",
    "Gate",
    "Terminal",
    "Platform",
    "Highway",
    "Hwy",
    // "State Road 24", "County Road 361": a road's number.
    "Road",
    "Rd",
    "Rte",
    "Rt",
    "Interstate",
    "Paragraph",
    "Page",
    "Vol",
    "Volume",
    "Channel",
    // "Rai News 24", "BBC Radio 4": a broadcaster's channel.
    "News",
    "Radio",
    "Model",
    "Version",
    "Season",
    "Episode",
    "Block",
    "Line",
    "Number",
    "Part",
    "Stage",
    "Zone",
    "Sector",
    "Unit",
    "Brigade",
    "Division",
    "Battalion",
    "Corps",
    "Regiment",
    "Amendment",
    "Rule",
    "Bill",
    "Proposition",
    "Prop",
    "Measure",
    "Initiative",
    "Question",
    "Title",
    "Ward",
    "District",
    "Precinct",
    "Exit",
    "Runway",
    "Pier",
    "Class",
    "Type",
]);

/// `word` (any case) is a label before a number ("Season" of "SEASON 2"): what the score's
/// headline grammar asks of a capitalised word before a figure.
pub(crate) fn is_label(word: &str) -> bool {
    LABELS.has(word)
}

/// The digits at `i` follow a label ("Flight 17", "Class 390"), or stand in a list after a
/// plural one ("Districts 2, 4 and 7", "Wards 3 or 5"): they name the things, not a count.
pub(super) fn labelled(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    let mut listed = false;
    loop {
        // ("Hwy. 50", "Rte. 9", "Vol. 3": an abbreviated label keeps its stop.)
        let stop = k >= 2 && t.gap(k) && t.is_punct(k - 1, '.') && !t.gap(k - 1);
        if stop && !listed && t.is_capitalised(k - 2) && t.is_in(k - 2, &LABELS) {
            return true;
        }
        if k >= 1 && t.gap(k) && t.is_capitalised(k - 1) {
            if t.is_in(k - 1, &LABELS) && !listed {
                return true;
            }
            if plural_label(t, k - 1) {
                return true;
            }
        }
        // ("flights 203, 207 and 311", "districts 4, 7, wards 12": in lower case a plural
        // label names only a list, or what follows one; "shots 16" alone counts shots.)
        if k >= 1
            && t.gap(k)
            && t.is_lower_word(k - 1)
            && plural_label(t, k - 1)
            && (listed || list_follows(t, i) || k >= 3 && after_a_list(t, k - 1))
        {
            return true;
        }
        // Back over one member of the list: "2," / "2 and" / "2, and" / "2 or".
        let mut p = match k.checked_sub(1) {
            Some(p) => p,
            None => return false,
        };
        // ("and" or "or" ends a list: before it there are only commas.)
        if t.is_any(p, &["and", "or"]) && !listed {
            p = match p.checked_sub(1) {
                Some(p) => p,
                None => return false,
            };
            if t.is_punct(p, ',') {
                p = match p.checked_sub(1) {
                    Some(p) => p,
                    None => return false,
                };
            }
        } else if t.is_punct(p, ',') {
            p = match p.checked_sub(1) {
                Some(p) => p,
                None => return false,
            };
        } else {
            return false;
        }
        // Each member is a small number of its own ("2", "14"), not a figure with separators.
        let member =
            t.kind(p) == Some(TokKind::Digits) && t.str(p).len() <= 3 && (p == 0 || t.gap(p));
        if !member {
            return false;
        }
        k = p;
        listed = true;
    }
}

/// Capitalised words before a number that hedge or pick out a count, not name a thing ("Some 40
/// said", "Another 12 reported"); function words, months and weekdays are turned away apart.
const COUNT_OPENERS: WordSet = WordSet::new(&[
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "another",
    "other",
    "many",
    "several",
    "both",
    "few",
    "top",
    "first",
    "last",
    "next",
    "only",
    "exactly",
    "estimated",
    "perhaps",
    "barely",
    "fully",
    "up",
    "more",
    "least",
    "those",
    "these",
    "around",
    "about",
    "over",
]);

/// The capitalised `word` may be a broadcaster's or a body's name that a number ends ("France
/// 24", "Fox 5", "Channel 4 News"): no function word, hedge, quantifier, month or weekday.
pub(crate) fn may_name_a_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && !super::figure::is_function_word_any_case(word)
        && !COUNT_OPENERS.has(word)
        && !crate::extract::dates::month_or_weekday(word)
}

/// "France 24 reported", "Fox 5 said": a number of up to three digits between a capitalised
/// name and a speech verb ends the name of who speaks; it counts nothing.
pub(super) fn names_a_speaker(t: &Tokens, i: usize) -> bool {
    i >= 1
        && t.gap(i)
        && t.gap(i + 1)
        && t.kind(i + 1) == Some(TokKind::Word)
        && t.str(i).len() <= 3
        && t.kind(i) == Some(TokKind::Digits)
        && t.is_lower_word(i + 1)
        && crate::extract::quotes::verbs::is_speech_verb(t.str(i + 1))
        && t.kind(i - 1) == Some(TokKind::Word)
        && may_name_a_number(t.str(i - 1))
}

/// Words after a road's number that name no counted thing: where the road runs ("U.S. 19 near
/// Cedar Key", "US 1 north of Miami").
const ROAD_PLACES: WordSet = WordSet::new(&[
    "near",
    "north",
    "south",
    "east",
    "west",
    "northbound",
    "southbound",
    "eastbound",
    "westbound",
    "between",
    "through",
    "outside",
    "across",
    "toward",
    "towards",
]);

/// Upper-case codes for a state's, a county's or a farm road ("SR 20", "CR 361", "FM 1960").
const ROAD_CODES: [&str; 7] = ["SR", "CR", "FM", "RM", "SH", "CSAH", "US"];

/// Lower-case words before a point on a road ("exit 12", "mile marker 42", "milepost 7").
const ROAD_POINTS: [&str; 4] = ["exit", "marker", "milepost", "post"];

/// Past participles that name people when counted ("the 19 injured"), not what a road did.
const PEOPLE_PARTICIPLES: [&str; 6] = [
    "injured",
    "wounded",
    "detained",
    "displaced",
    "accused",
    "deceased",
];

/// "swept off U.S. 19", "closed SR 20 and FM 1960", "near exit 12 on the turnpike": a number
/// of up to three digits (four after a state's code) after "U.S." or a road's code as written,
/// or after a point on a road, with nothing counted after it, numbers a road ("U.S. 19 troops",
/// "the U.S. 10-year yield", "U.S. 1,000" and "exit 12 markets" stay figures).
pub(super) fn us_route(t: &Tokens, i: usize) -> bool {
    if i == 0 || !t.gap(i) || t.kind(i) != Some(TokKind::Digits) || t.str(i).len() > 4 {
        return false;
    }
    let dotted = i >= 4
        && t.str(i - 1) == "."
        && t.str(i - 2) == "S"
        && t.str(i - 3) == "."
        && t.str(i - 4) == "U"
        && (i - 3..i).all(|k| !t.gap(k));
    let code = ROAD_CODES.contains(&t.str(i - 1));
    let point = ROAD_POINTS.contains(&t.str(i - 1))
        && (!t.is(i - 1, "post") || i >= 2 && t.is(i - 2, "mile"));
    let short = t.str(i).len() <= 3 || code && t.str(i - 1) != "US";
    (dotted || code || point) && short && nothing_counted_after(t, i + 1)
}

/// The token at `next`, after a road's number, names nothing that number counts: the sentence
/// ends, punctuation ends the number, or a function word, a direction ("U.S. 19 near Cedar Key")
/// or what the road did ("U.S. 19 flooded, …") follows.
fn nothing_counted_after(t: &Tokens, next: usize) -> bool {
    match t.kind(next) {
        None => true,
        // ("U.S. 1,000", "U.S. 2.5%", "U.S. 10-year": the number goes on.)
        Some(TokKind::Punct) => {
            let goes_on = !t.gap(next + 1) && t.kind(next + 1) == Some(TokKind::Digits);
            let glued_on = match t.str(next) {
                "%" | "-" | "/" => true,
                "," | "." | ":" => goes_on,
                _ => false,
            };
            t.gap(next) || !glued_on
        }
        Some(TokKind::Word) => {
            let w = t.str(next);
            // "U.S. 19 flooded, …", not "U.S. 19 armed drones" nor "the U.S. 19 injured".
            let noun_after = t.is_lower_word(next + 1)
                && !super::figure::is_function_word_any_case(t.str(next + 1));
            let done = t.is_lower_word(next)
                && w.len() > 4
                && w.ends_with("ed")
                && !PEOPLE_PARTICIPLES.contains(&w)
                && !noun_after;
            t.gap(next)
                && (super::figure::is_function_word_any_case(w)
                    || t.is_in(next, &ROAD_PLACES)
                    || done)
        }
        Some(TokKind::Digits) => false,
    }
}

/// The four digits at `i` number a road, not a year: "FM 1960", "Route 2010", "Highway 1806".
pub(crate) fn road_number(t: &Tokens, i: usize) -> bool {
    const ROADS: [&str; 6] = ["Route", "Highway", "Hwy", "Interstate", "Road", "Rd"];
    let named = i >= 1 && t.gap(i) && ROADS.contains(&t.str(i - 1));
    named || us_route(t, i)
}

/// Another small number follows the digits at `i` in a list: "203, 207", "4 and 7", "9, or 10".
fn list_follows(t: &Tokens, i: usize) -> bool {
    let mut n = i + 1;
    if t.is_punct(n, ',') {
        n += 1;
    }
    if t.is_any(n, &["and", "or"]) {
        n += 1;
    }
    n > i + 1 && t.kind(n) == Some(TokKind::Digits) && t.str(n).len() <= 3 && t.gap(n)
}

/// The label at `w` opens an item after a list of labelled numbers: "districts 4, 7, wards 12".
fn after_a_list(t: &Tokens, w: usize) -> bool {
    t.is_punct(w - 1, ',') && t.kind(w - 2) == Some(TokKind::Digits) && labelled(t, w - 2)
}

/// The word at `k` is a label in the plural ("Districts", "Wards", "Articles", "flights").
fn plural_label(t: &Tokens, k: usize) -> bool {
    let w = t.str(k);
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    LABELS.has(stem)
}

/// Nouns for a road or a crossing that a route's number names ("the Illinois 64 bridge").
const ROAD_NOUNS: WordSet = WordSet::new(&[
    "bridge",
    "highway",
    "road",
    "route",
    "exit",
    "interchange",
    "overpass",
    "underpass",
    "tunnel",
    "bypass",
    "freeway",
    "expressway",
    "motorway",
    "corridor",
    "crossing",
]);

/// Nouns for a craft or a product that a model's number names ("the Ariane 6 rocket", "a
/// Boeing 737 jet"), in the singular: a count of them would be plural.
const MODEL_NOUNS: WordSet = WordSet::new(&[
    "rocket",
    "launcher",
    "booster",
    "spacecraft",
    "capsule",
    "lander",
    "rover",
    "telescope",
    "satellite",
    "mission",
    "launch",
    "jet",
    "airliner",
    "aircraft",
    "plane",
    "helicopter",
    "fighter",
    "bomber",
    "missile",
    "submarine",
    "engine",
    "reactor",
    "smartphone",
    "handset",
    "console",
]);

/// The digits at `i` name a road or a model with the capitalised name before them: "the Illinois
/// 64 bridge", "the Highway 1 exit", "the Ariane 6 rocket", "a SpaceX Falcon 9 rocket" (a
/// road's or a craft's noun in the singular after them), or "the Falcon 9 lifted off" (a name
/// in the singular after an article, and a verb in -ed after the number: a count there would
/// count a noun, "the Greens 4, Labour 3").
pub(super) fn names_a_road_or_a_model(t: &Tokens, i: usize) -> bool {
    // Most figures have no capitalised word right before them: one look decides.
    if i == 0 || !t.gap(i) || !t.is_capitalised(i - 1) || !t.gap(i + 1) {
        return false;
    }
    let name = t.str(i - 1);
    if is_function_word_any_case(name) || crate::extract::dates::starts_date(b"", name.as_bytes()) {
        return false;
    }
    if t.is_in(i + 1, &ROAD_NOUNS) || t.is_in(i + 1, &MODEL_NOUNS) {
        return true;
    }
    let verb = t.is_lower_word(i + 1) && t.str(i + 1).ends_with("ed");
    if !verb || name.ends_with('s') {
        return false;
    }
    // The article before the name, past one more capitalised word ("the SpaceX Falcon 9").
    let article = |k: usize| t.is_any(k, &["the", "a", "an"]);
    i >= 2 && article(i - 2) || i >= 3 && t.is_capitalised(i - 2) && article(i - 3)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{f, figures};

    #[test]
    fn numbers_after_a_label_or_in_a_list_after_a_plural_one_are_names() {
        // QA round 13, item 7.
        let found = figures(
            "The largest amendment moved $4.5 million from a planned downtown parking garage to restore library hours in Districts 2, 4 and 7.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(figures("in Wards 3 or 5, 40 people voted").len(), 1);
        assert_eq!(figures("Articles 5, 6, and 9 apply.").len(), 0);
        // The first three carry the coaches, not the class.
        let found = figures(
            "All nine coaches of the Class 390 Pendolino left the rails, and the first three overturned onto an embankment.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("coaches"), "{found:?}");
        // A count after a label's number stays a count.
        assert_eq!(figures("in District 2, 40 people voted").len(), 1);
    }

    #[test]
    fn a_road_s_number_is_no_count() {
        // QA round 15, item b-1: no "24 people" beside a death toll.
        // (QA round 16, item 13: "Hwy. 50", now in one sentence with its stop.)
        for road in [
            "State Road 24",
            "County Road 361",
            "U.S. 19",
            "US 19",
            "Hwy. 50",
            "Rte. 9",
            "Rt. 4",
        ] {
            let s = format!("Among the dead were two people whose car was swept off {road}.");
            assert_eq!(figures(&s), vec![f(2.0, "people", "two people")], "{s}");
        }
        assert_eq!(
            figures("Flooding closed State Road 24 near Cedar Key."),
            vec![]
        );
        assert_eq!(
            figures("Flooding closed U.S. 19 near Crystal River."),
            vec![]
        );
        // A count or an amount after "U.S." stays a figure.
        assert_eq!(
            figures("The U.S. 19 troops were flown home."),
            vec![f(19.0, "troops", "19 troops")]
        );
        assert_eq!(figures("Give us 3 more days.").len(), 1);
    }

    #[test]
    fn a_road_s_code_or_a_point_on_a_road_is_no_count() {
        // QA round 16, item 5: none of these numbers counts the dead.
        for s in [
            "Two people died when their car was swept off SR 20.",
            "Two people died near mile marker 42 on the turnpike.",
            "Two people died near exit 12 on the turnpike.",
            "Two people were killed when U.S. 19 flooded, officials said.",
            "Two people died on CR 361 near Cedar Key.",
            "Two people died at milepost 7.",
        ] {
            assert_eq!(figures(s), vec![f(2.0, "people", "Two people")], "{s}");
        }
        let found = figures("Two people were killed and three injured on SR 24 and FM 1960.");
        assert_eq!(found.len(), 2, "{found:?}");
        // Counted things after the number stay figures.
        assert_eq!(
            figures("The firm will exit 12 markets."),
            vec![f(12.0, "markets", "12 markets")]
        );
        assert_eq!(figures("The U.S. 19 injured were flown home.").len(), 1);
        assert_eq!(figures("U.S. 19 armed drones were seen.").len(), 1);
    }
}
