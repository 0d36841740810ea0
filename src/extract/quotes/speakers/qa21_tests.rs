//! Speakers of QA round 21: a longer name's end is no short form when that name was introduced
//! as a person of its own.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_name_introduced_with_its_own_age_is_its_own_person() {
    // QA round 21, item L-2: round 20's two-word surname merged co-defendants.
    let text = "Lee Anthony Marsh, 34, of Filton, and Anthony Marsh, 58, of Yate, were charged.\n\
                Anthony Marsh said he had been paid £2,000.\n";
    assert_eq!(speakers(text)[1], some("Anthony Marsh"));
    let text = "Mary Ann Jones, 52, and her daughter, Ann Jones, 29, were both arrested.\n\
                Ann Jones told the court she earned £300 a week.\n";
    assert_eq!(speakers(text)[1], some("Ann Jones"));
    let text = "The court heard that Jamie Lee Carter, 27, drove the van. His co-defendant Lee \
                Carter, 31, is his cousin.\n\
                \"I never touched the 40 kilos,\" Lee Carter said.\n";
    assert_eq!(speakers(text).last().cloned().flatten(), some("Lee Carter"));
    // Named first in the same sentence as the longer name: two people too.
    let text = "Lee Anthony Marsh and Anthony Marsh were charged with 3 offences.\n\
                Anthony Marsh said he had been paid £2,000.\n";
    assert_eq!(speakers(text)[1], some("Anthony Marsh"));
}

#[test]
fn admitted_before_a_counted_subject_and_its_verb_is_speech() {
    // QA round 21, item L-4: the counted subject of a clause with "that" left out was read as
    // admitted patients.
    let cases = [
        (
            "The force admitted 12 officers had been injured during the raids.",
            "the force",
        ),
        (
            "Health officials admitted 3,000 children had missed their second MMR dose.",
            "Health officials",
        ),
        (
            "The minister admitted 40% of five-year-olds in the borough were unvaccinated.",
            "the minister",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // Taken in, or pleaded to: no speech.
    for text in [
        "The hospital admitted 40 children with measles last month.",
        "The hospital admitted 40 children who were injured in the crash.",
        "Patel, 34, admitted three counts of conspiracy to supply class A drugs.",
    ] {
        assert_eq!(speakers(text), [None], "{text}");
    }
}

#[test]
fn said_to_be_with_no_later_main_verb_is_an_instruction() {
    // QA round 21, item L-5: round 20's hearsay reading took the speaker's instruction.
    let cases = [
        (
            "Health officials said to be alert for symptoms such as a rash and a high fever, \
             which appear 7 to 14 days after exposure.",
            "Health officials",
        ),
        (
            "Dr Amir Khan said to have children vaccinated before they travel, as 12 of the \
             cases were linked to trips abroad.",
            "Amir Khan",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // Hearsay about the subject, with its own main verb: no speech.
    for text in [
        "A 41-year-old man said to be the gang's leader was remanded in custody for 3 weeks.",
        "The shipment, said to be worth £80 million, was hidden among bananas.",
        "The man said to have 3 children was jailed.",
    ] {
        assert_eq!(speakers(text), [None], "{text}");
    }
}

#[test]
fn a_role_without_an_article_in_an_appositive_describes_the_name() {
    // QA round 21, item M-4: the speaker was lost and the next "He" went to a place.
    let text = "House prices in Greater Manchester rose by 6% in the year to March.\n\
                Andrew Wishart, senior UK economist at Capital Economics, said he expected \
                prices in the North West to keep outpacing the south.\n\
                He predicted that regional prices would rise by between 4 per cent and 5 per \
                cent this year.\n";
    assert_eq!(
        speakers(text)[1..],
        [some("Andrew Wishart"), some("Andrew Wishart")]
    );
    let text = "Ruth Gregory, deputy chief economist, said inflation would fall to 2%.";
    assert_eq!(speakers(text), [some("Ruth Gregory")]);
}

#[test]
fn a_tabloid_verb_speaks_after_its_object_and_a_colon() {
    // QA round 21, item L-6.
    let cases = [
        (
            "Councillor Tom Hale blasted the figures: \"Just 78% of children here have had both \
             doses.\"",
            "Tom Hale",
        ),
        (
            "Reid snapped at reporters: \"I was paid £500 to drive a van.\"",
            "Reid",
        ),
        (
            "Detective Inspector Lisa Moor quipped that the gang \"should have stuck to 2 \
             tonnes\".",
            "Lisa Moor",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // Without a quotation after them they are no speech.
    for text in [
        "Photographers snapped Reid as he left court with 3 officers.",
        "Officers blasted open the door at 6am and arrested 4 men.",
    ] {
        assert_eq!(speakers(text), [None], "{text}");
    }
}

#[test]
fn according_to_a_role_then_a_name_is_the_name() {
    // QA round 21, item M-11: the description was the speaker, and "she" had none.
    let text = "The two spacecraft will work together on 2 moons, according to Nasa's associate \
                administrator for science, Nicky Fox.\n\
                \"Two missions looking at the same moons with different eyes gives us a much \
                better chance of an answer,\" she said.\n";
    assert_eq!(speakers(text), [some("Nicky Fox"), some("Nicky Fox")]);
}

#[test]
fn the_report_is_its_publishers() {
    // QA round 21, item L-7: the publisher's sentence has no speech verb.
    let text = "UKHSA published its latest report on measles on Thursday, showing 420 confirmed \
                cases in England.\n\
                Of those, 53% were in London, the report said.\n";
    assert_eq!(speakers(text), [None, some("UKHSA")]);
    // A capitalised report's name is a document too.
    let text = "The agency, UNODC, published its World Drug Report on Thursday.\n\
                Global cocaine production rose 20% in 2023, the report said.\n";
    assert_eq!(speakers(text)[1], some("UNODC"));
    // A speaker whose sentence named a report since is the report's source.
    let text = "UKHSA published its latest report on measles on Thursday.\n\
                The BBC said in a report that 12 schools had closed.\n\
                Of those, 5 were in London, the report said.\n";
    assert_eq!(speakers(text)[2], some("BBC"));
}

#[test]
fn a_un_agency_description_names_only_an_agency_it_may_be() {
    // QA round 21, item L-8: "the UN food agency" may be the FAO or the WFP.
    let text = "The Food and Agriculture Organization (FAO) and the WFP said 282 million people \
                faced hunger.\n\
                The UN food agency said prices rose 2%.\n";
    assert_eq!(speakers(text)[1], some("UN food agency"));
    let text = "The FAO said its index rose for 3 months.\n\
                The UN food agency said prices rose 2%.\n";
    assert_eq!(speakers(text)[1], some("FAO"));
    let text = "UNODC said cocaine production hit a record 3,708 tonnes.\n\
                The UN drugs agency said seizures rose by 13%.\n";
    assert_eq!(speakers(text)[1], some("UNODC"));
}

#[test]
fn a_named_office_on_a_subject_speaks() {
    // QA round 21, item L-8: "on" ended the name, and its object spoke for no one.
    let cases = [
        (
            "The UN Office on Drugs and Crime (UNODC) said cocaine production hit a record \
             3,708 tonnes.",
            "UN Office on Drugs and Crime",
        ),
        (
            "The United Nations Office on Drugs and Crime said cocaine production hit 3,708 \
             tonnes.",
            "United Nations Office on Drugs and Crime",
        ),
        (
            "The Committee on Climate Change said emissions fell 3%.",
            "Committee on Climate Change",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [some(want)], "{text}");
    }
    // A day after "on" is no part of the name.
    let text = "The Board on Tuesday said profits fell 3%.";
    assert_ne!(speakers(text), [some("Board on Tuesday")]);
    // Its acronym and its description are the same source.
    let text = "The UN Office on Drugs and Crime (UNODC) said production hit 3,708 tonnes.\n\
                The UN drugs agency said seizures rose by 13%.\n";
    assert_eq!(
        speakers(text),
        [
            some("UN Office on Drugs and Crime"),
            some("UN Office on Drugs and Crime")
        ]
    );
}

#[test]
fn the_force_is_a_police_force_too() {
    // QA round 21, item L-4: with its speech read, "The force" went to Border Force, though the
    // police force was named last.
    let text = "Border Force officers found 2 tonnes of cocaine in the boxes.\n\
                Officers from Avon and Somerset Police carried out 11 raids on Tuesday.\n\
                The force admitted 2 officers had been injured during the raids.\n";
    assert_eq!(speakers(text)[2], some("Avon and Somerset Police"));
    let text = "Border Force officers found 2 tonnes of cocaine in the boxes.\n\
                The force said 3 boxes were opened.\n";
    assert_eq!(speakers(text)[1], some("Border Force"));
}

#[test]
fn a_police_force_named_for_two_places_is_one_name() {
    // Met with QA round 21, item L-4: the force's entity was "Somerset Police".
    let text = "Officers from Avon and Somerset Police carried out 11 raids on Tuesday.\n\
                The force said 6 people were held.\n";
    assert_eq!(speakers(text)[1], some("Avon and Somerset Police"));
}
