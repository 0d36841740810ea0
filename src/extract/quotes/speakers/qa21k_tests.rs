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
