//! Sessions: the claims under review with their verdicts, on disk as pretty-printed JSON.
//!
//! [`model`] is the data, [`place`] where the reviewer was; [`check`] reads a file and refuses what cannot be used; [`store`] holds a
//! session open for review with its [`lock`] and [`journal`]; [`reextract`] follows a changed
//! article; [`list`] finds the sessions in a folder; [`kept`] tells which files hold review work, and [`guard`] what an output may not
//! replace.

pub mod check;
mod claim_de;
pub mod guard;
pub mod journal;
pub mod kept;
pub mod list;
pub mod lock;
pub mod model;
pub mod place;
pub mod reattach;
pub mod recheck;
pub mod reextract;
mod repeats;
pub mod report;
pub mod reviewer;
pub mod stale;
pub mod stamp;
pub mod store;

pub use journal::Change;
pub use model::{
    Edit, FORMAT, History, OPEN_GLYPH, Place, RECHECK_GLYPH, Recheck, Review, ReviewedClaim,
    Session, Tally, VERSION, Verdict, VerdictFilter,
};
pub use report::{Notice, OpenReport, Reextraction};
pub use store::{Opened, Store};

use std::path::Path;

use anyhow::{Context, Result};

use crate::fsutil::write_atomic;

/// Serialises a session the way it is stored: pretty printed, keys in a fixed order, a final
/// newline.
pub fn to_json(session: &Session) -> String {
    let mut json = serde_json::to_string_pretty(session).expect("a session always serialises");
    json.push('\n');
    json
}

/// Writes a session atomically.
pub fn save(session: &Session, path: &Path) -> Result<()> {
    write_atomic(path, to_json(session).as_bytes())
}

/// Reads and checks a session file, with the changes its journal holds when a claimcheck is
/// reviewing it or crashed before folding them in: what the reviewer last saw. Only reads, never
/// changes a file (no lock is taken; the articles are not looked at).
pub fn load(path: &Path) -> Result<Session> {
    load_with_warnings(path).map(|(session, _)| session)
}

/// [`load`], and a warning, one line naming the journal, when the session has a journal that
/// could not be applied (wholly or in part): its changes are not in the session returned, and the
/// journal is left as it is (`review` sets it aside when it opens the session).
pub fn load_with_warnings(path: &Path) -> Result<(Session, Vec<String>)> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read session {}", path.display()))?;
    let mut session = check::parse_bytes(&bytes)
        .map_err(anyhow::Error::new)
        .with_context(|| format!("cannot open session {}", path.display()))?;
    let journal_path = journal::journal_path(path);
    let mut warnings = Vec::new();
    if let Some(journal) = journal::read(&journal_path)? {
        // A change that does not fit stops the replay; what fitted before it is still the best
        // picture of the reviewer's work.
        let fit = journal::apply(&mut session, &journal, &crate::claim::sha256_hex(&bytes));
        if let Some(reason) = fit.unfit {
            let journal = journal_path.display();
            let session_file = crate::display::shell_word(&path.display().to_string()).into_owned();
            let applied = match fit.applied {
                0 => "was not applied".to_string(),
                n => format!("was applied only up to change {n}"),
            };
            warnings.push(format!(
                "the journal {journal} {applied} ({reason}): unsaved changes in it are left out \
                 here; the journal is left as it is (`claimcheck review {session_file}` sets it \
                 aside)"
            ));
        }
    }
    // A merged session an earlier claimcheck settled as it no longer would.
    warnings.extend(crate::export::merge::resettle(&mut session));
    Ok((session, warnings))
}

/// Parses and checks a session from its JSON text.
pub fn parse(text: &str) -> Result<Session> {
    Ok(check::parse_bytes(text.as_bytes())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session of three claims saved in a new folder, and the journal lines of two verdicts
    /// given on it since.
    fn saved_with_changes() -> (tempfile::TempDir, std::path::PathBuf, Vec<String>) {
        let extraction = crate::extract::extract_documents(&[crate::extract::Source {
            path: "a.txt",
            text: "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n",
        }]);
        let mut session = Session::new("1", extraction.documents, extraction.claims);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.review.json");
        save(&session, &path).unwrap();
        let lines = (0..2)
            .map(|at| {
                let review = Review {
                    verdict: Some(Verdict::Verified),
                    ..Review::default()
                };
                let edit = session.set_review(at, review).unwrap();
                serde_json::to_string(&Change::Edit(edit)).unwrap()
            })
            .collect();
        (dir, path, lines)
    }

    fn journal_of(path: &Path, sha256: &str, lines: &[&str]) {
        let header = format!(
            "{{\"journal\":\"claimcheck-journal\",\"version\":1,\"session_sha256\":\"{sha256}\"}}"
        );
        let text: String = std::iter::once(header.as_str())
            .chain(lines.iter().copied())
            .map(|line| format!("{line}\n"))
            .collect();
        std::fs::write(journal::journal_path(path), text).unwrap();
    }

    #[test]
    fn a_journal_that_cannot_be_applied_is_named_in_a_warning() {
        // QA round 11, item 6: `stats`, `export` and `merge` left such a journal out silently.
        let (_dir, path, lines) = saved_with_changes();
        let sha256 = crate::claim::sha256_hex(&std::fs::read(&path).unwrap());
        journal_of(&path, &sha256, &[&lines[0], &lines[1]]);
        let (session, warnings) = load_with_warnings(&path).unwrap();
        assert_eq!((session.tally().verified, warnings.len()), (2, 0));

        journal_of(&path, &sha256, &[&lines[0], "{\"op\":", &lines[1]]);
        let (session, warnings) = load_with_warnings(&path).unwrap();
        assert_eq!(session.tally().verified, 1, "what fitted before the damage");
        assert_eq!(warnings.len(), 1);
        let journal = journal::journal_path(&path);
        assert!(
            warnings[0].starts_with(&format!(
                "the journal {} was applied only up to change 1 (line 3 cannot be read",
                journal.display()
            )),
            "{}",
            warnings[0]
        );

        journal_of(&path, &"0".repeat(64), &[&lines[0], &lines[1]]);
        let before = std::fs::read(&journal).unwrap();
        let (session, warnings) = load_with_warnings(&path).unwrap();
        assert_eq!(session.tally().verified, 0);
        assert!(
            warnings[0].contains(
                "was not applied (it was written for another version of the session file)"
            ),
            "{}",
            warnings[0]
        );
        assert_eq!(std::fs::read(&journal).unwrap(), before, "left as it is");
    }
}
