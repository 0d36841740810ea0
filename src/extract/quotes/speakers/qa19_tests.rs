//! Speakers of QA round 19: bodies named in passing, names of bodies with "of", "for" and
//! "and", an acronym in brackets after a name.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn it_is_not_the_agent_of_a_passive() {
    // QA round 19, item G-1: the body after "by" is named in passing; the company spoke.
    let text = "Brightline Plastics said 450 people worked there. The company was fined \
                £40,000 by the HSE in 2021. It said it would cooperate fully.";
    assert_eq!(speakers(text)[2], some("Brightline Plastics"));
    let text = "The Institute for Fiscal Studies said the gap was £22 billion. Apex Pharma said \
                it was recalling 50,000 packs. The company was fined USD 2 million by the FDA. \
                It said no patients were harmed.";
    assert_eq!(speakers(text)[3], some("Apex Pharma"));
    // A body that acts as the subject since is still the one "it" points at.
    let text = "Apex Pharma said it was recalling 50,000 packs. The FDA fined the company \
                USD 2 million. It said no patients were harmed.";
    assert_eq!(speakers(text)[2], some("FDA"));
}

#[test]
fn it_is_never_a_name_a_link_label_gives() {
    // QA round 19, item G-2.
    for label in [
        "Trending",
        "Most viewed",
        "Watch",
        "WATCH",
        "Top stories",
        "Watch the video",
    ] {
        let text = format!(
            "Factory fire: 200 evacuated\n\nThe fire service said 20 engines attended.\n\n\
             {label}: Tesco says it will cut 1,800 jobs\n\nIt said the fire started at 2am.\n"
        );
        assert_eq!(
            speakers(&text).last().cloned().flatten(),
            some("the fire service"),
            "{label}"
        );
    }
}

#[test]
fn bodies_named_with_of_or_for_speak_and_are_it() {
    // QA round 19, item G-3.
    for body in [
        "National Association of Head Teachers",
        "Royal Society for the Protection of Birds",
        "Royal Society for Public Health",
        "Society for Human Resource Management",
        "Royal Society of Chemistry",
        "British Chambers of Commerce",
        "Confederation of British Industry",
    ] {
        let text =
            format!("The {body} said 3,000 members were surveyed. It said 40% reported stress.");
        let got = speakers(&text);
        assert_eq!(got[0], some(body), "{body}");
        assert_eq!(got[1], some(body), "{body}: it");
    }
}

#[test]
fn it_is_no_body_named_in_a_list_or_a_name_with_and_that_spoke() {
    // QA round 19, items G-3 and G-4: the name with its "and" is read as a list; "it" is then
    // none of its parts.
    for body in [
        "The Association of School and College Leaders",
        "The Chartered Institute of Personnel and Development",
        "West Yorkshire Fire and Rescue Service",
        "The Bank of England and Barclays",
    ] {
        let text = format!("{body} said 3,000 members were surveyed. It said 40% reported stress.");
        assert_eq!(speakers(&text)[1], None, "{body}");
    }
    // (Nor a body that spoke before the list.)
    let text = "The National Association of Head Teachers said 3,000 members were surveyed. \
                The Association of School and College Leaders said funding fell 9%. \
                It said 200 schools were running deficits.";
    assert_eq!(speakers(text)[2], None);
    let text = "Acme said sales rose. France and Germany said 3,000 members were surveyed. \
                It said 40% reported stress.";
    assert_eq!(speakers(text)[2], some("Acme"));
}

#[test]
fn an_acronym_in_brackets_is_no_word_of_the_speaker() {
    // QA round 19, items G-4 and G-9.
    for (text, name) in [
        (
            "Prices rose 4%, according to the Office for National Statistics (ONS).",
            "Office for National Statistics",
        ),
        (
            "Prices rose 4%, said the Office for National Statistics (ONS).",
            "Office for National Statistics",
        ),
        (
            "Prices rose 4%, according to the Bureau of Labor Statistics (BLS).",
            "Bureau of Labor Statistics",
        ),
        (
            "Prices rose 4%, according to the Institute for Fiscal Studies (IFS).",
            "Institute for Fiscal Studies",
        ),
        (
            "Prices rose 4%, according to figures from the ONS (Office for National Statistics).",
            "Office for National Statistics",
        ),
        (
            "Crews rescued 4 people, according to the Scottish Fire and Rescue Service (SFRS).",
            "Scottish Fire and Rescue Service",
        ),
        (
            "Crews rescued 4 people, said the Health and Safety Executive (HSE).",
            "Health and Safety Executive",
        ),
        (
            "The Health and Safety Executive (HSE) said 4 people were hurt.",
            "Health and Safety Executive",
        ),
    ] {
        let text = format!("{text} It said wages rose 5.2%.");
        let got = speakers(&text);
        assert_eq!(got[0], some(name), "{text}");
        // (The body, or its acronym: "BLS".)
        let acronym = |s: &str| s.len() <= 5 && s.chars().all(|c| c.is_ascii_uppercase());
        assert!(
            got[1] == some(name) || got[1].as_deref().is_some_and(acronym),
            "{text}: it {:?}",
            got[1]
        );
    }
}
