//! Esc in the note and evidence editors: nothing typed is dropped without the reviewer saying so.

use super::*;

fn note(app: &App, at: usize) -> &str {
    &app.session().claims()[at].review.note
}

#[test]
fn esc_closes_an_unchanged_note_at_once() {
    let mut a = app();
    press(&mut a, "c Esc");
    assert_eq!(a.context(), Context::Browse);
    press(&mut a, "c");
    type_text(&mut a, "kept");
    press(&mut a, "Ctrl-S c Esc");
    assert_eq!(a.context(), Context::Browse, "the stored note, unchanged");
    assert_eq!(note(&a, 0), "kept");
}

#[test]
fn esc_on_a_typed_note_asks_and_n_or_esc_goes_back_to_it() {
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "misleading framing");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Discard);
    for answer in ["n", "Esc"] {
        press(&mut a, answer);
        assert_eq!(a.context(), Context::Note, "{answer} keeps editing");
        press(&mut a, "Esc");
        assert_eq!(a.context(), Context::Discard);
    }
    // Typing is not taken as an answer: the text is safe from a stray key.
    press(&mut a, "x q");
    assert_eq!(a.context(), Context::Discard);
    press(&mut a, "n Ctrl-S");
    assert_eq!(note(&a, 0), "misleading framing");
}

#[test]
fn y_discards_the_typed_note_and_says_so() {
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "first");
    press(&mut a, "Ctrl-S c");
    type_text(&mut a, " and more");
    press(&mut a, "Esc y");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(note(&a, 0), "first", "the stored note stays");
    assert_eq!(a.notice(), Some("the changes were discarded"));
}

#[test]
fn evidence_asks_too_when_text_was_typed_or_an_item_changed() {
    let mut a = app();
    press(&mut a, "e Esc");
    assert_eq!(a.context(), Context::Browse, "nothing typed");
    press(&mut a, "e");
    type_text(&mut a, "https://example.org");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Discard);
    press(&mut a, "n Enter");
    assert_eq!(a.evidence(), ["https://example.org"]);
    // Editing an item: unchanged goes back to the list, changed asks first.
    press(&mut a, "E Enter Esc");
    assert_eq!(a.context(), Context::EvidenceList);
    press(&mut a, "Enter");
    type_text(&mut a, "/x");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Discard);
    press(&mut a, "y");
    assert_eq!(a.context(), Context::EvidenceList);
    assert_eq!(a.evidence(), ["https://example.org"]);
}

#[test]
fn ctrl_c_while_asking_keeps_the_typed_note() {
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "not lost");
    press(&mut a, "Esc");
    assert!(matches!(
        press(&mut a, "Ctrl-C"),
        Effect::ForceQuit { draft: Some(_) }
    ));
    assert_eq!(note(&a, 0), "not lost");
}

/// QA round 10, item R3: v/d/u move on (the contract), so the status line says where to, and a
/// note or evidence editor opened right after says it is not on the claim just marked.
#[test]
fn after_a_verdict_the_move_and_the_next_editors_claim_are_spelled_out() {
    let mut a = app();
    press(&mut a, "d");
    assert_eq!(
        a.notice(),
        Some("#1 ✗ disputed; now on #2 “Claim number 1 says som…” (k back to #1)")
    );
    press(&mut a, "c");
    assert_eq!(a.context(), Context::Note);
    assert_eq!(a.annotating(), Some((1, Some(0))));
    press(&mut a, "Esc");
    press(&mut a, "e");
    assert_eq!(
        a.annotating().unwrap().1,
        None,
        "only right after the verdict"
    );
    press(&mut a, "Esc");
    // A verdict, then a move: the editor is on the claim the reviewer chose.
    press(&mut a, "v j c");
    assert_eq!(a.annotating().unwrap().1, None);
    press(&mut a, "Esc");
    // Skipping reviewed claims: the way back is as many rows up.
    press(&mut a, "g j j v g v");
    assert_eq!(
        a.notice(),
        Some("#1 ✓ verified; now on #4 “Claim number 3 says som…” (k k k back to #1)")
    );
    press(&mut a, "f");
    press(&mut a, "u");
    assert!(
        a.notice()
            .unwrap()
            .ends_with("(#4 is out of this view now)"),
        "{:?}",
        a.notice()
    );
}
