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
    assert_eq!(
        speakers(text),
        [some("Los Angeles County Sheriff's Department")]
    );
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

#[test]
fn an_office_between_a_place_and_a_name_is_the_name_s() {
    // QA round 11, item 4: "States, the Minister of …, Prof. Nentawe Yilwatda," makes no place a
    // minister, and "the minister" is the professor.
    let text = "Relief materials have reached flood victims in Borno and Adamawa States, the \
                Minister of Humanitarian Affairs, Prof. Nentawe Yilwatda, has said.\n\
                The minister said the Federal Government had also dispatched 50 trucks of rice \
                to Maiduguri.\n";
    assert_eq!(
        speakers(text),
        [some("Nentawe Yilwatda"), some("Nentawe Yilwatda")]
    );
    let text = "Aid reached Borno and Adamawa States, the Minister of Humanitarian Affairs and \
                Poverty Alleviation, Prof. Nentawe Yilwatda, has said.\n\
                Yilwatda, who spoke in Abuja, said the money would be used for food.\n\
                According to the NEMA, N2 billion will go to Borno State.\n\
                The minister said 50 trucks of rice had been sent to Maiduguri.\n";
    assert_eq!(speakers(text)[3], some("Nentawe Yilwatda"));
    // Unchanged: an appositive after a name gives it its role.
    let text = "Brandon del Pozo, an assistant professor of medicine, said the data were thin.\n\
                The professor said more work was needed.\n";
    assert_eq!(
        speakers(text),
        [some("Brandon del Pozo"), some("Brandon del Pozo")]
    );
}

#[test]
fn two_offices_before_one_name_are_one_person_s() {
    // QA round 11, item 5: the Chief Minister named before is not added.
    let text = "Chief Minister Devendra Fadnavis announced the package.\n\
                Deputy Chief Minister and Finance Minister Ajit Pawar said the money would be \
                disbursed by 31st March.\n";
    assert_eq!(speakers(text)[1], some("Ajit Pawar"));
    let text = "Chairman and Chief Executive Jane Fraser said the bank would cut 20,000 jobs.\n";
    assert_eq!(speakers(text), [some("Jane Fraser")]);
    // Unchanged: two people.
    let text = "President Joe Biden and Prime Minister Rishi Sunak said the talks went well.\n";
    assert_eq!(speakers(text), [some("Joe Biden and Rishi Sunak")]);
}

#[test]
fn the_party_is_no_party_named_before_another() {
    // QA round 11, item 13: Labour and the Conservatives are named after the Green Party.
    let text = "Reform UK's Sandra Pike came third, and the Green Party's Leila Haddad fifth.\n\
                The returning officer declared the result shortly after 3am.\n\
                The swing from Conservative to Labour was 6.8 percentage points, the party \
                said.\n";
    assert_eq!(speakers(text)[2], some("the party"));
    // Unchanged: the one party named.
    let text = "The Green Party won 12 seats.\n\
                Turnout was 38 per cent, the party said.\n";
    assert_eq!(speakers(text)[1], some("Green Party"));
}

#[test]
fn british_and_indian_titles_are_no_words_of_the_name() {
    // QA round 11, item 16: one person, one name.
    let text = "Dr Vanessa Saliba, a consultant epidemiologist, said cases were rising.\n\
                \"Measles is not a mild illness,\" Dr Saliba said.\n";
    assert_eq!(
        speakers(text),
        [some("Vanessa Saliba"), some("Vanessa Saliba")]
    );
    let text = "Chief Minister Shri Devendra Fadnavis announced a package on Tuesday.\n\
                Farmers will get Rs 13,600 a hectare, Shri Fadnavis said.\n\
                \"No farmer will be left behind,\" the Chief Minister said.\n\
                Deputy Chief Minister and Finance Minister Shri Ajit Pawar said the money would \
                be disbursed by 31st March.\n\
                \"The first instalment will be credited before Gudi Padwa,\" Shri Pawar said.\n\
                Leader of Opposition Shri Vijay Wadettiwar said farmers had demanded more.\n\
                Shiv Sena (UBT) MLA Aaditya Thackeray said the package was \"an eyewash\".\n";
    assert_eq!(
        speakers(text),
        [
            some("Devendra Fadnavis"),
            some("Devendra Fadnavis"),
            some("Devendra Fadnavis"),
            some("Ajit Pawar"),
            some("Ajit Pawar"),
            some("Vijay Wadettiwar"),
            some("Aaditya Thackeray")
        ]
    );
}

#[test]
fn missing_speakers_are_found() {
    // QA round 11, item 17.
    let text = "Leader of Opposition Vijay Wadettiwar said farmers had demanded more.\n\
                \"As many as 1,183 farmers have died by suicide in the region,\" he alleged.\n";
    assert_eq!(speakers(text)[1], some("Vijay Wadettiwar"));
    let text = "Prof. Nentawe Yilwatda said the money would be used to provide food.\n\
                According to him, N2 billion will go to Borno State.\n";
    assert_eq!(speakers(text)[1], some("Nentawe Yilwatda"));
    // "alleged" as an adjective says nothing.
    let text = "The alleged attacker was arrested on Monday.\n";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_stock_ticker_is_the_company_s_never_a_speaker() {
    // QA round 11, item 17.
    assert_eq!(
        speakers("Northwind Logistics (NASDAQ: NWLG) said revenue rose 12%.\n"),
        [some("Northwind Logistics")]
    );
}

#[test]
fn a_company_speaks_past_its_legal_form_and_ticker() {
    // QA round 11, item 17 (verification): the company before ", Inc." and its ticker, never
    // the ticker nor the legal form.
    for text in [
        "Northwind Logistics, Inc. (NASDAQ: NWLG), a provider of freight services, today \
         announced revenue of $2.84 billion.\n",
        "Northwind Logistics (NASDAQ: NWLG), a provider of freight services, today announced \
         revenue of $2.84 billion.\n",
        "Northwind Logistics, Inc., a provider of freight services, today announced revenue of \
         $2.84 billion.\n",
        "Northwind Logistics, Inc. (NASDAQ: NWLG) today announced revenue of $2.84 billion.\n",
        "Northwind Logistics, Inc. said revenue rose 12%.\n",
    ] {
        assert_eq!(speakers(text), [some("Northwind Logistics")], "{text}");
    }
    // A ticker with no name before it names no one.
    let text = "Its shares (NASDAQ: NWLG), a favourite of investors, today announced a loss.\n";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn an_order_received_is_no_speech_and_of_a_force_is_the_speaker_s() {
    // QA round 11, verification items 1 and 2.
    let text = "Hart was also fined £12,500 and told to pay £3,000 in costs.\n";
    assert_eq!(speakers(text), [None]);
    let text = "Detective Inspector Sam Kaur, of Greater Manchester Police, said: \"Hart preyed on \
                the trust of his clients.\"\n";
    assert_eq!(speakers(text), [some("Sam Kaur")]);
    // "told" with an object still speaks.
    let text = "Hart told reporters to leave the court.\n";
    assert_eq!(speakers(text), [some("Hart")]);
}

#[test]
fn a_subhead_s_participle_is_passive() {
    // QA round 11, item 19: a live blog's subhead.
    assert_eq!(speakers("Landfall confirmed\n"), [None]);
    assert_eq!(speakers("Evacuation orders announced\n"), [None]);
    // A headline's source in the present still speaks.
    assert_eq!(
        speakers("Storm kills four in Florida, police say\n"),
        [some("police")]
    );
}
