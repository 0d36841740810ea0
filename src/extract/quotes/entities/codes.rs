//! Words in capitals that are codes, not names: acronyms ("MPC") and the codes of units
//! ("SEK", "GMT"), which name no one.

use crate::extract::numbers::iso_code;

/// A currency's ("SEK") or a time zone's ("GMT") code.
pub(super) fn is_unit_code(word: &str) -> bool {
    const ZONES: &[&str] = &[
        "UTC", "GMT", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST",
        "MDT", "PST", "PDT", "BST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "ET", "PT",
    ];
    iso_code(word).is_some() || ZONES.contains(&word)
}

/// "CBS", "MPC", "NATO": two or more capitals and no lower case.
pub(super) fn is_acronym(word: &str) -> bool {
    // The lower case first: it turns most names away at their second letter. (An ASCII name's
    // bytes are its characters: no decoding, no Unicode table.)
    if word.is_ascii() {
        let bytes = word.as_bytes();
        return !bytes.iter().any(u8::is_ascii_lowercase)
            && bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2;
    }
    !word.chars().any(char::is_lowercase) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The capitals of the words of a name of several words, function words left out: "MPC" for
/// "Monetary Policy Committee", "NCDC" for "Nigeria Centre for Disease Control"; `None` for a
/// name with a word in lower case other than a function word, or a single word.
pub(super) fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for word in name.split(' ') {
        match word.chars().next() {
            Some(c) if c.is_uppercase() => out.push(c),
            Some(_) if matches!(word, "of" | "for" | "and" | "on" | "the" | "de") => continue,
            _ => return None,
        }
        words += 1;
    }
    (words >= 2).then_some(out)
}
