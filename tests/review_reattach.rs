//! QA round 10, item R2: an orphaned review put back on the edited sentence from the keyboard,
//! seen on the screen: "Probably: #8 …" in the detail pane, the question with both texts, and
//! the claim's verdict afterwards.

mod review_fixture;

use ratatui::layout::Size;

use claimcheck::claim::claim_id;
use claimcheck::review::{App, Article, Theme};
use claimcheck::session::{Review, ReviewedClaim, Session, Verdict};

use review_fixture::*;

/// The sample session after a copy edit cut "of them" from the end of the drones claim (#8): its
/// review is an orphan.
fn odesa_after_a_copy_edit() -> App {
    let document = document("data/odesa-drone-strike.txt", ARTICLE, ODESA_TITLE);
    let mut session = Session::new("test", vec![document], odesa_claims(ARTICLE, 0));
    let before = "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115 \
                  of them.";
    let mut old = odesa_claims(ARTICLE, 0).pop().unwrap();
    old.id = claim_id(before, 1);
    old.text = before.into();
    session.orphans = vec![ReviewedClaim {
        claim: old,
        review: Review {
            verdict: Some(Verdict::Disputed),
            note: "115 were shot down or jammed.".into(),
            evidence: vec!["https://t.me/kpszsu/30000".into()],
            reviewer: Some("bo".into()),
            reviewed_at: Some("2025-03-04T18:00:00+01:00".into()),
            ..Review::default()
        },
        reviews: Vec::new(),
    }];
    App::new(
        session,
        vec![Article::Text(ARTICLE.to_string())],
        setup(Theme::MONO, Size::new(100, 30)),
    )
}

#[test]
fn an_orphan_names_its_probable_claim_and_is_reattached_on_confirmation_at_100x30() {
    let mut app = odesa_after_a_copy_edit();
    press(&mut app, "G");
    let orphan = screen(&mut app, 100, 30);
    assert!(
        orphan.contains("Probably: #8 “In response to the 181"),
        "{orphan}"
    );

    press(&mut app, "r");
    let question = screen(&mut app, 100, 30);
    for expected in [
        "Re-attach this orphaned review?",
        "The review: ✗ disputed · bo · a note · 1 evidence item",
        "Put it on #8:",
        "Same figures;",
        "y yes",
    ] {
        assert!(question.contains(expected), "{expected:?}\n{question}");
    }
    insta::assert_snapshot!("reattach_question_at_100x30", question);

    press(&mut app, "y");
    let after = screen(&mut app, 100, 30);
    assert!(after.contains("re-attached the review"), "{after}");
    assert!(!after.contains("Orphaned reviews"), "{after}");
    assert_eq!(
        app.session().claims()[7].review.verdict,
        Some(Verdict::Disputed)
    );
    insta::assert_snapshot!("reattached_at_100x30", after);

    press(&mut app, "z");
    assert!(app.session().claims()[7].review.is_empty());
    assert_eq!(app.session().orphans.len(), 1);
}
