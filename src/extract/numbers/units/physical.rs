//! Units of physical measure after a figure: lengths, masses, energies, temperatures, and the
//! astronomer's light-years, parsecs and kelvins ("41 light-years", "5,772 K").

use super::{After, UnitName, unit};
use crate::claim::Measure;
use crate::extract::tokens::{TokKind, Tokens};

/// "41 light-years", "4.2 light years", "5,772 K" at token `j`, right after a figure.
pub(super) fn science_unit(t: &Tokens, j: usize) -> Option<After> {
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

/// A speed written with a slash at token `j`: "185 km/h", "30 m/s", "60 mi/h"; the index of its
/// last token. (Read as a length, "km" would make a wind speed a distance.)
pub(super) fn per_time(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is_punct(j + 1, '/') || t.gap(j + 1) || t.gap(j + 2) {
        return None;
    }
    let ends = t.gap(j + 3) || t.kind(j + 3) != Some(TokKind::Word);
    let length = t.is_any(j, &["km", "m", "mi", "ft", "cm"]);
    let time = t.is_any(j + 2, &["h", "hr", "s", "sec", "min"]);
    (length && time && ends).then_some(j + 2)
}

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
            | "mm"
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
            | "milligrams"
            | "milligram"
            | "mcg"
            | "micrograms"
            | "ml"
            | "millilitres"
            | "milliliters"
            | "tonnes"
            | "tons"
            | "tonne"
            | "ton"
            | "lbs"
            | "lb"
            | "ounces"
            | "ounce"
            | "oz"
            | "hectares"
            | "hectare"
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
            | "gigawatts"
            | "kelvin"
            | "parsecs"
            | "parsec"
    )
}
