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

/// Platt scaling: the `(a, b)` of `P(worthy) = sigmoid(a * score + b)` that fit `scores` (log-odds
/// of a model) to `data` best (maximum likelihood, by Newton's method).
pub fn platt(data: &[Labelled], scores: &[f64]) -> (f64, f64) {
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..100 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
        for (l, &x) in data.iter().zip(scores) {
            let q = sigmoid(a * x + b);
            let e = q - f64::from(u8::from(l.worthy));
            let w = q * (1.0 - q);
            ga += e * x;
            gb += e;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        let det = haa * hbb - hab * hab;
        if det <= 0.0 {
            break;
        }
        let (da, db) = ((hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det);
        a -= da;
        b -= db;
        if da.abs() + db.abs() < 1e-10 {
            break;
        }
    }
    (a, b)
}

/// The cut on log-odds `scores` that maximises the expected F1 of the Yes class once the
/// scores are Platt-calibrated on `data`, and that expected F1.
///
/// Where [`best_threshold`] follows every label at the edge of the cut, this reads the
/// calibrated probabilities of all sentences, so it moves far less from one sample of
/// debates to another (nested cross-validation on CheckThat!: the chosen cut varied by 0.1
/// log-odds from fold to fold instead of 0.7).
pub fn calibrated_threshold(data: &[Labelled], scores: &[f64]) -> (f64, f64) {
    let (a, b) = platt(data, scores);
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&i, &j| scores[j].total_cmp(&scores[i]));
    let expected_positives: f64 = scores.iter().map(|&x| sigmoid(a * x + b)).sum();
    let (mut tp, mut best, mut at) = (0.0, -1.0, scores.len());
    for (k, &i) in order.iter().enumerate() {
        tp += sigmoid(a * scores[i] + b);
        let last_of_tie = order.get(k + 1).is_none_or(|&j| scores[j] < scores[i]);
        let f1 = 2.0 * tp / (k as f64 + 1.0 + expected_positives);
        if last_of_tie && f1 > best {
            best = f1;
            at = k;
        }
    }
    let Some(&i) = order.get(at) else {
        return (f64::INFINITY, 0.0);
    };
    let next = order.get(at + 1).map_or(scores[i] - 1e-6, |&j| scores[j]);
    ((scores[i] + next) / 2.0, best)
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
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
    fn platt_recovers_a_known_calibration() {
        // Scores x in -4..4; the label is Yes for a share sigmoid(2x - 1) of the sentences at
        // each score, so the fit should find a = 2, b = -1.
        let mut data = Vec::new();
        let mut scores = Vec::new();
        for step in 0..=80 {
            let x = -4.0 + step as f64 * 0.1;
            let yes = (sigmoid(2.0 * x - 1.0) * 1000.0).round() as usize;
            for k in 0..1000 {
                data.push(Labelled {
                    id: "0",
                    text: "",
                    worthy: k < yes,
                });
                scores.push(x);
            }
        }
        let (a, b) = platt(&data, &scores);
        assert!((a - 2.0).abs() < 0.01 && (b + 1.0).abs() < 0.01, "{a} {b}");
        // With calibrated scores the F1-optimal cut lies below even odds.
        let (cut, f1) = calibrated_threshold(&data, &scores);
        assert!(sigmoid(2.0 * cut - 1.0) < 0.5 && f1 > 0.5, "{cut} {f1}");
    }

    #[test]
    fn rejects_bad_rows_with_the_line() {
        assert!(parse("x\ty\n").unwrap_err().contains("line 1"));
        let bad = "Sentence_id\tText\tclass_label\n1\tText\tMaybe\n";
        assert!(parse(bad).unwrap_err().contains("line 2"));
    }
}
