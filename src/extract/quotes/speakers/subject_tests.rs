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
