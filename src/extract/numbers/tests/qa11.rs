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
