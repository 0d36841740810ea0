//! What the detail pane says about a claim, as plain labelled fields; `ui::detail` styles them.
//! Kept apart from drawing so that scrolling can be clamped to the same lines that are drawn.

use crate::checks::Finding;
use crate::claim::{Document, Quantity};
use crate::display::figures::written_and_read;
use crate::export::merge::{CONFLICT_GLYPH, is_conflict};
use crate::session::{OPEN_GLYPH, ReviewedClaim};

use super::aids::aids;
use crate::display::inert;
use crate::display::wrap::wrap;

/// How a field is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The verdict line, in the verdict's style.
    Verdict,
    /// Secondary facts: kind, score, id.
    Dim,
    /// The claim's text.
    Claim,
    /// Everything else.
    Plain,
    /// What the reviewer should know before going on (an orphaned review).
    Warning,
}

/// One field: an optional label and its value, which may wrap over several lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Shown in bold before the value ("Speaker: ").
    pub label: &'static str,
    /// The value, untrusted text not yet made inert.
    pub value: String,
    /// Style.
    pub tone: Tone,
}

fn field(label: &'static str, value: impl Into<String>, tone: Tone) -> Field {
    Field {
        label,
        value: value.into(),
        tone,
    }
}

const ARITHMETIC: &str = "Arithmetic: ";
/// As wide as [`ARITHMETIC`]: the lines after the first hang under its value.
const UNDER_ARITHMETIC: &str = "            ";
const CHECKS: &str = "Checks: ";
/// As wide as [`CHECKS`]: the checks after the first start where the first does.
const UNDER_CHECKS: &str = "        ";
/// Two more than [`CHECKS`]: a check's tolerance, under the check it belongs to.
const UNDER_CHECK: &str = "          ";

/// "✗ running total: 3,400 + 1,600 = 5,000 ≠ 5,100 (stated total) — “another” … “brought … to”".
fn check_line(finding: &Finding) -> String {
    format!(
        "{} {}: {} — {}",
        finding.result.glyph(),
        finding.relation.label(),
        finding.arithmetic,
        finding.evidence
    )
}

fn blank() -> Field {
    field("", "", Tone::Plain)
}

/// What the detail pane describes: a claim with its review, where it is and what the figure
/// checks found.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The claim and its review.
    pub reviewed: &'a ReviewedClaim,
    /// Its number in the session, from 1 (as messages name it); `None` for an orphaned review,
    /// whose claim the article no longer has.
    pub number: Option<usize>,
    /// The session's documents.
    pub documents: &'a [Document],
    /// The figure-check findings that involve the claim.
    pub checks: &'a [&'a Finding],
}

/// The fields describing a claim and its review.
pub fn fields(subject: &Subject) -> Vec<Field> {
    let Subject {
        reviewed,
        number,
        documents,
        checks,
    } = *subject;
    let claim = &reviewed.claim;
    let review = &reviewed.review;
    let mut out = Vec::new();
    let conflict = is_conflict(reviewed);
    let mut verdict = match review.verdict {
        Some(v) => format!("{} {}", v.glyph(), v.label()),
        None if conflict => {
            format!("{CONFLICT_GLYPH} open: the reviewers disagree; your verdict is final")
        }
        None => format!("{OPEN_GLYPH} open"),
    };
    if let Some(reviewer) = &review.reviewer {
        verdict.push_str(&format!(" · {reviewer}"));
    }
    if let Some(at) = &review.reviewed_at {
        verdict.push_str(&format!(" · {at}"));
    }
    out.push(field("", verdict, Tone::Verdict));
    if number.is_none() {
        out.insert(
            0,
            field(
                "Orphaned: ",
                "the article changed and no longer has this claim; the review is kept, \
                 read-only, and goes back on the claim if it returns",
                Tone::Warning,
            ),
        );
    }
    let mut facts = format!(
        "{} · score {:.2} · {}",
        claim.kind.label(),
        claim.score,
        claim.id
    );
    if let Some(number) = number {
        facts = format!("#{number} · {facts}");
    }
    if documents.len() > 1
        && let Some(doc) = documents.get(claim.doc)
    {
        facts.push_str(&format!(" · {}. {}", claim.doc + 1, doc.title));
    }
    out.push(field("", facts, Tone::Dim));
    out.push(blank());
    out.push(field("", claim.text.as_str(), Tone::Claim));
    out.push(blank());
    if !reviewed.reviews.is_empty() {
        reviewers(&mut out, reviewed);
        out.push(blank());
    }
    if let Some(speaker) = &claim.speaker {
        out.push(field("Speaker: ", speaker.as_str(), Tone::Plain));
    }
    if !claim.quantities.is_empty() {
        let figures: Vec<String> = claim.quantities.iter().map(written_and_read).collect();
        out.push(field("Figures: ", figures.join(" · "), Tone::Plain));
    }
    if !claim.dates.is_empty() {
        let dates: Vec<String> = claim
            .dates
            .iter()
            .map(|d| match &d.iso {
                Some(iso) => format!("{} ({iso})", d.text),
                None => format!("{} (relative)", d.text),
            })
            .collect();
        out.push(field("Dates: ", dates.join(" · "), Tone::Plain));
    }
    // The reviewer's own work before the aids, whose list of checks can be long: at 120×35 a
    // claim with checks otherwise pushed the note and evidence out of sight.
    if review.note.is_empty() {
        out.push(field("Note: ", "—", Tone::Dim));
    } else {
        for (i, line) in review.note.lines().enumerate() {
            out.push(field(
                if i == 0 { "Note: " } else { "  " },
                line,
                Tone::Plain,
            ));
        }
    }
    if review.evidence.is_empty() {
        out.push(field("Evidence: ", "—", Tone::Dim));
    } else {
        out.push(field("Evidence:", "", Tone::Plain));
        for (i, item) in review.evidence.iter().enumerate() {
            out.push(field("", format!("  {}. {item}", i + 1), Tone::Plain));
        }
    }
    // Figures a check already relates are left to the check's own, better-informed line.
    let unchecked: Vec<Quantity> = claim
        .quantities
        .iter()
        .filter(|q| {
            !checks.iter().any(|f| {
                f.figures
                    .iter()
                    .any(|u| u.claim == claim.id && u.start == q.start)
            })
        })
        .cloned()
        .collect();
    // Every line of a list hangs under the first one's value, wrapped or not.
    for (i, aid) in aids(claim, &unchecked).into_iter().enumerate() {
        let label = if i == 0 { ARITHMETIC } else { UNDER_ARITHMETIC };
        out.push(field(label, aid, Tone::Plain));
    }
    for (i, finding) in checks.iter().enumerate() {
        let label = if i == 0 { CHECKS } else { UNDER_CHECKS };
        out.push(field(label, check_line(finding), Tone::Plain));
        if let Some(tolerance) = &finding.tolerance {
            out.push(field(
                UNDER_CHECK,
                format!("tolerance: {tolerance}"),
                Tone::Dim,
            ));
        }
    }
    out
}

/// A merged session's individual reviews: each reviewer's verdict, note and evidence, so that an
/// adjudicator sees every side before deciding.
fn reviewers(out: &mut Vec<Field>, reviewed: &ReviewedClaim) {
    let heading = if is_conflict(reviewed) {
        "Reviewers (they disagree):"
    } else {
        "Reviewers:"
    };
    out.push(field(heading, "", Tone::Plain));
    for review in &reviewed.reviews {
        let verdict = match review.verdict {
            Some(v) => format!("{} {}", v.glyph(), v.label()),
            None => format!("{OPEN_GLYPH} open"),
        };
        let mut line = format!(
            "  {verdict} · {}",
            review.reviewer.as_deref().unwrap_or("?")
        );
        if let Some(at) = &review.reviewed_at {
            line.push_str(&format!(" · {at}"));
        }
        out.push(field("", line, Tone::Plain));
        for note in review.note.lines().filter(|l| !l.trim().is_empty()) {
            out.push(field("", format!("      {note}"), Tone::Plain));
        }
        for item in &review.evidence {
            out.push(field("", format!("      evidence: {item}"), Tone::Dim));
        }
    }
}

/// One wrapped line of a field: which field, and the byte range of its `label + value` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldLine {
    /// Index into the fields.
    pub field: usize,
    /// The line's text (label included on the first line), made inert.
    pub text: String,
    /// Bytes of `text` that are the label.
    pub label_len: usize,
}

/// The fields wrapped to `width` columns, continuation lines indented under the value so that a
/// labelled field reads as one block ("Checks: → …" / "        … shot down").
pub fn lines(fields: &[Field], width: usize) -> Vec<FieldLine> {
    let mut out = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        // Labels are ASCII, so bytes are columns; a label too wide for the pane gets no indent.
        let indent = if f.label.len() * 2 <= width {
            f.label.len()
        } else {
            0
        };
        let value = inert::clean(&f.value);
        for (n, range) in wrap(&value, width.saturating_sub(indent).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 {
                f.label.to_string()
            } else {
                " ".repeat(indent)
            };
            out.push(FieldLine {
                field: i,
                label_len: lead.len(),
                text: format!("{lead}{}", &value[range]),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Claim, Kind, Quantity};
    use crate::session::{Review, Verdict};

    fn reviewed() -> ReviewedClaim {
        let text = "In response to the 181 drones fired by Russia, Ukraine shot down 115.";
        let figure = |value: f64, t: &str| Quantity {
            value,
            unit: Some("drones".into()),
            text: t.into(),
            start: 0,
            end: 0,
            ..Default::default()
        };
        ReviewedClaim {
            claim: Claim {
                id: crate::claim::claim_id(text, 1),
                doc: 0,
                text: text.into(),
                start: 0,
                end: text.len(),
                kind: Kind::Quantity,
                score: 0.9,
                quantities: vec![figure(181.0, "181 drones"), figure(115.0, "115")],
                dates: Vec::new(),
                speaker: None,
            },
            review: Review {
                verdict: Some(Verdict::Disputed),
                note: "Air force says 115.\nCheck the governor.".into(),
                evidence: vec!["https://example.org/report".into()],
                reviewer: Some("ana".into()),
                reviewed_at: Some("2025-03-05T10:00:00+00:00".into()),
            },
            reviews: Vec::new(),
        }
    }

    fn fields_of(reviewed: &ReviewedClaim) -> Vec<Field> {
        fields(&Subject {
            reviewed,
            number: Some(7),
            documents: &[],
            checks: &[],
        })
    }

    #[test]
    fn fields_carry_verdict_figures_arithmetic_note_and_evidence() {
        let all: Vec<String> = fields_of(&reviewed())
            .into_iter()
            .map(|f| format!("{}{}", f.label, f.value))
            .collect();
        let text = all.join("\n");
        assert!(
            text.starts_with("✗ disputed · ana · 2025-03-05T10:00:00+00:00"),
            "{text}"
        );
        assert!(text.contains("\n#7 · quantity · score 0.90 · c"), "{text}");
        assert!(
            text.contains("Figures: 181 drones · 115 (115 drones)"),
            "{text}"
        );
        assert!(
            text.contains("Arithmetic: 181 − 115 = 66 drones\n            115 is 63.5 % of 181")
        );
        assert!(text.contains("Note: Air force says 115.\n  Check the governor."));
        assert!(text.contains("  1. https://example.org/report"));
        assert!(
            text.find("Evidence:").unwrap() < text.find("Arithmetic:").unwrap(),
            "the reviewer's own work comes before the aids"
        );
    }

    #[test]
    fn every_check_and_its_wrapped_lines_start_at_one_column() {
        let finding = |arithmetic: &str, tolerance: Option<&str>| Finding {
            doc: 0,
            relation: crate::checks::Relation::Change,
            result: crate::checks::Outcome::Approximate,
            claims: Vec::new(),
            figures: Vec::new(),
            arithmetic: arithmetic.into(),
            tolerance: tolerance.map(str::to_string),
            evidence: "“by … to”".into(),
        };
        let first = finding(
            "120 − 100 = 20 ≈ 21 stated, a long line to wrap",
            Some("±5 %"),
        );
        let second = finding("3 + 4 = 7, another long line that wraps as well", None);
        let r = reviewed();
        let checks = [&first, &second];
        let all = fields(&Subject {
            reviewed: &r,
            number: Some(7),
            documents: &[],
            checks: &checks,
        });
        let wrapped = lines(&all, 40);
        let from = wrapped
            .iter()
            .position(|l| l.text.starts_with("Checks: "))
            .unwrap();
        let checks: Vec<&str> = wrapped[from..].iter().map(|l| l.text.as_str()).collect();
        assert!(checks.len() >= 5, "{checks:#?}");
        for line in &checks[1..] {
            let indent = line.len() - line.trim_start().len();
            assert!(indent == 8 || indent == 10, "{checks:#?}");
        }
        let tolerance = checks.iter().find(|l| l.contains("tolerance")).unwrap();
        assert!(
            tolerance.starts_with("          tolerance: ±5 %"),
            "{checks:#?}"
        );
        assert!(
            checks
                .iter()
                .any(|l| l.starts_with("        ≈ change: 3 + 4")),
            "the second check starts where the first does: {checks:#?}"
        );
    }

    #[test]
    fn a_conflicted_claim_shows_every_reviewer_and_asks_for_a_final_verdict() {
        let mut conflicted = reviewed();
        conflicted.review = Review::default();
        let by = |verdict, who: &str, note: &str| Review {
            verdict: Some(verdict),
            note: note.into(),
            evidence: vec![format!("https://{who}.example")],
            reviewer: Some(who.into()),
            reviewed_at: None,
        };
        conflicted.reviews = vec![
            by(
                Verdict::Disputed,
                "ana",
                "Air force says 115 of 181.\nJammed, not shot.",
            ),
            by(Verdict::Verified, "bo", "Matches the governor."),
        ];
        let text: Vec<String> = fields_of(&conflicted)
            .into_iter()
            .map(|f| format!("{}{}", f.label, f.value))
            .collect();
        let text = text.join("\n");
        assert!(
            text.starts_with("≠ open: the reviewers disagree; your verdict is final"),
            "{text}"
        );
        assert!(text.contains("Reviewers (they disagree):\n  ✗ disputed · ana\n"));
        assert!(text.contains("      Air force says 115 of 181.\n      Jammed, not shot."));
        assert!(text.contains("  ✓ verified · bo\n      Matches the governor."));
        assert!(text.contains("      evidence: https://bo.example"));

        // Once adjudicated, the final verdict leads and the reviewers stay visible.
        conflicted.review = Review {
            verdict: Some(Verdict::Disputed),
            reviewer: Some("editor".into()),
            ..Review::default()
        };
        let first = fields_of(&conflicted).remove(0);
        assert_eq!(first.value, "✗ disputed · editor");
    }

    #[test]
    fn figures_show_ranges_and_hedges_and_bare_numbers_plainly() {
        let mut r = reviewed();
        r.claim.quantities = vec![
            Quantity {
                value: 10.0,
                upper: Some(12.0),
                unit: Some("people".into()),
                text: "10–12 people".into(),
                ..Default::default()
            },
            Quantity {
                value: 19500.0,
                qualifier: Some(crate::claim::Qualifier::About),
                unit: Some("deaths".into()),
                text: "about 19,500 deaths".into(),
                ..Default::default()
            },
            Quantity {
                value: 2022.0,
                text: "2022".into(),
                ..Default::default()
            },
        ];
        let figures = fields_of(&r)
            .into_iter()
            .find(|f| f.label == "Figures: ")
            .unwrap();
        assert_eq!(figures.value, "10–12 people · about 19,500 deaths · 2022");
    }

    #[test]
    fn wrapped_lines_hang_under_the_value() {
        let f = [field(
            "Speaker: ",
            "Volodymyr Zelensky of Ukraine",
            Tone::Plain,
        )];
        let wrapped = lines(&f, 22);
        let got: Vec<&str> = wrapped.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "Speaker: Volodymyr ",
                "         Zelensky of ",
                "         Ukraine"
            ]
        );
        let narrow = lines(&f, 12);
        assert_eq!(narrow[0].label_len, "Speaker: ".len());
        assert!(narrow[0].text.starts_with("Speaker: "));
        assert!(
            narrow[1..].iter().all(|l| l.label_len == 0),
            "no indent when the label is half the pane"
        );
    }
}
