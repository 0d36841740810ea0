//! Arithmetic aids for a claim with several figures that measure the same thing: the difference
//! and the share ("181 fired, 115 shot down" → 66 not shot down, 63.5 % of them), and for three
//! or more figures the sum of the smaller ones against the largest (first: it is what a breakdown
//! is read for). The reviewer judges what the numbers mean; these only save the mental
//! arithmetic, so they are offered only where it makes sense: the same unit, a figure arithmetic
//! can use (no magnitude, age or length of time), and figures the checks do not set apart
//! ([`crate::checks::apart`]): not opposed roles ("killed 14 people and injured 38": the injured
//! are not a part of the killed), not one counted on top of the other ("12,000 homes collapsed
//! and 30,000 more damaged"), not different occasions or years ("in 1970 … 15,000 …, and … 1,400
//! in 1974"). A temperature has a difference but no share: 20 degrees is not twice as warm as
//! 10.

use crate::checks::apart::{Standing, spans_years};
use crate::claim::{Claim, Measure, Quantity};
use crate::display::number;

/// Figures of one unit looked at together; more make the list longer than it is useful.
const MAX_FIGURES: usize = 4;

/// Figures of one unit: the unit's name, whether it is a percentage, whether it is on a scale
/// without a true zero (a temperature), and the distinct values with whether the article hedges
/// them ("about 19,500") and what the checks read of them.
struct Group {
    /// The unit in lower case, which groups the figures.
    unit: String,
    /// The unit as the first of them writes it ("USD", "°C"), which the lines show.
    label: String,
    percent: bool,
    no_share: bool,
    values: Vec<(f64, bool, Standing)>,
}

/// The aids for figures of `claim` (all of its figures or some), one line each, in the order the
/// figures appear. Results from a hedged figure are written with `≈`.
pub fn aids(claim: &Claim, quantities: &[Quantity]) -> Vec<String> {
    // Which figure goes with which year is not read: none is related to another.
    if spans_years(claim) {
        return Vec::new();
    }
    let mut groups: Vec<Group> = Vec::new();
    for q in quantities {
        // A range ("10–12 people") has no single value to do arithmetic with.
        if q.upper.is_some() {
            continue;
        }
        let Some(unit) = q.unit.as_deref().map(str::trim).filter(|u| !u.is_empty()) else {
            continue;
        };
        let standing = Standing::of(claim, q);
        if standing.uncountable || is_magnitude(unit) {
            continue;
        }
        let key = unit.to_lowercase();
        let slot = match groups.iter().position(|g| g.unit == key) {
            Some(i) => i,
            None => {
                let percent = is_percent(&key) || q.measure == Some(Measure::Percent);
                let no_share = is_temperature(&key);
                groups.push(Group {
                    label: unit.to_string(),
                    unit: key,
                    percent,
                    no_share,
                    values: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let values = &mut groups[slot].values;
        if !values.iter().any(|(v, _, _)| *v == q.value) && values.len() < MAX_FIGURES {
            values.push((q.value, q.qualifier.is_some(), standing));
        }
    }
    let mut lines = Vec::new();
    for group in groups.iter().filter(|g| g.values.len() >= 2) {
        let unit = &group.label;
        let values = &group.values;
        let first_line = lines.len();
        let mut all_related = true;
        for (i, (x, x_hedged, x_standing)) in values.iter().enumerate() {
            for (y, y_hedged, y_standing) in &values[i + 1..] {
                if x_standing.apart(y_standing) {
                    all_related = false;
                    continue;
                }
                let (x, y, x_hedged, y_hedged) = (*x, *y, *x_hedged, *y_hedged);
                let (big, small) = if x >= y { (x, y) } else { (y, x) };
                let eq = if x_hedged || y_hedged { "≈" } else { "=" };
                if group.percent {
                    lines.push(format!(
                        "{} % − {} % {eq} {} percentage points",
                        number(big),
                        operand(small),
                        number(big - small)
                    ));
                } else {
                    lines.push(format!(
                        "{} − {} {eq} {} {unit}",
                        number(big),
                        operand(small),
                        number(big - small)
                    ));
                    if big > 0.0 && !group.no_share {
                        let is = if eq == "=" { "is" } else { "is about" };
                        lines.push(format!(
                            "{} {is} {:.1} % of {}",
                            number(small),
                            small / big * 100.0,
                            number(big)
                        ));
                    }
                }
            }
        }
        if values.len() >= 3 && !group.percent && !group.no_share && all_related {
            let eq = if values.iter().any(|(_, h, _)| *h) {
                "≈"
            } else {
                "="
            };
            let largest = values.iter().map(|(v, _, _)| *v).fold(f64::MIN, f64::max);
            let rest: Vec<f64> = values
                .iter()
                .map(|(v, _, _)| *v)
                .filter(|v| *v != largest)
                .collect();
            let sum: f64 = rest.iter().sum();
            let terms: Vec<String> = rest.iter().map(|v| number(*v)).collect();
            // First: whether the parts make the whole is what a breakdown is read for, and the
            // pairwise lines above it would push it out of a short pane.
            lines.insert(
                first_line,
                format!(
                    "{} {eq} {} {unit}; the largest is {} ({})",
                    terms.join(" + "),
                    number(sum),
                    number(largest),
                    Signed(sum - largest)
                ),
            );
        }
    }
    lines
}

/// A figure after a minus sign, in brackets below zero: "23 − (−5)".
fn operand(value: f64) -> String {
    if value < 0.0 {
        format!("({})", number(value))
    } else {
        number(value)
    }
}

/// An earthquake's magnitude: a logarithmic scale, whose differences and shares mislead.
fn is_magnitude(unit: &str) -> bool {
    let unit = unit.to_lowercase();
    unit == "magnitude" || unit.contains("richter")
}

/// A temperature: a difference means something, a share does not (no true zero).
fn is_temperature(unit: &str) -> bool {
    unit.starts_with("degree")
        || unit.starts_with('°')
        || unit.contains("celsius")
        || unit.contains("fahrenheit")
}

fn is_percent(unit: &str) -> bool {
    matches!(
        unit,
        "%" | "percent" | "per cent" | "percentage points" | "points"
    )
}

/// A difference written with its sign.
struct Signed(f64);

impl std::fmt::Display for Signed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 > 0.0 { "+" } else { "" };
        write!(f, "{sign}{}", number(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, unit: Option<&str>) -> Quantity {
        Quantity {
            value,
            unit: unit.map(str::to_string),
            text: value.to_string(),
            start: 0,
            end: 0,
            ..Default::default()
        }
    }

    /// A claim whose text says nothing about its figures' roles.
    fn bare() -> Claim {
        Claim {
            id: "c000000000000".into(),
            doc: 0,
            text: String::new(),
            start: 0,
            end: 0,
            kind: crate::claim::Kind::Quantity,
            score: 1.0,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: None,
        }
    }

    /// The aids on a sentence as the extractor reads it.
    fn aids_on(sentence: &str) -> Vec<String> {
        let claims =
            crate::extract::extract_with(sentence, 0, &crate::extract::Options { min_score: 0.0 });
        assert_eq!(claims.len(), 1, "{sentence}");
        aids(&claims[0], &claims[0].quantities)
    }

    #[test]
    fn fired_and_shot_down_give_the_rest_and_the_share() {
        let got = aids(
            &bare(),
            &[q(181.0, Some("drones")), q(115.0, Some("drones"))],
        );
        assert_eq!(got, ["181 − 115 = 66 drones", "115 is 63.5 % of 181"]);
        // Issue #3's example, read from its sentence.
        let got = aids_on(
            "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
        );
        assert_eq!(got, ["181 − 115 = 66 drones", "115 is 63.5 % of 181"]);
    }

    #[test]
    fn figures_of_opposed_roles_give_nothing() {
        // The injured are not a part of the killed: "38 − 14 = 24 people" means nothing.
        assert_eq!(
            aids_on("The strike killed 14 people and injured 38, the governor said."),
            Vec::<String>::new()
        );
        assert_eq!(
            aids_on("Floods killed 14 people and forced 2,000 people from their homes."),
            Vec::<String>::new()
        );
        // The same role in two places is still one measure.
        assert_eq!(
            aids_on("Police arrested 12 people in Kyiv and 7 people in Lviv."),
            ["12 − 7 = 5 people", "7 is 58.3 % of 12"]
        );
    }

    #[test]
    fn figures_of_different_years_or_occasions_give_nothing() {
        // Two quakes, in 1970 and in 1974: neither their tolls nor their magnitudes relate.
        assert_eq!(
            aids_on(
                "According to state media, in 1970, a 7.7-magnitude earthquake killed at least \
                 15,000 people in Yunnan, and a magnitude-7.1 quake in the region killed more \
                 than 1,400 in 1974."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            aids_on("Police arrested 12 people on Monday and 7 people last week."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_group_counted_on_top_of_another_is_no_part_of_it() {
        // Collapsed homes and the damaged ones besides: 30,000 − 12,000 means nothing.
        assert_eq!(
            aids_on(
                "The earthquake also led to the collapse of more than 12,000 homes and left \
                 30,000 more damaged, severing power lines and telecommunications, Xinhua \
                 reported."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn magnitudes_give_nothing_and_temperatures_no_share() {
        let magnitude = |v| Quantity {
            measure: Some(Measure::Magnitude),
            ..q(v, Some("magnitude"))
        };
        assert!(aids(&bare(), &[magnitude(7.7), magnitude(7.1)]).is_empty());
        assert!(
            aids(
                &bare(),
                &[q(7.7, Some("magnitude")), q(7.1, Some("magnitude"))]
            )
            .is_empty()
        );
        assert_eq!(
            aids(
                &bare(),
                &[q(38.0, Some("degrees")), q(31.0, Some("degrees"))]
            ),
            ["38 − 31 = 7 degrees"]
        );
        assert_eq!(
            aids(
                &bare(),
                &[q(12.0, Some("°C")), q(9.0, Some("°C")), q(3.0, Some("°C"))]
            ),
            ["12 − 9 = 3 °C", "12 − 3 = 9 °C", "9 − 3 = 6 °C"]
        );
    }

    #[test]
    fn every_claim_of_the_articles_gets_aids_without_a_panic() {
        let mut kharkiv_lede = None;
        for path in crate::testing::article_paths() {
            let text = std::fs::read_to_string(&path).unwrap();
            let options = crate::extract::Options { min_score: 0.0 };
            for claim in crate::extract::extract_with(&text, 0, &options) {
                let got = aids(&claim, &claim.quantities);
                if claim.text.contains("killed 14 people and injured 37") {
                    kharkiv_lede = Some(got);
                }
            }
        }
        assert_eq!(kharkiv_lede, Some(Vec::new()), "the killed and the injured");
    }

    #[test]
    fn figures_of_different_or_unknown_units_give_nothing() {
        assert!(aids(&bare(), &[q(77.0, Some("years")), q(3.0, Some("others"))]).is_empty());
        assert!(aids(&bare(), &[q(181.0, None), q(115.0, None)]).is_empty());
        assert!(aids(&bare(), &[q(5.0, Some("drones")), q(5.0, Some("Drones"))]).is_empty());
    }

    #[test]
    fn hedged_figures_give_approximate_results_and_ranges_none() {
        let about = Quantity {
            qualifier: Some(crate::claim::Qualifier::About),
            ..q(200.0, Some("drones"))
        };
        let got = aids(&bare(), &[about, q(150.0, Some("drones"))]);
        assert_eq!(got, ["200 − 150 ≈ 50 drones", "150 is about 75.0 % of 200"]);
        let range = Quantity {
            upper: Some(12.0),
            ..q(10.0, Some("people"))
        };
        assert!(aids(&bare(), &[range, q(3.0, Some("people"))]).is_empty());
    }

    #[test]
    fn percentages_differ_in_points() {
        let got = aids(
            &bare(),
            &[q(9.5, Some("percent")), q(20.0, Some("percent"))],
        );
        assert_eq!(got, ["20 % − 9.5 % = 10.5 percentage points"]);
        let measured = |v| Quantity {
            measure: Some(Measure::Percent),
            ..q(v, Some("of voters"))
        };
        assert_eq!(
            aids(&bare(), &[measured(40.0), measured(35.0)]),
            ["40 % − 35 % = 5 percentage points"]
        );
    }

    #[test]
    fn a_figure_below_zero_is_bracketed_and_units_keep_their_case() {
        assert_eq!(
            aids(&bare(), &[q(-5.0, Some("°C")), q(23.0, Some("°C"))]),
            ["23 − (−5) = 28 °C"]
        );
        let got = aids(&bare(), &[q(2e9, Some("USD")), q(5e8, Some("usd"))]);
        assert_eq!(got[0], "2,000,000,000 − 500,000,000 = 1,500,000,000 USD");
    }

    #[test]
    fn three_parts_are_summed_against_the_largest() {
        let got = aids(
            &bare(),
            &[
                q(19500.0, Some("deaths")),
                q(19136.0, Some("deaths")),
                q(360.0, Some("deaths")),
            ],
        );
        assert_eq!(
            got[0], "19,136 + 360 = 19,496 deaths; the largest is 19,500 (−4)",
            "the sum comes before the differences"
        );
    }
}
