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
