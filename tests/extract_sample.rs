//! The sample article (data/odesa-drone-strike.txt): what issue #2 says it must give.

mod common;

use claimcheck::claim::Kind;
use claimcheck::extract::{Source, extract, extract_documents};
use common::{find, sentences, speaker_of};

const SAMPLE: &str = include_str!("../data/odesa-drone-strike.txt");

#[test]
fn the_article_splits_into_its_26_sentences() {
    let all = sentences(SAMPLE);
    let openings: Vec<String> = all
        .iter()
        .map(|s| {
            s.text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        openings,
        [
            "Russia has finally",
            "Ukraine’s President, Volodymyr",
            "It appears that",
            "Read on to",
            "A Kremlin spokesperson",
            "Last week, President",
            "The meeting became",
            "“You’re gambling with",
            "“You’re gambling with",
            "Trump went on",
            "Following his departure",
            "In the letter,",
            "He added, “My",
            "The letter also",
            "“It’s time to",
            "Moscow appears to",
            "However, he expressed",
            "“For now, the",
            "“Overall, the approach",
            "Sky News reported",
            "On March 4,",
            "Regional governor Oleh",
            "In response to",
            "The situation continues",
            "What are your",
            "Share your opinions",
        ]
    );
    for s in &all {
        assert_eq!(s.text, &SAMPLE[s.start..s.end]);
    }
}

#[test]
fn multi_sentence_quotations_stay_with_their_attribution() {
    let all = sentences(SAMPLE);
    let trump = find(&all, "senseless war");
    assert!(trump.text.starts_with("“It’s time"));
    assert!(trump.text.ends_with("President Trump said."));
    let peskov = find(&all, "We are positive.");
    assert!(peskov.text.starts_with("Moscow appears"));
    assert!(peskov.text.ends_with("negotiating table.”"));
    let peace = find(&all, "best contribution");
    assert!(peace.text.ends_with("peace.”"), "the closing quote stays");
}

#[test]
fn the_nine_quotes_and_who_said_them() {
    let all = sentences(SAMPLE);
    let expected = [
        ("gambling with the lives", "Donald Trump"),
        ("gambling with World War Three", "Donald Trump"),
        ("best contribution to the cause of peace", "Dmitry Peskov"),
        ("Ukraine is ready to come", "Volodymyr Zelensky"),
        ("My team and I are prepared", "Volodymyr Zelensky"),
        ("time to end this senseless war", "Donald Trump"),
        ("We are positive", "Dmitry Peskov"),
        ("the legal ban", "Dmitry Peskov"),
        ("the approach is positive", "Dmitry Peskov"),
    ];
    for (needle, speaker) in expected {
        let sentence = find(&all, needle);
        assert_eq!(sentence.speaker.as_deref(), Some(speaker), "{needle}");
        assert_eq!(sentence.kind, Kind::Quote, "{needle}");
    }
    let quotes = all.iter().filter(|s| s.kind == Kind::Quote).count();
    assert_eq!(quotes, 9);
}

#[test]
fn reported_statements_name_their_source() {
    let all = sentences(SAMPLE);
    let sky = find(&all, "Sky News reported");
    assert_eq!(sky.kind, Kind::Attribution);
    assert_eq!(sky.speaker.as_deref(), Some("Sky News"));
    let kiper = find(&all, "Kiper confirmed");
    assert_eq!(kiper.speaker.as_deref(), Some("Oleh Kiper"));
    assert_eq!(
        speaker_of(&all, "The letter also mentioned").as_deref(),
        Some("Volodymyr Zelensky"),
        "the letter's author"
    );
    // Attitudes and acts are narrated, not said: "expressed their disappointment", "expressed
    // some uncertainty" attribute nothing to Trump, Vance or Peskov.
    for narrated in ["Vance expressed their", "he expressed some uncertainty"] {
        assert_eq!(speaker_of(&all, narrated), None, "{narrated}");
        assert_ne!(find(&all, narrated).kind, Kind::Attribution, "{narrated}");
    }
    for unattributed in [
        "Read on to find out",
        "In response to the 181",
        "Russia has finally",
    ] {
        assert_eq!(speaker_of(&all, unattributed), None, "{unattributed}");
    }
}

#[test]
fn claims_are_unique_and_exact_slices_of_the_article() {
    let extraction = extract_documents(&[Source {
        path: "data/odesa-drone-strike.txt",
        text: SAMPLE,
    }]);
    assert_eq!(extraction.documents[0].title, "odesa-drone-strike");
    let mut ids = std::collections::HashSet::new();
    for claim in &extraction.claims {
        assert_eq!(claim.text, &SAMPLE[claim.start..claim.end]);
        assert!(ids.insert(claim.id.clone()), "duplicate id {}", claim.id);
        assert_eq!(claim.id, claimcheck::claim::claim_id(&claim.text, 1));
    }
}

#[test]
fn which_sentences_are_claims() {
    let claims = extract(SAMPLE, 0);
    let is_claim = |needle: &str| claims.iter().any(|c| c.text.contains(needle));
    let expected = [
        "tense encounter unfolded in President Donald Trump’s Oval Office",
        "A Kremlin spokesperson discussed",
        "Vice President JD Vance met with Zelensky",
        "The meeting became tense",
        "gambling with the lives",
        "gambling with World War Three",
        "pause all military aid",
        "read aloud to Congress on March 4, 2025",
        "Ukraine is ready to come",
        "My team and I are prepared",
        "rare earth minerals",
        "senseless war",
        "We are positive",
        "2022 decree",
        "the legal ban",
        "the approach is positive",
        "Sky News reported",
        "77-year-old woman",
        "Kiper confirmed",
        "181 drones fired",
    ];
    for needle in expected {
        assert!(is_claim(needle), "should be a claim: {needle}");
    }
    let not_claims = [
        "Read on to find out more about the developments.",
        "it remains to be seen how things will unfold",
        "What are your thoughts on the situation?",
        "Share your opinions in the comments",
    ];
    for needle in not_claims {
        assert!(!is_claim(needle), "should not be a claim: {needle}");
    }
}

#[test]
fn figures_of_the_attack() {
    let all = sentences(SAMPLE);
    let odesa = find(&all, "77-year-old woman");
    let values: Vec<f64> = odesa.quantities.iter().map(|q| q.value).collect();
    assert_eq!(values, [77.0, 3.0], "{:?}", odesa.quantities);
    assert_eq!(odesa.kind, Kind::Quantity);
    let drones = find(&all, "181 drones fired");
    let figures: Vec<(f64, Option<&str>)> = drones
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(figures, [(181.0, Some("drones")), (115.0, Some("drones"))]);
}

#[test]
fn dates_of_the_letter_the_attack_and_the_decree() {
    let all = sentences(SAMPLE);
    for needle in ["read aloud to Congress", "77-year-old woman"] {
        let isos: Vec<Option<&str>> = find(&all, needle)
            .dates
            .iter()
            .map(|d| d.iso.as_deref())
            .collect();
        assert_eq!(isos, [Some("2025-03-04")], "{needle}");
    }
    let decree = find(&all, "2022 decree");
    assert!(
        decree
            .dates
            .iter()
            .any(|d| d.iso.as_deref() == Some("2022"))
    );
    assert_eq!(find(&all, "read aloud to Congress").kind, Kind::Date);
}
