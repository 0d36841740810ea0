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
