//! A list of names that speaks together ("France, Germany and Italy said", "The United States,
//! Britain and Norway called for …"): the phrase before "and" reaches back over the names that
//! commas join.

use super::super::tokens::{Token, Trail};
use super::is_non_subject;

/// Where the subject whose words run from `first` to its head at `head` starts when it is the
/// last two names of a list ("Germany and Italy" after "France,"): the list's first name, if
/// the list opens the sentence (after "The" at most). Otherwise `first`: "In Paris, Germany and
/// Italy said", "Elsewhere, Germany and Italy said" name no list.
pub(super) fn list_start(sentence: &str, tokens: &[Token], first: usize, head: usize) -> usize {
    if first == 0 {
        return first;
    }
    // ("Greece, and Malta": a serial comma leaves "and" first; with no list before it, "Shares
    // fell on Tuesday, and Omar Haddad said", the "and" joins clauses and is no word of the
    // name.)
    let serial = tokens[first].text(sentence) == "and";
    let start = names_before(sentence, tokens, first, head, serial);
    if start == first && serial {
        return first + 1;
    }
    start
}

/// [`list_start`] before a serial comma's "and" is taken off.
fn names_before(
    sentence: &str,
    tokens: &[Token],
    first: usize,
    head: usize,
    serial: bool,
) -> usize {
    let joins_names = (first + 1..head).any(|k| {
        tokens[k].text(sentence) == "and" && tokens[k - 1].capital && tokens[k + 1].capital
    });
    if !joins_names && !serial {
        return first;
    }
    let mut start = first;
    loop {
        // One name before a comma: capitalised words joined, and "the" before them.
        let last = start - 1;
        let name = &tokens[last];
        if name.trail != Trail::Comma || !name.capital || name.quoted || name.possessive {
            return first;
        }
        let mut k = last;
        while k > 0 && tokens[k - 1].joins_next() && tokens[k - 1].capital && !tokens[k - 1].quoted
        {
            k -= 1;
        }
        if k > 0 && tokens[k - 1].text(sentence).eq_ignore_ascii_case("the") {
            k -= 1;
        }
        // ("However, …", "Separately, …", "In Paris, …": an adverb or a preposition's phrase
        // opens the sentence.)
        let the = usize::from(tokens[k].text(sentence).eq_ignore_ascii_case("the"));
        if k + the > last
            || (k + the..=last).any(|i| {
                let word = tokens[i].text(sentence);
                is_non_subject(word) || is_sentence_adverb(word)
            })
        {
            return first;
        }
        if k == 0 {
            return 0;
        }
        if tokens[k - 1].trail != Trail::Comma {
            return first;
        }
        start = k;
    }
}

/// Capitalised adverbs that open a sentence before a comma as a name may open a list
/// ("Elsewhere, Germany and Italy said"), which [`is_non_subject`] does not list.
fn is_sentence_adverb(word: &str) -> bool {
    matches!(
        word,
        "Elsewhere"
            | "Instead"
            | "Indeed"
            | "Together"
            | "Nonetheless"
            | "Nevertheless"
            | "Otherwise"
            | "Likewise"
            | "Overnight"
            | "Still"
            | "Thus"
            | "Hence"
            | "Therefore"
            | "Moreover"
            | "Furthermore"
            | "Besides"
            | "Abroad"
            | "Privately"
    )
}
