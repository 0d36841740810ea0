//! Every way a session file can be unusable: one clear error naming the file, the problem and
//! (where it has one) the line and column, and the file left byte for byte as it was.

use std::path::Path;

use claimcheck::claim::sha256_hex;
use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use claimcheck::session::{Session, Store, to_json};

fn good_session_text() -> String {
    let extraction = extract_documents(&[Source {
        path: "article.txt",
        text: "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n",
    }]);
    to_json(&Session::new(
        EXTRACTOR_VERSION,
        extraction.documents,
        extraction.claims,
    ))
}

fn hash(path: &Path) -> String {
    sha256_hex(&std::fs::read(path).unwrap())
}

/// Opens `text` as a session; returns the error message after checking the file was untouched.
fn refused(name: &str, text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let before = hash(&path);
    let err = Store::open(&path).expect_err("must be refused");
    assert_eq!(hash(&path), before, "{name} changed");
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "nothing left beside {name}");
    let message = format!("{err:#}");
    assert!(message.contains(name), "{message}");
    message
}

#[test]
fn truncated() {
    let text = good_session_text();
    let message = refused("cut.review.json", &text[..text.len() * 2 / 3]);
    assert!(message.contains("ends too early"), "{message}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn invalid_json() {
    let text = good_session_text().replacen("\"claims\": [", "\"claims\": [,", 1);
    let message = refused("bad.review.json", &text);
    assert!(message.contains("invalid JSON"), "{message}");
    let line = text
        .lines()
        .position(|l| l.contains("\"claims\": [,"))
        .unwrap()
        + 1;
    assert!(
        message.contains(&format!("line {line}, column")),
        "{message}"
    );
}

#[test]
fn empty_file() {
    let message = refused("empty.review.json", "");
    assert!(message.contains("ends too early"), "{message}");
}

#[test]
fn another_format() {
    let text = good_session_text().replace("claimcheck-session", "some-other-tool");
    let message = refused("other.json", &text);
    assert!(message.contains("not a claimcheck session"), "{message}");
    assert!(message.contains("some-other-tool"), "{message}");
}

#[test]
fn a_newer_version() {
    let text = good_session_text().replace("\"version\": 1", "\"version\": 99");
    let message = refused("new.review.json", &text);
    assert!(message.contains("version 99, newer"), "{message}");
    assert!(message.contains("upgrade claimcheck"), "{message}");
}

#[test]
fn duplicate_ids() {
    let text = good_session_text();
    let session = claimcheck::session::parse(&text).unwrap();
    let [a, b, ..] = session.claims() else {
        panic!()
    };
    let text = text.replace(&b.claim.id, &a.claim.id);
    let message = refused("dup.review.json", &text);
    assert!(message.contains("appears twice"), "{message}");
    assert!(message.contains(&a.claim.id), "{message}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn a_missing_key() {
    let text = good_session_text().replacen("      \"kind\": \"quantity\",\n", "", 1);
    let message = refused("nokind.review.json", &text);
    assert!(message.contains("missing field `kind`"), "{message}");
    let text = good_session_text().replacen("\"verdict\": null,", "", 1);
    let message = refused("noverdict.review.json", &text);
    assert!(message.contains("has no \"verdict\""), "{message}");
}

#[test]
fn a_wrong_value_points_at_its_line() {
    let text = good_session_text().replacen("\"verdict\": null", "\"verdict\": \"true\"", 1);
    let line = text
        .lines()
        .position(|l| l.contains("\"verdict\": \"true\""))
        .unwrap()
        + 1;
    let message = refused("value.review.json", &text);
    assert!(message.contains("unknown variant `true`"), "{message}");
    assert!(
        message.contains(&format!("line {line}, column")),
        "{message}"
    );
}

#[test]
fn not_utf8() {
    let mut text = good_session_text();
    text = text.replacen(
        "Russia fired 181 drones.",
        "Russia fired 181 drones\u{FFFD}",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.review.json");
    let bytes = text.replacen('\u{FFFD}', "\u{1}", 1).into_bytes();
    let bytes: Vec<u8> = bytes
        .into_iter()
        .map(|b| if b == 1 { 0xE9 } else { b })
        .collect();
    std::fs::write(&path, &bytes).unwrap();
    let err = format!("{:#}", Store::open(&path).unwrap_err());
    assert!(
        err.contains("latin1.review.json") && err.contains("line "),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = format!(
        "{:#}",
        Store::open(&dir.path().join("nope.review.json")).unwrap_err()
    );
    assert!(
        err.contains("nope.review.json") && err.contains("No such file"),
        "{err}"
    );
}

#[test]
fn read_only_file_and_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.review.json");
    std::fs::write(&path, good_session_text()).unwrap();
    let before = hash(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let err = format!("{:#}", Store::open(&path).unwrap_err());
    assert!(err.contains("ro.review.json is read-only"), "{err}");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let err = Store::open(&path).map(|_| ()).unwrap_err();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let err = format!("{err:#}");
    assert!(
        err.contains("is read-only") && err.contains("ro.review.json"),
        "{err}"
    );
    assert_eq!(hash(&path), before);
}

#[test]
fn a_claim_of_no_document() {
    let text = good_session_text().replacen("\"doc\": 0,", "\"doc\": 5,", 1);
    let message = refused("baddoc.review.json", &text);
    assert!(message.contains("(claims[0]) has \"doc\": 5"), "{message}");
    assert!(message.contains("the session has 1 document"), "{message}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn offsets_that_do_not_span_the_claim() {
    let text = good_session_text().replacen("\"start\": 0,", "\"start\": 99999,", 1);
    let message = refused("badoffset.review.json", &text);
    assert!(
        message.contains("(claims[0]) has \"start\": 99999 after"),
        "{message}"
    );
    let text = good_session_text().replacen("\"end\": 24,", "\"end\": 99999,", 1);
    let message = refused("badend.review.json", &text);
    assert!(
        message.contains("(claims[0]) spans bytes 0..99999"),
        "{message}"
    );
}

#[test]
fn a_claim_beyond_its_unchanged_article() {
    // Offsets shifted together keep the text's length: only the article shows they are wrong.
    let dir = tempfile::tempdir().unwrap();
    let article =
        "Russia fired 181 drones.\nUkraine shot down 115 drones.\n3 people were injured.\n";
    std::fs::write(dir.path().join("article.txt"), article).unwrap();
    let text = good_session_text().replacen(
        "\"start\": 0,\n      \"end\": 24,",
        "\"start\": 99999,\n      \"end\": 100023,",
        1,
    );
    assert!(text.contains("100023"), "the fixture's first claim moved");
    let path = dir.path().join("moved.review.json");
    std::fs::write(&path, &text).unwrap();
    let message = format!("{:#}", Store::open(&path).map(|_| ()).unwrap_err());
    assert!(message.contains("moved.review.json"), "{message}");
    assert!(
        message.contains(" is not at bytes 99999..100023 of article.txt"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(
        files.len(),
        2,
        "nothing left beside the session and its article"
    );
}
