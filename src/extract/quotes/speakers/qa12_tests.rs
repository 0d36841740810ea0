//! Speakers of QA round 12: knights' and dames' titles, lists of speakers, a common noun with a
//! "which" clause, a relative named after a comma, asides before "said".

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn sir_and_dame_are_titles_of_the_name_not_words_of_it() {
    // QA round 12, item 3.
    let text = "Nilesh Samani, the cardiologist, spoke at the meeting.\n\
                \"People should not stop taking their statins,\" said Sir Nilesh Samani.\n";
    assert_eq!(speakers(text)[1], some("Nilesh Samani"));
    // An obituary's closing line with the title makes the subject no other person, so "she"
    // after her last name is still her.
    let text = "Margaret Okafor-Lindqvist, the surgeon, has died.\n\
                Her daughter, Ingrid Lindqvist, a GP in Bristol, said her mother had \"never \
                once complained about the hours\".\n\
                In a 2014 interview with the BBC, Okafor-Lindqvist said she had been rejected \
                by 11 hospitals. \"I kept every one of those letters,\" she said.\n\
                Dame Margaret Okafor-Lindqvist, surgeon, born 12 August 1934; died 1 February \
                2026\n";
    let got = speakers(text);
    assert_eq!(got[2], some("Margaret Okafor-Lindqvist"));
    assert_eq!(got[3], some("Margaret Okafor-Lindqvist"));
    let text = "In a 2014 interview, Dame Margaret Okafor said she had been rejected by 11 \
                hospitals. \"I kept every one of those letters,\" she said.\n";
    assert_eq!(
        speakers(text),
        [some("Margaret Okafor"), some("Margaret Okafor")]
    );
}

#[test]
fn a_list_of_speakers_keeps_every_name() {
    // QA round 12, item 4.
    let text = "France, Germany and Italy said the deal was unacceptable.\n\
                The United States, Britain and Norway called for an immediate humanitarian \
                ceasefire in a joint statement on Wednesday.\n\
                Spain, Portugal, Greece, and Malta said the deal was fair.\n";
    assert_eq!(
        speakers(text),
        [
            some("France, Germany and Italy"),
            some("United States, Britain and Norway"),
            some("Spain, Portugal, Greece and Malta"),
        ]
    );
    // What opens the sentence before a comma is no name of the list.
    let text = "In Paris, Germany and Italy said the deal was unacceptable.\n\
                Elsewhere, Germany and Italy said the deal was unacceptable.\n\
                However, Germany and Italy said the deal was unacceptable.\n\
                On Tuesday, Germany and Italy said the deal was unacceptable.\n\
                Separately, Germany and Italy said the deal was unacceptable.\n";
    for got in speakers(text) {
        assert_eq!(got, some("Germany and Italy"));
    }
}

#[test]
fn a_body_described_by_a_relative_clause_is_the_speaker() {
    // QA round 12, item 9, as "Oxfam, which …, said" already is.
    let text = "The health ministry, which runs the hospitals, said 212 civilians had been \
                killed.\n\
                The company, which makes the drug, said it had filed for approval.\n\
                The charity, which was founded in 1998, said in a statement that it was \
                shocked.\n\
                Sudan's health ministry, which is aligned with the army, put the death toll far \
                higher, saying 212 civilians had been killed.\n";
    assert_eq!(
        speakers(text),
        [
            some("the health ministry"),
            some("the company"),
            some("the charity"),
            some("Sudan's health ministry"),
        ]
    );
    // A thing so described is no body, and the object of a preposition is no subject.
    let text = "The report, which runs to 90 pages, said the drug was safe.\n\
                Patients at the hospital, which was shelled, said they were afraid.\n";
    assert_eq!(speakers(text), [None, some("Patients at the hospital")]);
}

#[test]
fn a_relative_named_after_a_comma_is_the_speaker() {
    // QA round 12, item 10, as "The trust's chief executive, Claire Beaumont, said" is.
    let text = "Her daughter, Ingrid Lindqvist, said her mother had \"never once complained about \
                the hours\".\n\
                His son, Erik Lindqvist, said: \"She never once complained about the hours.\"\n\
                She died at home in Bristol on Sunday, her son, Erik Lindqvist, said in a \
                statement on Monday.\n\
                Okafor's widower, Tom Reid, said she had loved the work.\n";
    assert_eq!(
        speakers(text),
        [
            some("Ingrid Lindqvist"),
            some("Erik Lindqvist"),
            some("Erik Lindqvist"),
            some("Tom Reid"),
        ]
    );
}

#[test]
fn a_relative_clause_with_a_comma_of_its_own_still_has_its_subject() {
    // QA round 12, item 12.
    let text = "Gary Pickering was sacked in May.\n\
                Pickering, whose side finished fourth in the league, 14 points behind champions \
                Halesworth, said: \"We were second best.\"\n\
                The ministry, which runs 40 hospitals, most of them in Khartoum, said 212 people \
                had died.\n";
    assert_eq!(
        speakers(text),
        [None, some("Gary Pickering"), some("the ministry")]
    );
}

#[test]
fn a_relative_clause_inside_a_clause_gives_no_subject() {
    // A golden transcript: the Klan only lives in this sentence's clauses.
    let text = "Mr. Griffin, I believe, who is the head of the Klan, who lives in Tampa, Florida, \
                indicated in a statement that he was not going to vote for me.\n";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn unnamed_and_data_sources_speak() {
    // QA round 12, item 18.
    let text = "Revenue reached $3.1bn, people familiar with the company's finances said.\n\
                Revenue reached $3.1bn, people familiar with the matter said.\n\
                Employment in the federal government has fallen by 97,000 since January, the \
                BLS data showed.\n\
                Sales fell 4%, according to analysts at Jefferies.\n";
    assert_eq!(
        speakers(text),
        [
            some("people familiar with the company's finances"),
            some("people familiar with the matter"),
            some("BLS data"),
            some("analysts at Jefferies"),
        ]
    );
}
