//! What `claimcheck extract --format json` reads from an article's header: the title past the
//! page's navigation, the publication date (`published`, ISO 8601) and the address (`url`).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// The first document of `claimcheck extract ARGS --format json`, with `stdin` piped in.
fn document(args: &[&str], stdin: &str) -> Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("extract")
        .args(args)
        .args(["--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    json["documents"][0].clone()
}

#[test]
fn a_pasted_page_gives_its_headline_and_publication_date() {
    let doc = document(&["tests/fixtures/qa/kharkiv-paste.txt"], "");
    assert_eq!(
        doc["title"],
        "Missile strike on Kharkiv kills 14, officials say"
    );
    assert_eq!(doc["published"], "2025-03-12");
    assert!(doc.get("url").is_none(), "no address in that page: {doc}");
}

#[test]
fn an_updated_line_or_a_dateline_dates_the_article() {
    let doc = document(&["tests/fixtures/qa/furniture.txt"], "");
    assert_eq!(doc["title"], "Quake kills 12 in northern Italy");
    assert_eq!(doc["published"], "2016-08-24");
    let doc = document(&["tests/fixtures/news/yunnan-quake.txt"], "");
    assert_eq!(doc["published"], "2014-08-03");
    let doc = document(&["tests/fixtures/news/samara-drone-attack.txt"], "");
    assert_eq!(doc["published"], "2025-09-20");
}

#[test]
fn an_address_line_gives_the_url() {
    let article = "Floods kill 95 in Spain\n\
                   https://news.example/europe/valencia-floods\n\
                   Posted 2024-10-31T08:00:00Z\n\n\
                   Spanish authorities said on Thursday that at least 95 people had died in the \
                   floods, up from 62 on Wednesday.\n";
    let doc = document(&["-"], article);
    assert_eq!(doc["title"], "Floods kill 95 in Spain");
    assert_eq!(doc["url"], "https://news.example/europe/valencia-floods");
    assert_eq!(doc["published"], "2024-10-31");
}

#[test]
fn an_article_without_a_header_has_neither() {
    let doc = document(&["data/odesa-drone-strike.txt"], "");
    assert_eq!(doc["title"], "odesa-drone-strike");
    assert!(doc.get("published").is_none() && doc.get("url").is_none());
}

#[test]
fn claimreview_export_names_the_article_from_its_header() {
    use claimcheck::export::{self, Format, Options};
    use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
    use claimcheck::session::model::{Review, Session, Verdict};

    let text = "Floods kill 95 in Spain\n\
                https://news.example/europe/valencia-floods\n\
                Published 31 October 2024\n\n\
                Spanish authorities said on Thursday that at least 95 people had died in the \
                floods, up from 62 on Wednesday.\n";
    let extraction = extract_documents(&[Source {
        path: "floods.txt",
        text,
    }]);
    let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    let review = Review {
        verdict: Some(Verdict::Verified),
        reviewer: Some("ana".to_string()),
        reviewed_at: Some("2024-11-01T10:00:00Z".to_string()),
        ..Review::default()
    };
    session.set_review(0, review);
    let out = export::render(&session, Format::ClaimReview, &Options::default());
    let reviews: Value = serde_json::from_str(&out.text).expect("JSON-LD");
    let item = &reviews[0]["itemReviewed"];
    assert_eq!(item["datePublished"], "2024-10-31", "{item}");
    assert_eq!(
        item["appearance"]["url"],
        "https://news.example/europe/valencia-floods"
    );
    assert_eq!(item["appearance"]["headline"], "Floods kill 95 in Spain");
}
