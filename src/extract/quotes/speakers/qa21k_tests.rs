//! Speakers of QA round 21 (tester K): broadcasters whose names end in a number ("France 24",
//! "Fox 5", "Channel 4 News").

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_broadcaster_whose_name_ends_in_a_number_speaks() {
    // QA round 21, item K-13.
    let cases = [
        (
            "France 24 reported that 300 residents were evacuated.",
            some("France 24"),
        ),
        (
            "Fox 5 reported that 300 residents were evacuated.",
            some("Fox 5"),
        ),
        (
            "Channel 5 said 14 people had been injured.",
            some("Channel 5"),
        ),
        (
            "BBC Radio 4 reported that 300 residents were evacuated.",
            some("BBC Radio 4"),
        ),
        (
            "Channel 4 News reported that 300 residents were evacuated.",
            some("Channel 4 News"),
        ),
        // A count, a hedge or a date before the verb names no one.
        ("Some 40 said they had been evacuated.", None),
        ("Of the residents, 40 said they had been evacuated.", None),
        // (A date before the verb is no name: no speaker here, as before.)
        (
            "The ministry on May 5 said 14 people had been injured.",
            None,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(text), [want], "{text}");
    }
}

#[test]
fn a_body_of_another_field_is_not_the_body_named_before() {
    // QA round 21, item K-9: the fire agency's toll is not the Japan Meteorological Agency's.
    let text = "The typhoon made landfall on Monday, the Japan Meteorological Agency said.\n\
                The typhoon killed 12 people and injured 140, the fire agency said.\n";
    assert_eq!(
        speakers(text),
        [some("Japan Meteorological Agency"), some("the fire agency")]
    );
    // A word of the name, or a description of any body, still points back at it.
    let text = "The typhoon made landfall on Monday, the Japan Meteorological Agency said.\n\
                Winds reached 200 km/h, the meteorological agency said.\n\
                Rain will ease by Friday, the national agency said.\n\
                Gusts eased, the independent agency said.\n";
    assert_eq!(
        speakers(text),
        [
            some("Japan Meteorological Agency"),
            some("Japan Meteorological Agency"),
            some("Japan Meteorological Agency"),
            some("Japan Meteorological Agency")
        ]
    );
}
