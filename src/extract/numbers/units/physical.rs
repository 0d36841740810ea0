//! Units of physical measure after a figure: lengths, masses, energies, temperatures, and the
//! astronomer's light-years, parsecs and kelvins ("41 light-years", "5,772 K").

use super::{After, UnitName, unit};
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens};

/// "41 light-years", "4.2 light years", "5,772 K", and the "m" of "11.4ft (3.5m)" at token
/// `j`, right after a figure.
pub(super) fn science_unit(t: &Tokens, j: usize) -> Option<After> {
    if let Some(area) = area(t, j) {
        return Some(area);
    }
    if let Some(found) = one_name_for_two_spellings(t, j) {
        return Some(found);
    }
    if let Some(last) = carbon_mass(t, j) {
        return Some(unit(
            UnitName::Designation(j, last),
            Measure::Physical,
            last,
        ));
    }
    if metres_beside_a_length(t, j) {
        return Some(unit(UnitName::Fixed("metres"), Measure::Physical, j));
    }
    let light = t.is_any(j, &["light", "Light"]) && t.gap(j);
    let years = |k: usize| t.is_any(k, &["years", "year"]);
    if light && t.is_joining_hyphen(j + 1) && years(j + 2) {
        return Some(unit(
            UnitName::Fixed("light-years"),
            Measure::Physical,
            j + 2,
        ));
    }
    if light && t.gap(j + 1) && years(j + 1) {
        return Some(unit(
            UnitName::Fixed("light-years"),
            Measure::Physical,
            j + 1,
        ));
    }
    kelvin(t, j).then(|| unit(UnitName::Fixed("kelvin"), Measure::Physical, j))
}

/// A unit written out or as its symbol, named the same either way so that the two are compared:
/// "423.9 parts per million (ppm)" and "420.0 ppm" are ppm, "370 gigatonnes" and "410 Gt"
/// gigatonnes — a concentration or a mass, not a rate or a count.
fn one_name_for_two_spellings(t: &Tokens, j: usize) -> Option<After> {
    let (name, last) = match t.str(j) {
        "ppm" => ("ppm", j),
        "ppb" => ("ppb", j),
        "Gt" | "gigatonnes" | "gigatonne" | "gigatons" | "gigaton" => ("gigatonnes", j),
        _ if t.is(j, "parts") && t.is(j + 1, "per") => match () {
            _ if t.is(j + 2, "million") => ("ppm", j + 2),
            _ if t.is(j + 2, "billion") => ("ppb", j + 2),
            _ => return None,
        },
        _ => return None,
    };
    Some(unit(UnitName::Fixed(name), Measure::Physical, last))
}

/// A mass of carbon dioxide (or its equivalent) written as one symbol at token `j`: "57.1
/// GtCO2e", "12 MtCO2", "8 tCO2eq" (a mass, named as written: CO2e is no plain CO2); the last
/// of its tokens.
fn carbon_mass(t: &Tokens, j: usize) -> Option<usize> {
    if !matches!(t.str(j), "GtCO" | "MtCO" | "ktCO" | "tCO") || t.str(j + 1) != "2" || t.gap(j + 1)
    {
        return None;
    }
    let equivalent = !t.gap(j + 2) && t.is_any(j + 2, &["e", "eq"]);
    Some(if equivalent { j + 2 } else { j + 1 })
}

/// An area at token `j`: "4.28 million sq km", "square kilometres", "500 sq ft", "km2", "km²"
/// (a length unit squared), named the same way whichever is written.
fn area(t: &Tokens, j: usize) -> Option<After> {
    let squared = |k: usize| !t.gap(k + 1) && matches!(t.str(k + 1), "2" | "²");
    let (length, last) = if t.is_any(j, &["sq", "square"]) {
        // ("sq. km")
        let k = if t.is_punct(j + 1, '.') { j + 2 } else { j + 1 };
        if !t.gap(k) {
            return None;
        }
        (k, k)
    } else if squared(j) {
        (j, j + 1)
    } else {
        return None;
    };
    let name = match t.str(length) {
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km²",
        "mi" | "miles" | "mile" => "sq mi",
        // ("40 square nautical miles": an area at sea.)
        "nautical" if t.is_any(length + 1, &["miles", "mile"]) => {
            return Some(unit(
                UnitName::Fixed("sq nmi"),
                Measure::Physical,
                length + 1,
            ));
        }
        "nmi" => "sq nmi",
        "ft" | "feet" | "foot" => "sq ft",
        "m" | "metres" | "meters" | "metre" | "meter" => "m²",
        "yd" | "yards" | "yard" => "sq yd",
        "cm" | "centimetres" | "centimeters" => "cm²",
        _ => return None,
    };
    // ("4km2" is read whole; a bare "m2" after a gap is a name, not a square metre.)
    if length == j && t.gap(j) && t.str(j) == "m" {
        return None;
    }
    Some(unit(UnitName::Fixed(name), Measure::Physical, last))
}

/// "11.4ft (3.5m)", "3.5m (11.4ft)": an "m" glued to a figure that restates a length in feet,
/// inches, yards or miles in brackets, or that such a length restates, is metres; elsewhere a
/// glued "m" is a million ("£3.5m") or nothing read.
fn metres_beside_a_length(t: &Tokens, j: usize) -> bool {
    if j == 0 || t.str(j) != "m" || t.gap(j) || t.kind(j - 1) != Some(TokKind::Digits) {
        return false;
    }
    // A figure's tokens: "3", ".", "5" (or "1", ",", "200"), glued together.
    let in_figure =
        |k: usize| t.kind(k) == Some(TokKind::Digits) || t.is_punct(k, '.') || t.is_punct(k, ',');
    let imperial = |k: usize| {
        t.is_any(
            k,
            &[
                "ft", "feet", "foot", "inches", "inch", "yards", "yd", "yds", "miles",
            ],
        ) || t.str(k) == "in" && !t.gap(k)
    };
    let mut first = j - 1;
    while first > 0 && !t.gap(first) && in_figure(first - 1) {
        first -= 1;
    }
    let restates = first >= 2
        && t.is_punct(first - 1, '(')
        && !t.gap(first)
        && t.is_punct(j + 1, ')')
        && imperial(first - 2);
    if restates {
        return true;
    }
    // "3.5m (11.4ft)": the length in brackets after it.
    if !t.is_punct(j + 1, '(') || t.kind(j + 2) != Some(TokKind::Digits) || t.gap(j + 2) {
        return false;
    }
    let mut last = j + 2;
    while !t.gap(last + 1) && in_figure(last + 1) {
        last += 1;
    }
    imperial(last + 1) && t.kind(last) == Some(TokKind::Digits)
}

/// A capital "K" set apart after a figure is kelvins when the figure is written to a precision
/// ("5,772 K", "2.7 K") or the sentence speaks of temperature; glued it is a thousand ("5K run",
/// "$50K"), and before a hyphen part of a name ("K-12").
fn kelvin(t: &Tokens, j: usize) -> bool {
    if j == 0 || t.str(j) != "K" || !t.gap(j) || t.kind(j - 1) != Some(TokKind::Digits) {
        return false;
    }
    let ends = j + 1 >= t.len()
        || t.gap(j + 1) && t.kind(j + 1) == Some(TokKind::Word)
        || t.kind(j + 1) == Some(TokKind::Punct) && !t.is_joining_hyphen(j + 1);
    // (The tokens of "5,772" are "5", ",", "772".)
    let precise = j >= 3
        && !t.gap(j - 1)
        && (t.is_punct(j - 2, ',') || t.is_punct(j - 2, '.'))
        && !t.gap(j - 2)
        && t.kind(j - 3) == Some(TokKind::Digits);
    ends && (precise || t.text.contains("temperature"))
}

/// A speed or a concentration written with a slash at token `j`: "185 km/h", "30 m/s", "2.8
/// mmol/L", "100 mg/dL", "25 µg/m3", "5 mg/kg", "120 g/km"; the index of its last token. (Read
/// as a length, "km" would make a wind speed a distance; read alone, "mmol" a count.)
pub(super) fn per_unit(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is_punct(j + 1, '/') || t.gap(j + 1) || t.gap(j + 2) {
        return None;
    }
    let speed = t.is_any(j, &["km", "m", "mi", "ft", "cm"])
        && t.is_any(j + 2, &["h", "hr", "s", "sec", "min"]);
    let amount = AMOUNTS.contains(&t.str(j)) && PER.contains(&t.str(j + 2));
    // "µg/m3", "µg/m³": a cubic metre.
    let mut last = j + 2;
    if amount && t.str(last) == "m" && !t.gap(last + 1) && matches!(t.str(last + 1), "3" | "³") {
        last += 1;
    }
    let ends = t.gap(last + 1) || t.kind(last + 1) != Some(TokKind::Word);
    ((speed || amount) && ends).then_some(last)
}

/// Masses and amounts of a substance before a slash ("mmol/L", "mg/dL"), case as written.
const AMOUNTS: &[&str] = &[
    "mmol", "mol", "µmol", "μmol", "umol", "nmol", "pmol", "mEq", "g", "kg", "mg", "µg", "μg",
    "ug", "mcg", "ng", "pg", "IU",
];

/// What such an amount is given per: a volume, a mass, a length or a day, case as written.
const PER: &[&str] = &[
    "L", "l", "dL", "dl", "mL", "ml", "m", "kg", "km", "day", "d",
];

/// A unit of length, mass, area, volume, speed, energy or temperature (as written).
pub(super) fn is_physical_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kilometers"
            | "kilometres"
            | "kilometer"
            | "kilometre"
            | "miles"
            | "mile"
            | "meters"
            | "metres"
            | "meter"
            | "metre"
            | "cm"
            | "centimetres"
            | "centimeters"
            | "centimetre"
            | "centimeter"
            | "mm"
            | "millimetres"
            | "millimeters"
            | "millimetre"
            | "millimeter"
            | "feet"
            | "foot"
            | "ft"
            | "inches"
            | "inch"
            | "yards"
            | "yard"
            | "yds"
            | "yd"
            | "kg"
            | "kilograms"
            | "kilogram"
            | "grams"
            | "mg"
            | "µg"
            | "μg"
            | "mmol"
            | "milligrams"
            | "milligram"
            | "mcg"
            | "micrograms"
            | "ml"
            | "millilitres"
            | "milliliters"
            | "tonnes"
            | "tons"
            | "megatonnes"
            | "tonne"
            | "ton"
            | "lbs"
            | "lb"
            | "ounces"
            | "ounce"
            | "oz"
            | "hectares"
            | "hectare"
            | "ha"
            // A pressure: "938 millibars", "938 hPa".
            | "millibars"
            | "millibar"
            | "mbar"
            | "hPa"
            | "hectopascals"
            | "hectopascal"
            | "acres"
            | "acre"
            | "litres"
            | "liters"
            | "litre"
            | "liter"
            | "gallons"
            | "barrels"
            | "degrees"
            | "mph"
            | "kph"
            | "knots"
            | "MW"
            | "GW"
            | "kW"
            | "kWh"
            | "MWh"
            | "megawatts"
            | "megawatt"
            | "gigawatts"
            | "gigawatt"
            // "850 watts", "850W": a power, no count of watts.
            | "watts"
            | "watt"
            | "W"
            | "kilowatts"
            | "kilowatt"
            | "kelvin"
            | "parsecs"
            | "parsec"
    )
}
