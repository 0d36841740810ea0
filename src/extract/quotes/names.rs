//! Capitalised names in a sentence, each with the role and qualifier written before it
//! ("Kremlin spokesman Dmitry Peskov", "Ukraine’s President, Volodymyr Zelensky", "U.S.
//! President Joe Biden").

use std::borrow::Cow;

use super::lexicon::{DESCRIPTOR, FUNCTION_WORD, ORGANISATION_HEAD, ROLE};
use super::roles;
use super::tokens::{Token, Trail};

/// A capitalised name in a sentence, with the role and qualifier written before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRun {
    /// Token index of the name's first word.
    pub first: usize,
    /// Token index of the name's last word.
    pub last: usize,
    /// Token range (inclusive) of the role words, if any.
    pub role: Option<(usize, usize)>,
    /// Token range (inclusive) of the qualifier before the role, if any.
    pub qualifier: Option<(usize, usize)>,
    /// The word before the name is "the".
    pub after_the: bool,
}

/// The capitalised names of a sentence, each with the role written before it.
pub fn name_runs(sentence: &str, tokens: &[Token], out: &mut Vec<NameRun>) {
    out.clear();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) || is_never_name(sentence, &tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut joins = 0;
        while j + 1 < tokens.len()
            && (tokens[j].joins_next() || suffixes::owns_organisation(sentence, tokens, j))
            && !tokens[j + 1].opened
        {
            // (A prefixed name is in lower case and has a hyphen: only such a word's text is
            // asked whether it is one.)
            let next = &tokens[j + 1];
            let name_word = match is_name_word(next) {
                true => !is_never_name(sentence, next),
                false => next.hyphenated && is_prefixed_name(next.text(sentence)),
            };
            if name_word {
                j += 1;
                continue;
            }
            // "von der Leyen": one particle or two, then a name word.
            let mut k = j + 1;
            while k < j + 3
                && k + 1 < tokens.len()
                && is_particle_token(sentence, &tokens[k])
                && tokens[k].joins_next()
            {
                k += 1;
            }
            if k > j + 1 && is_name_word(&tokens[k]) {
                j = k;
            } else if let Some(k) = spelled_with_and(sentence, tokens, i, j) {
                j = k;
            } else if let Some(k) = peer_of(sentence, tokens, i, j) {
                j = k;
            } else if let Some(k) = organisation_of(sentence, tokens, i, j, &mut joins) {
                j = k;
            } else {
                break;
            }
        }
        // The postnominals that end the name ("Jonathan Pryce KC"): no words of it.
        let end = j;
        while j > i
            // (Every postnominal has 2 to 4 bytes: most words are ruled out by their length.)
            && (2..=4).contains(&tokens[j].byte_len())
            && suffixes::is_postnominal(tokens[j].text(sentence))
            && tokens[j - 1].joins_next()
        {
            j -= 1;
        }
        if let Some(run) = shape_run(sentence, tokens, i, j) {
            out.push(run);
        }
        i = end + 1;
    }
}

/// "Bureau of Labor Statistics", "Office for the Coordination of Humanitarian Affairs",
/// "Centers for Disease Control and Prevention": an organisation's head word, then "of" or "for"
/// (and "the"), then a name, is one name. Where the name after the run's word at `j` goes on,
/// if it does; `joins` counts the prepositions joined (two at most; "and" only inside a "for"
/// name, before its last word, and last). The run started at `start`.
fn organisation_of(
    sentence: &str,
    tokens: &[Token],
    start: usize,
    j: usize,
    joins: &mut u8,
) -> Option<usize> {
    let word = &tokens[j];
    let link = tokens.get(j + 1)?;
    if !word.capital || !link.joins_next() || *joins >= 2 {
        return None;
    }
    let link_word = link.bytes(sentence);
    let mut k = j + 2;
    if link_word == b"and" {
        // ("… for Disease Control and Prevention said"; not "the Bank of England and Goldman
        // Sachs", which "and" ends.)
        let last = tokens.get(k)?;
        // (An acronym in brackets may follow: "… on Drugs and Crime (UNODC)".)
        let ends = !last.joins_next() || tokens.get(k + 1).is_none_or(|t| !t.capital || t.opened);
        let fits = *joins == 1
            && last.capital
            && !last.is(ORGANISATION_HEAD)
            && !last.is(FUNCTION_WORD)
            && ends
            && tokens[start..j]
                .iter()
                .any(|t| matches!(t.text(sentence), "for" | "on"));
        *joins = 2;
        return fits.then_some(k);
    }
    // ("The UN Office on Drugs and Crime", "the Committee on Climate Change": "on" after an
    // organisation's head, never a day's "the Board on Tuesday".)
    let on = link_word == b"on"
        && word.is(ORGANISATION_HEAD)
        && tokens
            .get(k)
            .is_some_and(|t| !crate::extract::dates::month_or_weekday(t.text(sentence)));
    if !(matches!(link_word, b"of" | b"for") || on) || *joins == 0 && !word.is(ORGANISATION_HEAD) {
        return None;
    }
    if tokens.get(k)?.text(sentence) == "the" && tokens[k].joins_next() {
        k += 1;
    }
    let name = tokens.get(k)?;
    let fits = name.capital && !name.opened && !name.quoted && !name.is(FUNCTION_WORD);
    *joins += 1;
    fits.then_some(k)
}

/// "the National Oceanic and Atmospheric Administration (NOAA)": a name with "and" inside it is
/// one name when the acronym in brackets after it spells all of it ("France and Germany" are
/// two). The last word of the name after "and", if the run `start..=j` opens such a name.
fn spelled_with_and(sentence: &str, tokens: &[Token], start: usize, j: usize) -> Option<usize> {
    let and = tokens.get(j + 1)?;
    if and.bytes(sentence) != b"and" || !and.joins_next() {
        return None;
    }
    // "Avon and Somerset Police", "Devon and Cornwall Constabulary": a police force named for
    // two places.
    let (second, force) = (tokens.get(j + 2)?, tokens.get(j + 3));
    if j == start
        && second.capital
        && second.joins_next()
        && force.is_some_and(|t| matches!(t.text(sentence), "Police" | "Constabulary"))
    {
        return Some(j + 3);
    }
    // ("… Administration (NOAA)": the bracket opens the token after the name.)
    let mut k = j + 2;
    while k < j + 6 {
        let word = tokens.get(k)?;
        if !word.capital || word.opened || word.quoted || !tokens[k - 1].joins_next() {
            break;
        }
        k += 1;
    }
    let (last, acronym) = (k - 1, tokens.get(k)?);
    if last < j + 2 || !acronym.opened || !tokens[last].joins_next() {
        return None;
    }
    // ("The Health and Safety Executive (HSE)": a sentence's capitalised "The" is no word of it.)
    let initials: String = tokens[start..=last]
        .iter()
        .filter(|t| t.capital && !t.is(FUNCTION_WORD))
        .filter_map(|t| t.text(sentence).chars().next())
        .collect();
    let spelled = acronym.text(sentence);
    (initials.chars().count() >= 3 && spelled == initials).then_some(last)
}

/// "Lord Falconer of Thoroton", "Baroness Hale of Richmond": a peer's title and name, then "of"
/// and the place of the title, are one name. The place's token, if the run `start..=j` is a
/// peer's title and one name.
fn peer_of(sentence: &str, tokens: &[Token], start: usize, j: usize) -> Option<usize> {
    let place = tokens.get(j + 2)?;
    let fits = j == start + 1
        && matches!(tokens[start].text(sentence), "Lord" | "Baroness")
        && tokens[j + 1].text(sentence) == "of"
        && tokens[j + 1].joins_next()
        && place.capital
        && !place.opened
        && !place.quoted
        && !place.is(FUNCTION_WORD);
    fits.then_some(j + 2)
}

/// Splits a capitalised run into qualifier, role and name, or finds the role just before it.
fn shape_run(sentence: &str, tokens: &[Token], mut a: usize, b: usize) -> Option<NameRun> {
    let run_start = a;
    // (Only a particle in the run is in lower case, and no particle is a function word or a
    // descriptor.)
    while a <= b && tokens[a].capital && tokens[a].is(FUNCTION_WORD) {
        a += 1;
    }
    // "Chipmaker Voltara Inc.": a common noun before a name of two or more words.
    if a + 1 < b && tokens[a].capital && tokens[a].is(DESCRIPTOR) {
        a += 1;
    }
    // "Republican Kari Lindqvist", "Democrat Alvarez": a party's label before a person's name
    // (not "Republican National Committee", "Labour Party").
    let mut party = None;
    while a < b
        && tokens[a].capital
        && is_party_label(tokens[a].text(sentence))
        && !(tokens[b].capital && tokens[b].is(ORGANISATION_HEAD))
        // ("Democrat Democrats": a label is no name.)
        && !is_party_label(tokens[a + 1].text(sentence).trim_end_matches('s'))
    {
        party = Some(a);
        a += 1;
    }
    if a > b {
        return None;
    }
    // (A knight's or a dame's title, or a chief's in capitals right before a name, is a role
    // before a name, never its last word.)
    // ("National Association of Head Teachers": a role's word right after an organisation's
    // "of" or "for" names its members; it holds no office.)
    let is_role = |k: usize| {
        let role = tokens[k].is(ROLE)
            || tokens[k].hyphenated && roles::is_compound_role(tokens[k].text(sentence))
            || k < b && is_title_before_name(sentence, tokens, k);
        // (Asked of a role only: most words of a run are none.)
        role && !(k > run_start && matches!(tokens[k - 1].bytes(sentence), b"of" | b"for"))
    };
    // ("the Health and Safety Executive (HSE)": a name its acronym spells with its "and" is
    // an organisation's, whatever its last word.)
    let spelled = tokens[a..b]
        .iter()
        .any(|t| !t.capital && t.text(sentence) == "and");
    if is_role(b) && !spelled && !(b > a && suffixes::ends_in_surname(sentence, tokens, a, b)) {
        return None; // "President," or "U.S. President", "the Prime Minister": a description
    }
    // A role inside the run: "U.S. President Joe Biden", "Vice President JD Vance" (not a
    // role's word that opens an organisation's name: "Premier League", "General Motors").
    if let Some(r) = (a..b).rev().find(|&k| is_role(k))
        && !suffixes::opens_organisation(sentence, tokens, r, b)
        && !(r + 1 == b && suffixes::owns_organisation(sentence, tokens, r))
    {
        let mut role_start = r;
        while role_start > a && is_role(role_start - 1) {
            role_start -= 1;
        }
        let mut qualifier = (role_start > a).then(|| (a, role_start - 1));
        // "Chief Minister Shri Devendra Fadnavis": the office is "chief minister", whose
        // holder "the Chief Minister" names; the courtesy title is no word of it.
        let mut role_end = r;
        while role_end > role_start && roles::is_courtesy_title(tokens[role_end].text(sentence)) {
            role_end -= 1;
        }
        if role_start == run_start {
            // "Army spokesman Brig. Gen. Nabil Abdallah": the run opens with its ranks, and the
            // role written before it in lower case is his too (it may tell his gender).
            (role_start, qualifier) = roles_before(tokens, role_start, qualifier);
            // "the Minister of Humanitarian Affairs, Prof. Nentawe Yilwatda": the office before
            // the comma is what "the minister" later names, more than the title.
            if role_start == run_start
                && let Some(office) = role_of_place_before(sentence, tokens, run_start)
            {
                (role_start, role_end, qualifier) = (office, office, None);
            }
        }
        return Some(NameRun {
            first: r + 1,
            last: b,
            role: Some((role_start, role_end)),
            qualifier,
            after_the: false,
        });
    }
    // "Secretary of State Antony Blinken", "Chancellor of the Exchequer Rachel Reeves": the
    // office's own words come first, then the name.
    if let Some(office) = office_of(sentence, tokens, run_start, b) {
        return Some(office);
    }
    let mut run = NameRun {
        first: a,
        last: b,
        role: None,
        qualifier: None,
        after_the: a > 0 && tokens[a - 1].bytes(sentence).eq_ignore_ascii_case(b"the"),
    };
    // A role just before it: "Kremlin spokesman Dmitry Peskov", "President, Volodymyr Zelensky".
    if a == run_start && a > 0 {
        let p = a - 1;
        let before = &tokens[p];
        if is_role(p) && !before.quoted && (before.joins_next() || before.trail == Trail::Comma) {
            let (mut role_start, mut qualifier) = roles_before(tokens, p + 1, None);
            if role_start > p {
                // "BBC director-general Tim Davie": a compound role is a role without being a
                // word of the role class, which `roles_before` reads: the role is that word,
                // and the capitalised word before it its qualifier.
                role_start = p;
                qualifier = (p > 0 && owns_role(&tokens[p - 1])).then(|| (p - 1, p - 1));
            }
            run.role = Some((role_start, p));
            run.qualifier = qualifier;
        } else if let Some(r) = role_of_place_before(sentence, tokens, a) {
            run.role = Some((r, r));
        }
    }
    if run.role.is_none()
        && let Some(p) = party
    {
        run.role = Some((p, p));
    }
    // "Brandon del Pozo, an assistant professor of medicine,": a role in an appositive after it.
    if run.role.is_none()
        && let Some(r) = role_after(sentence, tokens, b)
    {
        run.role = Some((r, r));
    }
    Some(run)
}

/// A party's label written before a politician's name as a title is ("Republican Kari
/// Lindqvist").
pub(super) fn is_party_label(word: &str) -> bool {
    matches!(
        word,
        "Republican" | "Democrat" | "Labour" | "Conservative" | "Tory" | "Libertarian"
    )
}

/// The role words written just before token `k` and joined to it ("Kremlin spokesman", "U.S.
/// Secretary"), and the capitalised qualifier before them: the role's first token and the
/// qualifier (`qualifier` when there is no such role word).
fn roles_before(
    tokens: &[Token],
    k: usize,
    qualifier: Option<(usize, usize)>,
) -> (usize, Option<(usize, usize)>) {
    let mut role_start = k;
    while role_start > 0
        && tokens[role_start - 1].is(ROLE)
        && !tokens[role_start - 1].quoted
        && (tokens[role_start - 1].joins_next() || role_start == k)
    {
        role_start -= 1;
    }
    if role_start == k || role_start == 0 {
        return (role_start, qualifier);
    }
    let own = owns_role(&tokens[role_start - 1]);
    (role_start, own.then_some((role_start - 1, role_start - 1)))
}

/// A capitalised word joined to the role after it, which says whose role it is ("Kremlin
/// spokesman", "BBC director-general").
fn owns_role(q: &Token) -> bool {
    q.capital && (q.joins_next() || q.possessive) && !q.is(FUNCTION_WORD)
}

/// A capitalised word that can be part of a name ("Trump", "JD", "U.S.", "O’Brien"): one with a
/// letter, which a capitalised word has (Unicode's upper-case letters are all alphabetic).
fn is_name_word(token: &Token) -> bool {
    token.capital
}

/// A capitalised word no name holds: a month shortened with its stop ("Dec.", "Sept."), the
/// participle of a dateline ("Published Dec. 14, 2025", "Updated", "Posted"), and the pronoun
/// "I" contracted ("President, I'd like…", "since I've been President": the office before it
/// names no one; "Elizabeth I" keeps its numeral).
///
/// Read from the word's bytes: asked of every capitalised word, most of which are names, and
/// only a month's abbreviation needs its text.
fn is_never_name(sentence: &str, token: &Token) -> bool {
    match token.bytes(sentence) {
        // "I'" or "I’" (U+2019).
        [b'I', b'\'', ..] | [b'I', 0xE2, 0x80, 0x99, ..] => true,
        [.., b'.'] => {
            let word = token.text(sentence);
            crate::extract::dates::is_month_abbreviation(&word[..word.len() - 1])
        }
        word => matches!(word, b"Published" | b"Updated" | b"Posted" | b"Modified"),
    }
}

/// Lower-case words inside names ("Ludwig van Beethoven", "Charles de Gaulle").
pub(super) fn is_particle(word: &str) -> bool {
    // (Every particle has two or three letters: most words are ruled out by their length.)
    (2..=3).contains(&word.len())
        && matches!(
            word,
            "de" | "van"
                | "von"
                | "der"
                | "den"
                | "da"
                | "di"
                | "du"
                | "del"
                | "dos"
                | "bin"
                | "ibn"
                | "al"
                | "le"
                | "la"
        )
}

/// [`is_particle`] of a token, ruled out by its length (two or three bytes) before its text is
/// sliced: most words are.
pub(super) fn is_particle_token(sentence: &str, token: &Token) -> bool {
    (2..=3).contains(&token.byte_len()) && is_particle(token.text(sentence))
}

/// A name with a lower-case particle joined to it, inside a name ("Bashar al-Assad", "Abdel
/// Fattah el-Sisi"): a name's word, though not one to start a name.
pub fn is_prefixed_name(word: &str) -> bool {
    // The hyphen is the third or fourth byte: most words are ruled out by that alone.
    let b = word.as_bytes();
    if b.len() < 4 || b[2] != b'-' && b[3] != b'-' {
        return false;
    }
    ["al-", "el-", "ad-", "as-", "ash-", "bin-"]
        .iter()
        .any(|prefix| {
            word.strip_prefix(prefix)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// The words `tokens[a..=b]` joined by single spaces (borrowed when the text already is).
pub fn name_text<'a>(sentence: &'a str, tokens: &[Token], a: usize, b: usize) -> Cow<'a, str> {
    // ("London School of Hygiene & Tropical Medicine" keeps its "&".)
    let single_spaced = tokens[a..b]
        .iter()
        .zip(&tokens[a + 1..=b])
        .all(|(t, next)| {
            // ("Sheriff's Department" keeps its possessive ending.)
            let gap = match t.possessive {
                true => sentence[t.end..next.start].trim_start_matches(['\'', '\u{2019}', 's']),
                false => &sentence[t.end..next.start],
            };
            gap == " " || gap == " & "
        });
    if single_spaced {
        return Cow::Borrowed(&sentence[tokens[a].start..tokens[b].end]);
    }
    let mut name = String::with_capacity(tokens[b].end - tokens[a].start);
    for (k, token) in tokens[a..=b].iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(token.text(sentence));
    }
    Cow::Owned(name)
}

mod offices;
mod suffixes;
mod titles;
use offices::{office_of, role_after, role_of_place_before};
pub(super) use suffixes::postnominals_after;
use titles::is_title_before_name;

#[cfg(test)]
mod tests;
