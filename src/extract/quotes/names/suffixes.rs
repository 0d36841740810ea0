//! What may follow a person's name and is no word of it: a postnominal ("Jonathan Pryce KC",
//! "Jess Phillips MP", "Martin Luther King Jr."), and the titles that are common surnames too
//! ("Imran Sheikh", "Stephen King"); and the role words that open an organisation's name
//! ("Premier League", "Sheriff's Department").

use super::super::lexicon::{FUNCTION_WORD, ORGANISATION_HEAD, ROLE};
use super::super::tokens::{Token, Trail};

/// Letters written after a name for an honour, a rank, a seat or a degree (exact case).
#[inline]
pub(in crate::extract::quotes) fn is_postnominal(word: &str) -> bool {
    // Every one is 2 to 4 bytes long and opens with a capital: most words are ruled out by that.
    (2..=4).contains(&word.len())
        && word.as_bytes()[0].is_ascii_uppercase()
        && matches!(
            word,
            "KC" | "QC"
                | "MP"
                | "MEP"
                | "MSP"
                | "MLA"
                | "OBE"
                | "MBE"
                | "CBE"
                | "KBE"
                | "DBE"
                | "FRS"
                | "PhD"
                | "Jr."
                | "Jr"
                | "Sr."
        )
}

/// The last token of the postnominals right after the name word at `j`, when they end the name
/// ("Jonathan Pryce KC, said", "Martin Kerrigan KC jailed"); `None` when none follows, or the
/// name goes on after them ("Labour MP Jess Phillips": "MP" is a title there).
#[inline(always)]
pub(in crate::extract::quotes) fn postnominals_after(
    sentence: &str,
    tokens: &[Token],
    j: usize,
) -> Option<usize> {
    // Most names are followed by no short capitalised word: ruled out without a call.
    let next = tokens.get(j + 1)?;
    if !next.capital || !(2..=4).contains(&(next.end - next.start)) || !tokens[j].joins_next() {
        return None;
    }
    postnominals_from(sentence, tokens, j)
}

/// [`postnominals_after`] once a short capitalised word follows the name.
fn postnominals_from(sentence: &str, tokens: &[Token], j: usize) -> Option<usize> {
    let mut end = j;
    while tokens[end].joins_next()
        && tokens
            .get(end + 1)
            .is_some_and(|t| !t.quoted && is_postnominal(t.text(sentence)))
    {
        end += 1;
    }
    let goes_on = tokens[end].joins_next() && tokens.get(end + 1).is_some_and(|t| t.capital);
    (end > j && !goes_on).then_some(end)
}

/// A title that is a common surname too, which ends a name of two words as a surname does
/// ("Imran Sheikh", "Stephen King", "Mark Bishop"); at a name's start it is the title ("Sheikh
/// Tamim", "King Charles").
fn is_surname_title(word: &str) -> bool {
    matches!(word, "Sheikh" | "King" | "Bishop")
}

/// Whether the run `a..=b`, which ends in a role word, is a person's name all the same: a
/// postnominal follows it ("Martin Luther King Jr."), or it is a given name and a surname that
/// is a title too ("Imran Sheikh", not "the Saudi King", "Crown Prince", "U.S. President").
pub(in crate::extract::quotes) fn ends_in_surname(
    sentence: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
) -> bool {
    if postnominals_after(sentence, tokens, b).is_some() {
        return true;
    }
    if b != a + 1 {
        return false;
    }
    let given = &tokens[b - 1];
    let after_the = a > 0 && tokens[a - 1].text(sentence).eq_ignore_ascii_case("the");
    let title_before = given.is(ROLE) || given.is(FUNCTION_WORD) || given.possessive;
    is_surname_title(tokens[b].text(sentence)) && !title_before && !after_the
}

/// Whether the role word at `r`, right before the run's last word at `b`, opens an organisation's
/// name with it ("Premier League", "General Motors", "Justice Department", "General Assembly"):
/// a role that is an adjective too, then an organisation's head ("Senator Church" is a person).
pub(in crate::extract::quotes) fn opens_organisation(
    sentence: &str,
    tokens: &[Token],
    r: usize,
    b: usize,
) -> bool {
    r + 1 == b
        && tokens[b].capital
        && tokens[b].is(ORGANISATION_HEAD)
        && matches!(
            tokens[r].text(sentence),
            "Premier" | "General" | "Justice" | "Chief" | "Prime"
        )
}

/// "Sheriff's Department", "Governor's Office", "Children's Hospital": a role or a word for
/// people, possessive, then an organisation's head, are one name (the office of the role, not
/// its holder's department: "Ukraine's Defence Ministry" stays the ministry of a place).
pub(in crate::extract::quotes) fn owns_organisation(
    sentence: &str,
    tokens: &[Token],
    j: usize,
) -> bool {
    let (owner, next) = (&tokens[j], tokens.get(j + 1));
    owner.possessive
        && owner.capital
        && owner.trail == Trail::None
        && !owner.quoted
        && next.is_some_and(|t| t.capital && !t.quoted && t.is(ORGANISATION_HEAD))
        && (owner.is(ROLE)
            || matches!(
                owner.text(sentence),
                "Children" | "Women" | "Men" | "People" | "Workers" | "Veterans"
            ))
}
