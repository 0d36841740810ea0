//! The event loop with a real session store on a disk that works, or refuses writes: what is
//! kept on Ctrl-C, and what the message on leaving says is lost or kept.

use std::io::Cursor;
use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use super::*;
use crate::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use crate::review::app::{Article, Clock, Setup};
use crate::review::script::Script;
use crate::review::{Keymap, Theme};
use crate::session::journal::journal_path;
use crate::session::{self, Session};
use crate::testing::{block_journal, block_session};

const ARTICLE: &str =
    "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n";

/// A new session of a small article in a folder of its own, open in a store and on screen.
fn open() -> (tempfile::TempDir, PathBuf, session::Store, App) {
    let dir = tempfile::tempdir().unwrap();
    let extraction = extract_documents(&[Source {
        path: "a.txt",
        text: ARTICLE,
    }]);
    let session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    let path = dir.path().join("a.review.json");
    let (store, _) = session::Store::create(&path, &session).unwrap();
    let setup = Setup {
        session_name: "a.review.json".into(),
        reviewer: "ana".into(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::MONO,
        size: Size::new(100, 30),
    };
    let app = App::new(session, vec![Article::Text(ARTICLE.into())], setup);
    (dir, path, store, app)
}

/// Runs the loop over a key script; returns its outcome and the changes acknowledged.
fn run(app: &mut App, store: &mut session::Store, keys: &str) -> (Result<Outcome>, usize) {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut events = Script::new(Cursor::new(keys.to_string()), "test");
    let mut acknowledged = 0;
    let outcome = run_loop(&mut terminal, app, &mut events, store, &mut |_| {
        acknowledged += 1
    });
    (outcome, acknowledged)
}

#[test]
fn ctrl_c_in_the_note_editor_journals_and_saves_the_note() {
    let (_dir, path, mut store, mut app) = open();
    let (outcome, acknowledged) = run(&mut app, &mut store, "c\ntext Draft typed then\nCtrl-C\n");
    assert_eq!(outcome.unwrap(), Outcome::Saved);
    assert_eq!(
        acknowledged, 1,
        "the note went to the journal like any change"
    );
    let saved = session::load(&path).unwrap();
    assert_eq!(saved.claims()[0].review.note, "Draft typed then");
    assert!(
        app.kept_draft()
            .unwrap()
            .starts_with("the note being typed on #1")
    );
    assert!(
        !journal_path(&path).exists(),
        "folded into the session file"
    );
}

#[test]
fn the_end_of_the_input_keeps_an_evidence_item_being_typed() {
    let (_dir, path, mut store, mut app) = open();
    let (outcome, _) = run(&mut app, &mut store, "j\ne\ntext https://example.org\n");
    assert_eq!(outcome.unwrap(), Outcome::Saved);
    let saved = session::load(&path).unwrap();
    assert_eq!(saved.claims()[1].review.evidence, ["https://example.org"]);
}

#[test]
fn a_disk_refusing_every_write_is_said_to_lose_each_change_never_to_keep_them() {
    let (_dir, path, mut store, mut app) = open();
    block_journal(&path);
    block_session(&path);
    let (outcome, acknowledged) = run(&mut app, &mut store, "d\nu\nc\ntext draft\nCtrl-C\n");
    assert_eq!(acknowledged, 0);
    assert_eq!(app.not_on_disk(), 3, "two verdicts and the note");
    let err = format!("{:#}", outcome.unwrap_err());
    assert!(err.starts_with("could not save"), "{err}");
    assert!(
        err.contains("3 changes could not be written to") && err.contains("either and are lost"),
        "{err}"
    );
    assert!(!err.contains("kept"), "the journal holds nothing: {err}");
}

#[test]
fn a_session_file_that_cannot_be_rewritten_leaves_every_change_in_the_journal() {
    let (_dir, path, mut store, mut app) = open();
    block_session(&path);
    let (outcome, acknowledged) = run(&mut app, &mut store, "d\nu\nCtrl-C\n");
    assert_eq!((acknowledged, app.not_on_disk()), (2, 0));
    let err = format!("{:#}", outcome.unwrap_err());
    assert!(
        err.contains("your changes are kept in") && !err.contains("lost"),
        "{err}"
    );
}
