//! The noun phrases around a speech verb that can name its speaker: the subject before it
//! ("the U.S. President continued", "Ma Hao, a college student …, told"), the phrase after an
//! inverted verb ("…, said Susan Hough").

use super::Cue;
use super::roles;
use super::tokens::{Token, Trail};
use super::words;

mod after;
mod appositive;
mod list;
mod participle;
pub(in crate::extract::quotes) use after::{
    closes_inversion, in_name, name_after_owned_role, name_after_role, phrase_after,
};
use appositive::{appositive_subject, relative_antecedent};
pub(in crate::extract::quotes) use participle::participle_subject;

/// Adverbs and auxiliaries between a subject and its verb ("also reported", "has said").
fn is_between_words(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "has"
            | "had"
            | "have"
            | "later"
            | "then"
            | "further"
            | "previously"
            | "earlier"
            | "initially"
            | "reportedly"
            | "officially"
            | "publicly"
            | "once"
            | "again"
            | "repeatedly"
            | "recently"
            | "just"
            | "would"
            | "will"
            | "could"
            | "did"
            | "does"
            | "separately"
            | "subsequently"
            | "immediately"
            | "quickly"
            | "only"
            | "first"
            | "simply"
            | "clearly"
            | "firmly"
            | "today"
            | "yesterday"
            | "tonight"
            | "now"
            | "always"
            | "already"
            | "still"
            | "even"
            | "ever"
            | "somehow"
            | "might"
            | "should"
            | "must"
            | "may"
            | "can"
            | "is"
            | "are"
            | "was"
            | "were"
    ) || word.len() > 4 && word.ends_with("ly") && !matches!(word, "family" | "ally" | "Italy")
}

/// Words that cannot head a speaker's noun phrase.
fn is_non_subject(word: &str) -> bool {
    words::is_capitalised_function_word(word) && words::pronoun(word).is_none()
        || matches!(word, "whom" | "whose" | "not" | "never" | "who")
        // An object pronoun is said to, not saying: "let me say", "told them".
        || matches!(word, "me" | "us" | "him" | "them")
        // A verb's helper or an adverb heads no noun phrase: "they might say", "the briefing
        // was then", "something".
        || is_between_words(word)
        || matches!(word, "be" | "been" | "do" | "something" | "anything" | "nothing")
        // "we've added", "you've called": a pronoun and its auxiliary name no one. (Every such
        // ending has an apostrophe, ' or ’, whose last byte is 0x99: most words have neither.)
        || word.bytes().any(|b| b == b'\'' || b == 0x99)
            && ["'ve", "’ve", "'re", "’re", "'ll", "’ll", "'m", "’m", "'d", "’d", "n't", "n’t"]
                .iter()
                .any(|tail| word.len() > tail.len() && word.ends_with(tail))
}

/// "One in three said", "Two said", "in 50 states": a number counts; it names no one.
pub(super) fn is_number_word(word: &str) -> bool {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // Every number word ("one" to "thousands") has 3 to 9 letters and starts with one of a
    // dozen: most words, a hyphenated word's first part too, are ruled out before a copy in
    // lower case is looked up (by the first letter before the hyphen is sought).
    let bytes = word.as_bytes();
    let may_start = bytes.first().is_some_and(|&b| {
        matches!(
            b | 0x20,
            b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't' | b'z'
        )
    });
    if !may_start {
        return false;
    }
    let hyphen = bytes.iter().position(|&b| b == b'-');
    if !(3..=9).contains(&hyphen.unwrap_or(bytes.len())) {
        return false;
    }
    let number_word = |w: &str| {
        let mut buf = [0u8; 24];
        crate::extract::tokens::lower(w, &mut buf)
            .is_some_and(|w| crate::extract::numbers::words::number_word(w.as_bytes()).is_some())
    };
    // ("Forty-five": each part a number word.)
    match hyphen.is_some() {
        false => number_word(word),
        true => word.split('-').all(number_word),
    }
}

/// A noun for people that a count can head as a speaker ("Two officials", "Three residents"),
/// unlike a count of things ("Forty-five states reported"): a role, a group, or a role's plural.
fn counts_people(word: &str) -> bool {
    roles::is_role(word)
        || roles::is_group(word)
        || word.strip_suffix('s').is_some_and(roles::is_role)
}

/// The noun phrase ending just before the verb at `v`, if it can be the verb's subject.
pub(super) fn subject_before(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    if let Some(antecedent) = relative_antecedent(sentence, tokens, v) {
        return Some(antecedent);
    }
    let mut k = v.checked_sub(1)?;
    while is_between_words(tokens[k].text(sentence)) && tokens[k].joins_next() && !tokens[k].quoted
    {
        k = k.checked_sub(1)?;
    }
    // "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said": the acronym in
    // brackets is the name's before it.
    if tokens[k].opened
        && tokens[k].trail == Trail::Close
        && is_acronym(tokens[k].text(sentence))
        && k > 0
        && tokens[k - 1].capital
        && tokens[k - 1].joins_next()
    {
        k -= 1;
    }
    // "Northwind Logistics (NASDAQ: NWLG) said": a stock ticker in brackets is the company's
    // before it, never a speaker.
    if is_ticker(sentence, tokens, k) && tokens[k - 2].capital && tokens[k - 2].joins_next() {
        k -= 2;
    }
    // "Northwind Logistics, Inc. today announced": the company's name before its legal form.
    let company = before_legal_form(sentence, tokens, k);
    if company != k {
        return plain_subject(sentence, tokens, company, v);
    }
    let head = &tokens[k];
    if head.quoted {
        return None;
    }
    if head.trail == Trail::Comma {
        return appositive_subject(sentence, tokens, k, v);
    }
    plain_subject(sentence, tokens, k, v)
}

/// The noun phrase whose head is at `k`, before the verb at `v` (or before words between commas
/// that precede it).
fn plain_subject(sentence: &str, tokens: &[Token], k: usize, v: usize) -> Option<Cue> {
    let head = &tokens[k];
    let head_word = head.text(sentence);
    if head.possessive
        || is_ticker(sentence, tokens, k)
        || !matches!(head.trail, Trail::None | Trail::Comma)
        || is_non_subject(head_word)
        || is_number_word(head_word) && !ends_a_name(sentence, tokens, k)
    {
        return None;
    }
    // "the policy this Administration has followed has added": a verb is no subject.
    if head_word.ends_with("ed")
        && k > 0
        && matches!(
            tokens[k - 1].text(sentence),
            "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been"
        )
    {
        return None;
    }
    if words::pronoun(head.text(sentence)).is_some() {
        return Some(Cue { first: k, last: k });
    }
    // "Nordvik Semiconductor beats estimates", "the numbers states": a verb in "-s" agrees
    // with no plural, so the word before it is no subject (it is a noun: "estimates").
    if !head.capital && is_plural(head_word) && is_plural(tokens[v].text(sentence)) {
        return None;
    }
    let first = list::list_start(sentence, tokens, phrase_start(sentence, tokens, k), k);
    // "Those who live in Kyiv said": the object of a preposition is no subject ("with Peskov
    // commenting", "a memo from the Defense Department saying" is: a participle's subject);
    // nor is it after a quantifier ("With most races called").
    let mut before = first.checked_sub(1);
    let mut preposition: fn(&str) -> bool = is_preposition;
    if let Some(p) = before
        && p > 0
        && tokens[p].joins_next()
        && matches!(
            tokens[p].text(sentence),
            "most" | "all" | "some" | "many" | "several" | "few" | "both"
        )
    {
        before = Some(p - 1);
        // (An absolute phrase opens its sentence: "With most races called, …".)
        preposition = |word| is_preposition(word) || word == "With";
    }
    // ("“This is what we voted for,” Smith said": a quotation's last word is no preposition of
    // the words after the closing mark.)
    let object = before.is_some_and(|p| {
        let prep = tokens[p].text(sentence);
        if tokens[p].quoted || !tokens[p].joins_next() {
            return false;
        }
        let participle = tokens[v].text(sentence).ends_with("ing");
        // ("a study by the London School of … estimated": who made the study says it.)
        let maker = matches!(prep, "by" | "from")
            && tokens[k].capital
            && p > 0
            && words::is_source_noun(&tokens[p - 1].text(sentence).to_ascii_lowercase());
        preposition(prep) && !(participle && matches!(prep, "with" | "from" | "by")) && !maker
    });
    if object {
        return None;
    }
    // "Forty-five states reported": a count of things says nothing ("Two officials said" is
    // people).
    if is_number_word(tokens[first].text(sentence)) && !counts_people(head_word) {
        return None;
    }
    Some(Cue { first, last: k })
}

/// The word at `k` is a number of up to three digits that ends the capitalised name before it
/// ("France 24", "Fox 5", "BBC Radio 4"), or stands inside one ("Channel 4 News").
pub(super) fn ends_a_name(sentence: &str, tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].text(sentence);
    k > 0
        && word.len() <= 3
        && word.bytes().all(|b| b.is_ascii_digit())
        && !tokens[k].quoted
        && tokens[k - 1].capital
        && tokens[k - 1].joins_next()
        && !tokens[k - 1].quoted
        && crate::extract::numbers::may_name_a_number(tokens[k - 1].text(sentence))
}

/// A word in lower case ending in a plural's or a verb's "-s" ("beats", "estimates"; not
/// "press", "status", "analysis", "news").
fn is_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "us", "is", "news"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// The word at `k` is a stock ticker in brackets after its exchange ("(NASDAQ: NWLG)", "(NYSE:
/// F)").
pub(super) fn is_ticker(sentence: &str, tokens: &[Token], k: usize) -> bool {
    const EXCHANGES: [&str; 10] = [
        "NASDAQ", "Nasdaq", "NYSE", "LSE", "TSX", "ASX", "NSE", "BSE", "OTC", "AMEX",
    ];
    let exchange = k.checked_sub(1).map(|e| &tokens[e]);
    matches!(tokens[k].trail, Trail::Close | Trail::Comma)
        && k >= 2
        && exchange.is_some_and(|e| {
            e.opened && e.trail == Trail::Stop && EXCHANGES.contains(&e.text(sentence))
        })
}

/// The last word of a company's name when the word at `k` is its legal form after a comma
/// ("Northwind Logistics, Inc.", "Acme Holdings, plc"); else `k`.
pub(super) fn before_legal_form(sentence: &str, tokens: &[Token], k: usize) -> usize {
    let form = tokens[k].text(sentence).trim_end_matches('.');
    let is_form = matches!(
        form,
        "Inc"
            | "Ltd"
            | "Corp"
            | "Co"
            | "LLC"
            | "LLP"
            | "plc"
            | "Plc"
            | "PLC"
            | "GmbH"
            | "AG"
            | "N.V"
            | "S.A"
    );
    match k.checked_sub(1) {
        Some(name) if is_form && tokens[name].capital && tokens[name].trail == Trail::Comma => name,
        _ => k,
    }
}

/// A word in capitals, two letters or more ("OCHA", "WHO").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Prepositions whose object cannot be a speech verb's subject.
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at" | "from" | "near" | "of" | "to" | "for" | "with" | "by" | "on"
    )
}

/// Walks back from a phrase's head word over the words of its noun phrase: names, roles,
/// possessives, "and" between names, adjectives up to a determiner (which it keeps); a
/// prepositional phrase after a role or an organisation head is part of it ("Police in Devon",
/// "a spokesperson for the bank").
fn phrase_start(sentence: &str, tokens: &[Token], head: usize) -> usize {
    let mut start = noun_start(sentence, tokens, head);
    // One preposition after another: "Sarah Jones of the University of Oxford".
    for _ in 0..3 {
        if start < 2 {
            break;
        }
        let (prep, noun) = (&tokens[start - 1], &tokens[start - 2]);
        let word = noun.text(sentence);
        // "people familiar with the matter", "sources close to the company": unnamed people
        // known by what they know.
        if start >= 3
            && matches!(
                (word, prep.text(sentence)),
                ("familiar", "with") | ("close", "to")
            )
            && noun.joins_next()
            && prep.joins_next()
            && tokens[start - 3].joins_next()
            && {
                let people = tokens[start - 3].text(sentence);
                is_person_noun(people) || roles::is_group(people)
            }
        {
            start = noun_start(sentence, tokens, start - 3);
            continue;
        }
        // ("The UN Office on Drugs and Crime", "the Commission on Human Rights": a named
        // organisation's "on".)
        let on_name = prep.text(sentence) == "on" && noun.capital && !tokens[start].quoted;
        if (matches!(prep.text(sentence), "in" | "for" | "of" | "at" | "from")
            || on_name && tokens[start].capital && roles::is_organisation_head(word))
            && prep.joins_next()
            && noun.joins_next()
            && !noun.quoted
            && !noun.possessive
            && (roles::is_role(word)
                || roles::is_organisation_head(word)
                || roles::is_group(word)
                || roles::is_place_head(word)
                || is_person_noun(word)
                || is_name_of(sentence, prep, noun))
        {
            let extended = noun_start(sentence, tokens, start - 2);
            // "who live in Kyiv said": a relative clause's words are no speaker's ("that" is
            // more often a clause's start: "said that Secretary of Defense Gates acknowledged").
            if extended > 0 && matches!(tokens[extended - 1].text(sentence), "who" | "which") {
                break;
            }
            start = extended;
        } else {
            break;
        }
    }
    start
}

/// A noun for people that a place can follow ("Officials in Kyiv", "a man in Kyiv", "Doctors
/// at the hospital"): a plural ("officials", "rescuers") or a word for a person.
fn is_person_noun(word: &str) -> bool {
    let plural = word.len() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !is_non_subject(word)
        && words::pronoun(word).is_none();
    plural
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "man" | "woman" | "person" | "boy" | "girl" | "child" | "source" | "mother" | "father"
        )
}

/// "Sarah Jones of the Met Office", "Residents of Kyiv": a name (or a capitalised noun) tied
/// to where it belongs, which [`resolve`](super::speakers) reads as the person or the phrase,
/// never the place alone.
fn is_name_of(sentence: &str, prep: &Token, noun: &Token) -> bool {
    matches!(prep.text(sentence), "of" | "at" | "from" | "in")
        && noun.capital
        && !words::is_capitalised_function_word(noun.text(sentence))
}

/// [`phrase_start`] without a prepositional phrase.
fn noun_start(sentence: &str, tokens: &[Token], head: usize) -> usize {
    let capital_head =
        tokens[head].capital || super::names::is_prefixed_name(tokens[head].text(sentence));
    let mut start = head;
    while start > 0 && head - start < 7 {
        let prev = &tokens[start - 1];
        if prev.quoted || !(prev.joins_next() || prev.possessive) {
            break;
        }
        let word = prev.text(sentence);
        // "one senior official": an indefinite "one" is a determiner too; "his lawyer" and "my
        // opponent" keep their possessive.
        if matches!(
            word,
            "the"
                | "The"
                | "a"
                | "A"
                | "an"
                | "An"
                | "one"
                | "One"
                | "his"
                | "His"
                | "her"
                | "Her"
                | "their"
                | "Their"
                | "its"
                | "Its"
                | "my"
                | "My"
                | "our"
                | "Our"
                | "your"
                | "Your"
        ) {
            start -= 1;
            break;
        }
        let takes = if prev.capital {
            // ("Care Not Killing": a function word inside a name, between two of its words.)
            !words::is_capitalised_function_word(word)
                || capital_head
                    && start >= 2
                    && tokens[start - 2].capital
                    && tokens[start - 2].joins_next()
                    && !tokens[start - 2].quoted
                    && !words::is_capitalised_function_word(tokens[start - 2].text(sentence))
        } else if word == "and" {
            capital_head && start >= 2 && tokens[start - 2].capital && tokens[start].capital
        } else if capital_head && tokens[start].capital && ends_a_name(sentence, tokens, start - 1)
        {
            // "Channel 4 News": a number inside a name.
            true
        } else if capital_head && start >= 2 && in_name(sentence, tokens, start - 1) {
            // "Brandon del Pozo", "Ursula von der Leyen": a particle inside the name.
            tokens[start - 2].capital || super::names::is_particle(tokens[start - 2].text(sentence))
        } else {
            roles::is_role(word) || prev.possessive || !capital_head && is_modifier(word)
        };
        if !takes {
            break;
        }
        start -= 1;
    }
    start
}

/// Lower-case words that may modify a common-noun speaker ("local governor", "policy makers"),
/// but not a time before it: "Last week officials reported" is said by officials.
fn is_modifier(word: &str) -> bool {
    !is_non_subject(word)
        && !word.ends_with("ed")
        && !word.ends_with("ly")
        && !matches!(
            word,
            "week" | "month" | "year" | "day" | "night" | "weekend" | "morning" | "evening"
        )
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}
