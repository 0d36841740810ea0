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
    app_of(session)
}

/// The screen on `session`, its article unavailable.
fn app_of(session: Session) -> App {
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

/// QA round 10, item R2: a copy edit ("today" added) orphaned the review of claim #4.
fn app_with_a_copy_edit() -> App {
    let mut session = app_with_orphans().session().clone();
    let mut edited = session.orphans[0].clone();
    edited.claim.text = "Claim number 3 says something checkable today.".into();
    edited.claim.id = claim_id(&edited.claim.text, 1);
    session.orphans.insert(0, edited);
    app_of(session)
}

#[test]
fn an_orphan_is_reattached_to_the_claim_most_like_it_and_undo_takes_it_back() {
    let mut a = app_with_a_copy_edit();
    let orphans = a.session().orphans.len();
    let review = a.session().orphans[0].review.clone();
    // The list: five claims, the heading, then the orphans (the copy edit first).
    press(&mut a, "G k k k");
    assert_eq!(a.selected(), Some(5));
    let text = a.detail_text();
    assert!(
        text.contains("Probably: #4 “Claim number 3 says som…” (r re-attaches the review to it)"),
        "{text}"
    );
    assert!(
        text.contains("(r re-attaches it to the claim most like"),
        "{text}"
    );

    press(&mut a, "r");
    assert_eq!(a.context(), Context::Reattach);
    let question = a.reattach_question().join("\n");
    for expected in [
        "The review: ✗ disputed · bo · a note · 1 evidence item",
        "was on: “Claim number 3 says something checkable today.”",
        "Put it on #4: “Claim number 3 says something checkable.”",
        "Same figures; 92 % of the words in common.",
    ] {
        assert!(question.contains(expected), "{expected:?} in {question}");
    }
    press(&mut a, "n");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(a.session().orphans.len(), orphans);
    assert_eq!(
        a.notice(),
        Some("not re-attached: the review stays an orphan")
    );

    let effect = press(&mut a, "r y");
    let Effect::Persist(change) = effect else {
        panic!("a re-attachment must be persisted: {effect:?}");
    };
    assert!(change.edit().orphan.is_some());
    assert_eq!(a.session().claims()[3].review, review);
    assert_eq!(a.session().orphans.len(), orphans - 1);
    assert_eq!(a.selected(), Some(3));
    assert_eq!(
        a.notice(),
        Some(
            "re-attached the review (✗ disputed · bo · a note · 1 evidence item) to #4 “Claim \
             number 3 says som…”; z undoes it"
        )
    );
    press(&mut a, "f f f");
    assert_eq!(a.filters().0, VerdictFilter::Disputed);
    assert_eq!((a.claims_in_view(), a.orphans_in_view()), (1, 1));
    press(&mut a, "f f");

    press(&mut a, "z");
    assert!(a.session().claims()[3].review.is_empty());
    assert_eq!(a.session().orphans.len(), orphans);
    assert_eq!(
        a.notice(),
        Some("undone: the review is an orphan again, and #4 “Claim number 3 says som…” has none")
    );
    assert_eq!(a.orphans_in_view(), orphans);
    press(&mut a, "Z");
    assert_eq!(a.session().claims()[3].review, review);
    assert_eq!(a.orphans_in_view(), orphans - 1);
}

#[test]
fn reattaching_says_why_not_on_a_claim_or_an_orphan_like_no_claim() {
    let mut a = app_with_a_copy_edit();
    press(&mut a, "g r");
    assert_eq!(a.context(), Context::Browse);
    assert!(
        a.notice()
            .unwrap()
            .starts_with("r re-attaches an orphaned review: select one"),
        "{:?}",
        a.notice()
    );
    press(&mut a, "G r");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(
        a.notice(),
        Some(
            "no claim without a review of its own is like “Rescuers worked all night.”: nothing to re-attach it to"
        )
    );
    assert!(!a.detail_text().contains("Probably:"));
}
