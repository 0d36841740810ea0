//! A session open for review: the file, its lock, and its journal.
//!
//! Opening takes the lock, reads and checks the file (never changing it when it cannot be used),
//! replays the changes a crashed claimcheck left in the journal, brings the claims up to date with
//! the articles, and folds all that into the file. While reviewing, each change is appended to the
//! journal ([`Store::record`]), so saving a verdict costs the same whatever the session's size; a
//! full atomic save ([`Store::save`]) folds the journal into the file on request and on
//! [`Store::close`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

use super::check::parse_bytes;
use super::journal::{self, Change, JournalWriter, journal_path};
use super::lock::Lock;
use super::model::Session;
use super::reextract::refresh;
use super::report::{Notice, OpenReport};
use super::to_json;
use crate::claim::sha256_hex;
use crate::fsutil::{folder_of, write_atomic};

/// A session file held open for review.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    journal_path: PathBuf,
    lock: Lock,
    /// SHA-256 of the session file as it is on disk: a journal names the file it extends.
    base_sha256: String,
    journal: Option<JournalWriter>,
    unsaved: usize,
    /// Changes to reviews that could not be written to the journal since the last full save: only
    /// the session in memory holds them.
    lost: usize,
}

/// A session just opened, with what the reviewer should be told about it.
#[derive(Debug)]
pub struct Opened {
    /// The session, with recovered changes applied and brought up to date with its articles.
    pub session: Session,
    /// The open file.
    pub store: Store,
    /// What happened while opening.
    pub report: OpenReport,
}

/// Fails when the session file cannot be opened for review: missing, a folder, unreadable, or
/// read-only (or in a read-only folder).
fn usable(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path)
        .with_context(|| format!("cannot open session {}", path.display()))?;
    if meta.is_dir() {
        bail!(
            "cannot open session {}: it is a folder, not a session file",
            path.display()
        );
    }
    // A session that cannot even be read is said to be so, not read-only.
    std::fs::File::open(path).with_context(|| format!("cannot read session {}", path.display()))?;
    if meta.permissions().readonly() {
        bail!(
            "{} is read-only: claimcheck saves every change as it is made, so it must be able \
             to write the session (make it writable, e.g. `chmod u+w`, or review a copy)",
            path.display()
        );
    }
    check_folder(path)
}

/// The session file's bytes, and the session they hold.
fn read_session(path: &Path) -> Result<(Vec<u8>, Session)> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read session {}", path.display()))?;
    let session = parse_bytes(&bytes)
        .map_err(anyhow::Error::new)
        .with_context(|| format!("cannot open session {}", path.display()))?;
    Ok((bytes, session))
}

impl Store {
    /// Opens an existing session file for review.
    ///
    /// Fails, leaving every file as it was, when the session is locked by another claimcheck,
    /// cannot be read, is not a usable session, or is read-only (or in a read-only folder): work
    /// that could not be saved must not begin.
    pub fn open(path: &Path) -> Result<Opened> {
        // A linked session is kept where it really is, with its lock and journal beside it.
        let real = crate::fsutil::through_links(path);
        let path = real.as_path();
        usable(path)?;
        let lock = Lock::acquire(path)?;
        let (bytes, mut session) = read_session(path)?;

        remove_crash_leftovers(path);
        let mut report = OpenReport::default();
        if let Some(holder) = lock.taken_over() {
            report.notices.push(Notice::LockTakenOver(holder.clone()));
        }
        let base_sha256 = sha256_hex(&bytes);
        let journal_path = journal_path(path);
        let recovery = recover(&journal_path, &base_sha256, &mut session, &mut report)?;

        let refreshed = refresh(&mut session, folder_of(path))
            .map_err(|problem| anyhow!("cannot open session {}: {problem}", path.display()))?;
        let reextracted = refreshed
            .iter()
            .any(|notice| matches!(notice, Notice::Reextracted(_)));
        report.notices.extend(refreshed);
        let resettled = crate::export::merge::resettle(&mut session);
        let changed = reextracted || !resettled.is_empty();
        report
            .notices
            .extend(resettled.into_iter().map(Notice::Resettled));

        let mut store = Store {
            path: path.to_path_buf(),
            journal_path,
            lock,
            base_sha256,
            journal: None,
            unsaved: 0,
            lost: 0,
        };
        if recovery == Recovery::Fold || changed {
            store.save(&session)?;
        } else if recovery == Recovery::Discard {
            store.remove_journal()?;
        }
        Ok(Opened {
            session,
            store,
            report,
        })
    }

    /// Checks, as [`Store::open`] would, that a session file can be opened, touching nothing: no
    /// lock is taken and nothing is written (for a refusal that must leave every file as it was).
    pub fn check(path: &Path) -> Result<()> {
        let real = crate::fsutil::through_links(path);
        usable(&real)?;
        read_session(&real).map(drop)
    }

    /// Writes a new session file and holds it open; refuses to replace an existing one.
    pub fn create(path: &Path, session: &Session) -> Result<(Store, OpenReport)> {
        check_folder(path)?;
        let lock = Lock::acquire(path)?;
        if path.exists() {
            bail!(
                "cannot create session {}: it already exists (open it instead)",
                path.display()
            );
        }
        remove_crash_leftovers(path);
        let mut report = OpenReport::default();
        if let Some(holder) = lock.taken_over() {
            report.notices.push(Notice::LockTakenOver(holder.clone()));
        }
        let journal_path = journal_path(path);
        if journal_path.exists() {
            let moved_to = set_aside(&journal_path)?;
            std::fs::remove_file(&journal_path)
                .with_context(|| format!("cannot remove {}", journal_path.display()))?;
            report.notices.push(Notice::JournalSetAside {
                moved_to,
                reason: "its session file no longer exists".into(),
            });
        }
        let mut store = Store {
            path: path.to_path_buf(),
            journal_path,
            lock,
            base_sha256: String::new(),
            journal: None,
            unsaved: 0,
            lost: 0,
        };
        store.save(session)?;
        Ok((store, report))
    }

    /// Records one change; a change to a review is on disk when this returns.
    ///
    /// Every change made to the session must be recorded, in order, for the journal to replay.
    pub fn record(&mut self, change: &Change) -> Result<()> {
        let appended = match &mut self.journal {
            Some(journal) => journal.append(change),
            empty => JournalWriter::create(&self.journal_path, &self.base_sha256)
                .and_then(|journal| empty.insert(journal).append(change)),
        };
        match appended {
            Ok(()) => self.unsaved += 1,
            Err(_) if change.is_durable() => self.lost += 1,
            Err(_) => {}
        }
        appended
    }

    /// Whether the journal this store appends to was removed or replaced by another program since
    /// it was started: the changes made since the last full save are then in no file, and only a
    /// full save ([`Store::save`]) keeps them.
    pub fn journal_detached(&self) -> bool {
        self.journal
            .as_ref()
            .is_some_and(JournalWriter::is_detached)
    }

    /// Writes the whole session atomically and starts the journal afresh.
    pub fn save(&mut self, session: &Session) -> Result<()> {
        let bytes = to_json(session).into_bytes();
        write_atomic(&self.path, &bytes)
            .with_context(|| format!("cannot save session {}", self.path.display()))?;
        self.base_sha256 = sha256_hex(&bytes);
        self.unsaved = 0;
        self.lost = 0;
        // A journal left behind (say, by a crash right now) is recognised as already folded in.
        let _ = self.remove_journal();
        Ok(())
    }

    /// Saves what is not yet in the session file, before the reviewer leaves (the lock goes when
    /// the store is dropped).
    ///
    /// When the save fails the journal stays, so the changes it holds are recovered on the next
    /// open; the error says so, or how many changes it could not hold either.
    pub fn close(&mut self, session: &Session) -> Result<()> {
        if self.unsaved > 0 || self.lost > 0 {
            let (lost, journal) = (self.lost, self.journal_path.display().to_string());
            self.save(session).with_context(|| match lost {
                0 => format!(
                    "your changes are kept in {journal} and will be recovered when the session is \
                     next opened"
                ),
                1 => format!("1 change could not be written to {journal} either and is lost"),
                n => format!("{n} changes could not be written to {journal} either and are lost"),
            })?;
        }
        Ok(())
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The journal file beside it.
    pub fn journal_path(&self) -> &Path {
        &self.journal_path
    }

    /// The lock file beside it.
    pub fn lock_path(&self) -> &Path {
        self.lock.path()
    }

    /// Changes recorded in the journal since the last full save.
    pub fn unsaved(&self) -> usize {
        self.unsaved
    }

    /// Changes to reviews that neither the session file nor its journal holds.
    pub fn lost(&self) -> usize {
        self.lost
    }

    fn remove_journal(&mut self) -> Result<()> {
        self.journal = None;
        match std::fs::remove_file(&self.journal_path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(err).with_context(|| format!("cannot remove {}", self.journal_path.display()))
            }
            _ => Ok(()),
        }
    }
}

/// What to do with the journal after opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recovery {
    /// There is none.
    Nothing,
    /// Its changes were applied: save the session, which removes it.
    Fold,
    /// It adds nothing to the session file: remove it.
    Discard,
}

/// Applies what a journal holds to the session it extends; a journal that does not fit is copied
/// aside (never deleted unread) and the reviewer told.
fn recover(
    path: &Path,
    base_sha256: &str,
    session: &mut Session,
    report: &mut OpenReport,
) -> Result<Recovery> {
    let Some(journal) = journal::read(path)? else {
        return Ok(Recovery::Nothing);
    };
    let fit = journal::apply(session, &journal, base_sha256);
    if journal.session_sha256 == base_sha256 && journal.torn_tail {
        report.notices.push(Notice::TornChangeIgnored);
    }
    // The reviewer is told of the reviews recovered; where they were in the list (also
    // journalled, and restored) is no change of theirs to count.
    let reviews = journal.changes[..fit.applied]
        .iter()
        .filter(|change| change.is_durable())
        .count();
    if reviews > 0 {
        report.notices.push(Notice::Recovered { changes: reviews });
    }
    let recovery = if fit.applied > 0 {
        Recovery::Fold
    } else {
        Recovery::Discard
    };
    if let Some(reason) = fit.unfit {
        let moved_to = set_aside(path)?;
        report
            .notices
            .push(Notice::JournalSetAside { moved_to, reason });
    }
    Ok(recovery)
}

/// Copies a journal to an unused name beside it (`….journal.unapplied-<time>`); returns that name.
fn set_aside(journal: &Path) -> Result<PathBuf> {
    let bytes = std::fs::read(journal)
        .with_context(|| format!("cannot read the journal {}", journal.display()))?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut n = 1;
    let aside = loop {
        let mut name = journal.as_os_str().to_owned();
        name.push(format!("{}{stamp}", journal::SET_ASIDE));
        if n > 1 {
            name.push(format!("-{n}"));
        }
        let candidate = PathBuf::from(name);
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    write_atomic(&aside, &bytes)?;
    Ok(aside)
}

/// Removes the half-written saves of the session and its journal that a crashed claimcheck left
/// (only the lock holder writes them, so none can be in use).
fn remove_crash_leftovers(path: &Path) {
    crate::fsutil::remove_crash_leftovers(path);
    crate::fsutil::remove_crash_leftovers(&journal_path(path));
}

/// Refuses a read-only folder up front: the lock, the journal and every save are written there.
fn check_folder(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    let meta = std::fs::metadata(dir).with_context(|| {
        format!(
            "cannot use the folder {} of {}",
            dir.display(),
            path.display()
        )
    })?;
    if meta.permissions().readonly() {
        bail!(
            "the folder {} holding {} is read-only: claimcheck saves every change as it is made, \
             beside the session (make the folder writable, or review a copy elsewhere)",
            dir.display(),
            path.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests;
