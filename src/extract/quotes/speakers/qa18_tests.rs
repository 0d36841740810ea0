//! Speakers of QA round 18: a hyphenated title before a name.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
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
