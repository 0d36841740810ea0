//! Clauses with a source of their own. A sentence whose figures come from sources set against
//! each other has no one speaker: "Police said 5,000 attended, while organisers said 20,000",
//! "police counted 22,000, while organisers put the figure at 140,000", "the prefecture said
//! 31,000 marched; unions said 60,000", "a 58% rate, according to the CGT, and output was cut by
//! 3,000 megawatts, RTE said". A speech verb in a relative clause speaks only for that clause:
//! "sentenced to eight years for stealing $4.2 million, which prosecutors said he spent on a
//! home" is the reporter's.

use super::super::Cue;
use super::super::lexicon;
use super::super::phrases::{is_number_word, phrase_after};
use super::super::tokens::{Token, Trail};
use super::super::words;
use super::{can_speak, lower_case, names_speaker, plural_names_speaker};

/// Whether `other`, a cue after the sentence's `main` one, is a second source with figures of
/// its own: one of the two opens a clause set against the other ("…, while organisers said
/// 20,000 attended", "but the union put the figure at 9,000", "…; unions claim more than a
/// million", "While police said …, …"), the second names someone else, and figures stand both
/// between the two cues and after the second.
pub(in crate::extract::quotes) fn second_source(
    sentence: &str,
    tokens: &[Token],
    main: &Cue,
    other: &Cue,
) -> bool {
    if other.first <= main.last + 1 {
        return false;
    }
    // ("While organisers said 20,000 attended, police put …": the main cue's clause is the one
    // set against the other.)
    let fronted = main.first == 1 && {
        let mut buf = [0u8; 24];
        lower_case(tokens[0].text(sentence), &mut buf)
            .is_some_and(|w| matches!(w, "while" | "whereas" | "although" | "though"))
    };
    let Some(end) = clause_before(sentence, tokens, other.first)
        .or_else(|| fronted.then_some(other.first - 1))
        .filter(|&end| end > main.last)
    else {
        return false;
    };
    let text = |cue: &Cue| &sentence[tokens[cue.first].start..tokens[cue.last].end];
    words::pronoun(tokens[other.last].text(sentence)).is_none()
        && !text(main).eq_ignore_ascii_case(text(other))
        && has_figure(sentence, &tokens[main.last + 1..end])
        && has_figure(sentence, &tokens[other.last + 1..])
}

/// Whether `cue` opens a clause set against the one before it ("…, while organisers put the
/// figure at 140,000", "…; unions said 60,000", "…, and RTE said …", "…, but its owner, Helen
/// Marsh, said …") and figures stand in that clause before it: those are someone else's (another
/// source's, or the reporter's: "The hospital treated 23 people, but firefighters said nobody was
/// hurt"), so the cue speaks for part of the sentence only.
pub(in crate::extract::quotes) fn set_against_earlier(
    sentence: &str,
    tokens: &[Token],
    cue: &Cue,
) -> bool {
    clause_before(sentence, tokens, subject_start(sentence, tokens, cue)).is_some_and(|end| {
        let before = &tokens[..end];
        // ("…, according to the CGT, and the union said it would go on": figures with a source
        // of their own are set against the cue's only when it gives figures too.)
        let sourced = before
            .windows(2)
            .any(|w| !w[0].quoted && w[0].is(lexicon::ACCORDING) && w[1].text(sentence) == "to");
        has_figure(sentence, before) && (!sourced || has_figure(sentence, &tokens[cue.last + 1..]))
    })
}

/// Where the subject whose speaker is `cue` starts: before the role an appositive name follows
/// ("but its owner, Helen Marsh, said": "its owner"), else at the cue.
fn subject_start(sentence: &str, tokens: &[Token], cue: &Cue) -> usize {
    let Some(role) = cue.first.checked_sub(1) else {
        return cue.first;
    };
    // (A name between commas: "…, and 30 aged 16, the head said" is no appositive.)
    if tokens[role].trail != Trail::Comma || tokens[role].quoted || !tokens[cue.first].capital {
        return cue.first;
    }
    // ("…, and several times this year, Governor Reagan has said": no role before the name.)
    let mut buf = [0u8; 24];
    let names_a_role = lower_case(tokens[role].text(sentence), &mut buf)
        .is_some_and(|w| names_speaker(w) || plural_names_speaker(w));
    if !names_a_role {
        return cue.first;
    }
    let mut start = role;
    // (A role's phrase is a few words: "his manager", "the head teacher".)
    while start > 0 && role - start < 6 {
        let prev = &tokens[start - 1];
        let word = prev.text(sentence);
        if prev.quoted
            || !(prev.joins_next() || prev.possessive)
            || is_contrast(word)
            || word == "and"
        {
            break;
        }
        start -= 1;
    }
    if has_figure(sentence, &tokens[start..=role]) {
        return cue.first;
    }
    start
}

/// Whether a source after "according to" (its first word at `k`) ends a clause with figures
/// and the sentence's cue `main`, someone else, comes after it with figures of its own: "The
/// strike had a 58% participation rate, according to the CGT, and output was cut by 3,000
/// megawatts, RTE said."
pub(in crate::extract::quotes) fn another_source_before(
    sentence: &str,
    tokens: &[Token],
    k: usize,
    main: &Cue,
) -> bool {
    let Some(source) = phrase_after(sentence, tokens, k) else {
        return false;
    };
    let text = |cue: &Cue| &sentence[tokens[cue.first].start..tokens[cue.last].end];
    k >= 2
        && source.last < main.first
        && tokens[source.last].trail == Trail::Comma
        && can_speak(sentence, tokens, &source)
        && !text(&source).eq_ignore_ascii_case(text(main))
        && has_figure(sentence, &tokens[..k - 2])
        && (has_figure(sentence, &tokens[source.last + 1..main.first])
            || has_figure(sentence, &tokens[main.last + 1..]))
}

/// Whether `cue`, the subject of the speech verb at `v`, opens a relative clause ("…, which
/// prosecutors said he spent on a home", "two men, who police said were armed,", "Apex Pharma,
/// whose chief executive said …", or is the antecedent of one: "The Met Office, which said …,
/// issued 12 warnings") while figures
/// stand outside it (before its pronoun, or after the comma that ends it): those are the
/// reporter's, and the verb speaks for its clause only.
pub(in crate::extract::quotes) fn in_relative_clause(
    sentence: &str,
    tokens: &[Token],
    v: usize,
    cue: &Cue,
) -> bool {
    let relative = |k: usize| {
        !tokens[k].quoted && matches!(tokens[k].text(sentence), "which" | "who" | "whom" | "whose")
    };
    // ("Apex Pharma, whose chief executive said …"; "The Met Office, which said …, issued …":
    // the pronoun before the verb, its antecedent the cue.)
    let pronoun = match cue.first.checked_sub(1) {
        Some(k) if relative(k) => k,
        _ if cue.last + 1 < v && relative(v - 1) => v - 1,
        _ => return false,
    };
    if cue.last >= v {
        return false;
    }
    let after = tokens[v..]
        .iter()
        .position(|t| t.trail == Trail::Comma)
        .map_or(&[][..], |c| &tokens[v + c + 1..]);
    has_figure(sentence, &tokens[..pronoun]) || has_figure(sentence, after)
}

/// Where the clause before the one that opens at the word `first` ends (exclusive), when the
/// two are set side by side: after a contrast ("while", "but", …), after ", and", or after a
/// semicolon.
fn clause_before(sentence: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let joint = first.checked_sub(1)?;
    let word = &tokens[joint];
    if word.quoted {
        return None;
    }
    let text = word.text(sentence);
    let contrast = is_contrast(text);
    let and = text == "and" && joint > 0 && tokens[joint - 1].trail == Trail::Comma;
    if contrast || and {
        return Some(joint);
    }
    let semicolon =
        word.trail == Trail::Stop && sentence[word.end..tokens[first].start].contains(';');
    semicolon.then_some(first)
}

/// A conjunction that sets the clause after it against the one before it.
fn is_contrast(word: &str) -> bool {
    matches!(
        word,
        "while" | "whilst" | "whereas" | "but" | "although" | "though" | "yet"
    )
}

/// Whether `words` hold a figure (words quoted are someone's own).
fn has_figure(sentence: &str, words: &[Token]) -> bool {
    words
        .iter()
        .any(|t| !t.quoted && is_number_word(t.text(sentence)))
}
