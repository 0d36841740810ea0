//! Arithmetic aids for a claim with several figures that measure the same thing: the difference
//! and the share ("181 fired, 115 shot down" → 66 not shot down, 63.5 % of them), and for three
//! or more figures the sum of the smaller ones against the largest. The reviewer judges what the
//! numbers mean; these only save the mental arithmetic, so they are offered only where it makes
//! sense: the same unit, and not opposed roles read from each figure's clause ("killed 14 people
//! and injured 38" gives nothing: the injured are not a part of the killed).

use crate::checks::role::{opposed, role};
use crate::claim::{Claim, Measure, Quantity};
use crate::display::number;

/// Figures of one unit looked at together; more make the list longer than it is useful.
const MAX_FIGURES: usize = 4;

/// Figures of one unit: the unit's name, whether it is a percentage, and the distinct values with
/// whether the article hedges them ("about 19,500") and their role ("killed", "launched").
struct Group {
    unit: String,
    percent: bool,
    values: Vec<(f64, bool, Option<String>)>,
}

/// The role of figure `q` of `claim`, read around it in the claim's text (found by its offsets,
/// else by its text).
fn role_in(claim: &Claim, q: &Quantity) -> Option<String> {
    let text = claim.text.as_str();
    let by_offsets = q
        .start
        .checked_sub(claim.start)
        .zip(q.end.checked_sub(claim.start))
        .filter(|&(s, e)| text.get(s..e) == Some(q.text.as_str()));
    let (s, e) = by_offsets.or_else(|| {
        let s = text.find(q.text.as_str()).filter(|_| !q.text.is_empty())?;
        Some((s, s + q.text.len()))
    })?;
    role(&text[..s], &text[e..])
}

/// The aids for figures of `claim` (all of its figures or some), one line each, in the order the
/// figures appear. Results from a hedged figure are written with `≈`.
pub fn aids(claim: &Claim, quantities: &[Quantity]) -> Vec<String> {
    let mut groups: Vec<Group> = Vec::new();
    for q in quantities {
        // A range ("10–12 people") has no single value to do arithmetic with.
        if q.upper.is_some() {
            continue;
        }
        let Some(unit) = q.unit.as_deref().map(str::trim).filter(|u| !u.is_empty()) else {
            continue;
        };
        let key = unit.to_lowercase();
        let slot = match groups.iter().position(|g| g.unit == key) {
            Some(i) => i,
            None => {
                let percent = is_percent(&key) || q.measure == Some(Measure::Percent);
                groups.push(Group {
                    unit: key,
                    percent,
                    values: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let values = &mut groups[slot].values;
        if !values.iter().any(|(v, _, _)| *v == q.value) && values.len() < MAX_FIGURES {
            values.push((q.value, q.qualifier.is_some(), role_in(claim, q)));
        }
    }
    let mut lines = Vec::new();
    for group in groups.iter().filter(|g| g.values.len() >= 2) {
        let unit = &group.unit;
        let values = &group.values;
        let mut all_related = true;
        for (i, (x, x_hedged, x_role)) in values.iter().enumerate() {
            for (y, y_hedged, y_role) in &values[i + 1..] {
                if opposed(x_role.as_deref(), y_role.as_deref()) {
                    all_related = false;
                    continue;
                }
                let (x, y, x_hedged, y_hedged) = (*x, *y, *x_hedged, *y_hedged);
                let (big, small) = if x >= y { (x, y) } else { (y, x) };
                let eq = if x_hedged || y_hedged { "≈" } else { "=" };
                if group.percent {
                    lines.push(format!(
                        "{} % − {} % {eq} {} points",
                        number(big),
                        number(small),
                        number(big - small)
                    ));
                } else {
                    lines.push(format!(
                        "{} − {} {eq} {} {unit}",
                        number(big),
                        number(small),
                        number(big - small)
                    ));
                    if big > 0.0 {
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
        if values.len() >= 3 && !group.percent && all_related {
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
            lines.push(format!(
                "{} {eq} {} {unit}; the largest is {} ({})",
                terms.join(" + "),
                number(sum),
                number(largest),
                Signed(sum - largest)
            ));
        }
    }
    lines
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
        assert_eq!(got, ["20 % − 9.5 % = 10.5 points"]);
        let measured = |v| Quantity {
            measure: Some(Measure::Percent),
            ..q(v, Some("of voters"))
        };
        assert_eq!(
            aids(&bare(), &[measured(40.0), measured(35.0)]),
            ["40 % − 35 % = 5 points"]
        );
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
            got.last().unwrap(),
            "19,136 + 360 = 19,496 deaths; the largest is 19,500 (−4)"
        );
    }
}
