//! What a figure's own clause says happened to what it counts: "killed 14 people" → killed,
//! "injured 38" → injured, "181 drones fired" → launched, "shot down 115" → intercepted. The
//! review screen's arithmetic aids use it to leave alone figures of opposed roles (the killed
//! and the injured are not parts of one another).

use super::figures::{family_of, words};
use super::share::{INTERCEPTED, LAUNCHED};

/// Marks that end a clause: a figure's role is read inside its own clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '—', '–', '(', ')', '.', '"', '“', '”'];

/// Words that join two clauses ("killed 14 people and injured 38").
const JOINERS: &[&str] = &[
    "and", "but", "while", "whereas", "or", "as", "after", "before",
];

/// Verbs of the past that do not end in "-ed".
const IRREGULAR: &[&str] = &[
    "lost", "held", "fled", "left", "sold", "built", "won", "took", "made", "found", "caught",
    "brought", "bought", "paid", "spent", "hit", "struck", "met", "saw", "shot", "hurt", "sent",
];

/// Verbs of reporting, which say who counted, not what happened ("officials confirmed 14 …").
const REPORTING: &[&str] = &[
    "reported",
    "confirmed",
    "announced",
    "stated",
    "added",
    "noted",
    "claimed",
    "estimated",
    "recorded",
    "registered",
    "counted",
    "listed",
    "published",
    "updated",
    "revised",
    "tallied",
];

/// Verbs that move a figure rather than say what it counts ("the toll climbed to 15").
const MOVES: &[&str] = &[
    "climbed",
    "increased",
    "jumped",
    "reached",
    "raised",
    "dropped",
    "lowered",
    "soared",
    "surged",
    "doubled",
    "tripled",
    "peaked",
    "totalled",
    "totaled",
    "numbered",
];

/// How many words from the figure a role word may be.
const REACH: usize = 4;

/// The role of a word, if it names one: a casualty family, launched or intercepted, or the
/// past verb itself.
fn role_word(w: &str) -> Option<String> {
    if REPORTING.contains(&w) || MOVES.contains(&w) {
        return None;
    }
    if let Some(fam) = family_of(w) {
        return Some(fam.to_string());
    }
    if LAUNCHED.contains(&w) {
        return Some("launched".to_string());
    }
    if INTERCEPTED.contains(&w) {
        return Some("intercepted".to_string());
    }
    (IRREGULAR.contains(&w) || (w.len() > 4 && w.ends_with("ed"))).then(|| w.to_string())
}

/// The words of a figure's own clause: those before it back to the clause's start (a mark or a
/// joining word), in order, and those after it up to the clause's end.
fn clause_words(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    // The clause starts past the last mark (which may be more than one byte: "—", "“").
    let back = before
        .char_indices()
        .rfind(|(_, c)| CLAUSE_MARKS.contains(c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let mut back = words(back);
    if let Some(i) = back.iter().rposition(|w| JOINERS.contains(&w.as_str())) {
        back.drain(..=i);
    }
    let ahead = after.find(CLAUSE_MARKS).map_or(after, |i| &after[..i]);
    let ahead = words(ahead)
        .into_iter()
        .take_while(|w| !JOINERS.contains(&w.as_str()))
        .collect();
    (back, ahead)
}

/// The words of the figure's own clause, the figure left out ("police arrested people", "people
/// last week"), for reading what that clause alone says (another occasion).
pub(crate) fn clause(before: &str, after: &str) -> String {
    let (mut back, ahead) = clause_words(before, after);
    back.extend(ahead);
    back.join(" ")
}

/// The role of the figure between `before` and `after` (the text of its sentence on either
/// side): the nearest role word before it in its clause, else the nearest after it ("14 people
/// were killed").
pub(crate) fn role(before: &str, after: &str) -> Option<String> {
    let (back, ahead) = clause_words(before, after);
    let found = back.iter().rev().take(REACH).find_map(|w| role_word(w));
    if found.is_some() {
        return found;
    }
    ahead.iter().take(REACH).find_map(|w| role_word(w))
}

/// Two roles say the figures count different things: both are read and they differ, except
/// launched against intercepted, whose difference is what got through.
pub(crate) fn opposed(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            x != y
                && !matches!(
                    (x, y),
                    ("launched", "intercepted") | ("intercepted", "launched")
                )
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role_in(sentence: &str, figure: &str) -> Option<String> {
        let at = sentence.find(figure).expect("figure in sentence");
        role(&sentence[..at], &sentence[at + figure.len()..])
    }

    #[test]
    fn reads_the_role_in_the_figures_own_clause() {
        let s = "The strike killed 14 people and injured 38, the governor said.";
        assert_eq!(role_in(s, "14 people").as_deref(), Some("killed"));
        assert_eq!(role_in(s, "38").as_deref(), Some("injured"));
        let s =
            "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.";
        assert_eq!(role_in(s, "181 drones").as_deref(), Some("launched"));
        assert_eq!(role_in(s, "115").as_deref(), Some("intercepted"));
        assert_eq!(
            role_in("Officials said 14 people were killed.", "14 people").as_deref(),
            Some("killed")
        );
        let s = "The governor—who “saw” it—said 14 people were killed.";
        assert_eq!(role_in(s, "14 people").as_deref(), Some("killed"));
        let s = "Police arrested 12 people in Kyiv, 7 people in Lviv.";
        assert_eq!(role_in(s, "12 people").as_deref(), Some("arrested"));
        assert_eq!(role_in(s, "7 people"), None);
    }

    #[test]
    fn killed_and_injured_are_opposed_launched_and_intercepted_are_not() {
        assert!(opposed(Some("killed"), Some("injured")));
        assert!(opposed(Some("killed"), Some("evacuated")));
        assert!(!opposed(Some("launched"), Some("intercepted")));
        assert!(!opposed(Some("killed"), Some("killed")));
        assert!(!opposed(Some("arrested"), None));
    }
}
