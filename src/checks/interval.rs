//! Figures as bands of values: the stated value with the room its hedge ("about", "at least")
//! or its rounding ("6 miles", "15.5 percent") leaves, and the arithmetic on such bands.

use super::Outcome;
use crate::claim::{Measure, Qualifier, Quantity};

/// The relative room "about" leaves: ±5 %.
pub(crate) const ABOUT: f64 = 0.05;
/// The room "nearly" / "almost" / "close to" leaves: up to 10 % below.
pub(crate) const NEARLY: f64 = 0.10;

/// A value with the lowest and highest values the text allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Band {
    /// The value as written (or computed from values as written).
    pub value: f64,
    /// The least the text allows.
    pub lo: f64,
    /// The most the text allows.
    pub hi: f64,
}

impl Band {
    /// An exact value.
    pub fn exact(value: f64) -> Band {
        Band {
            value,
            lo: value,
            hi: value,
        }
    }

    /// The sum of two bands.
    pub fn plus(self, other: Band) -> Band {
        Band {
            value: self.value + other.value,
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
        }
    }

    /// The difference of two bands.
    pub fn minus(self, other: Band) -> Band {
        Band {
            value: self.value - other.value,
            lo: self.lo - other.hi,
            hi: self.hi - other.lo,
        }
    }

    /// The band scaled by a positive factor (a unit conversion).
    pub fn times(self, k: f64) -> Band {
        Band {
            value: self.value * k,
            lo: self.lo * k,
            hi: self.hi * k,
        }
    }
}

/// The band of a figure, and what widened it (for the finding's tolerance).
pub(crate) fn band(q: &Quantity, notes: &mut Vec<String>) -> Band {
    let v = q.value;
    let mut b = Band {
        value: v,
        lo: v,
        hi: q.upper.unwrap_or(v),
    };
    if q.upper.is_some() {
        notes.push(format!("“{}” is a range", q.text));
    }
    let continuous = !matches!(q.measure, None | Some(Measure::Count));
    let scaled = scale(q);
    if let Some((k, name)) = scaled
        && let Some(d) = decimals(&q.text)
    {
        // "$2.1 billion", "1.9 million tonnes", "2 million people": rounded to the last written
        // digit of the number before the word of scale, counting at least two significant
        // digits ("$2 billion" ±0.05 billion), whatever the measure.
        let r = 0.5 * 10f64.powi(-(d.max(two_significant(&q.text)) as i32));
        b.lo -= r * k;
        b.hi += r * k;
        notes.push(format!(
            "“{}” is rounded: ±{} {name}",
            q.text,
            crate::display::stated(r)
        ));
    } else if continuous && let Some(d) = decimals(&q.text) {
        // "50 cents" is 0.50 USD: its last digit is a hundredth.
        let minor = q.measure == Some(Measure::Money)
            && (["cent", "pence"].iter().any(|w| q.text.contains(w)) || q.text.ends_with('p'));
        let d = if minor { d + 2 } else { d };
        let r = 0.5 * 10f64.powi(-(d as i32));
        b.lo -= r;
        b.hi += r;
        notes.push(format!(
            "“{}” is rounded: ±{}",
            q.text,
            crate::display::stated(r)
        ));
    }
    match q.qualifier {
        Some(Qualifier::About) => {
            b.lo = b.lo.min(v * (1.0 - ABOUT));
            b.hi = b.hi.max(v * (1.0 + ABOUT));
            notes.push(format!("“about {}”: ±{} %", q.text, num(ABOUT * 100.0)));
        }
        Some(Qualifier::Nearly) => {
            b.lo = b.lo.min(v * (1.0 - NEARLY));
            notes.push(format!(
                "“nearly {}”: up to {} % below",
                q.text,
                num(NEARLY * 100.0)
            ));
        }
        Some(Qualifier::AtLeast | Qualifier::MoreThan) => {
            b.hi = f64::INFINITY;
            notes.push(format!(
                "“{} {}”: no upper bound",
                q.qualifier.map_or("", |x| x.label()),
                q.text
            ));
        }
        Some(Qualifier::UpTo | Qualifier::LessThan) => {
            b.lo = 0.0;
            notes.push(format!(
                "“{} {}”: no lower bound",
                q.qualifier.map_or("", |x| x.label()),
                q.text
            ));
        }
        Some(Qualifier::Indefinite | Qualifier::PlusOrMinus) | None => {}
    }
    b
}

/// Words of scale, by the power of ten they multiply by.
const SCALES: &[(i32, &str)] = &[
    (3, "thousand"),
    (6, "million"),
    (9, "billion"),
    (12, "trillion"),
];

/// The word of scale a figure is written with ("$2.1 billion", "€5.2bn", "1.9 million tonnes"):
/// its factor and name, read from the value against the number as written.
fn scale(q: &Quantity) -> Option<(f64, &'static str)> {
    let written = written_number(&q.text)?;
    if written <= 0.0 || q.value <= 0.0 {
        return None;
    }
    let power = (q.value / written).log10();
    SCALES
        .iter()
        .find(|(p, _)| (power - f64::from(*p)).abs() < 1e-6)
        .map(|&(p, name)| (10f64.powi(p), name))
}

/// The first number in `text` as written, without its word of scale ("$2.1 billion" → 2.1).
fn written_number(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits = &text[start..];
    let end = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(digits.len());
    digits[..end]
        .trim_end_matches(['.', ','])
        .replace(',', "")
        .parse()
        .ok()
}

/// The decimals a number needs for two significant digits ("2" → 1, "21" → 0, "0.5" → 0).
fn two_significant(text: &str) -> usize {
    match written_number(text) {
        Some(n) if (1.0..10.0).contains(&n) => 1,
        _ => 0,
    }
}

/// Digits after the decimal point in the figure as written ("15.5 percent" → 1, "6 miles" → 0);
/// `None` when the figure is written in words.
fn decimals(text: &str) -> Option<usize> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits = &text[start..];
    let end = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(digits.len());
    let number = digits[..end].trim_end_matches(['.', ',']);
    Some(number.split_once('.').map_or(0, |(_, frac)| frac.len()))
}

/// Compares what the article states with what the arithmetic gives.
pub(crate) fn judge(stated: Band, computed: Band) -> Outcome {
    let scale = stated.value.abs().max(computed.value.abs()).max(1.0);
    let eps = 1e-9 * scale;
    if (stated.value - computed.value).abs() <= eps {
        Outcome::Consistent
    } else if stated.lo <= computed.hi + eps && computed.lo <= stated.hi + eps {
        Outcome::Approximate
    } else {
        Outcome::Inconsistent
    }
}

/// A number for a reader ([`crate::display::number`]: thousands grouped, at most two decimals;
/// a round amount of a million or more in millions, billions or trillions, see [`scaled`]),
/// and an infinite ratio as "∞".
pub(crate) fn num(v: f64) -> String {
    match v.is_finite() {
        true => scaled(v).unwrap_or_else(|| crate::display::number(v)),
        false if v > 0.0 => "∞".into(),
        false => "−∞".into(),
    }
}

/// A computed value `v` beside a stated band it was judged against as `judged` (`v` or −`v`):
/// [`num`]'s two decimals, or as many more (up to six) as keep the printed value outside the
/// band when `judged` is, so that a ✗ reads as one: "7.149 % ≠ 7.2 %", not "7.15 %", which is
/// within 7.2's rounding.
pub(crate) fn num_apart(v: f64, judged: f64, stated: Band) -> String {
    let eps = 1e-9 * stated.value.abs().max(judged.abs()).max(1.0);
    let inside = |x: f64| stated.lo - eps <= x && x <= stated.hi + eps;
    let at = |d: i32| (judged * 10f64.powi(d)).round() / 10f64.powi(d);
    if !v.is_finite() || inside(judged) || !inside(at(2)) {
        return num(v);
    }
    let d = (3..=6).find(|&d| !inside(at(d))).unwrap_or(6) as usize;
    let text = format!("{:.d$}", v.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = crate::display::number(int.parse::<f64>().unwrap_or(0.0));
    let sign = if v < 0.0 { "−" } else { "" };
    match frac {
        "" => format!("{sign}{int}"),
        _ => format!("{sign}{int}.{frac}"),
    }
}

/// A stated figure, or a sum or difference of stated figures, to every decimal it has: see
/// [`crate::display::stated`] ([`scaled`] for a round amount); [`num`] for what is not finite.
pub(crate) fn written(v: f64) -> String {
    match v.is_finite() {
        true => scaled(v).unwrap_or_else(|| crate::display::stated(v)),
        false => num(v),
    }
}

/// A value of a million or more as news writes it, "3.2 billion", "44.3 billion", "5 million":
/// in the largest of millions, billions and trillions it reaches, when it has at most three
/// decimals there (so the printed working still holds); `None` for any other value, written
/// out in full ("1,590,909,091").
fn scaled(v: f64) -> Option<String> {
    let (scale, name) = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        .into_iter()
        .find(|&(scale, _)| v.abs() >= scale)?;
    let m = v / scale;
    let round = (m * 1000.0).round() / 1000.0;
    ((round - m).abs() <= 1e-9 * m.abs())
        .then(|| format!("{} {name}", crate::display::stated(round)))
}

/// A share as a percentage with one decimal ("63.5 %").
pub(crate) fn percent(part: f64, whole: f64) -> String {
    format!("{:.1} %", part / whole * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(
        value: f64,
        text: &str,
        measure: Option<Measure>,
        qualifier: Option<Qualifier>,
    ) -> Quantity {
        Quantity {
            value,
            text: text.into(),
            measure,
            qualifier,
            ..Default::default()
        }
    }

    #[test]
    fn hedges_and_rounding_widen_the_band() {
        let mut notes = Vec::new();
        let about = band(
            &q(
                19500.0,
                "19,500",
                Some(Measure::Count),
                Some(Qualifier::About),
            ),
            &mut notes,
        );
        assert_eq!((about.lo, about.hi), (18525.0, 20475.0));
        let miles = band(
            &q(6.0, "6 miles", Some(Measure::Physical), None),
            &mut notes,
        );
        assert_eq!((miles.lo, miles.hi), (5.5, 6.5));
        let rate = band(
            &q(15.5, "15.5 percent", Some(Measure::Percent), None),
            &mut notes,
        );
        assert!((rate.hi - 15.55).abs() < 1e-9);
        let count = band(
            &q(181.0, "181 drones", Some(Measure::Count), None),
            &mut notes,
        );
        assert_eq!(count, Band::exact(181.0));
        let least = band(
            &q(230.0, "230 people", None, Some(Qualifier::AtLeast)),
            &mut notes,
        );
        assert_eq!(least.hi, f64::INFINITY);
        assert_eq!(notes.len(), 4, "{notes:?}");
    }

    #[test]
    fn judges_exact_approximate_and_inconsistent() {
        assert_eq!(
            judge(Band::exact(5100.0), Band::exact(5100.0)),
            Outcome::Consistent
        );
        let about = Band {
            value: 19500.0,
            lo: 18525.0,
            hi: 20475.0,
        };
        assert_eq!(judge(about, Band::exact(19496.0)), Outcome::Approximate);
        assert_eq!(
            judge(Band::exact(5100.0), Band::exact(5000.0)),
            Outcome::Inconsistent
        );
        assert_eq!(
            judge(Band::exact(1.0), Band::exact(12.1).minus(Band::exact(11.1))),
            Outcome::Consistent
        );
    }

    #[test]
    fn writes_numbers_for_readers() {
        assert_eq!(num(5100.0), "5,100");
        assert_eq!(num(63.5), "63.5");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(-10.5), "−10.5");
        // A round amount of a million or more in millions or billions (QA round 19, item F-13).
        assert_eq!(num(1_000_000.0), "1 million");
        assert_eq!(num(1_600_000_000.0), "1.6 billion");
        assert_eq!(num(1_590_909_091.0), "1,590,909,091");
        assert_eq!(num(-2_500_000.0), "−2.5 million");
        assert_eq!(num(999_999.0), "999,999");
        // A stated figure keeps its decimals; a sum of stated figures too.
        assert_eq!(written(0.715), "0.715");
        assert_eq!(written(0.62), "0.62");
        assert_eq!(written(0.62 - 0.715), "−0.095");
        assert_eq!(written(1234.5678), "1,234.5678");
        assert_eq!(written(5_910_000_000.0), "5.91 billion");
        assert_eq!(written(47_500_000_000.0 - 3_200_000_000.0), "44.3 billion");
        assert_eq!(written(1_234_567.0), "1,234,567");
        assert_eq!(written(2.9000000000000004), "2.9");
        assert_eq!(written(-10.5), "−10.5");
        assert_eq!(percent(115.0, 181.0), "63.5 %");
    }
}
