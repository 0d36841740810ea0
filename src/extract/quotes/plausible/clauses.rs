//! Clauses with a source of their own. A sentence whose figures come from sources set against
//! each other has no one speaker: "Police said 5,000 attended, while organisers said 20,000",
//! "police counted 22,000, while organisers put the figure at 140,000", "the prefecture said
//! 31,000 marched; unions said 60,000", "a 58% rate, according to the CGT, and output was cut by
//! 3,000 megawatts, RTE said". A speech verb in a relative clause speaks only for that clause:
//! "sentenced to eight years for stealing $4.2 million, which prosecutors said he spent on a
//! home" is the reporter's.

use super::super::Cue;
use super::super::phrases::{is_number_word, phrase_after};
use super::super::tokens::{Token, Trail};
use super::super::words;
use super::{can_speak, lower_case};

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
/// figure at 140,000", "…; unions said 60,000", "…, and RTE said …") and figures stand both in
/// that clause before and after the cue: the earlier figures are someone else's (another
/// source's, or the reporter's), so the cue speaks for part of the sentence only.
pub(in crate::extract::quotes) fn set_against_earlier(
    sentence: &str,
    tokens: &[Token],
    cue: &Cue,
) -> bool {
    clause_before(sentence, tokens, cue.first).is_some_and(|end| {
        has_figure(sentence, &tokens[..end]) && has_figure(sentence, &tokens[cue.last + 1..])
    })
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
/// prosecutors said he spent on a home", "two men, who police said were armed,") while figures
/// stand outside it (before its pronoun, or after the comma that ends it): those are the
/// reporter's, and the verb speaks for its clause only.
pub(in crate::extract::quotes) fn in_relative_clause(
    sentence: &str,
    tokens: &[Token],
    v: usize,
    cue: &Cue,
) -> bool {
    let Some(pronoun) = cue.first.checked_sub(1) else {
        return false;
    };
    let relative = !tokens[pronoun].quoted
        && matches!(tokens[pronoun].text(sentence), "which" | "who" | "whom");
    if !relative || cue.last >= v {
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
    let contrast = matches!(
        text,
        "while" | "whereas" | "but" | "although" | "though" | "yet"
    );
    let and = text == "and" && joint > 0 && tokens[joint - 1].trail == Trail::Comma;
    if contrast || and {
        return Some(joint);
    }
    let semicolon =
        word.trail == Trail::Stop && sentence[word.end..tokens[first].start].contains(';');
    semicolon.then_some(first)
}

/// Whether `words` hold a figure (words quoted are someone's own).
fn has_figure(sentence: &str, words: &[Token]) -> bool {
    words
        .iter()
        .any(|t| !t.quoted && is_number_word(t.text(sentence)))
}
