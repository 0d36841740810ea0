//! QA round 10, item R1: `export`, `stats` and `merge` say when a session's article changed since
//! the session was made, and how many reviewed claims it no longer holds, matched as `review`
//! matches them; they still do their work, and write nothing to the session.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use claimcheck::session::{self, Review, Session, Verdict};
use common::cli::{claimcheck, headless_review};

const ARTICLE: &str = "The bank cut rates by 50 basis points to 3.25 percent on Thursday.\n\
                       Unemployment has risen for four months in a row.\n\
                       Inflation was 2.8% in November, down from 3.4% in October.\n";

/// `dir/c.txt` and a session of it, `dir/NAME.review.json`, with every claim given `verdict` by
/// `reviewer`.
fn session_of(dir: &Path, name: &str, reviewer: &str, verdict: Verdict) -> PathBuf {
    fs::write(dir.join("c.txt"), ARTICLE).unwrap();
    let extraction = extract_documents(&[Source {
        path: "c.txt",
        text: ARTICLE,
    }]);
    let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    for at in 0..session.claims().len() {
        session.set_review(
            at,
            Review {
                verdict: Some(verdict),
                reviewer: Some(reviewer.into()),
                reviewed_at: Some("2025-03-04T10:00:00+01:00".into()),
                ..Review::default()
            },
        );
    }
    let path = dir.join(format!("{name}.review.json"));
    session::save(&session, &path).unwrap();
    path
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_corrected_article_is_named_with_the_reviews_it_no_longer_holds() {
    let dir = tempfile::tempdir().unwrap();
    let ana = session_of(dir.path(), "ana", "ana", Verdict::Disputed);
    let bo = session_of(dir.path(), "bo", "bo", Verdict::Verified);
    let untouched = fs::read(&ana).unwrap();
    let (ana_arg, bo_arg) = (ana.to_str().unwrap(), bo.to_str().unwrap());

    let quiet = claimcheck(&["export", ana_arg, "--format", "json"]);
    assert!(quiet.status.success());
    assert!(
        !stderr(&quiet).contains("has changed"),
        "{}",
        stderr(&quiet)
    );

    fs::write(
        dir.path().join("c.txt"),
        ARTICLE.replace("50 basis points", "40 basis points"),
    )
    .unwrap();
    let expected = format!(
        "claimcheck: warning: c.txt has changed since {ana_arg} was made: 1 reviewed claim is no \
         longer in it; open {ana_arg} in `claimcheck review` to re-match its reviews"
    );
    let merged = dir.path().join("merged.json");
    let runs: [&[&str]; 3] = [
        &["export", ana_arg, "--format", "claimreview"],
        &["stats", ana_arg, bo_arg],
        &[
            "merge",
            ana_arg,
            bo_arg,
            "--output",
            merged.to_str().unwrap(),
        ],
    ];
    for args in runs {
        let output = claimcheck(args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert!(
            !output.stdout.is_empty(),
            "{args:?}: the work is still done"
        );
        let said = stderr(&output);
        assert!(said.lines().any(|l| l == expected), "{args:?}:\n{said}");
        if args[0] != "export" {
            assert!(said.contains(&format!("since {bo_arg} was made")), "{said}");
        }
    }
    assert_eq!(
        fs::read(&ana).unwrap(),
        untouched,
        "the session is not rewritten"
    );
}

/// QA round 11, item 5: the same sentence twice, the first copy deleted.
#[test]
fn deleting_one_copy_of_a_repeated_sentence_keeps_each_review_on_its_own_copy() {
    const REPEATED: &str =
        "The regional governor said 12 people were injured in the strike on Kharkiv.";
    let live = format!(
        "Rescuers reached the building at 10:30, emergency services said.\n\n{REPEATED}\n\n\
         Later the mayor said 3 people were killed.\n\n{REPEATED}\n"
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("live.txt"), &live).unwrap();
    let extraction = extract_documents(&[Source {
        path: "live.txt",
        text: &live,
    }]);
    let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
    let copies: Vec<usize> = (0..session.claims().len())
        .filter(|&at| session.claims()[at].claim.text == REPEATED)
        .collect();
    assert_eq!(copies.len(), 2);
    for (at, verdict) in copies.iter().zip([Verdict::Verified, Verdict::Disputed]) {
        session.set_review(
            *at,
            Review {
                verdict: Some(verdict),
                reviewer: Some("ana".into()),
                ..Review::default()
            },
        );
    }
    let (first_id, second_id) = (
        session.claims()[copies[0]].claim.id.clone(),
        session.claims()[copies[1]].claim.id.clone(),
    );
    assert!(second_id.ends_with("-2"));
    let path = dir.path().join("live.review.json");
    session::save(&session, &path).unwrap();
    fs::write(
        dir.path().join("live.txt"),
        live.replacen(&format!("{REPEATED}\n\n"), "", 1),
    )
    .unwrap();

    let mut child = headless_review(dir.path(), "live.review.json", "ana");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Enter\nq\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));

    let after = session::load(&path).unwrap();
    let survivor = after
        .claims()
        .iter()
        .find(|c| c.claim.text == REPEATED)
        .unwrap();
    assert_eq!(
        survivor.claim.id, first_id,
        "the survivor is now the first copy"
    );
    assert_eq!(
        survivor.review.verdict,
        Some(Verdict::Disputed),
        "its own review"
    );
    assert_eq!(after.orphans.len(), 1);
    assert_eq!(
        after.orphans[0].review.verdict,
        Some(Verdict::Verified),
        "the deleted copy's"
    );
}
