//! QA round 15: what a bare figure borrows, and values as written.

use super::{f, figures, one};

#[test]
fn a_bare_figure_borrows_no_noun_from_a_count_that_frames_another() {
    // QA round 15, item a-3.
    assert_eq!(
        figures("About 48,000 runners from 158 countries started the race, and 46,912 finished."),
        vec![
            f(48000.0, "runners", "48,000 runners"),
            f(158.0, "countries", "158 countries"),
            f(46912.0, "runners", "46,912"),
        ]
    );
    assert_eq!(
        figures("India reached 245 in their 50 overs, with Gill top-scoring on 87 off 102 balls.")
            [2],
        f(87.0, "", "87")
    );
    assert_eq!(
        figures("Pat Cummins took 3/41 in his 10 overs, while Adam Zampa finished with 2 for 52."),
        vec![
            f(10.0, "overs", "10 overs"),
            f(2.0, "", "2"),
            f(52.0, "", "52")
        ]
    );
    // Money after "from" still lends its currency.
    assert_eq!(
        figures("Incomes range from roughly $8,000 up to 25,000.")[1],
        (25000.0, Some("USD".to_string()), "25,000".to_string())
    );
    // A figure framed the same way takes the frame's noun.
    assert_eq!(
        figures("Cases rose in 12 districts and fell in 4.")[1],
        f(4.0, "districts", "4")
    );
}

#[test]
fn a_scaled_value_has_no_float_noise() {
    // QA round 15, item c-9.
    assert_eq!(one("It cost $8.2 million.").value, 8_200_000.0);
    assert_eq!(one("Sales were 4.15 million.").value, 4_150_000.0);
    let range = one("Between 1.1 and 8.2 million people were displaced.");
    assert_eq!((range.value, range.upper), (1_100_000.0, Some(8_200_000.0)));
    assert_eq!(one("It rose 0.3%.").value, 0.3);
}

#[test]
fn a_value_as_written_is_the_parse_of_its_fifteen_significant_digits() {
    // `as_written` works it out without formatting: the same f64 as the formatted way.
    let formatted = |v: f64| -> f64 { format!("{v:.14e}").parse().unwrap() };
    let mut rng = fastrand::Rng::with_seed(15);
    for _ in 0..100_000 {
        let written = (rng.u64(1..1_000_000) as f64) / 10f64.powi(rng.i32(0..7));
        let v = written * 10f64.powi(rng.i32(-3..10));
        assert_eq!(super::super::as_written(v), formatted(v), "{v:e}");
    }
    // (A whole number, however large, is kept as it is.)
    for v in [
        8.2e6 * (1.0 + f64::EPSILON),
        0.1 + 0.2,
        63.5,
        0.715,
        1e-30 / 3.0,
        7e-3 / 3.0,
    ] {
        assert_eq!(super::super::as_written(v), formatted(v), "{v:e}");
    }
}

#[test]
fn a_hedged_age_after_aged_is_an_age() {
    // QA round 15, item c-12.
    for (s, value) in [
        ("The youngest victim was a girl aged about two.", 2.0),
        ("The woman was aged around 40.", 40.0),
    ] {
        let age = one(s);
        assert_eq!(age.value, value, "{s}");
        assert_eq!(age.unit.as_deref(), Some("years"), "{s}");
        assert_eq!(age.measure, Some(crate::claim::Measure::Age), "{s}");
        assert_eq!(age.qualifier, Some(crate::claim::Qualifier::About), "{s}");
    }
    assert_eq!(
        one("a baby aged about 6 months").unit.as_deref(),
        Some("months")
    );
}

#[test]
fn a_pressure_and_hectares_written_ha_are_physical() {
    // QA round 15, item b-15.
    use crate::claim::Measure::Physical;
    for s in [
        "The pressure fell to 938 millibars.",
        "The pressure fell to 938 hPa.",
        "It has burned 18,700 ha of forest.",
        "It has burned 18,700ha of forest.",
    ] {
        assert_eq!(one(s).measure, Some(Physical), "{s}");
    }
}
