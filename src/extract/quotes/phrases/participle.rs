//! The speaker of a speech participle after a comma: "The Interior Ministry issued a statement on
//! Wednesday, saying 42 people had been evacuated", "Mayor Ana Ruiz spoke to reporters, adding
//! that “…”": the subject of the main clause, when it can speak.

use super::super::Cue;
use super::super::lexicon;
use super::super::roles;
use super::super::tokens::{Token, Trail};
use super::super::words;
use super::{is_between_words, is_plural, subject_before};

/// The most words a main clause's subject runs to, with its verb's helpers ("the state health
/// ministry has also").
const SUBJECT_WORDS: usize = 6;

/// The main clause's subject as the speaker of the participle at `v` ("…, saying"), if the
/// participle follows the clause's comma directly, the clause is one run of words with no
/// quotation or source of its own ("…, according to officials, saying" has one), and its subject
/// names someone who can speak: a name, a role, an organisation, people, a pronoun ("Prices rose
/// 5% in May, saying …" names no one).
pub(in crate::extract::quotes) fn participle_subject(
    sentence: &str,
    tokens: &[Token],
    v: usize,
) -> Option<Cue> {
    let comma = v.checked_sub(1)?;
    if tokens[comma].trail != Trail::Comma || tokens[comma].quoted || comma == 0 {
        return None;
    }
    if !speaks(sentence, tokens, v) {
        return None;
    }
    let start = clause_start(sentence, tokens, comma)?;
    let (subject, verb) = main_subject(sentence, tokens, start, comma)?;
    // The predicate, from the main verb to the comma: one run of words, with no quotation, no
    // source ("according to"), no relative clause whose subject the participle might share.
    let predicate = &tokens[verb..=comma];
    let plain = predicate[..predicate.len() - 1]
        .iter()
        .all(|t| t.trail == Trail::None)
        && predicate.iter().all(|t| {
            !t.quoted
                && !t.is(lexicon::ACCORDING)
                && !matches!(t.text(sentence), "who" | "which" | "whose")
        });
    plain.then_some(subject)
}

/// Whether the participle at `v` reports speech in every sense: "adding" and "claiming" only
/// with what was said ("adding that …", "claiming “…”"), not with a thing ("adding weight to
/// calls", "claiming 12 lives").
fn speaks(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = tokens[v].text(sentence);
    if !verb.ends_with("ing") || matches!(verb, "expressing" | "declaring") {
        return false;
    }
    if !matches!(verb, "adding" | "claiming") {
        return true;
    }
    tokens
        .get(v + 1)
        .is_some_and(|t| t.quoted || t.text(sentence) == "that")
}

/// Where the main clause before the comma at `comma` starts: the sentence's start, or after an
/// opening phrase of time or place ("On Wednesday, the ministry issued …, saying").
fn clause_start(sentence: &str, tokens: &[Token], comma: usize) -> Option<usize> {
    if tokens[0].quoted {
        return None;
    }
    let Some(opening) = tokens[..comma].iter().position(|t| t.trail != Trail::None) else {
        return Some(0);
    };
    // (A relative clause after the subject is no opening phrase: [`main_subject`] reads it.)
    if tokens[opening].trail == Trail::Comma
        && matches!(tokens[opening + 1].text(sentence), "which" | "who")
    {
        return Some(0);
    }
    let opens = matches!(
        tokens[0].text(sentence),
        "On" | "In"
            | "At"
            | "During"
            | "After"
            | "Earlier"
            | "Later"
            | "Late"
            | "Last"
            | "Overnight"
            | "Meanwhile"
            | "Separately"
    );
    let fits = opens
        && opening < 6
        && tokens[opening].trail == Trail::Comma
        && tokens[..=opening].iter().all(|t| !t.quoted);
    fits.then_some(opening + 1)
}

/// The subject of the clause from `start` and its verb's index, before the comma at `comma`: the
/// words before the first verb (a word in "-ed" or a common irregular past: "issued", "spoke"),
/// as "X said" would take them, when they name someone who can speak.
fn main_subject(
    sentence: &str,
    tokens: &[Token],
    start: usize,
    comma: usize,
) -> Option<(Cue, usize)> {
    let mut end = comma.min(start + SUBJECT_WORDS + 1);
    // The subject's last word and the first word after a relative clause between commas that
    // describes it ("Sudan's health ministry, which is aligned with the army, put …").
    let mut aside: Option<(usize, usize)> = None;
    let mut k = start + 1;
    while k < end {
        let token = &tokens[k];
        if token.quoted {
            return None;
        }
        if tokens[k - 1].trail != Trail::None && aside.is_none_or(|(_, after)| after != k) {
            let close = (k..comma).find(|&c| tokens[c].trail != Trail::None)?;
            let relative = aside.is_none()
                && tokens[k - 1].trail == Trail::Comma
                && matches!(token.text(sentence), "which" | "who")
                && tokens[close].trail == Trail::Comma
                && tokens[k..=close].iter().all(|t| !t.quoted);
            if !relative {
                return None;
            }
            aside = Some((k - 1, close + 1));
            // (The verb follows the clause, after a helper or an adverb at most.)
            (k, end) = (close + 1, comma.min(close + 4));
            continue;
        }
        let word = token.text(sentence);
        // ("The armed forces issued": a verb's form that is the subject's word is passed.)
        if !token.capital && (is_past(word) || is_auxiliary(word)) {
            let opens = aside.map_or(start + 1, |(_, after)| after);
            let mut verb = k;
            while verb > opens && is_between_words(tokens[verb - 1].text(sentence)) {
                verb -= 1;
            }
            let ends_before = |last: usize| match aside {
                Some((head, after)) => last == head && verb == after,
                None => last + 1 == verb,
            };
            if let Some(cue) = subject_before(sentence, tokens, k)
                && cue.first == start
                && ends_before(cue.last)
                && names_a_speaker(sentence, &tokens[start..=cue.last], start)
            {
                return Some((cue, k));
            }
        }
        k += 1;
    }
    None
}

/// Whether the words of a subject (`phrase`, from token `start` of the sentence) name someone who
/// can speak: a pronoun, a name, a role, an organisation, people ("the company", "Mayor Ana
/// Ruiz", "the U.S. military"); not "Prices", "the storm".
fn names_a_speaker(sentence: &str, phrase: &[Token], start: usize) -> bool {
    let word = phrase[phrase.len() - 1].text(sentence);
    if phrase.len() == 1 && words::pronoun(word).is_some() {
        return matches!(
            word,
            "He" | "She" | "It" | "They" | "he" | "she" | "it" | "they"
        );
    }
    // The noun before a preposition heads the phrase: "Police in Devon", "Residents of Kyiv",
    // "Sarah Jones of the Met Office"; not "Shares of Tesla".
    let head = super::super::speakers::head_index(sentence, phrase);
    let (token, word) = (&phrase[head], phrase[head].text(sentence));
    if names_people(&word.to_ascii_lowercase()) {
        return true;
    }
    if token.capital {
        // "Prices rose": a capitalised word alone at the sentence's start may be any plural.
        return !(words::is_capitalised_function_word(word)
            || head == 0 && start == 0 && is_plural(word));
    }
    // "The U.S. military", "the Chinese embassy": a common noun of a name (not "Tesla shares").
    !is_plural(word)
        && phrase[..head]
            .iter()
            .any(|t| t.capital && !words::is_capitalised_function_word(t.text(sentence)))
}

/// A verb in the past, as a main clause's verb usually is in news: "-ed", or a common irregular
/// form.
fn is_past(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ed")
        || matches!(
            word,
            "spoke"
                | "gave"
                | "held"
                | "met"
                | "made"
                | "took"
                | "sent"
                | "went"
                | "came"
                | "wrote"
                | "put"
                | "set"
                | "hit"
                | "cut"
                | "began"
                | "drew"
                | "ran"
                | "won"
                | "lost"
                | "left"
                | "brought"
                | "sought"
                | "fought"
                | "struck"
                | "led"
                | "kept"
                | "threw"
                | "rose"
                | "fell"
                | "broke"
                | "chose"
                | "shut"
                | "spent"
                | "built"
                | "sold"
                | "paid"
                | "laid"
                | "saw"
                | "got"
                | "became"
                | "stood"
                | "heard"
                | "felt"
                | "grew"
                | "flew"
                | "shot"
                | "withdrew"
                | "upheld"
                | "oversaw"
        )
}

/// A verb's helper that may open a main clause's verb ("had not yet called", "has issued").
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "has" | "had" | "have" | "was" | "were" | "is" | "are" | "will" | "would"
    )
}

/// A common noun for who speaks (in lower case): a role or roles, an organisation, a group of
/// people, a word for a person.
fn names_people(word: &str) -> bool {
    roles::is_role(word)
        || roles::is_organisation_head(word)
        || roles::is_group(word)
        || words::is_person_word(word)
        || word.strip_suffix('s').is_some_and(roles::is_role)
}
