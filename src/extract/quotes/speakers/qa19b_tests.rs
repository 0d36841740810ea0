//! Speakers of QA round 19: a product recalled or patients admitted is no speech; trusts,
//! brigades, districts and agents speak.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn recalled_or_admitted_with_an_object_is_no_speech() {
    // QA round 19, item E-5: the subject of the act was the speaker.
    let cases = [
        (
            "Pfizer has recalled 1.2 million packs over the past two months, the regulator said.",
            some("the regulator"),
        ),
        (
            "The maker recalled 3 batches of insulin pens after 12 patients fell ill, according \
             to the regulator.",
            some("the regulator"),
        ),
        (
            "The school admitted 240 pupils aged 11, and 30 aged 16, the head said.",
            some("the head"),
        ),
        ("The firm recalled its insulin pens on Monday.", None),
        ("The hospital admitted a record number of patients.", None),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [want], "{text}");
    }
    // With reported content they are speech.
    let cases = [
        (
            "The minister admitted that 40 schools had closed.",
            "the minister",
        ),
        ("Haddad recalled how 40 workers had fled.", "Haddad"),
        ("\"It was chaos,\" Haddad recalled.", "Haddad"),
        ("Guardiola admitted his team had been poor.", "Guardiola"),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn trusts_brigades_districts_and_agents_speak() {
    // QA round 19, items E-10 and G-15.
    let cases = [
        ("Fourteen people were rescued, the trust said.", "the trust"),
        (
            "Firefighters rescued 14 people, the brigade said.",
            "the brigade",
        ),
        (
            "The club paid 5 million euros, his agent said.",
            "his agent",
        ),
        (
            "The club paid 5 million euros, the agent said.",
            "the agent",
        ),
        (
            "All 40 schools reopened on Monday, the district said.",
            "the district",
        ),
        (
            "The hospital admitted 240 patients, the trust said.",
            "the trust",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn a_relative_pronoun_before_the_verb_speaks_for_its_antecedent() {
    // QA round 19, item G-10: the body or person before "which said" / "who said".
    let cases = [
        (
            "The Met Office, which said 40.3C was recorded at Coningsby, issued a red warning.",
            some("Met Office"),
        ),
        (
            "Ofqual, which said 0.6% of grades were challenged last year, expects a similar \
             figure this summer.",
            some("Ofqual"),
        ),
        (
            "Investigators interviewed the night manager, Omar Haddad, who said the alarm \
             sounded at 2:14am.",
            some("Omar Haddad"),
        ),
        // Figures outside the relative clause are someone else's; a preposition's object is
        // no subject.
        (
            "The Met Office, which said 40.3C was recorded at Coningsby, issued 12 warnings.",
            None,
        ),
        (
            "Investigators interviewed 40 workers, including Omar Haddad, who said the alarm \
             sounded at 2:14am.",
            None,
        ),
        (
            "The blaze was confirmed by the brigade, which said 60 firefighters attended.",
            None,
        ),
        // Item G-11: "whose" opens a relative clause as "which" does.
        (
            "Apex Pharma, whose chief executive said sales fell 9%, recalled 50,000 bottles.",
            None,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [want], "{text}");
    }
}

#[test]
fn a_role_before_a_name_between_commas_names_that_person() {
    // QA round 19, item G-12: a role's later word before its place; an age before the name.
    let cases = [
        (
            "Sadiq Khan's deputy mayor for housing, Tom Copley, said 20,000 homes had been \
             started.",
            "Tom Copley",
        ),
        (
            "The team's captain, 29-year-old Harry Kane, said 40 players were injured.",
            "Harry Kane",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn a_hyphenated_title_and_its_office_are_no_words_of_the_name() {
    // QA round 19, item G-13.
    let cases = [
        (
            "President-elect Donald Trump said 40 aides were hired.",
            "Donald Trump",
        ),
        (
            "Major-General Patrick Ryder said 40 troops were hurt.",
            "Patrick Ryder",
        ),
        (
            "Under-Secretary-General Martin Griffiths said 40 staff were hurt.",
            "Martin Griffiths",
        ),
        (
            "Ex-minister Claire Ward said 40 staff were hurt.",
            "Claire Ward",
        ),
        (
            "Deputy Director-General of Ofqual Amy Rees said 40 staff were hurt.",
            "Amy Rees",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
}

#[test]
fn a_report_with_an_owner_is_the_owners() {
    // QA round 19, item G-14: not the source of the report before it.
    let text = "The report by Ofsted said 40 schools were inadequate. The inspector's report \
                said 3 fire doors were faulty.";
    assert_eq!(speakers(text), [some("Ofsted"), some("the inspector")]);
    let text = "Ofsted said 4 schools shut. The company's statement said 3 staff left.";
    assert_eq!(speakers(text), [some("Ofsted"), some("the company")]);
}
