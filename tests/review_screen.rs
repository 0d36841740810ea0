//! Screens of the review interface, drawn on ratatui's test backend after key presses (like
//! gitui's `gitui_starts`), at 120×40, 80×24 and 50×12. The session is built by hand from the
//! sample article so that the screens do not change when the extractor improves.

mod review_fixture;

use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::{Rect, Size};
use ratatui::style::Color;
use ratatui::{Terminal, TerminalOptions, Viewport};

use claimcheck::claim::Kind;
use claimcheck::review::{Action, App, Article, Keymap, Theme, ui};
use claimcheck::session::{Notice, OpenReport, Session, reviewer};

use review_fixture::*;

#[test]
fn review_starts_at_120x40() {
    let mut app = odesa_app(Theme::COLOR);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn three_verdicts_a_note_and_the_arithmetic_at_120x40() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "v d u G c");
    type_text(&mut app, "Air force figures; check the governor.");
    press(&mut app, "Ctrl-S");
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn panes_stack_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "j j v Tab");
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn the_detail_pane_says_what_is_out_of_sight_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "G c");
    type_text(&mut app, "Air force figures; the governor says 120.");
    press(&mut app, "Ctrl-S e");
    type_text(&mut app, "https://t.me/kpszsu/30000");
    press(&mut app, "Enter");
    let first = screen(&mut app, 80, 24);
    assert!(first.contains("more (Tab, then j)"), "{first}");
    press(&mut app, "Tab G");
    let scrolled = screen(&mut app, 80, 24);
    assert!(scrolled.contains("↑ ") && scrolled.contains("https://t.me/kpszsu/30000"));
    assert!(!scrolled.contains("↓ "), "{scrolled}");
    insta::assert_snapshot!(first);
}

#[test]
fn the_reviewers_note_and_evidence_are_in_view_above_the_checks_at_120x35() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "G c");
    type_text(&mut app, "Air force figures; the governor says 120.");
    press(&mut app, "Ctrl-S e");
    type_text(&mut app, "https://t.me/kpszsu/30000");
    press(&mut app, "Enter e");
    type_text(&mut app, "Governor's Telegram, 5 March");
    press(&mut app, "Enter e");
    type_text(&mut app, "Ministry briefing");
    for source in ["Air force statement", "Reuters, 5 March", "AP, 5 March"] {
        press(&mut app, "Enter e");
        type_text(&mut app, source);
    }
    press(&mut app, "Enter");
    // More than the pane holds: what is cut is the check, not the reviewer's own work.
    let shown = screen(&mut app, 120, 35);
    assert!(
        shown.contains("↓ 2 more (Tab, then j)"),
        "the check, below: {shown}"
    );
    assert!(
        shown.contains("Note: Air force figures; the governor says 120."),
        "{shown}"
    );
    assert!(shown.contains("1. https://t.me/kpszsu/30000"), "{shown}");
    assert!(shown.contains("6. AP, 5 March"), "{shown}");
}

#[test]
fn the_session_picker_lines_up_its_columns_at_100x10() {
    use claimcheck::review::picker::Picker;
    use claimcheck::session::Tally;
    use claimcheck::session::list::{Listed, Summary};
    let summary = |titles: &[&str], reviewed: usize, total: usize, orphans, merged| {
        Ok(Summary {
            titles: titles.iter().map(|t| t.to_string()).collect(),
            tally: Tally {
                total,
                verified: reviewed,
                ..Tally::default()
            },
            orphans,
            merged_reviewers: merged,
        })
    };
    let listed = |name: &str, summary| Listed {
        path: name.into(),
        summary,
        last_change: None,
        in_use: None,
    };
    let mut busy = listed(
        "kyiv.review.json",
        summary(&["Kyiv power cuts"], 3, 17, 0, 0),
    );
    busy.in_use = Some(None);
    let mut picker =
        Picker::new(
            vec![
            listed(
                "odesa-drone-strike.review.json",
                summary(&[ODESA_TITLE], 8, 36, 1, 0),
            ),
            listed("odesa-merged.json", summary(&[ODESA_TITLE], 30, 36, 0, 2)),
            busy,
            listed(
                "broken.review.json",
                Err("cannot open session broken.review.json: line 203, column 8: the file ends \
                     too early (EOF while parsing a string): was it cut short?"
                    .into()),
            ),
        ],
            "checks".into(),
            Keymap::default(),
            Theme::MONO,
        );
    let mut terminal = Terminal::new(TestBackend::new(100, 10)).unwrap();
    terminal
        .draw(|frame| ui::picker::draw(frame, &picker))
        .unwrap();
    insta::assert_snapshot!(terminal.backend().to_string());
    // Highlighted, a session that cannot be opened says why in full under the table.
    picker.update(claimcheck::review::Action::Bottom);
    terminal
        .draw(|frame| ui::picker::draw(frame, &picker))
        .unwrap();
    let shown = terminal.backend().to_string();
    assert!(shown.contains("(EOF while parsing a string)"), "{shown}");
    insta::assert_snapshot!(
        "the_session_picker_says_why_a_session_cannot_be_opened",
        shown
    );
}

#[test]
fn too_small_at_50x12() {
    let mut app = odesa_app(Theme::COLOR);
    let text = screen(&mut app, 50, 12);
    assert!(text.contains("terminal too small (need 60×15)"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn help_overlay_at_120x40() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "?");
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn help_overlay_wraps_and_says_there_is_more_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "?");
    let top = screen(&mut app, 80, 24);
    assert!(top.contains("↓ more below"), "{top}");
    assert!(!top.contains("↑ more above"), "{top}");
    press(&mut app, "G");
    let end = screen(&mut app, 80, 24);
    assert!(
        end.contains("↑ more above") && !end.contains("↓ more below"),
        "{end}"
    );
    assert!(!end.contains("session picker"), "{end}");
    insta::assert_snapshot!(end);
}

#[test]
fn search_and_note_editor_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "/");
    type_text(&mut app, "drones");
    press(&mut app, "Enter c");
    type_text(&mut app, "Two sources");
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn esc_on_a_typed_note_asks_in_the_editors_footer_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "c");
    type_text(&mut app, "misleading framing");
    press(&mut app, "Esc");
    let asking = screen(&mut app, 80, 24);
    assert!(
        asking.contains("Discard the changes? y discard  n/Esc keep editing")
            || asking.contains("Discard the changes? y discard  n keep editing"),
        "{asking}"
    );
    assert!(
        asking.contains("misleading framing"),
        "the text stays in view"
    );
    insta::assert_snapshot!(asking);
}

#[test]
fn search_selects_as_you_type_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "/");
    type_text(&mut app, "drones");
    let found = screen(&mut app, 80, 24);
    assert!(found.contains("Search claims"), "{found}");
    press(&mut app, "Ctrl-U");
    type_text(&mut app, "nowhere");
    let nothing = screen(&mut app, 80, 24);
    assert!(nothing.contains("no claim contains “nowhere”"), "{nothing}");
    insta::assert_snapshot!(found);
}

#[test]
fn evidence_items_are_chosen_to_edit_or_remove_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    for item in [
        "https://www.reuters.com/world/europe/odesa-drone-attack",
        "Ukrainian air force statement, 5 March 2025",
    ] {
        press(&mut app, "e");
        type_text(&mut app, item);
        press(&mut app, "Enter");
    }
    press(&mut app, "E j");
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn esc_on_a_changed_evidence_item_asks_then_steps_back_to_the_list_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    for item in [
        "https://www.reuters.com/world/europe/odesa-drone-attack",
        "Ukrainian air force statement, 5 March 2025",
    ] {
        press(&mut app, "e");
        type_text(&mut app, item);
        press(&mut app, "Enter");
    }
    press(&mut app, "E j Enter");
    type_text(&mut app, " (Telegram)");
    press(&mut app, "Esc");
    let asking = screen(&mut app, 80, 24);
    assert!(asking.contains("Discard the changes?"), "{asking}");
    assert!(
        asking.contains("(Telegram)"),
        "the text stays in view: {asking}"
    );
    press(&mut app, "y");
    let back = screen(&mut app, 80, 24);
    assert!(back.contains("› 2. Ukrainian air force"), "{back}");
    assert!(!back.contains("(Telegram)"), "{back}");
    insta::assert_snapshot!(back);
    press(&mut app, "Esc");
    let main = screen(&mut app, 80, 24);
    assert!(!main.contains("Evidence of #1"), "{main}");
}

#[test]
fn long_messages_are_never_cut_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    let path = "/home/ana/checks/2025/march/odesa-drone-strike.review.claimreview.jsonld";
    app.exported(Ok((path.into(), Vec::new())));
    let two_rows = screen(&mut app, 80, 24);
    let squeezed: String = two_rows.lines().rev().take(2).collect::<Vec<_>>().join("");
    assert!(squeezed.contains("claimreview.jsonld"), "{two_rows}");
    app.exported(Ok((
        path.into(),
        vec![
            "no --org: each review's author is the reviewer who gave the verdict".into(),
            "no --url-base: each review's url is #<claim id>, relative to the page it is in".into(),
        ],
    )));
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn several_articles_are_grouped_at_120x40() {
    let other =
        "Officials said 40 drones were launched. Air defence shot down 31 drones overnight.\n";
    let documents = vec![
        document("data/odesa-drone-strike.txt", ARTICLE, ODESA_TITLE),
        document("night.txt", other, "Overnight drone attack"),
    ];
    let mut claims = odesa_claims(ARTICLE, 0);
    claims.truncate(3);
    let mut night = claim(
        other,
        1,
        "Air defence shot down 31 drones overnight.",
        Kind::Quantity,
        0.8,
    );
    night.quantities = vec![figure(other, "31 drones", 31.0, "drones")];
    claims.push(night);
    let session = Session::new("test", documents, claims);
    let articles = vec![Article::Text(ARTICLE.into()), Article::Text(other.into())];
    let mut app = App::new(session, articles, setup(Theme::COLOR, Size::new(120, 40)));
    press(&mut app, "G");
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn monochrome_shows_every_verdict_without_colour() {
    for (theme, coloured) in [(Theme::MONO, false), (Theme::COLOR, true)] {
        let mut app = odesa_app(theme);
        press(&mut app, "v d u");
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        app.update(Action::Resize {
            width: 120,
            height: 40,
        });
        terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
        let buffer = terminal.backend().buffer();
        let uses_colour = buffer
            .content
            .iter()
            .any(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset);
        assert_eq!(uses_colour, coloured, "{theme:?}");
        let text = terminal.backend().to_string();
        for glyph in ["✓ stmt", "✗ quote", "? attr", "· date"] {
            assert!(
                text.contains(glyph),
                "{glyph} missing in {theme:?}:\n{text}"
            );
        }
    }
}

/// What a terminal backend wrote, kept for inspection.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An article carrying terminal escape sequences: they must reach the terminal as visible
/// symbols, never as the bytes that would retitle the window or clear the screen.
#[test]
fn escape_sequences_in_an_article_are_drawn_inert() {
    let hostile = "Intro line.\nThe mayor said 12 homes burned.\u{1b}]0;owned\u{7}\u{1b}[2J Then \u{9b}31mred.\n";
    let document = document("hostile.txt", hostile, "Hostile\u{1b}[2J title");
    let sentence = "The mayor said 12 homes burned.\u{1b}]0;owned\u{7}\u{1b}[2J Then \u{9b}31mred.";
    let claims = vec![claim(hostile, 0, sentence, Kind::Statement, 0.7)];
    let session = Session::new("test", vec![document], claims);
    let app = App::new(
        session,
        vec![Article::Text(hostile.into())],
        setup(Theme::COLOR, Size::new(120, 40)),
    );
    let area = Rect::new(0, 0, 120, 40);
    let bytes = Captured::default();
    let backend = CrosstermBackend::new(bytes.clone());
    let options = TerminalOptions {
        viewport: Viewport::Fixed(area),
    };
    let mut terminal = Terminal::with_options(backend, options).unwrap();
    terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    let written = String::from_utf8_lossy(&bytes.0.lock().unwrap()).into_owned();
    for raw in ["\u{1b}]0;owned", "\u{7}", "\u{1b}[2J", "\u{9b}"] {
        assert!(!written.contains(raw), "{raw:?} reached the terminal");
    }
    assert!(written.contains("␛]0;owned␇␛[2J"), "escape not shown inert");
    assert!(
        written.contains("\\u{9b}31mred"),
        "C1 control not shown inert"
    );
}

#[test]
fn the_quit_dialog_after_a_failed_full_save_says_the_journal_holds_the_changes_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    press(&mut app, "v j u");
    // `s` could not rewrite the session file (a read-only folder); each change went to the
    // journal before it was shown, so nothing is lost.
    app.folded(Err(
        "cannot save session nb/wildfire.review.json: cannot write \
                    nb/wildfire.review.json: cannot create a file in nb: permission denied"
            .into(),
    ));
    press(&mut app, "q");
    let shown = screen(&mut app, 80, 24);
    assert!(!shown.contains("not on disk"), "{shown}");
    assert!(
        shown.contains("permission denied"),
        "the whole reason: {shown}"
    );
    insta::assert_snapshot!(shown);
}

/// Presses keys whose changes the journal refuses (a disk that refuses writes).
fn press_refused(app: &mut App, keys: &str, message: &str) {
    for name in keys.split_whitespace() {
        let chord = claimcheck::review::keymap::Chord::parse(name).unwrap();
        if let Some(action) = app.keymap().action(app.context(), &chord.to_event())
            && let claimcheck::review::Effect::Persist(_) = app.update(action)
        {
            app.persisted(Err(message.into()));
        }
    }
}

#[test]
fn the_quit_dialog_counts_the_changes_not_on_disk_at_80x24() {
    let mut app = odesa_app(Theme::COLOR);
    let refused = "cannot save the change to odesa-drone-strike.review.json.journal: read-only \
                   file system";
    press_refused(&mut app, "d u", refused);
    // A later change that reaches the journal does not bring back the two before it.
    press(&mut app, "v");
    press(&mut app, "q");
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("2 changes are not on disk"),
        "counted, not 'the last change': {shown}"
    );
    insta::assert_snapshot!(shown);
}

/// The sample session with ana's verdicts on its first three claims, opened by `reviewer`.
fn opened_by(reviewer: &str, width: u16, height: u16) -> App {
    let mut ana = odesa_app(Theme::COLOR);
    press(&mut ana, "v v d");
    let mut setup = setup(Theme::COLOR, Size::new(width, height));
    setup.reviewer = reviewer.into();
    // As `claimcheck review` opens it: whose verdicts these are is part of the opening report.
    let others = reviewer::others_verdicts(ana.session(), reviewer);
    let mut report = OpenReport::default();
    if !others.is_empty() {
        let path = std::path::Path::new(&setup.session_name);
        report.notices.push(Notice::OthersVerdicts {
            own_session: reviewer::independent_session(path, reviewer, &others),
            reviewers: others,
        });
    }
    let mut app = App::new(
        ana.session().clone(),
        vec![Article::Text(ARTICLE.to_string())],
        setup,
    );
    app.show_report(&report);
    app
}

#[test]
fn a_second_reviewer_is_told_whose_session_it_is_at_80x24_and_60x15() {
    let mut bo = opened_by("bo", 80, 24);
    let shown = screen(&mut bo, 80, 24);
    let status: String = shown.lines().rev().take(2).collect::<Vec<_>>().join("\n");
    assert!(status.contains("ana's verdicts"), "{shown}");
    assert!(
        status.contains("odesa-drone-strike.bo.review.json"),
        "the whole file name: {shown}"
    );
    insta::assert_snapshot!("a_second_reviewer_at_80x24", shown);
    let mut narrow = opened_by("bo", 60, 15);
    let shown = screen(&mut narrow, 60, 15);
    assert!(
        shown.contains("odesa-drone-strike.bo.review.json") && shown.contains("ana's"),
        "{shown}"
    );
    insta::assert_snapshot!("a_second_reviewer_at_60x15", shown);
    // Replacing one of ana's verdicts says so, in the status line.
    press(&mut bo, "Esc g u");
    let shown = screen(&mut bo, 80, 24);
    assert!(shown.contains("replaced ana's ✓ verified on #1"), "{shown}");
    assert!(
        !opened_by("ana", 80, 24)
            .notice()
            .is_some_and(|n| n.contains("verdicts"))
    );
}
