//! Searching: an empty field each time, readline's Ctrl-U and Ctrl-W, the selection following the
//! text as it is typed, one message for nothing found, and n / N wrapping round with a notice.

use super::*;

fn field_text(app: &App) -> String {
    match app.mode() {
        Mode::Search(prompt) => prompt.field().lines().join("\n"),
        other => panic!("not searching: {other:?}"),
    }
}

#[test]
fn the_selection_follows_the_text_as_it_is_typed_and_enter_keeps_it() {
    let mut a = app();
    press(&mut a, "j j");
    press(&mut a, "/");
    assert_eq!(a.context(), Context::Search);
    assert_eq!(field_text(&a), "");
    type_text(&mut a, "number 7");
    assert_eq!(a.selected(), Some(7), "selected while typing");
    type_text(&mut a, "x");
    assert_eq!(
        a.selected(),
        Some(2),
        "nothing matches: back where the search began"
    );
    assert_eq!(a.notice(), Some("no claim contains “number 7x”"));
    press(&mut a, "Backspace");
    assert_eq!(a.selected(), Some(7));
    press(&mut a, "Enter");
    assert_eq!(a.context(), Context::Browse);
    assert_eq!(a.selected(), Some(7));
    assert_eq!(a.notice(), Some("match 1 of 1 for “number 7”"));
}

#[test]
fn esc_goes_back_to_where_the_search_began() {
    let mut a = app();
    press(&mut a, "j j j /");
    type_text(&mut a, "number 8");
    assert_eq!(a.selected(), Some(8));
    press(&mut a, "Esc");
    assert_eq!((a.context(), a.selected()), (Context::Browse, Some(3)));
    assert!(a.search().is_none(), "a cancelled search is not kept");
}

#[test]
fn the_field_opens_empty_and_up_brings_back_earlier_searches() {
    let mut a = app();
    press(&mut a, "/");
    type_text(&mut a, "number 4");
    press(&mut a, "Enter /");
    type_text(&mut a, "number 6");
    press(&mut a, "Enter /");
    assert_eq!(field_text(&a), "", "no earlier text to type over");
    let Mode::Search(prompt) = a.mode() else {
        unreachable!()
    };
    assert!(
        prompt.field().placeholder_text().contains("“number 6”"),
        "the last search is the hint: {:?}",
        prompt.field().placeholder_text()
    );
    press(&mut a, "↑");
    assert_eq!(field_text(&a), "number 6");
    press(&mut a, "↑ ↑");
    assert_eq!(field_text(&a), "number 4", "stops at the oldest");
    assert_eq!(
        a.selected(),
        Some(4),
        "a recalled search selects as typing does"
    );
    press(&mut a, "↓");
    assert_eq!(field_text(&a), "number 6");
    press(&mut a, "↓");
    assert_eq!(field_text(&a), "");
    // Enter on the empty field searches for the last search again.
    press(&mut a, "Esc g / Enter");
    assert_eq!(a.selected(), Some(6));
    assert_eq!(a.search().unwrap().query, "number 6");
}

#[test]
fn ctrl_u_clears_the_line_and_ctrl_w_deletes_a_word() {
    let mut a = app();
    press(&mut a, "/");
    type_text(&mut a, "says something");
    press(&mut a, "Ctrl-W");
    assert_eq!(field_text(&a), "says ");
    press(&mut a, "Ctrl-U");
    assert_eq!(field_text(&a), "");
    type_text(&mut a, "number 5");
    assert_eq!(a.selected(), Some(5));
    // The same keys in the evidence field and the note editor.
    press(&mut a, "Esc e");
    type_text(&mut a, "https://example.org/a b");
    press(&mut a, "Ctrl-W");
    press(&mut a, "Enter");
    assert_eq!(
        a.session().claims()[0].review.evidence,
        ["https://example.org/a"]
    );
    press(&mut a, "c");
    type_text(&mut a, "first line\nsecond");
    press(&mut a, "Ctrl-U Ctrl-S");
    assert_eq!(a.session().claims()[0].review.note, "first line");
}

#[test]
fn n_and_n_step_through_the_matches_and_say_when_they_wrap() {
    let mut a = app();
    press(&mut a, "/");
    type_text(&mut a, "CLAIM");
    press(&mut a, "Enter");
    assert_eq!(a.search().unwrap().matches.len(), 10);
    assert_eq!(
        a.selected(),
        Some(0),
        "the claim the search began on matches"
    );
    assert_eq!(a.notice(), Some("match 1 of 10 for “CLAIM”"));
    press(&mut a, "N");
    assert_eq!(a.selected(), Some(9));
    assert_eq!(
        a.notice(),
        Some("match 10 of 10 for “CLAIM” · search wrapped")
    );
    press(&mut a, "N");
    assert_eq!(a.notice(), Some("match 9 of 10 for “CLAIM”"));
    press(&mut a, "n n");
    assert_eq!(a.selected(), Some(0));
    assert_eq!(
        a.notice(),
        Some("match 1 of 10 for “CLAIM” · search wrapped")
    );
}

#[test]
fn matches_hidden_by_the_filters_are_told_apart_from_none() {
    let mut a = app();
    press(&mut a, "/");
    type_text(&mut a, "number 3");
    press(&mut a, "Enter");
    assert_eq!(a.selected(), Some(3));
    // Only quantities (claims 0 and 5): claim 3 is hidden.
    press(&mut a, "t n");
    assert_eq!(
        a.notice(),
        Some("no claim in view contains “number 3” (1 is hidden by the filters)")
    );
    press(&mut a, "/");
    type_text(&mut a, "nowhere");
    press(&mut a, "Enter");
    assert_eq!(a.notice(), Some("no claim contains “nowhere”"));
    let mut fresh = app();
    press(&mut fresh, "n");
    assert_eq!(fresh.notice(), Some("no search yet: / searches the claims"));
}

/// A screen listing a claim of `kind` for each of `texts`, in one article.
fn app_of(texts: &[&str], kind: Kind) -> App {
    let claims = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Claim {
            id: claim_id(text, 1),
            text: (*text).into(),
            ..claim(i, 0, kind)
        })
        .collect();
    app_with(claims, 1)
}

#[test]
fn straight_quotes_typed_find_the_articles_curly_ones() {
    // As in data/odesa-drone-strike.txt, which uses ’ and “ ”.
    let texts = [
        "Officials said 181 drones were launched.",
        "“It’s time to end this senseless war,” Zelensky said.",
        "“You’re gambling with the lives of millions of people,” Trump said.",
    ];
    let mut a = app_of(&texts, Kind::Quote);
    press(&mut a, "/");
    type_text(&mut a, "It's time");
    assert_eq!(a.selected(), Some(1));
    press(&mut a, "Enter");
    assert_eq!(a.notice(), Some("match 1 of 1 for “It's time”"));
    press(&mut a, "g /");
    type_text(&mut a, "\"You");
    assert_eq!(a.selected(), Some(2));
    press(&mut a, "Enter");
    press(&mut a, "g /");
    type_text(&mut a, "\"");
    press(&mut a, "Enter");
    assert_eq!(a.notice(), Some("match 1 of 2 for “\"”"));
}

#[test]
fn names_typed_without_accents_find_the_accented_ones() {
    // QA round 12 (flow, item 7): "mazon" did not find "Mazón".
    let texts = [
        "Officials said 181 drones were launched.",
        "Regional leader Carlos Mazón said 95 people had died.",
        "Lech Wałęsa and Núñez Feijóo spoke on Friday.",
    ];
    let mut a = app_of(&texts, Kind::Statement);
    for (query, found) in [
        ("mazon", 1),
        ("MAZÓN", 1),
        ("walesa", 2),
        ("nunez feijoo", 2),
    ] {
        press(&mut a, "g /");
        type_text(&mut a, query);
        assert_eq!(a.selected(), Some(found), "{query}");
        press(&mut a, "Enter");
    }
}
