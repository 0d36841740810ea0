//! Evidence items: added one at a time, chosen with `E` to edit or remove, each change undoable.

use super::*;

fn evidence(app: &App) -> Vec<String> {
    app.session().claims()[0].review.evidence.clone()
}

fn with_three_items() -> App {
    let mut a = app();
    for item in [
        "https://example.org/a",
        "Ministry statement",
        "https://example.org/c",
    ] {
        press(&mut a, "e");
        type_text(&mut a, item);
        press(&mut a, "Enter");
    }
    assert_eq!(evidence(&a).len(), 3);
    a
}

#[test]
fn an_item_is_removed_from_the_list_and_undo_brings_it_back() {
    let mut a = with_three_items();
    press(&mut a, "E");
    assert_eq!(a.context(), Context::EvidenceList);
    press(&mut a, "j");
    let effect = press(&mut a, "d");
    assert!(matches!(effect, Effect::Persist(_)), "{effect:?}");
    assert_eq!(
        evidence(&a),
        ["https://example.org/a", "https://example.org/c"]
    );
    assert_eq!(
        a.notice(),
        Some("removed from #1 “Claim number 0 says som…”: Ministry statement")
    );
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 1 }),
        "the list stays open on the next item"
    );
    press(&mut a, "d d");
    assert!(evidence(&a).is_empty());
    assert_eq!(a.context(), Context::Browse, "nothing left to choose");
    press(&mut a, "z z z");
    assert_eq!(
        evidence(&a),
        [
            "https://example.org/a",
            "Ministry statement",
            "https://example.org/c"
        ]
    );
}

#[test]
fn enter_edits_the_chosen_item_and_emptying_it_removes_it() {
    let mut a = with_three_items();
    press(&mut a, "E G Enter");
    assert_eq!(a.context(), Context::Line);
    press(&mut a, "Ctrl-U");
    type_text(&mut a, "https://example.org/corrected");
    press(&mut a, "Enter");
    assert_eq!(evidence(&a)[2], "https://example.org/corrected");
    press(&mut a, "E Enter Ctrl-U Enter");
    assert_eq!(
        evidence(&a),
        ["Ministry statement", "https://example.org/corrected"]
    );
    press(&mut a, "E Esc");
    assert_eq!(a.context(), Context::Browse);
}

#[test]
fn a_claim_without_evidence_says_so() {
    let mut a = app();
    press(&mut a, "E");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(
        a.notice(),
        Some("#1 “Claim number 0 says som…” has no evidence yet")
    );
}
