//! Who a review is credited to: a verdict keeps the name and time of whoever gave it; a note or
//! evidence added later is signed on its own (`annotated_by`, `annotated_at`).

use super::*;
use crate::session::Review;

/// Ana verified the first claim; now Desk reviews the session, later.
fn desk_after_ana() -> App {
    let mut a = app();
    press(&mut a, "v");
    a.reviewer = "desk".into();
    a.clock = Clock::Fixed(DateTime::parse_from_rfc3339("2025-03-06T08:30:00+01:00").unwrap());
    press(&mut a, "g");
    a
}

fn review(a: &App) -> &Review {
    &a.session().claims()[0].review
}

fn assert_still_anas(a: &App) {
    let review = review(a);
    assert_eq!(review.verdict, Some(Verdict::Verified));
    assert_eq!(review.reviewer.as_deref(), Some("ana"));
    assert_eq!(
        review.reviewed_at.as_deref(),
        Some("2025-03-05T10:00:00+01:00")
    );
}

#[test]
fn a_note_on_someone_elses_verdict_leaves_the_verdict_theirs() {
    let mut a = desk_after_ana();
    press(&mut a, "c");
    type_text(&mut a, "name confirmed by police");
    press(&mut a, "Ctrl-S");
    assert_eq!(review(&a).note, "name confirmed by police");
    assert_still_anas(&a);
    assert_eq!(review(&a).annotated_by.as_deref(), Some("desk"));
    assert_eq!(
        review(&a).annotated_at.as_deref(),
        Some("2025-03-06T08:30:00+01:00")
    );
}

#[test]
fn evidence_added_edited_or_removed_leaves_the_verdict_theirs() {
    let mut a = desk_after_ana();
    press(&mut a, "e");
    type_text(&mut a, "https://example.org/a");
    press(&mut a, "Enter e");
    type_text(&mut a, "https://example.org/b");
    press(&mut a, "Enter");
    assert_still_anas(&a);
    press(&mut a, "E Enter");
    type_text(&mut a, "/x");
    press(&mut a, "Enter");
    assert_eq!(review(&a).evidence[0], "https://example.org/a/x");
    assert_still_anas(&a);
    press(&mut a, "E d d");
    assert!(review(&a).evidence.is_empty());
    assert_still_anas(&a);
    // Nothing left to credit: the note-and-evidence signature goes with them.
    assert_eq!(review(&a).annotated_by, None);
    assert_eq!(review(&a).annotated_at, None);
}

#[test]
fn a_changed_verdict_is_signed_by_whoever_changed_it() {
    let mut a = desk_after_ana();
    press(&mut a, "c");
    type_text(&mut a, "checked");
    press(&mut a, "Ctrl-S g d");
    assert_eq!(review(&a).verdict, Some(Verdict::Disputed));
    assert_eq!(review(&a).reviewer.as_deref(), Some("desk"));
    assert_eq!(
        review(&a).reviewed_at.as_deref(),
        Some("2025-03-06T08:30:00+01:00")
    );
    // Undo gives back Ana's verdict with her name and time.
    press(&mut a, "z");
    assert_still_anas(&a);
}

#[test]
fn a_note_on_an_open_claim_signs_the_note_not_a_verdict() {
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "ask the governor");
    press(&mut a, "Ctrl-S");
    assert_eq!(review(&a).verdict, None);
    assert_eq!(review(&a).reviewer, None, "nobody gave a verdict");
    assert_eq!(review(&a).annotated_by.as_deref(), Some("ana"));
    // Emptied, the claim holds nothing and carries no name at all.
    press(&mut a, "c Ctrl-U Ctrl-S");
    assert_eq!(*review(&a), Review::default());
}
