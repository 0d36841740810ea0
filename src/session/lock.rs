//! One claimcheck per session: a lock file beside the session (`NAME.review.json.lock`).
//!
//! The lock is an operating-system file lock (`File::try_lock`), which the system releases when
//! the holding process ends however it ends, so a lock left by a crashed claimcheck is simply free
//! and is taken over. The file's text (process id, host, since when) exists only to tell the
//! reviewer who holds it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// Who holds (or held) a session's lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// Process id.
    pub pid: u32,
    /// Host name of the machine it runs on.
    pub host: String,
    /// When it took the lock (RFC 3339).
    pub since: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "process {} on {}, since {}",
            self.pid, self.host, self.since
        )
    }
}

/// The error when another claimcheck has the session open; callers may downcast to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInUse {
    /// The session file.
    pub session: PathBuf,
    /// Who holds it, when the lock file says.
    pub holder: Option<Holder>,
}

impl std::fmt::Display for SessionInUse {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{} is open in another claimcheck",
            self.session.display()
        )?;
        if let Some(holder) = &self.holder {
            write!(f, " ({holder})")?;
        }
        f.write_str(": finish there first; two reviewers on one file would overwrite each other")
    }
}

impl std::error::Error for SessionInUse {}

/// The lock file of a session.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// A held lock; dropping it removes the lock file and releases the lock.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
    taken_over: Option<Holder>,
}

impl Lock {
    /// Takes the lock of a session, or fails with [`SessionInUse`] when another process holds it.
    pub fn acquire(session: &Path) -> Result<Lock> {
        let path = lock_path(session);
        // Another claimcheck may remove the file between our open and our lock; then the lock we
        // got is on a file nobody else sees, and we start over. A few rounds always suffice.
        for _ in 0..16 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .with_context(|| {
                    format!(
                        "cannot create the lock file {} beside the session (is the folder writable?)",
                        path.display()
                    )
                })?;
            match try_lock_patiently(&file) {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(SessionInUse {
                        session: session.to_path_buf(),
                        holder: read_holder(&mut file),
                    }
                    .into());
                }
                Err(TryLockError::Error(err)) => {
                    return Err(err).with_context(|| format!("cannot lock {}", path.display()));
                }
            }
            if !still_named(&file, &path) {
                continue;
            }
            // Text left in a lock we could take was written by a claimcheck that has ended
            // without cleaning up (a crash, a kill, a power cut).
            let taken_over = read_holder(&mut file);
            let holder = Holder {
                pid: std::process::id(),
                host: host_name(),
                since: super::reviewer::now(),
            };
            let text = serde_json::to_string(&holder).expect("a holder serialises");
            file.set_len(0)
                .and_then(|()| file.rewind())
                .and_then(|()| file.write_all(text.as_bytes()))
                .with_context(|| format!("cannot write the lock file {}", path.display()))?;
            return Ok(Lock {
                file,
                path,
                taken_over,
            });
        }
        anyhow::bail!(
            "cannot lock {}: its lock file keeps changing",
            session.display()
        )
    }

    /// The holder of a lock that was left behind by a claimcheck that has ended, when there was one.
    pub fn taken_over(&self) -> Option<&Holder> {
        self.taken_over.as_ref()
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so that nobody can lock this file after we let it go; a
        // process that opened it before the removal sees that it is no longer named and retries.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Who holds a session's lock right now, if anyone; changes nothing on disk.
pub fn holder(session: &Path) -> Option<Option<Holder>> {
    let mut file = File::open(lock_path(session)).ok()?;
    match file.try_lock_shared() {
        Ok(()) => None,
        Err(TryLockError::WouldBlock) => Some(read_holder(&mut file)),
        Err(TryLockError::Error(_)) => None,
    }
}

/// Tries the lock a few times over some milliseconds: a session list may be looking at the lock
/// (a shared lock held for an instant) just as this claimcheck starts.
fn try_lock_patiently(file: &File) -> Result<(), TryLockError> {
    for _ in 0..5 {
        match file.try_lock() {
            Err(TryLockError::WouldBlock) => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            done => return done,
        }
    }
    file.try_lock()
}

fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}

#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_named(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// This machine's name, for the lock message.
fn host_name() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .chain(std::env::var("HOSTNAME").ok())
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "this machine".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_with_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.review.json");
        let first = Lock::acquire(&session).unwrap();
        assert!(first.taken_over().is_none());
        let err = Lock::acquire(&session).unwrap_err();
        let in_use = err.downcast_ref::<SessionInUse>().expect("typed error");
        let holder = in_use.holder.as_ref().expect("holder recorded");
        assert_eq!(holder.pid, std::process::id());
        let message = err.to_string();
        assert!(
            message.contains("a.review.json is open in another claimcheck"),
            "{message}"
        );
        assert!(
            message.contains(&format!("process {}", std::process::id())),
            "{message}"
        );
        assert_eq!(super::holder(&session), Some(Some(holder.clone())));
        drop(first);
        assert!(
            !lock_path(&session).exists(),
            "lock file removed on release"
        );
        assert_eq!(super::holder(&session), None);
        Lock::acquire(&session).unwrap();
    }

    #[test]
    fn a_lock_left_by_an_ended_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.review.json");
        let stale = Holder {
            pid: 999_999,
            host: "elsewhere".into(),
            since: "2025-01-01T00:00:00Z".into(),
        };
        std::fs::write(lock_path(&session), serde_json::to_string(&stale).unwrap()).unwrap();
        assert_eq!(
            super::holder(&session),
            None,
            "an unlocked file is not a holder"
        );
        let lock = Lock::acquire(&session).unwrap();
        assert_eq!(lock.taken_over(), Some(&stale));
        let now: Holder =
            serde_json::from_str(&std::fs::read_to_string(lock.path()).unwrap()).unwrap();
        assert_eq!(now.pid, std::process::id());
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_lock_file() {
        let err = Lock::acquire(Path::new("/nonexistent-folder/a.review.json")).unwrap_err();
        assert!(format!("{err:#}").contains("a.review.json.lock"), "{err:#}");
    }
}
