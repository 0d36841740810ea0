//! QA round 13: units carried where they do not belong, years, areas, "over" a length of time,
//! the pronoun "one" and the noun of a bare figure (items 7, 8, 9, 11, 18, 19).

use super::super::quantities;
use super::figures;
use crate::claim::{Measure, Qualifier};

#[test]
fn a_tally_after_failed_is_no_range() {
    // Item 7.
    let found = quantities(
        "An amendment from Ferreira to lower the tax rate by one cent failed 2-7.",
        0,
    );
    assert_eq!(found[1].measure, Some(Measure::Score), "{found:#?}");
    assert_eq!(found[1].unit, None);
}

#[test]
fn what_there_were_is_never_money() {
    // Item 7.
    let found = figures(
        "There were 27 weather and climate disasters in the US last year that each caused at least $1bn in damage, the second-highest number after 2023, when there were 28.",
    );
    let last = found.last().unwrap();
    assert_eq!(last.0, 28.0);
    assert_ne!(last.1.as_deref(), Some("USD"), "{found:?}");
}

#[test]
fn a_kind_of_day_is_a_length_of_time_and_over_it_is_during() {
    // Items 7 and 11.
    let found = quantities(
        "In all, MPs voted on 12 amendments during the report stage, which took place over three sitting days in May and June.",
        0,
    );
    let days = &found[1];
    assert_eq!(days.measure, Some(Measure::Duration), "{found:#?}");
    assert_eq!(days.unit.as_deref(), Some("days"));
    assert_eq!(days.qualifier, None);
    let found = quantities(
        "The target refers to an average over 20 years, not a single year.",
        0,
    );
    assert_eq!(found[0].qualifier, None, "{found:#?}");
    // Still more than after a verb of duration.
    let found = quantities("The 3 men waited over two hours.", 0);
    assert_eq!(found[1].qualifier, Some(Qualifier::MoreThan));
}

#[test]
fn an_acronym_in_the_plural_is_the_noun_not_the_verb_after_it() {
    // Items 7 and 19.
    let found = figures("Reform UK's five MPs split, with three voting for and two against.");
    assert_eq!(found[0].1.as_deref(), Some("MPs"), "{found:?}");
    assert!(
        found.iter().all(|q| q.1.as_deref() != Some("split")),
        "{found:?}"
    );
    let found = figures("the seven Sinn Féin MPs voted");
    assert_eq!(found[0].1.as_deref(), Some("MPs"), "{found:?}");
    let found = figures(
        "Ucas said a record 243,290 UK 18-year-olds had been accepted onto a degree course.",
    );
    assert!(
        found.iter().all(|q| q.1.as_deref() != Some("uk")),
        "{found:?}"
    );
}

#[test]
fn an_area_is_squared() {
    // Item 8.
    for (s, unit) in [
        (
            "Arctic sea ice shrank to 4.28 million sq km in September.",
            "km²",
        ),
        ("It covers 4.28 million square kilometres of ice.", "km²"),
        ("It covers 4.28 million km2 of ice.", "km²"),
        ("The flat is 500 sq ft.", "sq ft"),
        ("The park is 3 sq mi.", "sq mi"),
    ] {
        let found = quantities(s, 0);
        assert_eq!(found[0].unit.as_deref(), Some(unit), "{s}: {found:#?}");
        assert_eq!(found[0].measure, Some(Measure::Physical), "{s}");
    }
}

#[test]
fn the_pronoun_one_compared_is_no_figure() {
    // Item 18.
    let found = figures("\"But we are closer to one than we were 12 months ago.\"");
    assert!(found.iter().all(|q| q.0 != 1.0), "{found:?}");
}

#[test]
fn a_person_who_was_a_number_is_that_age() {
    // Item 19.
    let found = quantities("The driver was 58 and came from Crewe.", 0);
    assert_eq!(found[0].measure, Some(Measure::Age), "{found:#?}");
    assert_eq!(found[0].unit.as_deref(), Some("years"));
    // A share or a count after "was" stays as it is.
    let found = quantities("The turnout was 58%.", 0);
    assert_eq!(found[0].measure, Some(Measure::Percent));
}

#[test]
fn a_noun_before_and_shares_the_plural_head_after_it() {
    // probes/d4.txt: "weather" modifies "disasters", as "climate" does.
    let found = figures("There were 27 weather and climate disasters in the US last year.");
    assert_eq!(found[0].0, 27.0);
    assert_eq!(found[0].1.as_deref(), Some("disasters"), "{found:?}");
    let found = figures("There've been 122 community and small banks closed.");
    assert_eq!(found[0].1.as_deref(), Some("banks"), "{found:?}");
    // A plural before "and" is the head; a lone plural after it is another count.
    let found = figures("It fired 12 drones and missiles.");
    assert_eq!(found[0].1.as_deref(), Some("drones"), "{found:?}");
    let found = figures("Five police and soldiers were hurt.");
    assert_ne!(found[0].1.as_deref(), Some("soldiers"), "{found:?}");
}
