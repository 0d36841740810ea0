//! One quantity in two units side by side: "50 basis points (half a percent)", "10 kilometers
//! (6 miles)", "51.8C (125.2F)" (a temperature) and "warmer by 0.10C (0.18F)" (a difference of
//! temperatures, converted without the offset).

use super::figures::{Fig, words};
use super::interval::{Band, band, judge, num, written};
use super::temperature::temperatures;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// A canonical unit and its factor to the base of its dimension.
fn dimension(f: &Fig) -> Option<(&'static str, f64, &'static str)> {
    match f.q.measure? {
        Measure::BasisPoints => return Some(("rate", 0.01, "basis points")),
        Measure::Percent | Measure::PercentagePoints => return Some(("rate", 1.0, "percent")),
        Measure::Physical => {}
        _ => return None,
    }
    let unit = f.q.unit.as_deref()?.to_lowercase();
    Some(match unit.as_str() {
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" => ("length", 1000.0, "km"),
        "miles" | "mile" => ("length", 1609.344, "miles"),
        "nautical miles" => ("length", 1852.0, "nautical miles"),
        "meters" | "metres" | "meter" | "metre" => ("length", 1.0, "m"),
        "yards" | "yard" | "yds" | "yd" => ("length", 0.9144, "yards"),
        "feet" | "foot" | "ft" => ("length", 0.3048, "feet"),
        "inches" | "inch" => ("length", 0.0254, "inches"),
        "cm" => ("length", 0.01, "cm"),
        "mm" => ("length", 0.001, "mm"),
        "mph" => ("speed", 0.447_04, "mph"),
        "km/h" | "kph" => ("speed", 1.0 / 3.6, "km/h"),
        "m/s" => ("speed", 1.0, "m/s"),
        "knots" => ("speed", 1852.0 / 3600.0, "knots"),
        "kg" | "kilograms" | "kilogram" => ("mass", 1.0, "kg"),
        // (Pounds here are a physical measure: money is another measure.)
        "lbs" | "lb" | "pounds" | "pound" => ("mass", 0.453_592_37, "lb"),
        "ounces" | "ounce" | "oz" => ("mass", 0.028_349_523_125, "oz"),
        "tonnes" | "tonne" => ("mass", 1000.0, "tonnes"),
        "grams" => ("mass", 0.001, "g"),
        "mg" | "milligrams" | "milligram" => ("mass", 1e-6, "mg"),
        "hectares" | "hectare" | "ha" => ("area", 10_000.0, "hectares"),
        "acres" | "acre" => ("area", 4_046.856_422_4, "acres"),
        "hpa" | "hectopascals" | "hectopascal" => ("pressure", 1.0, "hPa"),
        "millibars" | "millibar" | "mbar" => ("pressure", 1.0, "mbar"),
        "km²" => ("area", 1e6, "km²"),
        "sq mi" => ("area", 2_589_988.110_336, "sq mi"),
        "sq nmi" => ("area", 1852.0 * 1852.0, "sq nmi"),
        "m²" => ("area", 1.0, "m²"),
        "sq ft" => ("area", 0.092_903_04, "sq ft"),
        _ => return None,
    })
}

/// A figure or a range as a sum writes it: "4–8".
pub(super) fn range(f: &Fig, write: fn(f64) -> String) -> String {
    match f.q.upper {
        Some(upper) => format!("{}–{}", write(f.q.value), write(upper)),
        None => write(f.q.value),
    }
}

/// A computed value or range: "101.6–203.2".
fn range_of(value: f64, upper: Option<f64>) -> String {
    match upper {
        Some(upper) => format!("{}–{}", num(value), num(upper)),
        None => num(value),
    }
}

/// Half the place of the last significant digit of a whole number written with trailing zeros
/// ("18,700" → 50), counting at least two significant digits ("1,000" → 50); `None` for a
/// number with decimals, without trailing zeros, or written in words.
fn trailing_zero_rounding(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let number: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let number = number.trim_end_matches([',', '.']);
    if number.contains('.') {
        return None;
    }
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let zeros = digits.iter().rev().take_while(|&&d| d == '0').count();
    let significant = (digits.len() - zeros).max(2);
    let place = digits.len().checked_sub(significant).filter(|&p| p > 0)?;
    Some(0.5 * 10f64.powi(place as i32))
}

/// The converted figure's band: a conversion written with trailing zeros ("46,200 acres (18,700
/// hectares)") is rounded to its last significant digit, not to the unit.
fn rounded_conversion(b: &Fig, mut stated: Band, notes: &mut Vec<String>) -> Band {
    if let Some(r) = trailing_zero_rounding(&b.q.text) {
        let widen = r - 0.5;
        stated.lo -= widen;
        stated.hi += widen;
        let own = format!("“{}” is rounded: ", b.q.text);
        notes.retain(|n| !n.starts_with(&own));
        notes.push(format!("{own}±{}", num(r)));
    }
    stated
}

/// "A (B)": one quantity in two units, side by side.
pub(super) fn equivalent<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for pair in figs.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let Some(gap) = a.text_to(b) else {
            continue;
        };
        let closes = b.after().trim_start().starts_with(')');
        if gap.trim() != "(" || !closes || !words(gap).is_empty() {
            continue;
        }
        if let Some(draft) = temperatures(a, b) {
            out.push(draft);
            continue;
        }
        let (Some((dim_a, ka, name_a)), Some((dim_b, kb, name_b))) = (dimension(a), dimension(b))
        else {
            continue;
        };
        if dim_a != dim_b || name_a == name_b {
            continue;
        }
        let factor = ka / kb;
        let mut notes = Vec::new();
        let converted = band(a.q, &mut notes).times(factor);
        let stated = rounded_conversion(b, band(b.q, &mut notes), &mut notes);
        let result = judge(stated, converted);
        let sign = result.relation_sign();
        out.push(Draft {
            relation: Relation::Equivalent,
            result,
            uses: vec![(a, "stated"), (b, "converted")],
            arithmetic: format!(
                "{} {name_a} = {} {name_b} {sign} {} {name_b} stated",
                range(a, written),
                range_of(converted.value, a.q.upper.map(|u| u * factor)),
                range(b, written)
            ),
            tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
            evidence: "the second figure in brackets restates the first".to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metres_glued_in_brackets_restate_feet() {
        // QA round 11, item 22.
        use crate::checks::tests::the_one;
        let (result, arithmetic) = the_one(
            "A gauge recorded a storm surge of 11.4ft (3.5m), the highest since 1914.",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Approximate);
        assert_eq!(arithmetic, "11.4 feet = 3.47 m ≈ 3.5 m stated");
    }

    #[test]
    fn a_conversion_with_trailing_zeros_is_rounded_to_its_last_significant_digit() {
        // QA round 15, item b-3.
        use crate::checks::tests::the_one;
        let (result, arithmetic) = the_one(
            "The fire exploded overnight to 46,200 acres (18,700 hectares), officials said.",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Approximate);
        assert_eq!(
            arithmetic,
            "46,200 acres = 18696.48 hectares ≈ 18,700 hectares stated"
        );
        // Far from the rounding: still an alarm.
        let (result, _) = the_one(
            "The fire grew to 46,200 acres (19,700 hectares).",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Inconsistent);
        assert_eq!(trailing_zero_rounding("18,700 hectares"), Some(50.0));
        assert_eq!(trailing_zero_rounding("1,000 km"), Some(50.0));
        assert_eq!(trailing_zero_rounding("260 square kilometers"), Some(5.0));
        assert_eq!(trailing_zero_rounding("225 km/h"), None);
        assert_eq!(trailing_zero_rounding("3.50 m"), None);
    }

    #[test]
    fn hectares_written_ha_restate_acres() {
        // QA round 15, item b-15.
        use crate::checks::tests::the_one;
        let (result, arithmetic) = the_one(
            "The fire has burned 46,200 acres (18,696 ha) since Tuesday.",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Approximate, "{arithmetic}");
        assert!(arithmetic.contains("hectares"), "{arithmetic}");
    }

    #[test]
    fn an_area_in_square_nautical_miles_restates_square_kilometres() {
        // QA round 21, item K-11.
        use crate::checks::tests::the_one;
        let (result, arithmetic) = the_one(
            "Rescuers searched an area of 40 square nautical miles (137 square km) overnight.",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Approximate, "{arithmetic}");
        assert!(arithmetic.contains("sq nmi"), "{arithmetic}");
        // QA round 21, item K-18: a pressure in hectopascals and in millibars.
        let (result, _) = the_one(
            "The pressure fell to 950 hPa (950 millibars).",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Consistent);
        let (result, _) = the_one(
            "The lake covers 10 square miles (26 km²).",
            Relation::Equivalent,
        );
        assert_eq!(result, Outcome::Approximate);
    }
}
