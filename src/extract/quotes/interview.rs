//! Interviews laid out as questions and answers ("Q: …" / "A: …"): the label a line opens with,
//! and the words of a sentence that set up who is interviewed ("Farrukh, 38, spoke to the
//! Guardian", "In an interview with the BBC, Okafor said …", a standfirst's "…, Nadia Farrukh,
//! talks about …"). Which answers they give to whom is decided in the pipeline.

use super::phrases::subject_before;
use super::tokens::{Token, Trail};
use super::{Cue, cue, lexicon, words};

/// Who speaks a line of a transcript, by the label it opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// "Q: …", "Q. …", "Q - …": the interviewer's question.
    Question,
    /// "A: …", "A. …", "A - …": the interviewee's answer.
    Answer,
    /// "TRUMP: …", "MR PRICE: …": someone named by a label in capitals.
    Named,
}

/// The turn `line` opens with its label, if it has one.
pub fn turn_of_line(line: &str) -> Option<Turn> {
    let line = line.trim_start();
    let turn = match line.as_bytes().first()? {
        b'Q' => Turn::Question,
        b'A' => Turn::Answer,
        _ => return named_label(line).then_some(Turn::Named),
    };
    let marked = [":", ".", " -", " –", " —"]
        .iter()
        .filter_map(|m| line[1..].strip_prefix(m))
        // ("A.B. Jones", "Q3", "A-level": no label.)
        .any(|after| after.starts_with([' ', '\t']));
    match marked {
        true => Some(turn),
        false => named_label(line).then_some(Turn::Named),
    }
}

/// Whether `line` opens with one to three words in capitals and a colon: a transcript's label
/// for who speaks ("TRUMP: …", "MR PRICE: …").
fn named_label(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    label.len() <= 30
        && rest.starts_with(' ')
        && (1..=3).contains(&label.split_whitespace().count())
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
}

/// Whether `sentence` may set up an interview: a cheap look for the words [`interviewed`]
/// reads, before the sentence is split into words.
pub fn may_set_up(sentence: &str) -> bool {
    ["spoke", "speaks", "talk", "sat down", "interview"]
        .iter()
        .any(|w| sentence.contains(w))
}

/// The words naming whom `sentence` sets up as interviewed: the subject of "spoke to", "talked
/// with", "sat down with", "talks about" (a standfirst's "The start-up's chief executive, Nadia
/// Farrukh, talks about chips …"), or the speaker of a sentence that names an interview ("In an
/// interview with the BBC, Okafor said …"). None when the sentence sets up no interview ("This
/// interview has been edited for length", "Lumora is in talks with investors").
pub fn interviewed(sentence: &str, tokens: &[Token]) -> Option<Cue> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| !t.quoted)
            .map(|t| t.text(sentence))
    };
    for (v, token) in tokens.iter().enumerate() {
        let meets = match word(v) {
            Some("spoke" | "speaks" | "talked" | "talks") => {
                matches!(word(v + 1), Some("to" | "with" | "about"))
            }
            Some("sat") => word(v + 1) == Some("down") && word(v + 2) == Some("with"),
            _ => false,
        };
        // ("in talks with investors": a noun after a preposition, not the verb of a subject.)
        let subject_before_verb = v > 0 && {
            let before = &tokens[v - 1];
            before.capital
                || before.trail == Trail::Comma
                || before.is(lexicon::ROLE)
                || words::pronoun(before.text(sentence)).is_some()
        };
        if meets && token.joins_next() && subject_before_verb {
            return subject_before(sentence, tokens, v);
        }
    }
    let names_interview = tokens
        .iter()
        .any(|t| !t.quoted && matches!(t.text(sentence), "interview" | "interviews"));
    if names_interview {
        cue(sentence, tokens)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::punct::Marks;
    use crate::extract::quotes::{quotations, tokens::tokenize};

    fn interviewed_words(sentence: &str) -> Option<String> {
        let (mut marks, mut spans, mut tokens) = (Marks::default(), Vec::new(), Vec::new());
        quotations(sentence, &mut marks, &mut spans);
        tokenize(sentence, &spans, &mut tokens);
        let cue = interviewed(sentence, &tokens)?;
        Some(sentence[tokens[cue.first].start..tokens[cue.last].end].to_string())
    }

    #[test]
    fn labels_of_questions_answers_and_named_speakers() {
        assert_eq!(turn_of_line("Q: Why now?"), Some(Turn::Question));
        assert_eq!(turn_of_line("  Q. Why now?"), Some(Turn::Question));
        assert_eq!(turn_of_line("Q - Why now?"), Some(Turn::Question));
        assert_eq!(turn_of_line("A: \"Because.\""), Some(Turn::Answer));
        assert_eq!(turn_of_line("A – Because."), Some(Turn::Answer));
        assert_eq!(turn_of_line("TRUMP: We will win."), Some(Turn::Named));
        assert_eq!(turn_of_line("MR PRICE: Thank you."), Some(Turn::Named));
        assert_eq!(turn_of_line("ALVAREZ: No."), Some(Turn::Named));
        for line in [
            "A.B. Jones said so.",
            "Q3 revenue rose 5%.",
            "A-level results rose.",
            "A spokesman said: \"No.\"",
            "Analysts: the deal is fair.",
            "Quill now has 120 million users.",
        ] {
            assert_eq!(turn_of_line(line), None, "{line}");
        }
    }

    #[test]
    fn the_person_a_sentence_sets_up_as_interviewed() {
        let cases = [
            (
                "Farrukh, 38, spoke to the Guardian at Lumora's headquarters.",
                Some("Farrukh"),
            ),
            (
                "The start-up's chief executive, Nadia Farrukh, talks about chips and why she \
                 won't sell",
                Some("Nadia Farrukh"),
            ),
            (
                "Nadia Farrukh, 38, spoke to the Guardian at Lumora's headquarters.",
                Some("Nadia Farrukh"),
            ),
            ("She sat down with the Observer last week.", Some("She")),
            (
                "Her co-founder, Tomas Reyes, spoke to the Guardian in Madrid.",
                Some("Tomas Reyes"),
            ),
            (
                "In an interview with the BBC, Okafor said she had been rejected.",
                Some("Okafor"),
            ),
            (
                "This interview has been edited for length and clarity.",
                None,
            ),
            ("Lumora is in talks with investors about a new round.", None),
            ("The talks about the merger collapsed.", None),
            ("Lumora raised $4.5bn on Monday.", None),
        ];
        for (sentence, expected) in cases {
            assert_eq!(
                interviewed_words(sentence).as_deref(),
                expected,
                "{sentence}"
            );
        }
    }
}
