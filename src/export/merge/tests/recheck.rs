//! Merging verdicts given under different speakers, and verdicts flagged to confirm (given before
//! an article edit changed their claim).

use super::*;
use crate::session::Recheck;

/// A reviewer's session whose first claim, a quote now said by the Finance Ministry, they
/// verified: under "Council" before the article changed (`was`), or under the current speaker.
fn quote_by(reviewer: &str, was: Option<&str>) -> Session {
    let session = by(reviewer, [Some(V), None, None, None]);
    let mut claims = session.claims().to_vec();
    claims[0].claim.speaker = Some("Finance Ministry".into());
    if let Some(was) = was {
        claims[0].review.recheck = vec![Recheck {
            what: "speaker".into(),
            was: was.into(),
            now: "Finance Ministry".into(),
        }];
    }
    Session::from_reviewed("test", session.documents.clone(), claims)
}

#[test]
fn verdicts_to_confirm_stay_to_confirm_with_one_reviewer_or_several() {
    // QA round 12 flow, item 1: bo and cy verified #21 under "Council"; dz gave no verdict.
    let dz = by("dz", [None; 4]);
    for others in [
        vec![source("cy.json", quote_by("cy", Some("Council")))],
        vec![source("dz.json", dz)],
    ] {
        let mut sources = vec![source("bo.json", quote_by("bo", Some("Council")))];
        sources.extend(others);
        let merged = merge(&sources).unwrap();
        let quote = &merged.session.claims()[0];
        assert!(!is_conflict(quote), "both judged it under Council");
        assert_eq!(quote.review.verdict, Some(V), "the verdict is kept");
        assert_eq!(quote.review.standing(), None, "but counts as open");
        assert_eq!(
            quote.review.recheck_summary().as_deref(),
            Some("speaker was “Council”, now “Finance Ministry”")
        );
        assert!(merged.conflicts.is_empty());
        // QA round 13 flow, item D: the report said only "Conflicts: none".
        let text = report(&merged, &["bo.json".into(), "other.json".into()]);
        assert!(
            text.contains("Conflicts: none\nVerdicts to confirm: 1 (#1, marked !;"),
            "{text}"
        );
    }
}

#[test]
fn a_verdict_to_confirm_does_not_agree_with_one_under_the_current_speaker() {
    // ana confirmed it under the Finance Ministry; bo and cy had not.
    let merged = merge(&[
        source("ana.json", quote_by("ana", None)),
        source("bo.json", quote_by("bo", Some("Council"))),
        source("cy.json", quote_by("cy", Some("Council"))),
    ])
    .unwrap();
    let quote = &merged.session.claims()[0];
    assert!(speakers_differ(quote) && is_conflict(quote));
    assert_eq!(quote.review, Review::default(), "open until adjudicated");
    assert_eq!(merged.conflicts.len(), 1);
    assert!(merged.conflicts[0].speakers_differ);
    assert_eq!(speaker_judged(quote, &quote.reviews[1]), Some("Council"));
    let report = report(
        &merged,
        &["ana.json".into(), "bo.json".into(), "cy.json".into()],
    );
    assert!(report.contains("speaker: Council (to confirm)"), "{report}");

    // The exports say which reviewer's verdict waits to be confirmed.
    let markdown = crate::export::markdown::render(&merged.session);
    assert!(
        markdown.contains(
            "- bo: ✓ verified (! to confirm: speaker was “Council”, now “Finance Ministry”)"
        ),
        "{markdown}"
    );
    let csv = crate::export::csv::render(&merged.session);
    assert!(
        csv.contains("bo: verified (to confirm: speaker was"),
        "{csv}"
    );
}

#[test]
fn every_output_counts_the_same_conflicts() {
    // QA round 12 flow, item 4: `Conflicts: 9` (with an orphaned one), `8 conflicts` in stats,
    // 7 "conflicting verdicts" in Markdown (not the one under different speakers).
    let mut ana = quote_by("ana", None);
    let mut bo = quote_by("bo", Some("Council"));
    for (session, name, verdicts) in [(&mut ana, "ana", [V, V, V]), (&mut bo, "bo", [V, D, D])] {
        for (k, verdict) in verdicts.into_iter().enumerate().skip(1) {
            session.set_review(k, review_by(Some(verdict), name));
        }
    }
    // Claim 2 (ana ✓, bo ✗) is gone from both articles: a conflict over an orphaned review.
    let merged = merge(&[
        source("ana.json", orphaning(ana, 2)),
        source("bo.json", orphaning(bo, 2)),
    ])
    .unwrap();
    assert_eq!(merged.conflicts.len(), 3);
    let report = report(&merged, &["ana.json".into(), "bo.json".into()]);
    assert!(
        report.contains(
            "Conflicts: 2, and 1 orphaned review of sentences no longer in the article \
             (different verdicts or speakers;"
        ),
        "{report}"
    );
    let stats = crate::export::stats::Conflicts::of(&merged.session).unwrap();
    assert_eq!((stats.total, stats.decided), (2, 0));
    let markdown = crate::export::markdown::render(&merged.session);
    for row in [
        "| Claims with different verdicts | 1 |",
        "| Conflicts (different verdicts or speakers) | 2 |",
        "| Conflicts decided by an adjudicator | 0 |",
    ] {
        assert!(markdown.contains(row), "{row}\n{markdown}");
    }
}

#[test]
fn verdicts_under_different_speakers_are_a_conflict() {
    // QA round 11, item 3: ana ✓ as "the Kremlin", bo ✓ as extracted (or as someone else).
    let with_speaker = |reviewer: &str, speaker: Option<&str>| {
        let mut session = by(reviewer, [Some(V), None, None, None]);
        let mut claims = session.claims().to_vec();
        claims[0].claim.speaker = Some("Dmitry Peskov".into());
        claims[0].review.corrected_speaker = speaker.map(str::to_string);
        session = Session::from_reviewed("test", session.documents.clone(), claims);
        session
    };
    for bo in [None, Some("Maria Zakharova")] {
        let merged = merge(&[
            source("ana.review.json", with_speaker("ana", Some("the Kremlin"))),
            source("bo.review.json", with_speaker("bo", bo)),
        ])
        .unwrap();
        let quote = &merged.session.claims()[0];
        assert!(speakers_differ(quote) && is_conflict(quote));
        assert_eq!(quote.review, Review::default(), "open, no speaker chosen");
        assert_eq!(merged.conflicts.len(), 1);
        assert!(merged.conflicts[0].speakers_differ);
    }
    let merged = merge(&[
        source(
            "ana.review.json",
            with_speaker("ana", Some("Dmitry Peskov")),
        ),
        source("bo.review.json", with_speaker("bo", None)),
    ])
    .unwrap();
    assert!(merged.conflicts.is_empty(), "a correction to the same name");
}
