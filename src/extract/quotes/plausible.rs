//! Whether the words found beside a speech verb can be its speaker, and whether the verb is one
//! here at all.
//!
//! A cue is kept only when
//! - the verb is a verb: an ambiguous form ("states", "notes", "comments", "claims") is a plural
//!   noun after a plural quantifier ("Several US states require …", "various reports indicate")
//!   or right before another speech verb ("Gulf states said …"), and "called" before a name
//!   after an unnamed thing ("a card called the Tenth Amendment", "a group called Hamas") names
//!   it;
//! - its head can speak: a name, a pronoun, or a common noun for a person, a group, a role, an
//!   organisation or a source (the lists of [`roles`] and [`words`], and a few collective nouns
//!   below), in the singular or the plural. An adjective ("other", "hard-pressed"), an adverb
//!   ("maybe", "therefore"), a filler ("uh", "well"), a verb ("includes", "think") or a thing
//!   ("history", "pocket", "warheads") is never a speaker. (A phrase after a verb right after a
//!   quotation is kept whatever it is: "“…,” said a voice" is someone unnamed.)
//!
//! A filler or an emphatic reflexive after a name is dropped ("the Wall Street Journal uh
//! reported", "Mr. Nixon himself said"). [`names_one_person`] keeps a singular person's phrase
//! ("my opponent") from being the "they" of later sentences.
//!
//! Only a sentence with a cue gets here, and then once for each candidate verb.

use super::Cue;
use super::tokens::Token;
use super::{names, roles, verbs, words};

/// The cue of the speech verb at `v`, if the verb is one here and the cue can speak; a trailing
/// filler or emphatic reflexive is dropped ("Mr. Nixon himself said" → "Mr. Nixon").
pub(super) fn plausible(sentence: &str, tokens: &[Token], v: usize, cue: Cue) -> Option<Cue> {
    let cue = without_trailing_word(sentence, tokens, cue);
    if cue.last < v && is_noun_form(sentence, tokens, v, &cue) {
        return None;
    }
    // "…, which prosecutors said he spent on a home": the relative clause's source only.
    if in_relative_clause(sentence, tokens, v, &cue) {
        return None;
    }
    // "“…,” said a voice from the next booth": words quoted are someone's, named or not (the
    // resolver decides whom the phrase names); the cue stops them running on from the last
    // speaker.
    let after_quotation = cue.first > v && v > 0 && tokens[v - 1].quoted;
    (after_quotation || can_speak(sentence, tokens, &cue)).then_some(cue)
}

/// Whether the head of `cue` can speak (see the module's rules).
pub(super) fn can_speak(sentence: &str, tokens: &[Token], cue: &Cue) -> bool {
    let at = head_of(sentence, tokens, cue);
    // "the camp's coordinators", "according to the camp's water supply": the owner is named.
    if tokens[cue.first..=at].iter().any(|t| t.possessive) {
        return true;
    }
    let head = &tokens[at];
    let word = head.text(sentence);
    // ("France 24", "BBC Radio 4": a name that a number ends.)
    if super::phrases::ends_a_name(sentence, tokens, at) {
        return true;
    }
    let mut buf = [0u8; 24];
    let Some(lower) = lower_case(word, &mut buf) else {
        // Longer than any listed word: a name if capitalised ("Representative-elect"…).
        return head.capital;
    };
    if never_speaks(lower) {
        return false;
    }
    if head.capital || words::pronoun(word).is_some() || names::is_prefixed_name(word) {
        return true;
    }
    names_speaker(lower) || plural_names_speaker(lower)
}

/// The word of a cue that says what it is: the last, or the one before a preposition that ties
/// it to a place or a body ("a spokesperson for the bank", "the people of the United States").
fn head_of(sentence: &str, tokens: &[Token], cue: &Cue) -> usize {
    cue.first + super::speakers::head_index(sentence, &tokens[cue.first..=cue.last])
}

/// A noun, lower-case, for someone who can speak or something that speaks for someone.
fn names_speaker(word: &str) -> bool {
    roles::is_role(word)
        || roles::is_organisation_head(word)
        || roles::is_group(word)
        || words::is_source_noun(word)
        || words::is_person_word(word)
        || matches!(
            word,
            // Collective nouns and indefinite pronouns for people.
            "someone"
                | "somebody"
                | "everyone"
                | "everybody"
                | "anyone"
                | "anybody"
                | "nobody"
                | "lady"
                | "gentleman"
                | "men"
                | "women"
                | "children"
                | "kids"
                | "folks"
                | "nations"
                | "countries"
                | "family"
                | "couple"
                | "public"
                | "opposition"
                | "crowd"
                | "audience"
                | "jury"
                | "panel"
                | "board"
                | "team"
                | "club"
                | "crew"
                | "staff"
                | "troops"
                | "military"
                | "militia"
                | "regime"
                | "rebels"
                | "militants"
                | "critics"
                | "allies"
                | "medics"
                | "paramedics"
                | "firm"
                | "airline"
                | "carrier"
                | "charity"
                // An NHS or academy trust, a fire brigade, a school district.
                | "trust"
                | "brigade"
                | "district"
                | "watchdog"
                | "campaign"
        )
        || words::is_medium(word)
}

/// Words that head no speaker's phrase whatever their case: fillers, discourse adverbs, the
/// "having" of "Having said that", and determiners or adverbs that an agent noun's ending would
/// let through ("other", "together"). ("others" is someone: its singular is a person word.)
fn never_speaks(word: &str) -> bool {
    matches!(
        word,
        "uh" | "um"
            | "ah"
            | "er"
            | "oh"
            | "well"
            | "maybe"
            | "perhaps"
            | "therefore"
            | "thus"
            | "hence"
            | "yes"
            | "okay"
            | "ok"
            | "having"
            | "being"
            | "other"
            | "another"
            | "together"
            | "either"
            | "neither"
            | "whether"
            | "rather"
            | "ever"
            | "however"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
    )
}

/// A plural in "-s", "-es" or "-ies" whose singular [`names_speaker`] ("officials",
/// "witnesses", "authorities", "others").
fn plural_names_speaker(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    if names_speaker(stem) || stem.strip_suffix('e').is_some_and(names_speaker) {
        return true;
    }
    // "-ies" → "-y": lower-case words only get here, so the stem is ASCII where it ends.
    let Some(ie) = stem.strip_suffix("ie") else {
        return false;
    };
    let mut buf = [0u8; 24];
    let Some(out) = buf.get_mut(..=ie.len()) else {
        return false;
    };
    out[..ie.len()].copy_from_slice(ie.as_bytes());
    out[ie.len()] = b'y';
    std::str::from_utf8(out).is_ok_and(names_speaker)
}

/// `word` in ASCII lower case, in `buf`; `None` when it is longer than the buffer.
fn lower_case<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// "Mr. Nixon himself said": the speaker is the name before an emphatic reflexive, without any
/// word before the name that the phrase took in ("I believe Mr. Nixon himself said"); "the Wall
/// Street Journal uh reported": the name before a filler.
fn without_trailing_word(sentence: &str, tokens: &[Token], cue: Cue) -> Cue {
    let trailing = matches!(
        tokens[cue.last].text(sentence),
        "himself" | "herself" | "itself" | "themselves" | "uh" | "um" | "ah" | "er"
    );
    if !trailing || cue.last == cue.first || !tokens[cue.last - 1].capital {
        return cue;
    }
    let last = cue.last - 1;
    let mut first = last;
    while first > cue.first && (tokens[first - 1].capital || tokens[first - 1].possessive) {
        first -= 1;
    }
    // ("the Wall Street Journal": its article stays.)
    if first > cue.first && matches!(tokens[first - 1].text(sentence), "the" | "The") {
        first -= 1;
    }
    Cue { first, last }
}

/// Whether a phrase speaker's head word (as written) names one person, not a group: "my
/// opponent", "the mother", "any woman" are "he" or "she" later, never "they".
pub(super) fn names_one_person(head: &str) -> bool {
    let mut buf = [0u8; 24];
    lower_case(head, &mut buf)
        .is_some_and(|word| !word.ends_with('s') && words::is_person_word(word))
}

/// Whether the speech verb at `v`, after its subject `cue`, is a noun here (see the module).
fn is_noun_form(sentence: &str, tokens: &[Token], v: usize, cue: &Cue) -> bool {
    let verb = tokens[v].text(sentence);
    if verb == "called" {
        return names_a_thing(sentence, tokens, v, cue);
    }
    if !verb.ends_with('s') {
        return false;
    }
    // "Several US states", "various reports": a plural quantifier's noun, which a verb in "-s"
    // never agrees with.
    let quantified = (cue.first..=cue.last).any(|k| {
        matches!(
            tokens[k].text(sentence),
            "several"
                | "Several"
                | "many"
                | "Many"
                | "few"
                | "Few"
                | "both"
                | "Both"
                | "various"
                | "Various"
                | "numerous"
                | "Numerous"
                | "multiple"
                | "Multiple"
                | "these"
                | "These"
                | "those"
                | "Those"
                | "other"
                | "Other"
        )
    });
    // "About 12 U.S. states have passed …": a count's noun (a year is no count: "The 2023
    // report states …"). "One" would agree, but counts nothing here worth the risk.
    let counted = cue.first > 0 && {
        let before = &tokens[cue.first - 1];
        let word = before.text(sentence);
        let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
        before.joins_next()
            && !before.quoted
            && !year
            && !matches!(word, "one" | "One" | "1")
            && super::phrases::is_number_word(word)
    };
    // "Gulf states said", "The notes stated": the subject of the next verb.
    let subject_of_next = tokens[v].joins_next()
        && tokens
            .get(v + 1)
            .is_some_and(|t| !t.quoted && !t.capital && verbs::is_speech_verb(t.text(sentence)));
    quantified || counted || subject_of_next
}

/// "a little card in my pocket called the Tenth Amendment", "a group called Hamas": "called"
/// right after an unnamed thing or an indefinite phrase, before a name, names it. ("The minister
/// called Putin a war criminal" is speech: a named or definite role calls.)
fn names_a_thing(sentence: &str, tokens: &[Token], v: usize, cue: &Cue) -> bool {
    let Some(next) = tokens.get(v + 1) else {
        return false;
    };
    let name = |t: &Token| {
        t.capital && !t.possessive && !words::is_capitalised_function_word(t.text(sentence))
    };
    let named = !next.quoted
        && (name(next)
            || matches!(next.text(sentence), "the" | "The") && tokens.get(v + 2).is_some_and(name));
    let head = &tokens[cue.last];
    if words::pronoun(head.text(sentence)).is_some() {
        return false; // "he called Iraq a grave threat"
    }
    let indefinite = matches!(tokens[cue.first].text(sentence), "a" | "A" | "an" | "An");
    named && cue.last + 1 == v && !head.capital && (indefinite || !head.is(super::lexicon::ROLE))
}

mod clauses;
pub(super) use clauses::{
    another_source_before, in_relative_clause, second_source, set_against_earlier,
};

#[cfg(test)]
mod tests;
