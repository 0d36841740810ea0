//! The noun a figure counts: the head of the phrase after it ("181 drones fired", "17 unmanned
//! aerial vehicles", "two great-grandchildren"), past a possessive ("all five of his party's MPs").

use super::words::{
    MORE_MARKERS, is_common_verb, is_crowd_verb, is_gap_word, is_ing_noun, is_more_marker,
    is_nominal_adjective, is_noun_in_eed, is_plural, is_plural_acronym, is_plural_lowered,
    is_postnominal, looks_verbal, verb_before_its_object,
};
use super::{After, UnitName, designation, unit};
use crate::claim::Measure;
use crate::extract::numbers::words::NumWord;
use crate::extract::tokens::{TokKind, Tokens, is_function_word, lower};

/// A lower-case word at `k` that a word before it can modify ("registered voters"), not a
/// name or a determiner ("watched Arsenal win", "signed the petition").
pub(super) fn noun_follows(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(TokKind::Word)
        && t.gap(k)
        && !t.is_capitalised(k)
        && !is_function_word(t.str(k))
}

/// The word `w` at `j`, right after a figure, says what a crowd did, so the figure's noun is
/// elsewhere: "A crowd of 60,254 watched Arsenal win", "with 35,000 watching", "20 flying off".
/// Before a noun a participle in -ing is the noun's modifier ("15 million working Americans",
/// "the 10 remaining hostages"), and so are a few crowd verbs ("2 million registered voters"). Only "one" comes before a singular noun in -ing
/// ("one meeting", "one hearing"), which stays a noun after it.
fn ends_before_a_crowd(t: &Tokens, j: usize, w: &str) -> bool {
    if is_crowd_verb(w) {
        // Only a few of them modify a noun ("500 signed copies"); the rest take the noun after
        // them as their object: "480,000 joined protests", "2,000 attended rallies".
        let modifier = matches!(w, "registered" | "signed" | "applied" | "turned");
        return !modifier || !noun_follows(t, j + 1);
    }
    // ("14 missing" are people, as "14 injured" are.)
    let participle =
        w.len() > 4 && w.ends_with("ing") && !is_ing_noun(w) && !is_nominal_adjective(w);
    let after_one = j >= 1 && (t.is(j - 1, "one") || t.str(j - 1) == "1");
    participle
        && !after_one
        && !(t.kind(j + 1) == Some(TokKind::Word)
            && t.gap(j + 1)
            && !super::super::figure::is_function_word_any_case(t.str(j + 1)))
}

/// The noun counted after "of" and a determiner, starting at token `j`: as [`counted_noun`],
/// past a possessive ("all five of his party's MPs": MPs, not the party).
pub(crate) fn owned_noun(t: &Tokens, j: usize) -> After {
    let found = counted_noun(t, j);
    let After::Unit(u) = found else {
        return found;
    };
    let k = u.last + 1;
    if !t.is_apostrophe(k) || t.gap(k) {
        return found;
    }
    let next = if t.str(k + 1) == "s" && !t.gap(k + 1) {
        k + 2
    } else {
        k + 1
    };
    match counted_noun(t, next) {
        After::Unit(owned) if t.gap(next) => After::Unit(owned),
        _ => found,
    }
}

/// The token after a possessive of up to four words starting at token `j` ("the state's",
/// "Florida's", "the United States'"): where what the owner has begins ("21 of the state's 67
/// counties").
pub(crate) fn after_possessive(t: &Tokens, j: usize) -> Option<usize> {
    let mut k = j;
    while k < j + 4 && t.kind(k) == Some(TokKind::Word) && (k == j || t.gap(k)) {
        k += 1;
        if t.is_apostrophe(k) && !t.gap(k) {
            let glued_s = t.str(k + 1) == "s" && !t.gap(k + 1);
            let next = if glued_s { k + 2 } else { k + 1 };
            return t.gap(next).then_some(next);
        }
    }
    None
}

/// The noun a figure counts, starting at token `j`: "drones" in "181 drones fired",
/// "vehicles" in "17 unmanned aerial vehicles", "people" in "40 injured people"; also after
/// "of" for indefinite amounts ("hundreds of Russian drones").
pub(crate) fn counted_noun(t: &Tokens, mut j: usize) -> After {
    let first = j;
    if t.is_any(j, MORE_MARKERS) {
        j += 1;
    }
    if let Some(found) = designation::designation(t, j) {
        return found;
    }
    const MAX: usize = 4;
    let mut words = [Word::default(); MAX];
    let mut n = 0;
    while n < MAX && t.kind(j) == Some(TokKind::Word) && (n == 0 || t.gap(j)) {
        // "18 U.S. soldiers", "30 U.K. nationals": a country's dotted initials modify the noun
        // after them, as "US" does, and are never the noun.
        if let Some(after) = dotted_initials(t, j) {
            j = after;
            continue;
        }
        let mut buf = [0u8; 24];
        let Some(w) = lower(t.str(j), &mut buf) else {
            // "the seven Sinn Féin MPs": a name's word beyond ASCII modifies the noun after
            // it (it is never the head itself: a plural must follow).
            if t.is_capitalised(j) {
                words[n] = Word::beyond_ascii(t, j, j);
                n += 1;
                j += 1;
                continue;
            }
            break;
        };
        // "three A-levels", "two U-turns": a capital letter joined to a word is no article.
        let lettered = t.str(j).len() == 1
            && t.is_capitalised(j)
            && t.is_joining_hyphen(j + 1)
            && t.kind(j + 2) == Some(TokKind::Word);
        if is_function_word(w) && !lettered
            || is_more_marker(w)
            || n > 0 && is_postnominal(w)
            || n == 0 && ends_before_a_crowd(t, j, w)
            || n == 0 && is_gap_word(w) && !noun_follows(t, j + 1)
            // ("13 points from the last 15 available": an adjective after its elided noun.)
            || n == 0 && matches!(w, "available" | "possible") && !noun_follows(t, j + 1)
            || n == 0 && verb_before_its_object(t, j)
            || crate::extract::dates::month_or_weekday(t.str(j))
        {
            break;
        }
        // "from 1,044,350 four years earlier": a number word not joined to the word after it
        // starts a figure of its own ("5,000 two-bedroom homes" counts homes; a scale word,
        // "six hundred millions of dollars", is read as it was).
        if !t.is_joining_hyphen(j + 1)
            && matches!(
                crate::extract::numbers::words::number_word(w.as_bytes()),
                Some(NumWord::Small(_) | NumWord::Tens(_))
            )
        {
            break;
        }
        // "the nine charges Pickles faced": a name after a lower-case plural starts a clause of
        // its own (the plural is the head, not a modifier of a surname in "s").
        if n > 0 && t.is_capitalised(j) && t.is_lower_word(words[n - 1].at) && words[n - 1].plural {
            break;
        }
        // "100,000 lose power": a verb right after the figure ends it, as one later ends the noun.
        if (n > 0 && looks_verbal(w)) || (n == 0 && is_common_verb(w)) {
            break;
        }
        // "city-center buildings": a hyphenated modifier counts as one word; its last part is
        // what may head the phrase.
        let mut end = j;
        while t.is_joining_hyphen(end + 1) && t.kind(end + 2) == Some(TokKind::Word) {
            end += 2;
        }
        words[n] = if end == j {
            // The checks above passed only a word that is no common verb, nor verbal after the
            // first: what is left of `looks_verbal` is its endings.
            let plural = is_plural_acronym(t.str(j)) || is_plural_lowered(w);
            Word::read(j, j, w, plural, false)
        } else {
            let mut buf = [0u8; 24];
            match lower(t.str(end), &mut buf) {
                Some(last) => {
                    let plural = is_plural_acronym(t.str(end)) || is_plural_lowered(last);
                    Word::read(j, end, last, plural, true)
                }
                None => Word::beyond_ascii(t, j, end),
            }
        };
        n += 1;
        j = end + 1;
        if !t.gap(j) && t.kind(j) != Some(TokKind::Punct) {
            break;
        }
    }
    // "Five analysts cut their ratings": a plural counts what a figure above one counts, so a
    // word after the last plural of the phrase is its verb or an adverb, not its head ("2 civil
    // rights quota bills" goes on to a plural; "one sales manager" is singular throughout).
    let after_one = first >= 1 && (t.is(first - 1, "one") || t.str(first - 1) == "1");
    if !after_one && let Some(p) = words[..n].iter().rposition(|w| w.plural) {
        n = p + 1;
    }
    // Trailing verbs and adverbs ("drones fired", "people killed") are not part of the noun.
    while n > 1 && (words[n - 1].verbal || words[n - 1].ing) {
        n -= 1;
    }
    if n == 0 || !words[n - 1].ascii {
        return After::Nothing;
    }
    if !after_one && n > 1 && verb_before_a_name(t, words[0].at, words[n - 1].at) {
        return After::Nothing;
    }
    // "243,290 UK 18-year-olds": a name before another number is no noun the figure counts.
    if words[n - 1].at + 1 == j
        && t.is_capitalised(words[n - 1].at)
        && t.gap(j)
        && t.kind(j) == Some(TokKind::Digits)
    {
        return After::Nothing;
    }
    let head = words[n - 1].at;
    if n == 1 && words[0].verbal {
        return After::Nothing;
    }
    let mut buf = [0u8; 24];
    let hw = lower(t.str(head), &mut buf).unwrap_or("");
    // "27 weather and climate disasters": a singular noun before "and" modifies the plural head
    // after it, as "climate" does.
    if head + 1 == j
        && !is_plural_lowered(hw)
        && let Some(shared) = coordinated_head(t, j)
    {
        return unit(UnitName::Token(shared), Measure::Count, shared);
    }
    // "three sitting days", "five working days": a length of time, whatever kind of day.
    if n > 1
        && let Some(plural) = super::time_unit(hw)
    {
        return unit(UnitName::Fixed(plural), Measure::Duration, head);
    }
    // "two great-grandchildren", "20 co-workers": a hyphenated head is counted whole.
    let start = words[n - 1].start;
    if start < head {
        // ("three A-levels" keeps its capital, as a designation does.)
        let lettered = t.str(start).len() == 1 && t.is_capitalised(start);
        let name = if lettered {
            UnitName::Designation(start, head)
        } else {
            UnitName::Compound(start, head)
        };
        return unit(name, Measure::Count, head);
    }
    unit(UnitName::Token(head), Measure::Count, head)
}

/// The phrase of two or more words from `first` to `head` after a figure is a verb and the name
/// of its object: "80,000 packed Wembley", "5,000 flooded Trafalgar Square" (a lower-case verb in
/// -ed, then a singular name). A plural name is what the figure counts ("2 million registered
/// Democrats", "30 injured Americans"), and in a title-cased headline the verb is capitalised too.
fn verb_before_a_name(t: &Tokens, first: usize, head: usize) -> bool {
    t.is_lower_word(first)
        && looks_verbal(t.str(first))
        && t.str(first).ends_with("ed")
        && t.is_capitalised(head)
        && !is_plural(t.str(head))
}

/// A word of the phrase [`counted_noun`] reads, with what it asks of the word: each is lowered
/// and classified once, not again for each question (the noun is looked for after every figure).
#[derive(Clone, Copy, Default)]
struct Word {
    /// Where the word starts: its first part, when parts are joined by hyphens.
    start: usize,
    /// Its last token, which may head the phrase.
    at: usize,
    /// The last token is within ASCII (and so was lowered).
    ascii: bool,
    /// [`is_plural`] of the last token as written.
    plural: bool,
    /// [`looks_verbal`] of the last token, lowered.
    verbal: bool,
    /// The lowered last token ends in -ing and is no noun in -ing: a participle.
    ing: bool,
}

impl Word {
    /// The word from token `start` to token `at`, whose last token lowered is `w`; `verb_asked`
    /// is false when `w` is known to be no common verb, so that only the endings of
    /// [`looks_verbal`] remain to be asked.
    fn read(start: usize, at: usize, w: &str, plural: bool, verb_asked: bool) -> Word {
        let verbal = if verb_asked {
            looks_verbal(w)
        } else {
            (w.ends_with("ed") && !is_nominal_adjective(w) && !is_noun_in_eed(w))
                || w.ends_with("ly")
        };
        Word {
            start,
            at,
            ascii: true,
            plural,
            verbal,
            ing: w.ends_with("ing") && !is_ing_noun(w),
        }
    }

    /// The word from token `start` to token `at`, whose last token could not be lowered (a
    /// character beyond ASCII, or too long): no verb or participle is told, and a plural only by
    /// [`is_plural_acronym`], as [`is_plural`] tells it.
    fn beyond_ascii(t: &Tokens, start: usize, at: usize) -> Word {
        Word {
            start,
            at,
            plural: is_plural_acronym(t.str(at)),
            ..Word::default()
        }
    }
}

/// The token after dotted initials starting at `k` ("U.S.", "U.K.", "E.U.": single capitals
/// each glued to a full stop), if there are two or more.
fn dotted_initials(t: &Tokens, k: usize) -> Option<usize> {
    let letter = |m: usize| t.bytes(m).len() == 1 && t.bytes(m)[0].is_ascii_uppercase();
    let mut m = k;
    while letter(m) && t.is_punct(m + 1, '.') && !t.gap(m + 1) && (m == k || !t.gap(m)) {
        m += 2;
    }
    (m >= k + 4).then_some(m)
}

/// The plural head after "and" or "or" at `k` that a noun before it shares: "and climate
/// disasters", "or gas companies" (one singular noun, then the plural); none where the words
/// after name something else ("and soldiers", "and the").
fn coordinated_head(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_any(k, &["and", "or"]) || !t.gap(k) {
        return None;
    }
    let noun = |m: usize| t.is_lower_word(m) && t.gap(m) && !is_function_word(t.str(m));
    let (modifier, head) = (k + 1, k + 2);
    let joined = !t.is_joining_hyphen(head + 1) && !t.is_joining_hyphen(modifier + 1);
    (noun(modifier)
        && !is_plural(t.str(modifier))
        && !looks_verbal(t.str(modifier))
        && noun(head)
        && is_plural(t.str(head))
        && joined)
        .then_some(head)
}
