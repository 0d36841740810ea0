//! The journal: changes appended beside the session (`NAME.review.json.journal`) so that saving a
//! verdict costs the same in a session of 20 claims as in one of 100,000.
//!
//! One JSON object per line. The first line names the exact session file the journal extends (its
//! SHA-256); every other line is a [`Change`]. A verdict's line is synced (`sync_data`) before
//! [`JournalWriter::append`] returns; a place's line is only written (it survives a crash of
//! claimcheck, not of the machine). A crash in the middle of a write leaves a last line without its
//! newline: that change was never acknowledged and reading ignores it.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::model::{Edit, Place, Review, Session};
use crate::fsutil::write_atomic;

/// The `journal` value of a journal's first line.
pub const JOURNAL_FORMAT: &str = "claimcheck-journal";
/// The journal version this build writes and reads.
pub const JOURNAL_VERSION: u32 = 1;

/// The end of a journal's name: the session's name and this.
pub const JOURNAL_SUFFIX: &str = ".journal";
/// What follows [`JOURNAL_SUFFIX`] in the name of a journal copied aside unapplied, before the
/// time.
pub const SET_ASIDE: &str = ".unapplied-";

/// The journal file of a session.
pub fn journal_path(session: &Path) -> PathBuf {
    let mut name = session.as_os_str().to_owned();
    name.push(JOURNAL_SUFFIX);
    PathBuf::from(name)
}

/// One change to a session, as the journal records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Change {
    /// A review changed ([`Session::set_review`]).
    Edit(Edit),
    /// An edit was undone ([`Session::undo`]); the edit undone.
    Undo(Edit),
    /// An edit was redone ([`Session::redo`]); the edit redone.
    Redo(Edit),
    /// The reviewer moved or changed a filter.
    Place(Place),
}

impl Change {
    /// Whether the change must reach the disk before it is acknowledged (reviews do; the place is
    /// a convenience).
    pub fn is_durable(&self) -> bool {
        !matches!(self, Change::Place(_))
    }

    /// The claim and its review after this change, for a change to a review.
    fn outcome(&self) -> Option<(&str, &Review)> {
        match self {
            Change::Edit(edit) | Change::Redo(edit) => Some((&edit.claim, &edit.after)),
            Change::Undo(edit) => Some((&edit.claim, &edit.before)),
            Change::Place(_) => None,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    journal: String,
    version: u32,
    session_sha256: String,
}

/// Appends changes to a session's journal.
#[derive(Debug)]
pub struct JournalWriter {
    file: File,
    path: PathBuf,
    /// Bytes known to be whole lines; a failed append is cut back to this.
    len: u64,
}

impl JournalWriter {
    /// Starts a journal (replacing any old one) for the session file whose bytes hash to
    /// `session_sha256`.
    pub fn create(path: &Path, session_sha256: &str) -> Result<JournalWriter> {
        let header = Header {
            journal: JOURNAL_FORMAT.to_string(),
            version: JOURNAL_VERSION,
            session_sha256: session_sha256.to_string(),
        };
        let mut line = serde_json::to_vec(&header).expect("a header serialises");
        line.push(b'\n');
        write_atomic(path, &line)?;
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("cannot open the journal {}", path.display()))?;
        Ok(JournalWriter {
            file,
            path: path.to_path_buf(),
            len: line.len() as u64,
        })
    }

    /// Whether the journal's file is no longer what this writer made of it: another program
    /// removed, moved or replaced it, or wrote to it, so that what is appended reaches no file
    /// claimcheck would read back whole.
    pub fn is_detached(&self) -> bool {
        match (std::fs::metadata(&self.path), self.file.metadata()) {
            (Ok(at_path), Ok(ours)) => !same_file(&at_path, &ours) || at_path.len() != self.len,
            _ => true,
        }
    }

    /// Appends one change; a review's change is on disk when this returns.
    pub fn append(&mut self, change: &Change) -> Result<()> {
        let mut line = serde_json::to_vec(change).expect("a change serialises");
        line.push(b'\n');
        let written = self.file.write_all(&line).and_then(|()| {
            if change.is_durable() {
                self.file.sync_data()
            } else {
                Ok(())
            }
        });
        if let Err(err) = written {
            // Cut off a partial line so that the next append does not glue onto it.
            let _ = self.file.set_len(self.len);
            return Err(err)
                .with_context(|| format!("cannot save the change to {}", self.path.display()));
        }
        self.len += line.len() as u64;
        Ok(())
    }
}

/// Whether two metadata describe the same file (its device and inode).
#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

/// Without inodes, a file still at the path is taken for the same one.
#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    true
}

/// What a journal file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Journal {
    /// SHA-256 of the session file it extends.
    pub session_sha256: String,
    /// Its changes, oldest first, up to the first line that could not be read.
    pub changes: Vec<Change>,
    /// A last line cut short by a crash (never acknowledged, ignored).
    pub torn_tail: bool,
    /// A whole line that could not be read (1-based) and why; the lines after it are not read.
    pub damaged: Option<(usize, String)>,
}

/// Reads a journal; `None` when there is none.
pub fn read(path: &Path) -> Result<Option<Journal>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(err).with_context(|| format!("cannot read the journal {}", path.display()));
        }
    };
    Ok(Some(parse(&bytes)))
}

/// Parses a journal's bytes; never fails, since whatever was acknowledged must be kept.
pub fn parse(bytes: &[u8]) -> Journal {
    let mut journal = Journal {
        session_sha256: String::new(),
        changes: Vec::new(),
        torn_tail: false,
        damaged: None,
    };
    let mut lines = bytes.split_inclusive(|&b| b == b'\n').enumerate();
    for (i, line) in &mut lines {
        let Some(line) = line.strip_suffix(b"\n") else {
            journal.torn_tail = true;
            break;
        };
        if i == 0 {
            match serde_json::from_slice::<Header>(line) {
                Ok(header) if header.journal == JOURNAL_FORMAT => {
                    journal.session_sha256 = header.session_sha256;
                }
                Ok(header) => {
                    journal.damaged = Some((1, format!("unknown journal {:?}", header.journal)));
                    break;
                }
                Err(err) => {
                    journal.damaged = Some((1, err.to_string()));
                    break;
                }
            }
            continue;
        }
        match serde_json::from_slice::<Change>(line) {
            Ok(change) => journal.changes.push(change),
            Err(err) => {
                journal.damaged = Some((i + 1, err.to_string()));
                break;
            }
        }
    }
    journal
}

/// A change that does not fit the session it is replayed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// Index of the change in the journal.
    pub at: usize,
    /// Why it does not fit.
    pub problem: String,
}

/// Replays changes on a session, checking each against the session's state; stops at the first
/// that does not fit (the changes before it stay applied).
pub fn replay(session: &mut Session, changes: &[Change]) -> Result<(), Mismatch> {
    for (at, change) in changes.iter().enumerate() {
        let mismatch = |problem: String| Mismatch { at, problem };
        match change {
            Change::Place(place) => session.place = place.clone(),
            Change::Edit(edit) => {
                let position = session
                    .position(&edit.claim)
                    .ok_or_else(|| mismatch(format!("no claim {}", edit.claim)))?;
                if session.claims()[position].review != edit.before {
                    return Err(mismatch(format!(
                        "claim {} does not have the review the change started from",
                        edit.claim
                    )));
                }
                match &edit.orphan {
                    Some(orphan) => {
                        if session.reattach(&orphan.claim.id, position).as_ref() != Some(edit) {
                            return Err(mismatch(format!(
                                "the orphaned review of claim {} cannot be put on claim {}",
                                orphan.claim.id, edit.claim
                            )));
                        }
                    }
                    None => {
                        session.set_review(position, edit.after.clone());
                    }
                }
            }
            Change::Undo(edit) => {
                if session.history().undo.last() != Some(edit) {
                    return Err(mismatch("the edit undone is not the last one".into()));
                }
                session.undo();
            }
            Change::Redo(edit) => {
                if session.history().redo.last() != Some(edit) {
                    return Err(mismatch("the edit redone is not the last undone".into()));
                }
                session.redo();
            }
        }
    }
    Ok(())
}

/// How much of a journal a session took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// The changes applied: the journal's first ones.
    pub applied: usize,
    /// Why the others (or all) were not applied; `None` when none that counts was left out.
    pub unfit: Option<String>,
}

/// Applies a journal to the session read from the file whose bytes hash to `session_sha256`:
/// written for that file, its changes up to the first that does not fit (or the first damaged
/// line); written for another version of the file, none — which loses nothing when the file
/// already holds them all (a save stopped before it removed the journal). Opening a session for
/// review and the commands that only read it decide the same way.
pub fn apply(session: &mut Session, journal: &Journal, session_sha256: &str) -> Fit {
    let mut fit = Fit {
        applied: 0,
        unfit: None,
    };
    if journal.session_sha256 == session_sha256 {
        match replay(session, &journal.changes) {
            Ok(()) => fit.applied = journal.changes.len(),
            Err(mismatch) => {
                fit.applied = mismatch.at;
                fit.unfit = Some(format!("change {}: {}", mismatch.at + 1, mismatch.problem));
            }
        }
    } else if journal.damaged.is_some() || !already_applied(session, &journal.changes) {
        fit.unfit = Some("it was written for another version of the session file".into());
    }
    if let Some((line, problem)) = &journal.damaged {
        fit.unfit
            .get_or_insert_with(|| format!("line {line} cannot be read: {problem}"));
    }
    fit
}

/// Whether the session already holds the outcome of every review change in the journal: then
/// the journal was folded in by a save that was interrupted before it could remove it.
pub fn already_applied(session: &Session, changes: &[Change]) -> bool {
    let mut last = std::collections::HashMap::new();
    for (claim, review) in changes.iter().filter_map(Change::outcome) {
        last.insert(claim, review);
    }
    last.into_iter().all(|(claim, review)| {
        session
            .position(claim)
            .is_some_and(|at| session.claims()[at].review == *review)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Verdict;

    fn session() -> Session {
        let extraction = crate::extract::extract_documents(&[crate::extract::Source {
            path: "a.txt",
            text: "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n",
        }]);
        Session::new("1", extraction.documents, extraction.claims)
    }

    fn verdict(v: Verdict) -> Review {
        Review {
            verdict: Some(v),
            ..Review::default()
        }
    }

    /// Makes edits on a session and returns the changes as the journal would record them.
    fn some_changes(s: &mut Session) -> Vec<Change> {
        let mut changes = vec![Change::Edit(
            s.set_review(0, verdict(Verdict::Verified)).unwrap(),
        )];
        changes.push(Change::Edit(
            s.set_review(1, verdict(Verdict::Disputed)).unwrap(),
        ));
        changes.push(Change::Undo(s.undo().unwrap()));
        changes.push(Change::Redo(s.redo().unwrap()));
        changes.push(Change::Undo(s.undo().unwrap()));
        s.place.selected = Some(s.claims()[2].claim.id.clone());
        changes.push(Change::Place(s.place.clone()));
        changes
    }

    #[test]
    fn written_changes_read_back_and_replay_to_the_same_session() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.review.json.journal");
        let mut live = session();
        let changes = some_changes(&mut live);
        let mut writer = JournalWriter::create(&path, "abc").unwrap();
        for change in &changes {
            writer.append(change).unwrap();
        }
        let journal = read(&path).unwrap().unwrap();
        assert_eq!(journal.session_sha256, "abc");
        assert_eq!(journal.changes, changes);
        assert!(!journal.torn_tail && journal.damaged.is_none());

        let mut replayed = session();
        replay(&mut replayed, &journal.changes).unwrap();
        assert_eq!(
            replayed, live,
            "reviews, undo and redo stacks and place all restored"
        );
    }

    #[test]
    fn a_torn_last_line_is_ignored_and_everything_before_it_kept() {
        let mut s = session();
        let changes = some_changes(&mut s);
        let mut bytes =
            b"{\"journal\":\"claimcheck-journal\",\"version\":1,\"session_sha256\":\"x\"}\n"
                .to_vec();
        for change in &changes {
            bytes.extend(serde_json::to_vec(change).unwrap());
            bytes.push(b'\n');
        }
        let whole = bytes.len();
        let last = serde_json::to_vec(&changes[0]).unwrap();
        for cut in 1..last.len() {
            let mut torn = bytes.clone();
            torn.extend(&last[..cut]);
            let journal = parse(&torn);
            assert!(journal.torn_tail, "cut at {cut}");
            assert_eq!(journal.changes, changes, "cut at {cut}");
            assert!(journal.damaged.is_none());
        }
        assert!(!parse(&bytes[..whole]).torn_tail);
    }

    #[test]
    fn a_damaged_line_stops_reading_and_is_reported() {
        let mut s = session();
        let changes = some_changes(&mut s);
        let mut text = String::from(
            "{\"journal\":\"claimcheck-journal\",\"version\":1,\"session_sha256\":\"x\"}\n",
        );
        text += &serde_json::to_string(&changes[0]).unwrap();
        text += "\n{garbage}\n";
        text += &serde_json::to_string(&changes[1]).unwrap();
        text += "\n";
        let journal = parse(text.as_bytes());
        assert_eq!(journal.changes, changes[..1]);
        assert_eq!(journal.damaged.as_ref().map(|d| d.0), Some(3));
        assert!(parse(b"not a header\n").damaged.is_some());
    }

    #[test]
    fn replay_refuses_changes_that_do_not_fit() {
        let mut live = session();
        let changes = some_changes(&mut live);
        let mut other = session();
        other.set_review(0, verdict(Verdict::Unclear));
        let err = replay(&mut other, &changes).unwrap_err();
        assert_eq!(err.at, 0);
        let mut fresh = session();
        let err = replay(&mut fresh, &changes[2..]).unwrap_err();
        assert_eq!(err.at, 0, "an undo with nothing to undo does not fit");
    }

    #[test]
    fn a_folded_journal_is_recognised() {
        let mut live = session();
        let changes = some_changes(&mut live);
        assert!(already_applied(&live, &changes));
        assert!(!already_applied(&session(), &changes));
    }

    #[test]
    fn only_reviews_are_synced() {
        assert!(!Change::Place(Place::default()).is_durable());
        let edit = Edit {
            claim: "c".into(),
            before: Review::default(),
            after: Review::default(),
            orphan: None,
        };
        assert!(Change::Edit(edit.clone()).is_durable());
        assert!(Change::Undo(edit).is_durable());
    }
}
