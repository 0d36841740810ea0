//! The roles written around a name in an appositive or an office: "The mayor of Kyiv, Vitali
//! Klitschko", "Brandon del Pozo, an assistant professor of medicine,", "Secretary of State
//! Antony Blinken".

use super::super::lexicon::ROLE;
use super::super::roles::is_compound_role;
use super::super::tokens::{Token, Trail};
use super::NameRun;

/// "The humanitarian coordinator for Sudan, Clementine Nkweta-Salami,", "The mayor of Kyiv,
/// Vitali Klitschko,": the role of a place, then the comma before the name at `a`. The role's
/// token.
pub(super) fn role_of_place_before(sentence: &str, tokens: &[Token], a: usize) -> Option<usize> {
    let comma = a.checked_sub(1)?;
    if tokens[comma].trail != Trail::Comma || !tokens[comma].capital {
        return None;
    }
    // Back over the place's words ("Sudan", "the Bank of England", "Humanitarian Affairs and
    // Poverty Alleviation") to its preposition.
    let mut k = comma;
    while k > 0 && comma - k < 7 {
        let prev = &tokens[k - 1];
        if !prev.joins_next() || prev.quoted {
            return None;
        }
        let word = prev.bytes(sentence);
        if matches!(word, b"of" | b"for" | b"in" | b"at") && k >= 2 && tokens[k - 2].is(ROLE) {
            return tokens[k - 2].joins_next().then_some(k - 2);
        }
        if !(prev.capital || matches!(word, b"the" | b"of" | b"and")) {
            return None;
        }
        k -= 1;
    }
    None
}

/// "Brandon del Pozo, an assistant professor of medicine, said": the role heading an
/// appositive that opens with an article after the name ending at `b` (the role's token).
pub(super) fn role_after(sentence: &str, tokens: &[Token], b: usize) -> Option<usize> {
    if tokens[b].trail != Trail::Comma
        || !matches!(tokens.get(b + 1)?.text(sentence), "a" | "an" | "the")
    {
        return None;
    }
    let mut k = b + 2;
    while k < tokens.len() && k < b + 7 && !tokens[k].quoted {
        let token = &tokens[k];
        // The head is the last word of the phrase or the word before its preposition ("a
        // local army commander,", "the director of the institute").
        let head = token.trail == Trail::Comma
            || token.joins_next()
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.text(sentence), "of" | "for" | "at" | "in"));
        // ("Adamawa States, the Minister of Humanitarian Affairs, Prof. Nentawe Yilwatda,": a
        // name after the appositive holds its role.)
        if head {
            let close = (k..tokens.len().min(k + 8)).find(|&c| tokens[c].trail != Trail::None);
            let named_after = close.is_some_and(|c| {
                tokens[c].trail == Trail::Comma && tokens.get(c + 1).is_some_and(|t| t.capital)
            });
            return (token.is(ROLE) && !named_after).then_some(k);
        }
        if !token.joins_next() {
            return None;
        }
        k += 1;
    }
    None
}

/// A run `a..=b` right after "<role> of" or "<role> of the" that starts with the words of the
/// office ("State", "Foreign Affairs", "the Exchequer") or a body of one word ("Ofqual") and
/// ends with a name: that name, the role its holder's. `None` for any other run ("the mayor of Kyiv", "Minister of Defence").
pub(super) fn office_of(sentence: &str, tokens: &[Token], a: usize, b: usize) -> Option<NameRun> {
    let mut of = a.checked_sub(1)?;
    if tokens[of].bytes(sentence) == b"the" {
        of = of.checked_sub(1)?;
    }
    let role = of.checked_sub(1)?;
    let is_role = tokens[role].is(ROLE)
        || tokens[role].hyphenated && is_compound_role(tokens[role].text(sentence));
    if tokens[of].bytes(sentence) != b"of" || !is_role || !tokens[role].joins_next() {
        return None;
    }
    // ("Director-General of Ofqual Amy Rees": a title before a name, a body of one word, then a
    // name of two; "the mayor of Kyiv Vitali Klitschko" is left as it was read.)
    let one_body = tokens[role].capital
        && b == a + 2
        && (a..=b).all(|k| tokens[k].capital && !tokens[k].is(ROLE));
    // (An office alone, "Secretary of State said", is left as it was read.)
    let office_end = (a..b)
        .rev()
        .find(|&k| is_office_word(tokens[k].text(sentence)))
        .or(one_body.then_some(a))
        // ("the Governor of the State of California": an office's name, no person's.)
        .filter(|&k| tokens[k + 1].capital)?;
    Some(NameRun {
        first: office_end + 1,
        last: b,
        role: Some((role, role)),
        qualifier: None,
        after_the: false,
    })
}

/// The words of an office after "Secretary of", "Minister of", "Chancellor of the": a
/// government's portfolios and bodies.
fn is_office_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "state",
        "states",
        "defense",
        "defence",
        "foreign",
        "affairs",
        "health",
        "justice",
        "interior",
        "finance",
        "treasury",
        "energy",
        "commerce",
        "labor",
        "labour",
        "education",
        "agriculture",
        "transport",
        "transportation",
        "homeland",
        "security",
        "intelligence",
        "exchequer",
        "staff",
        "environment",
        "trade",
        "economy",
        "housing",
        "veterans",
        "culture",
        "war",
        "navy",
        "army",
        "police",
        "services",
        "development",
        // "Leader of Opposition Vijay Wadettiwar".
        "opposition",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}
