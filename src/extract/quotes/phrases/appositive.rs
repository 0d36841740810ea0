//! A subject with words between commas after it, before its verb: an appositive ("Ma Hao, a
//! college student, told"), an age ("Bass, 71, said"), a relative clause ("Strand, 52, who took
//! over in 2023, said"), or where and how it spoke ("Marco Rubio, in a post on X, called").

use super::super::Cue;
use super::super::lexicon;
use super::super::names;
use super::super::roles;
use super::super::tokens::{Token, Trail};
use super::super::words;
use super::{
    before_legal_form, is_non_subject, is_preposition, is_ticker, phrase_start, plain_subject,
};

/// A subject with an appositive between commas: "Ma Hao, a college student who volunteered,
/// told …" and "Critics, including opposition leader …, said" (the phrase before it); "the
/// regional governor, Oleh Syniehubov, said" (the name in it).
pub(super) fn appositive_subject(
    sentence: &str,
    tokens: &[Token],
    k: usize,
    v: usize,
) -> Option<Cue> {
    let m = comma_before(tokens, k)?;
    appositive_after(sentence, tokens, m, k, v).or_else(|| {
        // "Pickering, whose side finished fourth, 14 points behind champions Halesworth, said":
        // a relative clause with a comma of its own, and the subject before it.
        let r = comma_before(tokens, m)?;
        let opener = tokens.get(r + 1)?.text(sentence);
        // (Up to 16 words: "Donald Trump, who faces two counts under the same statute in his
        // own federal election case, No. 23-cr-257, called".)
        let relative = matches!(opener, "who" | "whose" | "which") && m - r <= 16;
        // (The subject opens its clause: "…, who is the head of the Klan, who lives in Tampa,
        // Florida, indicated" has none.)
        relative
            .then(|| appositive_after(sentence, tokens, r, k, v))?
            .filter(|cue| cue.first == 0 || tokens[cue.first - 1].trail == Trail::Comma)
    })
}

/// "The Met Office, which said 40.3C was recorded, …", "the night manager, Omar Haddad, who
/// said …": a relative pronoun right before the verb at `v` is its subject, and speaks for the
/// phrase before its comma (never a preposition's object: "according to Haddad, who said").
pub(super) fn relative_antecedent(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    let pronoun = v.checked_sub(1)?;
    let k = pronoun.checked_sub(1)?;
    let relative = !tokens[pronoun].quoted
        && tokens[pronoun].joins_next()
        && matches!(tokens[pronoun].text(sentence), "which" | "who");
    if !relative || tokens[k].trail != Trail::Comma || tokens[k].quoted {
        return None;
    }
    plain_subject(sentence, tokens, k, pronoun)
}

/// The comma before the word at `k` (`None` when a quotation comes first).
fn comma_before(tokens: &[Token], k: usize) -> Option<usize> {
    let m = tokens[..k]
        .iter()
        .rposition(|t| t.trail == Trail::Comma || t.quoted)?;
    (!tokens[m].quoted && tokens[m].trail == Trail::Comma).then_some(m)
}

/// [`appositive_subject`] with the words between commas from after the comma at `m` to `k`.
fn appositive_after(sentence: &str, tokens: &[Token], m: usize, k: usize, v: usize) -> Option<Cue> {
    let inside = &tokens[m + 1..=k];
    // "Northwind Logistics, Inc. (NASDAQ: NWLG), a provider of …, announced": the company before
    // its legal form and its ticker is described (never the ticker); `n` is the
    // last word of the name the commas follow (`m` the comma).
    let n = company_before(sentence, tokens, m)?;
    let name = &tokens[n];
    // "Lt. Gov. candidate, state Sen. Maria E. Delgado, said": words in lower case before a
    // title are the title's.
    let lead = inside
        .iter()
        .take_while(|t| !t.capital && !t.is(lexicon::ROLE))
        .count();
    let titled = &inside[lead..];
    // ("The team's captain, 29-year-old Harry Kane,": an age before the name is no word of it.)
    let aged = lead == 1 && is_age(inside[0].text(sentence));
    let lead_ok =
        lead == 0 || aged || lead <= 2 && titled.first().is_some_and(|t| t.is(lexicon::ROLE));
    // ("Ursula von der Leyen": a name's particles are in lower case.)
    let is_name = lead_ok
        && titled.len() <= 4
        && titled.first().is_some_and(|t| t.capital)
        && titled.iter().all(|t| {
            let word = t.text(sentence);
            (t.capital || names::is_particle(word) || names::is_prefixed_name(word))
                && !t.possessive
                && !words::is_capitalised_function_word(word)
        });
    let opener = tokens[m + 1].text(sentence);
    // "Marco Rubio, in a post on X, called": where or how it was said, between commas; the
    // subject is before them.
    // ("Margaret Doyle, 84, from Stockport, said": where the speaker is from; "Sam Kaur, of
    // Greater Manchester Police, said": whom the speaker works for; "Andrew Pugh, prosecuting,
    // said", "Nicholas Shore, representing Pickles, said", "…, for the defence, said": for whom
    // a barrister speaks, in a court report.)
    if matches!(
        opener,
        "in" | "on"
            | "at"
            | "from"
            | "of"
            | "for"
            | "during"
            | "via"
            | "through"
            | "speaking"
            | "writing"
            | "prosecuting"
            | "defending"
            | "mitigating"
            | "representing"
            | "acting"
            | "appearing"
    ) && !name.quoted
        // "The ministry, however, said": a sentence adverb alone between commas.
        || inside.len() == 1 && is_sentence_adverb(opener)
    {
        return appositive_subject(sentence, tokens, n, v)
            .or_else(|| plain_subject(sentence, tokens, n, v));
    }
    // "Bass, 71, told reporters": an age between commas describes the name before it.
    let age = inside.len() == 1 && opener.bytes().all(|b| b.is_ascii_digit());
    // "the regional governor, Oleh Syniehubov," / "…, Senator D'Amato,": the name itself;
    // "Senator Hagel, Republican,": a description of the name before it.
    // "The mayor of Kyiv, Vitali Klitschko, said": the role's phrase ends in a place.
    // ("Senator Hagel, Republican,": no place; the words describe the name before them.)
    // ("The governor of the Bank of England, Andrew Bailey,": the role a few words back.)
    let clause = tokens[..n]
        .iter()
        .rposition(|t| t.trail != Trail::None || t.quoted)
        .map_or(0, |c| c + 1);
    // ("Laurent Berger's successor at the CFDT, Marylise Léon,", "the board's chief
    // investigator, Elena Vasquez,": a noun for a person, in lower case, in a subject's phrase,
    // not in one that says where or when, "In the first quarter, …", is described as a role is.)
    let person = |i: usize| {
        let word = tokens[i].text(sentence);
        !tokens[i].capital
            && words::is_person_word(word)
            && !opens_adverbial(sentence, tokens, clause)
    };
    // ("Sadiq Khan's deputy mayor for housing, Tom Copley,": any of the role's words may be
    // the one the place follows.)
    let role_of = || {
        (clause.max(n.saturating_sub(8))..n)
            .filter(|&i| roles::is_role(tokens[i].text(sentence)) || person(i))
            // The place right after the role ("leader of the opposition"), not a clause after
            // it ("every reporter who's looked at it, Governor,": a vocative).
            .any(|r| {
                r + 1 < n && matches!(tokens[r + 1].text(sentence), "of" | "in" | "for" | "at")
            })
    };
    let title = titled.first().map_or(opener, |t| t.text(sentence));
    if is_name
        && (roles::is_role(name.text(sentence))
            || person(n)
            || roles::is_role(title) && k > m + lead + 1
            || role_of()
            || one_of(sentence, &tokens[clause..n])
            || relative_of(sentence, tokens, n)
            // "The UN refugee agency, UNHCR, put": the body's name after its description.
            || !name.capital && is_body(name.text(sentence)))
    {
        return Some(Cue {
            first: m + 1 + usize::from(aged),
            last: k,
        });
    }
    // "The National Crime Agency, which led the investigation, said": a relative clause.
    // ("Tim Cook, Apple's chief executive, said": a possessive opens a description as "the"
    // does.)
    // ("Piet Jansen, one of the two dissenters, said": one of a group.)
    let describes = matches!(opener, "a" | "an" | "the" | "which" | "who" | "whose")
        || one_of(sentence, &inside[..inside.len().min(2)])
        || tokens[m + 1].possessive && tokens[m + 1].capital && inside.len() > 1
        || age
        || roles::is_role(opener)
        || titled_role(sentence, inside)
        || is_name && name.capital;
    let includes = matches!(opener, "including" | "among");
    // "Strand, 52, who took over in 2023, said": the description follows an age, which
    // follows the name.
    if describes
        && !name.capital
        && n > 0
        && name.text(sentence).bytes().all(|b| b.is_ascii_digit())
    {
        return appositive_subject(sentence, tokens, n, v);
    }
    // ("The driver, 61, told police": an age describes a common noun too.)
    // ("Another analyst, who asked not to be named, said": a role described; "The health
    // ministry, which runs the hospitals, said", "The company, which makes the drug, said": a
    // body described by its relative clause.)
    let relative = matches!(opener, "which" | "who" | "whose");
    let named = name.capital
        || age
        || roles::is_role(name.text(sentence))
        || relative && is_body(name.text(sentence));
    if !(describes && named || includes && !is_non_subject(name.text(sentence))) {
        return None;
    }
    // "Critics, including Anna Petrova, 67, said": the age describes a name inside an
    // appositive of its own; that one decides.
    if age
        && n > 0
        && let Some(outer) = appositive_subject(sentence, tokens, n, v)
    {
        return Some(outer);
    }
    let first = phrase_start(sentence, tokens, n);
    // "who lives in Tampa, Florida, indicated": the object of a preposition is no subject.
    let object = first > 0 && is_preposition(tokens[first - 1].text(sentence));
    (!object).then_some(Cue { first, last: n })
}

/// "senior UK economist at Capital Economics", "chief economist", "former deputy editor of the
/// Sun": a role without an article, after a few words that qualify it (in lower case or
/// capitalised, no function word, figure or possessive), up to a preposition or the end.
fn titled_role(sentence: &str, inside: &[Token]) -> bool {
    let end = inside
        .iter()
        .position(|t| is_preposition(t.text(sentence)))
        .unwrap_or(inside.len());
    let Some((head, qualifiers)) = inside[..end].split_last() else {
        return false;
    };
    !head.capital
        && head.is(lexicon::ROLE)
        && qualifiers.len() <= 3
        && qualifiers.iter().all(|t| {
            let word = t.text(sentence);
            !t.possessive
                && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                // (In any case: "the", "who", "and".)
                && !words::is_capitalised_function_word(word)
        })
}

/// "29-year-old": an age written before a name.
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old").is_some_and(|n| {
        !n.is_empty() && (n.bytes().all(|b| b.is_ascii_digit()) || super::is_number_word(n))
    })
}

/// "Her daughter, Ingrid Lindqvist,", "his son, Erik,", "Okafor's widower, Tom Reid,": a
/// relative of someone, whom the name after the comma names (the word at `n`, after a possessive).
fn relative_of(sentence: &str, tokens: &[Token], n: usize) -> bool {
    let owned = n > 0
        && !tokens[n - 1].quoted
        && (tokens[n - 1].possessive && tokens[n - 1].capital
            || tokens[n - 1].joins_next()
                && matches!(
                    tokens[n - 1].text(sentence),
                    "her" | "Her" | "his" | "His" | "their" | "Their"
                ));
    owned
        && matches!(
            tokens[n].text(sentence),
            "daughter"
                | "son"
                | "wife"
                | "husband"
                | "widow"
                | "widower"
                | "partner"
                | "mother"
                | "father"
                | "sister"
                | "brother"
                | "granddaughter"
                | "grandson"
                | "niece"
                | "nephew"
                | "cousin"
                | "stepdaughter"
                | "stepson"
                | "daughters"
                | "sons"
        )
}

/// Whether the clause opening at `clause` opens with a preposition: it says where, when or how,
/// and holds no subject ("In the first quarter, …", "After the winter, …").
fn opens_adverbial(sentence: &str, tokens: &[Token], clause: usize) -> bool {
    tokens.get(clause).is_some_and(|t| {
        let word = t.text(sentence).to_ascii_lowercase();
        is_preposition(&word)
            || matches!(
                word.as_str(),
                "after" | "before" | "during" | "since" | "under" | "over" | "until" | "as"
            )
    })
}

/// A common noun for an organisation or a group of people ("ministry", "company", "regulator",
/// "residents", "the trust"), which a relative clause may describe before its verb.
fn is_body(word: &str) -> bool {
    lexicon::classes(word) & (lexicon::ORGANISATION_HEAD | lexicon::DESCRIPTOR) != 0
        || roles::is_group(word)
        // (An NHS trust, a fire brigade, a charity, a club: bodies no organisation's name ends
        // with often enough to be a head word.)
        || matches!(word, "trust" | "brigade" | "charity" | "club")
}

/// The last word of the name before the comma after the word at `m`: past a stock ticker in
/// brackets ("Northwind Logistics (NASDAQ: NWLG),") and a legal form ("Northwind Logistics,
/// Inc.,"). `None` for a ticker with no name before it.
fn company_before(sentence: &str, tokens: &[Token], m: usize) -> Option<usize> {
    let m = match is_ticker(sentence, tokens, m) {
        true => {
            let name = m - 2;
            let named = tokens[name].capital && tokens[name].joins_next();
            named.then_some(name)?
        }
        false => m,
    };
    Some(before_legal_form(sentence, tokens, m))
}

/// Whether `words` (a clause's words before an appositive, or the appositive) say "one of" a
/// group: "One of the investors, Margaret Doyle,", "Piet Jansen, one of the two dissenters,".
fn one_of(sentence: &str, words: &[Token]) -> bool {
    words.windows(2).any(|pair| {
        matches!(
            pair[0].text(sentence),
            "one" | "One" | "another" | "Another" | "each" | "Each" | "both" | "Both"
        ) && pair[1].text(sentence) == "of"
    })
}

/// A word that comments on its whole sentence and may stand between commas after the subject
/// ("The ministry, however, said").
fn is_sentence_adverb(word: &str) -> bool {
    matches!(
        word,
        "however"
            | "meanwhile"
            | "though"
            | "too"
            | "also"
            | "moreover"
            | "nevertheless"
            | "nonetheless"
            | "instead"
            | "separately"
            | "likewise"
            | "meantime"
            | "therefore"
            | "later"
            | "earlier"
    )
}
