//! Abbreviations and the words that tell whether a full stop after one ends a sentence.
//!
//! Three behaviours, from the words English writers put after a stop:
//! - titles ("Mr.", "Gen.", "Mt.") precede a name, so they never end a sentence;
//! - references ("No.", "p.", "e.g.", "N°.") precede a number or more text, so they never do;
//! - the rest ("U.S.", "a.m.", "Co.", "etc.", "Jan.", "Calif.") end a sentence only when the next
//!   word is one that starts sentences ("He", "The", "How", "Mr.") — "the U.S. Government" goes on,
//!   "the U.S. How about you?" does not.

/// A word whose last stop leads to a top-level domain of two to six lower-case letters
/// ("PowerOutage.us", "FindTreatment.gov"): a web address, whose stops no abbreviation's are
/// ("U.S", "a.m", "Ph.D" end in one letter, or a capital).
pub(crate) fn is_web_address(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, domain)| {
        !name.is_empty()
            && (2..=6).contains(&domain.len())
            && domain.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// How a word followed by a full stop behaves at a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// A title before a name: never ends a sentence.
    Title,
    /// A reference word before a number or more text: never ends a sentence.
    Reference,
    /// Ends a sentence only before a word that starts sentences.
    Terminal,
    /// A single capital letter: a name's initial, or the word "I"/"A".
    Initial,
    /// Not an abbreviation.
    Word,
}

/// Classifies `word` (the characters before a full stop, without leading punctuation).
pub fn classify(word: &str) -> Abbrev {
    if is_title(word) {
        return Abbrev::Title;
    }
    if in_references(word) {
        return Abbrev::Reference;
    }
    if in_terminals(word) || is_dotted_acronym(word) {
        return Abbrev::Terminal;
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_uppercase() => Abbrev::Initial,
        (Some(c), None) if c.is_lowercase() => Abbrev::Terminal,
        _ => Abbrev::Word,
    }
}

/// Titles written before a person's or a place's name ("Mr.", "Dr.", "Gen.", "Mt.", "St.").
pub fn is_title(word: &str) -> bool {
    in_titles(word)
}

/// "U.S", "a.m", "Ph.D", "e.g": letters (one or two) separated by dots.
fn is_dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        if part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Titles (a `match`: the compiler dispatches on length, no scan of a list).
fn in_titles(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Mx"
            | "Messrs"
            | "Mmes"
            | "Mme"
            | "Mlle"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Cpt"
            | "Sgt"
            | "Cpl"
            | "Pvt"
            | "Adm"
            | "Cmdr"
            | "Brig"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Rev"
            | "Fr"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Msgr"
            | "Atty"
            | "Amb"
            // Indian honorifics ("Smt. Varsha Thakur", "Kum. Priya", "Shri. Pawar").
            | "Smt"
            | "Shri"
            | "Shrimati"
            | "Sushri"
            | "Kum"
            | "Mt"
            | "St"
            | "Ste"
            | "Ft"
    )
}

/// Words that precede a number or more text.
fn in_references(word: &str) -> bool {
    matches!(
        word,
        "No" | "Nos"
            | "Nr"
            | "N°"
            | "Nº"
            | "p"
            | "pp"
            | "para"
            | "paras"
            | "vol"
            | "Vol"
            | "vols"
            | "fig"
            | "Fig"
            | "figs"
            | "eq"
            | "Eq"
            | "art"
            | "Art"
            | "ch"
            | "Ch"
            | "chap"
            | "sec"
            | "Sec"
            | "approx"
            // The rupee before its amount ("Rs. 2.5 lakh").
            | "Rs"
            | "ca"
            | "cf"
            | "vs"
            | "v"
            | "viz"
            | "e.g"
            | "i.e"
            | "E.g"
            | "I.e"
            | "ed"
            | "eds"
            | "op"
            | "Op"
    )
}

/// A road's abbreviation, which goes on to the road's number ("Hwy. 50", "Rte. 9") and else
/// ends the sentence like any word ("… closed the old Rte. Officials said …").
pub fn is_road(word: &str) -> bool {
    matches!(word, "Hwy" | "Hwys" | "Rte" | "Rt" | "Pkwy")
}

/// A body named after a road's abbreviation: "the California Hwy. Patrol".
pub fn names_a_road_body(word: &str) -> bool {
    matches!(
        word,
        "Patrol"
            | "Department"
            | "Dept"
            | "Authority"
            | "Administration"
            | "Commission"
            | "District"
    )
}

/// Abbreviations that may end a sentence.
fn in_terminals(word: &str) -> bool {
    matches!(
        word,
        "etc"
            | "Inc"
            | "inc"
            | "Ltd"
            | "ltd"
            | "Co"
            | "co"
            | "Corp"
            | "corp"
            | "Bros"
            | "Jr"
            | "Sr"
            | "Esq"
            | "al"
            | "plc"
            | "Plc"
            | "LLC"
            | "Ave"
            | "Rd"
            | "Blvd"
            | "Dept"
            | "dept"
            | "Univ"
            | "Assn"
            | "Govt"
            | "govt"
            | "est"
            | "Est"
            | "min"
            | "max"
            | "hr"
            | "hrs"
            | "sq"
            | "ft"
            | "oz"
            | "lb"
            | "lbs"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "Ala"
            | "Ariz"
            | "Ark"
            | "Calif"
            | "Colo"
            | "Conn"
            | "Del"
            | "Fla"
            | "Ga"
            | "Ill"
            | "Ind"
            | "Kan"
            | "Kans"
            | "Ky"
            | "La"
            | "Md"
            | "Mass"
            | "Mich"
            | "Minn"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Neb"
            | "Nev"
            | "Okla"
            | "Ore"
            | "Pa"
            | "Tenn"
            | "Tex"
            | "Va"
            | "Vt"
            | "Wash"
            | "Wis"
            | "Wyo"
    )
}

/// Whether `word` (as written, without trailing punctuation) typically starts a sentence: a
/// capitalised pronoun, determiner, question word or conjunction, or a title.
pub fn starts_sentences(word: &str) -> bool {
    is_title(word.trim_end_matches('.')) || in_starters(word)
}

/// Capitalised words that typically start a sentence.
fn in_starters(word: &str) -> bool {
    matches!(
        word,
        "I" | "He"
            | "She"
            | "It"
            | "We"
            | "They"
            | "You"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "His"
            | "Her"
            | "Its"
            | "Our"
            | "Their"
            | "My"
            | "Your"
            | "A"
            | "An"
            | "How"
            | "What"
            | "When"
            | "Where"
            | "Why"
            | "Who"
            | "Which"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "However"
            | "Meanwhile"
            | "Then"
            | "If"
            | "Still"
            | "Also"
            | "Now"
            | "In"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "No"
            | "Not"
            | "One"
            | "Each"
            | "Both"
            | "Such"
            | "Although"
            | "While"
            | "Thus"
            | "Moreover"
            | "Instead"
            | "Earlier"
            | "Later"
            | "Last"
            | "Next"
    )
}

/// Prepositions that open a leading adverbial ("At 5 a.m. Mr. Smith went …"): a sentence cannot
/// end after such a phrase alone, since it has no verb yet.
pub fn is_leading_preposition(word: &str) -> bool {
    matches!(
        word,
        "At" | "By"
            | "Before"
            | "After"
            | "Until"
            | "Till"
            | "Since"
            | "From"
            | "Around"
            | "Near"
            | "On"
            | "In"
            | "Between"
            | "Shortly"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_told_from_abbreviations() {
        for site in [
            "PowerOutage.us",
            "Politico.com",
            "FindTreatment.gov",
            "bbc.co.uk",
        ] {
            assert!(is_web_address(site), "{site}");
        }
        for word in ["U.S", "a.m", "Ph.D", "e.g", "Calif", ".com", "No.5"] {
            assert!(!is_web_address(word), "{word}");
        }
    }

    #[test]
    fn classes() {
        assert_eq!(classify("Mr"), Abbrev::Title);
        assert_eq!(classify("Mt"), Abbrev::Title);
        assert_eq!(classify("st"), Abbrev::Word);
        assert_eq!(classify("No"), Abbrev::Reference);
        assert_eq!(classify("no"), Abbrev::Word);
        assert_eq!(classify("U.S"), Abbrev::Terminal);
        assert_eq!(classify("a.m"), Abbrev::Terminal);
        assert_eq!(classify("U.S.A"), Abbrev::Terminal);
        assert_eq!(classify("Co"), Abbrev::Terminal);
        assert_eq!(classify("E"), Abbrev::Initial);
        assert_eq!(classify("Smith"), Abbrev::Word);
        assert_eq!(classify("Jane.Doe@example.com"), Abbrev::Word);
        assert_eq!(classify("1026.253.553"), Abbrev::Word);
    }

    #[test]
    fn sentence_starters() {
        assert!(starts_sentences("How"));
        assert!(starts_sentences("Mr."));
        assert!(!starts_sentences("Government"));
    }
}
