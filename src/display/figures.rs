//! Figures for a reader: "19,136", "63.5", "about 19,500 deaths", "10–12 people".

use crate::claim::{Measure, Qualifier, Quantity};

/// A number as English news writes it: thousands grouped (1,200 and 19,136; years are dates,
/// never figures, so none reads "2,025"), at most two decimals, a true minus sign.
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 && value != 0.0 {
        // "one in 14 million" is 0.0000071 percent, not 0.
        let digits = (1 - value.abs().log10().floor() as i32).max(0) as usize;
        let text = format!("{value:.digits$}");
        return text.trim_end_matches('0').replace('-', "−");
    }
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        let digits = format!("{}", rounded.abs() as i64);
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        if rounded < 0.0 {
            grouped.insert(0, '−');
        }
        grouped
    } else {
        let text = format!("{rounded:.2}");
        text.trim_end_matches('0').replace('-', "−")
    }
}

/// A stated figure, or a sum or difference of stated figures, to every decimal it has (up to
/// six): "0.715" (71.5p in pounds), which [`number`] would round to "0.72", a figure a checker
/// would take for 72p; and so that a printed working holds ("(0.62 − 0.715) ÷ 0.715 =
/// −13.29 %"). Computed ratios keep [`number`]'s two decimals.
pub fn stated(v: f64) -> String {
    let six = (v * 1e6).round() / 1e6;
    if !six.is_finite() || ((six * 100.0).round() / 100.0 - six).abs() <= 1e-9 * six.abs() {
        return number(v);
    }
    let text = format!("{:.6}", six.abs());
    let text = text.trim_end_matches('0');
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = number(int.parse::<f64>().unwrap_or(0.0));
    let sign = if six < 0.0 { "−" } else { "" };
    format!("{sign}{int}.{frac}")
}

/// What a figure says, normalised: qualifier, value or range, unit ("about 19,500 deaths",
/// "10–12 people", "115 drones"). An indefinite amount ("millions of people", "dozens") has no
/// value worth writing, nor has a match result ("1-3") one value: they read as written, and so
/// does a time written with colons ("2:03:17", whose value is 7,397 seconds).
pub fn reading(q: &Quantity) -> String {
    let clock = q.measure == Some(Measure::Duration) && q.text.contains(':');
    if q.qualifier == Some(Qualifier::Indefinite) || q.measure == Some(Measure::Score) || clock {
        return q.text.clone();
    }
    let mut out = String::new();
    if let Some(qualifier) = q.qualifier {
        out.push_str(qualifier.label());
        out.push(' ');
    }
    out.push_str(&stated(q.value));
    if let Some(upper) = q.upper {
        out.push('–');
        out.push_str(&stated(upper));
    }
    if let Some(unit) = q.unit.as_deref().filter(|u| !u.is_empty()) {
        out.push(' ');
        out.push_str(one_of(q, unit));
    }
    out
}

/// A unit of time after exactly one in the singular ("1 year", not "1 years"); the stored unit
/// stays the plural every check compares.
fn one_of<'a>(q: &Quantity, unit: &'a str) -> &'a str {
    let time = matches!(q.measure, Some(Measure::Duration | Measure::Age));
    let units = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    ];
    if time && q.value == 1.0 && q.upper.is_none() && units.contains(&unit) {
        &unit[..unit.len() - 1]
    } else {
        unit
    }
}

/// The figure as written, followed by its reading in brackets when that adds something (a unit
/// carried from elsewhere in the sentence, a normalised number): "115 (115 drones)", but plain
/// "181 drones".
pub fn written_and_read(q: &Quantity) -> String {
    let read = reading(q);
    if same_words(&q.text, &read) {
        q.text.clone()
    } else {
        format!("{} ({read})", q.text)
    }
}

/// Equal once case, thousands separators and dash styles are ignored.
fn same_words(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != ',')
            .map(|c| match c {
                '-' | '‐' | '‑' | '–' | '—' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(text: &str, value: f64, unit: Option<&str>) -> Quantity {
        Quantity {
            value,
            unit: unit.map(str::to_string),
            text: text.to_string(),
            ..Default::default()
        }
    }

    #[test]
    fn numbers_read_like_prose() {
        assert_eq!(number(181.0), "181");
        assert_eq!(number(1234.0), "1,234", "as English news writes thousands");
        assert_eq!(number(19136.0), "19,136");
        assert_eq!(number(1_000_000.0), "1,000,000");
        assert_eq!(number(63.5), "63.5");
        assert_eq!(number(-4.0), "−4");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(stated(0.715), "0.715", "71.5p in pounds");
        assert_eq!(stated(-2.375), "−2.375");
        assert_eq!(stated(63.5), "63.5");
        assert_eq!(stated(12.345), "12.345");
        assert_eq!(stated(1234.5678), "1,234.5678");
        // A share too small for two decimals keeps two significant digits.
        assert_eq!(number(7.143e-6), "0.0000071");
        assert_eq!(number(-0.004), "−0.004");
    }

    #[test]
    fn a_time_with_colons_reads_as_written() {
        let mut race = figure("2:03:17", 7397.0, Some("seconds"));
        race.measure = Some(Measure::Duration);
        assert_eq!(reading(&race), "2:03:17");
        assert_eq!(written_and_read(&race), "2:03:17");
        let mut spoken = figure("90 seconds", 90.0, Some("seconds"));
        spoken.measure = Some(Measure::Duration);
        assert_eq!(reading(&spoken), "90 seconds");
        // QA round 21, item K-18: one year, not "1 years".
        let mut one = figure("1 year", 1.0, Some("years"));
        one.measure = Some(Measure::Duration);
        assert_eq!(reading(&one), "1 year");
    }

    #[test]
    fn readings_carry_qualifier_range_and_unit() {
        let mut about = figure("about 19,500 deaths", 19500.0, Some("deaths"));
        about.qualifier = Some(Qualifier::About);
        assert_eq!(reading(&about), "about 19,500 deaths");
        let mut range = figure("10–12 people", 10.0, Some("people"));
        range.upper = Some(12.0);
        assert_eq!(reading(&range), "10–12 people");
        let mut millions = figure("millions of people", 1e6, Some("people"));
        millions.qualifier = Some(Qualifier::Indefinite);
        assert_eq!(reading(&millions), "millions of people");
    }

    #[test]
    fn the_reading_is_added_only_when_it_says_more() {
        assert_eq!(
            written_and_read(&figure("181 drones", 181.0, Some("drones"))),
            "181 drones"
        );
        assert_eq!(
            written_and_read(&figure("115", 115.0, Some("drones"))),
            "115 (115 drones)"
        );
        assert_eq!(
            written_and_read(&figure("three others", 3.0, Some("others"))),
            "three others (3 others)"
        );
        assert_eq!(written_and_read(&figure("2022", 2022.0, None)), "2022");
    }
}
