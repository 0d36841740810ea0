//! Money: ISO codes before or after the amount, a currency's name after its country's
//! adjective, and no currency carried onto an amount that names its own.

use super::super::quantities;
use super::one;
use crate::claim::Measure;

/// (value, unit, measure, text) of the one figure in `s`.
fn money(s: &str) -> (f64, Option<String>, Option<Measure>, String) {
    let q = one(s);
    (q.value, q.unit, q.measure, q.text)
}

#[test]
fn iso_codes_before_or_after_the_amount() {
    // QA round 7, item 6.
    for (s, value, code, text) in [
        ("a dividend of NOK 4.50 per share", 4.5, "NOK", "NOK 4.50"),
        ("worth NOK 1.1 trillion", 1.1e12, "NOK", "NOK 1.1 trillion"),
        ("a dividend of 4.50 NOK per share", 4.5, "NOK", "4.50 NOK"),
        ("a fine of 40 billion SEK", 40e9, "SEK", "40 billion SEK"),
        ("DKK 300 million in grants", 300e6, "DKK", "DKK 300 million"),
        ("a fee of 10 USD per visit", 10.0, "USD", "10 USD"),
        ("a deal worth NIS 2 billion", 2e9, "ILS", "NIS 2 billion"),
    ] {
        let got = money(s);
        assert_eq!(
            got,
            (value, Some(code.into()), Some(Measure::Money), text.into()),
            "{s}"
        );
    }
    // Capitals that are no currency stay what they were.
    let q = one("upgraded to PHP 8 last year");
    assert_ne!(q.measure, Some(Measure::Money));
}

#[test]
fn a_currency_named_after_its_country() {
    // QA round 7, item 6.
    for (s, value, code, text) in [
        (
            "a market value of about 1.1 trillion Norwegian crowns",
            1.1e12,
            "NOK",
            "1.1 trillion Norwegian crowns",
        ),
        (
            "40 billion Swedish kronor",
            40e9,
            "SEK",
            "40 billion Swedish kronor",
        ),
        ("500 Danish kroner", 500.0, "DKK", "500 Danish kroner"),
        ("300 Indian rupees", 300.0, "INR", "300 Indian rupees"),
        (
            "20 billion Chinese yuan",
            20e9,
            "CNY",
            "20 billion Chinese yuan",
        ),
        (
            "5 million Swiss francs",
            5e6,
            "CHF",
            "5 million Swiss francs",
        ),
        (
            "5 billion South African rand",
            5e9,
            "ZAR",
            "5 billion South African rand",
        ),
        ("10 Hong Kong dollars", 10.0, "HKD", "10 Hong Kong dollars"),
        ("300 yen", 300.0, "JPY", "300 yen"),
        ("40 billion kronor", 40e9, "SEK", "40 billion kronor"),
    ] {
        let got = money(s);
        assert_eq!(
            got,
            (value, Some(code.into()), Some(Measure::Money), text.into()),
            "{s}"
        );
    }
    // "kroner" alone may be Norway's or Denmark's: no currency is guessed.
    let q = one("500 kroner");
    assert_ne!(q.measure, Some(Measure::Money));
}

#[test]
fn no_currency_is_carried_onto_an_amount_with_its_own() {
    // QA round 7, item 6 (d-earnings.txt).
    let s = "The board approved a new $5 billion share repurchase program and a quarterly \
             dividend of NOK 4.50 per share.";
    let found = quantities(s, 0);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].unit.as_deref(), Some("NOK"));
    assert!(!found[1].unit_carried);
    let s = "giving the company a market value of about 1.1 trillion Norwegian crowns ($104 \
             billion).";
    let found = quantities(s, 0);
    assert_eq!(found[0].unit.as_deref(), Some("NOK"));
    assert_eq!(found[1].unit.as_deref(), Some("USD"));
}

#[test]
fn indian_scales_and_the_rupee() {
    // QA round 8, item 1: a lakh is 10^5, a crore 10^7, a lakh crore 10^12.
    for (s, value, code, text) in [
        (
            "INR 6,368 crore was spent",
            63_680_000_000.0,
            Some("INR"),
            "INR 6,368 crore",
        ),
        ("Rs 500 crore was spent", 5e9, Some("INR"), "Rs 500 crore"),
        ("₹500 crore was spent", 5e9, Some("INR"), "₹500 crore"),
        ("it cost Rs. 2.5 lakh", 2.5e5, Some("INR"), "Rs. 2.5 lakh"),
        (
            "a budget of Rs 1.5 lakh crore",
            1.5e12,
            Some("INR"),
            "Rs 1.5 lakh crore",
        ),
        ("it cost 500 crore", 5e9, None, "500 crore"),
        ("three lakhs of people", 3e5, None, "three lakhs"),
    ] {
        let (got, unit, _, got_text) = money(s);
        assert_eq!(
            (got, unit.as_deref(), got_text.as_str()),
            (value, code, text),
            "{s}"
        );
    }
    // Unchanged: a scale of millions, a bare rupee amount.
    assert_eq!(money("$5 million").0, 5e6);
    assert_eq!(money("it cost ₹500").0, 500.0);
}
