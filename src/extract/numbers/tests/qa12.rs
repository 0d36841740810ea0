//! QA round 12: a pronoun "one", p-values, "over" a length of time, the noun of a compared
//! figure, "at the age of", concentrations and the noun after "fewer" (items 5–8, 16, 17, 21).

use super::super::quantities;
use super::{f, figures};
use crate::claim::{Measure, Qualifier};

#[test]
fn a_pronoun_one_is_no_figure() {
    // Item 5.
    for s in [
        "cut the risk of heart attacks and strokes by 31% in people who had already suffered one, the trial found.",
        "The drug cut the risk by 31% in people who had already had one.",
        "The risk fell by 31% among those who had suffered one before.",
    ] {
        assert_eq!(figures(s), vec![f(31.0, "percent", "31%")], "{s}");
    }
    // A count by ellipsis, a toll and a score stay figures.
    assert_eq!(
        figures("Police arrested two men and charged one.")[1],
        f(1.0, "man", "one")
    );
    assert_eq!(figures("Russian drones killed one.").len(), 1);
}

/// The qualifier of the length of time in `s`.
fn length_qualifier(s: &str) -> Option<Qualifier> {
    let found = quantities(s, 0);
    let q = found.iter().find(|q| q.measure == Some(Measure::Duration));
    q.unwrap_or_else(|| panic!("{s}: {found:#?}")).qualifier
}

#[test]
fn over_a_length_of_time_after_a_count_is_during() {
    // Item 7.
    for s in [
        "At least 120 people were killed over two days, the UN said.",
        "More than 40 people were killed over three days of shelling.",
        "At least 120 people were killed, including 34 children, when fighters stormed a camp on the outskirts of El Fasher over two days, the United Nations said.",
        "people making $200,000 a year got $60,000 in tax relief over 3 years",
        "Over two days, 120 people were killed.",
    ] {
        assert_eq!(length_qualifier(s), None, "{s}");
    }
    let more = Some(Qualifier::MoreThan);
    for s in [
        "The 3 men waited over two hours.",
        "The 12 hostages have been held for over two years.",
        "Five of them lived there over 10 years.",
        "Prices were the highest in over 20 years, 3 analysts said.",
    ] {
        assert_eq!(length_qualifier(s), more, "{s}");
    }
}

#[test]
fn a_figure_takes_the_noun_it_is_told_with() {
    // Item 8.
    let found = figures(
        "Okoye has now scored 27 goals in 44 games this season, the most by a Harrowgate player since Dave Curran's 29 in the 1997-98 campaign.",
    );
    assert_eq!(
        found[2],
        (29.0, Some("goals".to_string()), "29".to_string())
    );
    let found = figures("She scored 12 goals in 20 games, beating the club record of 11.");
    assert_eq!(found[2].1.as_deref(), Some("goals"));
    // The size of a group counts its members, not the part told before it.
    let found = figures("She was one of only four women in a class of 92.");
    assert_eq!(found[1], (92.0, None, "92".to_string()));
    let found = figures("Two survivors were found from a crew of 12.");
    assert_eq!(found[1].1, None);
    // A hyphenated noun is counted whole.
    for (s, noun) in [
        ("She leaves two great-grandchildren.", "great-grandchildren"),
        ("He has three step-children.", "step-children"),
        ("20 co-workers signed it.", "co-workers"),
        ("40 French-made drones", "drones"),
    ] {
        assert_eq!(figures(s)[0].1.as_deref(), Some(noun), "{s}");
    }
}

#[test]
fn at_the_age_of_is_an_age() {
    // Item 16.
    for (s, text) in [
        ("She has died at the age of 91.", "age of 91"),
        ("He retired at the age of 71, after 40 years.", "age of 71"),
        ("Most children can read by the age of five.", "age of five"),
    ] {
        let q = &quantities(s, 0)[0];
        let got = (q.unit.as_deref(), q.measure, q.text.as_str());
        assert_eq!(got, (Some("years"), Some(Measure::Age), text), "{s}");
    }
    // Not the age of a number of things.
    let q = &quantities("They studied the age of 30 buildings.", 0)[0];
    assert_ne!(q.measure, Some(Measure::Age));
}

#[test]
fn a_concentration_keeps_its_unit() {
    // Item 17.
    for (s, unit) in [
        (
            "lowered LDL cholesterol from 2.8 mmol/L to 1.3 mmol/L",
            "mmol/L",
        ),
        ("a level above 100 mg/dL is high", "mg/dL"),
        ("PM2.5 reached 25 µg/m3 on Monday", "µg/m3"),
        ("a dose of 5 mg/kg was given", "mg/kg"),
        ("cars emitting 120 g/km", "g/km"),
    ] {
        let q = quantities(s, 0)
            .into_iter()
            .find(|q| q.unit.as_deref() == Some(unit))
            .unwrap_or_else(|| panic!("{s}: {:#?}", quantities(s, 0)));
        assert_eq!(q.measure, Some(Measure::Physical), "{s}");
    }
    let found = quantities("from 2.8 mmol/L to 1.3 mmol/L", 0);
    assert_eq!(found[0].text, "2.8 mmol/L");
    assert_eq!(found[1].value, 1.3);
    // A speed still is one.
    assert_eq!(
        quantities("winds of 185 km/h", 0)[0].unit.as_deref(),
        Some("km/h")
    );
}

#[test]
fn fewer_before_a_noun_and_the_noun_before_a_participle_are_counted() {
    // Item 21.
    assert_eq!(
        figures("In all, 24,000 fewer jobs were created than previously estimated.")[0],
        f(24_000.0, "jobs", "24,000 fewer jobs")
    );
    let found = figures(
        "The number of people claiming jobless benefits rose by 12,000 to 98,000 in August, up from 86,000 in July.",
    );
    assert!(
        found.iter().all(|q| q.1.as_deref() == Some("people")),
        "{found:?}"
    );
    assert_eq!(
        figures("The number of children living in poverty rose to 4.3 million.")[0]
            .1
            .as_deref(),
        Some("children")
    );
    // "fewer than" still leaves the noun to be carried.
    assert_eq!(figures("There were 30 fewer than last year.")[0].1, None);
}
