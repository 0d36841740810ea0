//! QA round 18: what a figure measures (ages in a list, an age a share is carried to, a verb
//! between a figure and a noun, units written two ways).

use super::{f, figures, quantities};
use crate::claim::Measure;

/// (value, unit, measure) of every figure in `s`.
fn measured(s: &str) -> Vec<(f64, Option<String>, Option<Measure>)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.measure))
        .collect()
}

fn age(value: f64) -> (f64, Option<String>, Option<Measure>) {
    (value, Some("years".to_string()), Some(Measure::Age))
}

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
