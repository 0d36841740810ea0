//! Roles that name a person's office and the head words of organisations' names: how the
//! named-entity layer tells "Kremlin spokesman Dmitry Peskov" (a person) from "Sky News" (an
//! organisation). General vocabulary, never the names of any one article.

use super::lexicon;

/// A role or title that names a person's office ("president", "spokesman", "governor").
pub fn is_role(word: &str) -> bool {
    lexicon::classes(word) & lexicon::ROLE != 0 || is_compound_role(word)
}

/// "Secretary-General", "director-general", "Governor-General": roles joined by a hyphen are
/// one role (a word too long for the lexicon's table), and so are a role and the words that
/// qualify it ("President-elect", "Ex-minister", "Major-General", "Under-Secretary-General").
pub(super) fn is_compound_role(word: &str) -> bool {
    let role = |part: &str| lexicon::classes(part) & lexicon::ROLE != 0;
    let qualifier = |part: &str| {
        ["elect", "designate", "ex", "under", "major", "acting"]
            .iter()
            .any(|q| q.eq_ignore_ascii_case(part))
    };
    // (A byte search: `str::contains` with a char sets up a searcher, which costs more than
    // the short word it searches.)
    word.bytes().any(|b| b == b'-')
        && word.split('-').any(role)
        && word
            .split('-')
            .all(|part| !part.is_empty() && (role(part) || qualifier(part)))
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
    // A peer's title ("Lord Falconer of Thoroton", "Baroness Hale").
    "lord",
    "baroness",
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
    "brig.",
    "brigadier",
    "maj.",
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
    "corporal",
    "detective",
    "superintendent",
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
    "co-founder",
    "cofounder",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "executive",
    "deputy",
    "lawmaker",
    "mp",
    "councillor",
    "councilor",
    "coach",
    "manager",
    "boss",
    "adviser",
    "advisor",
    "aide",
    "lawyer",
    // A player's or an author's agent ("his agent, Marco Rossi,").
    "agent",
    // A court's people ("Her barrister, Jonathan Pryce,", "defence counsel Ann Lee"):
    // "solicitor", "prosecutor", "recorder", "magistrate", "coroner" are listed too.
    "barrister",
    "counsel",
    "advocate",
    "defender",
    "juror",
    "negotiator",
    "coordinator",
    "commissioner",
    "auditor",
    "recorder",
    "treasurer",
    "comptroller",
    "assessor",
    "coroner",
    "clerk",
    "owner",
    "diplomat",
    "goalkeeper",
    "striker",
    "midfielder",
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
    // Offices written before a name as titles are ("FEMA Administrator David Richardson",
    // "Assemblywoman Ana Ortiz"); none is also a common surname, which "Dean" or "Marshal" are.
    "administrator",
    "assemblyman",
    "assemblywoman",
    "councilman",
    "councilwoman",
    "alderman",
    "magistrate",
    "solicitor",
    "trustee",
    "provost",
    "strategist",
    "pollster",
    "epidemiologist",
    "physician",
    "surgeon",
    "pastor",
    "trooper",
    // Titles as written in British and Indian copy ("Dr Vanessa Saliba", "Shri Ajit Pawar",
    // "Smt. Varsha Thakur-Ghuge", "MLA Aaditya Thackeray").
    "dr",
    "shri",
    "smt",
    "smt.",
    "shrimati",
    "mla",
];

/// A courtesy title written before a name, after any office ("Chief Minister Shri Devendra
/// Fadnavis", "Health Secretary Dr. Jane Doe"), with or without its stop.
pub fn is_courtesy_title(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "dr" | "prof" | "shri" | "smt" | "shrimati" | "sir" | "dame"
    )
}

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
    "centers",
    "centres",
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
    "coastguard",
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
    "league",
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
    "charity",
    "federation",
    "confederation",
    "society",
    "chamber",
    "chambers",
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
    // The last word of a company's name ("Duke Energy", "Delta Air Lines", "Capital
    // Economics"): no person's name ends so, and "he" never points at one. ("Power", "Steel",
    // "Trust" are surnames too: not listed.)
    "energy",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "industries",
    "technologies",
    "pharmaceuticals",
    "laboratories",
    "systems",
    "partners",
    "securities",
    "insurance",
    "communications",
    "entertainment",
    "studios",
    "petroleum",
    "electric",
    "brands",
    "logistics",
    "bancorp",
    "exchange",
    "airport",
    "economics",
    "analytics",
    "investments",
    "ventures",
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
    const HEADS: [&str; 14] = [
        "city", "county", "region", "province", "state", "republic", "kingdom", "street", "square",
        "building", "war", "town", "village", "district",
    ];
    HEADS.iter().any(|head| head.eq_ignore_ascii_case(word))
}

/// The first word of a place's name of two or more words ("North Korea", "Saudi Arabia", "New
/// Zealand", "San Diego", "Hong Kong", "St. Louis", "Fort Worth"), which no person's name opens with: a place that opens a
/// sentence is no one "he" or "she" points at.
pub fn opens_place_name(word: &str) -> bool {
    const OPENERS: [&str; 46] = [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
        "united",
        "saudi",
        "sri",
        "hong",
        "san",
        "santa",
        "los",
        "las",
        "costa",
        "el",
        "puerto",
        "czech",
        "dominican",
        "ivory",
        "burkina",
        "sierra",
        "papua",
        "gaza",
        "sao",
        "upper",
        "tel",
        "buenos",
        "kuala",
        "cape",
        "port",
        "addis",
        "phnom",
        "great",
        "middle",
        "equatorial",
        "st.",
        "st",
        "saint",
        "fort",
        "mount",
        "lake",
    ];
    OPENERS
        .iter()
        .any(|opener| opener.eq_ignore_ascii_case(word))
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
        assert!(is_role("Administrator") && is_organisation_head("Energy"));
        assert!(
            !is_role("Dean") && !is_organisation_head("Power"),
            "surnames too"
        );
        assert_ne!(lexicon::classes("Chipmaker") & lexicon::DESCRIPTOR, 0);
    }
}
