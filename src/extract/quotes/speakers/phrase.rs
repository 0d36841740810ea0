//! How a phrase speaker is written ("the Kremlin" → "Kremlin", "The mayor" → "the mayor") and
//! which of its words says what it is.

use super::super::tokens::Token;
use super::super::{roles, words};
use super::Speaker;

/// A name written with an article, without it ("the Kremlin" → "Kremlin"); a phrase of common
/// nouns keeps it, as [`as_written`] writes it.
pub(super) fn without_article(sentence: &str, phrase: &[Token]) -> Speaker {
    let article = matches!(
        phrase[0].text(sentence),
        "the" | "The" | "a" | "A" | "an" | "An"
    );
    if article && phrase.len() > 1 && phrase[1..].iter().any(|t| t.capital) {
        let rest = &sentence[phrase[1].start..phrase[phrase.len() - 1].end];
        return Speaker::Phrase(rest.to_string());
    }
    as_written(sentence, phrase)
}

/// The phrase as the article writes it, with a leading article in lower case: the same speaker
/// at a sentence's start or within it ("the mayor", never "The mayor").
pub(super) fn as_written(sentence: &str, phrase: &[Token]) -> Speaker {
    let text = &sentence[phrase[0].start..phrase[phrase.len() - 1].end];
    let (first, rest) = text.split_at(phrase[0].end - phrase[0].start);
    if matches!(first, "The" | "A" | "An" | "His" | "Her" | "Its" | "Their") {
        Speaker::Phrase(first.to_lowercase() + rest)
    } else {
        Speaker::Phrase(text.to_string())
    }
}

/// Whether the words before a body's head word ("Italy's coastguard", "the Italian navy", "the
/// state's health department") agree with an organisation's name: the owner of a possessive
/// and a capitalised modifier must be words of the name, or the phrase names another body with
/// the same head ("Hellenic Coastguard", "Ohio Health Department"). A lower-case modifier
/// agrees when the name holds it ("the health department", "the coast guard" for the "Coast
/// Guard" or the "Coastguard") or when it describes any body ([`describes_any_body`]); else it
/// names another field ("the fire agency" is no "Japan Meteorological Agency").
pub(super) fn qualifiers_agree(sentence: &str, phrase: &[Token], name: &str) -> bool {
    let plain = |word: &str| word.replace('.', "").to_lowercase();
    let name: Vec<String> = name.split([' ', '-']).map(plain).collect();
    // The words of the noun phrase that ends at the head ("Forecasters at the hurricane center":
    // "hurricane").
    let modifiers = &phrase[..phrase.len() - 1];
    let opens = modifiers
        .iter()
        .rposition(|t| words::is_capitalised_function_word(t.text(sentence)))
        .map_or(0, |f| f + 1);
    modifiers[opens..].iter().all(|t| {
        let word = t.text(sentence);
        let qualifies = t.possessive || t.capital && !words::is_capitalised_function_word(word);
        if qualifies {
            return name.contains(&plain(word));
        }
        let word = plain(word);
        describes_any_body(&word) || name.iter().any(|n| n.contains(word.as_str()))
    })
}

/// Lower-case words before a body's head that say what kind of body it is in any field, not
/// which field: function words, "ruling", "national", "largest", "state-run", "opposition".
fn describes_any_body(word: &str) -> bool {
    const DESCRIPTIONS: [&str; 23] = [
        "state",
        "opposition",
        "government",
        "main",
        "top",
        "new",
        "former",
        "official",
        "public",
        "private",
        "local",
        "city",
        "country",
        "coalition",
        "junior",
        "senior",
        "bipartisan",
        "nonpartisan",
        "independent",
        "joint",
        "special",
        "interim",
        "advisory",
    ];
    crate::extract::tokens::is_function_word(word)
        || DESCRIPTIONS.contains(&word)
        || word.contains('-')
        || !word.bytes().all(|b| b.is_ascii_alphabetic())
        || ["ing", "est", "al", "ed", "ern"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Lower-case owners of a role that stand for a place ("the country's president").
const PLACE_OWNERS: [&str; 13] = [
    "country",
    "nation",
    "state",
    "city",
    "province",
    "region",
    "county",
    "town",
    "capital",
    "island",
    "territory",
    "kingdom",
    "republic",
];

/// Whether the words before a role name its owner as a place in lower case ("the country's",
/// "the state's"): which place the reader must work out.
pub(super) fn owned_by_a_place(sentence: &str, before_role: &[Token]) -> bool {
    before_role
        .iter()
        .any(|t| t.possessive && !t.capital && PLACE_OWNERS.contains(&t.text(sentence)))
}

/// Whether a head word can name a speaker: someone (a role, a word for a person), a body or
/// what one publishes ("a study", "a statement").
pub(super) fn names_someone(head: &str) -> bool {
    let lower = head.to_ascii_lowercase();
    roles::is_role(&lower)
        || roles::is_organisation_head(&lower)
        || words::is_source_noun(&lower)
        || words::is_person_word(&lower)
        || words::is_medium(&lower)
}

/// Where the word that says what a phrase is stands: the last, or the one before a preposition
/// that ties it to a place or a body ("Police in Devon", "a spokesperson for the bank").
pub(in crate::extract::quotes) fn head_index(sentence: &str, phrase: &[Token]) -> usize {
    (1..phrase.len().saturating_sub(1))
        .find(|&p| {
            let word = phrase[p].text(sentence);
            is_of_preposition(word) || knows(word, phrase[p + 1].text(sentence))
        })
        .map_or(phrase.len().saturating_sub(1), |p| p - 1)
}

/// "people familiar with the matter", "sources close to the company": the words after the
/// people say what they know, not who they are.
fn knows(word: &str, next: &str) -> bool {
    matches!((word, next), ("familiar", "with") | ("close", "to"))
}

/// Prepositions that tie a role or an organisation to what it belongs to ("Police in Devon").
pub(super) fn is_of_preposition(word: &str) -> bool {
    matches!(word, "in" | "for" | "of" | "at" | "from")
}

/// The head word of a phrase speaker: its last word, or the word before "of", "for", "in"…
/// ("a spokesperson for the bank" → "spokesperson").
pub(super) fn phrase_head(text: &str) -> &str {
    let mut head = "";
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        let known = words.peek().is_some_and(|&next| knows(word, next));
        if (is_of_preposition(word) || known) && !head.is_empty() {
            return head;
        }
        head = word;
    }
    head
}
