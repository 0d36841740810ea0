//! Speakers of QA round 11: a role's office ("Sheriff's Department"), a sentence that narrates
//! its own quotation, apposition after a place, one person with two offices, "the party",
//! titles kept in names, and missing speakers.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_sheriff_s_department_is_no_other_department() {
    // QA round 11, item 2.
    let text = "About 22,000 residents are under evacuation orders, the Los Angeles County \
                Sheriff's Department said.\n\
                The Los Angeles County Fire Department said 1,200 firefighters were deployed.\n";
    assert_eq!(
        speakers(text),
        [
            some("Los Angeles County Sheriff's Department"),
            some("Los Angeles County Fire Department")
        ]
    );
    let text = "About 22,000 residents left, the Los Angeles County Sheriff's Department said.\n";
    assert_eq!(speakers(text), [some("Los Angeles County Sheriff's Department")]);
}

#[test]
fn a_sentence_that_narrates_its_quotation_is_no_more_of_the_last_speaker_s() {
    // QA round 11, item 3: the Opposition's words are not the minister's.
    let text = "\"The first instalment of Rs 2,500 crore will be credited before Gudi Padwa,\" \
                Shri Pawar said.\n\
                The Opposition dismissed the package as \"too little, too late\".\n";
    assert_eq!(speakers(text)[1], some("Opposition"));
    // Without a verb that speaks, no one rather than the minister.
    let text = "\"The first instalment will be credited before Gudi Padwa,\" Pawar said.\n\
                The Opposition in the state assembly rejected the package as \"too little, too \
                late\".\n";
    assert_eq!(speakers(text)[1], None);
    // "dismissed" with no quoted words is an act.
    let text = "The court dismissed the case on Monday.\n";
    assert_eq!(speakers(text), [None]);
    // Unchanged: a quotation that opens its sentence goes on with the speaker before it.
    let text = "\"We will pay,\" Pawar said.\n\"Farmers will get it before the monsoon.\"\n";
    assert_eq!(speakers(text), [some("Pawar"), some("Pawar")]);
}
