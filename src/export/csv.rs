//! `export --format csv`: one row per claim, then one per orphaned review (a review kept for a
//! sentence the article no longer holds, `orphaned` true: its `start` and `end` are where it
//! stood in the version reviewed), RFC 4180 (comma separated, CRLF line ends, fields
//! quoted when they hold a comma, quote or line break), with a header row.
//!
//! **Formula neutralisation.** A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as
//! a formula, and some also when it starts with a tab or carriage return. Claim text, notes and
//! evidence come from articles and reviewers, so any such cell gets a leading `'` (apostrophe),
//! which spreadsheets read as "this is text" (OWASP, "CSV Injection"). The apostrophe shows in
//! other readers; strip it there if needed. Numeric columns are ours and never neutralised.

use std::borrow::Cow;

use crate::export::merge;
use crate::session::{Review, ReviewedClaim, Session};

/// Column names, in order.
pub const HEADER: [&str; 19] = [
    "id",
    "doc",
    "document",
    "start",
    "end",
    "kind",
    "score",
    "speaker",
    "claim",
    "verdict",
    "note",
    "evidence",
    "reviewer",
    "reviewed_at",
    "reviews",
    "orphaned",
    "annotated_by",
    "annotated_at",
    "recheck",
];

/// First characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell made safe for spreadsheets: prefixed with `'` when it would start a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// One reviewer's review of a merged claim, as the Markdown export lists it: "ana: open —
/// misleading framing", then each evidence item on a line of its own, indented ("  evidence:
/// https://…"). The note and evidence are kept here because the final `note` and `evidence`
/// hold only those of the reviewers who gave the agreed verdict (none for a conflict); the note
/// is put on one line, since each reviewer's review starts a line of the cell.
///
/// A reviewer's speaker is given when they corrected it, or when the reviewers judged the claim
/// under different speakers (a conflict the verdicts alone would not show): "ana: verified ·
/// speaker: Volodymyr Zelenskyy (corrected)".
fn reviewer_line(reviewed: &ReviewedClaim, review: &Review) -> String {
    let mut line = format!(
        "{}: {}",
        review.reviewer.as_deref().unwrap_or("?"),
        review.verdict.map(|v| v.label()).unwrap_or("open")
    );
    match review.corrected_speaker.as_deref() {
        Some("") => line.push_str(" · speaker: no one (corrected)"),
        Some(name) => {
            line.push_str(" · speaker: ");
            line.push_str(name.trim());
            line.push_str(" (corrected)");
        }
        // A verdict flagged to confirm says its speaker of then in its "to confirm" below.
        None if review.verdict.is_some()
            && review.speaker_at_verdict().is_none()
            && merge::speakers_differ(reviewed) =>
        {
            line.push_str(" · speaker: ");
            line.push_str(merge::speaker_judged(reviewed, review).unwrap_or("no one"));
        }
        None => {}
    }
    if let Some(changed) = review.recheck_summary() {
        line.push_str(" (to confirm: ");
        line.push_str(&changed);
        line.push(')');
    }
    let note = review.note.split_whitespace().collect::<Vec<_>>().join(" ");
    if !note.is_empty() {
        line.push_str(" — ");
        line.push_str(&note);
    }
    for item in &review.evidence {
        let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
        if !item.is_empty() {
            line.push_str("\n  evidence: ");
            line.push_str(&item);
        }
    }
    line
}

/// The CSV text of a session.
pub fn render(session: &Session) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record(HEADER)
        .expect("writing to memory cannot fail");
    let claims = session.claims().iter().map(|c| (c, "false"));
    for (reviewed, orphaned) in claims.chain(session.orphans.iter().map(|o| (o, "true"))) {
        let claim = &reviewed.claim;
        let review = &reviewed.review;
        let document = session
            .documents
            .get(claim.doc)
            .map(|d| d.title.as_str())
            .unwrap_or("");
        let reviews = reviewed
            .reviews
            .iter()
            .map(|review| reviewer_line(reviewed, review))
            .collect::<Vec<_>>()
            .join("\n");
        let evidence = review.evidence.join("\n");
        let recheck = review.recheck_summary().unwrap_or_default();
        let text_cells = [
            claim.id.as_str(),
            document,
            claim.kind.label(),
            reviewed.speaker().unwrap_or(""),
            claim.text.as_str(),
            review.verdict.map(|v| v.label()).unwrap_or(""),
            review.note.as_str(),
            &evidence,
            review.reviewer.as_deref().unwrap_or(""),
            review.reviewed_at.as_deref().unwrap_or(""),
            &reviews,
            review.annotated_by.as_deref().unwrap_or(""),
            review.annotated_at.as_deref().unwrap_or(""),
            &recheck,
        ]
        .map(neutralise);
        let [
            id,
            document,
            kind,
            speaker,
            text,
            verdict,
            note,
            evidence,
            reviewer,
            at,
            reviews,
            annotated_by,
            annotated_at,
            recheck,
        ] = text_cells;
        let (doc, start, end, score) = (
            claim.doc.to_string(),
            claim.start.to_string(),
            claim.end.to_string(),
            format!("{:.3}", claim.score),
        );
        writer
            .write_record([
                id.as_ref(),
                &doc,
                &document,
                &start,
                &end,
                &kind,
                &score,
                &speaker,
                &text,
                &verdict,
                &note,
                &evidence,
                &reviewer,
                &at,
                &reviews,
                orphaned,
                &annotated_by,
                &annotated_at,
                &recheck,
            ])
            .expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("every cell is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;
    use crate::export::testing::{claim_of_kind, review_by, session_with};
    use crate::session::Verdict;

    fn rows(text: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_reviewers_line_lists_their_evidence() {
        // QA round 11, item 4.
        let mut review = review_by(Some(Verdict::Verified), "bo");
        review.note = "Governor\nconfirmed 77.".into();
        review.evidence = vec!["https://t.me/odesa_ova/1234".into(), " ".into()];
        let claim = ReviewedClaim {
            claim: claim_of_kind("Russia fired 181 drones.", Kind::Quantity),
            review: Review::default(),
            reviews: Vec::new(),
        };
        assert_eq!(
            reviewer_line(&claim, &review),
            "bo: verified — Governor confirmed 77.\n  evidence: https://t.me/odesa_ova/1234"
        );
    }

    #[test]
    fn formula_starts_are_neutralised_and_plain_text_is_not() {
        for cell in ["=1+1", "+44 20", "-5 drones", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["181 drones", "", "a=b", " =spaced", "'quoted"] {
            assert_eq!(neutralise(cell), cell, "{cell:?}");
        }
    }

    #[test]
    fn rows_quote_separators_and_keep_line_breaks() {
        let mut review = review_by(Some(Verdict::Disputed), "ann");
        review.note = "=HYPERLINK(\"http://evil\",\"click\")".to_string();
        review.evidence = vec![
            "https://a.example/1".into(),
            "Ministry, \"briefing\"".into(),
        ];
        let session = session_with(vec![(
            claim_of_kind("“We are positive,” Peskov said, \"really\".", Kind::Quote),
            review,
        )]);
        let text = render(&session);
        assert!(text.contains("\r\n"), "RFC 4180 line ends");
        let rows = rows(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], HEADER);
        let row = &rows[1];
        assert_eq!(row.len(), HEADER.len());
        assert_eq!(row[8], "“We are positive,” Peskov said, \"really\".");
        assert_eq!(row[9], "disputed");
        assert_eq!(row[10], "'=HYPERLINK(\"http://evil\",\"click\")");
        assert_eq!(row[11], "https://a.example/1\nMinistry, \"briefing\"");
        assert_eq!(row[6], "0.500");
        assert!(row[14].is_empty(), "no per-reviewer column outside a merge");
        assert_eq!(row[15], "false");
    }

    #[test]
    fn orphaned_reviews_follow_the_claims_marked_as_such() {
        let mut session = session_with(vec![(
            claim_of_kind("Russia fired 181 drones.", Kind::Quantity),
            review_by(Some(Verdict::Verified), "ann"),
        )]);
        let mut review = review_by(Some(Verdict::Disputed), "ann");
        review.note = "the toll was 12, not 15".to_string();
        session.orphans.push(crate::session::ReviewedClaim {
            claim: claim_of_kind("Fifteen people died.", Kind::Quantity),
            review,
            reviews: Vec::new(),
        });
        let rows = rows(&render(&session));
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[1][8].as_str(), rows[1][15].as_str()),
            ("Russia fired 181 drones.", "false")
        );
        let orphan = &rows[2];
        assert_eq!(orphan[8], "Fifteen people died.");
        assert_eq!(
            (orphan[9].as_str(), orphan[10].as_str()),
            ("disputed", "the toll was 12, not 15")
        );
        assert_eq!(orphan[15], "true");
    }

    #[test]
    fn the_speaker_column_holds_the_corrected_speaker() {
        let mut quote = claim_of_kind("“Markets are not targets,” she said.", Kind::Quote);
        quote.speaker = Some("Nabil Abdallah".to_string());
        let mut review = review_by(None, "ann");
        review.corrected_speaker = Some("Clementine Nkweta-Salami".to_string());
        let rows = rows(&render(&session_with(vec![(quote, review)])));
        assert_eq!(rows[1][7], "Clementine Nkweta-Salami");
    }

    #[test]
    fn a_note_on_an_open_claim_names_who_wrote_it() {
        // QA round 10, item R4: `reviewer` is empty without a verdict; the note still has an author.
        let mut review = review_by(None, "ann");
        review.reviewer = None;
        review.note = "draft note: check 83 euros x 12 = 996".to_string();
        review.annotated_by = Some("bo".to_string());
        review.annotated_at = Some("2025-03-04T10:00:00+01:00".to_string());
        let claim = claim_of_kind("The rise costs 83 euros a month.", Kind::Quantity);
        let rows = rows(&render(&session_with(vec![(claim, review)])));
        let column = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
        assert_eq!(column("orphaned"), 15, "new columns go after the old ones");
        assert_eq!(rows[1][column("reviewer")], "");
        assert_eq!(rows[1][column("annotated_by")], "bo");
        assert_eq!(rows[1][column("annotated_at")], "2025-03-04T10:00:00+01:00");
    }

    #[test]
    fn each_reviewer_keeps_their_note_on_their_line() {
        let mut ana = review_by(None, "ana");
        ana.note = "misleading\n  framing".to_string();
        let claim = ReviewedClaim {
            claim: claim_of_kind("Russia fired 181 drones.", Kind::Quantity),
            review: Review::default(),
            reviews: Vec::new(),
        };
        assert_eq!(
            reviewer_line(&claim, &ana),
            "ana: open — misleading framing"
        );
        assert_eq!(
            reviewer_line(&claim, &review_by(Some(Verdict::Verified), "ben")),
            "ben: verified"
        );
    }

    #[test]
    fn a_merged_row_shows_each_reviewers_speaker_and_credits_a_correction() {
        // QA round 21, item N-2: a speaker conflict read as three agreeing "verified" with no
        // verdict, and a correction given without a verdict was credited to no one.
        let mut quote = claim_of_kind("“We are ready to talk,” he wrote.", Kind::Quote);
        quote.speaker = Some("Volodymyr Zelensky".to_string());
        let mut letter = claim_of_kind("“Peace is near,” the letter said.", Kind::Quote);
        letter.speaker = Some("Donald Trump".to_string());
        letter.start = 40;
        letter.end = 40 + letter.text.len();
        let source = |name: &str, corrected: Option<&str>, fix_letter: bool| {
            let mut review = review_by(Some(Verdict::Verified), name);
            review.corrected_speaker = corrected.map(str::to_string);
            let mut other = review_by(None, name);
            if fix_letter {
                other.corrected_speaker = Some("The letter".to_string());
                other.annotated_by = Some(name.to_string());
                other.annotated_at = Some("2026-11-27T10:00:00Z".to_string());
            }
            merge::Source {
                file: format!("{name}.review.json"),
                session: session_with(vec![(quote.clone(), review), (letter.clone(), other)]),
            }
        };
        let merged = merge::merge(&[
            source("ana", Some("Volodymyr Zelenskyy"), false),
            source("bo", None, true),
        ])
        .unwrap();
        let rows = rows(&render(&merged.session));
        let column = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
        let row = |text: &str| rows.iter().find(|r| r[8] == text).unwrap();
        let conflict = row(&quote.text);
        assert_eq!(conflict[column("verdict")], "");
        assert_eq!(
            conflict[column("reviews")],
            "ana: verified · speaker: Volodymyr Zelenskyy (corrected)\n\
             bo: verified · speaker: Volodymyr Zelensky"
        );
        let corrected = row(&letter.text);
        assert_eq!(corrected[column("speaker")], "The letter");
        assert_eq!(
            corrected[column("reviews")],
            "ana: open\nbo: open · speaker: The letter (corrected)"
        );
        assert_eq!(corrected[column("annotated_by")], "bo");
        assert_eq!(corrected[column("annotated_at")], "2026-11-27T10:00:00Z");
    }
}
