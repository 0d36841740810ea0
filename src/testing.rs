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
