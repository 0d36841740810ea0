//! `export --format json`: a report with the documents, summary counts and every claim with its
//! review.

use serde::Serialize;

use crate::checks::{Finding, check};
use crate::claim::Document;
use crate::export::agreement::Agreement;
use crate::export::counts::Counts;
use crate::export::merge;
use crate::session::{ReviewedClaim, Session};

/// The `format` value of a report.
pub const FORMAT: &str = "claimcheck-report";
/// The report layout version.
pub const VERSION: u32 = 1;

/// The report as written.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// Always [`VERSION`].
    pub version: u32,
    /// Version of the extractor that produced the claims.
    pub extractor: &'a str,
    /// The documents, indexed by each claim's `doc`.
    pub documents: &'a [Document],
    /// Counts per verdict and kind, and progress.
    pub summary: Counts,
    /// Per-document counts, in document order.
    pub by_document: Vec<Counts>,
    /// Agreement between the reviewers of a merged session (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// Every claim in document order, with its (final) review and, in a merged session, each
    /// reviewer's own review under `reviews`.
    pub claims: &'a [ReviewedClaim],
    /// Reviews whose claims vanished from a changed article (kept, never dropped).
    #[serde(skip_serializing_if = "<[ReviewedClaim]>::is_empty")]
    pub orphans: &'a [ReviewedClaim],
    /// Figure checks on the claims ([`crate::checks`]); absent when no figures are tied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Finding>,
}

impl<'a> Report<'a> {
    /// The report of a session.
    pub fn of(session: &'a Session) -> Report<'a> {
        Report {
            format: FORMAT,
            version: VERSION,
            extractor: &session.extractor,
            documents: &session.documents,
            summary: Counts::of(session.claims()),
            by_document: (0..session.documents.len())
                .map(|doc| Counts::of_document(session, doc))
                .collect(),
            agreement: merge::agreement_of(session),
            claims: session.claims(),
            orphans: &session.orphans,
            checks: check(session.claims().iter().map(|r| &r.claim)),
        }
    }
}

/// The report, pretty printed, with a final newline.
pub fn render(session: &Session) -> String {
    let mut text =
        serde_json::to_string_pretty(&Report::of(session)).expect("a report always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;
    use crate::export::testing::{claim_of_kind, review_by, session_with};
    use crate::session::{Review, Verdict};

    #[test]
    fn report_carries_documents_summary_and_every_review_field() {
        let mut noted = review_by(Some(Verdict::Disputed), "ann");
        noted.note = "Ministry says 112, not 115.".to_string();
        noted.evidence = vec!["https://example.org/briefing".to_string()];
        let session = session_with(vec![
            (claim_of_kind("Shot down 115.", Kind::Quantity), noted),
            (
                claim_of_kind("It was cold.", Kind::Statement),
                Review::default(),
            ),
        ]);
        let value: serde_json::Value = serde_json::from_str(&render(&session)).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["documents"][0]["title"], "Russia weighs in");
        assert_eq!(value["summary"]["claims"], 2);
        assert_eq!(value["summary"]["progress"], 0.5);
        assert_eq!(value["summary"]["kinds"]["quantity"]["disputed"], 1);
        assert_eq!(value["by_document"][0]["open"], 1);
        assert!(value.get("agreement").is_none());
        let first = &value["claims"][0];
        assert_eq!(first["verdict"], "disputed");
        assert_eq!(first["note"], "Ministry says 112, not 115.");
        assert_eq!(first["evidence"][0], "https://example.org/briefing");
        assert_eq!(first["reviewer"], "ann");
        assert_eq!(first["reviewed_at"], "2025-03-05T10:00:00Z");
        assert_eq!(first["kind"], "quantity");
        assert!(value["claims"][1]["verdict"].is_null());
        assert!(
            value.get("checks").is_none(),
            "no figures tied: no checks key"
        );
    }

    #[test]
    fn report_carries_the_figure_checks() {
        let text = "Russia fired 50 drones overnight and Ukraine shot down 60 drones.";
        let claims =
            crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
        let session = session_with(claims.into_iter().map(|c| (c, Review::default())).collect());
        let value: serde_json::Value = serde_json::from_str(&render(&session)).unwrap();
        let check = &value["checks"][0];
        assert_eq!(check["relation"], "interception");
        assert_eq!(check["result"], "inconsistent");
        assert_eq!(check["claims"][0], value["claims"][0]["id"]);
    }
}
