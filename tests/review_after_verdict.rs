//! QA round 10, item R3: v/d/u mark and move to the next open claim (the contract), so the screen
//! says where the selection went and how to go back, and a note begun right after says, above its
//! text, that it is not on the claim just marked.

mod review_fixture;

use claimcheck::review::Theme;

use review_fixture::*;

#[test]
fn a_note_right_after_a_verdict_names_both_claims_at_80x24() {
    let mut app = odesa_app(Theme::MONO);
    press(&mut app, "d");
    let marked = screen(&mut app, 80, 24);
    assert!(
        marked.contains("#1 ✗ disputed; now on #2 ‘“You’re gambling with t…’ (k back to #1)"),
        "{marked}"
    );
    press(&mut app, "c");
    let editor = screen(&mut app, 80, 24);
    assert!(
        editor.contains("not #1 (just marked): #2 ‘“You’re gambling"),
        "{editor}"
    );
    insta::assert_snapshot!("note_right_after_a_verdict_at_80x24", editor);
}
