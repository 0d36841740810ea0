//! QA round 20: checks that hang on a figure's unit or value (a length at sea).

use super::tests::{findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn nautical_miles_are_converted_as_nautical_miles() {
    // QA round 20, item H-7.
    let (result, working) = the_one(
        "The boat capsized about 20 nautical miles (37km) south of Lampedusa.",
        Relation::Equivalent,
    );
    assert_ne!(result, Outcome::Inconsistent, "{working}");
    let (result, working) = the_one(
        "The boat capsized 20 nautical miles (30km) south of Lampedusa.",
        Relation::Equivalent,
    );
    assert_eq!(result, Outcome::Inconsistent, "{working}");
    assert!(working.contains("37.04"), "{working}");
    let found = findings("The boat capsized 20 miles (32km) south of the island.");
    assert_eq!(
        only(&found, Relation::Equivalent)[0].result,
        Outcome::Approximate,
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_change_in_percent_weighs_its_levels_past_a_phrase_of_time() {
    // QA round 20, item I-1.
    let (result, working) = the_one(
        "Post office robberies in West Yorkshire rose by 40% last year, from 15 to 22, \
         according to figures obtained by the Reporter.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent, "{working}");
    assert!(working.contains("46.67"), "{working}");
    // The small level after the change is no percentage: no false ✗.
    let found = findings("Post office robberies rose by 40% to 22 last year.");
    assert!(
        found.iter().all(|f| f.result != Outcome::Inconsistent),
        "{}",
        summaries(&found)
    );
}
