//! The figures of a document as the checks see them: each with its claim, its place in the
//! claim's text, and helpers that read the words around it.

use crate::claim::{Claim, Measure, Qualifier, Quantity};

pub(crate) use super::kinds::{disjoint_kinds, is_kind_of_people, kind_of};

/// A figure in a claim.
#[derive(Debug)]
pub(crate) struct Fig<'a> {
    /// The claim it is in.
    pub claim: &'a Claim,
    /// Index of the claim among the document's claims (text order).
    pub pos: usize,
    /// The figure.
    pub q: &'a Quantity,
    /// Byte offset of the figure in the claim's text.
    pub ls: usize,
    /// Byte offset just past it in the claim's text.
    pub le: usize,
}

impl<'a> Fig<'a> {
    /// The claim's text before the figure.
    pub fn before(&self) -> &'a str {
        &self.claim.text[..self.ls]
    }

    /// The claim's text after the figure.
    pub fn after(&self) -> &'a str {
        &self.claim.text[self.le..]
    }

    /// A figure arithmetic can use: not [`unaddable`], nor a bare number set off by commas.
    pub fn countable(&self) -> bool {
        !unaddable(self.q) && !self.is_appositive()
    }

    /// A length of time arithmetic can use: a sentence "of 14 years, comprising nine years … and
    /// four years …" adds up, though lengths of time are left out of [`Fig::countable`] (an
    /// "including" list of them may overlap).
    pub fn addable_time(&self) -> bool {
        self.q.measure == Some(Measure::Duration)
            && !matches!(
                self.q.qualifier,
                Some(Qualifier::Indefinite | Qualifier::PlusOrMinus)
            )
    }

    /// Months in one unit of a length of time a sentence is given in (12 for "years", 1 for
    /// "months"), so that "six years … and 18 months …" adds up to a total in years.
    pub fn months(&self) -> Option<f64> {
        if !self.addable_time() {
            return None;
        }
        match singular(self.q.unit.as_deref()?).as_str() {
            "year" => Some(12.0),
            "month" => Some(1.0),
            _ => None,
        }
    }

    /// A bare number set off by commas after a noun ("The suspect, 33, was killed"): an age the
    /// extractor did not mark as one, never a count.
    pub fn is_appositive(&self) -> bool {
        let before = self.before().trim_end();
        let after = self.after().trim_start();
        self.q.unit.is_none()
            && before.ends_with(',')
            && after.starts_with(',')
            && before[..before.len() - 1]
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic())
    }

    /// The unit folded to a singular lower-case noun, with every word for people ("people",
    /// "others", "dead", "injured" …) as "people"; `None` without a unit.
    pub fn noun(&self) -> Option<String> {
        self.q.unit.as_deref().map(fold_noun)
    }

    /// The same claim, this figure before `other`.
    pub fn precedes_in_claim(&self, other: &Fig) -> bool {
        self.pos == other.pos && self.le <= other.ls
    }

    /// The text between this figure and a later one in the same claim.
    pub fn text_to(&self, later: &Fig<'a>) -> Option<&'a str> {
        self.precedes_in_claim(later)
            .then(|| &self.claim.text[self.le..later.ls])
    }
}

/// An amount arithmetic cannot use, whatever its place: an indefinite amount ("hundreds"), a
/// margin ("±3 percent"), an age, a magnitude, a length of time, a score, a ratio ("odds ratio
/// 0.07") or a p-value.
pub(crate) fn unaddable(q: &Quantity) -> bool {
    matches!(
        q.qualifier,
        Some(Qualifier::Indefinite | Qualifier::PlusOrMinus)
    ) || matches!(
        q.measure,
        Some(
            Measure::Age
                | Measure::Magnitude
                | Measure::Duration
                | Measure::Score
                | Measure::Ratio
                | Measure::PValue
        )
    )
}

/// The figures of the document's claims, in text order; figures whose offsets do not fall in
/// their claim (an edited session) are left out.
pub(crate) fn collect<'a>(claims: &[(usize, &'a Claim)]) -> Vec<Fig<'a>> {
    let mut figs = Vec::new();
    for &(pos, claim) in claims {
        for q in &claim.quantities {
            let (Some(ls), Some(le)) = (
                q.start.checked_sub(claim.start),
                q.end.checked_sub(claim.start),
            ) else {
                continue;
            };
            let fits = ls <= le
                && le <= claim.text.len()
                && claim.text.is_char_boundary(ls)
                && claim.text.is_char_boundary(le);
            if fits {
                figs.push(Fig {
                    claim,
                    pos,
                    q,
                    ls,
                    le,
                });
            }
        }
    }
    figs
}

/// The lower-case words of `s` (letters only; "Russia's" gives "russia", "s").
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The last `n` words of `s`, in order (read from the end: `s` may be a long sentence).
pub(crate) fn last_words(s: &str, n: usize) -> Vec<String> {
    let mut last: Vec<String> = s
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect();
    last.reverse();
    last
}

/// Hedge words that may stand between "to" and a figure ("rose to at least 15").
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "at",
    "least",
    "more",
    "than",
    "over",
    "close",
    "an",
    "estimated",
];

/// Drops the hedges (and the words of `more`) that end `words`: "… risen to at least" → "… risen
/// to".
pub(crate) fn drop_hedges(words: &mut Vec<String>, more: &[&str]) {
    while words
        .last()
        .is_some_and(|w| HEDGES.contains(&w.as_str()) || more.contains(&w.as_str()))
    {
        words.pop();
    }
}

/// The first `n` words of `s`.
pub(crate) fn first_words(s: &str, n: usize) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// `s` holds the phrase `phrase` (lower-case words, in order) as whole words.
pub(crate) fn has_phrase(words: &[String], phrase: &[&str]) -> bool {
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
}

/// A singular lower-case noun; words for people become "people".
pub(crate) fn fold_noun(unit: &str) -> String {
    let u = unit.to_lowercase();
    if is_people_word(&u) {
        return "people".to_string();
    }
    singular(&u)
}

/// A word that counts people without saying which ("people", "victims", "dead", "others").
fn is_people_word(u: &str) -> bool {
    matches!(
        u,
        "people"
            | "person"
            | "persons"
            | "others"
            | "dead"
            | "injured"
            | "wounded"
            | "killed"
            | "victims"
            | "victim"
            | "residents"
            | "civilians"
            | "deaths"
            | "casualties"
            | "fatalities"
            | "bodies"
            | "lives"
            | "missing"
    )
}

/// The singular of a lower-case noun ("drones" → "drone", "children" → "child", "women" →
/// "woman"); words for people stay as they are.
pub(crate) fn singular(unit: &str) -> String {
    let u = unit.to_lowercase();
    if u == "people" || u == "children" {
        return if u == "children" { "child" } else { "people" }.to_string();
    }
    if let Some(stem) = u.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = u.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for end in ["ses", "xes", "ches", "shes"] {
        if u.ends_with(end) {
            return u[..u.len() - 2].to_string();
        }
    }
    match u.strip_suffix('s') {
        Some(stem) if !u.ends_with("ss") => stem.to_string(),
        _ => u,
    }
}

/// A figure that is only part of the people it speaks of ("55 of 75", "another 22", "including
/// 3 children"), so never the same quantity as a total.
pub(crate) fn is_part(f: &Fig) -> bool {
    let before = last_words(f.before(), 2);
    let partial = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "including" | "another" | "further" | "additional" | "of" | "among" | "only"
        )
    });
    let after = first_words(f.after(), 2);
    partial || after.first().is_some_and(|w| w == "of" || w == "out")
}

/// The figure is one of a subset its sentence opens with: "Of the 41 injured, six were in a
/// serious condition", "Of those, 240,000 …", "Among the dead were six children". Whatever the
/// figure counts, it is a part of that whole, not a second statement of a toll.
pub(crate) fn in_a_subset(f: &Fig) -> bool {
    let opening = first_words(&f.claim.text, 2);
    match opening.first().map(String::as_str) {
        Some("among") => true,
        // "Of the 41 injured, six …": past the comma that closes the opening phrase ("Of
        // course, 41 were injured" names no whole).
        Some("of") => opening.get(1).is_some_and(|w| w != "course") && f.before().contains(','),
        _ => false,
    }
}

/// The figure is the subject of a toll: "the death toll … 381", "death count … 75".
pub(crate) fn is_toll(f: &Fig) -> bool {
    let before = last_words(f.before(), 10);
    before.iter().any(|w| w == "toll")
        || before
            .windows(2)
            .any(|w| w[0] == "death" && w[1] == "count")
}

/// What happened to the people a figure counts, read from its unit or the nearest telling word
/// within eight words: "killed", "injured", "missing", "rescued".
pub(crate) fn family(f: &Fig) -> Option<&'static str> {
    if let Some(unit) = f.q.unit.as_deref()
        && let Some(fam) = family_of(&unit.to_lowercase())
    {
        return Some(fam);
    }
    let before = last_words(f.before(), 8);
    let after = first_words(f.after(), 8);
    let back = before
        .iter()
        .rev()
        .enumerate()
        .filter_map(|(d, w)| family_of(w).map(|x| (d, x)));
    let ahead = after
        .iter()
        .enumerate()
        .filter_map(|(d, w)| family_of(w).map(|x| (d, x)));
    back.chain(ahead)
        .min_by_key(|(d, _)| *d)
        .map(|(_, fam)| fam)
}

pub(crate) fn family_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "kill" | "kills" | "killing" | "died" | "die" | "dies" | "dead" | "death"
        | "deaths" | "toll" | "fatalities" | "perished" | "lives" | "bodies" => "killed",
        "injured" | "injuring" | "injure" | "injures" | "wounded" | "wounding" | "hurt"
        | "injuries" => "injured",
        "missing" | "unaccounted" => "missing",
        "rescued" | "pulled" | "freed" => "rescued",
        // ("killing nine miners and leaving 14 trapped": the 14 were not killed.)
        "trapped" => "trapped",
        "stranded" => "stranded",
        _ => return None,
    })
}

/// The figure is said of the future or as a possibility ("expected to climb past 75").
pub(crate) fn is_forecast(f: &Fig) -> bool {
    last_words(f.before(), 8).iter().any(|w| {
        matches!(
            w.as_str(),
            "expected"
                | "could"
                | "may"
                | "might"
                | "likely"
                | "feared"
                | "fear"
                | "would"
                | "projected"
                | "forecast"
                | "predicted"
                | "set"
                | "will"
                | "if"
        )
    })
}

/// The two figures count the same kind of thing: equal nouns, or one without a noun of its own.
pub(crate) fn same_noun(a: &Fig, b: &Fig) -> bool {
    match (a.noun(), b.noun()) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The two figures are in the same measure (a count with a count, a percentage with a
/// percentage), treating a figure without a measure as a count.
pub(crate) fn same_measure(a: &Fig, b: &Fig) -> bool {
    let m = |f: &Fig| f.q.measure.unwrap_or(Measure::Count);
    m(a) == m(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_plurals_and_words_for_people() {
        assert_eq!(fold_noun("drones"), "drone");
        assert_eq!(fold_noun("buildings"), "building");
        assert_eq!(fold_noun("casualties"), "people");
        assert_eq!(fold_noun("others"), "people");
        assert_eq!(fold_noun("countries"), "country");
        assert_eq!(fold_noun("churches"), "church");
        assert_eq!(fold_noun("glass"), "glass");
        assert_eq!(fold_noun("children"), "child");
        assert_eq!(fold_noun("women"), "woman");
        assert_eq!(fold_noun("men"), "man");
        assert_eq!(fold_noun("firemen"), "fireman");
    }

    #[test]
    fn finds_whole_word_phrases() {
        let w = words("That brought the number killed to");
        assert!(has_phrase(&w, &["brought", "the"]));
        assert!(!has_phrase(&w, &["number", "to"]));
    }
}
