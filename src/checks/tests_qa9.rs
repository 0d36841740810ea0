//! Regression tests from QA round 9: breakdowns that open with their total ("Of the 14 dead,
//! eight … and five …").

use super::tests::{assert_none, findings, only, summaries};
use super::{Outcome, Relation};

#[test]
fn a_sentence_opening_with_its_total_is_a_breakdown() {
    let found = findings(
        "Of the 18,432 people recruited, 9,216 were randomised to aspirin and 9,261 to placebo.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Inconsistent);
    assert_eq!(
        parts[0].arithmetic,
        "9,216 + 9,261 = 18,477 > 18,432 (the parts exceed the total)"
    );
    assert_eq!(parts[0].evidence, "“of the …,”");

    let found = findings(
        "Of the 14 dead, eight were in North Carolina and five in South Carolina, state \
         officials said.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Derived);
    assert_eq!(parts[0].arithmetic, "8 + 5 = 13 ≠ 14 (1 not accounted for)");

    // The verb repeated, and a list that adds up.
    let found = findings(
        "Of the 15 dead, eight were in North Carolina, five were in South Carolina and two \
         were in Virginia.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Consistent);
    assert_eq!(parts[0].arithmetic, "8 + 5 + 2 = 15 = 15");
}

#[test]
fn parts_that_may_overlap_or_stand_alone_are_left_alone() {
    assert_none(
        &[
            // Another verb: the convicted may be among the charged.
            "Of the 30 people arrested, 25 were charged and 10 were convicted.",
            "Of the 30 people arrested, 25 were charged with theft and 10 were jailed for fraud.",
            // One part.
            "Of the 14 dead, eight were in North Carolina.",
            // No comma after the total's phrase: not an opening total.
            "Of the 14 dead eight were in North Carolina and five in South Carolina.",
            // The total is not at the start.
            "Police said that of the 14 dead, eight were in North Carolina and five in South \
                 Carolina.",
        ],
        Relation::PartsTotal,
    );
}

#[test]
fn an_opening_total_is_not_a_part_of_the_previous_sentence() {
    // "Of the 14 dead" opens like "Of the dead, …" once its figure is skipped: the 14 is the
    // total, not a part of the 14 killed before.
    let found = findings(
        "The storm killed 14 people on Thursday. Of the 14 dead, eight were in North Carolina \
         and five in South Carolina.",
    );
    for f in only(&found, Relation::PartsTotal) {
        assert_ne!(f.result, Outcome::Inconsistent, "{}", summaries(&found));
        assert!(!f.arithmetic.contains("27"), "{}", summaries(&found));
    }
    // The next-sentence breakdown still works.
    let found = findings(
        "The storm killed 14 people on Thursday. Of the dead, eight were women and five were \
         children.",
    );
    assert_eq!(
        only(&found, Relation::PartsTotal).len(),
        1,
        "{}",
        summaries(&found)
    );
}

#[test]
fn inches_and_millimetres_and_speeds_are_equivalent_units() {
    let found = findings(
        "The National Weather Service said 21.4 inches (544 mm) of rain fell at Elizabethtown \
         in the 36 hours to 2 p.m., while Wilmington recorded 17.8 inches (482 mm).",
    );
    let same = only(&found, Relation::Equivalent);
    assert_eq!(same.len(), 2, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Approximate);
    assert_eq!(
        same[0].arithmetic,
        "21.4 inches = 543.56 mm ≈ 544 mm stated"
    );
    assert_eq!(same[1].result, Outcome::Inconsistent);
    assert_eq!(
        same[1].arithmetic,
        "17.8 inches = 452.12 mm ≠ 482 mm stated"
    );

    let found = findings("It made landfall with maximum sustained winds of 115 mph (185 km/h).");
    let same = only(&found, Relation::Equivalent);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Approximate);
    // A speed is never compared with a length.
    let found = findings("It moved 115 miles (185 km/h) inland.");
    assert!(
        only(&found, Relation::Equivalent).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn the_working_shows_the_figures_as_written() {
    // QA round 9, item E10: 71.5p was shown as 0.72, so the printed working gave −13.9 %.
    let found = findings("The dividend was cut 15% to 62.0p from 71.5p.");
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert!(
        change[0]
            .arithmetic
            .starts_with("(0.62 − 0.715) ÷ 0.715 = −13.29 %"),
        "{}",
        change[0].arithmetic
    );
    let found = findings("The rate rose to 3.125 percent from 2.875 percent.");
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert!(
        change[0].arithmetic.starts_with("3.125 − 2.875 = +0.25"),
        "{}",
        change[0].arithmetic
    );
}

#[test]
fn a_stated_change_after_a_phrase_is_checked() {
    // QA round 9, item E3: +60.7 %, not 45 %.
    let found = findings(
        "AdImpact projects $180 million in advertising spending, up from $112 million in the \
         2024 Ohio Senate race, an increase of 45%.",
    );
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert_eq!(change[0].result, Outcome::Inconsistent);
    assert_eq!(
        change[0].arithmetic,
        "(180 million − 112 million) ÷ 112 million = +60.71 % ≠ the stated change of 45 %"
    );
    // Without the stated change: the difference.
    let found = findings(
        "AdImpact projects $180 million in advertising spending, up from $112 million in 2024.",
    );
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert_eq!(change[0].result, Outcome::Derived);
    // Another clause between: no level and earlier level.
    let found =
        findings("It spent $180 million, and costs were up from $112 million, an increase of 45%.");
    assert!(
        only(&found, Relation::Change).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn earlier_tolls_in_the_sentence_are_updates() {
    let found = findings(
        "By Thursday evening, at least 14 people had been confirmed dead in North and South \
         Carolina, up from nine reported at midday and five on Wednesday night.",
    );
    let updates = only(&found, Relation::Update);
    assert_eq!(updates.len(), 2, "{}", summaries(&found));
    assert_eq!(
        updates[0].arithmetic,
        "9 → at least 14 (people killed; +5 since the earlier figure)"
    );
    assert_eq!(
        updates[1].arithmetic,
        "5 → at least 14 (people killed; +9 since the earlier figure)"
    );
    assert!(updates.iter().all(|u| u.result == Outcome::Derived));
    assert_eq!(updates[0].evidence, "“up from”");
    let found = findings("Officials said 95 people had died, up from 62 on Monday.");
    assert_eq!(
        only(&found, Relation::Update).len(),
        1,
        "{}",
        summaries(&found)
    );
    // No toll, or another clause's "up from": nothing.
    assert_none(
        &[
            "The company sold 95 cars, while prices were up 3 percent, up from 62 last year.",
            "Officials said 95 people had died; the price was up from 62 dollars.",
        ],
        Relation::Update,
    );
}

#[test]
fn a_range_in_two_units_is_written_as_a_range() {
    let found = findings("Another 4 to 8 inches (100 to 200 mm) of rain could fall.");
    let same = only(&found, Relation::Equivalent);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(
        same[0].arithmetic,
        "4–8 inches = 101.6–203.2 mm ≈ 100–200 mm stated"
    );
}
