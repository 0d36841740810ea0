//! What the detail pane says about a claim, as plain labelled fields; `ui::detail` styles them.
//! Kept apart from drawing so that scrolling can be clamped to the same lines that are drawn.

use crate::checks::Finding;
use crate::claim::{Document, Quantity};
use crate::display::figures::written_and_read;
use crate::export::merge::{CONFLICT_GLYPH, is_conflict, speakers_differ};
use crate::session::{OPEN_GLYPH, RECHECK_GLYPH, ReviewedClaim};

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

const NOTE: &str = "Note: ";
/// As wide as [`NOTE`]: a note's later lines hang under its first.
const UNDER_NOTE: &str = "      ";
/// A reviewer's line in a merged session's "Reviewers" block, and what hangs under it.
const REVIEWER: &str = "  ";
const UNDER_REVIEWER: &str = "      ";
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
    /// For an orphaned review: the key that re-attaches it to a claim.
    pub reattach_key: &'a str,
    /// For an orphaned review: the claim it was probably about ("#12 “…” (r re-attaches …)").
    pub probably: Option<&'a str>,
}

/// The fields describing a claim and its review.
pub fn fields(subject: &Subject) -> Vec<Field> {
    let Subject {
        reviewed,
        number,
        documents,
        checks,
        reattach_key,
        probably,
    } = *subject;
    let claim = &reviewed.claim;
    let review = &reviewed.review;
    let mut out = Vec::new();
    let conflict = is_conflict(reviewed);
    let mut verdict = match review.verdict {
        Some(v) => format!("{} {}", v.glyph(), v.label()),
        None if conflict && speakers_differ(reviewed) => format!(
            "{CONFLICT_GLYPH} open: the reviewers judged it under different speakers; your \
             verdict is final (correct the speaker first if the extracted one is wrong)"
        ),
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
    // A note or evidence by someone else is credited apart from the verdict.
    if let Some((by, at)) = review.annotated_by_another() {
        verdict.push_str(&format!(" · {} by {by}", review.annotation()));
        if let Some(at) = at {
            verdict.push_str(&format!(" · {at}"));
        }
    }
    out.push(field("", verdict, Tone::Verdict));
    if let Some(changed) = review.recheck_summary() {
        out.push(field(
            "To confirm: ",
            format!(
                "the article changed after this verdict was given and the claim with it: \
                 {changed}. It counts as open until you mark it again"
            ),
            Tone::Warning,
        ));
    }
    if number.is_none() {
        out.insert(
            0,
            field(
                "Orphaned: ",
                format!(
                    "the article changed and no longer has this claim; the review is kept, \
                     read-only, and goes back on the claim if it returns ({reattach_key} \
                     re-attaches it to the claim most like it)"
                ),
                Tone::Warning,
            ),
        );
        if let Some(probably) = probably {
            out.insert(1, field("Probably: ", probably, Tone::Warning));
        }
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
    let facts_at = out.len();
    match (&review.corrected_speaker, &claim.speaker) {
        (Some(corrected), found) => {
            let corrected = match corrected.as_str() {
                "" => "no one (corrected)".to_string(),
                name => format!("{name} (corrected)"),
            };
            let found = found.as_deref().unwrap_or("none");
            out.push(field(
                "Speaker: ",
                format!("{corrected} · found: {found}"),
                Tone::Plain,
            ));
        }
        (None, Some(speaker)) => out.push(field("Speaker: ", speaker.as_str(), Tone::Plain)),
        (None, None) => {}
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
    // The claim's speaker, figures and dates first, as in a reviewer's own session: in a conflict
    // over the speaker, the speaker is what is decided, and long notes would push it out of sight
    // (QA round 21, item N-4).
    if !reviewed.reviews.is_empty() {
        if out.len() > facts_at {
            out.push(blank());
        }
        reviewers(&mut out, reviewed);
        out.push(blank());
    }
    // The reviewer's own work before the aids, whose list of checks can be long: at 120×35 a
    // claim with checks otherwise pushed the note and evidence out of sight.
    if review.note.is_empty() {
        out.push(field("Note: ", "—", Tone::Dim));
    } else {
        // Every line of the note, after a line break or wrapped, starts under the first one's
        // value.
        for (i, line) in review.note.lines().enumerate() {
            out.push(field(
                if i == 0 { NOTE } else { UNDER_NOTE },
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
        let mut line = format!("{verdict} · {}", review.reviewer.as_deref().unwrap_or("?"));
        if let Some(at) = &review.reviewed_at {
            line.push_str(&format!(" · {at}"));
        }
        // The indents are labels, so that wrapped lines keep them (a value's own leading spaces
        // would start the wrapped lines at the margin).
        out.push(field(REVIEWER, line, Tone::Plain));
        if let Some(speaker) = &review.corrected_speaker {
            let speaker = if speaker.is_empty() {
                "no one"
            } else {
                speaker
            };
            out.push(field(
                UNDER_REVIEWER,
                format!("speaker: {speaker}"),
                Tone::Plain,
            ));
        } else if review.verdict.is_some()
            && review.speaker_at_verdict().is_none()
            && speakers_differ(reviewed)
        {
            let speaker = reviewed.claim.speaker.as_deref().unwrap_or("none");
            out.push(field(
                UNDER_REVIEWER,
                format!("speaker: {speaker} (as extracted)"),
                Tone::Plain,
            ));
        }
        // Given before the article changed the claim under it (another speaker, say).
        if let Some(changed) = review.recheck_summary() {
            out.push(field(
                UNDER_REVIEWER,
                format!("{RECHECK_GLYPH} to confirm: {changed}"),
                Tone::Plain,
            ));
        }
        for note in review.note.lines().filter(|l| !l.trim().is_empty()) {
            out.push(field(UNDER_REVIEWER, note, Tone::Plain));
        }
        for item in &review.evidence {
            out.push(field(
                UNDER_REVIEWER,
                format!("evidence: {item}"),
                Tone::Dim,
            ));
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
mod tests;
