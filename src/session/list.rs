//! The sessions in a folder, for `claimcheck review` without arguments: each with its articles,
//! progress and last change, newest first. Only reads.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

use super::journal::journal_path;
use super::lock::{self, Holder};
use super::model::Tally;

/// The usual ending of a session file's name.
pub const SESSION_SUFFIX: &str = ".review.json";

/// A session found in a folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// The session file.
    pub path: PathBuf,
    /// What it holds, or why it cannot be opened (shown, so the reviewer learns of the problem).
    pub summary: Result<Summary, String>,
    /// When the session or its journal last changed.
    pub last_change: Option<DateTime<Utc>>,
    /// `Some` while another claimcheck has it open, with who when known.
    pub in_use: Option<Option<Holder>>,
}

/// What a listed session holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The articles' titles, in order.
    pub titles: Vec<String>,
    /// Verdict counts (progress is `reviewed()` of `total`).
    pub tally: Tally,
    /// Reviews kept from claims that are gone.
    pub orphans: usize,
    /// For a merged session (`claimcheck merge`), how many reviewers it combines; 0 otherwise.
    pub merged_reviewers: usize,
}

/// Lists the sessions in a folder: `*.review.json` files and any other JSON file that says it is a
/// claimcheck session. Newest change first.
pub fn list(dir: &Path) -> Result<Vec<Listed>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list the folder {}", dir.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list the folder {}", dir.display()))?;
        // Names in the current folder stay bare ("a.review.json", not "./a.review.json").
        let path = if dir == Path::new(".") {
            PathBuf::from(entry.file_name())
        } else {
            entry.path()
        };
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_file = entry
            .file_type()
            .is_ok_and(|t| t.is_file() || t.is_symlink())
            && path.is_file();
        if !is_file || !name.ends_with(".json") {
            continue;
        }
        if name.ends_with(SESSION_SUFFIX) || super::kept::says_it_is_a_session(&path) {
            found.push(describe(path));
        }
    }
    found.sort_by(|a, b| {
        b.last_change
            .cmp(&a.last_change)
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(found)
}

/// Describes one session file.
pub fn describe(path: PathBuf) -> Listed {
    let summary = super::load(&path)
        .map(|session| Summary {
            titles: session.documents.iter().map(|d| d.title.clone()).collect(),
            tally: session.tally(),
            orphans: session.orphans.len(),
            merged_reviewers: session
                .claims()
                .iter()
                .map(|c| c.reviews.len())
                .max()
                .unwrap_or(0),
        })
        .map_err(|err| format!("{err:#}"));
    let last_change = [path.clone(), journal_path(&path)]
        .iter()
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .max()
        .map(DateTime::<Utc>::from);
    let in_use = lock::holder(&path);
    Listed {
        path,
        summary,
        last_change,
        in_use,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Review, Session, Verdict, save};

    fn session(title_line: &str) -> Session {
        let text =
            format!("{title_line}\nRussia fired 181 drones.\nUkraine shot down 115 drones.\n");
        let extraction = crate::extract::extract_documents(&[crate::extract::Source {
            path: "a.txt",
            text: &text,
        }]);
        Session::new("1", extraction.documents, extraction.claims)
    }

    #[test]
    fn lists_sessions_with_titles_progress_and_problems() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = session("First title");
        first.set_review(
            1,
            Review {
                verdict: Some(Verdict::Verified),
                ..Review::default()
            },
        );
        save(&first, &dir.path().join("first.review.json")).unwrap();
        save(
            &session("Second title"),
            &dir.path().join("named-otherwise.json"),
        )
        .unwrap();
        std::fs::write(dir.path().join("broken.review.json"), "{ \"format\": ").unwrap();
        std::fs::write(dir.path().join("unrelated.json"), "{\"a\": 1}").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "claimcheck-session").unwrap();

        let listed = list(dir.path()).unwrap();
        let names: Vec<_> = listed
            .iter()
            .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(
            sorted,
            [
                "broken.review.json",
                "first.review.json",
                "named-otherwise.json"
            ]
        );

        let first = listed
            .iter()
            .find(|l| l.path.ends_with("first.review.json"))
            .unwrap();
        let summary = first.summary.as_ref().unwrap();
        assert_eq!(summary.titles, ["First title"]);
        assert_eq!((summary.tally.reviewed(), summary.tally.total), (1, 2));
        assert_eq!(summary.merged_reviewers, 0);
        assert!(first.last_change.is_some());
        assert_eq!(first.in_use, None);

        let broken = listed
            .iter()
            .find(|l| l.path.ends_with("broken.review.json"))
            .unwrap();
        let problem = broken.summary.as_ref().unwrap_err();
        assert!(
            problem.contains("broken.review.json") && problem.contains("ends too early"),
            "{problem}"
        );
    }

    #[test]
    fn a_merged_session_says_how_many_reviewers_it_combines() {
        let dir = tempfile::tempdir().unwrap();
        let plain = session("T");
        let by = |who: &str| Review {
            verdict: Some(Verdict::Verified),
            reviewer: Some(who.into()),
            ..Review::default()
        };
        let claims = plain
            .claims()
            .iter()
            .map(|c| crate::session::ReviewedClaim {
                reviews: vec![by("ann"), by("bo")],
                ..c.clone()
            })
            .collect();
        let merged = Session::from_reviewed("1", plain.documents.clone(), claims);
        save(&merged, &dir.path().join("merged.json")).unwrap();
        let listed = list(dir.path()).unwrap();
        assert_eq!(listed[0].summary.as_ref().unwrap().merged_reviewers, 2);
    }

    #[test]
    fn a_session_open_elsewhere_is_marked_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.review.json");
        save(&session("T"), &path).unwrap();
        let _lock = crate::session::lock::Lock::acquire(&path).unwrap();
        let listed = list(dir.path()).unwrap();
        assert_eq!(listed.len(), 1, "the lock file is not a session");
        let holder = listed[0].in_use.clone().flatten().unwrap();
        assert_eq!(holder.pid, std::process::id());
    }
}
