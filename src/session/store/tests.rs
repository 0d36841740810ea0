use super::*;
use crate::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use crate::session::lock::{SessionInUse, lock_path};
use crate::session::{Review, Verdict};
use crate::testing::{block_journal, block_session};

const ARTICLE: &str =
    "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n";

/// A folder with an article and a fresh session made from it.
fn setup() -> (tempfile::TempDir, PathBuf, Session) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let extraction = extract_documents(&[Source {
        path: "a.txt",
        text: ARTICLE,
    }]);
    let session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    let path = dir.path().join("a.review.json");
    (dir, path, session)
}

fn verdict(v: Verdict) -> Review {
    Review {
        verdict: Some(v),
        ..Review::default()
    }
}

fn mark(store: &mut Store, session: &mut Session, at: usize, v: Verdict) {
    let edit = session.set_review(at, verdict(v)).unwrap();
    store.record(&Change::Edit(edit)).unwrap();
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_new_session_opens_again_unchanged_and_untouched() {
    let (_dir, path, session) = setup();
    let (mut store, report) = Store::create(&path, &session).unwrap();
    assert!(report.notices.is_empty());
    assert!(
        Store::create(&path, &session).is_err(),
        "locked and existing"
    );
    store.close(&session).unwrap();
    drop(store);
    let bytes = read(&path);
    let mut opened = Store::open(&path).unwrap();
    assert_eq!(opened.session, session);
    assert!(opened.report.notices.is_empty(), "{:?}", opened.report);
    opened.store.close(&opened.session).unwrap();
    drop(opened);
    assert_eq!(
        read(&path),
        bytes,
        "opening and closing without a change writes nothing"
    );
    assert!(!lock_path(&path).exists() && !journal_path(&path).exists());
}

#[test]
fn changes_go_to_the_journal_and_close_folds_them_in() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    let saved = read(&path);
    mark(&mut store, &mut session, 0, Verdict::Verified);
    assert_eq!(read(&path), saved, "a verdict does not rewrite the session");
    assert!(store.journal_path().exists());
    assert_eq!(store.unsaved(), 1);
    store.close(&session).unwrap();
    assert!(!journal_path(&path).exists());
    assert_eq!(crate::session::load(&path).unwrap(), session);
}

#[test]
fn a_crash_after_only_moving_restores_the_place_without_a_recovery_notice() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    session.place.selected = Some(session.claims()[1].claim.id.clone());
    store.record(&Change::Place(session.place.clone())).unwrap();
    drop(store);

    let opened = Store::open(&path).unwrap();
    assert_eq!(opened.session.place, session.place, "the place is restored");
    assert_eq!(opened.report.notices, [], "no review was recovered");
    assert!(!journal_path(&path).exists());
}

#[test]
fn a_crash_loses_nothing_acknowledged_and_keeps_undo_history() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    mark(&mut store, &mut session, 1, Verdict::Disputed);
    let undone = session.undo().unwrap();
    store.record(&Change::Undo(undone)).unwrap();
    session.place.selected = Some(session.claims()[2].claim.id.clone());
    store.record(&Change::Place(session.place.clone())).unwrap();
    // The process dies: no close; the lock goes with it.
    drop(store);

    assert_eq!(
        crate::session::load(&path).unwrap(),
        session,
        "load sees the journal"
    );
    let opened = Store::open(&path).unwrap();
    assert_eq!(opened.session, session);
    assert_eq!(
        opened.report.notices,
        [Notice::Recovered { changes: 3 }],
        "two verdicts and an undo; the move is restored but is no change to count"
    );
    assert!(
        !journal_path(&path).exists(),
        "folded into the session on open"
    );
    let mut resumed = opened.session;
    assert!(
        resumed.redo().is_some(),
        "the undone edit can be redone after a restart"
    );
    assert_eq!(resumed.tally().disputed, 1);
}

#[test]
fn a_torn_last_change_is_ignored_and_the_rest_kept() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    drop(store);
    let mut journal = read(&journal_path(&path));
    journal.extend_from_slice(b"{\"op\":\"edit\",\"claim\":\"c");
    std::fs::write(journal_path(&path), journal).unwrap();

    let opened = Store::open(&path).unwrap();
    assert_eq!(opened.session, session);
    assert!(opened.report.notices.contains(&Notice::TornChangeIgnored));
    assert!(!opened.report.has_warnings());
}

#[test]
fn a_journal_already_folded_in_is_not_applied_twice() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    let undone = session.undo().unwrap();
    store.record(&Change::Undo(undone)).unwrap();
    mark(&mut store, &mut session, 1, Verdict::Unclear);
    let journal = read(store.journal_path());
    store.save(&session).unwrap();
    // A crash between the save and the removal of the journal.
    std::fs::write(journal_path(&path), journal).unwrap();
    drop(store);

    let opened = Store::open(&path).unwrap();
    assert_eq!(opened.session, session);
    assert!(opened.report.notices.is_empty(), "{:?}", opened.report);
    assert!(!journal_path(&path).exists());
}

#[test]
fn a_journal_for_another_version_of_the_file_is_kept_aside() {
    let (dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    let original = session.clone();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    drop(store);
    // The session file is replaced by another version (say, from git) holding other work.
    let mut other = original.clone();
    other.set_review(2, verdict(Verdict::Disputed));
    crate::session::save(&other, &path).unwrap();

    let opened = Store::open(&path).unwrap();
    assert_eq!(opened.session, other);
    let [Notice::JournalSetAside { moved_to, .. }] = opened.report.notices.as_slice() else {
        panic!("{:?}", opened.report);
    };
    assert!(moved_to.starts_with(dir.path()) && moved_to.exists());
    assert!(
        String::from_utf8(read(moved_to))
            .unwrap()
            .contains("\"verified\"")
    );
    assert!(opened.report.has_warnings());
}

#[test]
fn a_second_open_is_refused_while_the_first_holds_the_session() {
    let (_dir, path, session) = setup();
    let (store, _) = Store::create(&path, &session).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(err.downcast_ref::<SessionInUse>().is_some(), "{err:#}");
    drop(store);
    Store::open(&path).unwrap();
}

#[test]
fn a_crashed_holder_is_taken_over_and_reported() {
    let (_dir, path, session) = setup();
    Store::create(&path, &session)
        .unwrap()
        .0
        .close(&session)
        .unwrap();
    std::fs::write(
        lock_path(&path),
        r#"{"pid":4242,"host":"gone","since":"2025-01-01T00:00:00Z"}"#,
    )
    .unwrap();
    let opened = Store::open(&path).unwrap();
    assert!(matches!(
        opened.report.notices.as_slice(),
        [Notice::LockTakenOver(holder)] if holder.pid == 4242
    ));
}

#[test]
fn bad_files_are_refused_and_left_exactly_as_they_were() {
    let (_dir, path, session) = setup();
    crate::session::save(&session, &path).unwrap();
    let good = String::from_utf8(read(&path)).unwrap();
    let cases = [
        good[..good.len() / 3].to_string(),
        good.replacen('{', "{,", 1),
        good.replace("claimcheck-session", "other-tool"),
        good.replace("\"version\": 1", "\"version\": 2"),
        good.replace(&session.claims()[1].claim.id, &session.claims()[0].claim.id),
        good.replace("\"extractor\"", "\"extracted_by\""),
    ];
    let journal = b"{\"journal\":\"claimcheck-journal\",\"version\":1,\"session_sha256\":\"x\"}\n";
    for bad in cases {
        std::fs::write(&path, &bad).unwrap();
        std::fs::write(journal_path(&path), journal).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert!(format!("{err:#}").contains("a.review.json"), "{err:#}");
        assert_eq!(read(&path), bad.as_bytes());
        assert_eq!(
            read(&journal_path(&path)),
            journal,
            "the journal is left too"
        );
        assert!(!lock_path(&path).exists());
    }
}

#[test]
fn read_only_file_or_folder_is_refused_at_open() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, session) = setup();
    crate::session::save(&session, &path).unwrap();
    let bytes = read(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let err = format!("{:#}", Store::open(&path).unwrap_err());
    assert!(err.contains("a.review.json is read-only"), "{err}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();

    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let err = format!("{:#}", Store::open(&path).unwrap_err());
    let create = Store::create(&dir.path().join("new.review.json"), &session).map(|_| ());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(err.contains("is read-only"), "{err}");
    assert!(format!("{:#}", create.unwrap_err()).contains("is read-only"));
    assert_eq!(read(&path), bytes);
}

#[test]
fn a_changed_article_is_extracted_again_on_open_and_saved() {
    let (dir, path, mut session) = setup();
    session.set_review(1, verdict(Verdict::Disputed));
    Store::create(&path, &session)
        .unwrap()
        .0
        .close(&session)
        .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Russia fired 181 drones.\n3 people were injured.\n",
    )
    .unwrap();
    let opened = Store::open(&path).unwrap();
    assert!(matches!(
        opened.report.notices.as_slice(),
        [Notice::Reextracted(r)] if r.orphaned.len() == 1
    ));
    let on_disk = crate::session::load(&path).unwrap();
    assert_eq!(
        on_disk, opened.session,
        "the re-extraction is saved at once"
    );
    assert_eq!(on_disk.orphans[0].review.verdict, Some(Verdict::Disputed));
}

#[test]
fn a_session_folder_is_not_a_session() {
    let (dir, _path, _session) = setup();
    let err = format!("{:#}", Store::open(dir.path()).unwrap_err());
    assert!(err.contains("it is a folder"), "{err}");
}

#[test]
fn a_linked_session_is_saved_through_the_link() {
    let (dir, path, mut session) = setup();
    Store::create(&path, &session)
        .unwrap()
        .0
        .close(&session)
        .unwrap();
    let link = dir.path().join("link.review.json");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let mut opened = Store::open(&link).unwrap();
    assert_eq!(opened.store.journal_path(), journal_path(&path).as_path());
    mark(&mut opened.store, &mut session, 0, Verdict::Verified);
    opened.store.save(&session).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(crate::session::load(&path).unwrap().tally().verified, 1);
}

#[test]
fn changes_the_journal_refused_are_counted_and_saved_on_close() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    block_journal(&path);
    for at in [0, 1] {
        let edit = session.set_review(at, verdict(Verdict::Disputed)).unwrap();
        assert!(store.record(&Change::Edit(edit)).is_err());
    }
    let place = Change::Place(crate::session::Place::default());
    assert!(store.record(&place).is_err());
    assert_eq!(
        (store.unsaved(), store.lost()),
        (0, 2),
        "a place is no change"
    );
    // Nothing reached the journal, yet closing must write what the screen showed.
    store.close(&session).unwrap();
    assert_eq!(store.lost(), 0);
    std::fs::remove_dir(journal_path(&path)).unwrap();
    assert_eq!(crate::session::load(&path).unwrap().tally().disputed, 2);
}

#[test]
fn a_failed_close_says_what_the_journal_holds_and_what_is_lost() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    block_session(&path);
    let err = format!("{:#}", store.close(&session).unwrap_err());
    assert!(
        err.contains("your changes are kept in") && err.contains(".journal"),
        "{err}"
    );

    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    block_journal(&path);
    for at in [0, 1] {
        let edit = session.set_review(at, verdict(Verdict::Unclear)).unwrap();
        assert!(store.record(&Change::Edit(edit)).is_err());
    }
    block_session(&path);
    let err = format!("{:#}", store.close(&session).unwrap_err());
    assert!(!err.contains("kept"), "the journal holds nothing: {err}");
    assert!(
        err.starts_with("2 changes could not be written to") && err.contains("either and are lost"),
        "{err}"
    );
    assert_eq!(store.lost(), 2, "still lost after the failed save");
}

#[test]
fn a_journal_removed_or_replaced_by_another_program_is_noticed() {
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    assert!(!store.journal_detached(), "no journal yet");
    mark(&mut store, &mut session, 0, Verdict::Verified);
    assert!(!store.journal_detached());
    std::fs::remove_file(journal_path(&path)).unwrap();
    assert!(store.journal_detached(), "removed");
    store.save(&session).unwrap();
    assert!(!store.journal_detached(), "a full save starts afresh");
    mark(&mut store, &mut session, 1, Verdict::Disputed);
    let other = path.with_extension("other");
    std::fs::write(&other, b"someone else's file\n").unwrap();
    std::fs::rename(&other, journal_path(&path)).unwrap();
    assert!(store.journal_detached(), "replaced");
    store.save(&session).unwrap();
    mark(&mut store, &mut session, 2, Verdict::Unclear);
    std::fs::write(journal_path(&path), b"overwritten in place\n").unwrap();
    assert!(store.journal_detached(), "written over");
}

#[test]
fn a_review_whose_journal_was_removed_saves_the_whole_session() {
    use crate::review::store::Store as _;
    let (_dir, path, mut session) = setup();
    let (mut store, _) = Store::create(&path, &session).unwrap();
    mark(&mut store, &mut session, 0, Verdict::Verified);
    std::fs::remove_file(journal_path(&path)).unwrap();
    let edit = session.set_review(1, verdict(Verdict::Disputed)).unwrap();
    let change = crate::review::app::Change::Review(edit);
    store.persist(&session, &change).unwrap();
    assert_eq!(store.unsaved(), 0, "saved, not journalled");
    let saved = crate::session::load(&path).unwrap().tally();
    assert_eq!(
        (saved.verified, saved.disputed),
        (1, 1),
        "the change before the removal too"
    );
}
