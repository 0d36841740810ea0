//! Speakers of QA round 10, items N1 to N12: nested clauses, court roles, postnominals,
//! quotations ending in a preposition, a quotation in the paragraph after "X said:".

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_quotation_ending_in_a_preposition_keeps_its_speaker() {
    // QA round 10, item N4: the quotation's last word is no preposition of "Smith".
    for text in [
        "“This is what we voted for,” Smith said.\n",
        "“This is the house we lived in,” Smith said.\n",
        "\"He was lied to,\" Smith said.\n",
        "“What we were asked about,” Smith said.\n",
    ] {
        assert_eq!(speakers(text), [some("Smith")], "{text}");
    }
    // Unchanged: the object of a preposition outside a quotation says nothing.
    let text = "Those who live in Kyiv said the night was quiet.\n";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_court_s_roles_name_their_holder() {
    // QA round 10, item N3: "barrister", "counsel" are roles as "lawyer" is.
    let text = "Her barrister, Jonathan Pryce, said his client would appeal.\n";
    assert_eq!(speakers(text), [some("Jonathan Pryce")]);
    let text = "Defence counsel Ann Lee said the evidence was thin.\n";
    assert_eq!(speakers(text), [some("Ann Lee")]);
    // With a postnominal, the "he" after it is the barrister, not the judge named before.
    let text = "Judge Martin Kerrigan KC jailed Ashworth for nine years.\n\
                Ashworth's barrister, Jonathan Pryce KC, said his client would appeal.\n\
                He told reporters that the jury had been \"asked to decide an accounting \
                dispute.\"\n";
    assert_eq!(
        speakers(text),
        [None, some("Jonathan Pryce"), some("Jonathan Pryce")]
    );
    // Unchanged: a lawyer.
    let text = "Ashworth's lawyer, Jonathan Pryce, said his client would appeal.\n";
    assert_eq!(speakers(text), [some("Jonathan Pryce")]);
}

#[test]
fn a_postnominal_is_no_word_of_the_name() {
    // QA round 10, item N12: a later surname resolves to the name the postnominal follows.
    let text = "Judge Martin Kerrigan KC jailed Ashworth.\n\
                She will serve half of the sentence, Kerrigan said.\n";
    assert_eq!(speakers(text), [None, some("Martin Kerrigan")]);
    let text = "Jess Phillips MP said the report was damning.\n\
                \"It is a scandal,\" Phillips said.\n\
                Labour MP Anna Berg said the vote was close.\n\
                \"We lost,\" said Sir Keir Starmer KC MP.\n";
    assert_eq!(
        speakers(text),
        [
            some("Jess Phillips"),
            some("Jess Phillips"),
            some("Anna Berg"),
            some("Keir Starmer")
        ]
    );
    let text = "Martin Luther King Jr. said the march would go on.\n\
                \"We shall overcome,\" King said.\n";
    assert_eq!(
        speakers(text),
        [some("Martin Luther King"), some("Martin Luther King")]
    );
    // A title that is a surname too ends a given name; a title still opens one.
    let text = "The Green candidate, Imran Sheikh, took 1,936 votes.\n\
                Sheikh said the result was a start.\n\
                Sheikh Tamim said the talks would go on.\n\
                The Saudi King said the talks would go on.\n";
    assert_eq!(
        speakers(text),
        [
            None,
            some("Imran Sheikh"),
            some("Tamim"),
            some("Saudi King")
        ]
    );
}

#[test]
fn the_speaker_of_a_reported_clause_is_the_main_clause_s() {
    // QA round 10, item N2: the subject of a clause a speech verb reports is no speaker.
    for text in [
        "Marco Ferri of Capital Economics said the split vote suggested that \"the hawks are \
         still in the room\" and that a cut was \"far from a done deal.\"\n",
        "Marco Ferri of Capital Economics said the data suggested that \"the hawks are still in \
         the room.\"\n",
        "Marco Ferri said that the data suggested \"the hawks are still in the room.\"\n",
    ] {
        assert_eq!(speakers(text), [some("Marco Ferri")], "{text}");
    }
    // An appositive "one of …" between the subject and its verb.
    let text = "Deputy Governor Piet Jansen, one of the two dissenters, said last week that wage \
                growth remained \"inconsistent with 2% inflation.\"\n";
    assert_eq!(speakers(text), [some("Piet Jansen")]);
    // Unchanged: a clause's subject when no speech verb reports the clause; a pronoun's.
    let text = "After the vote, the data suggested that \"the hawks are still in the room.\"\n";
    assert_eq!(speakers(text), [some("the data")]);
    let text = "Anna Berg chairs the board.\n\
                The minutes show she said \"the hawks are still in the room.\"\n";
    assert_eq!(speakers(text), [None, some("Anna Berg")]);
}

#[test]
fn one_of_a_group_named_between_commas_speaks() {
    // QA round 10, item N10: "One of the investors, Margaret Doyle," names her.
    let text = "One of the investors, Margaret Doyle, said she had lost £62,000.\n";
    assert_eq!(speakers(text), [some("Margaret Doyle")]);
    let text = "One of the investors, Margaret Doyle, 84, from Stockport, said she had lost \
                £62,000.\n";
    assert_eq!(speakers(text), [some("Margaret Doyle")]);
    // Unchanged: one of a group, unnamed, is no one named.
    let text = "One of the investors, a retired teacher, said she had lost £62,000.\n";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_speech_verb_after_and_shares_the_opening_subject() {
    // QA round 10, item N10: "He congratulated his opponent and said …".
    let text = "Richard Hale conceded on Friday.\n\
                He congratulated his opponent and said the Conservatives had lost.\n\
                Richard Hale congratulated his opponent and said the party had lost.\n";
    assert_eq!(
        speakers(text),
        [None, some("Richard Hale"), some("Richard Hale")]
    );
    // Unchanged: a subject of its own before "said"; a clause that opens with something else.
    let text = "Richard Hale conceded on Friday.\n\
                He congratulated his opponent and officials said the count was over.\n\
                After the count, the result surprised everyone and said nothing.\n";
    assert_eq!(speakers(text), [None, some("officials"), None]);
}

#[test]
fn a_source_described_by_its_noun_finds() {
    // QA round 10, item N10: "…, the study found" reads as "…, the survey said" does.
    let text = "Cases rose by 55% in 2024, the study found.\n\
                The survey showed that 6,210 parents had vaccinated their children.\n\
                Cases rose by 55% in 2024, the survey said.\n";
    assert_eq!(
        speakers(text),
        [some("the study"), some("the survey"), some("the survey")]
    );
    // Unchanged: a finding verb whose subject is no source; a study's maker.
    let text = "Prices showed signs of easing.\n\
                They found that incidence rose.\n\
                A study by Oxford University found that incidence rose.\n";
    assert_eq!(speakers(text), [None, None, some("Oxford University")]);
}

#[test]
fn things_that_are_no_speakers() {
    // QA round 10, item N11: a participle after an object is no speech verb.
    let text = "Researchers analysed 2,911 laboratory-confirmed cases reported between January \
                2023 and December 2024.\n\
                The team studied patients treated in 2024.\n";
    assert_eq!(speakers(text), [None, None]);
    // Unchanged: a subject before "reported".
    let text = "Local police reported 40 arrests.\n\
                The ministry said cases reported in 2024 had doubled.\n";
    assert_eq!(speakers(text), [some("Local police"), some("the ministry")]);
    // A body in lower case after "figures from" makes them.
    let text = "Labour gained nine seats, according to figures from the city council.\n\
                Labour gained nine seats, according to figures from the United Nations.\n\
                Turnout was 34%, according to data released by the city council on Friday.\n";
    assert_eq!(
        speakers(text),
        [
            some("the city council"),
            some("United Nations"),
            some("the city council")
        ]
    );
    // An organisation named in the sentence comes before one named earlier.
    let text = "Arsenal lost in the Champions League on Tuesday.\n\
                The Premier League's Key Match Incidents panel will review the decision this \
                week, according to the league.\n\
                The decision was reviewed, according to the league.\n";
    let got = speakers(text);
    assert_eq!(got[1].as_deref(), Some("Premier League"), "{got:?}");
    assert_eq!(got[2].as_deref(), Some("Premier League"), "the latest");
}

#[test]
fn a_quotation_after_said_and_a_colon_takes_its_speaker() {
    // QA round 10, item N1: "X said:" closes a paragraph, the quotation is the next one.
    let bailey = some("Andrew Bailey");
    let text = "Governor Andrew Bailey said:\n\n\
                \"Inflation is falling. We expect it to reach 2% by June.\"\n";
    assert_eq!(speakers(text), [bailey.clone(), bailey.clone()]);
    let text = "Andrew Bailey told reporters:\n\n\
                \"Inflation is falling.\n\n\
                \"We expect it to reach 2% by June.\"\n\n\
                Markets rose.\n";
    assert_eq!(
        speakers(text),
        [bailey.clone(), bailey.clone(), bailey.clone(), None]
    );
    // A sentence inside the open quotation that opens with no mark keeps the speaker too.
    let text = "Governor Ines Lindqvist said the board had \"shifted decisively\".\n\n\
                \"Inflation is close to target. Unemployment has risen for four months in a \
                row.\n\n\
                \"We are not on a pre-set path.\"\n";
    let lindqvist = some("Ines Lindqvist");
    assert_eq!(
        speakers(text),
        [
            lindqvist.clone(),
            lindqvist.clone(),
            lindqvist.clone(),
            lindqvist
        ]
    );
    // Unchanged: a colon that introduces no quotation; a quotation after narrative.
    let text = "Andrew Bailey said:\n\nInflation is falling.\n\n\"We are ready.\"\n";
    assert_eq!(speakers(text), [bailey, None, None]);
}

#[test]
fn a_possessive_opens_a_speaker_and_a_time_before_it_does_not() {
    // "my opponent", "our correspondent": the possessive stays with the noun, as "his lawyer".
    assert_eq!(
        speakers("My opponent said the plan would cost $5 trillion.\n"),
        [some("My opponent")]
    );
    assert_eq!(
        speakers("Our correspondent said 40 people died.\n"),
        [some("Our correspondent")]
    );
    // A time before the subject is no modifier of it.
    assert_eq!(
        speakers("Last week officials reported 40 cases.\n"),
        [some("officials")]
    );
    // A modifier still is.
    assert_eq!(
        speakers("Local officials said 40 people died.\n"),
        [some("Local officials")]
    );
}

#[test]
fn the_holder_of_a_bodys_office_speaks_not_the_body() {
    for text in [
        "Bank of England Governor Andrew Bailey said inflation was falling.\n",
        "The Bank of England governor Andrew Bailey said inflation was falling.\n",
    ] {
        assert_eq!(speakers(text), [some("Andrew Bailey")], "{text}");
    }
    // No office before the name: the phrase, not the person it names.
    assert_eq!(
        speakers("Supporters of Donald Trump said the vote was rigged.\n"),
        [some("Supporters of Donald Trump")]
    );
    assert_eq!(
        speakers("The Bureau of Labor Statistics said 40,000 jobs were added.\n"),
        [some("Bureau of Labor Statistics")]
    );
}
