//! Orphaned reviews (their claim vanished when the article changed): listed after the claims
//! under their own heading, read-only, with the old text, verdict, note and evidence in the
//! detail pane; filtered and searched like claims; never a stop for "next open claim".

use super::*;
use crate::session::{Review, ReviewedClaim};

/// Five claims, the first verified, and three orphaned reviews: one disputed with a note and
/// evidence, one unclear, one with a note and no verdict (open).
fn app_with_orphans() -> App {
    let mut a = app_with((0..5).map(|i| claim(i, 0, Kind::ALL[i % 5])).collect(), 1);
    press(&mut a, "v");
    let mut session = a.session().clone();
    let orphan =
        |text: &str, verdict: Option<Verdict>, note: &str, evidence: &[&str]| ReviewedClaim {
            claim: Claim {
                id: claim_id(text, 1),
                text: text.into(),
                ..claim(0, 0, Kind::Quantity)
            },
            review: Review {
                verdict,
                note: note.into(),
                evidence: evidence.iter().map(|e| e.to_string()).collect(),
                reviewer: Some("bo".into()),
                reviewed_at: Some("2025-03-04T09:00:00+01:00".into()),
                ..Review::default()
            },
            reviews: Vec::new(),
        };
    session.orphans = vec![
        orphan(
            "Ukraine shot down 120 of the 181 drones.",
            Some(Verdict::Disputed),
            "Air force says 115.",
            &["https://t.me/kpszsu/1"],
        ),
        orphan("The mayor spoke at noon.", Some(Verdict::Unclear), "", &[]),
        orphan("Rescuers worked all night.", None, "ask the rescuers", &[]),
    ];
    let setup = Setup {
        session_name: "test.review.json".into(),
        reviewer: "ana".into(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::MONO,
        size: SIZE,
    };
    App::new(session, vec![Article::Unavailable(String::new())], setup)
}

#[test]
fn orphans_follow_the_claims_under_their_own_heading() {
    let mut a = app_with_orphans();
    assert_eq!((a.claims_in_view(), a.orphans_in_view()), (5, 3));
    let (rows, _) = a.window(20);
    assert_eq!(
        rows[4..],
        [
            Row::Claim(4),
            Row::OrphanHeading,
            Row::Orphan(0),
            Row::Orphan(1),
            Row::Orphan(2)
        ]
    );
    press(&mut a, "G");
    assert_eq!(a.selected(), Some(7));
    // The heading stays at the top, so that the rows are never taken for claims.
    let (rows, selected) = a.window(3);
    assert_eq!(rows, [Row::OrphanHeading, Row::Orphan(1), Row::Orphan(2)]);
    assert_eq!(selected, Some(2));
    let (rows, _) = a.window(4);
    assert_eq!(rows[..2], [Row::OrphanHeading, Row::Orphan(0)]);
    press(&mut a, "k k");
    let text = a.detail_text();
    assert!(text.starts_with("Orphaned: the article changed"), "{text}");
    for expected in [
        "✗ disputed · bo",
        "Ukraine shot down 120 of the 181 drones.",
        "Note: Air force says 115.",
        "  1. https://t.me/kpszsu/1",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(!text.contains('#'), "an orphan has no number: {text}");
}

#[test]
fn orphaned_reviews_are_read_only() {
    let mut a = app_with_orphans();
    press(&mut a, "G");
    for key in ["v", "x", "c", "e", "E"] {
        assert_eq!(press(&mut a, key), Effect::None, "{key}");
        assert_eq!(a.context(), Context::Browse, "{key}");
        assert!(
            a.notice()
                .unwrap()
                .contains("orphaned review is kept as it was"),
            "{key}: {:?}",
            a.notice()
        );
    }
    assert_eq!(a.session().orphans[2].review.verdict, None);
    assert_eq!(a.session().orphans[2].review.note, "ask the rescuers");
}

#[test]
fn marking_the_last_open_claim_does_not_move_to_an_orphan() {
    let mut a = app_with_orphans();
    press(&mut a, "g j j j j");
    assert_eq!(a.selected(), Some(4));
    press(&mut a, "v");
    assert_eq!(a.selected(), Some(1), "wrapped round past the open orphan");
    press(&mut a, "f");
    assert_eq!(
        a.notice(),
        Some("showing 3 claims and 1 orphaned review: open · every kind")
    );
    press(&mut a, "f f");
    assert_eq!(
        a.notice(),
        Some("showing 0 claims and 1 orphaned review: disputed · every kind")
    );
}

#[test]
fn search_finds_orphans_and_the_place_remembers_one() {
    let mut a = app_with_orphans();
    press(&mut a, "/");
    type_text(&mut a, "mayor");
    press(&mut a, "Enter");
    assert_eq!(a.selected(), Some(6));
    assert_eq!(a.notice(), Some("match 1 of 1 for “mayor”"));
    let saved = a.session_for_save().clone();
    let resumed = resume(saved);
    assert_eq!(resumed.selected(), Some(6));
}
