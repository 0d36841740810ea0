//! Kinds of people (and of structures' parts) a count may be broken down into, and whether the
//! kinds of a breakdown overlap.

use super::figures::{Fig, singular, words};

/// Kinds of people a count of people may be broken down into ("nine women, three men and four
/// children"), singular.
const KINDS_OF_PEOPLE: &[&str] = &[
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "baby",
    "infant",
    "toddler",
    "teenager",
    "teen",
    "adult",
    "minor",
    "pensioner",
    "student",
    "pupil",
    "teacher",
    "soldier",
    "serviceman",
    "officer",
    "policeman",
    "firefighter",
    "rescuer",
    "worker",
    "journalist",
    "doctor",
    "nurse",
    "tourist",
    "passenger",
    "pilgrim",
    "migrant",
    "refugee",
    "patient",
    "miner",
    "civilian",
    "resident",
    "kid",
    "foreigner",
    "citizen",
    "national",
    "volunteer",
    "medic",
    "pilot",
    "crew",
    "attendant",
];

/// Breakdowns whose kinds do not overlap, so that their counts add up: a man is never a woman
/// or a child, but a civilian may be a child.
const PARTITIONS: &[&[&str]] = &[
    &["man", "woman", "child"],
    &["man", "woman", "boy", "girl"],
    &["adult", "child"],
    &["adult", "minor"],
    &["civilian", "soldier"],
    // Those on board a plane or ship.
    &["passenger", "crew"],
    &["passenger", "pilot", "attendant"],
    // Structures a fire destroys: a home is no outbuilding (a barn is one).
    &["home", "outbuilding", "business"],
    &["house", "outbuilding", "business"],
    &["home", "barn"],
];

/// `part` (a unit) names a kind of people, so it may be counted among a total of people.
pub(crate) fn is_kind_of_people(part: &str) -> bool {
    // "police officers", "aid workers": the last word says the kind.
    let last = part.rsplit(' ').next().unwrap_or(part);
    KINDS_OF_PEOPLE.contains(&singular(last).as_str())
}

/// Parts with these units may be added up without counting anyone twice: one kind for all (told
/// apart by place or time: "20 over Kharkiv and 18 over Sumy"), or kinds of one breakdown ("nine
/// women, three men and four children").
pub(crate) fn disjoint_kinds(units: impl IntoIterator<Item = impl AsRef<str>>) -> bool {
    let mut kinds: Vec<String> = Vec::new();
    for u in units {
        let k = singular(u.as_ref());
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    kinds.len() <= 1
        || PARTITIONS
            .iter()
            .any(|p| kinds.iter().all(|k| p.contains(&k.as_str())))
}

/// The kind of people or things a figure counts: its unit, or, when the unit is "members", the
/// kind of people the word before it names ("seven crew members" counts crew, not members).
pub(crate) fn kind_of(f: &Fig) -> Option<String> {
    let unit = f.q.unit.as_deref()?;
    let text = f.claim.text[f.ls..f.le].to_lowercase();
    let whose = matches!(singular(unit).as_str(), "member" | "crewmember")
        .then(|| words(&text))
        .and_then(|w| w.iter().rev().nth(1).cloned())
        .filter(|w| is_kind_of_people(w));
    Some(whose.unwrap_or_else(|| unit.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breakdowns_of_people_add_up_only_when_their_kinds_do_not_overlap() {
        assert!(is_kind_of_people("women") && is_kind_of_people("children"));
        assert!(!is_kind_of_people("tanks"));
        assert!(is_kind_of_people("police officers") && is_kind_of_people("aid workers"));
        assert!(disjoint_kinds(["women", "men", "children"]));
        assert!(disjoint_kinds(["drones", "drones"]));
        assert!(disjoint_kinds(["boys", "girls", "women"]));
        // A civilian may be a child; a woman may be a soldier.
        assert!(!disjoint_kinds(["civilians", "children"]));
        assert!(!disjoint_kinds(["women", "soldiers"]));
        assert!(!disjoint_kinds(["children", "girls", "women"]));
    }

    #[test]
    fn those_on_board_are_passengers_and_crew() {
        assert!(is_kind_of_people("passengers") && is_kind_of_people("crew"));
        assert!(disjoint_kinds(["passengers", "crew"]));
        assert!(disjoint_kinds(["passengers", "pilots", "attendants"]));
    }
}
