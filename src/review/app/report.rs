//! Telling the reviewer what happened while the session was opened.

use crate::display::{inert, quoted};
use crate::session::{Notice, OPEN_GLYPH, OpenReport, RECHECK_GLYPH};

use super::notice::count;

use ratatui::layout::Rect;

use super::super::action::Action;
use super::super::layout;
use super::{App, Effect, Mode};

impl App {
    /// Shows what happened while the session was opened: a dialog the reviewer closes when the
    /// claims or the saved changes are not what they left (extracted again, reviews orphaned, a
    /// journal set aside), the status line for the rest (a recovery that went well, a missing
    /// article, which the source pane also explains).
    pub fn show_report(&mut self, report: &OpenReport) {
        if report.notices.is_empty() {
            return;
        }
        let mut lines: Vec<String> = Vec::new();
        for notice in &report.notices {
            lines.push(notice.to_string());
            if let Notice::Reextracted(reextraction) = notice {
                if !reextraction.rechecked.is_empty() {
                    lines.push(self.rechecks_listed(&reextraction.rechecked));
                }
                if !reextraction.orphaned.is_empty() {
                    lines.push(self.orphans_listed(&reextraction.orphaned));
                }
            }
        }
        if report.notices.iter().any(|n| n.needs_acknowledgement()) {
            self.mode = Mode::Report { lines, scroll: 0 };
        } else {
            self.notice = Some(lines.join("; "));
        }
    }

    /// The claims among `ids` whose carried-over verdict waits to be confirmed, one line each:
    /// number, verdict, the start of the claim's text, what changed.
    fn rechecks_listed(&self, ids: &[String]) -> String {
        const SHOWN: usize = 8;
        let mut text = format!(
            "Marked {RECHECK_GLYPH} and counted as open until you give a verdict again (f: open \
             lists them):"
        );
        for id in ids.iter().take(SHOWN) {
            let Some(at) = self.session.position(id) else {
                continue;
            };
            let review = &self.session.claims()[at].review;
            let verdict = review.verdict.map_or(format!("{OPEN_GLYPH} open"), |v| {
                format!("{} {}", v.glyph(), v.label())
            });
            text.push_str(&format!(
                "\n• #{} {verdict} — {} — {}",
                at + 1,
                quoted(&inert::cut(&self.session.claims()[at].claim.text, 50)),
                inert::clean(&review.recheck_summary().unwrap_or_default())
            ));
        }
        if ids.len() > SHOWN {
            text.push_str(&format!("\n… and {} more", ids.len() - SHOWN));
        }
        text
    }

    /// The orphaned reviews among `ids`, one line each: verdict, the start of the claim's text,
    /// the note's first line.
    fn orphans_listed(&self, ids: &[String]) -> String {
        /// Orphans listed by name; the rest are counted (all are at the end of the claim list).
        const SHOWN: usize = 8;
        let mut text =
            String::from("Their reviews are kept, read-only, at the end of the claim list:");
        for id in ids.iter().take(SHOWN) {
            let Some(orphan) = self.session.orphans.iter().find(|o| &o.claim.id == id) else {
                continue;
            };
            let review = &orphan.review;
            let verdict = review.verdict.map_or(format!("{OPEN_GLYPH} open"), |v| {
                format!("{} {}", v.glyph(), v.label())
            });
            text.push_str(&format!(
                "\n• {verdict} — {}",
                quoted(&inert::cut(&orphan.claim.text, 60))
            ));
            if let Some(note) = review.note.lines().find(|l| !l.trim().is_empty()) {
                text.push_str(&format!(" — note: {}", inert::cut(note, 60)));
            }
            if !review.evidence.is_empty() {
                text.push_str(&format!(
                    " — {}",
                    count(review.evidence.len(), "evidence item")
                ));
            }
        }
        if ids.len() > SHOWN {
            text.push_str(&format!("\n… and {} more", ids.len() - SHOWN));
        }
        text
    }

    /// Keys while the report is shown: it scrolls and closes, nothing else happens.
    pub(super) fn report(&mut self, action: Action) -> Effect {
        if action == Action::Cancel {
            self.mode = Mode::Browse;
        }
        let area = self.area_rect();
        if let Mode::Report { lines, scroll } = &mut self.mode {
            *scroll = scrolled(*scroll, &action, area, &layout::dialog_rows(area, lines));
        }
        Effect::None
    }
}

/// A dialog of `rows` on a screen of `area`, scrolled from `scroll` by a move (a line, a page of
/// the dialog, to either end), clamped so that its last row is at the bottom at most.
pub(super) fn scrolled(scroll: u16, action: &Action, area: Rect, rows: &[String]) -> u16 {
    let visible = layout::dialog_rows_visible(area, rows.len());
    let page = (visible as u16).saturating_sub(1).max(1);
    let scroll = match action {
        Action::Down => scroll.saturating_add(1),
        Action::Up => scroll.saturating_sub(1),
        Action::PageDown => scroll.saturating_add(page),
        Action::PageUp => scroll.saturating_sub(page),
        Action::Wheel { down: true, .. } => scroll.saturating_add(3),
        Action::Wheel { down: false, .. } => scroll.saturating_sub(3),
        Action::Top => 0,
        Action::Bottom => u16::MAX,
        _ => scroll,
    };
    scroll.min(u16::try_from(rows.len() - visible).unwrap_or(u16::MAX))
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Size;

    use super::*;
    use crate::extract::{EXTRACTOR_VERSION, Source, extract_documents};
    use crate::review::app::{Article, Clock, Setup};
    use crate::review::keymap::Context;
    use crate::review::{Keymap, Theme, ui};
    use crate::session::{Notice, Reextraction, Session};

    const TEXT: &str = "Officials said 181 drones were launched.\nThe army shot down 115.\n";

    fn app() -> App {
        let extraction = extract_documents(&[Source {
            path: "a.txt",
            text: TEXT,
        }]);
        let session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
        App::new(session, vec![Article::Text(TEXT.into())], setup())
    }

    /// The screen's setup for these tests: 100 × 30, reviewer ana.
    fn setup() -> Setup {
        Setup {
            session_name: "a.review.json".into(),
            reviewer: "ana".into(),
            clock: Clock::System,
            keymap: Keymap::default(),
            theme: Theme::from_env(true),
            size: Size::new(100, 30),
        }
    }

    fn screen(app: &App) -> String {
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        terminal.draw(|frame| ui::draw(frame, app)).unwrap();
        let buffer = terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn orphaned_reviews_are_shown_until_the_reviewer_closes_the_dialog() {
        let mut app = app();
        let report = OpenReport {
            notices: vec![Notice::Reextracted(Reextraction {
                changed: vec!["a.txt".into()],
                carried: 2,
                orphaned: vec!["c0123456789ab".into()],
                ..Reextraction::default()
            })],
        };
        app.show_report(&report);
        assert_eq!(app.context(), Context::Report);
        let shown = screen(&app);
        assert!(
            shown.contains("a.txt changed since the session was made"),
            "{shown}"
        );
        assert!(shown.contains("as orphans (c0123456789ab)"), "{shown}");
        assert_eq!(
            app.update(Action::MarkVerified),
            Effect::None,
            "keys do not go through"
        );
        assert_eq!(app.session().tally().reviewed(), 0);
        app.update(Action::Cancel);
        assert_eq!(app.context(), Context::Browse);
        assert!(!screen(&app).contains("as orphans (c0123456789ab)"));
    }

    #[test]
    fn verdicts_to_confirm_are_listed_with_what_changed() {
        // QA round 11, item 2.
        let app = app();
        let mut claims = app.session().claims().to_vec();
        claims[1].review = crate::session::Review {
            verdict: Some(crate::session::Verdict::Verified),
            recheck: vec![crate::session::Recheck {
                what: "speaker".into(),
                was: "Volodymyr Zelensky".into(),
                now: "Yuri Ushakov".into(),
            }],
            ..crate::session::Review::default()
        };
        let id = claims[1].claim.id.clone();
        let session =
            Session::from_reviewed(EXTRACTOR_VERSION, app.session().documents.clone(), claims);
        let mut app = App::new(session, vec![Article::Text(TEXT.into())], setup());
        app.show_report(&OpenReport {
            notices: vec![Notice::Reextracted(Reextraction {
                changed: vec!["a.txt".into()],
                carried: 1,
                rechecked: vec![id],
                ..Reextraction::default()
            })],
        });
        let shown = screen(&app);
        assert!(
            shown.contains("1 carried-over verdict to confirm"),
            "{shown}"
        );
        assert!(shown.contains("• #2 ✓ verified"), "{shown}");
        assert!(shown.contains("now “Yuri Ushakov”"), "{shown}");
        assert_eq!(app.session().tally().open(), 2);
    }

    #[test]
    fn a_recovery_is_told_in_the_status_line() {
        let mut app = app();
        let report = OpenReport {
            notices: vec![Notice::Recovered { changes: 3 }],
        };
        app.show_report(&report);
        assert_eq!(app.context(), Context::Browse);
        assert!(screen(&app).contains("3 saved changes recovered"));
    }

    #[test]
    fn an_unknown_reviewer_is_told_how_to_sign() {
        let mut app = app();
        app.show_report(&OpenReport {
            notices: vec![Notice::ReviewerUnknown { blank_given: false }],
        });
        assert_eq!(app.context(), Context::Browse);
        let shown = screen(&app);
        assert!(shown.contains("restart with --reviewer NAME"), "{shown}");
        assert!(shown.contains("USER unset"), "{shown}");
    }

    #[test]
    fn an_empty_reviewer_name_is_said_to_be_empty_not_missing() {
        let said = Notice::ReviewerUnknown { blank_given: true }.to_string();
        assert!(
            said.starts_with("--reviewer was given an empty name"),
            "{said}"
        );
        assert!(!said.contains("USER"), "{said}");
        assert!(said.ends_with("restart with --reviewer NAME"), "{said}");
    }
}
