//! A row of a table of figures: "| Revenue | £5.91bn | £5.77bn | +2.4% |", two levels of one
//! measure and, in the last cell, the change between them — in percent of the earlier level, or
//! in percentage points between two percentages ("| Gross margin | 41.3% | 44.0% | -2.7pts |").
//!
//! The row does not say which level is the earlier (the header does, a line away: "| | 2025/26 |
//! 2024/25 | Change |"), so both readings are tried: the stated change holds if it fits either,
//! and a change that fits neither is ✗, worked out in the reading its sign points to.

use super::figures::Fig;
use super::interval::{Band, band, judge, num, written};
use super::relative::relative_change;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// The changes stated in the rows of tables among `figs`.
pub(super) fn table_rows<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for row in figs.chunk_by(|a, b| std::ptr::eq(a.claim, b.claim)) {
        let [a, b, change] = row else {
            continue;
        };
        if !in_own_cells(&[a, b, change]) || !a.countable() || !b.countable() {
            continue;
        }
        let points = change.q.measure == Some(Measure::PercentagePoints);
        let relative = change.q.measure == Some(Measure::Percent);
        let same = a.q.unit == b.q.unit && a.q.measure == b.q.measure;
        let levels_in_percent = a.q.measure == Some(Measure::Percent);
        // Two percentages and a change in percent could be either kind of change: left alone.
        if !same || !(points && levels_in_percent || relative && !levels_in_percent) {
            continue;
        }
        out.extend(judge_row(a, b, change, points));
    }
}

/// Whether each figure stands in a cell of its own, the last in the last cell: cells are
/// parted by "|" or a tab, and the row opens with one or with its label.
fn in_own_cells(figs: &[&Fig]) -> bool {
    let text = &figs[0].claim.text;
    // (Figures may overlap, a range and its end, say: `get` turns such a pair away.)
    let parts =
        |from: usize, to: usize| text.get(from..to).is_some_and(|s| s.contains(['|', '\t']));
    let apart = figs.windows(2).all(|w| parts(w[0].le, w[1].ls));
    let last = figs[figs.len() - 1];
    let closing = text
        .get(last.le..)
        .is_some_and(|rest| rest.trim().trim_start_matches('|').trim().is_empty());
    apart && parts(0, figs[0].ls) && closing
}

/// The stated change against the two levels, read newer first and older first.
fn judge_row<'a>(
    a: &'a Fig<'a>,
    b: &'a Fig<'a>,
    change: &'a Fig<'a>,
    points: bool,
) -> Option<Draft<'a>> {
    let mut notes = Vec::new();
    let stated = band(change.q, &mut notes);
    let (first, second) = (band(a.q, &mut notes), band(b.q, &mut notes));
    // The change from `before` to `after`, and its working.
    let moved = |after: (Band, f64), before: (Band, f64)| -> Option<(Band, String)> {
        let (y, z) = (written(after.1), written(before.1));
        if points {
            let d = after.0.minus(before.0);
            Some((d, format!("{y} − {z} = {} points", num(d.value))))
        } else {
            let r = relative_change(after.0, before.0)?;
            Some((r, format!("({y} − {z}) ÷ {z} = {} %", num(r.value))))
        }
    };
    let newer_first = moved((first, a.q.value), (second, b.q.value))?;
    let older_first = moved((second, b.q.value), (first, a.q.value))?;
    let readings = [newer_first, older_first];
    let fits = readings
        .iter()
        .map(|(computed, working)| (judge(stated, *computed), working))
        .find(|(result, _)| *result != Outcome::Inconsistent);
    let (result, working) = match fits {
        Some(fit) => fit,
        // Worked out in the reading whose change has the stated sign.
        None => {
            let signed = readings
                .iter()
                .find(|(c, _)| c.value.signum() == stated.value.signum())
                .unwrap_or(&readings[0]);
            (Outcome::Inconsistent, &signed.1)
        }
    };
    let unit = if points { "points" } else { "%" };
    Some(Draft {
        relation: Relation::Change,
        result,
        uses: vec![(a, "level"), (b, "level"), (change, "change")],
        arithmetic: format!(
            "{working} {} the stated {} {unit}",
            result.relation_sign(),
            written(stated.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: "a table row: two levels and the change".into(),
    })
}

#[cfg(test)]
mod tests {
    use crate::checks::{Outcome, check};
    use crate::extract::{Options, extract_with};

    fn row_check(row: &str) -> Option<(Outcome, String)> {
        let claims = extract_with(row, 0, &Options { min_score: 0.0 });
        check(&claims)
            .into_iter()
            .find(|f| f.evidence.starts_with("a table row"))
            .map(|f| (f.result, f.arithmetic))
    }

    #[test]
    fn a_rows_change_is_checked_against_its_two_levels() {
        let (result, working) = row_check("| Dividend per share | 62.0p | 71.5p | -15% |").unwrap();
        assert_eq!(result, Outcome::Inconsistent, "{working}");
        assert!(
            working.starts_with("(0.62 − 0.715) ÷ 0.715 = −13.29 %"),
            "{working}"
        );
        let (result, working) = row_check("| Revenue | £5.91bn | £5.77bn | +2.4% |").unwrap();
        assert_ne!(result, Outcome::Inconsistent, "{working}");
        let (result, _) = row_check("| Gross margin | 41.3% | 44.0% | -2.7pts |").unwrap();
        assert_eq!(result, Outcome::Consistent);
        // Older level first: read the other way round.
        let (result, working) = row_check("| Net debt | £870m | £1.06bn | +22% |").unwrap();
        assert_ne!(result, Outcome::Inconsistent, "{working}");
    }

    #[test]
    fn rows_that_are_no_level_and_change_are_left_alone() {
        for row in [
            "| Year | 2024 | 2025 |",
            "| Deaths | 14 | 9 | 23 |",
            "| Margin | 41.3% | 44.0% | -6.1% |",
            "Revenue rose 2.4% to £5.91bn from £5.77bn.",
            // Overlapping figures (found by the robustness test's random text).
            "6.3-magnitude 2022 three \x1b[31m.",
        ] {
            assert_eq!(row_check(row), None, "{row}");
        }
    }
}
