//! The review screen's behaviour, driven by key events as the terminal would send them; no
//! terminal involved.

use chrono::DateTime;
use ratatui::layout::{Rect, Size};

mod editors;
mod evidence;
mod messages;
mod orphans;
mod search;
mod signing;
mod speaker;

use super::*;
use crate::claim::{Claim, Document, Kind, claim_id};
use crate::review::keymap::{Chord, Context};
use crate::session::Verdict;

const SIZE: Size = Size::new(120, 40);

pub(super) fn claim(i: usize, doc: usize, kind: Kind) -> Claim {
    let text = format!("Claim number {i} says something checkable.");
    Claim {
        id: claim_id(&text, 1),
        doc,
        text,
        start: 0,
        end: 0,
        kind,
        score: 0.5,
        quantities: Vec::new(),
        dates: Vec::new(),
        speaker: None,
    }
}

pub(super) fn app_with(claims: Vec<Claim>, documents: usize) -> App {
    let docs = (0..documents)
        .map(|d| Document {
            path: format!("a{d}.txt"),
            sha256: String::new(),
            title: format!("Article {d}"),
            url: None,
            published: None,
        })
        .collect();
    let session = Session::new("test", docs, claims);
    let articles = vec![Article::Unavailable("no text in this test".into()); documents];
    let setup = Setup {
        session_name: "test.review.json".into(),
        reviewer: "ana".into(),
        clock: Clock::Fixed(DateTime::parse_from_rfc3339("2025-03-05T10:00:00+01:00").unwrap()),
        keymap: Keymap::default(),
        theme: Theme::MONO,
        size: SIZE,
    };
    App::new(session, articles, setup)
}

/// Ten claims: kinds cycle quantity, quote, date, attribution, statement.
pub(super) fn app() -> App {
    app_with((0..10).map(|i| claim(i, 0, Kind::ALL[i % 5])).collect(), 1)
}

/// Presses keys by name, as a reviewer would; returns the last effect.
pub(super) fn press(app: &mut App, keys: &str) -> Effect {
    let mut effect = Effect::None;
    for name in keys.split_whitespace() {
        let chord = Chord::parse(name).unwrap_or_else(|| panic!("bad key name {name}"));
        let action = app.keymap().action(app.context(), &chord.to_event());
        effect = action.map_or(Effect::None, |a| app.update(a));
    }
    effect
}

pub(super) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = if c == '\n' {
            "Enter".to_string()
        } else {
            c.to_string()
        };
        let chord = Chord::parse(if c == ' ' { "Space" } else { &key }).unwrap();
        let action = app.keymap().action(app.context(), &chord.to_event());
        app.update(action.unwrap());
    }
}

pub(super) fn verdict(app: &App, at: usize) -> Option<Verdict> {
    app.session().claims()[at].review.verdict
}

#[test]
fn moving_stays_inside_the_list() {
    let mut a = app();
    assert_eq!(a.selected(), Some(0));
    press(&mut a, "j j j k");
    assert_eq!(a.selected(), Some(2));
    press(&mut a, "G j");
    assert_eq!(a.selected(), Some(9));
    press(&mut a, "g k");
    assert_eq!(a.selected(), Some(0));
    press(&mut a, "End Home ↓ PgDn");
    assert!(a.selected().unwrap() > 1);
}

#[test]
fn marking_records_verdict_reviewer_time_and_moves_to_the_next_open_claim() {
    let mut a = app();
    let effect = press(&mut a, "v");
    let Effect::Persist(change) = effect else {
        panic!("a verdict must be persisted, got {effect:?}");
    };
    assert_eq!(change.edit().after.verdict, Some(Verdict::Verified));
    let review = &a.session().claims()[0].review;
    assert_eq!(review.reviewer.as_deref(), Some("ana"));
    assert_eq!(
        review.reviewed_at.as_deref(),
        Some("2025-03-05T10:00:00+01:00")
    );
    assert_eq!(a.selected(), Some(1));
    press(&mut a, "d u");
    assert_eq!(
        (verdict(&a, 1), verdict(&a, 2)),
        (Some(Verdict::Disputed), Some(Verdict::Unclear))
    );
    // Back on a reviewed claim, marking skips the reviewed ones after it.
    press(&mut a, "g v");
    assert_eq!(a.selected(), Some(3));
    let tally = a.session().tally();
    assert_eq!((tally.verified, tally.disputed, tally.unclear), (1, 1, 1));
}

#[test]
fn clear_undo_and_redo() {
    let mut a = app();
    press(&mut a, "v k x");
    assert_eq!(verdict(&a, 0), None);
    assert!(matches!(press(&mut a, "z"), Effect::Persist(c) if matches!(*c, Change::Undo(_))));
    assert_eq!(verdict(&a, 0), Some(Verdict::Verified));
    press(&mut a, "Z");
    assert_eq!(verdict(&a, 0), None);
    press(&mut a, "z Ctrl-R");
    assert_eq!(verdict(&a, 0), None);
    press(&mut a, "z z z");
    assert_eq!(a.notice(), Some("nothing to undo"));
    assert_eq!(a.session().tally().reviewed(), 0);
}

#[test]
fn the_open_filter_drops_marked_claims_and_the_selection_follows() {
    let mut a = app();
    press(&mut a, "f");
    assert_eq!(a.filters().0, crate::session::VerdictFilter::Open);
    press(&mut a, "v v");
    assert_eq!(a.in_view(), 8);
    assert_eq!(a.selected(), Some(2));
    press(&mut a, "f");
    assert_eq!(a.filters().0, crate::session::VerdictFilter::Verified);
    // Claim 2 is not verified: the nearest verified claim (before it, none after) is selected.
    assert_eq!(a.selected(), Some(1));
    // Clearing under the verified filter leaves the claim out of view; the selection moves on.
    press(&mut a, "x");
    assert_eq!(a.selected(), Some(0));
    assert_eq!(a.in_view(), 1);
    press(&mut a, "x");
    assert_eq!((a.in_view(), a.selected()), (0, None));
    assert_eq!(press(&mut a, "v"), Effect::None);
}

#[test]
fn the_kind_filter_cycles_through_every_kind_and_back() {
    let mut a = app();
    press(&mut a, "t");
    assert_eq!(a.filters().1, Some(Kind::Quantity));
    assert_eq!(a.in_view(), 2);
    press(&mut a, "j");
    assert_eq!(a.selected(), Some(5));
    press(&mut a, "t t t t");
    assert_eq!(a.filters().1, Some(Kind::Statement));
    press(&mut a, "t");
    assert_eq!((a.filters().1, a.in_view()), (None, 10));
}

#[test]
fn the_note_editor_keeps_with_ctrl_s_and_cancels_with_esc() {
    let mut a = app();
    press(&mut a, "c");
    assert_eq!(a.context(), Context::Note);
    type_text(&mut a, "Two sources\nagree: q and j are text here");
    assert_eq!(
        a.selected(),
        Some(0),
        "keys typed into the note must not move"
    );
    let effect = press(&mut a, "Ctrl-S");
    assert!(matches!(effect, Effect::Persist(_)));
    let note = a.session().claims()[0].review.note.clone();
    assert_eq!(note, "Two sources\nagree: q and j are text here");
    press(&mut a, "c");
    type_text(&mut a, " more");
    press(&mut a, "Esc");
    assert_eq!(a.session().claims()[0].review.note, note);
    assert_eq!(a.session().claims()[0].review.verdict, None);
}

#[test]
fn evidence_is_added_one_item_at_a_time() {
    let mut a = app();
    press(&mut a, "e");
    type_text(&mut a, "https://example.org/a");
    press(&mut a, "Enter e");
    type_text(&mut a, "Ministry statement, 5 March");
    press(&mut a, "Enter e");
    assert_eq!(
        press(&mut a, "Enter"),
        Effect::None,
        "an empty item is not added"
    );
    assert_eq!(
        a.session().claims()[0].review.evidence,
        ["https://example.org/a", "Ministry statement, 5 March"]
    );
}

#[test]
fn quitting_asks_only_when_something_is_not_saved() {
    let mut a = app();
    assert_eq!(press(&mut a, "q"), Effect::Quit);
    let mut a = app();
    press(&mut a, "v");
    a.persisted(Err("disk full".into()));
    assert!(a.unsaved());
    assert_eq!(press(&mut a, "q"), Effect::None);
    assert_eq!(a.context(), Context::Confirm);
    press(&mut a, "n");
    assert_eq!(a.context(), Context::Browse);
    press(&mut a, "q");
    assert_eq!(press(&mut a, "y"), Effect::Abandon);
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "half typed");
    assert!(matches!(
        press(&mut a, "Ctrl-C"),
        Effect::ForceQuit { draft: Some(_) }
    ));
    assert_eq!(
        a.session().claims()[0].review.note,
        "half typed",
        "Ctrl-C keeps the note being typed, as a change to persist before the closing save"
    );
}

#[test]
fn a_signal_saves_and_quits_from_any_screen_keeping_what_is_typed() {
    let mut a = app();
    press(&mut a, "c");
    type_text(&mut a, "half typed");
    assert!(matches!(
        a.update(Action::Terminate),
        Effect::ForceQuit { draft: Some(_) }
    ));
    assert_eq!(a.session().claims()[0].review.note, "half typed");
    for keys in ["?", "o", "/", "E"] {
        let mut a = app();
        press(&mut a, keys);
        assert_eq!(
            a.update(Action::Terminate),
            Effect::ForceQuit { draft: None },
            "{keys}"
        );
    }
    let mut a = app();
    a.update(Action::Resize {
        width: 50,
        height: 12,
    });
    assert_eq!(
        a.update(Action::Terminate),
        Effect::ForceQuit { draft: None }
    );
}

/// The screen a saved session opens on (its article unavailable).
fn resume(saved: Session) -> App {
    let setup = Setup {
        session_name: String::new(),
        reviewer: String::new(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::MONO,
        size: SIZE,
    };
    App::new(saved, vec![Article::Unavailable(String::new())], setup)
}

#[test]
fn a_too_small_screen_ignores_everything_but_quitting() {
    let mut a = app();
    a.update(Action::Resize {
        width: 50,
        height: 12,
    });
    assert_eq!(a.context(), Context::TooSmall);
    press(&mut a, "j v");
    assert_eq!((a.selected(), a.session().tally().reviewed()), (Some(0), 0));
    assert_eq!(a.notice(), Some(IGNORED_WHEN_TOO_SMALL));
    assert_eq!(a.update(Action::Down), Effect::None);
    assert_eq!(a.selected(), Some(0));
    assert_eq!(a.notice_lines(), [IGNORED_WHEN_TOO_SMALL]);
    assert_eq!(press(&mut a, "q"), Effect::Quit);
    a.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert!(
        a.notice_lines().is_empty(),
        "the notice goes with the small screen"
    );
    press(&mut a, "j");
    assert_eq!(a.selected(), Some(1));
}

#[test]
fn focus_moves_with_tab_and_keys_scroll_the_focused_pane() {
    let mut a = app();
    press(&mut a, "Tab");
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, "j");
    assert_eq!(
        a.selected(),
        Some(0),
        "j scrolls the detail pane, not the list"
    );
    press(&mut a, "Tab Tab");
    assert_eq!(a.focus(), Focus::List);
    press(&mut a, "Shift-Tab");
    assert_eq!(a.focus(), Focus::Source);
}

#[test]
fn the_mouse_selects_and_scrolls() {
    let mut a = app();
    let panes = layout::panes(Rect::new(0, 0, SIZE.width, SIZE.height)).unwrap();
    let list = layout::inner(panes.list);
    a.update(Action::Click {
        column: list.x + 3,
        row: list.y + 4,
    });
    assert_eq!(a.selected(), Some(4));
    a.update(Action::Wheel {
        column: list.x,
        row: list.y,
        down: true,
    });
    assert_eq!(a.selected(), Some(7));
    a.update(Action::Click {
        column: panes.source.x + 2,
        row: panes.source.y + 2,
    });
    assert_eq!(a.focus(), Focus::Source);
}

#[test]
fn help_opens_and_closes_from_the_keymap() {
    let mut a = app();
    press(&mut a, "?");
    assert_eq!(a.context(), Context::Help);
    press(&mut a, "j j G k");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Browse);
    press(&mut a, "? ?");
    assert_eq!(a.context(), Context::Browse);
}

#[test]
fn the_place_is_stored_and_restored() {
    let mut a = app();
    press(&mut a, "f t j");
    let saved = a.session_for_save().clone();
    assert_eq!(saved.place.filter, crate::session::VerdictFilter::Open);
    assert_eq!(saved.place.kind, Some(Kind::Quantity));
    let id = saved.place.selected.clone().unwrap();
    assert_eq!(id, saved.claims()[5].claim.id);
    let resumed = resume(saved);
    assert_eq!(resumed.selected(), Some(5));
    assert_eq!(
        resumed.filters(),
        (crate::session::VerdictFilter::Open, Some(Kind::Quantity))
    );
}

#[test]
fn several_documents_are_grouped_under_headings() {
    let claims = (0..6).map(|i| claim(i, i / 3, Kind::Statement)).collect();
    let mut a = app_with(claims, 2);
    let (rows, selected) = a.window(5);
    assert_eq!(
        rows,
        [
            Row::Heading(0),
            Row::Claim(0),
            Row::Claim(1),
            Row::Claim(2),
            Row::Heading(1)
        ]
    );
    assert_eq!(selected, Some(1));
    press(&mut a, "j j j");
    let (rows, selected) = a.window(5);
    assert_eq!(rows[selected.unwrap()], Row::Claim(3));
    assert!(rows.contains(&Row::Heading(1)));
    assert_eq!(a.in_view_of_doc(1), 3);
}
