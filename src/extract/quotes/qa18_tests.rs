//! Speakers of QA round 18: a role with an owner before the name between commas ("the board's
//! chief investigator, Elena Vasquez,", "its board chair, Linda Cruz", "Laurent Berger's
//! successor at the CFDT, Marylise Léon,"), an acronym in brackets at the end of a sentence, a
//! hyphenated title before a name.

use crate::extract::pipeline::analyse_with;

/// The speaker of each sentence of `text`, as the pipeline resolves them.
fn speakers(text: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    analyse_with(text, |a| out.push(a.speaker.map(str::to_string)));
    out
}

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_role_with_an_owner_is_named_between_commas() {
    // QA round 18, item A-5: the verb "told", the role's owner a possessive; the quotation
    // after it, with no cue, continues her words.
    let text = "\"The data show an unstabilised approach in very poor weather,\" the board's \
                chief investigator, Elena Vasquez, told a news conference on Thursday.\n\
                \"It is far too early to draw conclusions.\"\n";
    assert_eq!(
        speakers(text),
        [some("Elena Vasquez"), some("Elena Vasquez")]
    );
    // QA round 18, item B-13: after "said" with an owner's pronoun, and before the verb.
    let cases = [
        (
            "Bright Futures now serves fewer than 600 families, said its board chair, Linda Cruz.",
            "Linda Cruz",
        ),
        (
            "Laurent Berger's successor at the CFDT, Marylise Léon, said her union would join \
             the next day of action.",
            "Marylise Léon",
        ),
        (
            "The suspect's brother, Tom Reid, told reporters he was innocent.",
            "Tom Reid",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // A clause that says when or where holds no subject; an owner's role with no name after it
    // names no one the article can look up.
    for text in [
        "In the first quarter, Acme Corp, said sales fell.",
        "Sales fell by 4% last year, said its chief executive.",
    ] {
        assert_eq!(speakers(text), [None], "{text}");
    }
}

#[test]
fn an_acronym_in_brackets_ending_a_sentence_is_the_body_named_before_it() {
    // QA round 18, item A-6: the speaker was "CAAIB)".
    let text = "The plane was carrying 172 people, according to the Civil Aviation Accident \
                Investigation Board (CAAIB).\n\
                The crew made two attempts to land, the CAAIB said.\n";
    let name = "Civil Aviation Accident Investigation Board";
    assert_eq!(speakers(text), [some(name), some(name)]);
}

#[test]
fn a_hyphenated_title_is_no_word_of_the_name() {
    // QA round 18, item C-14: "WMO Secretary-General Celeste Saulo" kept the title.
    let text = "\"Our planet is issuing more distress signals,\" WMO Secretary-General Celeste \
                Saulo said in a statement.\n\
                Director-General Tedros Adhanom Ghebreyesus said 12 countries had reported cases.\n\
                The secretary-general said the record would not last.\n";
    assert_eq!(
        speakers(text),
        [
            some("Celeste Saulo"),
            some("Tedros Adhanom Ghebreyesus"),
            some("Celeste Saulo")
        ]
    );
}
