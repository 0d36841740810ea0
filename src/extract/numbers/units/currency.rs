//! Money beside a figure: a currency named after it ("5 dollars", "1.1 trillion Norwegian
//! crowns", "4.50 NOK"), a sign or code before it ("$5", "US$5", "USD 10", "NOK 4.50"), and the
//! hundredths of one ("97 cents", "85p"), and an indefinite amount of a currency ("millions of
//! pounds").

use super::super::figure::is_function_word_any_case;
use super::super::numeral::numeral;
use super::super::words::scale_at;
use super::pounds::pounds;
use super::{After, Unit, UnitName, counted_noun, unit};
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens, lower};

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
        // Only Sweden counts in "kronor" (Norway and Denmark both say "kroner": see
        // [`currency_of_country`]).
        "kronor" | "krona" => "SEK",
        "naira" => "NGN",
        "baht" => "THB",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "shekels" | "shekel" => "ILS",
        "reais" => "BRL",
        _ => return None,
    })
}

/// An ISO 4217 code as written ("NOK"), before or after a figure. Codes that are also English
/// words or other things set in capitals ("PEN", "PHP 8", "RON 95") are left out.
pub(crate) fn iso_code(w: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "KRW",
        "INR", "PKR", "LKR", "BDT", "IDR", "MYR", "THB", "VND", "NOK", "SEK", "DKK", "ISK", "CZK",
        "HUF", "PLN", "BGN", "RUB", "UAH", "KZT", "TRY", "ILS", "SAR", "AED", "QAR", "KWD", "EGP",
        "NGN", "KES", "GHS", "ZAR", "BWP", "MXN", "BRL", "ARS", "CLP", "COP",
    ];
    if w.len() != 3 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // Israel's new shekel is written "NIS" as often as "ILS".
    if w == "NIS" {
        return Some("ILS");
    }
    CODES.iter().find(|&&code| code == w).copied()
}

/// A currency written after a figure starting at token `j`: an ISO code ("4.50 NOK") or a
/// currency's name after its country's adjective ("Norwegian crowns", "Swiss francs", "South
/// African rand", "Hong Kong dollars"). Returns the code and the last token.
pub(crate) fn currency_after(t: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    if !t.is_capitalised(j) || !t.gap(j) {
        return None;
    }
    if let Some(code) = iso_code(t.str(j)) {
        return Some((code, j));
    }
    // "South African rand": the adjective may be the second of two capitalised words.
    let adjective = if t.is_capitalised(j + 1) && t.gap(j + 1) {
        j + 1
    } else {
        j
    };
    let name = adjective + 1;
    if !t.gap(name) || t.kind(name) != Some(TokKind::Word) {
        return None;
    }
    let mut buf = [0u8; 24];
    let name_lower = crate::extract::tokens::lower(t.str(name), &mut buf)?;
    currency_of_country(t.str(adjective), name_lower).map(|code| (code, name))
}

/// The code of the currency `name` (lower case) after the country's adjective: "Norwegian"
/// "crowns" → NOK, "Danish" "kroner" → DKK, "Indian" "rupees" → INR.
fn currency_of_country(adjective: &str, name: &str) -> Option<&'static str> {
    const CROWNS: &[&str] = &["crowns", "crown", "kroner", "krone", "kronor", "krona"];
    const DOLLARS: &[&str] = &["dollars", "dollar"];
    const PESOS: &[&str] = &["pesos", "peso"];
    const RUPEES: &[&str] = &["rupees", "rupee"];
    const POUNDS: &[&str] = &["pounds", "pound"];
    const RIYALS: &[&str] = &["riyals", "riyal"];
    const DIRHAMS: &[&str] = &["dirhams", "dirham"];
    #[rustfmt::skip]
    const COUNTRIES: &[(&str, &[&str], &str)] = &[
        ("Norwegian", CROWNS, "NOK"), ("Swedish", CROWNS, "SEK"), ("Danish", CROWNS, "DKK"),
        ("Icelandic", &["crowns", "kronur", "krona"], "ISK"),
        ("Czech", &["crowns", "korunas", "koruna", "koruny"], "CZK"),
        ("Indian", RUPEES, "INR"), ("Pakistani", RUPEES, "PKR"), ("Lankan", RUPEES, "LKR"),
        ("Indonesian", &["rupiah"], "IDR"),
        ("Chinese", &["yuan", "renminbi"], "CNY"), ("Japanese", &["yen"], "JPY"),
        ("Korean", &["won"], "KRW"), ("Thai", &["baht"], "THB"),
        ("Malaysian", &["ringgit"], "MYR"), ("Vietnamese", &["dong"], "VND"),
        ("Swiss", &["francs", "franc"], "CHF"),
        ("Mexican", PESOS, "MXN"), ("Argentine", PESOS, "ARS"), ("Argentinian", PESOS, "ARS"),
        ("Chilean", PESOS, "CLP"), ("Colombian", PESOS, "COP"), ("Philippine", PESOS, "PHP"),
        ("American", DOLLARS, "USD"), ("Canadian", DOLLARS, "CAD"),
        ("Australian", DOLLARS, "AUD"), ("Zealand", DOLLARS, "NZD"), ("Kong", DOLLARS, "HKD"),
        ("Singapore", DOLLARS, "SGD"), ("Singaporean", DOLLARS, "SGD"),
        ("Taiwan", DOLLARS, "TWD"), ("Taiwanese", DOLLARS, "TWD"),
        ("British", POUNDS, "GBP"), ("Egyptian", POUNDS, "EGP"), ("Lebanese", POUNDS, "LBP"),
        ("Syrian", POUNDS, "SYP"), ("Sudanese", POUNDS, "SDG"),
        ("Turkish", &["lira", "liras"], "TRY"), ("Brazilian", &["reais", "real", "reals"], "BRL"),
        ("Russian", &["roubles", "rubles", "rouble", "ruble"], "RUB"),
        ("Ukrainian", &["hryvnias", "hryvnia"], "UAH"), ("Polish", &["zlotys", "zloty"], "PLN"),
        ("Hungarian", &["forints", "forint"], "HUF"), ("African", &["rand"], "ZAR"),
        ("Nigerian", &["naira"], "NGN"), ("Kenyan", &["shillings", "shilling"], "KES"),
        ("Israeli", &["shekels", "shekel"], "ILS"),
        ("Saudi", RIYALS, "SAR"), ("Qatari", RIYALS, "QAR"),
        ("Emirati", DIRHAMS, "AED"), ("UAE", DIRHAMS, "AED"), ("Moroccan", DIRHAMS, "MAD"),
    ];
    COUNTRIES
        .iter()
        .find(|(a, names, _)| *a == adjective && names.contains(&name))
        .map(|&(_, _, code)| code)
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
            "₦" => "NGN",
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
    if naira_sign(t, s) {
        return Some(("NGN", p));
    }
    // "Rs 500 crore", "Rs. 2.5 lakh": the rupee's abbreviation.
    if t.gap(s) && t.str(p) == "Rs" {
        return Some(("INR", p));
    }
    if t.gap(s) && t.is_punct(p, '.') && p > 0 && !t.gap(p) && t.str(p - 1) == "Rs" {
        return Some(("INR", p - 1));
    }
    let code = iso_code(t.str(p))?;
    (t.kind(p) == Some(TokKind::Word) && t.gap(s)).then_some((code, p))
}

/// "N3.5 billion", "N2bn", "N250,000", "N617 per litre": the naira as Nigerian papers write
/// it, a capital "N" glued to the digits at `s`. "N" plus digits is as often a name ("N95
/// masks", "the N1 road", "N2O"), so only an amount that looks like money counts: one with a
/// scale after it ("billion", "bn", "m"), thousands separators or a price's "per" and unit
/// after it, or a bare one in a sentence with such an amount or a "₦" ("up from N568"); and
/// the "N" must stand alone ("AN2" is a name).
pub(crate) fn naira_sign(t: &Tokens, s: usize) -> bool {
    match naira_amount(t, s) {
        None => false,
        Some(true) => true,
        Some(false) => {
            bare_amount(t, s)
                && (0..t.len())
                    .any(|k| t.is_punct(k, '₦') || k != s && naira_amount(t, k) == Some(true))
        }
    }
}

/// The "N" and digits at `s` stand as an amount, not a name's: no article before ("the N1"),
/// no noun after ("N95 masks"), and no "and" or "or" listing more names ("the N1 and N2").
fn bare_amount(t: &Tokens, s: usize) -> bool {
    let Some((_, last)) = numeral(t, s) else {
        return false;
    };
    let next = last + 1;
    let named_after = t.kind(next) == Some(TokKind::Word)
        && (!is_function_word_any_case(t.str(next)) || t.is_any(next, &["and", "or"]));
    let article = s >= 2 && t.is_any(s - 2, &["the", "a", "an"]);
    !named_after && !article
}

/// At `s`, digits glued to a lone "N": whether the amount looks like money on its own (see
/// [`naira_sign`]); `None` where there is no such amount.
fn naira_amount(t: &Tokens, s: usize) -> Option<bool> {
    if s == 0 || t.gap(s) || t.kind(s) != Some(TokKind::Digits) || t.str(s - 1) != "N" {
        return None;
    }
    let p = s - 1;
    if p > 0 && !t.gap(p) && !matches!(t.str(p - 1), "(" | "[" | "\"" | "“" | "‘" | "'") {
        return None;
    }
    let (_, last) = numeral(t, s)?;
    let grouped = (s..last).any(|k| t.is_punct(k, ','));
    // "N617 per litre": a price (not "per cent").
    let priced = t.is(last + 1, "per")
        && t.is_lower_word(last + 2)
        && !t.is_any(last + 2, &["cent", "centum"]);
    Some(grouped || priced || scale_at(t, last + 1, true).is_some())
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

/// What an indefinite amount counts after its "of", starting at token `j`: money named by its
/// currency ("millions of pounds", "billions of dollars", "billions of Hong Kong dollars"),
/// else the noun ([`counted_noun`]: "hundreds of drones"). The noun is read first: only a
/// currency's name at its head needs a further look.
pub(crate) fn amount_of(t: &Tokens, j: usize) -> After {
    let found = counted_noun(t, j);
    let After::Unit(Unit {
        name: UnitName::Token(head),
        ..
    }) = found
    else {
        return found;
    };
    let mut buf = [0u8; 24];
    let Some(w) = lower(t.str(head), &mut buf) else {
        return found;
    };
    let pound = matches!(w, "pounds" | "pound");
    let Some(code) = currency_word(w).or(pound.then_some("GBP")) else {
        return found;
    };
    // "billions of Hong Kong dollars": the country's adjective names the currency.
    if head > j
        && let Some((code, last)) = currency_after(t, j)
    {
        return unit(UnitName::Fixed(code), Measure::Money, last);
    }
    if pound {
        return pounds(t, head).unwrap_or(found);
    }
    unit(UnitName::Fixed(code), Measure::Money, head)
}
