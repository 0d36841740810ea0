//! Money beside a figure: a currency named after it ("5 dollars"), a sign or code before it
//! ("$5", "US$5", "USD 10"), and the hundredths of one ("97 cents", "85p").

use crate::extract::tokens::{TokKind, Tokens};

/// The ISO 4217 code of a currency named after a figure ("dollars" → USD).
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollars" | "dollar" => "USD",
        "euros" | "euro" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rubles" | "roubles" | "ruble" | "rouble" => "RUB",
        "hryvnias" | "hryvnia" | "hryvnas" => "UAH",
        "forints" | "forint" => "HUF",
        "pula" => "BWP",
        "rupees" | "rupee" => "INR",
        "francs" => "CHF",
        "rand" => "ZAR",
        "zlotys" | "zloty" => "PLN",
        "pesos" => "MXN",
        _ => return None,
    })
}

/// The currency written before a figure starting at token `s`: a symbol glued to it ("$5",
/// "US$5", "€2.5bn") or a code ("USD 10"). Returns the code and the first token.
pub(crate) fn currency_before(t: &Tokens, s: usize) -> Option<(&'static str, usize)> {
    if s == 0 {
        return None;
    }
    let p = s - 1;
    if t.kind(p) == Some(TokKind::Punct) && !t.gap(s) {
        let code = match t.str(p) {
            "$" => "USD",
            "€" => "EUR",
            "£" => "GBP",
            "¥" => "JPY",
            "₴" => "UAH",
            "₽" => "RUB",
            "₹" => "INR",
            "₩" => "KRW",
            "₺" => "TRY",
            _ => return None,
        };
        if code == "USD" && p > 0 && !t.gap(p) && t.kind(p - 1) == Some(TokKind::Word) {
            let dollar = match t.str(p - 1) {
                "US" => "USD",
                "A" | "AU" => "AUD",
                "C" | "CA" => "CAD",
                "NZ" => "NZD",
                "HK" => "HKD",
                "S" => "SGD",
                "R" => "BRL",
                _ => return None,
            };
            return Some((dollar, p - 1));
        }
        return Some((code, p));
    }
    let code = match t.str(p) {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" => "CNY",
        "RUB" => "RUB",
        "UAH" => "UAH",
        "HUF" => "HUF",
        "INR" => "INR",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "BWP" => "BWP",
        "MXN" => "MXN",
        "BRL" => "BRL",
        "ZAR" => "ZAR",
        "PLN" => "PLN",
        "TRY" => "TRY",
        _ => return None,
    };
    (t.kind(p) == Some(TokKind::Word) && t.gap(s)).then_some((code, p))
}

/// The currency whose hundredths the word at `k` counts: "pence" are GBP, "cents" the dollars
/// or euros of a sentence that writes "$" or "€" (else no one can tell which). "Penny" is no
/// help: Americans say it of a cent ("not one penny").
pub(crate) fn minor_currency(t: &Tokens, k: usize) -> Option<&'static str> {
    // "85 pence", "140p" (glued: "p" alone after a gap is no unit).
    if t.is(k, "pence") || t.str(k) == "p" && !t.gap(k) {
        return Some("GBP");
    }
    if !t.is_any(k, &["cents", "cent"]) {
        return None;
    }
    match (t.text.contains('$'), t.text.contains('€')) {
        (true, false) => Some("USD"),
        (false, true) => Some("EUR"),
        _ => None,
    }
}
