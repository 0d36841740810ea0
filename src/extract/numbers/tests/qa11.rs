//! QA round 11: naira amounts, ages after "by age", parts of a whole owned by a place, metres
//! in brackets, and clock times with a stop (items 6, 14, 15, 22, 23).

use super::super::quantities;
use crate::claim::Measure;

/// (value, unit, measure, text) of every figure in `s`.
fn measured(s: &str) -> Vec<(f64, Option<String>, Option<Measure>, String)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.measure, q.text))
        .collect()
}

fn m(
    value: f64,
    unit: &str,
    measure: Measure,
    text: &str,
) -> (f64, Option<String>, Option<Measure>, String) {
    (
        value,
        Some(unit.to_string()),
        Some(measure),
        text.to_string(),
    )
}

#[test]
fn naira_written_n_before_the_amount_is_money() {
    // Item 6.
    let ngn = |v, text| m(v, "NGN", Measure::Money, text);
    assert_eq!(
        measured(
            "According to him, N2 billion will go to Borno State, while Adamawa will receive N1.5 billion."
        ),
        [ngn(2e9, "N2 billion"), ngn(1.5e9, "N1.5 billion")]
    );
    assert_eq!(measured("a fund of N1.5bn"), [ngn(1.5e9, "N1.5bn")]);
    assert_eq!(measured("(N20bn) in all"), [ngn(20e9, "N20bn")]);
    assert_eq!(measured("paid N250,000 each"), [ngn(250_000.0, "N250,000")]);
    assert_eq!(
        measured("The government released ₦3.5 billion on Monday."),
        [ngn(3.5e9, "₦3.5 billion")]
    );
    // "N" and digits that are no money stay names.
    for s in [
        "Wear N95 masks indoors.",
        "The N1 road was closed.",
        "They measured N2O levels.",
        "Take the N2 to the coast.",
        "An AN2 biplane landed.",
    ] {
        assert!(
            measured(s).iter().all(|q| q.2 != Some(Measure::Money)),
            "{s}: {:?}",
            measured(s)
        );
    }
}

#[test]
fn a_naira_price_per_unit_and_a_bare_amount_beside_one_are_money() {
    // QA round 11 verification, item 6.
    let found = measured("Petrol now sells at N617 per litre, up from N568.");
    let money: Vec<_> = found.iter().map(|q| (q.0, q.1.as_deref(), q.2)).collect();
    assert_eq!(money.len(), 2, "{found:?}");
    assert_eq!(money[1], (568.0, Some("NGN"), Some(Measure::Money)));
    assert_eq!(
        (money[0].0, money[0].2.is_some()),
        (617.0, true),
        "{found:?}"
    );
    assert!(found[0].3.starts_with("N617"), "{found:?}");
    assert!(
        measured("About N20 per litre was added.")
            .iter()
            .any(|q| q.0 == 20.0 && q.3.starts_with("N20")),
        "{:?}",
        measured("About N20 per litre was added.")
    );
    assert_eq!(
        measured("It rose to N700 from ₦650."),
        [ngn(700.0, "N700"), ngn(650.0, "₦650")]
    );
    // Names stay names, also beside a naira amount, and "per cent" is no price.
    for s in [
        "Wear N95 masks indoors.",
        "The N1 road was closed.",
        "Wear N95 masks, which cost N1,500 each.",
        "N95 per cent of them agreed.",
    ] {
        let names: Vec<_> = measured(s)
            .into_iter()
            .filter(|q| q.0 == 95.0 || q.0 == 1.0)
            .filter(|q| q.2 == Some(Measure::Money))
            .collect();
        assert!(
            names.is_empty() || s.contains("N1,500") && names.iter().all(|q| q.0 != 95.0),
            "{s}: {:?}",
            measured(s)
        );
    }
}

fn ngn(value: f64, text: &str) -> (f64, Option<String>, Option<Measure>, String) {
    m(value, "NGN", Measure::Money, text)
}

#[test]
fn an_age_after_by_age_or_aged_is_in_years() {
    // Item 14.
    let found = measured(
        "Children in the poorest fifth were 31% less likely to have received both doses by age five.",
    );
    assert_eq!(
        found,
        [
            m(31.0, "percent", Measure::Percent, "31%"),
            m(5.0, "years", Measure::Age, "age five")
        ]
    );
    assert_eq!(
        measured("About 90% of children had both doses by age two."),
        [
            m(90.0, "percent", Measure::Percent, "90%"),
            m(2.0, "years", Measure::Age, "age two")
        ]
    );
    let ages = quantities(
        "more than 1.5 million people aged six to 25 were eligible",
        0,
    );
    assert_eq!(ages.len(), 2, "{ages:#?}");
    assert_eq!(
        (ages[1].value, ages[1].upper, ages[1].measure),
        (6.0, Some(25.0), Some(Measure::Age))
    );
    let ages = quantities("Children ages 5 to 11 were eligible.", 0);
    assert_eq!(
        (ages[0].value, ages[0].upper, ages[0].measure),
        (5.0, Some(11.0), Some(Measure::Age))
    );
    // "aged 6 months" is no six years; "the Stone Age" and an "age" with no preposition are
    // no ages.
    assert_ne!(
        measured("Babies aged 6 months were seen.")[0].1.as_deref(),
        Some("years")
    );
    assert_ne!(
        measured("It was called Age 2 by fans.")[0].2,
        Some(Measure::Age)
    );
}

#[test]
fn a_part_of_a_whole_a_place_owns_counts_the_whole() {
    // Item 15.
    let counties = |v, text| m(v, "counties", Measure::Count, text);
    for s in [
        "Fires burned in 21 of the state's 67 counties.",
        "Fires burned in 21 of Florida’s 67 counties.",
        "Fires burned in 21 of the United States' 67 counties.",
    ] {
        assert_eq!(
            measured(s),
            [counties(21.0, "21"), counties(67.0, "67 counties")],
            "{s}"
        );
    }
    // A possessive before a noun still names the noun ("five of his party's MPs").
    assert_eq!(
        measured("all five of his party's MPs"),
        [m(5.0, "MPs", Measure::Count, "five")]
    );
}

#[test]
fn a_glued_m_beside_a_length_in_feet_is_metres() {
    // Item 22.
    assert_eq!(
        measured("A gauge recorded a storm surge of 11.4ft (3.5m), the highest since 1914."),
        [
            m(11.4, "ft", Measure::Physical, "11.4ft"),
            m(3.5, "metres", Measure::Physical, "3.5m")
        ]
    );
    assert_eq!(
        measured("a surge of 3.5m (11.4 feet)"),
        [
            m(3.5, "metres", Measure::Physical, "3.5m"),
            m(11.4, "feet", Measure::Physical, "11.4 feet")
        ]
    );
    // Money in millions stays money; an "m" with no length beside it is no metres.
    assert_eq!(
        measured("It cost £3.5m (about $4.4m)."),
        [
            m(3.5e6, "GBP", Measure::Money, "£3.5m"),
            m(4.4e6, "USD", Measure::Money, "$4.4m")
        ]
    );
    assert!(
        measured("a gain of 3.5m (up 2%)")
            .iter()
            .all(|q| q.1.as_deref() != Some("metres"))
    );
}

#[test]
fn a_british_clock_time_is_no_figure() {
    // Item 23.
    for s in [
        "The result was declared at 3.40am.",
        "shortly after 3.40am, the count ended",
        "The polls closed at 9.15pm.",
        "It was declared at 3.40 a.m. on Friday.",
    ] {
        assert_eq!(measured(s), [], "{s}");
    }
    // A decimal that is no time stays a figure.
    assert_eq!(measured("a rise of 3.75 am I right").len(), 1);
    assert_eq!(measured("turnout was 3.40 per cent").len(), 1);
}

#[test]
fn a_noun_in_er_after_a_number_names_a_thing_not_a_count() {
    // QA round 11 verification, item D5.
    for s in [
        "Harlow travel to Enfield on Saturday 15 March for what Webb called \"a six-pointer\".",
        "He landed a 10-pounder.",
        "It is a five-setter, the longest of the year.",
        "The firm makes two-seaters and sells them abroad.",
    ] {
        assert!(
            measured(s)
                .iter()
                .all(|q| q.0 != 6.0 && q.0 != 10.0 && q.0 != 5.0 && q.0 != 2.0),
            "{s}: {:?}",
            measured(s)
        );
    }
    // A number measuring the noun after its compound, a unit in "-er", and a group's members
    // stay figures.
    for (s, value) in [
        ("She won a 100-meter sprint.", 100.0),
        ("She won the 100-meter.", 100.0),
        ("A 12-member panel met.", 12.0),
        ("It was a 4-under 68.", 4.0),
        ("He scored with a four-letter word.", 4.0),
    ] {
        assert!(
            measured(s).iter().any(|q| q.0 == value),
            "{s}: {:?}",
            measured(s)
        );
    }
}
