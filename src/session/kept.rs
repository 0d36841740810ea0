//! Which files hold review work, so that no command's output is ever written over one: a session
//! (someone's verdicts), its journal (changes not yet folded into it) or its lock. Only reads.

use std::io::Read;
use std::path::Path;

use super::journal::{JOURNAL_FORMAT, JOURNAL_SUFFIX, SET_ASIDE};
use super::list::SESSION_SUFFIX;
use super::model::FORMAT;

/// Bytes of a file's opening that are read to tell what it is (claimcheck writes the format key
/// first).
const OPENING: u64 = 1024;

/// Review work a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// A session: a file named `*.review.json`, readable or not, or one that says it is a
    /// claimcheck session.
    Session,
    /// A session's journal, or a copy of one set aside.
    Journal,
    /// A session's lock file.
    Lock,
}

impl Kept {
    /// "a claimcheck session", as a message names it.
    pub fn describe(self) -> &'static str {
        match self {
            Kept::Session => "a claimcheck session",
            Kept::Journal => "a claimcheck session's journal (changes not yet in the session file)",
            Kept::Lock => "a claimcheck session's lock file",
        }
    }
}

/// What review work the file at `path` holds, or would be taken for once written: a name that
/// claimcheck reads as a session (`*.review.json`) or a journal (`*.journal`, and the copies set
/// aside), or a lock beside a session, counts whether or not the file exists yet, since a file
/// written there would be read as one. A symbolic link is judged by the file it points to, which
/// is what a write would replace; a folder holds none.
pub fn kept_in(path: &Path) -> Option<Kept> {
    let path = crate::fsutil::through_links(path);
    if path.exists() && !path.is_file() {
        return None;
    }
    let name = path.file_name()?.to_string_lossy().into_owned();
    let opening = opening(&path);
    if name.ends_with(SESSION_SUFFIX) || opening.contains(&format!("\"{FORMAT}\"")) {
        return Some(Kept::Session);
    }
    if opening.contains(&format!("\"{JOURNAL_FORMAT}\""))
        || name.ends_with(JOURNAL_SUFFIX)
        || name.contains(&format!("{JOURNAL_SUFFIX}{SET_ASIDE}"))
    {
        return Some(Kept::Journal);
    }
    let beside = |suffix: &str| {
        name.strip_suffix(suffix)
            .is_some_and(|session| kept_in(&path.with_file_name(session)) == Some(Kept::Session))
    };
    if beside(".lock") {
        return Some(Kept::Lock);
    }
    None
}

/// Whether a JSON file's opening names the session format.
pub fn says_it_is_a_session(path: &Path) -> bool {
    opening(path).contains(&format!("\"{FORMAT}\""))
}

fn opening(path: &Path) -> String {
    let mut bytes = Vec::with_capacity(OPENING as usize);
    let read = std::fs::File::open(path).and_then(|f| f.take(OPENING).read_to_end(&mut bytes));
    match read {
        Ok(_) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn sessions_are_known_by_name_or_by_what_they_say() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // Cut short, so unreadable, but still someone's session.
        let broken = write(d, "bo.review.json", "{ \"claims\": [");
        assert_eq!(kept_in(&broken), Some(Kept::Session));
        let merged = write(
            d,
            "merged.json",
            "{\n  \"format\": \"claimcheck-session\",\n  \"version\": 1",
        );
        assert_eq!(kept_in(&merged), Some(Kept::Session));
        assert_eq!(kept_in(&write(d, "report.md", "# Report\n")), None);
        assert_eq!(
            kept_in(&write(d, "report.json", "{\"format\": \"x\"}")),
            None
        );
        assert_eq!(kept_in(d), None, "a folder is no session");
    }

    #[test]
    fn names_read_as_review_work_count_before_the_file_exists() {
        // QA round 11, item 10: a CSV written to `new.review.json` would be listed as a session,
        // and one written to `ana.review.json.journal` taken for ana's journal.
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert_eq!(kept_in(&d.join("new.review.json")), Some(Kept::Session));
        assert_eq!(
            kept_in(&d.join("ana.review.json.journal")),
            Some(Kept::Journal)
        );
        assert_eq!(kept_in(&d.join("report.journal")), Some(Kept::Journal));
        assert_eq!(
            kept_in(&d.join("a.review.json.journal.unapplied-20250304T100000Z")),
            Some(Kept::Journal)
        );
        assert_eq!(kept_in(&d.join("new.review.json.lock")), Some(Kept::Lock));
        assert_eq!(kept_in(&d.join("report.csv")), None);
        assert_eq!(kept_in(&d.join("notes.txt.lock")), None);
    }

    #[test]
    fn journals_and_locks_are_known_beside_their_session() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "merged.json", "{ \"format\": \"claimcheck-session\" }");
        let journal = write(d, "merged.json.journal", "");
        assert_eq!(kept_in(&journal), Some(Kept::Journal));
        let lock = write(d, "merged.json.lock", "{\"pid\": 1}");
        assert_eq!(kept_in(&lock), Some(Kept::Lock));
        let aside = write(
            d,
            "a.review.json.journal.unapplied-20250304",
            "{\"journal\":\"claimcheck-journal\",\"version\":1}\n",
        );
        assert_eq!(kept_in(&aside), Some(Kept::Journal));
        // Beside no session, such names mean nothing.
        assert_eq!(kept_in(&write(d, "notes.txt.lock", "")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_judged_by_what_it_points_to() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "ann.review.json", "{}");
        let link = d.join("latest.md");
        std::os::unix::fs::symlink(d.join("ann.review.json"), &link).unwrap();
        assert_eq!(kept_in(&link), Some(Kept::Session));
    }
}
