//! What the status line says after an action: counted in the singular for one, naming claims by
//! their number and the start of their text, and never cut — a message too long for one row
//! takes two, and one longer still is shown whole in a dialog.

use super::*;

#[test]
fn filters_say_how_many_claims_they_show_in_good_english() {
    let mut a = app_with(vec![claim(0, 0, Kind::Quote), claim(1, 0, Kind::Date)], 1);
    press(&mut a, "t t");
    assert_eq!(a.notice(), Some("showing 1 claim: all · quote"));
    press(&mut a, "t");
    assert_eq!(a.notice(), Some("showing 1 claim: all · date"));
    press(&mut a, "t t t");
    assert_eq!(a.notice(), Some("showing 2 claims: all · every kind"));
    press(&mut a, "f f");
    assert_eq!(a.notice(), Some("showing 0 claims: verified · every kind"));
}

#[test]
fn undo_and_redo_name_the_claim_by_number_and_text() {
    let mut a = app();
    press(&mut a, "j j u z");
    assert_eq!(
        a.notice(),
        Some("undone: #3 “Claim number 2 says som…” is open")
    );
    press(&mut a, "Z");
    assert_eq!(
        a.notice(),
        Some("redone: #3 “Claim number 2 says som…” is unclear")
    );
    press(&mut a, "c");
    type_text(&mut a, "checked");
    press(&mut a, "Ctrl-S z");
    assert_eq!(
        a.notice(),
        Some("undone: the note of #3 “Claim number 2 says som…”")
    );
}

#[test]
fn a_claim_opening_with_a_quotation_mark_is_not_shown_with_two() {
    // QA round 21, item N-5: `undone: #7 ““You’re gambling with t…” is open`.
    let mut quote = claim(0, 0, Kind::Quote);
    quote.text = "“You’re gambling with the lives of millions,” Trump said.".into();
    let mut a = app_with(vec![quote], 1);
    press(&mut a, "u z");
    assert_eq!(
        a.notice(),
        Some("undone: #1 ‘“You’re gambling with t…’ is open")
    );
}

#[test]
fn an_undo_step_whose_claim_is_gone_says_why_nothing_changed() {
    // QA round 21, item N-6: the first `z` did nothing and said nothing.
    let mut a = app();
    press(&mut a, "u");
    let mut history = a.session().history().clone();
    history.undo.push(crate::session::Edit {
        claim: "cnonexist".into(),
        before: Default::default(),
        after: Default::default(),
        orphan: None,
    });
    a.session.set_history(history);
    press(&mut a, "z");
    assert_eq!(
        a.notice(),
        Some(
            "nothing undone: the change on cnonexist was to a claim this session no longer has, \
             so it cannot be undone here; undo again for the change before it"
        )
    );
    assert_eq!(a.session().tally().reviewed(), 1, "nothing changed");
    press(&mut a, "z");
    assert_eq!(
        a.session().tally().reviewed(),
        0,
        "the next z undoes the verdict"
    );
}

#[test]
fn an_undo_the_filters_hide_keeps_the_place_and_says_so() {
    let mut a = app_with(
        vec![
            claim(0, 0, Kind::Statement),
            claim(1, 0, Kind::Quote),
            claim(2, 0, Kind::Quote),
        ],
        1,
    );
    // Mark the statement, then show open quotes only and go to the last one.
    press(&mut a, "u f t t G");
    assert_eq!(a.selected(), Some(2));
    press(&mut a, "z");
    assert_eq!(a.selected(), Some(2), "the reviewer stays where they were");
    let notice = a.notice().unwrap();
    assert!(
        notice.starts_with("undone: #1")
            && notice.ends_with("(hidden by the filter: open · quote)"),
        "{notice}"
    );
    assert_eq!(a.session().tally().reviewed(), 0);
}

#[test]
fn clearing_a_verdict_says_so() {
    let mut a = app();
    press(&mut a, "v k x");
    assert_eq!(
        a.notice(),
        Some("cleared #1 “Claim number 0 says som…” (its note and evidence stay)")
    );
    press(&mut a, "x");
    assert_eq!(
        a.notice(),
        Some("#1 “Claim number 0 says som…” has no verdict to clear")
    );
}

#[test]
fn a_long_message_takes_two_rows_and_a_longer_one_a_dialog() {
    let mut a = app();
    a.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let path = "/home/ana/checks/2025/march/odesa-drone-strike.review.claimreview.jsonld";
    a.exported(Ok((path.into(), Vec::new())));
    assert_eq!(a.notice_lines().len(), 2, "{:?}", a.notice_lines());
    assert!(!a.notice_in_dialog());
    assert_eq!(a.context(), Context::Browse);

    a.exported(Ok((
        path.into(),
        vec![
            "no --org: each review's author is the reviewer who gave the verdict".into(),
            "no --url-base: each review's url is #<claim id>, relative to the page it is in".into(),
        ],
    )));
    assert!(a.notice_in_dialog());
    assert_eq!(a.context(), Context::Report);
    assert_eq!(
        press(&mut a, "v"),
        Effect::None,
        "keys do not reach the claims behind the dialog"
    );
    assert_eq!(a.session().tally().reviewed(), 0);
    assert!(a.notice().is_some(), "only a closing key closes it");
    press(&mut a, "Esc");
    assert_eq!((a.notice(), a.context()), (None, Context::Browse));
    // Wider, the same message fits the status line's two rows.
    a.exported(Ok((path.into(), vec!["no --org".into()])));
    a.update(Action::Resize {
        width: 200,
        height: 40,
    });
    assert_eq!(a.notice_lines().len(), 1);
}

#[test]
fn a_failed_full_save_leaves_the_changes_in_the_journal_but_a_lost_change_stays_lost() {
    let mut a = app();
    press(&mut a, "v");
    a.folded(Err("cannot save session: permission denied".into()));
    assert!(matches!(a.save_state(), SaveState::InJournal(_)));
    assert!(
        a.notice()
            .unwrap()
            .contains("every change is in its journal")
    );
    assert!(a.unsaved(), "q still asks, and says what is where");
    assert_eq!(press(&mut a, "q"), Effect::None);
    assert_eq!(a.context(), Context::Confirm);
    press(&mut a, "n");
    a.folded(Ok(()));
    assert!(!a.unsaved());

    // A change that never reached the journal is not made safe by a failed full save.
    a.persisted(Err("disk full".into()));
    a.folded(Err("cannot save session: disk full".into()));
    assert!(matches!(a.save_state(), SaveState::Failed(_)));
}

#[test]
fn marking_under_a_verdict_filter_moves_through_that_view_and_says_when_a_claim_leaves_it() {
    // Ten claims, the first five verified.
    let mut a = app();
    press(&mut a, "v v v v v");
    let verified: Vec<usize> = (0..10)
        .filter(|&at| verdict(&a, at) == Some(Verdict::Verified))
        .collect();
    assert_eq!(verified.len(), 5, "{verified:?}");
    press(&mut a, "f f");
    assert_eq!(a.filters().0, crate::session::VerdictFilter::Verified);
    press(&mut a, "g");
    let first = a.selected().unwrap();
    // Marking a verified claim unclear takes it out of the view: the next verified claim is
    // selected, and the reviewer is told, never moved silently to a claim of another kind.
    press(&mut a, "u");
    let second = verified[1];
    assert_eq!(a.selected(), Some(second));
    assert_eq!(
        a.notice(),
        Some(
            format!(
                "#{} is now ? unclear, out of this view (verified · every kind); on to #{}",
                first + 1,
                second + 1
            )
            .as_str()
        )
    );
    // Confirming a verdict the view shows moves on quietly, as marking always does.
    press(&mut a, "v");
    assert_eq!((a.selected(), a.notice()), (Some(verified[2]), None));
    // At the end of the view there is nowhere to go, and that is said.
    press(&mut a, "G v");
    let last = verified[4];
    assert_eq!(a.selected(), Some(last));
    assert_eq!(
        a.notice(),
        Some(format!("no more claims in this view after #{}", last + 1).as_str())
    );
    press(&mut a, "d");
    assert_eq!(a.selected(), Some(verified[3]), "back on a claim in view");
    assert_eq!(
        a.notice(),
        Some(
            format!(
                "#{} is now ✗ disputed, out of this view (verified · every kind); no more claims \
                 in this view after it",
                last + 1
            )
            .as_str()
        )
    );
}

#[test]
fn clearing_a_claim_out_of_a_verdict_filters_view_says_where_the_selection_went() {
    let mut a = app();
    press(&mut a, "v v f f");
    assert_eq!(a.selected(), Some(1));
    press(&mut a, "x");
    assert_eq!(a.selected(), Some(0));
    assert_eq!(
        a.notice(),
        Some(
            "cleared #2 “Claim number 1 says som…” (its note and evidence stay); #2 is now · \
             open, out of this view (verified · every kind); now on #1"
        )
    );
    press(&mut a, "x");
    assert_eq!(a.selected(), None);
    assert!(
        a.notice()
            .unwrap()
            .ends_with("out of this view (verified · every kind); no more claims in this view"),
        "{:?}",
        a.notice()
    );
}
