//! The extractor on real articles it was not written against (tests/fixtures/news/, see its
//! SOURCES.md). Expectations written by reading each article.

mod common;

use claimcheck::claim::Kind;
use claimcheck::extract::extract;
use common::{Sentence, find, sentences, speaker_of};

fn article(name: &str) -> String {
    let path = format!("{}/tests/fixtures/news/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn assert_speakers(all: &[Sentence], expected: &[(&str, &str)]) {
    for (needle, speaker) in expected {
        assert_eq!(
            speaker_of(all, needle).as_deref(),
            Some(*speaker),
            "speaker of the sentence with {needle:?}"
        );
    }
}

/// Lines that must come out as units of their own (headlines, datelines, furniture).
fn assert_units(all: &[Sentence], lines: &[&str]) {
    for line in lines {
        assert!(
            all.iter().any(|s| s.text == *line),
            "{line:?} is not a unit of its own"
        );
    }
}

#[test]
fn christchurch_quake() {
    let all = sentences(&article("christchurch-quake.txt"));
    assert_speakers(
        &all,
        &[
            ("Seismologists said the shaking", "Seismologists"),
            ("said Susan Hough, seismologist", "Susan Hough"),
            ("Prime Minister John Key said", "John Key"),
            ("darkest day", "John Key"),
            ("Authorities said 22 people", "Authorities"),
        ],
    );
    // QA round 18, item B-14: officials speak for the relative clause only, not for the
    // quake's magnitude before it.
    assert_eq!(speaker_of(&all, "some of whom officials said"), None);
    assert_eq!(find(&all, "darkest day").kind, Kind::Quote);
    assert_units(
        &all,
        &[
            "New Zealand quake toll rises",
            "Rescuers trying to reach those still trapped",
        ],
    );
    assert!(
        find(&all, "Northridge, Calif., in 1994.")
            .text
            .starts_with("The highest ground"),
        "\"Calif.,\" does not end the sentence"
    );
    assert_eq!(speaker_of(&all, "Eight were pulled"), None);
}

#[test]
fn yunnan_quake() {
    let all = sentences(&article("yunnan-quake.txt"));
    assert_speakers(
        &all,
        &[
            ("Chinese officials announced", "Chinese officials"),
            ("Honestly, it's such a shame", "Ma Hao"),
            ("We need to help those alive first.", "Ma Hao"),
            ("a population of about 400,000 people", "Xinhua"),
            ("12,000 homes", "Xinhua"),
            ("Ma Liya, a resident of Ludian county", "Ma Liya"),
            ("in 1970, a 7.7-magnitude earthquake", "state media"),
        ],
    );
    let continued = find(&all, "We need to help those alive first.");
    assert_eq!(continued.text, "\"We need to help those alive first.\"");
    assert_eq!(
        continued.kind,
        Kind::Quote,
        "an unattributed quotation continues"
    );
    assert_units(
        &all,
        &[
            "Death toll rises in China quake",
            "August 3, 2014",
            "'Battlefield after bombardment'",
            "mkg/hc (Reuters, AFP, dpa, AP)",
        ],
    );
    assert_eq!(speaker_of(&all, "Heavy rain late into the night"), None);
}

#[test]
fn hungary_base_rate() {
    let all = sentences(&article("hungary-base-rate.txt"));
    assert_speakers(
        &all,
        &[
            ("the Council said “the risks", "Monetary Council"),
            ("”, it added.", "Monetary Council"),
            ("“will begin to decline", "Monetary Council"),
            ("The policymakers said companies", "the policymakers"),
            ("” they added.", "the policymakers"),
            ("the policy makers reiterated", "the policy makers"),
        ],
    );
    for needle in ["the Council said “the risks", "“will begin to decline"] {
        assert_eq!(find(&all, needle).kind, Kind::Quote, "{needle}");
    }
    assert_units(&all, &["Photo credit: Shutterstock"]);
    assert_eq!(
        speaker_of(&all, "also expanded the interest rate corridor"),
        None
    );
}

#[test]
fn voronezh_drones() {
    let all = sentences(&article("voronezh-drones-17.txt"));
    assert_speakers(
        &all,
        &[
            ("Governor Alexander Gusev announced", "Alexander Gusev"),
            ("he wrote on his Telegram channel", "Alexander Gusev"),
            ("The regional governor also reported", "Alexander Gusev"),
        ],
    );
    let quote = find(&all, "A total of 17 unmanned aerial vehicles");
    assert_eq!(quote.kind, Kind::Quote, "a “…“ pair still quotes");
    assert_eq!(speaker_of(&all, "All the injured were taken"), None);
}

#[test]
fn samara_drone_attack() {
    let all = sentences(&article("samara-drone-attack.txt"));
    assert_speakers(
        &all,
        &[
            // "the local governor" is named only in the next sentence.
            (
                "the local governor said Saturday",
                "Vyacheslav Fedorishchev",
            ),
            ("It is with deep sorrow", "Vyacheslav Fedorishchev"),
        ],
    );
    assert_units(
        &all,
        &[
            "Ukrainian drone attack on Russia kills four: Governor",
            "20-09-2025 | 07:05",
        ],
    );
}

#[test]
fn mexico_quake() {
    let all = sentences(&article("mexico-quake.txt"));
    assert_speakers(
        &all,
        &[
            ("As CBS News' Chris Martinez reported", "Chris Martinez"),
            ("They were making noise with metal", "Alex Osorio"),
        ],
    );
    assert_units(&all, &["MORE FROM CBS NEWS"]);
    assert!(find(&all, "MORE FROM CBS NEWS").speaker.is_none());
    assert_eq!(speaker_of(&all, "Volunteer Alex Osorio, a banker"), None);
}

#[test]
fn botswana_rate_hike() {
    let all = sentences(&article("botswana-rate-hike.txt"));
    assert_speakers(
        &all,
        &[
            (
                "the bank said the Monetary Policy Committee",
                "Central Bank",
            ),
            ("the central bank’s MPC said", "Monetary Policy Committee"),
            (
                "According to the Central Statistics Office",
                "Central Statistics Office",
            ),
        ],
    );
    assert_units(
        &all,
        &[
            "Central Bank responds to rising inflation with rate hike",
            "source: Sunday Standard",
            "%d bloggers like this:",
        ],
    );
}

#[test]
fn offsets_are_exact_on_every_article() {
    for name in [
        "botswana-rate-hike.txt",
        "christchurch-quake.txt",
        "hungary-base-rate.txt",
        "mexico-quake.txt",
        "samara-drone-attack.txt",
        "voronezh-drones-17.txt",
        "yunnan-quake.txt",
    ] {
        let text = article(name);
        for s in sentences(&text) {
            assert_eq!(s.text, &text[s.start..s.end], "{name}");
            assert_eq!(s.text, s.text.trim(), "{name}: trimmed");
        }
    }
}

#[test]
fn page_furniture_is_not_a_claim() {
    let furniture = [
        ("mexico-quake.txt", "MORE FROM CBS NEWS"),
        ("hungary-base-rate.txt", "Photo credit: Shutterstock"),
        ("botswana-rate-hike.txt", "%d bloggers like this:"),
        ("botswana-rate-hike.txt", "source: Sunday Standard"),
        ("botswana-rate-hike.txt", "22.06.2008 6:23:02 P"),
        ("samara-drone-attack.txt", "20-09-2025 | 07:05"),
        ("yunnan-quake.txt", "mkg/hc (Reuters, AFP, dpa, AP)"),
    ];
    for (name, line) in furniture {
        let claims = extract(&article(name), 0);
        assert!(
            !claims.iter().any(|c| c.text == line),
            "{name}: {line:?} is furniture, not a claim"
        );
    }
}
