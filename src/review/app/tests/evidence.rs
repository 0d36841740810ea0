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
    let effect = press(&mut a, "Enter");
    assert!(matches!(effect, Effect::Persist(_)), "{effect:?}");
    assert_eq!(evidence(&a)[2], "https://example.org/corrected");
    press(&mut a, "g Enter Ctrl-U Enter");
    assert_eq!(
        evidence(&a),
        ["Ministry statement", "https://example.org/corrected"]
    );
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Browse);
    press(&mut a, "z");
    assert_eq!(evidence(&a)[0], "https://example.org/a", "undone");
}

#[test]
fn enter_keeps_the_item_and_goes_back_to_the_list_on_it() {
    let mut a = with_three_items();
    press(&mut a, "E j Enter");
    type_text(&mut a, ", 5 March");
    press(&mut a, "Enter");
    assert_eq!(evidence(&a)[1], "Ministry statement, 5 March");
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 1 }),
        "the list stays open on the item just kept: {:?}",
        a.mode()
    );
    // Unchanged, it goes back all the same, and nothing is saved.
    let effect = press(&mut a, "G Enter Enter");
    assert!(matches!(effect, Effect::None), "{effect:?}");
    assert!(matches!(a.mode(), Mode::EvidenceList { choice: 2 }));
    assert_eq!(a.session().history().undo.len(), 4, "three added, one edit");
    // The list works on: the next item is edited from it.
    press(&mut a, "k Enter Ctrl-U");
    type_text(&mut a, "https://example.org/b");
    press(&mut a, "Enter");
    assert_eq!(evidence(&a)[1], "https://example.org/b");
    assert!(matches!(a.mode(), Mode::EvidenceList { choice: 1 }));
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Browse);
}

#[test]
fn an_item_emptied_with_enter_leaves_the_list_on_the_next_one_or_closes_it() {
    let mut a = with_three_items();
    press(&mut a, "E j Enter Ctrl-U Enter");
    assert_eq!(
        evidence(&a),
        ["https://example.org/a", "https://example.org/c"]
    );
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 1 }),
        "on the item after the one removed, as with d: {:?}",
        a.mode()
    );
    press(&mut a, "Enter Ctrl-U Enter");
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 0 }),
        "the last item removed: on the one before it: {:?}",
        a.mode()
    );
    press(&mut a, "Enter Ctrl-U Enter");
    assert!(evidence(&a).is_empty());
    assert_eq!(a.context(), Context::Browse, "nothing left to choose");
}

#[test]
fn enter_on_a_new_item_still_goes_back_to_the_main_screen() {
    let mut a = with_three_items();
    press(&mut a, "e");
    type_text(&mut a, "https://example.org/d");
    press(&mut a, "Enter");
    assert_eq!(evidence(&a).len(), 4);
    assert_eq!(a.context(), Context::Browse);
    // Also when the list was open before: e is a main-screen key.
    press(&mut a, "E Esc e");
    type_text(&mut a, "https://example.org/e");
    press(&mut a, "Enter");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(evidence(&a).len(), 5);
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

#[test]
fn esc_steps_back_one_level_from_an_item_to_the_list_to_the_main_screen() {
    let mut a = with_three_items();
    press(&mut a, "E j Enter");
    assert_eq!(a.context(), Context::Line, "editing the second item");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::EvidenceList, "nothing changed: back");
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 1 }),
        "on the item just left: {:?}",
        a.mode()
    );
    press(&mut a, "j Enter Esc");
    assert!(matches!(a.mode(), Mode::EvidenceList { choice: 2 }));
    press(&mut a, "Esc");
    assert_eq!(
        a.context(),
        Context::Browse,
        "the list steps back to the main screen"
    );
    assert_eq!(evidence(&a).len(), 3);
    assert_eq!(
        a.session().history().undo.len(),
        3,
        "stepping back changed nothing"
    );
}

#[test]
fn a_changed_item_asks_and_after_discarding_lands_back_in_the_list() {
    let mut a = with_three_items();
    press(&mut a, "E G Enter");
    type_text(&mut a, "/typo");
    press(&mut a, "Esc");
    assert_eq!(
        a.context(),
        Context::Discard,
        "asks before dropping the text"
    );
    press(&mut a, "n");
    assert_eq!(a.context(), Context::Line, "n goes back to the text");
    press(&mut a, "Esc y");
    assert!(
        matches!(a.mode(), Mode::EvidenceList { choice: 2 }),
        "back in the list, on the item: {:?}",
        a.mode()
    );
    assert_eq!(a.notice(), Some("the changes were discarded"));
    assert_eq!(evidence(&a)[2], "https://example.org/c", "the item stays");
    // The list works as before: another item is edited and kept.
    press(&mut a, "k Enter Ctrl-U");
    type_text(&mut a, "Ministry statement, 5 March");
    press(&mut a, "Enter");
    assert_eq!(evidence(&a)[1], "Ministry statement, 5 March");
}

#[test]
fn esc_on_a_new_item_still_goes_back_to_the_main_screen() {
    let mut a = with_three_items();
    press(&mut a, "e Esc");
    assert_eq!(a.context(), Context::Browse);
    press(&mut a, "e");
    type_text(&mut a, "draft");
    press(&mut a, "Esc y");
    assert_eq!(
        a.context(),
        Context::Browse,
        "it was not opened from the list"
    );
    assert_eq!(evidence(&a).len(), 3);
}
