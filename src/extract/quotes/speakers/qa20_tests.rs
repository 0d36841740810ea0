//! Speakers of QA round 20: participles and hearsay ("patients admitted to hospital", "the
//! district said to be worst affected") say nothing; a report is no one's "reported"; court
//! reports' "X, prosecuting, said"; tabloid speech verbs.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_participle_admitted_or_recalled_after_a_noun_is_no_speech() {
    // QA round 20, item J-4: the noun before the participle was the speaker, over the real one.
    let cases = [
        (
            "The 340 patients admitted after the attack were discharged within a week, \
             officials said.",
            some("officials"),
        ),
        (
            "The average age of the 340 patients admitted to hospital was 71, the trust said.",
            some("the trust"),
        ),
        (
            "Drivers recalled by the company were paid £200 each, the union said.",
            some("the union"),
        ),
        (
            "Of the 120 children admitted, 40 needed intensive care.",
            None,
        ),
        (
            "The hospital admitted the 340 patients after the outbreak.",
            None,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [want], "{text}");
    }
    let text = "Patients admitted to the unit waited an average of 14 hours, the report found.";
    assert_ne!(speakers(text), [some("Patients")], "{text}");
    // Speech keeps its speaker.
    let cases = [
        (
            "The minister admitted to MPs that 40 schools had closed.",
            "the minister",
        ),
        (
            "Residents recalled in interviews that the water was brown.",
            "Residents",
        ),
        ("\"It was chaos,\" the nurse admitted.", "the nurse"),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn the_report_is_not_whoever_last_reported() {
    // QA round 20, item J-5.
    let text = "Police reported 12 arrests at the count.\n\
                Turnout fell to 31%, the report said.\n";
    assert_ne!(speakers(text)[1], some("Police"));
    let text = "Hospitals in the region reported 43 cyberattacks.\n\
                Spending on security rose fivefold to $40 million, the report said.\n";
    assert_ne!(speakers(text)[1], some("Hospitals in the region"));
}

#[test]
fn said_to_be_is_hearsay_about_the_subject() {
    // QA round 20, item J-6.
    let cases = [
        "The district said to be worst affected has 12,000 voters.",
        "The agent said to have handled the ransom payment received $200,000.",
        "The trust fund said to hold £40 million was frozen.",
        "The man said to have organised the attack was arrested in 2019.",
        "The hospital said to be worst affected cancelled 300 operations.",
    ];
    for text in cases {
        assert_eq!(speakers(text), [None], "{text}");
    }
    // "said to" someone is speech.
    let text = "The minister said to reporters that 40 schools had closed.";
    assert_eq!(speakers(text), [some("the minister")]);
}

#[test]
fn a_common_noun_body_with_a_whose_clause_speaks() {
    // QA round 20, item J-10.
    let text = "The trust, whose chief executive resigned in May, said 2,000 appointments had \
                been cancelled.";
    assert_eq!(speakers(text), [some("the trust")]);
}

#[test]
fn a_barrister_prosecuting_or_defending_speaks() {
    // QA round 20, item I-4: the standard attribution of a UK court report.
    let cases = [
        (
            "Sarah Lindqvist, defending, said her client had owed £6,000 to a dealer.",
            "Sarah Lindqvist",
        ),
        (
            "Andrew Pugh, prosecuting, said the robbery had been planned for three weeks.",
            "Andrew Pugh",
        ),
        (
            "John Smith, mitigating, said his client had lost 2 jobs.",
            "John Smith",
        ),
        (
            "Sarah Lindqvist, for the defence, said her client had owed £6,000.",
            "Sarah Lindqvist",
        ),
        (
            "Nicholas Shore, representing Pickles, said his client was \"a foolish young man\" \
             who had spent 3 months in custody.",
            "Nicholas Shore",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn tabloid_speech_verbs_speak_before_a_quotation() {
    // QA round 20, item I-13.
    let cases = [
        (
            "Postecoglou, whose side had 61% of possession, fumed: \"We controlled the game \
             for 45 minutes.\"",
            "Postecoglou",
        ),
        ("Emery raged: \"We lost 3 points.\"", "Emery"),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // Without a quotation they are no speech.
    let text = "The manager fumed at the 3 penalties.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_two_word_surname_is_the_full_name() {
    // QA round 20, item H-12.
    let text = "SDP leader Sinisa Hajdas Doncic conceded defeat.\n\
                \"We grew by more than 60,000 votes,\" Hajdas Doncic said.\n";
    assert_eq!(speakers(text)[1], some("Sinisa Hajdas Doncic"));
}

#[test]
fn a_un_agency_described_in_words_is_the_agency_named_by_its_acronym() {
    // QA round 20, item H-8: "UNHCR" and "UN refugee agency" were two sources.
    let text = "Death toll rises to 11, UNHCR says\n\n\
                The UN refugee agency says 11 people are now confirmed dead.\n";
    assert_eq!(speakers(text), [some("UNHCR"), some("UNHCR")]);
    let text = "The UN children's agency said 40 children had died.\n\
                UNICEF said 12 schools were hit.\n";
    assert_eq!(speakers(text)[0], some("UNICEF"));
    // Not named by its acronym in the article: the words as written.
    let text = "The UN refugee agency says 11 people are now confirmed dead.\n";
    assert_eq!(speakers(text), [some("UN refugee agency")]);
}
