//! Figure checks on the sample article, the corpus articles, and short texts written for each
//! relation — including texts where no relation may be reported.

use super::{Finding, Outcome, Relation, check};
use crate::extract::{Options, extract_with};

/// The findings on `text`, every sentence taken as a claim (furniture included).
pub(super) fn findings(text: &str) -> Vec<Finding> {
    let claims = extract_with(text, 0, &Options { min_score: 0.0 });
    check(&claims)
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/news/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture")
}

/// The findings of one relation.
pub(super) fn only(found: &[Finding], relation: Relation) -> Vec<&Finding> {
    found.iter().filter(|f| f.relation == relation).collect()
}

/// The findings one per line, for a failing assertion's message.
pub(super) fn summaries(found: &[Finding]) -> String {
    found
        .iter()
        .map(Finding::summary)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The one finding of `relation` in `text`: its result and arithmetic.
pub(super) fn the_one(text: &str, relation: Relation) -> (Outcome, String) {
    let found = findings(text);
    let of = only(&found, relation);
    assert_eq!(of.len(), 1, "{text}\n{}", summaries(&found));
    (of[0].result, of[0].arithmetic.clone())
}

/// None of `texts` gives a finding of `relation`.
pub(super) fn assert_none(texts: &[&str], relation: Relation) {
    for text in texts {
        let found = findings(text);
        assert!(
            only(&found, relation).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

/// No finding is a ✗: the relation must not raise an alarm (`context`: the text, if useful).
pub(super) fn assert_no_alarm(found: &[Finding], context: &str) {
    assert!(
        found.iter().all(|f| f.result != Outcome::Inconsistent),
        "{context}\n{}",
        summaries(found)
    );
}

#[test]
fn sample_article_fired_and_shot_down() {
    let text = std::fs::read_to_string(format!(
        "{}/data/odesa-drone-strike.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("sample");
    let found = findings(&text);
    let got = only(&found, Relation::Interception);
    assert_eq!(got.len(), 1, "{found:#?}");
    let f = got[0];
    assert_eq!(f.result, Outcome::Derived);
    assert!(
        f.arithmetic.contains("181 − 115 = 66 drones not shot down"),
        "{}",
        f.arithmetic
    );
    assert!(f.arithmetic.contains("63.5 %"), "{}", f.arithmetic);
    assert_eq!(f.figures.len(), 2);
    assert_eq!(f.figures[0].text, "181 drones");
    assert_eq!(f.figures[1].text, "115");
    assert_eq!(&text[f.figures[1].start..f.figures[1].end], "115");
    assert_eq!(f.claims.len(), 1);
    // Nothing else in the sample is tied by the text.
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn christchurch_part_of_whole() {
    let found = findings(&fixture("christchurch-quake.txt"));
    let got = only(&found, Relation::PartOfWhole);
    assert_eq!(got.len(), 1, "{found:#?}");
    assert_eq!(got[0].result, Outcome::Derived);
    assert!(
        got[0]
            .arithmetic
            .starts_with("75 − 55 = 20 dead not identified; 55 of 75 = 73.3 %"),
        "{}",
        got[0].arithmetic
    );
    // "expected to climb past 75" is a forecast, not a second statement of the toll.
    assert!(
        only(&found, Relation::SameQuantity).is_empty(),
        "{found:#?}"
    );
    assert_no_alarm(&found, "");
}

#[test]
fn botswana_rate_moves() {
    let found = findings(&fixture("botswana-rate-hike.txt"));
    let eq = only(&found, Relation::Equivalent);
    assert_eq!(eq.len(), 1, "{found:#?}");
    assert_eq!(
        eq[0].result,
        Outcome::Consistent,
        "50 basis points are half a percent"
    );
    let changes = only(&found, Relation::Change);
    let before = changes
        .iter()
        .find(|f| f.result == Outcome::Derived)
        .expect("by 50 bps to 15.5");
    assert!(
        before
            .arithmetic
            .starts_with("15.5 − 0.5 = 15 percent before the rise"),
        "{}",
        before.arithmetic
    );
    let checked = changes
        .iter()
        .find(|f| f.figures.len() == 3)
        .expect("by one percent to 12.1 against 11.1");
    assert_eq!(checked.result, Outcome::Consistent, "{checked:#?}");
    assert!(checked.tolerance.is_none());
}

#[test]
fn hungary_rate_before_the_rise() {
    let found = findings(&fixture("hungary-base-rate.txt"));
    let changes = only(&found, Relation::Change);
    assert!(!changes.is_empty(), "{found:#?}");
    for f in &changes {
        assert_eq!(f.result, Outcome::Derived);
        assert!(
            f.arithmetic
                .starts_with("3.4 − 0.5 = 2.9 percent before the rise"),
            "{}",
            f.arithmetic
        );
    }
    // The headline and the first sentence say the same: one finding, both claims.
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].claims.len(), 2);
}

#[test]
fn headline_and_body_tolls_agree() {
    let mexico = findings(&fixture("mexico-quake.txt"));
    let same = only(&mexico, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{mexico:#?}");
    assert_eq!(
        same[0].result,
        Outcome::Approximate,
        "above 200 and at least 230"
    );
    assert!(
        same[0]
            .tolerance
            .as_deref()
            .unwrap_or("")
            .contains("no upper bound")
    );
    let samara = findings(&fixture("samara-drone-attack.txt"));
    let same = only(&samara, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{samara:#?}");
    assert_eq!(same[0].result, Outcome::Consistent);
    assert_eq!(same[0].figures.len(), 3);
    let voronezh = findings(&fixture("voronezh-drones-17.txt"));
    let same = only(&voronezh, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{voronezh:#?}");
    assert_eq!(same[0].result, Outcome::Consistent);
    assert_eq!(same[0].arithmetic, "4 = 4 (people injured)");
}

#[test]
fn voronezh_buildings_include_one_under_construction() {
    let found = findings(&fixture("voronezh-drones-17.txt"));
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{found:#?}");
    assert_eq!(parts[0].result, Outcome::Consistent);
    assert_eq!(parts[0].arithmetic, "1 ≤ 7 (6 not itemised)");
    assert_eq!(parts[0].evidence, "“including”");
}

#[test]
fn yunnan_units_and_other_quakes() {
    let found = findings(&fixture("yunnan-quake.txt"));
    let eq = only(&found, Relation::Equivalent);
    assert_eq!(eq.len(), 1, "{found:#?}");
    assert_eq!(
        eq[0].result,
        Outcome::Approximate,
        "10 km is 6.21 miles, written 6"
    );
    assert!(eq[0].tolerance.as_deref().unwrap_or("").contains("±0.5"));
    // The 1970, 1974 and 2008 quakes are other events: no same-quantity finding.
    assert!(
        only(&found, Relation::SameQuantity).is_empty(),
        "{found:#?}"
    );
    assert_no_alarm(&found, "");
}

#[test]
fn running_total_across_sentences() {
    let text = "Officials said 3,400 people died in the north. Another 1,600 died in the south. \
                That brought the number killed to 5,100.";
    let found = findings(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.relation, Relation::RunningTotal);
    assert_eq!(f.result, Outcome::Inconsistent);
    assert_eq!(f.arithmetic, "3,400 + 1,600 = 5,000 ≠ 5,100 (stated total)");
    assert_eq!(f.claims.len(), 3);
    let text = "Officials said 19,136 people died in the tsunami. Another 360 died in the quake, \
                bringing the total number of dead to about 19,500.";
    let found = findings(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].result, Outcome::Approximate);
    assert!(found[0].tolerance.as_deref().unwrap().contains("±5 %"));
    let text =
        "At least 12 people died on Monday. A further 8 died on Tuesday, raising the toll to 20.";
    assert_eq!(findings(text)[0].result, Outcome::Consistent);
    let text =
        "At least 12 people died on Monday. A further 8 died on Tuesday, raising the toll to 25.";
    assert_eq!(
        findings(text)[0].result,
        Outcome::Approximate,
        "“at least 12” leaves room"
    );
}

#[test]
fn parts_of_a_total_in_one_sentence() {
    let found = findings(
        "A total of 17 drones were launched, including 10 over Kursk and 9 over Belgorod.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{found:#?}");
    assert_eq!(parts[0].result, Outcome::Inconsistent);
    assert!(
        parts[0].arithmetic.starts_with("10 + 9 = 19 > 17"),
        "{}",
        parts[0].arithmetic
    );
    let found = findings(
        "A total of 17 drones were launched, including 10 over Kursk and 4 over Belgorod.",
    );
    assert_eq!(
        only(&found, Relation::PartsTotal)[0].result,
        Outcome::Consistent
    );
    let found = findings("The army lost 40 vehicles: 25 tanks and 10 trucks.");
    assert!(
        only(&found, Relation::PartsTotal).is_empty(),
        "tanks are not vehicles by noun: {found:#?}"
    );
    let found = findings("The 17 drones comprised 10 Shaheds and 5 Gerans.");
    assert!(
        only(&found, Relation::PartsTotal).is_empty(),
        "different nouns: {found:#?}"
    );
    let found = findings(
        "A total of 12 people were hurt: 7 were treated at the scene and 5 taken to hospital.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{found:#?}");
    assert_eq!(parts[0].result, Outcome::Consistent);
}

#[test]
fn changes_in_levels() {
    let found = findings("The bank raised its rate by 7.5 points to 15 percent.");
    let f = &only(&found, Relation::Change)[0];
    assert_eq!(f.result, Outcome::Derived);
    assert_eq!(f.arithmetic, "15 − 7.5 = 7.5 percent before the rise");
    let found = findings("Unemployment rose from 9.5 to 20 percent.");
    let f = &only(&found, Relation::Change)[0];
    assert_eq!(
        (f.result, f.arithmetic.as_str()),
        (Outcome::Derived, "20 − 9.5 = +10.5 points")
    );
    let found = findings("Unemployment rose from 9.5 to 20 percent, an increase of 11.5 points.");
    assert_eq!(
        only(&found, Relation::Change)[0].result,
        Outcome::Inconsistent
    );
    let found = findings("Unemployment fell from 9.5 to 20 percent.");
    assert_eq!(
        only(&found, Relation::Change)[0].result,
        Outcome::Inconsistent
    );
    let found = findings("The rate was cut by 25 basis points to 4.5 percent.");
    assert_eq!(
        only(&found, Relation::Change)[0].arithmetic,
        "4.5 + 0.25 = 4.75 percent before the fall"
    );
}

#[test]
fn unrelated_figures_are_left_alone() {
    for text in [
        // Two unrelated "three"s.
        "Three ministers resigned on Monday. Three weeks later, the president called an election.",
        // Different events: other years.
        "Quake kills 400 in Yunnan\nIn 1970, a quake killed 15,000 people. In 2008, a quake killed 70,000 people.",
        // Different units.
        "Russia launched 40 missiles and Ukraine shot down 30 drones.",
        // Different groups in one sentence.
        "Authorities said 22 people had been rescued and another 22 are believed to be trapped.",
        // A change without a direction word is not guessed.
        "The rate stood by 50 basis points to 3.40 percent.",
        // No "including", no total: a list of figures.
        "Police arrested 12 people in Kyiv, 7 people in Lviv and 19 people in Odesa.",
        // Different casualties: injured against killed.
        "Blast kills four\nThe blast injured 11 people.",
    ] {
        assert_eq!(findings(text), vec![], "{text}");
    }
}

#[test]
fn more_intercepted_than_launched_is_inconsistent() {
    let found = findings("Russia launched 50 drones overnight and Ukraine shot down 60 drones.");
    let f = &only(&found, Relation::Interception)[0];
    assert_eq!(f.result, Outcome::Inconsistent);
}

#[test]
fn findings_serialise_with_their_relation_and_result() {
    let found = findings(
        "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
    );
    let json = serde_json::to_value(&found).unwrap();
    assert_eq!(json[0]["relation"], "interception");
    assert_eq!(json[0]["result"], "derived");
    assert_eq!(json[0]["figures"][0]["value"], 181);
    assert!(json[0].get("tolerance").is_none());
    let back: Vec<Finding> = serde_json::from_value(json).unwrap();
    assert_eq!(back, found);
}
