//! Unit tests of the subjects of speech verbs: appositives between the subject and its verb,
//! and sources that speak through their makers.

use super::tests::speakers;

#[test]
fn a_possessive_appositive_or_a_sentence_adverb_between_subject_and_verb() {
    // QA round 8, item 2.
    let cases = [
        (
            "Tim Cook, Apple's chief executive, said sales rose 5%.",
            Some("Tim Cook"),
        ),
        (
            "Jane Doe, Apple's spokeswoman, told reporters sales rose 5%.",
            Some("Jane Doe"),
        ),
        (
            "Elon Musk, SpaceX's chief executive, wrote on X that 40 rockets flew.",
            Some("Elon Musk"),
        ),
        (
            "Jane Doe, the company's spokeswoman, said sales rose 5%.",
            Some("Jane Doe"),
        ),
        (
            "The ministry, however, said 40 people died.",
            Some("the ministry"),
        ),
        ("SpaceX, meanwhile, said 40 rockets flew.", Some("SpaceX")),
        (
            "Officials, meanwhile, said 40 people died.",
            Some("Officials"),
        ),
        // Unchanged: a possessive alone or a clause between commas is no appositive.
        ("In 2024, Apple's sales rose 5%.", None),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text)[0].as_deref(), want, "{text}");
    }
}

#[test]
fn a_source_speaks_through_its_maker() {
    // QA round 8, item 4.
    let cases = [
        (
            "A study by the London School of Hygiene & Tropical Medicine found that 40% of adults smoke.",
            Some("London School of Hygiene & Tropical Medicine"),
        ),
        (
            "According to a study by the Harvard T.H. Chan School of Public Health, 40% of adults smoke.",
            Some("Harvard T.H. Chan School of Public Health"),
        ),
        (
            "Data released by the CDC on Wednesday showed 40% of adults smoke.",
            Some("CDC"),
        ),
        (
            "Data released Friday by the ONS showed 40% of adults smoke.",
            Some("ONS"),
        ),
        (
            "Turnout was 60%, according to a tally by the House of Commons Library.",
            Some("House of Commons Library"),
        ),
        (
            "The final figures released by the Speaker's office showed 40 votes for.",
            Some("Speaker's office"),
        ),
        (
            "Labour won 410 seats, according to an exit poll by Ipsos for the BBC, ITV and Sky.",
            Some("Ipsos"),
        ),
        (
            "It is 40 light years away, according to observations by the Large Binocular Telescope.",
            Some("Large Binocular Telescope"),
        ),
        // An act, not speech; a finding verb without a source's maker.
        ("The team observed the planet for 40 nights.", None),
        ("Police found 40 bodies in the house.", None),
        ("The figures showed 40% of adults smoke.", None),
        // Unchanged.
        (
            "Turnout was 60%, according to data from the Centers for Disease Control and Prevention.",
            Some("Centers for Disease Control and Prevention"),
        ),
        (
            "The astronomer observed that 40 moons circle it.",
            Some("the astronomer"),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text)[0].as_deref(), want, "{text}");
    }
}

#[test]
fn a_speech_participle_after_a_comma_takes_the_main_clause_subject() {
    // QA round 10, item S1.
    let text = "Rescue teams reached the village on Tuesday, officials said.\n\n\
                The Interior Ministry issued a statement on Wednesday, saying 42 people had \
                been evacuated from the flooded district.\n\n\
                Mayor Ana Ruiz spoke to reporters outside city hall, adding that \"the water is \
                still rising in the south.\"\n\n\
                The company released its results on Thursday, noting that revenue fell 8% in \
                the quarter.\n\n\
                Police arrested two men late on Friday, saying they had been found with stolen \
                equipment.\n";
    let got = speakers(text);
    let want = [
        "officials",
        "Interior Ministry",
        "Ana Ruiz",
        "the company",
        "Police",
    ];
    assert_eq!(got, want.map(|s| Some(s.to_string())));
    let cases = [
        (
            "On Wednesday, the Interior Ministry issued a statement, saying 42 people died.",
            Some("Interior Ministry"),
        ),
        (
            "The ministry has also issued a warning, saying 40 people died.",
            Some("the ministry"),
        ),
        (
            "The U.S. military carried out strikes overnight, saying they hit 40 targets.",
            Some("U.S. military"),
        ),
        (
            "The Associated Press had not yet called the race as of 4 a.m. Wednesday, saying \
             the remaining ballots could narrow the gap.",
            Some("Associated Press"),
        ),
        (
            "Residents of Kyiv gathered in the square, saying 40 homes had burned.",
            Some("Residents of Kyiv"),
        ),
        (
            "\"We are ready,\" the mayor said, adding that 40 crews were on standby.",
            Some("the mayor"),
        ),
        // Unchanged: a subject that names no one who speaks, a source of its own, a clause
        // whose subject the participle may share, "adding" or "claiming" a thing.
        ("Prices rose 5% in May, saying much about demand.", None),
        (
            "Stocks fell 2% on Friday, saying 42 people had been evacuated.",
            None,
        ),
        (
            "Tesla shares fell 5% on Friday, noting 40 analysts cut targets.",
            None,
        ),
        (
            "Shares of Tesla fell 5%, noting 40 analysts cut their targets.",
            None,
        ),
        (
            "The storm hit police stations in the north, saying 40 died.",
            None,
        ),
        (
            "The company released figures, according to officials, saying 40 people died.",
            Some("officials"),
        ),
        (
            "Police arrested two men who had fled the scene, saying 40 people died.",
            None,
        ),
        (
            "The report was released on Friday, saying 40 homes had burned.",
            None,
        ),
        (
            "Inflation eased in May, adding weight to calls for a rate cut.",
            None,
        ),
        (
            "Hurricane Helene swept through the region, claiming 200 lives.",
            None,
        ),
        (
            "The fire destroyed 40 homes, adding that crews were still fighting it.",
            None,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text)[0].as_deref(), want, "{text}");
    }
}
