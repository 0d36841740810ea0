//! Rates: a figure per a base ("23.6 per 100,000 people") is one figure whose base is no
//! count, and a bare figure set against it borrows the base.

use super::super::quantities;
use crate::claim::Measure;

/// (value, upper, unit, measure, text, carried) of a figure.
type Read = (
    f64,
    Option<f64>,
    Option<String>,
    Option<Measure>,
    String,
    bool,
);

/// Every figure in `s`, read.
fn all(s: &str) -> Vec<Read> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.upper, q.unit, q.measure, q.text, q.unit_carried))
        .collect()
}

/// A rate as [`all`] reads it.
fn rate(value: f64, unit: &str, text: &str, carried: bool) -> Read {
    (
        value,
        None,
        Some(unit.into()),
        Some(Measure::Rate),
        text.into(),
        carried,
    )
}

#[test]
fn a_figure_per_a_base_is_one_rate() {
    // QA round 7, item 7 (c-health.txt).
    assert_eq!(
        all(
            "The age-adjusted death rate fell to 23.6 per 100,000 people from 32.6 per 100,000 \
             a year earlier."
        ),
        vec![
            rate(23.6, "per 100,000 people", "23.6 per 100,000 people", false),
            // The base said again without its noun is the same base.
            rate(32.6, "per 100,000 people", "32.6 per 100,000", true),
        ]
    );
    let found = all("In 2019, about 70,630 people died of overdoses, a rate of 21.6 per 100,000.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[1],
        rate(21.6, "per 100,000", "21.6 per 100,000", false)
    );
    assert_eq!(
        all("There are 12 doctors per 1,000 residents."),
        vec![rate(
            12.0,
            "doctors per 1,000 residents",
            "12 doctors per 1,000 residents",
            false
        )]
    );
    assert_eq!(
        all("a rate of 3 per million"),
        vec![rate(3.0, "per million", "3 per million", false)]
    );
    // No number after "per": no rate.
    let found = quantities("earnings of $1.20 per share and 97 cents per capita", 0);
    assert!(
        found.iter().all(|q| q.measure == Some(Measure::Money)),
        "{found:#?}"
    );
}

#[test]
fn a_figure_set_against_a_rate_borrows_its_base() {
    // QA round 7, item 7.
    let found = all("Among adults aged 35 to 44, the rate fell from 62.0 to 44.8 per 100,000.");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[1], rate(62.0, "per 100,000", "62.0", true));
    assert_eq!(
        found[2],
        rate(44.8, "per 100,000", "44.8 per 100,000", false)
    );
    assert_eq!(
        all("the rate fell to 23.6 per 100,000 from 32.6"),
        vec![
            rate(23.6, "per 100,000", "23.6 per 100,000", false),
            rate(32.6, "per 100,000", "32.6", true),
        ]
    );
    // A count told beside a rate keeps no base.
    let found = all("a rate of 21.6 per 100,000, and 500 died");
    assert_eq!(found[1].2, None, "{found:#?}");
}

#[test]
fn a_confidence_level_lends_no_percent_to_its_interval() {
    // QA round 7, item 7.
    let found = all(
        "the rate remained near its peak, at 94.7 per 100,000 (95% confidence \
                     interval, 90.2 to 99.3).",
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(
        found[0],
        rate(94.7, "per 100,000", "94.7 per 100,000", false)
    );
    assert_eq!((found[1].0, found[1].3), (95.0, Some(Measure::Percent)));
    assert_eq!(
        found[2],
        (
            90.2,
            Some(99.3),
            Some("per 100,000".into()),
            Some(Measure::Rate),
            "90.2 to 99.3".into(),
            true
        )
    );
    // The interval of a percentage stays in percent.
    let found = all("support was 52% (95% CI, 49% to 55%)");
    assert!(
        found.iter().all(|q| q.3 == Some(Measure::Percent)),
        "{found:#?}"
    );
}
