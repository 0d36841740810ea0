//! Closed word lists of English news prose: statement nouns, pronouns, function words.
//! General vocabulary, never the names of any one article (speech verbs are in
//! [`verbs`](super::verbs), roles and organisation heads in [`roles`](super::roles)).

use super::lexicon;
use super::referents::Gender;

/// What a source publishes, and is named by: a statement ([`is_statement_noun`]) or figures
/// ("figures from the United Nations", "a poll by LSEG", "data from the World Bank").
pub fn is_source_noun(word: &str) -> bool {
    is_statement_noun(word)
        || matches!(
            word,
            "figures"
                | "data"
                | "statistics"
                | "numbers"
                | "estimates"
                | "projections"
                | "forecasts"
                | "poll"
                | "survey"
                | "study"
                | "analysis"
                | "research"
                | "census"
                | "tally"
                | "count"
                | "observations"
                | "measurements"
                | "findings"
                | "calculations"
                | "results"
                | "modelling"
                | "modeling"
        )
}

/// A publication that speaks through what it prints ("the newspaper said", "a website
/// reported"), lower-case.
pub fn is_medium(word: &str) -> bool {
    matches!(
        word,
        "magazine" | "newspaper" | "paper" | "website" | "outlet" | "tabloid" | "daily"
    )
}

/// A noun that can name someone unnamed after "a" ("a neighbour", "a protester", "a
/// resident"): a word for a person or a relation, or an agent noun's ending ("-er", "-or",
/// "-ist", "-ian", "-ant", "-ent"). "A voice", "a thing", "a program" name no one.
pub fn is_person_word(word: &str) -> bool {
    // ("-ment" names a thing: "the settlement", "the government's statement".)
    let agent = ["er", "or", "ist", "ian", "ant", "ent", "eur"]
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
        && !word.ends_with("ment");
    agent
        || matches!(
            word,
            "man"
                | "woman"
                | "person"
                | "boy"
                | "girl"
                | "child"
                | "friend"
                | "neighbour"
                | "neighbor"
                | "colleague"
                | "relative"
                | "bystander"
                | "passer-by"
                | "source"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "sister"
                | "brother"
                | "nurse"
                | "guest"
                | "fan"
                | "victim"
                | "pilot"
                | "cop"
                | "insider"
        )
}

/// A noun for a written or spoken statement ("the statement explained", "the letter said").
pub fn is_statement_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "letter"
            | "report"
            | "message"
            | "post"
            | "release"
            | "communique"
            | "communiqué"
            | "note"
            | "memo"
            | "document"
            | "announcement"
            | "decree"
            | "readout"
            | "transcript"
            | "interview"
            | "speech"
            | "address"
            | "remarks"
            | "tweet"
            | "video"
            | "publication"
    )
}

/// A statement noun for a document an organisation publishes ("the report said"), never a
/// person's own words as "the statement" or "the letter" may be.
pub fn is_document_noun(word: &str) -> bool {
    matches!(word, "report" | "document" | "publication")
}

/// Whether `sentence` names a document of [`is_document_noun`] as a word ("published a report",
/// "its reports", "its World Drug Report"; not "reported", "documented", nor "Reports" opening
/// the sentence).
///
/// Asked of every sentence with a speaker: the nouns are looked for with finders built once
/// (a `str` pattern builds its searcher at every call, which had cost 2 % of `extract`), past
/// their first letter, which may be a capital.
pub fn names_a_document(sentence: &str) -> bool {
    const NOUNS: [&str; 3] = ["report", "document", "publication"];
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::OnceLock::new();
    let finders =
        FINDERS.get_or_init(|| NOUNS.map(|w| memchr::memmem::Finder::new(&w.as_bytes()[1..])));
    let bytes = sentence.as_bytes();
    finders.iter().zip(NOUNS).any(|(finder, noun)| {
        // Each occurrence in turn, searched from just past the one before: most sentences have
        // none, and a plain search is cheaper to start than an iterator over them.
        let mut from = 0;
        std::iter::from_fn(|| {
            let at = from + finder.find(&bytes[from..])?;
            from = at + 1;
            Some(at)
        })
        .any(|at| {
            let Some(first) = at.checked_sub(1) else {
                return false;
            };
            let letter = bytes[first];
            let word_start = first
                .checked_sub(1)
                .is_none_or(|b| !bytes[b].is_ascii_alphanumeric());
            let after = sentence[at + finder.needle().len()..].trim_start_matches('s');
            (letter == noun.as_bytes()[0]
                || letter == noun.as_bytes()[0].to_ascii_uppercase() && first > 0)
                && word_start
                && !after.starts_with(|c: char| c.is_alphanumeric())
        })
    })
}

/// Whether `sentence` says something was published ("UKHSA published its latest report",
/// "released", "issued"): asked only of a sentence that [`names_a_document`].
pub fn publishes(sentence: &str) -> bool {
    const VERBS: [&str; 3] = [" publish", " release", " issue"];
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| VERBS.map(|w| memchr::memmem::Finder::new(w.as_bytes())));
    finders.iter().any(|finder| {
        finder.find_iter(sentence.as_bytes()).any(|at| {
            let after = &sentence[at + finder.needle().len()..];
            ["ed ", "es ", "d ", "s "]
                .iter()
                .any(|end| after.starts_with(end))
        })
    })
}

/// A pronoun that can be the subject of a speech verb, and whom it points at.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" | "him" => Some(Pronoun::Person(Gender::Male)),
        "she" | "She" | "her" => Some(Pronoun::Person(Gender::Female)),
        "it" | "It" => Some(Pronoun::Thing),
        "they" | "They" => Some(Pronoun::Group),
        _ => None,
    }
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person(Gender),
    /// it
    Thing,
    /// they
    Group,
}

/// Words that open where, when or how something was said ("on Tuesday", "in a statement", "so").
pub fn is_circumstance(word: &str) -> bool {
    matches!(
        word,
        "so" | "this"
            | "on"
            | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "later"
            | "then"
            | "afterwards"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "recently"
            | "again"
            | "when"
            | "while"
            | "as"
            | "via"
            | "through"
            | "to"
            | "from"
            | "late"
            | "last"
    )
}

/// Capitalised words that begin sentences or phrases without naming anyone ("The", "However",
/// "Following"), so a name never starts with them.
pub fn is_capitalised_function_word(word: &str) -> bool {
    lexicon::classes(word) & lexicon::FUNCTION_WORD != 0
}

/// The words of [`is_capitalised_function_word`].
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "with",
    "to",
    "of",
    "from",
    "by",
    "as",
    "and",
    "or",
    "but",
    "if",
    "so",
    "yet",
    "however",
    "meanwhile",
    "following",
    "after",
    "before",
    "during",
    "since",
    "until",
    "while",
    "whilst",
    "whereas",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "which",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "last",
    "next",
    "according",
    "among",
    "earlier",
    "later",
    "overall",
    "for now",
    "read",
    "share",
    "photo",
    "more",
    "all",
    "one",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "no",
    "not",
    "now",
    "then",
    "also",
    "still",
    // A question's auxiliary ("Is Iran talking to Iraq?"; not "Will", "Can", "Do": "Will
    // Smith", "Can Dündar", "Do Kwon").
    "is",
    "are",
    "was",
    "were",
    "does",
    "did",
    "has",
    "have",
    "had",
    "should",
    "could",
    "would",
    "although",
    "though",
    "because",
    "despite",
    "amid",
    "around",
    "about",
    "over",
    "under",
    "into",
    "between",
    "against",
    "without",
    "within",
    "through",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_any_case_where_meant_to() {
        assert!(is_capitalised_function_word("However"));
        assert!(!is_capitalised_function_word("Trump"));
        assert!(super::super::verbs::is_speech_verb("said"));
        assert!(!super::super::verbs::is_speech_verb("Said"));
        assert_eq!(pronoun("He"), Some(Pronoun::Person(Gender::Male)));
        assert_eq!(pronoun("she"), Some(Pronoun::Person(Gender::Female)));
    }

    #[test]
    fn agent_nouns_name_people_and_ment_nouns_do_not() {
        for word in ["resident", "protester", "economist", "student", "neighbour"] {
            assert!(is_person_word(word), "{word}");
        }
        for word in ["settlement", "statement", "government", "program"] {
            assert!(!is_person_word(word), "{word}");
        }
    }

    #[test]
    fn a_document_is_named_as_a_word_only() {
        for s in [
            "The inspectors published a report on Tuesday.",
            "Its reports, seen by Reuters, say so.",
            "The document (dated May) was leaked.",
            "A publication.",
            "The UN published its World Drug Report on Thursday.",
            "It ran to a 40-page Report.",
        ] {
            assert!(names_a_document(s), "{s}");
        }
        for s in [
            "Police reported 5 deaths.",
            "The abuses were documented by monitors.",
            "Reports suggest 5 died.",
            "Misreports abound.",
            "No paper named.",
        ] {
            assert!(!names_a_document(s), "{s}");
        }
    }
}
