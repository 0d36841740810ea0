//! The figure checks of the session under review ([`crate::checks`]), run once when the screen
//! opens, and which claims each finding concerns — so the detail pane and the "inconsistent
//! figures" filter cost the same per keypress at 100,000 claims as at 20.

use std::collections::HashMap;

use crate::checks::{Finding, Outcome, check};
use crate::session::Session;

/// The findings and, per claim position, the findings that involve it.
#[derive(Debug, Default)]
pub struct Checks {
    findings: Vec<Finding>,
    by_claim: HashMap<usize, Vec<usize>>,
}

impl Checks {
    /// Runs the checks on the session's claims.
    pub fn of(session: &Session) -> Checks {
        let findings = check(session.claims().iter().map(|r| &r.claim));
        let mut by_claim: HashMap<usize, Vec<usize>> = HashMap::new();
        for (k, finding) in findings.iter().enumerate() {
            for id in &finding.claims {
                if let Some(at) = session.position(id) {
                    by_claim.entry(at).or_default().push(k);
                }
            }
        }
        Checks { findings, by_claim }
    }

    /// The findings that involve the claim at position `at`.
    pub fn for_claim(&self, at: usize) -> Vec<&Finding> {
        self.by_claim
            .get(&at)
            .map(|ks| ks.iter().map(|&k| &self.findings[k]).collect())
            .unwrap_or_default()
    }

    /// Positions of the claims with an inconsistent figure, ascending.
    pub fn inconsistent(&self) -> Vec<usize> {
        let mut at: Vec<usize> = self
            .by_claim
            .iter()
            .filter(|(_, ks)| {
                ks.iter()
                    .any(|&k| self.findings[k].result == Outcome::Inconsistent)
            })
            .map(|(&at, _)| at)
            .collect();
        at.sort_unstable();
        at
    }

    /// Every finding.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;
    use ratatui::layout::Size;

    use crate::extract::{Options, extract_with};
    use crate::review::action::Action;
    use crate::review::app::{App, Article, Clock, Setup};
    use crate::review::keymap::Keymap;
    use crate::review::theme::Theme;
    use crate::session::Session;

    const TEXT: &str = "Officials said 3,400 people died in the north. Rescuers searched the \
                        ruins all night. Another 1,600 died in the south. That brought the number \
                        killed to 5,100. Russia fired 181 drones and Ukraine shot down 115.";

    fn app() -> App {
        app_of(TEXT)
    }

    fn app_of(text: &str) -> App {
        let claims = extract_with(text, 0, &Options { min_score: 0.0 });
        let document = crate::extract::document("quake.txt", text);
        let session = Session::new("test", vec![document], claims);
        App::new(session, vec![Article::Text(text.to_string())], setup())
    }

    fn setup() -> Setup {
        Setup {
            session_name: "quake.review.json".into(),
            reviewer: "ana".into(),
            clock: Clock::Fixed(DateTime::parse_from_rfc3339("2025-03-05T10:00:00+01:00").unwrap()),
            keymap: Keymap::default(),
            theme: Theme::MONO,
            size: Size::new(120, 40),
        }
    }

    #[test]
    fn the_detail_pane_shows_the_findings_of_the_claim() {
        let app = app();
        let text = app.detail_text();
        assert!(
            text.contains("Checks: ✗ running total: 3,400 + 1,600 = 5,000 ≠ 5,100 (stated total)"),
            "{text}"
        );
    }

    #[test]
    fn the_filter_keeps_the_claims_with_an_inconsistent_figure() {
        let mut app = app();
        assert_eq!(app.in_view(), 5);
        let chord = crate::review::keymap::Chord::parse("!").unwrap();
        let action = app.keymap().action(app.context(), &chord.to_event());
        assert_eq!(action, Some(Action::FilterInconsistent));
        app.update(Action::FilterInconsistent);
        assert!(app.inconsistent_only());
        assert_eq!(app.in_view(), 3, "the three sentences of the running total");
        assert_eq!(
            app.notice(),
            Some("showing 3 claims: all · every kind · ✗ figures"),
            "the status line names the filter as the list's title does"
        );
        app.update(Action::Bottom);
        assert!(
            app.detail_text().contains("brought the number killed to"),
            "{}",
            app.detail_text()
        );
        app.update(Action::FilterInconsistent);
        assert_eq!(app.in_view(), 5);
    }

    #[test]
    fn the_filter_is_part_of_the_place_a_resumed_session_opens_at() {
        let mut app = app();
        app.update(Action::FilterInconsistent);
        let saved = app.session_for_save().clone();
        assert!(saved.place.inconsistent);
        let json = crate::session::to_json(&saved);
        assert!(json.contains("\"inconsistent\": true"), "{json}");
        let back = crate::session::parse(&json).unwrap();
        let resumed = App::new(back, vec![Article::Text(TEXT.to_string())], setup());
        assert!(resumed.inconsistent_only());
        assert_eq!(resumed.in_view(), 3);
    }

    #[test]
    fn the_filter_says_so_when_nothing_is_inconsistent() {
        let claims = extract_with(
            "Russia fired 181 drones and Ukraine shot down 115.",
            0,
            &Options { min_score: 0.0 },
        );
        let session = Session::new("test", Vec::new(), claims);
        let checks = super::Checks::of(&session);
        assert_eq!(checks.findings().len(), 1);
        assert!(checks.inconsistent().is_empty());
        assert_eq!(checks.for_claim(0).len(), 1);
        let mut app = app_of("Russia fired 181 drones and Ukraine shot down 115.");
        app.update(Action::FilterInconsistent);
        assert!(!app.inconsistent_only());
        assert_eq!(
            app.notice(),
            Some("no claim has figures that do not add up")
        );
        assert!(
            app.detail_text()
                .contains("Checks: → interception: 181 − 115 = 66 drones not shot down")
        );
    }

    #[test]
    fn the_detail_pane_shows_the_sum_of_parts_that_fall_short_of_their_total() {
        // QA round 9, item E11: the differences were shown, but not the sum that matters.
        let app = app_of(
            "Of the 14 dead, eight were in North Carolina and five in South Carolina, state \
             officials said.",
        );
        let text = app.detail_text();
        assert!(
            text.contains("Checks: → parts and total: 8 + 5 = 13 ≠ 14 (1 not accounted for)"),
            "{text}"
        );
    }
}
