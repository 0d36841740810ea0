//! Who a claim's speaker is, for schema.org: a person or an organisation, and whether it is named
//! at all (unnamed sources, "officials", are no `author`).

/// Words that mark a speaker as an organisation rather than a person.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "army",
    "assembly",
    "association",
    "bank",
    "bureau",
    "cabinet",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "forces",
    "government",
    "group",
    "inc",
    "institute",
    "kremlin",
    "ltd",
    "ministry",
    "nato",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "reuters",
    "senate",
    "service",
    "statement",
    "union",
    "university",
];

/// The schema.org type of a speaker: `Organization` when a word of the name marks one
/// ("the Kremlin", "Sky News", "Ministry of Defence"), else `Person`.
pub fn speaker_type(name: &str) -> &'static str {
    let organisation = name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
    if organisation {
        "Organization"
    } else {
        "Person"
    }
}

/// Plural nouns for unnamed sources, capitalised only when they open a sentence ("Officials said").
const GENERIC_SOURCES: &[&str] = &[
    "officials",
    "authorities",
    "police",
    "rescuers",
    "critics",
    "residents",
    "witnesses",
    "experts",
    "analysts",
    "sources",
    "observers",
    "doctors",
    "medics",
    "investigators",
    "prosecutors",
    "lawmakers",
    "diplomats",
    "activists",
    "protesters",
    "survivors",
    "volunteers",
    "locals",
    "villagers",
    "scientists",
    "researchers",
    "economists",
    "officers",
    "troops",
    "soldiers",
    "spokespeople",
    "residents",
    "workers",
    "rescue",
    "emergency",
    "services",
];

/// Whether a speaker is someone a reader could look up, rather than a description of unnamed
/// sources ("officials", "emergency services"): some word is capitalised and is not one of those
/// plural nouns. Only a named speaker becomes a claim's `author`.
pub fn is_named(speaker: &str) -> bool {
    speaker
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !GENERIC_SOURCES.contains(&w.to_lowercase().as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_are_people_unless_their_name_says_organisation() {
        assert_eq!(speaker_type("Dmitry Peskov"), "Person");
        assert_eq!(speaker_type("the Kremlin"), "Organization");
        assert_eq!(speaker_type("Sky News"), "Organization");
        assert_eq!(speaker_type("Newsom"), "Person", "whole words only");
    }

    #[test]
    fn only_named_speakers_are_named() {
        for named in [
            "Donald Trump",
            "the Kremlin",
            "Sky News",
            "Reuters",
            "Ukraine's air force",
        ] {
            assert!(is_named(named), "{named}");
        }
        for unnamed in [
            "officials",
            "Officials",
            "emergency services",
            "Rescuers",
            "police",
        ] {
            assert!(!is_named(unnamed), "{unnamed}");
        }
    }
}
