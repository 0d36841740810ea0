//! Where the review's changes go. The screen only hands over [`Change`]s; how they reach the disk
//! is this one seam. [`WholeFile`] rewrites the session atomically after every change; the
//! sessions work replaces it with a journal, a lock and resume details behind the same trait.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::session::{self, Session};

use super::app::Change;

/// Makes a review's changes durable.
pub trait Store {
    /// The session file, for messages.
    fn path(&self) -> &Path;
    /// Makes one change durable; called before the next frame is drawn, so a verdict on screen is
    /// on disk.
    fn persist(&mut self, session: &Session, change: &Change) -> Result<()>;
    /// The reviewer is leaving: writes whatever is left (the place in the list).
    fn close(&mut self, session: &Session) -> Result<()>;
}

/// Rewrites the whole session file atomically on every change.
#[derive(Debug, Clone)]
pub struct WholeFile {
    path: PathBuf,
}

impl WholeFile {
    /// A store writing `path`.
    pub fn new(path: impl Into<PathBuf>) -> WholeFile {
        WholeFile { path: path.into() }
    }
}

impl Store for WholeFile {
    fn path(&self) -> &Path {
        &self.path
    }

    fn persist(&mut self, session: &Session, _change: &Change) -> Result<()> {
        session::save(session, &self.path)
    }

    fn close(&mut self, session: &Session) -> Result<()> {
        session::save(session, &self.path)
    }
}
