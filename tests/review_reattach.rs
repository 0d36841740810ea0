//! Orphaned reviews on the screen: told on opening, listed after the claims, and (QA round 10,
//! item R2) put back on the edited sentence from the keyboard: "Probably: #8 …" in the detail
//! pane, the question with both texts, and the claim's verdict afterwards.

mod review_fixture;

use ratatui::layout::Size;

use claimcheck::claim::claim_id;
use claimcheck::review::{App, Article, Theme};
use claimcheck::session::Verdict;

use review_fixture::*;

/// The sample session after a copy edit cut "of them" from the end of the drones claim (#8): its
/// review is an orphan.
fn odesa_after_a_copy_edit() -> App {
    let before = "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115 \
                  of them.";
    let session = odesa_session_with_an_orphan(before, "115 were shot down or jammed.");
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

/// The sample with one review orphaned when the article changed, as the open report tells it.
fn odesa_with_an_orphan() -> App {
    use claimcheck::session::{Notice, OpenReport, Reextraction};
    let gone = "In response to the 183 drones fired by Russia, Ukraine successfully shot down 115.";
    let session = odesa_session_with_an_orphan(gone, "The air force said 181, not 183.");
    let mut app = App::new(
        session,
        vec![Article::Text(ARTICLE.to_string())],
        setup(Theme::COLOR, Size::new(120, 40)),
    );
    app.show_report(&OpenReport {
        notices: vec![Notice::Reextracted(Reextraction {
            changed: vec!["data/odesa-drone-strike.txt".into()],
            carried: 0,
            orphaned: vec![claim_id(gone, 1)],
            ..Reextraction::default()
        })],
    });
    app
}

#[test]
fn orphaned_reviews_are_told_on_opening_at_120x40() {
    let mut app = odesa_with_an_orphan();
    let opening = screen(&mut app, 120, 40);
    for expected in [
        "✗ disputed — “In response to the 183 drones fired",
        "note: The air force said 181, not 183.",
    ] {
        assert!(opening.contains(expected), "{expected:?}\n{opening}");
    }
    insta::assert_snapshot!(opening);
}

#[test]
fn orphaned_reviews_stay_at_the_end_of_the_list_at_120x40() {
    let mut app = odesa_with_an_orphan();
    press(&mut app, "Enter G");
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("Orphaned reviews (1)"), "{shown}");
    assert!(
        shown.contains("Note: The air force said 181, not 183."),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn an_orphan_reattached_to_other_figures_waits_to_be_confirmed_at_100x30() {
    // QA round 12 flow, item 2: the review of "183 drones" put back on "181 drones" is no check
    // of 181; the verdict stays, flagged to confirm, and counts as open.
    let gone = "In response to the 183 drones fired by Russia, Ukraine successfully shot down 115.";
    let mut session = odesa_session_with_an_orphan(gone, "The air force said 181, not 183.");
    let figures = &mut session.orphans[0].claim.quantities[0];
    figures.value = 183.0;
    figures.text = "183 drones".into();
    let mut app = App::new(
        session,
        vec![Article::Text(ARTICLE.to_string())],
        setup(Theme::MONO, Size::new(100, 30)),
    );
    press(&mut app, "G r");
    let question = screen(&mut app, 100, 30);
    for expected in [
        "The figures differ",
        "The verdict will wait to be confirmed (!): figures were 183 drones,",
    ] {
        assert!(question.contains(expected), "{expected:?}\n{question}");
    }
    press(&mut app, "y");
    let after = screen(&mut app, 100, 30);
    assert!(
        after.contains("re-attached the review (✗ disputed, ! to confirm · bo"),
        "{after}"
    );
    let review = &app.session().claims()[7].review;
    assert_eq!(
        review.verdict,
        Some(Verdict::Disputed),
        "kept for the reviewer"
    );
    assert_eq!(review.standing(), None, "but open until confirmed");
    assert_eq!(
        review.recheck_summary().as_deref(),
        Some("figures were 183 drones, 115 drones, now 181 drones, 115 drones")
    );
    assert_eq!(app.session().tally().disputed, 0);

    // Undo gives the orphan back as it was, unflagged.
    press(&mut app, "z");
    assert!(app.session().orphans[0].review.recheck.is_empty());
}
