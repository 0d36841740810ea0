//! What several modules' unit tests read.

/// The bundled articles: the sample, the news articles (`tests/fixtures/news/`) and the QA
/// tester's pastes (`tests/fixtures/qa/`), as paths.
pub(crate) fn article_paths() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut paths = vec![format!("{root}/data/odesa-drone-strike.txt")];
    for dir in ["tests/fixtures/news", "tests/fixtures/qa"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path.display().to_string());
            }
        }
    }
    paths
}

/// Puts a folder where a session's journal goes, so that no change can be written to it (a disk
/// that refuses writes, even to root, who ignores permissions).
pub(crate) fn block_journal(path: &std::path::Path) {
    std::fs::create_dir(crate::session::journal::journal_path(path)).unwrap();
}

/// Puts a folder with a file in it where the session file is, so that no save can replace it.
pub(crate) fn block_session(path: &std::path::Path) {
    std::fs::remove_file(path).unwrap();
    std::fs::create_dir(path).unwrap();
    std::fs::write(path.join("in-the-way"), "").unwrap();
}
