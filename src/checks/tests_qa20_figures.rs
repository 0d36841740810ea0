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
