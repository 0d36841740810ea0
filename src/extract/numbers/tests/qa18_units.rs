//! QA round 18: what a figure measures (ages in a list, an age a share is carried to, a verb
//! between a figure and a noun, units written two ways).

use super::{age, f, figures, measured};
use crate::claim::Measure;

#[test]
fn every_figure_of_a_list_after_aged_is_an_age() {
    // QA round 18, item B-3.
    let found = measured(
        "\"Fourteen people are confirmed dead, among them three children aged 4, 9 and 15,\" \
         Lysak wrote on Telegram.",
    );
    assert_eq!(found[2..], [age(4.0), age(9.0), age(15.0)]);
    assert_eq!(
        measured("Two children aged 9 and 15 were hurt.")[1..],
        [age(9.0), age(15.0)]
    );
    assert_eq!(
        measured("The victims, aged six, eight, and 11, were taken to hospital.")[..],
        [age(6.0), age(8.0), age(11.0)]
    );
    // A figure with a noun of its own after the list counts it.
    assert_eq!(
        figures("Five men aged 18 and 300 women were questioned.")[2],
        f(300.0, "women", "300 women")
    );
}

#[test]
fn an_age_named_before_a_bare_figure_takes_no_carried_unit() {
    // QA round 18, items A-4 and B-4.
    assert_eq!(
        measured(
            "Of the patients enrolled, 58% were men, 47% were women and the average age was 66."
        )[2],
        age(66.0)
    );
    assert_eq!(
        measured("The average age of participants was 66.")[0],
        age(66.0)
    );
    assert_eq!(
        measured(
            "A poll found 68% of French people opposed raising the pension age to 65, 29% supported it."
        )[1],
        age(65.0)
    );
    assert_eq!(
        measured(
            "Thousands marched against the plan to raise the pension age to 65, and 200 people were detained."
        )[1],
        age(65.0)
    );
    assert_eq!(measured("The average age was about 40.")[0], age(40.0));
    assert_eq!(
        measured("In 20 states the age of consent was 16.")[1],
        age(16.0)
    );
    // A figure with its own unit, or past the range of ages, keeps its reading.
    assert_eq!(
        figures("The average age was 66 percent higher.")[0],
        f(66.0, "percent", "66 percent")
    );
    assert_eq!(
        figures("Deaths in the over-65 age group rose to 500, from 300 deaths.")[..2],
        [f(500.0, "", "500"), f(300.0, "deaths", "300 deaths")]
    );
}

#[test]
fn a_crowd_verb_after_a_figure_does_not_lend_its_object() {
    // QA round 18, item B-5.
    assert_eq!(
        figures("Police said 480,000 joined protests nationwide."),
        vec![f(480000.0, "", "480,000")]
    );
    assert_eq!(
        figures("About 2,000 attended rallies in Lyon, police said."),
        vec![f(2000.0, "", "2,000")]
    );
    // Some of them modify the noun after them.
    assert_eq!(
        figures("There are 2 million registered voters.")[0]
            .1
            .as_deref(),
        Some("voters")
    );
}

#[test]
fn a_unit_is_named_alike_however_it_is_written() {
    // QA round 18, items C-9 and C-16.
    let physical =
        |value: f64, unit: &str| (value, Some(unit.to_string()), Some(Measure::Physical));
    assert_eq!(
        measured("CO2 reached 423.9 parts per million (ppm), up from 420.0 ppm."),
        vec![physical(423.9, "ppm"), physical(420.0, "ppm")]
    );
    assert_eq!(
        measured("The ice sheets lost 370 gigatonnes (Gt); Greenland lost 410 Gt."),
        vec![physical(370.0, "gigatonnes"), physical(410.0, "gigatonnes")]
    );
    assert_eq!(
        measured("The sea level has risen by about 11 centimetres.")[0],
        physical(11.0, "centimetres")
    );
    // A rate per million stays a rate.
    assert_eq!(
        measured("There were 12 cases per million people.")[0].2,
        Some(Measure::Rate)
    );
}
