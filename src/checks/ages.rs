//! Shares of a population by age bands that do not overlap: "18.6% were aged under 15, 65.2%
//! were aged 15 to 64 and 17.1% were aged 65 and over" cannot add up to more than 100 %. Each
//! share is followed by its band ("were aged", "are"), the bands one after another in the
//! sentence with nothing else between them; bands that overlap ("under 18 … under 5") or shares
//! of a base of their own ("65.2% of men were …") are left alone.

use super::breakdown::ends_with_and;
use super::figures::{Fig, words};
use super::interval::{Band, band, num};
use super::{Draft, Outcome, Relation};
use crate::claim::{Measure, Qualifier};

/// Words that may stand between a share and its age band ("were aged under").
const BEFORE_BAND: &[&str] = &[
    "were", "was", "are", "is", "aged", "under", "over", "below", "above",
];

/// The years of age a band covers, as [from, to) in whole years: "under 15" [0, 15), "15 to 64"
/// [15, 65), "65 and over" [65, ∞), "over 64" [65, ∞).
fn years(f: &Fig) -> Option<(f64, f64)> {
    let v = f.q.value;
    Some(match (f.q.qualifier, f.q.upper) {
        (None, Some(upper)) => (v, upper + 1.0),
        (None, None) => (v, v + 1.0),
        (Some(Qualifier::LessThan), None) => (0.0, v),
        (Some(Qualifier::UpTo), None) => (0.0, v + 1.0),
        (Some(Qualifier::AtLeast), None) => (v, f64::INFINITY),
        (Some(Qualifier::MoreThan), None) => (v + 1.0, f64::INFINITY),
        _ => return None,
    })
}

/// The share and its band: a percentage written as one, then an age after words of
/// [`BEFORE_BAND`] (the first share may name its base before them: "of the population").
fn pair<'a>(share: &'a Fig<'a>, age: &'a Fig<'a>, first: bool) -> Option<(f64, f64)> {
    let is_share = share.q.measure == Some(Measure::Percent)
        && share.q.upper.is_none()
        && !share.q.unit_carried;
    if !is_share || age.q.measure != Some(Measure::Age) {
        return None;
    }
    let gap = share.text_to(age)?;
    if gap.contains([',', ';', '.', ':', '(', ')']) {
        return None;
    }
    let mut w = words(gap);
    if first && w.first().is_some_and(|x| x == "of") {
        // "of the population were aged": the base, up to four words.
        let be = w.iter().position(|x| BEFORE_BAND.contains(&x.as_str()))?;
        if be > 4 {
            return None;
        }
        w.drain(..be);
    }
    let plain = !w.is_empty() && w.iter().all(|x| BEFORE_BAND.contains(&x.as_str()));
    plain.then(|| years(age)).flatten()
}

/// Shares of age bands in one sentence that add up to more than 100 %.
pub(crate) fn age_bands<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for in_claim in figs.chunk_by(|a, b| a.pos == b.pos) {
        // Cheapest first: two shares and two ages at least.
        if in_claim.len() < 4 || !in_claim.iter().any(|f| f.q.measure == Some(Measure::Age)) {
            continue;
        }
        let Some(start) =
            (0..in_claim.len() - 1).find(|&k| pair(&in_claim[k], &in_claim[k + 1], true).is_some())
        else {
            continue;
        };
        let mut shares: Vec<&Fig> = Vec::new();
        let mut bands: Vec<(f64, f64)> = Vec::new();
        let mut k = start;
        let mut whole = true;
        while k < in_claim.len() {
            // Between a band and the next share: nothing but "and" and commas.
            if let Some(prev) = k.checked_sub(1).filter(|_| k > start) {
                let joined = in_claim[prev].text_to(&in_claim[k]).is_some_and(|gap| {
                    !gap.contains([';', '.', ':', '(', ')'])
                        && words(gap).iter().all(|w| w == "and")
                });
                if !joined {
                    whole = false;
                    break;
                }
            }
            let Some(b) = in_claim
                .get(k + 1)
                .and_then(|age| pair(&in_claim[k], age, k == start))
            else {
                whole = false;
                break;
            };
            shares.push(&in_claim[k]);
            bands.push(b);
            k += 2;
        }
        if !whole || shares.len() < 2 || !ends_with_and(&shares) {
            continue;
        }
        bands.sort_by(|a, b| a.0.total_cmp(&b.0));
        if bands.windows(2).any(|w| w[1].0 < w[0].1) {
            continue;
        }
        let mut notes = Vec::new();
        let sum = shares
            .iter()
            .fold(Band::exact(0.0), |acc, f| acc.plus(band(f.q, &mut notes)));
        if sum.lo <= 100.0 + 1e-9 {
            continue;
        }
        let terms: Vec<String> = shares.iter().map(|f| num(f.q.value)).collect();
        out.push(Draft {
            relation: Relation::PartsTotal,
            result: Outcome::Inconsistent,
            uses: shares.iter().map(|f| (*f, "share")).collect(),
            arithmetic: format!(
                "{} = {} % > 100 % (shares of one whole)",
                terms.join(" + "),
                num(sum.value)
            ),
            tolerance: None,
            evidence: "age bands that do not overlap".to_string(),
        });
    }
}
