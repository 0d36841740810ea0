//! The detail pane's fields and how they wrap: figures, dates, the reviewer's note and
//! evidence, the arithmetic aid and the checks.

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
            ..Review::default()
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
        reattach_key: "r",
        probably: None,
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
    assert!(text.contains("Arithmetic: 181 − 115 = 66 drones\n            115 is 63.5 % of 181"));
    assert!(text.contains("Note: Air force says 115.\n      Check the governor."));
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
        reattach_key: "r",
        probably: None,
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
        ..Review::default()
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
    // QA round 21, item N-4: the claim's facts come right under its text, before every
    // reviewer's notes, as in a single reviewer's session.
    let figures = text.find("Figures: ").unwrap();
    assert!(
        figures < text.find("Reviewers (they disagree):").unwrap(),
        "{text}"
    );
    assert!(
        text.contains(&format!("{}\n\nFigures: ", conflicted.claim.text)),
        "{text}"
    );

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
fn each_reviewers_speaker_correction_shows_and_a_lone_correction_is_named_as_such() {
    let mut merged = reviewed();
    merged.review = Review::default();
    let by = |who: &str, speaker: &str| Review {
        verdict: Some(Verdict::Verified),
        reviewer: Some(who.into()),
        corrected_speaker: Some(speaker.into()),
        ..Review::default()
    };
    merged.reviews = vec![by("ana", "Sudan Doctors Network"), by("bo", "")];
    let text: Vec<String> = fields_of(&merged)
        .into_iter()
        .map(|f| format!("{}{}", f.label, f.value))
        .collect();
    let text = text.join("\n");
    assert!(
        text.contains("  ✓ verified · ana\n      speaker: Sudan Doctors Network\n"),
        "{text}"
    );
    assert!(
        text.contains("  ✓ verified · bo\n      speaker: no one"),
        "{text}"
    );

    let mut corrected = reviewed();
    corrected.review.note.clear();
    corrected.review.evidence.clear();
    corrected.review.corrected_speaker = Some("Maria Lopez".into());
    corrected.review.annotated_by = Some("desk".into());
    let first = fields_of(&corrected).remove(0);
    assert!(
        first.value.ends_with(" · speaker correction by desk"),
        "{}",
        first.value
    );
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

#[test]
fn every_continuation_line_of_a_note_starts_under_its_first_line() {
    // QA round 10, item R9: wrapped lines were at column 6, lines after a line break at 2, and a
    // reviewer's wrapped note in a merged session at 0.
    let mut r = reviewed();
    r.review.note =
        "A note long enough to wrap in a narrow pane.\nA second line, long enough to wrap too."
            .into();
    r.reviews = vec![Review {
        verdict: Some(Verdict::Disputed),
        note: "The headline figure is the one to check first, as it is the headline figure.".into(),
        reviewer: Some("zoe".into()),
        ..Review::default()
    }];
    let all = fields(&Subject {
        reviewed: &r,
        number: Some(7),
        documents: &[],
        checks: &[],
        reattach_key: "r",
        probably: None,
    });
    let wrapped = lines(&all, 30);
    let indent = |l: &str| l.len() - l.trim_start().len();
    let note = wrapped
        .iter()
        .position(|l| l.text.starts_with("Note: "))
        .unwrap();
    let evidence = wrapped
        .iter()
        .position(|l| l.text.starts_with("Evidence"))
        .unwrap();
    assert!(evidence - note >= 4, "{wrapped:#?}");
    for line in &wrapped[note + 1..evidence] {
        assert_eq!(indent(&line.text), 6, "{wrapped:#?}");
    }
    let zoe = wrapped
        .iter()
        .position(|l| l.text.contains("· zoe"))
        .unwrap();
    assert_eq!(indent(&wrapped[zoe].text), 2);
    let blank = wrapped[zoe..]
        .iter()
        .position(|l| l.text.trim().is_empty())
        .unwrap();
    assert!(blank >= 3, "the note wraps: {wrapped:#?}");
    for line in &wrapped[zoe + 1..zoe + blank] {
        assert_eq!(indent(&line.text), 6, "{wrapped:#?}");
    }
}
