//! CheckThat! 2024 Task 1 English: the labelled sentences and the task's measure (F1 of Yes).
//!
//! The data ships in `data/checkworthy/` (see its README); parsing takes the text, so the
//! library does no I/O.

/// One labelled sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled<'a> {
    /// `Sentence_id`.
    pub id: &'a str,
    /// The sentence.
    pub text: &'a str,
    /// `class_label` is `Yes`: worth fact-checking.
    pub worthy: bool,
}

/// Parses a CheckThat! TSV (`Sentence_id`, `Text`, `class_label`, with a header, no quoting).
pub fn parse(tsv: &str) -> Result<Vec<Labelled<'_>>, String> {
    let mut lines = tsv.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim_end() == "Sentence_id\tText\tclass_label" => {}
        _ => return Err("line 1: expected the header Sentence_id\\tText\\tclass_label".into()),
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(text), Some(label), None) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            return Err(format!(
                "line {}: expected three tab-separated columns",
                i + 1
            ));
        };
        let worthy = match label.trim() {
            "Yes" => true,
            "No" => false,
            other => {
                return Err(format!(
                    "line {}: label {other:?} is neither Yes nor No",
                    i + 1
                ));
            }
        };
        out.push(Labelled { id, text, worthy });
    }
    Ok(out)
}

/// Counts of a binary decision against the labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    /// Worthy and predicted worthy.
    pub tp: usize,
    /// Not worthy but predicted worthy.
    pub fp: usize,
    /// Worthy but predicted not.
    pub fn_: usize,
    /// Not worthy and predicted not.
    pub tn: usize,
}

impl Confusion {
    /// Counts `predicted` against `worthy`.
    pub fn add(&mut self, predicted: bool, worthy: bool) {
        match (predicted, worthy) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    /// Precision of the Yes class.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall of the Yes class.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 of the Yes class, the task's measure.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The confusion of `scores` against `data` at `threshold` (a score at or above it is Yes).
pub fn confusion(data: &[Labelled], scores: &[f64], threshold: f64) -> Confusion {
    let mut c = Confusion::default();
    for (l, &s) in data.iter().zip(scores) {
        c.add(s >= threshold, l.worthy);
    }
    c
}

/// The threshold with the best F1 of `scores` on `data`, and that F1.
pub fn best_threshold(data: &[Labelled], scores: &[f64]) -> (f64, f64) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let positives = data.iter().filter(|l| l.worthy).count();
    let (mut tp, mut best, mut at) = (0usize, -1.0, 1.0);
    for (k, &i) in order.iter().enumerate() {
        tp += data[i].worthy as usize;
        let last_of_tie = order.get(k + 1).is_none_or(|&j| scores[j] < scores[i]);
        let f1 = ratio(2 * tp, k + 1 + positives);
        if last_of_tie && f1 > best {
            best = f1;
            // Halfway to the next lower score, so that the choice is not on a knife's edge.
            let next = order.get(k + 1).map_or(scores[i] - 1e-6, |&j| scores[j]);
            at = (scores[i] + next) / 2.0;
        }
    }
    (at, best)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str =
        "Sentence_id\tText\tclass_label\n1\tIt rose 5%.\tYes\n2\tHello.\tNo\n3\tWe won.\tYes\n";

    #[test]
    fn parses_and_measures() {
        let data = parse(TSV).unwrap();
        assert_eq!(data.len(), 3);
        assert_eq!(
            data[0],
            Labelled {
                id: "1",
                text: "It rose 5%.",
                worthy: true
            }
        );
        let c = confusion(&data, &[0.9, 0.6, 0.2], 0.5);
        assert_eq!((c.tp, c.fp, c.fn_, c.tn), (1, 1, 1, 0));
        assert!((c.f1() - 0.5).abs() < 1e-9);
        let (t, f1) = best_threshold(&data, &[0.9, 0.1, 0.2]);
        assert!((f1 - 1.0).abs() < 1e-9 && t > 0.1 && t < 0.2);
    }

    #[test]
    fn rejects_bad_rows_with_the_line() {
        assert!(parse("x\ty\n").unwrap_err().contains("line 1"));
        let bad = "Sentence_id\tText\tclass_label\n1\tText\tMaybe\n";
        assert!(parse(bad).unwrap_err().contains("line 2"));
    }
}
