//! Ranges: both bounds of "10–12 people", "between 10 and 12", "2 to 3 million", a currency or
//! unit said twice ("between $58 billion and $60 billion"), and "from … to", which is two figures.

use super::super::quantities;
use super::one;
use crate::claim::Measure;

/// Each sentence holds one figure, a range from `lo` to `hi` of `unit`, written `text`.
fn assert_ranges(cases: &[(&str, f64, f64, &str, &str)]) {
    for &(s, lo, hi, unit, text) in cases {
        let q = one(s);
        let got = (q.value, q.upper, q.unit.as_deref(), q.text.as_str());
        assert_eq!(got, (lo, Some(hi), Some(unit), text), "{s}");
    }
}

#[test]
fn ranges_keep_both_bounds() {
    let q = one("the objective range of three-to- six percent, mainly");
    assert_eq!(
        (q.value, q.upper, q.unit.as_deref()),
        (3.0, Some(6.0), Some("percent"))
    );
    assert_eq!(q.text, "three-to- six percent");
    let q = one("10–12 people were hurt");
    assert_eq!(
        (q.value, q.upper, q.unit.as_deref()),
        (10.0, Some(12.0), Some("people"))
    );
    let q = one("between 10 and 12 people");
    assert_eq!((q.value, q.upper), (10.0, Some(12.0)));
    let q = one("between 300-1,000 people marched");
    assert_eq!(
        (q.value, q.upper, q.unit.as_deref(), q.text.as_str()),
        (300.0, Some(1000.0), Some("people"), "300-1,000 people")
    );
    let q = one("2 to 3 million people");
    assert_eq!((q.value, q.upper), (2e6, Some(3e6)));
}

#[test]
fn a_range_may_say_its_currency_or_unit_twice() {
    assert_ranges(&[
        (
            "sales of between $58 billion and $60 billion",
            58e9,
            60e9,
            "USD",
            "$58 billion and $60 billion",
        ),
        (
            "between $58 and $60 billion",
            58e9,
            60e9,
            "USD",
            "$58 and $60 billion",
        ),
        ("between €5m and €7m", 5e6, 7e6, "EUR", "€5m and €7m"),
        (
            "between 5% and 7% of them",
            5.0,
            7.0,
            "percent",
            "5% and 7%",
        ),
        ("rates of 5%-7%", 5.0, 7.0, "percent", "5%-7%"),
        (
            "spend $25-$40 billion",
            25e9,
            40e9,
            "USD",
            "$25-$40 billion",
        ),
        (
            "between 10 people and 12 people",
            10.0,
            12.0,
            "people",
            "10 people and 12 people",
        ),
    ]);
    // Two units, or two currencies, are two figures.
    assert_eq!(quantities("between 5% and 7 points", 0).len(), 2);
    assert_eq!(quantities("between $5 and €7", 0).len(), 2);
    assert_eq!(
        quantities("Sales rose $1 billion to $15 billion.", 0).len(),
        2
    );
}

#[test]
fn from_to_and_by_to_are_two_figures() {
    let found = quantities("the rate rose from 9.5 to 20 percent", 0);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        (found[0].value, found[0].unit.as_deref()),
        (9.5, Some("percent"))
    );
    assert!(found[0].unit_carried);
    assert_eq!((found[1].value, found[1].upper), (20.0, None));
    let found = quantities("raised by 7.5 points to 15 percent", 0);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].measure, Some(Measure::PercentagePoints));
    assert_eq!(found[1].value, 15.0);
}

#[test]
fn a_bare_figure_after_by_starts_a_range() {
    // QA round 7, item 8.
    for s in [
        "counts are often revised upward by 2 to 3 percent as certificates come in",
        "counts are often revised upward by 2-3 percent",
        "counts are often revised upward by 2 to 3%",
    ] {
        let q = one(s);
        let got = (q.value, q.upper, q.unit.as_deref());
        assert_eq!(got, (2.0, Some(3.0), Some("percent")), "{s}");
    }
    // A change with its unit, then the level: two figures.
    for s in [
        "raised by 7.5 points to 15 percent",
        "raised the base rate by 50 basis points to 3.40%",
        "Sales rose by $1 billion to $15 billion.",
        "Sales rose by 5% to 7%.",
        // Too far apart to be a range's bounds: a change and a level.
        "raised rates by 0.25 to 5.5 percent",
    ] {
        assert_eq!(quantities(s, 0).len(), 2, "{s}");
    }
}

#[test]
fn a_unit_said_again_after_to_is_a_range_after_a_noun() {
    // QA round 7, item 8.
    assert_ranges(&[
        (
            "up from its previous forecast of $17.4 billion to $17.9 billion.",
            17.4e9,
            17.9e9,
            "USD",
            "$17.4 billion to $17.9 billion",
        ),
        (
            "an adjusted gross margin of 61.5% to 62.5%.",
            61.5,
            62.5,
            "percent",
            "61.5% to 62.5%",
        ),
        (
            "growth was 2 percent to 3 percent this year",
            2.0,
            3.0,
            "percent",
            "2 percent to 3 percent",
        ),
    ]);
    // After a verb of change, "to" leads to the level reached.
    for s in [
        "Sales rose $1 billion to $15 billion.",
        "Shares rose 2% to 5% of the index.",
        "the share rose to 9.4% from 7.8%",
        "Revenue fell 12% to $1.4 billion.",
        "the rate rose from 5% to 7%",
    ] {
        let found = quantities(s, 0);
        assert_eq!(found.len(), 2, "{s}: {found:#?}");
        assert!(found.iter().all(|q| q.upper.is_none()), "{s}");
    }
}

#[test]
fn a_past_change_by_a_figure_to_a_level_is_two_figures() {
    // QA round 12, item 1: the change, then the level it reached.
    for s in [
        "August's figure was revised up by 12,000 to 98,000.",
        "The number of people claiming jobless benefits rose by 12,000 to 98,000 in August, up from 86,000 in July.",
        "The claimant count rose by 12,000 to 98,000 people.",
        "The death toll rose by 5 to 32.",
    ] {
        let found = quantities(s, 0);
        assert!(found.iter().all(|q| q.upper.is_none()), "{s}: {found:#?}");
        assert!(
            found.iter().any(|q| q.value == 12_000.0 || q.value == 5.0),
            "{s}"
        );
    }
    // A habit, a forecast or close bounds stay a range.
    for s in [
        "counts are often revised upward by 2 to 8 percent",
        "emissions could fall by 10 to 50 percent",
        "Sales rose by 2 to 3 percent.",
    ] {
        assert!(quantities(s, 0)[0].upper.is_some(), "{s}");
    }
}

#[test]
fn a_range_across_a_dash_after_from_is_one_figure() {
    // QA round 18, item C-7: "from 6%-8%" is the earlier range, not two figures or one end.
    for s in [
        "Nordvik lowered its full-year revenue growth forecast to 3%-5% from 6%-8% earlier",
        "Nordvik cut its growth forecast to 3-5% from 6-8%, the company said.",
    ] {
        let found = quantities(s, 0);
        let got: Vec<_> = found.iter().map(|q| (q.value, q.upper)).collect();
        assert_eq!(got, vec![(3.0, Some(5.0)), (6.0, Some(8.0))], "{s}");
        assert!(
            found.iter().all(|q| q.unit.as_deref() == Some("percent")),
            "{s}"
        );
    }
    // "from … to …" stays a change's two levels.
    let found = quantities("the rate rose from 5 to 7 percent", 0);
    assert_eq!(found.len(), 2);
}

#[test]
fn a_unit_of_two_words_or_glued_to_both_bounds_is_one_range() {
    // QA round 21, item M-10.
    assert_ranges(&[
        (
            "The ice shell is between 15km and 25km thick.",
            15.0,
            25.0,
            "km",
            "15km and 25km",
        ),
        (
            "Prices would rise by between 4 per cent and 5 per cent this year.",
            4.0,
            5.0,
            "percent",
            "4 per cent and 5 per cent",
        ),
    ]);
    // A glued ordinal is no unit: "between 15th and 25th" is no range of a unit.
    let found = quantities("They finished between 15th and 25th.", 0);
    assert!(
        found.iter().all(|q| q.unit.as_deref() != Some("th")),
        "{found:#?}"
    );
}
