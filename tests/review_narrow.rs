//! The review screen on narrow terminals (QA round 11, item 9): the status line keeps the
//! session's name whole, the session picker shares its width so that the articles stay legible,
//! dialogs grow with the screen and cut long file names with "…", and the note editor wraps at
//! words.

mod review_fixture;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use claimcheck::review::{App, Article, Keymap, Theme, ui};
use claimcheck::session::Session;

use review_fixture::*;

/// The sample session, saved as `name`.
fn app_named(name: &str) -> App {
    let document = document("data/odesa-drone-strike.txt", ARTICLE, ODESA_TITLE);
    let session = Session::new("test", vec![document], odesa_claims(ARTICLE, 0));
    let mut setup = setup(Theme::MONO, Size::new(120, 40));
    setup.session_name = name.into();
    App::new(session, vec![Article::Text(ARTICLE.to_string())], setup)
}

/// The status line's top row (the backend quotes each row).
fn status_row(shown: &str) -> &str {
    shown.lines().rev().nth(1).unwrap().trim_matches('"')
}

#[test]
fn the_status_line_keeps_the_session_name_whole_at_60x15() {
    let mut app = app_named("odesa-strike.review.json");
    press(&mut app, "v v d u g");
    let shown = screen(&mut app, 60, 15);
    // Was `4 / 8 reviewed · 2 ✓ · 1 ✗ · 1 ?   saved · odesa-strike.re…`.
    assert!(
        status_row(&shown).contains("saved · odesa-strike.review.json"),
        "{shown}"
    );
    assert!(
        status_row(&shown).starts_with("4 / 8 · 2 ✓ · 1 ✗ · 1 ?"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
    // A name that leaves no room for the verdicts: the count alone.
    let mut app = app_named("odesa-drone-strike.bo.review.json");
    press(&mut app, "v g");
    let shown = screen(&mut app, 60, 15);
    assert!(
        status_row(&shown).contains("odesa-drone-strike.bo.review.json"),
        "{shown}"
    );
    assert!(status_row(&shown).starts_with("1 / 8 "), "{shown}");
}

#[test]
fn the_session_picker_keeps_room_for_the_articles_at_70x20() {
    use claimcheck::review::picker::Picker;
    use claimcheck::session::Tally;
    use claimcheck::session::list::{Listed, Summary};
    let listed = |name: &str, titles: &[&str], reviewed, total, merged| Listed {
        path: name.into(),
        summary: Ok(Summary {
            titles: titles.iter().map(|t| t.to_string()).collect(),
            tally: Tally {
                total,
                verified: reviewed,
                ..Tally::default()
            },
            orphans: 0,
            merged_reviewers: merged,
        }),
        last_change: None,
        in_use: None,
    };
    let sessions = vec![
        listed("ana.review.json", &["odesa-drone-strike"], 6, 22, 0),
        listed("m2.review.json", &["odesa-drone-strike"], 2, 22, 2),
        listed(
            "multi.review.json",
            &[
                "Ukrainian drone attack on Russia kills four",
                "Quake in Yunnan",
            ],
            5,
            16,
            0,
        ),
        Listed {
            path: "new.review.json".into(),
            summary: Err("not a claimcheck session: expected a JSON object".into()),
            last_change: None,
            in_use: None,
        },
    ];
    let picker = Picker::new(sessions, "flow".into(), Keymap::default(), Theme::MONO);
    let mut terminal = Terminal::new(TestBackend::new(70, 20)).unwrap();
    terminal
        .draw(|frame| ui::picker::draw(frame, &picker))
        .unwrap();
    let shown = terminal.backend().to_string();
    // Was `o…`, with the last change taking the room.
    assert!(shown.contains("odesa-drone-strike  "), "{shown}");
    assert!(shown.contains("Ukrainian drone a…"), "{shown}");
    assert!(
        shown.contains("Reviewed") && shown.contains("merged ×2"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn the_export_dialog_grows_and_cuts_names_with_an_ellipsis_at_70x20_and_60x15() {
    let mut app = app_named("multi.review.json");
    press(&mut app, "o");
    let shown = screen(&mut app, 70, 20);
    // Was `multi.review.repo` and `multi.review.clai` in a 47-column dialog.
    assert!(shown.contains("multi.review.report.json"), "{shown}");
    assert!(shown.contains("multi.review.claimreview.jsonld"), "{shown}");
    insta::assert_snapshot!("export_dialog_at_70x20", shown);
    let mut app = app_named("odesa-drone-strike.review.json");
    press(&mut app, "o");
    let shown = screen(&mut app, 60, 15);
    assert!(
        shown.contains("odesa-drone-strike….claimreview.jsonld"),
        "{shown}"
    );
    insta::assert_snapshot!("export_dialog_at_60x15", shown);
}

#[test]
fn the_note_editor_wraps_at_words_at_70x20() {
    let mut app = app_named("multi.review.json");
    press(&mut app, "c");
    // "Office" ends at the 64th column, the field's width at 70 columns.
    type_text(
        &mut app,
        "Checked with the transcript: yes, he was then in the Oval Office. Ask the desk.",
    );
    let shown = screen(&mut app, 70, 20);
    assert!(shown.contains("│Office. Ask the desk."), "{shown}");
    assert!(
        !shown
            .lines()
            .any(|l| l.contains("│. ") || l.contains("│ Ask")),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
    // ↑ goes up a drawn row, to the same column: from after "desk." (21) to after "tran".
    press(&mut app, "Up");
    type_text(&mut app, "X");
    let shown = screen(&mut app, 70, 20);
    assert!(
        shown.contains("│Checked with the tranXscript: yes"),
        "{shown}"
    );
    press(&mut app, "Down");
    type_text(&mut app, "Y");
    let shown = screen(&mut app, 70, 20);
    assert!(shown.contains("│Office. Ask the desk.Y"), "{shown}");
}

/// The sample with eleven reviews orphaned and one verdict to confirm, as the open report tells
/// it (QA round 12 flow, item 3: every number of three articles changed).
fn odesa_with_eleven_orphans(width: u16, height: u16) -> App {
    use claimcheck::claim::claim_id;
    use claimcheck::session::{Notice, OpenReport, Recheck, Reextraction, ReviewedClaim};
    let mut session = odesa_session_with_an_orphan("Orphan number 1 had 11 dead.", "A note.");
    let template = session.orphans[0].clone();
    for k in 2..=11 {
        let text = format!("Orphan number {k} said {} people were hurt.", k * 10);
        let mut orphan: ReviewedClaim = template.clone();
        orphan.claim.id = claim_id(&text, 1);
        orphan.claim.text = text;
        session.orphans.push(orphan);
    }
    let mut claims = session.claims().to_vec();
    claims[1].review.verdict = Some(claimcheck::session::Verdict::Verified);
    claims[1].review.recheck = vec![Recheck {
        what: "speaker".into(),
        was: "Volodymyr Zelensky".into(),
        now: "Yuri Ushakov".into(),
    }];
    let rechecked = claims[1].claim.id.clone();
    let orphans = std::mem::take(&mut session.orphans);
    let mut session = Session::from_reviewed("test", session.documents.clone(), claims);
    session.orphans = orphans;
    let orphaned = session.orphans.iter().map(|o| o.claim.id.clone()).collect();
    let mut app = App::new(
        session,
        vec![Article::Text(ARTICLE.to_string())],
        setup(Theme::MONO, Size::new(width, height)),
    );
    app.show_report(&OpenReport {
        notices: vec![Notice::Reextracted(Reextraction {
            changed: vec!["data/odesa-drone-strike.txt".into()],
            carried: 1,
            orphaned,
            rechecked: vec![rechecked],
            ..Reextraction::default()
        })],
    });
    app
}

#[test]
fn the_open_report_scrolls_and_says_there_is_more_at_80x24() {
    let mut app = odesa_with_eleven_orphans(80, 24);
    let top = screen(&mut app, 80, 24);
    assert!(top.contains("↓ more below"), "{top}");
    assert!(top.contains("j/k scroll"), "{top}");
    assert!(!top.contains("… and 3 more"), "{top}");
    insta::assert_snapshot!("open_report_top_at_80x24", top);

    // A line at a time, then a page, then to the end: every line is reached.
    press(&mut app, "j");
    assert!(screen(&mut app, 80, 24).contains("↑ more above"));
    press(&mut app, "PageDown End");
    let bottom = screen(&mut app, 80, 24);
    assert!(bottom.contains("… and 3 more"), "{bottom}");
    assert!(!bottom.contains("↓ more below"), "{bottom}");
    insta::assert_snapshot!("open_report_bottom_at_80x24", bottom);
    press(&mut app, "k Home");
    assert!(!screen(&mut app, 80, 24).contains("↑ more above"));

    // Scrolling keeps the dialog open; Enter closes it.
    press(&mut app, "Enter");
    assert!(!screen(&mut app, 80, 24).contains("Since this session was last open"));
}
