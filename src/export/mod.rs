//! Reports from sessions: JSON, CSV, Markdown and schema.org ClaimReview; statistics; merging
//! several reviewers' sessions, with their agreement.
//!
//! Every format is a pure function from a [`Session`] to text; writing the text (stdout or an
//! atomic file) is the caller's business.

pub mod agreement;
pub mod claimreview;
pub mod counts;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod merge;
pub mod stats;

use std::path::{Path, PathBuf};

use crate::session::Session;
use crate::session::guard::{Input, Replace, refuse_output};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A JSON report: documents, summary counts and every claim with its review.
    Json,
    /// One row per claim (RFC 4180), cells safe to open in a spreadsheet.
    Csv,
    /// A report for an editor: summary table, then the claims grouped by verdict.
    Markdown,
    /// A JSON-LD array of schema.org `ClaimReview`, one per claim with a verdict.
    #[value(name = "claimreview")]
    ClaimReview,
}

impl Format {
    /// Every format, in the order the review screen offers them.
    pub const ALL: [Format; 4] = [
        Format::Json,
        Format::Csv,
        Format::Markdown,
        Format::ClaimReview,
    ];

    /// The name used on the command line.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::ClaimReview => "claimreview",
        }
    }

    /// What the format is for, as the review screen's export dialog lists it.
    pub fn description(self) -> &'static str {
        match self {
            Format::Json => "JSON report",
            Format::Csv => "CSV for spreadsheets",
            Format::Markdown => "Markdown for editors",
            Format::ClaimReview => "ClaimReview for publishing",
        }
    }

    /// The file-name ending of an export written beside its session. Never `.json` alone, so that
    /// a JSON report can never replace the session it was made from.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "report.json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::ClaimReview => "claimreview.jsonld",
        }
    }
}

/// Settings that only some formats use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The fact-checking organisation publishing the reviews (ClaimReview `author`).
    pub org: Option<String>,
    /// Address of the page where the fact check is published; each ClaimReview's `url` is this
    /// plus `#` and the claim id.
    pub url_base: Option<String>,
}

/// A rendered export and what the user should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The whole export, ending in a newline.
    pub text: String,
    /// Things left out or worth checking (printed on stderr, shown on the status line).
    pub warnings: Vec<String>,
}

/// Renders a session in one format.
pub fn render(session: &Session, format: Format, options: &Options) -> Export {
    let mut export = match format {
        Format::Json => Export {
            text: json::render(session),
            warnings: Vec::new(),
        },
        Format::Csv => Export {
            text: csv::render(session),
            warnings: Vec::new(),
        },
        Format::Markdown => Export {
            text: markdown::render(session),
            warnings: Vec::new(),
        },
        Format::ClaimReview => claimreview::render(session, options),
    };
    let rechecked = session
        .claims()
        .iter()
        .filter(|c| !c.review.recheck.is_empty())
        .count();
    if rechecked > 0 {
        let how = match format {
            Format::ClaimReview => "left out",
            Format::Markdown => "listed as open, with what changed",
            Format::Csv | Format::Json => "counted as open, their `recheck` saying what changed",
        };
        export.warnings.push(format!(
            "{} to confirm (given before an article edit changed the claim's speaker, figures or \
             dates): {how}; mark them again in `claimcheck review`",
            crate::display::count(rechecked, "verdict"),
        ));
    }
    export
}

/// Where an export of `session_path` in `format` goes when written beside the session:
/// `notes.review.json` → `notes.review.csv`, `notes.review.report.json`, …; a session not named
/// `….review.json` gets `.review` too (`story.json` → `story.review.md`), so that its export is
/// never named like the article it reviews (`story.md`).
pub fn path_beside(session_path: &Path, format: Format) -> PathBuf {
    let name = session_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_string());
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    let review = if stem.ends_with(".review") {
        ""
    } else {
        ".review"
    };
    session_path.with_file_name(format!("{stem}{review}.{}", format.extension()))
}

/// Writes an export of a session beside the session file ([`path_beside`]), atomically, never
/// over a file that holds review work or over an article of the session ([`refuse_output`]); returns where it went and the export's warnings. Used by
/// the review screen's export key.
pub fn write_beside(
    session: &Session,
    session_path: &Path,
    format: Format,
    options: &Options,
) -> anyhow::Result<(PathBuf, Vec<String>)> {
    let path = path_beside(session_path, format);
    let input = Input {
        path: session_path,
        session,
    };
    refuse_output(&path, &[input], Replace::Never).map_err(|refusal| refusal.for_export(&path))?;
    let export = render(session, format, options);
    crate::fsutil::write_atomic(&path, export.text.as_bytes())?;
    Ok((path, export.warnings))
}

/// Builders for the unit tests of the export modules.
#[cfg(test)]
pub(crate) mod testing {
    use crate::claim::{Claim, Document, Kind, claim_id};
    use crate::session::{Review, ReviewedClaim, Session, Verdict};

    /// A claim of a kind, at offset 0 of document 0.
    pub fn claim_of_kind(text: &str, kind: Kind) -> Claim {
        Claim {
            id: claim_id(text, 1),
            doc: 0,
            text: text.to_string(),
            start: 0,
            end: text.len(),
            kind,
            score: 0.5,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: None,
        }
    }

    /// A review with a verdict by a named reviewer.
    pub fn review_by(verdict: Option<Verdict>, reviewer: &str) -> Review {
        Review {
            verdict,
            note: String::new(),
            evidence: Vec::new(),
            reviewer: Some(reviewer.to_string()),
            reviewed_at: verdict.map(|_| "2025-03-05T10:00:00Z".to_string()),
            ..Review::default()
        }
    }

    /// The document every test claim belongs to.
    pub fn document() -> Document {
        Document {
            path: "odesa.txt".to_string(),
            sha256: "ab".repeat(32),
            title: "Russia weighs in".to_string(),
            url: None,
            published: None,
        }
    }

    /// A session over [`document`] with these claims and reviews.
    pub fn session_with(claims: Vec<(Claim, Review)>) -> Session {
        let claims = claims
            .into_iter()
            .map(|(claim, review)| ReviewedClaim {
                claim,
                review,
                reviews: Vec::new(),
            })
            .collect();
        Session::from_reviewed("1", vec![document()], claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_beside_a_session_never_take_its_name() {
        let session = Path::new("/tmp/work/odesa.review.json");
        let paths: Vec<PathBuf> = Format::ALL
            .iter()
            .map(|f| path_beside(session, *f))
            .collect();
        assert_eq!(paths[0], Path::new("/tmp/work/odesa.review.report.json"));
        assert_eq!(paths[1], Path::new("/tmp/work/odesa.review.csv"));
        assert_eq!(paths[2], Path::new("/tmp/work/odesa.review.md"));
        assert_eq!(
            paths[3],
            Path::new("/tmp/work/odesa.review.claimreview.jsonld")
        );
        assert!(paths.iter().all(|p| p != session));
    }

    #[test]
    fn write_beside_puts_the_export_next_to_the_session() {
        let dir = tempfile::tempdir().unwrap();
        let session_path = dir.path().join("odesa.review.json");
        let session = testing::session_with(Vec::new());
        let (path, warnings) =
            write_beside(&session, &session_path, Format::Csv, &Options::default()).unwrap();
        assert_eq!(path, dir.path().join("odesa.review.csv"));
        assert!(warnings.is_empty());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("id,doc,document,"));
        assert!(!session_path.exists(), "the session itself is not touched");
    }

    #[test]
    fn write_beside_never_replaces_another_session() {
        let dir = tempfile::tempdir().unwrap();
        // `a.json`'s JSON report would be `a.review.report.json`: here someone's session.
        let session_path = dir.path().join("a.json");
        let other = dir.path().join("a.review.report.json");
        let before = "{\n  \"format\": \"claimcheck-session\",\n  \"version\": 1\n}\n";
        std::fs::write(&other, before).unwrap();
        let session = testing::session_with(Vec::new());
        let err = write_beside(&session, &session_path, Format::Json, &Options::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a.review.report.json is a claimcheck session"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&other).unwrap(), before);
    }

    #[test]
    fn write_beside_never_replaces_the_article() {
        // QA round 11, item 1: `review story.md --session story.json`, then `o` → Markdown, wrote
        // the report over the article (`story.json` → `story.md`). Exports beside a session not
        // named `….review.json` now take `.review` (`story.review.md`); an article of that name
        // is still refused.
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("story.review.md");
        let text = "Russia fired 181 drones overnight, officials said.\n";
        std::fs::write(&article, text).unwrap();
        let extraction = crate::extract::extract_documents(&[crate::extract::Source {
            path: "story.review.md",
            text,
        }]);
        let session = Session::new("1", extraction.documents, extraction.claims);
        let session_path = dir.path().join("story.json");
        let err = write_beside(
            &session,
            &session_path,
            Format::Markdown,
            &Options::default(),
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            err,
            format!(
                "{} is the article story.review.md of {}; the export was not written",
                article.display(),
                session_path.display()
            )
        );
        assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
        // The other formats go beside it as before.
        assert!(write_beside(&session, &session_path, Format::Csv, &Options::default()).is_ok());
        // The article `story.md` of `story.json` is no longer the Markdown export's name.
        assert_eq!(
            path_beside(Path::new("story.json"), Format::Markdown),
            Path::new("story.review.md")
        );
    }

    #[test]
    fn claimreview_counts_the_verdicts_to_confirm_once() {
        // QA round 18, item D-2: "18 open claim(s) left out · 2 verdicts to confirm …: left out"
        // when the 2 were among the 18.
        use crate::claim::Kind;
        use crate::session::{Recheck, Review, Verdict};
        use testing::{claim_of_kind, review_by};
        let to_confirm = Review {
            recheck: vec![Recheck {
                what: "dates".into(),
                was: "4 March 2025 (2025-03-04)".into(),
                now: "5 March 2025 (2025-03-05)".into(),
            }],
            ..review_by(Some(Verdict::Verified), "ana")
        };
        let session = testing::session_with(vec![
            (
                claim_of_kind("One.", Kind::Statement),
                review_by(Some(Verdict::Verified), "ana"),
            ),
            (claim_of_kind("Two.", Kind::Statement), to_confirm),
            (
                claim_of_kind("Three.", Kind::Statement),
                review_by(None, "ana"),
            ),
            (
                claim_of_kind("Four.", Kind::Statement),
                review_by(None, "ana"),
            ),
        ]);
        let options = Options {
            org: Some("Checks".into()),
            url_base: Some("https://checks.example/".into()),
        };
        let export = render(&session, Format::ClaimReview, &options);
        assert_eq!(export.warnings.len(), 2, "{:?}", export.warnings);
        assert_eq!(export.warnings[0], "2 open claim(s) left out");
        assert!(
            export.warnings[1].starts_with("1 verdict to confirm"),
            "{:?}",
            export.warnings
        );
        // The three claims without a final verdict, once each.
        assert_eq!(session.tally().open(), 3);
    }
}
