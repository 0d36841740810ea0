//! Money paid per a period or a head ("£190,000 a week", "$20 a month", "£30 a head"): the
//! unit names the period, so that a wage or a price is no sum (QA round 13, item 14).

use super::super::quantities;
use crate::claim::Measure;

/// (value, unit, text, measure) of each figure in `s`.
fn read(s: &str) -> Vec<(f64, Option<String>, String, Option<Measure>)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.text, q.measure))
        .collect()
}

/// The unit and text of the one money figure in `s`.
fn money(s: &str) -> (String, String) {
    let found: Vec<_> = read(s)
        .into_iter()
        .filter(|f| f.3 == Some(Measure::Money))
        .collect();
    assert_eq!(found.len(), 1, "{s}: {found:#?}");
    let (_, unit, text, _) = found.into_iter().next().unwrap();
    (unit.unwrap_or_default(), text)
}

#[test]
fn a_wage_per_week_names_its_week() {
    // probes/e1.txt.
    let found = read("The 22-year-old will sign a five-year contract worth about £190,000 a week.");
    let last = found.last().unwrap();
    assert_eq!(last.0, 190_000.0);
    assert_eq!(last.1.as_deref(), Some("GBP per week"));
    assert_eq!(last.2, "£190,000 a week");
    assert_eq!(last.3, Some(Measure::Money));
}

#[test]
fn each_period_and_head_is_named() {
    for (s, unit, text) in [
        (
            "a subscription that costs $20 a month",
            "USD per month",
            "$20 a month",
        ),
        ("she earns £40,000 a year", "GBP per year", "£40,000 a year"),
        ("it costs €2bn annually.", "EUR per year", "€2bn annually"),
        (
            "a salary of £40,000 per annum",
            "GBP per year",
            "£40,000 per annum",
        ),
        ("workers get $15 per hour", "USD per hour", "$15 per hour"),
        ("workers get $15 an hour", "USD per hour", "$15 an hour"),
        ("he lived on £2 a day", "GBP per day", "£2 a day"),
        ("it spends £5m every week", "GBP per week", "£5m every week"),
        ("tickets cost £30 a head", "GBP per head", "£30 a head"),
        (
            "tickets cost £30 per person",
            "GBP per person",
            "£30 per person",
        ),
        ("rent of £1,200 monthly.", "GBP per month", "£1,200 monthly"),
        (
            "fares are 20 dollars a day",
            "USD per day",
            "20 dollars a day",
        ),
        ("a £190,000-a-week deal", "GBP per week", "£190,000-a-week"),
        (
            "between £10 and £20 a week",
            "GBP per week",
            "£10 and £20 a week",
        ),
    ] {
        assert_eq!(money(s), (unit.to_string(), text.to_string()), "{s}");
    }
}

#[test]
fn a_time_a_year_back_is_no_period() {
    for (s, text) in [
        ("Spending rose to £5bn, from £4bn a year earlier.", "£4bn"),
        ("It was sold for £4bn a year ago.", "£4bn"),
        ("He paid £500 a day later.", "£500"),
        ("the £500 weekly shop", "£500"),
        ("He paid £500 each.", "£500"),
    ] {
        let found = read(s);
        let last = found.last().unwrap();
        assert_eq!(last.2, text, "{s}");
        assert!(!last.1.as_deref().unwrap_or("").contains(" per "), "{s}");
    }
}

#[test]
fn a_price_per_litre_and_per_cent_are_untouched() {
    let found = read("Petrol now sells at N617 per litre, up from N568.");
    assert_eq!(found[0].1.as_deref(), Some("NGN"));
    assert_eq!(found[1].1.as_deref(), Some("NGN"));
    let found = read("Prices rose 5 per cent a year.");
    assert_eq!(found[0].1.as_deref(), Some("percent"));
}
