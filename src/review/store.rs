//! Where the review's changes go. The screen only hands over [`Change`]s and its place; how they
//! reach the disk is this one seam, implemented by the session's [`session::Store`]: each change
//! appended to the journal and synced before the next frame, the whole file written atomically on
//! `s` and on quitting.

use std::path::Path;

use anyhow::Result;

use crate::session::{self, Place, Session};

use super::app::Change;

/// Makes a review's changes durable.
pub trait Store {
    /// The session file, for messages.
    fn path(&self) -> &Path;
    /// Makes one change durable; called before the next frame is drawn, so a verdict on screen is
    /// on disk.
    fn persist(&mut self, session: &Session, change: &Change) -> Result<()>;
    /// Remembers where the reviewer is (selected claim, filters), so a resumed review opens there.
    fn place(&mut self, place: &Place) -> Result<()>;
    /// Writes the whole session now.
    fn save(&mut self, session: &Session) -> Result<()>;
    /// The reviewer is leaving: writes whatever is left.
    fn close(&mut self, session: &Session) -> Result<()>;
}

impl From<&Change> for session::Change {
    fn from(change: &Change) -> session::Change {
        match change {
            Change::Review(edit) => session::Change::Edit(edit.clone()),
            Change::Undo(edit) => session::Change::Undo(edit.clone()),
            Change::Redo(edit) => session::Change::Redo(edit.clone()),
        }
    }
}

impl Store for session::Store {
    fn path(&self) -> &Path {
        session::Store::path(self)
    }

    fn persist(&mut self, session: &Session, change: &Change) -> Result<()> {
        // The changes in a journal another program removed are on no disk: all are written now
        // (the session holds this one already), which also starts a new journal.
        if self.journal_detached() {
            return session::Store::save(self, session);
        }
        self.record(&change.into())
    }

    fn place(&mut self, place: &Place) -> Result<()> {
        self.record(&session::Change::Place(place.clone()))
    }

    fn save(&mut self, session: &Session) -> Result<()> {
        session::Store::save(self, session)
    }

    fn close(&mut self, session: &Session) -> Result<()> {
        session::Store::close(self, session)
    }
}
