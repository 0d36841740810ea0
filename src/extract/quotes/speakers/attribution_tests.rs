//! Speakers of QA round 9: pronouns never reach a company, titles before a name, and the
//! clauses written after a speaker.

use super::tests::speakers;

#[test]
fn he_never_points_at_a_company() {
    let text = "Duke Energy said 640,000 customers were affected.\n\
                \"We had supplies in place,\" he said.\n";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("Duke Energy"));
    assert_eq!(got[1], None, "no person to point at");
    let text = "Duke Energy said 640,000 of its customers were still affected.\n\
                Federal Emergency Management Agency Administrator David Richardson said the \
                agency had prepositioned 1.5 million liters of water.\n\
                \"We had supplies in place before the first raindrop,\" he said.\n";
    let got = speakers(text);
    assert_eq!(got[1].as_deref(), Some("David Richardson"));
    assert_eq!(got[2].as_deref(), Some("David Richardson"));
    // A person's name of two words is still one "he" points at.
    let text = "Tomas Berg said 640,000 customers were affected.\n\
                \"We had supplies in place,\" he said.\n";
    assert_eq!(speakers(text)[1].as_deref(), Some("Tomas Berg"));
    let text = "Capital Economics said prices would fall.\n\"That is our view,\" she said.\n";
    assert_eq!(speakers(text)[1], None);
}

#[test]
fn a_title_before_a_name_is_not_the_speaker() {
    let text = "NASA Administrator Bill Nelson said the launch was delayed.\n\
                Secretary of State Antony Blinken said the talks would resume.\n\
                Assemblywoman Ana Ortiz said the bill would pass.\n\
                \"We have the votes,\" she said.\n";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("Bill Nelson"));
    assert_eq!(got[1].as_deref(), Some("Antony Blinken"));
    assert_eq!(got[2].as_deref(), Some("Ana Ortiz"));
    assert_eq!(got[3].as_deref(), Some("Ana Ortiz"));
}

#[test]
fn a_quotation_ending_in_was_is_no_passive() {
    let text = "\"The miss was not the surprise. The tone was,\" said Sofia Lindqvist, an \
                analyst at Berenberg, who cut her price target to 1,700p from 2,250p.\n\
                Another analyst, who asked not to be named, said: \"They have been saying \
                'next year' for three years.\"\n\
                The plan was said to be ready.\n";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("Sofia Lindqvist"));
    assert_eq!(
        got[1].as_deref(),
        Some("Another analyst"),
        "unnamed, not Lindqvist"
    );
    assert_eq!(got[2], None, "“was said” is a passive");
}

#[test]
fn an_age_then_a_relative_clause_after_the_name() {
    let text = "Oliver Strand runs the company.\n\
                Strand, 52, who took over in 2023 from founder Margaret Finch, said the \
                company would close 31 stores.\n\
                The driver, 61, told police he was fine.\n";
    let got = speakers(text);
    assert_eq!(got[1].as_deref(), Some("Oliver Strand"));
    assert_eq!(got[2].as_deref(), Some("the driver"));
}

#[test]
fn a_phrase_cut_before_its_noun_names_no_source() {
    let text = "Aspirin cut the risk by 33%, according to a large randomised trial published \
                on Wednesday in The Lancet Oncology.\n\
                Sales rose 5%, according to a large international trial.\n\
                Sales rose 5%, according to a new study.\n\
                Sales rose 5%, according to a study published in The Lancet.\n";
    let got = speakers(text);
    assert_eq!(got[0], None, "not “a large”");
    assert_eq!(got[1], None);
    assert_eq!(got[2].as_deref(), Some("a new study"));
    assert_eq!(got[3].as_deref(), Some("a study"));
}

#[test]
fn a_verb_after_but_shares_the_sentence_s_subject() {
    let text = "Dr. Rahul Menon is a gastroenterologist.\n\
                Menon noted that earlier observational studies had suggested reductions of up \
                to 40%, but said such studies \"always flatter the intervention.\"\n";
    let got = speakers(text);
    assert_eq!(got[1].as_deref(), Some("Rahul Menon"));
}

#[test]
fn she_after_a_gap_is_the_woman_the_article_is_about() {
    let text = "Catherine Mbeki-Hollis is running for the Senate.\n\
                \"I lost because I stopped listening,\" she said.\n\
                \"Politics is a contact sport,\" said Mbeki-Hollis's campaign manager, Jordan \
                Pike, 34.\n\
                \"She knows that better than anyone.\"\n\
                The race is expected to be expensive.\n\
                \"I don't need to win by a lot,\" she said as she left.\n";
    let got = speakers(text);
    assert_eq!(got[2].as_deref(), Some("Jordan Pike"));
    assert_eq!(got[5].as_deref(), Some("Catherine Mbeki-Hollis"));
    // Right after Pike's words, "she" is Pike.
    let text = "Catherine Mbeki-Hollis is running for the Senate.\n\
                \"I lost because I stopped listening,\" she said.\n\
                \"Politics is a contact sport,\" said Mbeki-Hollis's campaign manager, Jordan \
                Pike, 34.\n\
                \"I have run campaigns before,\" she said.\n";
    assert_eq!(speakers(text)[3].as_deref(), Some("Jordan Pike"));
}

#[test]
fn a_voice_is_no_one() {
    let text = "\"I need to win by one,\" Mary Smith said.\n\
                \"That's the whole thing,\" said a voice from the next booth.\n\
                \"We ran,\" said a neighbour.\n\
                \"We ran,\" said a protester.\n\
                \"We ran,\" said one senior official.\n\
                There is a thing called clean coal.\n";
    let got = speakers(text);
    assert_eq!(got[1], None, "nor Mary Smith's words continued");
    assert_eq!(got[2].as_deref(), Some("a neighbour"));
    assert_eq!(got[3].as_deref(), Some("a protester"));
    assert_eq!(got[4].as_deref(), Some("one senior official"));
    assert_eq!(got[5], None);
}

#[test]
fn a_quotation_that_runs_over_paragraphs_keeps_its_speaker() {
    // QA round 10, item S2: each paragraph of a long quotation opens with a mark, only the
    // last closes it.
    let text = "\"We have never seen anything like this,\" said fire chief Maria Lopez. \"The \
                wind turned in minutes. It jumped the river.\n\n\
                \"By the time the first crews arrived, 40 homes were already burning.\"\n\n\
                The fire has burned 12,000 acres since Monday.\n";
    let lopez = Some("Maria Lopez".to_string());
    assert_eq!(
        speakers(text),
        [
            lopez.clone(),
            lopez.clone(),
            lopez.clone(),
            lopez.clone(),
            None
        ]
    );
    // A speech verb inside the open quotation is quoted; words after the closing mark are not.
    let text = "Okafor said voters had sent \"a clear message.\"\n\
                \"Tonight Northfield chose change. People told me their rents had gone up.\n\
                \"We will put 40 new buses on the road,\" Okafor told supporters.\n";
    let okafor = Some("Okafor".to_string());
    assert_eq!(
        speakers(text),
        [okafor.clone(), okafor.clone(), okafor.clone(), okafor]
    );
    // Unchanged: a paragraph that opens without a mark ends the quotation; a quotation after
    // one closed and a sentence of narrative has no speaker; a quotation of its own speaker.
    let text = "\"We have never seen anything like this,\" said Maria Lopez. \"The wind \
                turned.\n\nThe fire grew overnight.\n\n\"We need help.\"\n";
    assert_eq!(speakers(text), [lopez.clone(), lopez.clone(), None, None]);
    let text = "The fire grew. \"The wind turned in minutes.\n\n\"We lost 40 homes.\"\n";
    assert_eq!(speakers(text), [None, None, None]);
    let text = "\"We have never seen anything like this,\" said Maria Lopez. \"The wind \
                turned.\n\n\"We lost 40 homes,\" said Mayor Ana Ruiz.\n";
    assert_eq!(
        speakers(text),
        [lopez.clone(), lopez, Some("Ana Ruiz".to_string())]
    );
}

#[test]
fn the_head_of_an_organisation_of_something_points_at_it() {
    // QA round 10, item S3: "the ministry", "the bank" point back at an organisation named
    // before, whose head word comes before its "of".
    let text = "The Interior Ministry published new figures on Monday.\n\
                The Ministry of Health reported 40 new cases.\n\
                The ministry said 12 patients were in intensive care.\n\
                The Bank of England raised rates to 5.25%.\n\
                The bank said inflation was too high.\n\
                The National Weather Service issued a warning for 12 counties.\n\
                The agency said the storm had weakened overnight.\n";
    let got = speakers(text);
    assert_eq!(got[2].as_deref(), Some("Ministry of Health"), "the latest");
    assert_eq!(got[4].as_deref(), Some("Bank of England"));
    // Unchanged: "the agency" for a service is no name's head; the phrase stays.
    assert_eq!(got[6].as_deref(), Some("the agency"));
    let text = "The Interior Ministry published new figures.\n\
                The ministry said 42 people had been evacuated.\n";
    assert_eq!(speakers(text)[1].as_deref(), Some("Interior Ministry"));
}
