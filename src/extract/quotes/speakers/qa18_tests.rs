//! Speakers of QA round 18: a report is never a person's words, a currency's code is no "it",
//! a place at the end of an organisation's name is no short form of it, a bare "results".

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn the_report_is_never_the_person_who_spoke_before() {
    // QA round 18, item C-1.
    let text = "Secretary of State Antony Blinken said on Monday that talks would resume.\n\
                Sea level rose by 5 mm per year, the report said.\n";
    assert_eq!(speakers(text)[1], None);
    let text = "\"This is bad,\" WMO Secretary-General Celeste Saulo said in a statement.\n\
                Sea level rose by 4.7 mm per year, the report said.\n";
    assert_eq!(speakers(text)[1], None);
    // A statement may be a person's; a report named earlier is still itself.
    let text = "Peskov said the talks were useful. The statement added that talks were over.";
    assert_eq!(speakers(text)[1], some("Peskov"));
    let text = "The Lewin report said costs would rise. Blinken said talks would resume. \
                The Lewin report said 20 million people would lose cover.";
    assert_eq!(speakers(text)[2], some("Lewin report"));
}

#[test]
fn it_is_never_a_currency_code() {
    // QA round 18, item C-2.
    let text = "Nordvik Systems said on Thursday it would cut about 4,800 jobs.\n\
                The company expects charges of between SEK 1.8 billion and SEK 2.2 billion. \
                It said the programme would reduce annual costs by SEK 3.5 billion from 2026.\n";
    assert_eq!(speakers(text)[2], some("Nordvik Systems"));
}

#[test]
fn a_place_ending_an_organisations_name_is_not_that_organisation() {
    // QA round 18, item B-2: "Ukraine" of "State Emergency Service of Ukraine".
    let text = "The State Emergency Service of Ukraine said rescuers were at the scene.\n\
                The attack killed 14 people, the governor said.\n\
                The United Nations Human Rights Monitoring Mission in Ukraine said last month \
                that at least 13,800 civilians had been killed since February 2022.\n\
                Two days earlier, Ukraine said it had struck an oil refinery.\n";
    let got = speakers(text);
    assert_eq!(
        got[2],
        some("the United Nations Human Rights Monitoring Mission in Ukraine")
    );
    assert_eq!(got[3], some("Ukraine"));
}

#[test]
fn bare_results_are_no_source() {
    // QA round 18, item A-10.
    let text = "A pill lowered the risk by 26%, according to results of a large international \
                trial published on Wednesday.\n";
    assert_eq!(speakers(text)[0], None);
}

#[test]
fn page_furniture_names_no_one_a_later_it_points_at() {
    // QA round 18, items B-2 and C-2: a link under "Read more:" and a photo credit.
    let text = "Nordvik Systems said on Thursday it would cut about 4,800 jobs.\n\n\
                Read more:\n\
                Swedish tech stocks slide as AI spending bites\n\
                Nordvik hires former Spotify executive as finance chief\n\n\
                The company expects charges of SEK 2 billion. It said the programme would \
                reduce annual costs by SEK 3.5 billion.\n";
    assert_eq!(
        speakers(text).last().cloned().flatten(),
        some("Nordvik Systems")
    );
    let text = "The Dnipro City Council said rescuers were at the scene.\n\n\
                [Photo: Rescuers search the rubble in Dnipro on Saturday. Credit: Dnipro Rescue \
                Service / Handout via Reuters]\n\n\
                More people were trapped, it said.\n";
    assert_eq!(
        speakers(text).last().cloned().flatten(),
        some("Dnipro City Council")
    );
}

#[test]
fn it_is_the_company_that_spoke_not_a_body_named_in_passing() {
    // QA round 18, item C-2, in the whole article (tester C's, unchanged): "It said" after
    // figures in SEK, a time in GMT, "analysts polled by LSEG" and a "Read more:" link naming AI.
    let text = include_str!("qa18_layoffs.txt");
    let mut it_said = None;
    crate::extract::pipeline::analyse_with(text, |a| {
        if a.text.starts_with("It said the programme") {
            it_said = Some(a.speaker.map(str::to_string));
        }
    });
    assert_eq!(it_said, Some(some("Nordvik Systems AB")));
}
