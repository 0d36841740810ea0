//! Unit tests of the name runs: roles, qualifiers, particles, offices.

use super::super::tokens::tokenize;
use super::*;

fn runs(sentence: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut tokens = Vec::new();
    tokenize(sentence, &[], &mut tokens);
    let mut runs = Vec::new();
    name_runs(sentence, &tokens, &mut runs);
    let text =
        |r: Option<(usize, usize)>| r.map(|(a, b)| name_text(sentence, &tokens, a, b).into_owned());
    runs.iter()
        .map(|r| {
            (
                name_text(sentence, &tokens, r.first, r.last).into_owned(),
                text(r.role),
                text(r.qualifier),
            )
        })
        .collect()
}

#[test]
fn roles_and_qualifiers_before_names() {
    let got = runs("Kremlin spokesman Dmitry Peskov met U.S. President Joe Biden.");
    let peskov = (
        "Dmitry Peskov".into(),
        Some("spokesman".into()),
        Some("Kremlin".into()),
    );
    let biden = (
        "Joe Biden".into(),
        Some("President".into()),
        Some("U.S.".into()),
    );
    assert!(got.contains(&peskov) && got.contains(&biden), "{got:?}");
    let got = runs("Ukraine’s President, Volodymyr Zelensky, was visiting.");
    assert!(
        got.contains(&(
            "Volodymyr Zelensky".into(),
            Some("President".into()),
            Some("Ukraine".into())
        )),
        "{got:?}"
    );
}

#[test]
fn an_office_after_of_is_the_role_not_the_name() {
    let got = runs("Secretary of State Antony Blinken arrived in Kyiv.");
    assert_eq!(
        got[0],
        ("Antony Blinken".into(), Some("Secretary".into()), None)
    );
    let got = runs("Chancellor of the Exchequer Rachel Reeves spoke.");
    assert_eq!(got[0].0, "Rachel Reeves");
    let got = runs("The Minister of Foreign Affairs Sergei Lavrov said so.");
    assert_eq!(got[0].0, "Sergei Lavrov");
    // A place after the role is no office.
    let got = runs("The mayor of Kyiv Vitali Klitschko spoke.");
    assert_eq!(got[0].0, "Kyiv Vitali Klitschko");
}

#[test]
fn a_business_descriptor_is_not_part_of_the_name() {
    let got = runs("Chipmaker Voltara Inc. said Wednesday it will cut 4,000 jobs.");
    assert_eq!(got[0].0, "Voltara Inc.");
}

#[test]
fn no_particle_is_a_function_word_or_a_descriptor() {
    for particle in [
        "de", "van", "von", "der", "den", "da", "di", "du", "del", "dos", "bin", "ibn", "al", "le",
        "la",
    ] {
        assert!(is_particle(particle));
        let classes = super::super::lexicon::classes(particle);
        assert_eq!(classes & (FUNCTION_WORD | DESCRIPTOR), 0, "{particle}");
    }
}

#[test]
fn a_capitalised_word_has_a_letter() {
    // What `is_name_word` rests on: every upper-case character is alphabetic.
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert!(!c.is_uppercase() || c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn function_words_and_bare_roles_are_not_names() {
    let got = runs("However, the President said so.");
    assert!(got.is_empty(), "{got:?}");
    // Two role words are a description too, not a person called "Minister".
    let got = runs("The Prime Minister added that the army had deployed.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_dateline_is_no_name() {
    // QA round 8, item 1: "Published Dec." was taken for a person.
    for line in [
        "Published Dec. 14, 2025",
        "Posted Jan. 3, 2024",
        "Updated Sept. 9, 2025, 10:15 a.m.",
    ] {
        assert_eq!(runs(line), vec![], "{line}");
    }
    // A name next to a date keeps its words; "Jan" without its stop may be a name.
    let got = runs("Jan Novak met Ursula Schmidt on Dec. 3.");
    let names: Vec<_> = got.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(names, ["Jan Novak", "Ursula Schmidt"]);
}

#[test]
fn the_pronoun_i_contracted_is_no_name_after_an_office() {
    for sentence in [
        "President, I'd like to head for the fence and catch that one.",
        "Since I've been President, I've appointed more judges.",
        "Senator, I\u{2019}m glad you asked.",
    ] {
        let got = runs(sentence);
        assert!(
            got.iter().all(|(name, _, _)| !name.starts_with('I')),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_role_s_office_is_one_name() {
    // QA round 11, item 2: "Sheriff's Department" is the sheriff's, one organisation.
    let got =
        runs("Later the Los Angeles County Sheriff's Department said 22,000 were told to leave.");
    assert_eq!(
        got,
        [("Los Angeles County Sheriff's Department".into(), None, None)]
    );
    let got = runs("Staff at Boston Children’s Hospital said so.");
    assert_eq!(got[1].0, "Boston Children’s Hospital", "{got:?}");
    // A place's possessive stays apart from what it owns.
    let got = runs("Later Ukraine's Defence Ministry said so.");
    assert!(got.iter().any(|r| r.0 == "Ukraine"), "{got:?}");
}

#[test]
fn a_knights_or_dames_title_is_no_word_of_the_name() {
    let got = runs("Sir Nilesh Samani said so.");
    assert_eq!(got[0], ("Nilesh Samani".into(), Some("Sir".into()), None));
    let got = runs("Dame Margaret Okafor-Lindqvist, surgeon, born 12 August 1934");
    assert_eq!(
        got[0],
        (
            "Margaret Okafor-Lindqvist".into(),
            Some("Dame".into()),
            None
        )
    );
    // After an office it is a courtesy title, as "Dr" is.
    let got = runs("Health Secretary Sir Chris Whitty spoke.");
    assert_eq!(
        got[0],
        (
            "Chris Whitty".into(),
            Some("Secretary".into()),
            Some("Health".into())
        )
    );
    // "Notre Dame" is a name, and "Dame" after it no title.
    let got = runs("The University of Notre Dame said so.");
    assert_eq!(got[0].0, "University of Notre Dame");
    let got = runs("Notre Dame Cathedral reopened.");
    assert_eq!(got[0].0, "Notre Dame Cathedral");
}

#[test]
fn a_lower_case_compound_role_before_a_name_is_its_role() {
    // (It had given the role a reversed token range, and `extract` had panicked: QA round 21,
    // item L-1.)
    let got = runs("BBC director-general Tim Davie said 3 shows were cut.");
    assert_eq!(
        got[1],
        (
            "Tim Davie".into(),
            Some("director-general".into()),
            Some("BBC".into())
        ),
        "{got:?}"
    );
    let got = runs("WHO director-general Tedros Adhanom Ghebreyesus said so.");
    assert!(
        got.iter()
            .any(|r| r.1.as_deref() == Some("director-general")),
        "{got:?}"
    );
}
