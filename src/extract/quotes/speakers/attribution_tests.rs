//! Speakers of QA round 9: pronouns never reach a company, titles before a name, and the
//! clauses written after a speaker.

use crate::extract::pipeline::analyse_with;

fn speakers(text: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    analyse_with(text, |a| out.push(a.speaker.map(str::to_string)));
    out
}

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
