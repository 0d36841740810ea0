//! The export key's format dialog, and adjudication of a merged session's conflicts.

use std::path::PathBuf;

use crate::export::Format;
use crate::export::merge::{CONFLICT_GLYPH, is_conflict};
use crate::session::RECHECK_GLYPH;

use super::super::action::Action;
use super::{App, Effect, Mode};

impl App {
    /// Keys in the export dialog: choose a format, write it, or cancel.
    pub(super) fn choose_export(&mut self, action: Action) -> Effect {
        let Mode::Export { choice } = &mut self.mode else {
            return Effect::None;
        };
        let formats = Format::ALL.len();
        match action {
            Action::Down => *choice = (*choice + 1) % formats,
            Action::Up => *choice = (*choice + formats - 1) % formats,
            Action::Top => *choice = 0,
            Action::Bottom => *choice = formats - 1,
            Action::Submit => {
                let format = Format::ALL[(*choice).min(formats - 1)];
                self.mode = Mode::Browse;
                return Effect::Export(format);
            }
            Action::Cancel => self.mode = Mode::Browse,
            _ => {}
        }
        Effect::None
    }

    /// Tells the app where the last [`Effect::Export`] went, or why it failed; the status line
    /// says so.
    pub fn exported(&mut self, outcome: Result<(PathBuf, Vec<String>), String>) {
        self.notice = Some(match outcome {
            Ok((path, warnings)) => {
                let mut notice = format!("exported to {}", path.display());
                for warning in warnings {
                    notice.push_str(" · ");
                    notice.push_str(&warning);
                }
                notice
            }
            Err(message) => format!("export failed: {message}"),
        });
    }

    /// Claims of a merged session whose reviewers disagree and which are still open.
    pub fn open_conflicts(&self) -> usize {
        self.session
            .claims()
            .iter()
            .filter(|c| c.review.verdict.is_none() && is_conflict(c))
            .count()
    }

    /// Agreed verdicts of a merged session that wait to be confirmed (a reviewer gave theirs
    /// before an article edit changed the claim).
    pub fn verdicts_to_confirm(&self) -> usize {
        self.session
            .claims()
            .iter()
            .filter(|c| {
                !c.reviews.is_empty() && c.review.verdict.is_some() && !c.review.recheck.is_empty()
            })
            .count()
    }

    /// On opening a merged session, says how many conflicts and verdicts to confirm await the
    /// adjudicator.
    pub(super) fn announce_conflicts(&mut self) {
        let waiting: Vec<String> = [
            (self.open_conflicts(), "conflict(s)", CONFLICT_GLYPH),
            (
                self.verdicts_to_confirm(),
                "verdict(s) to confirm",
                RECHECK_GLYPH,
            ),
        ]
        .into_iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, what, glyph)| format!("{n} {what} marked {glyph}"))
        .collect();
        if !waiting.is_empty() {
            self.notice = Some(format!(
                "merged session: {} await your verdict, which becomes final",
                waiting.join(" and ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Size;

    use super::*;
    use crate::claim::{Claim, Kind, claim_id};
    use crate::review::app::{Article, Clock, Setup};
    use crate::review::keymap::{Context, Keymap};
    use crate::review::theme::Theme;
    use crate::session::{Review, ReviewedClaim, Session, Verdict};

    fn claim(text: &str, start: usize) -> Claim {
        Claim {
            id: claim_id(text, 1),
            doc: 0,
            text: text.into(),
            start,
            end: start + text.len(),
            kind: Kind::Quantity,
            score: 0.8,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: None,
        }
    }

    fn by(verdict: Verdict, who: &str) -> Review {
        Review {
            verdict: Some(verdict),
            reviewer: Some(who.into()),
            ..Review::default()
        }
    }

    /// A merged session: the first claim agreed (verified), the second in conflict.
    /// The editor adjudicating the merged `session`, on a 120×40 screen.
    fn adjudicating(session: Session) -> App {
        let setup = Setup {
            session_name: "merged.json".into(),
            reviewer: "editor".into(),
            clock: Clock::Fixed("2025-03-07T12:00:00+00:00".parse().unwrap()),
            keymap: Keymap::default(),
            theme: Theme::MONO,
            size: Size::new(120, 40),
        };
        App::new(session, vec![Article::Text(String::new())], setup)
    }

    fn app() -> App {
        let agreed = ReviewedClaim {
            claim: claim("Russia fired 181 drones.", 0),
            review: by(Verdict::Verified, "ana + bo"),
            reviews: vec![by(Verdict::Verified, "ana"), by(Verdict::Verified, "bo")],
        };
        let conflict = ReviewedClaim {
            claim: claim("Ukraine shot down 115.", 30),
            review: Review::default(),
            reviews: vec![by(Verdict::Disputed, "ana"), by(Verdict::Verified, "bo")],
        };
        let session = Session::from_reviewed("1", Vec::new(), vec![agreed, conflict]);
        adjudicating(session)
    }

    #[test]
    fn the_export_key_asks_for_a_format_and_asks_the_loop_to_write_it() {
        let mut app = app();
        assert_eq!(app.update(Action::Export), Effect::None);
        assert_eq!(app.context(), Context::Export);
        app.update(Action::Down);
        app.update(Action::Down);
        assert_eq!(app.update(Action::Submit), Effect::Export(Format::Markdown));
        assert_eq!(app.context(), Context::Browse);

        app.update(Action::Export);
        app.update(Action::Up);
        assert_eq!(
            app.update(Action::Submit),
            Effect::Export(Format::ClaimReview)
        );
        app.update(Action::Export);
        assert_eq!(app.update(Action::Cancel), Effect::None);
        assert_eq!(app.context(), Context::Browse);
    }

    #[test]
    fn the_status_line_says_where_the_export_went_or_why_not() {
        let mut app = app();
        app.exported(Ok(("merged.md".into(), Vec::new())));
        assert_eq!(app.notice(), Some("exported to merged.md"));
        app.exported(Ok((
            "merged.claimreview.jsonld".into(),
            vec!["no --org: the reviews have no `author`".into()],
        )));
        assert!(
            app.notice()
                .unwrap()
                .ends_with("· no --org: the reviews have no `author`")
        );
        app.exported(Err("cannot write merged.md: disk full".into()));
        assert_eq!(
            app.notice(),
            Some("export failed: cannot write merged.md: disk full")
        );
    }

    #[test]
    fn the_adjudicators_verdict_becomes_final_and_keeps_every_reviewers_verdict() {
        let mut app = app();
        assert_eq!(app.open_conflicts(), 1);
        assert!(app.notice().unwrap().contains("1 conflict(s)"));
        assert!(!app.notice().unwrap().contains("to confirm"));
        // Opened on the first claim; the conflict is the next open one.
        app.update(Action::Down);
        assert_eq!(app.selected(), Some(1));
        let effect = app.update(Action::MarkDisputed);
        assert!(matches!(effect, Effect::Persist(_)));
        let decided = &app.session().claims()[1];
        assert_eq!(decided.review.verdict, Some(Verdict::Disputed));
        assert_eq!(decided.review.reviewer.as_deref(), Some("editor"));
        assert_eq!(decided.reviews.len(), 2, "the reviewers' own verdicts stay");
        assert_eq!(decided.reviews[1].verdict, Some(Verdict::Verified));
        assert_eq!(app.open_conflicts(), 0);
        // Undo reopens the conflict.
        app.update(Action::Undo);
        assert_eq!(app.open_conflicts(), 1);
    }

    #[test]
    fn verdicts_to_confirm_are_announced_beside_the_conflicts() {
        // QA round 13 flow, item D: only the conflicts were counted.
        let flag = || {
            vec![crate::session::Recheck {
                what: "figures".into(),
                was: "95 people".into(),
                now: "96 people".into(),
            }]
        };
        let mut app = app();
        let mut session = app.session().clone();
        session.put(
            0,
            Review {
                recheck: flag(),
                ..by(Verdict::Verified, "ana + bo")
            },
        );
        session.reviews_mut(0)[0].recheck = flag();
        app = adjudicating(session);
        assert_eq!(app.verdicts_to_confirm(), 1);
        assert_eq!(
            app.notice(),
            Some(
                "merged session: 1 conflict(s) marked ≠ and 1 verdict(s) to confirm marked ! \
                 await your verdict, which becomes final"
            )
        );
    }
}
