//! Other reviewers' verdicts: a session is shared by whoever opens it, so a reviewer is told when
//! a verdict they replace or clear was someone else's (and, on opening, when every verdict is:
//! [`crate::session::Notice::OthersVerdicts`]).

use crate::session::Review;

use super::App;

impl App {
    /// "ana's ✓ verified", when `before` holds a verdict another reviewer gave (which marking
    /// is about to replace or clear).
    pub(super) fn others_verdict(&self, before: &Review) -> Option<String> {
        let verdict = before.verdict?;
        let by = before
            .reviewer
            .as_deref()
            .filter(|by| *by != self.reviewer)?;
        Some(format!(
            "{}'s {} {}",
            crate::display::inert::cut(by, 30),
            verdict.glyph(),
            verdict.label()
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ratatui::layout::Size;

    use super::super::tests::{app_with, claim, press};
    use super::*;
    use crate::claim::Kind;
    use crate::review::app::{Article, Clock, Setup};
    use crate::review::{Keymap, Theme};
    use crate::session::reviewer::{independent_session, others_verdicts};
    use crate::session::{Notice, OpenReport, Session, Verdict};

    /// A session whose first three claims `ana` verified, opened by `reviewer` as the review
    /// command opens it: told whose verdicts they are when none is the reviewer's.
    fn opened_by(reviewer: &str) -> App {
        opened_as(reviewer, "mexico-quake.review.json")
    }

    /// [`opened_by`], the session kept at `path`.
    fn opened_as(reviewer: &str, path: &str) -> App {
        let mut a = app_with((0..5).map(|i| claim(i, 0, Kind::Quantity)).collect(), 1);
        press(&mut a, "v v v");
        let session: Session = a.session().clone();
        assert_eq!(session.tally().verified, 3);
        let others = others_verdicts(&session, reviewer);
        let path = Path::new(path);
        let mut report = OpenReport::default();
        if !others.is_empty() {
            report.notices.push(Notice::OthersVerdicts {
                own_session: independent_session(path, reviewer, &others),
                reviewers: others,
            });
        }
        let setup = Setup {
            session_name: path.display().to_string(),
            reviewer: reviewer.into(),
            clock: Clock::System,
            keymap: Keymap::default(),
            theme: Theme::MONO,
            size: Size::new(120, 40),
        };
        let articles = vec![Article::Unavailable("no text in this test".into())];
        let mut app = App::new(session, articles, setup);
        app.show_report(&report);
        app
    }

    #[test]
    fn a_second_reviewer_is_told_whose_verdicts_these_are_and_where_to_review_alone() {
        let bo = opened_by("bo");
        assert_eq!(
            bo.notice(),
            Some(
                "this session holds ana's verdicts; for an independent review use --session \
                 mexico-quake.bo.review.json"
            )
        );
        assert_eq!(opened_by("ana").notice(), None, "her own session");
        let copy = opened_as("bo", "mexico-quake.bo.review.json");
        let said = copy.notice().unwrap_or_default();
        assert!(
            said.starts_with("this session is named as yours but holds ana's verdicts")
                && !said.contains("bo.bo"),
            "{said}"
        );
    }

    #[test]
    fn replacing_another_reviewers_verdict_says_so() {
        let mut bo = opened_by("bo");
        press(&mut bo, "g d");
        assert_eq!(verdict_of(&bo, 0), Some(Verdict::Disputed));
        assert_eq!(
            bo.notice(),
            Some(
                "replaced ana's ✓ verified on #1 with ✗ disputed; now on #4 “Claim number 3 says \
                 som…” (k k k back to #1)"
            )
        );
        // Under a verdict filter the claim leaves the view: both are said, whole (the notice
        // was once cut out of the leaving one: "… with is now ✗ disputed, out of this view").
        let mut filtered = opened_by("bo");
        press(&mut filtered, "f f g d");
        let said = filtered.notice().unwrap_or_default();
        assert!(
            said.starts_with(
                "replaced ana's ✓ verified on #1; #1 is now ✗ disputed, out of this view"
            ),
            "{said}"
        );
        // bo's own verdict, replaced by bo, is no news: only where the selection went is.
        press(&mut bo, "g u");
        assert!(
            bo.notice()
                .is_some_and(|n| n.starts_with("#1 ? unclear; now on #4")),
            "{:?}",
            bo.notice()
        );
        press(&mut bo, "g j x");
        assert_eq!(
            bo.notice(),
            Some(
                "cleared ana's ✓ verified on #2 “Claim number 1 says som…” (its note and evidence \
                 stay)"
            )
        );
    }

    fn verdict_of(a: &App, at: usize) -> Option<Verdict> {
        a.session().claims()[at].review.verdict
    }
}
