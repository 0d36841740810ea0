//! Inter-annotator agreement on nominal labels: percent agreement, Cohen's κ and Krippendorff's α.
//!
//! The data is a reliability matrix: one row per unit (a claim), one column per coder (a reviewer),
//! `None` where a coder gave no value. The functions are generic over the label so that the tests
//! can check them against published worked examples, which use numbers rather than verdicts.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::export::counts::percent;

/// Agreement figures for one reliability matrix.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Agreement {
    /// Coders (reviewers), the columns of the matrix.
    pub coders: usize,
    /// Units (claims) with values from at least two coders: the only ones that say anything about
    /// agreement.
    pub pairable_units: usize,
    /// Units on which every value given agrees, among the pairable ones.
    pub unanimous_units: usize,
    /// Share of agreeing pairs of values within units, 0 to 1 (for two coders: the share of units
    /// both judged on which they agree); `None` without a pairable unit.
    pub percent_agreement: Option<f64>,
    /// Cohen's κ, only for exactly two coders, over the units both judged; `None` otherwise or when
    /// chance agreement is already perfect.
    pub cohen_kappa: Option<f64>,
    /// Krippendorff's α for nominal data, any number of coders, missing values allowed; `None`
    /// when undefined (fewer than two pairable values, or every value the same).
    pub krippendorff_alpha: Option<f64>,
}

impl Agreement {
    /// Computes every figure for a matrix of `units × coders`.
    pub fn of<T: Ord + Clone>(units: &[Vec<Option<T>>], coders: usize) -> Agreement {
        let pairable: Vec<&Vec<Option<T>>> = units
            .iter()
            .filter(|u| u.iter().flatten().count() >= 2)
            .collect();
        let unanimous = pairable
            .iter()
            .filter(|u| {
                let mut values = u.iter().flatten();
                let first = values.next();
                values.all(|v| Some(v) == first)
            })
            .count();
        let cohen_kappa = if coders == 2 {
            let pairs: Vec<(T, T)> = units
                .iter()
                .filter_map(|u| match (u.first(), u.get(1)) {
                    (Some(Some(a)), Some(Some(b))) => Some((a.clone(), b.clone())),
                    _ => None,
                })
                .collect();
            cohen_kappa(&pairs)
        } else {
            None
        };
        Agreement {
            coders,
            pairable_units: pairable.len(),
            unanimous_units: unanimous,
            percent_agreement: percent_agreement(units),
            cohen_kappa,
            krippendorff_alpha: krippendorff_alpha_nominal(units),
        }
    }
}

/// The agreement figures as the reports write them: "n/a" where a figure is undefined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readings {
    /// Percent agreement ("83.3%").
    pub percent: String,
    /// Cohen's κ to three decimals; `None` unless there are exactly two coders.
    pub kappa: Option<String>,
    /// Krippendorff's α to three decimals.
    pub alpha: String,
}

impl Agreement {
    /// The figures as people read them.
    pub fn readings(&self) -> Readings {
        let decimals = |value: Option<f64>| value.map_or_else(na, |v| format!("{v:.3}"));
        Readings {
            percent: self.percent_agreement.map_or_else(na, percent),
            kappa: (self.coders == 2).then(|| decimals(self.cohen_kappa)),
            alpha: decimals(self.krippendorff_alpha),
        }
    }
}

fn na() -> String {
    "n/a".to_string()
}

/// How often each label occurs in one unit, and how many values the unit has.
fn frequencies<T: Ord>(unit: &[Option<T>]) -> (BTreeMap<&T, usize>, usize) {
    let mut counts = BTreeMap::new();
    let mut m = 0;
    for value in unit.iter().flatten() {
        *counts.entry(value).or_insert(0) += 1;
        m += 1;
    }
    (counts, m)
}

/// Observed pairwise agreement: over every unit with at least two values, the share of (ordered)
/// pairs of values from different coders that are equal. For two coders this is the plain share of
/// jointly judged units on which they agree.
pub fn percent_agreement<T: Ord>(units: &[Vec<Option<T>>]) -> Option<f64> {
    let mut agreeing = 0usize;
    let mut pairs = 0usize;
    for unit in units {
        let (counts, m) = frequencies(unit);
        if m < 2 {
            continue;
        }
        agreeing += counts.values().map(|f| f * (f - 1)).sum::<usize>();
        pairs += m * (m - 1);
    }
    (pairs > 0).then(|| agreeing as f64 / pairs as f64)
}

/// Cohen's κ for two coders: `(p_o − p_e) / (1 − p_e)`, where `p_o` is the share of units on
/// which they agree and `p_e` the agreement expected from each coder's own label frequencies.
///
/// `None` for no units, or when `p_e = 1` (both coders used one and the same label throughout,
/// so chance already explains everything and κ is undefined).
pub fn cohen_kappa<T: Ord>(pairs: &[(T, T)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let mut first: BTreeMap<&T, usize> = BTreeMap::new();
    let mut second: BTreeMap<&T, usize> = BTreeMap::new();
    let mut agree = 0usize;
    for (a, b) in pairs {
        *first.entry(a).or_insert(0) += 1;
        *second.entry(b).or_insert(0) += 1;
        if a == b {
            agree += 1;
        }
    }
    let observed = agree as f64 / n;
    let expected: f64 = first
        .iter()
        .map(|(label, &count)| {
            let other = second.get(label).copied().unwrap_or(0);
            (count as f64 / n) * (other as f64 / n)
        })
        .sum();
    if (1.0 - expected).abs() < f64::EPSILON {
        return None;
    }
    Some((observed - expected) / (1.0 - expected))
}

/// Krippendorff's α for nominal data with any number of coders and missing values.
///
/// From the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
/// only units with at least two values are pairable; within a unit of `m` values each ordered
/// pair of values from different coders adds `1/(m − 1)`. With `n_c` the pairable values of label
/// `c` and `n` all of them, `α = 1 − (n − 1) · D / (n² − Σ n_c²)` where `D` sums, over units,
/// `(m² − Σ f_c²) / (m − 1)`: the mismatching pairs. `None` when `n < 2` or every pairable value
/// is the same label (expected disagreement zero: α is undefined).
pub fn krippendorff_alpha_nominal<T: Ord>(units: &[Vec<Option<T>>]) -> Option<f64> {
    let mut totals: BTreeMap<&T, f64> = BTreeMap::new();
    let mut n = 0.0;
    let mut mismatch = 0.0;
    for unit in units {
        let (counts, m) = frequencies(unit);
        if m < 2 {
            continue;
        }
        let m = m as f64;
        let same: f64 = counts.values().map(|&f| (f * f) as f64).sum();
        mismatch += (m * m - same) / (m - 1.0);
        for (label, f) in counts {
            *totals.entry(label).or_insert(0.0) += f as f64;
        }
        n += m;
    }
    if n < 2.0 {
        return None;
    }
    let expected = n * n - totals.values().map(|c| c * c).sum::<f64>();
    if expected <= 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * mismatch / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: Option<f64>, expected: f64, places: i32) {
        let actual = actual.expect("a value");
        let tolerance = 0.5 * 10f64.powi(-places);
        assert!(
            (actual - expected).abs() <= tolerance,
            "{actual} is not {expected} to {places} places"
        );
    }

    /// Expands a contingency table (rows: first coder, columns: second) into label pairs.
    fn pairs_from_table(table: &[&[usize]]) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for (row, counts) in table.iter().enumerate() {
            for (column, &count) in counts.iter().enumerate() {
                pairs.extend(std::iter::repeat_n((row, column), count));
            }
        }
        pairs
    }

    /// Parses one coder's row of a reliability matrix; `.` is a missing value.
    fn coder(row: &str) -> Vec<Option<u32>> {
        row.split_whitespace().map(|v| v.parse().ok()).collect()
    }

    /// Turns coder rows into unit rows (the matrix the functions take).
    fn units(coders: &[Vec<Option<u32>>]) -> Vec<Vec<Option<u32>>> {
        (0..coders[0].len())
            .map(|u| coders.iter().map(|c| c[u]).collect())
            .collect()
    }

    /// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of
    /// Pennsylvania, ScholarlyCommons, section C ("Nominal data, any number of observers, missing
    /// data"): four observers, twelve units, α = 0.743.
    #[test]
    fn krippendorff_alpha_matches_the_worked_example_with_missing_values() {
        let data = units(&[
            coder("1 2 3 3 2 1 4 1 2 . . ."),
            coder("1 2 3 3 2 2 4 1 2 5 . 3"),
            coder(". 3 3 3 2 3 4 2 2 5 1 ."),
            coder("1 2 3 3 2 4 4 1 2 5 1 ."),
        ]);
        close(krippendorff_alpha_nominal(&data), 0.743, 3);
        // Unit 12 has a single value and is not pairable: 11 units remain.
        let agreement = Agreement::of(&data, 4);
        assert_eq!(agreement.pairable_units, 11);
        assert_eq!(agreement.cohen_kappa, None, "κ is for two coders only");
    }

    /// Same source, section A ("Binary or dichotomous data, two observers, no missing data"):
    /// α = 0.095.
    #[test]
    fn krippendorff_alpha_matches_the_binary_two_observer_example() {
        let data = units(&[coder("0 1 0 0 0 0 0 0 1 0"), coder("1 1 1 0 0 1 0 0 0 0")]);
        close(krippendorff_alpha_nominal(&data), 0.095, 3);
        close(percent_agreement(&data), 0.6, 9);
    }

    /// Altman, D. G. (1991). Practical Statistics for Medical Research, pp. 403–405 (data from
    /// Boyd et al. 1982; reproduced in the Stata Base Reference Manual, `kappa`): two radiologists
    /// grading 85 xeromammograms; agreement 63.53 %, expected 30.82 %, κ = 0.4728.
    #[test]
    fn cohen_kappa_matches_altmans_radiologist_example() {
        let pairs = pairs_from_table(&[
            &[21, 12, 0, 0],
            &[4, 17, 1, 0],
            &[3, 9, 15, 2],
            &[0, 0, 0, 1],
        ]);
        assert_eq!(pairs.len(), 85);
        close(cohen_kappa(&pairs), 0.4728, 4);
    }

    /// SAS/STAT User's Guide, PROC FREQ, "Agreement Study" (skin condition rated by two
    /// dermatologists, 88 patients): simple kappa 0.3449.
    #[test]
    fn cohen_kappa_matches_the_sas_agreement_study() {
        let pairs = pairs_from_table(&[
            &[10, 4, 1, 0],
            &[5, 10, 12, 2],
            &[2, 4, 12, 5],
            &[0, 2, 6, 13],
        ]);
        close(cohen_kappa(&pairs), 0.3449, 4);
        let matrix: Vec<Vec<Option<usize>>> =
            pairs.iter().map(|&(a, b)| vec![Some(a), Some(b)]).collect();
        let agreement = Agreement::of(&matrix, 2);
        close(agreement.cohen_kappa, 0.3449, 4);
        close(agreement.percent_agreement, 45.0 / 88.0, 9);
    }

    #[test]
    fn perfect_agreement_and_undefined_cases() {
        let same = units(&[coder("1 2 3 1"), coder("1 2 3 1")]);
        let agreement = Agreement::of(&same, 2);
        close(agreement.cohen_kappa, 1.0, 9);
        close(agreement.krippendorff_alpha, 1.0, 9);
        close(agreement.percent_agreement, 1.0, 9);
        assert_eq!(agreement.unanimous_units, 4);

        // Both coders always used the same single label: agreement 100 %, κ and α undefined.
        let constant = units(&[coder("1 1 1"), coder("1 1 1")]);
        let agreement = Agreement::of(&constant, 2);
        close(agreement.percent_agreement, 1.0, 9);
        assert_eq!(agreement.cohen_kappa, None);
        assert_eq!(agreement.krippendorff_alpha, None);

        // Nothing judged twice: nothing to say.
        let disjoint = units(&[coder("1 . 2"), coder(". 3 .")]);
        let agreement = Agreement::of(&disjoint, 2);
        assert_eq!(agreement.pairable_units, 0);
        assert_eq!(agreement.percent_agreement, None);
        assert_eq!(agreement.cohen_kappa, None);
        assert_eq!(agreement.krippendorff_alpha, None);
    }

    #[test]
    fn systematic_disagreement_is_negative() {
        let opposite = units(&[coder("1 2 1 2"), coder("2 1 2 1")]);
        let agreement = Agreement::of(&opposite, 2);
        assert!(agreement.cohen_kappa.unwrap() < 0.0);
        assert!(agreement.krippendorff_alpha.unwrap() < 0.0);
        close(agreement.percent_agreement, 0.0, 9);
    }
}
