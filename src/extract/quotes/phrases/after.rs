//! The phrase after an inverted speech verb ("…, said Susan Hough", "according to the Department
//! of Health"), the name after its role ("…, said the mayor of Kyiv, Vitali Klitschko."), and
//! where such a phrase must end.

use super::super::Cue;
use super::super::names;
use super::super::roles;
use super::super::tokens::{Token, Trail};
use super::super::words;
use super::is_modifier;

/// The noun phrase starting at token `k` ("Susan Hough", "the spokesman", "state media").
pub(in crate::extract::quotes) fn phrase_after(
    sentence: &str,
    tokens: &[Token],
    k: usize,
) -> Option<Cue> {
    let first = k;
    let mut j = k;
    let mut saw_name = false;
    // Words after a possessive name ("Ukraine's air force", "the country's health ministry").
    let mut owned = 0;
    // Where the words counted towards the phrase's length start: the maker's name after "a
    // study by" ("… by the Harvard T.H. Chan School of Public Health") counts alone.
    let mut counted_from = first;
    // Where a name owned by the phrase's first words starts.
    let mut named_from = None;
    while j < tokens.len() && j - counted_from < 8 {
        let token = &tokens[j];
        if token.quoted {
            break;
        }
        // "the European Union's Copernicus Climate Change Service", "Apple's Tim Cook": a name
        // owned is the source, which its owner only places.
        if owned == 1 && token.capital && !words::is_capitalised_function_word(token.text(sentence))
        {
            owned = 0;
            named_from = Some(j);
            counted_from = j;
        }
        if owned > 0 {
            let word = token.text(sentence);
            if owned > 3 || !(is_modifier(word) || roles::is_role(word)) {
                break;
            }
            owned += 1;
            j += 1;
            if !token.joins_next() {
                break;
            }
            continue;
        }
        let word = token.text(sentence);
        // "the Department of Health", "Sarah Jones of the University of Oxford", "a statement
        // from the Kremlin": a name's or a statement's "of" / "from" and the name after it.
        let next_named = |k: usize| {
            let next = tokens.get(k).filter(|t| t.text(sentence) != "the");
            next.or_else(|| tokens.get(k + 1))
                .is_some_and(|t| t.capital && !t.quoted)
        };
        let tied = j > first
            && !tokens[j - 1].quoted
            && tokens[j - 1].joins_next()
            // ("an exit poll by Ipsos for the BBC": "for" ties an organisation's head to its
            // field, "Centers for Disease Control", not a client to its pollster.)
            && (word == "of" && saw_name
                || word == "for" && saw_name && {
                    let head = tokens[j - 1].text(sentence);
                    roles::is_organisation_head(head) || roles::is_role(head)
                }
                || matches!(word, "from" | "by")
                    && words::is_source_noun(&tokens[j - 1].text(sentence).to_lowercase())
                // ("according to analysts at Jefferies": people with a role where they work.)
                || word == "at" && !saw_name && {
                    let people = tokens[j - 1].text(sentence);
                    people.strip_suffix('s').is_some_and(roles::is_role)
                })
            && (next_named(j + 1)
                // ("figures from the city council": a body in lower case makes them too.)
                || matches!(word, "from" | "by") && body_after(sentence, tokens, j + 1));
        if tied {
            j += 1;
            if tokens.get(j).is_some_and(|t| t.text(sentence) == "the") {
                j += 1;
            }
            if matches!(word, "from" | "by") {
                counted_from = j;
            }
            continue;
        }
        let fits = if token.capital {
            !words::is_capitalised_function_word(word) || j == first && word == "The"
        } else {
            j == first && matches!(word, "the" | "a" | "an" | "one")
                // "Brandon del Pozo", "Bashar al-Assad": a particle inside a name.
                || saw_name
                    && (tokens[j - 1].capital || names::is_particle(tokens[j - 1].text(sentence)))
                    && in_name(sentence, tokens, j)
                // ("according to the Office of Rail and Road", "France and Germany": a name
                // with "and" inside it, or two names, which the resolver reads.)
                || word == "and"
                    && saw_name
                    && tokens[j - 1].capital
                    && tokens.get(j + 1).is_some_and(|t| {
                        t.capital && !t.quoted && !words::is_capitalised_function_word(t.text(sentence))
                    })
                || roles::is_role(word)
                // ("a tally by": a source noun may look like an adverb.)
                || !saw_name
                    && (is_modifier(word) || words::is_source_noun(word))
                    && j - counted_from < 3
        };
        if !fits {
            break;
        }
        saw_name |= token.capital;
        // ("an analysis by the city's budget office": the maker's "the".)
        let the = |k: usize| tokens[k].text(sentence).eq_ignore_ascii_case("the");
        let owner = saw_name || the(first) || counted_from > first && the(counted_from - 1);
        if owner && token.possessive && token.trail == Trail::None && j + 1 < tokens.len() {
            owned = 1;
            j += 1;
            continue;
        }
        if !token.joins_next() {
            j += 1;
            break;
        }
        j += 1;
    }
    // What a possessive name owns speaks when it is a body or a role ("Ukraine's air force",
    // "the country's health ministry"), else the owner does ("the Central Statistics Office's
    // consumer price index").
    if owned > 1 {
        let last = tokens[j - 1].text(sentence);
        // ("the camp's coordinators": people with a role speak too.)
        let role = roles::is_role(last) || last.strip_suffix('s').is_some_and(roles::is_role);
        if !(roles::is_organisation_head(last) || role) {
            j -= owned - 1;
        }
    }
    // Trim a trailing determiner or modifier left without its noun.
    while j > first && {
        let w = tokens[j - 1].text(sentence);
        matches!(w, "the" | "The" | "a" | "an" | "one")
    } {
        j -= 1;
    }
    if !saw_name && owned == 0 && cut_before_noun(sentence, tokens, j) {
        return None;
    }
    if j > first
        && let Some(by) = published_by(sentence, tokens, j)
    {
        return phrase_after(sentence, tokens, by + 1);
    }
    (j > first).then(|| Cue {
        first: named_from.filter(|&n| n < j).unwrap_or(first),
        last: j - 1,
    })
}

/// Whether a phrase of common nouns that ends before token `j` stopped short of its noun: on a
/// modifier past the words it may hold ("according to a large international trial"), or on a
/// participle before one ("a large randomised trial"); "a large" names no one. ("a study
/// published in …" ends at its noun.)
fn cut_before_noun(sentence: &str, tokens: &[Token], j: usize) -> bool {
    let (Some(prev), Some(stop)) = (j.checked_sub(1).map(|p| &tokens[p]), tokens.get(j)) else {
        return false;
    };
    if !prev.joins_next() || stop.capital || stop.quoted {
        return false;
    }
    let word = stop.text(sentence);
    let noun_next = || {
        stop.joins_next()
            && tokens
                .get(j + 1)
                .is_some_and(|t| !t.capital && !t.quoted && is_modifier(t.text(sentence)))
    };
    is_modifier(word) || word.ends_with("ed") && noun_next()
}

/// "provisional data released Wednesday by the Centers for …", "plans released by the state":
/// a thing published by someone, whose words start at `k` ("released …"). The token of "by".
fn published_by(sentence: &str, tokens: &[Token], k: usize) -> Option<usize> {
    if !tokens[k - 1].joins_next() {
        return None;
    }
    let verb = tokens.get(k)?.text(sentence);
    if !matches!(
        verb,
        "released" | "published" | "issued" | "compiled" | "collected" | "provided" | "produced"
    ) {
        return None;
    }
    // ("released Wednesday by", "published last week by": when, then "by".)
    (k + 1..tokens.len().min(k + 5))
        .take_while(|&i| !tokens[i].quoted && (i == k + 1 || tokens[i - 1].joins_next()))
        .find(|&i| tokens[i].text(sentence) == "by")
        .filter(|&by| by + 1 < tokens.len())
}

/// Whether the lower-case word at `k` is part of a name: "al-Assad", or one particle or two
/// then a capitalised word ("del Pozo", "von der Leyen").
pub(in crate::extract::quotes) fn in_name(sentence: &str, tokens: &[Token], k: usize) -> bool {
    if names::is_prefixed_name(tokens[k].text(sentence)) {
        return true;
    }
    let mut j = k;
    while j < k + 2 && names::is_particle(tokens[j].text(sentence)) && tokens[j].joins_next() {
        match tokens.get(j + 1) {
            Some(next) if next.capital && !next.quoted => return true,
            Some(_) => j += 1,
            None => return false,
        }
    }
    false
}

/// The name after an inverted speaker's role, when it ends the clause: "…, said the regional
/// governor, Oleh Syniehubov." and "…, said the mayor of Kyiv, Vitali Klitschko." (the role's
/// place, of a few words, comes before the comma).
pub(in crate::extract::quotes) fn name_after_role(
    sentence: &str,
    tokens: &[Token],
    cue: &Cue,
) -> Option<Cue> {
    if !roles::is_role(tokens[cue.last].text(sentence)) {
        return None;
    }
    let mut comma = cue.last;
    if tokens[comma].trail != Trail::Comma {
        if !matches!(
            tokens.get(comma + 1)?.text(sentence),
            "of" | "in" | "for" | "at"
        ) {
            return None;
        }
        comma = (comma + 2..tokens.len().min(comma + 8))
            .find(|&i| tokens[i].trail != Trail::None || tokens[i].quoted)?;
        if tokens[comma].trail != Trail::Comma || tokens[comma].quoted {
            return None;
        }
    }
    let first = comma + 1;
    for last in first..tokens.len().min(first + 4) {
        let token = &tokens[last];
        let word = token.text(sentence);
        let name_word = (token.capital && !words::is_capitalised_function_word(word)
            || last > first && in_name(sentence, tokens, last))
            && !token.quoted
            && !token.possessive;
        if !name_word {
            return None;
        }
        if token.trail != Trail::None || last + 1 == tokens.len() {
            return (token.trail != Trail::Dash).then_some(Cue { first, last });
        }
    }
    None
}

/// "…, said its board chair, Linda Cruz.": after an owner's pronoun at `k`, a role of a few
/// words in lower case, then the name after it; the name (the pronoun's role alone names
/// no one the article can look up).
pub(in crate::extract::quotes) fn name_after_owned_role(
    sentence: &str,
    tokens: &[Token],
    k: usize,
) -> Option<Cue> {
    let owner = tokens.get(k)?;
    if owner.quoted
        || !matches!(
            owner.text(sentence),
            "its" | "his" | "her" | "their" | "our"
        )
    {
        return None;
    }
    let last = (k + 1..tokens.len().min(k + 4)).find(|&i| !tokens[i].joins_next())?;
    let plain = tokens[k + 1..=last]
        .iter()
        .all(|t| !t.capital && !t.quoted && !t.possessive);
    if !plain || tokens[last].trail != Trail::Comma {
        return None;
    }
    name_after_role(sentence, tokens, &Cue { first: k + 1, last })
}

/// Whether an inverted speaker phrase (`"…, said the spokesman"`) ends where such a phrase
/// ends: at the end of the sentence or a clause, before a quotation, or before words saying
/// where, when or how ("said Susan Hough on Tuesday"). "…, said the alert reached phones" is a
/// reported clause, not its speaker.
pub(in crate::extract::quotes) fn closes_inversion(
    sentence: &str,
    tokens: &[Token],
    cue: &Cue,
) -> bool {
    let last = &tokens[cue.last];
    let Some(next) = tokens.get(cue.last + 1) else {
        return true;
    };
    last.trail != Trail::None
        || next.quoted
        || matches!(
            next.text(sentence),
            "on" | "in"
                | "at"
                | "during"
                | "after"
                | "before"
                | "to"
                | "of"
                | "from"
                | "for"
                | "with"
                | "who"
                | "whose"
                | "which"
                | "when"
                | "while"
                | "as"
                | "via"
                | "late"
                | "last"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "this"
                | "according"
        )
}

/// Whether the words from `k` are a body named in lower case ("the city council", "the health
/// ministry", "local police"): up to three words after an optional "the", the last of them an
/// organisation's head or a role.
fn body_after(sentence: &str, tokens: &[Token], k: usize) -> bool {
    let k = match tokens.get(k) {
        Some(t) if t.text(sentence) == "the" && t.joins_next() => k + 1,
        _ => k,
    };
    for token in tokens.iter().skip(k).take(3) {
        let word = token.text(sentence);
        if token.quoted || token.capital || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        if roles::is_organisation_head(word) || roles::is_role(word) {
            return true;
        }
        if !token.joins_next() {
            return false;
        }
    }
    false
}
