//! Roles that name a person's office and the head words of organisations' names: how the
//! named-entity layer tells "Kremlin spokesman Dmitry Peskov" (a person) from "Sky News" (an
//! organisation). General vocabulary, never the names of any one article.

use super::lexicon;

/// A role or title that names a person's office ("president", "spokesman", "governor").
pub fn is_role(word: &str) -> bool {
    lexicon::classes(word) & lexicon::ROLE != 0
}

/// The words of [`is_role`].
pub(super) const ROLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "general",
    "commander",
    "colonel",
    "admiral",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "leader",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "officer",
    "official",
    "inspector",
    "sheriff",
    "professor",
    "doctor",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "mr",
    "mrs",
    "ms",
    "gen.",
    "sen.",
    "gov.",
    "rep.",
    "prof.",
    "prof",
    "sgt.",
    "sgt",
    "capt.",
    "capt",
    "lt.",
    "col.",
    "cpl.",
    "det.",
    "insp.",
    "supt.",
    "adm.",
    "cmdr.",
    "rev.",
    "sergeant",
    "lieutenant",
    "colonel",
    "corporal",
    "detective",
    "superintendent",
    "commander",
    "admiral",
    "constable",
    "reverend",
    "volunteer",
    "resident",
    "witness",
    "seismologist",
    "scientist",
    "analyst",
    "economist",
    "speaker",
    "archbishop",
    "forecaster",
    "meteorologist",
    "researcher",
    "correspondent",
    "reporter",
    "editor",
    "founder",
    "ceo",
    "executive",
    "deputy",
    "lawmaker",
    "mp",
    "councillor",
    "councilor",
    "coach",
    "captain",
    "student",
    "survivor",
    "expert",
    "emperor",
    "sultan",
    "sheikh",
    "patriarch",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
];

/// The last word of an organisation's or a place's name ("Bank", "News", "Council", "House").
pub fn is_organisation_head(word: &str) -> bool {
    lexicon::classes(word) & lexicon::ORGANISATION_HEAD != 0
}

/// The words of [`is_organisation_head`].
pub(super) const ORGANISATION_HEADS: &[&str] = &[
    "bank",
    "council",
    "committee",
    "commission",
    "office",
    "ministry",
    "department",
    "agency",
    "service",
    "services",
    "survey",
    "center",
    "centre",
    "institute",
    "university",
    "college",
    "school",
    "hospital",
    "police",
    "army",
    "forces",
    "force",
    "navy",
    "guard",
    "news",
    "times",
    "post",
    "press",
    "journal",
    "media",
    "network",
    "networks",
    "television",
    "tv",
    "radio",
    "group",
    "company",
    "corporation",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "corp",
    "corp.",
    "plc",
    "llc",
    "association",
    "union",
    "party",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "court",
    "government",
    "administration",
    "authority",
    "authorities",
    "fund",
    "organization",
    "organisation",
    "foundation",
    "federation",
    "house",
    "kremlin",
    "church",
    "building",
    "city",
    "county",
    "region",
    "province",
    "state",
    "states",
    "republic",
    "kingdom",
    "street",
    "square",
    "war",
];

/// Common nouns that describe a business, written before its name ("Chipmaker Voltara Inc.",
/// "Retailer Walmart Inc."): capitalised only at a sentence's start, not a name's word (any case;
/// see [`lexicon::DESCRIPTOR`]).
pub(super) const DESCRIPTORS: &[&str] = &[
    "chipmaker",
    "carmaker",
    "automaker",
    "drugmaker",
    "planemaker",
    "shipbuilder",
    "retailer",
    "lender",
    "insurer",
    "broadcaster",
    "airline",
    "miner",
    "manufacturer",
    "supplier",
    "publisher",
    "regulator",
    "watchdog",
    "startup",
    "conglomerate",
    "firm",
];

/// Plural nouns for the people of a place or a group ("the people of Gaza", "farmers in
/// Punjab"): with the place they speak as a group, never the place alone.
pub fn is_group(word: &str) -> bool {
    const GROUPS: [&str; 14] = [
        "people",
        "residents",
        "citizens",
        "voters",
        "workers",
        "families",
        "parents",
        "farmers",
        "villagers",
        "locals",
        "survivors",
        "fans",
        "shoppers",
        "patients",
    ];
    GROUPS.iter().any(|group| group.eq_ignore_ascii_case(word))
}

/// The last word of a place's name ("Valencia region", "Mexico City"): a place, though written
/// like an organisation, is not who "it" says something.
pub fn is_place_head(word: &str) -> bool {
    const HEADS: [&str; 11] = [
        "city", "county", "region", "province", "state", "republic", "kingdom", "street", "square",
        "building", "war",
    ];
    HEADS.iter().any(|head| head.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_heads_match_any_case() {
        assert!(is_role("President") && is_role("spokesman") && is_role("GOVERNOR"));
        assert!(!is_role("Trump"));
        assert!(is_organisation_head("News") && is_organisation_head("bank"));
        assert!(!is_organisation_head("Peskov"));
        assert!(is_organisation_head("Inc."));
        assert_ne!(lexicon::classes("Chipmaker") & lexicon::DESCRIPTOR, 0);
    }
}
