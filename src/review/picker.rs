//! The session picker of `claimcheck review` without arguments: the sessions in the current
//! folder, newest first, one opened with Enter. State and update here; drawing in
//! [`super::ui::picker`]; keys come from the same [`Keymap`] as the review screen's.

use std::path::PathBuf;

use anyhow::Result;
use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::session::list::Listed;

use super::action::Action;
use super::keymap::{Context, Keymap};
use super::terminal::{EventSource, Input};
use super::theme::Theme;
use super::ui;

/// Rows a page moves in the picker.
const PAGE: usize = 10;

/// What the picker asks for after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Keep choosing.
    Stay,
    /// Open this session.
    Open(PathBuf),
    /// Leave without opening anything.
    Quit,
}

/// The picker's state.
#[derive(Debug)]
pub struct Picker {
    sessions: Vec<Listed>,
    selected: usize,
    folder: String,
    keymap: Keymap,
    theme: Theme,
    notice: Option<String>,
}

impl Picker {
    /// A picker over `sessions` (as [`crate::session::list::list`] orders them) found in `folder`.
    pub fn new(sessions: Vec<Listed>, folder: String, keymap: Keymap, theme: Theme) -> Picker {
        Picker {
            sessions,
            selected: 0,
            folder,
            keymap,
            theme,
            notice: None,
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Pick {
        self.notice = None;
        let last = self.sessions.len().saturating_sub(1);
        match action {
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::PageDown => self.selected = (self.selected + PAGE).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Submit => return self.open(),
            Action::Quit | Action::ForceQuit | Action::Cancel => return Pick::Quit,
            _ => {}
        }
        Pick::Stay
    }

    fn open(&mut self) -> Pick {
        let Some(listed) = self.sessions.get(self.selected) else {
            return Pick::Stay;
        };
        if let Some(holder) = &listed.in_use {
            let who = holder.as_ref().map_or(String::new(), |h| format!(" ({h})"));
            self.notice = Some(format!("open in another claimcheck{who}"));
            return Pick::Stay;
        }
        match &listed.summary {
            Ok(_) => Pick::Open(listed.path.clone()),
            Err(problem) => {
                self.notice = Some(problem.clone());
                Pick::Stay
            }
        }
    }

    /// Shows why the session picked could not be opened; the reviewer can pick another.
    pub fn refused(&mut self, message: String) {
        self.notice = Some(message);
    }

    /// The sessions listed.
    pub fn sessions(&self) -> &[Listed] {
        &self.sessions
    }

    /// Position of the highlighted session.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The folder listed, for the title.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    /// The key bindings.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Colours or monochrome.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The message of the last action, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
}

/// Runs the picker until a session is chosen (`Some`) or the reviewer leaves (`None`).
pub fn pick<B>(
    terminal: &mut Terminal<B>,
    picker: &mut Picker,
    events: &mut dyn EventSource,
) -> Result<Option<PathBuf>>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    loop {
        terminal.draw(|frame| ui::picker::draw(frame, picker))?;
        let action = match events.next()? {
            Some(Input::Event(Event::Key(key))) => picker.keymap().action(Context::Picker, &key),
            Some(Input::Event(_)) => None,
            Some(Input::Terminate) | None => Some(Action::Quit),
        };
        match action.map(|a| picker.update(a)) {
            Some(Pick::Open(path)) => return Ok(Some(path)),
            Some(Pick::Quit) => return Ok(None),
            Some(Pick::Stay) | None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Tally;
    use crate::session::list::Summary;

    fn listed(name: &str, summary: Result<Summary, String>) -> Listed {
        Listed {
            path: PathBuf::from(name),
            summary,
            last_change: None,
            in_use: None,
        }
    }

    fn summary() -> Result<Summary, String> {
        Ok(Summary {
            titles: vec!["T".into()],
            tally: Tally::default(),
            orphans: 0,
            merged_reviewers: 0,
        })
    }

    fn picker(sessions: Vec<Listed>) -> Picker {
        Picker::new(
            sessions,
            ".".into(),
            Keymap::default(),
            Theme::from_env(true),
        )
    }

    #[test]
    fn moves_within_the_list_and_opens_the_one_picked() {
        let mut p = picker(vec![
            listed("a.json", summary()),
            listed("b.json", summary()),
        ]);
        assert_eq!(p.update(Action::Up), Pick::Stay);
        assert_eq!(p.selected(), 0);
        p.update(Action::Bottom);
        p.update(Action::Down);
        assert_eq!(p.selected(), 1);
        assert_eq!(
            p.update(Action::Submit),
            Pick::Open(PathBuf::from("b.json"))
        );
        assert_eq!(p.update(Action::Quit), Pick::Quit);
    }

    #[test]
    fn a_broken_or_busy_session_is_explained_not_opened() {
        let mut busy = listed("busy.json", summary());
        busy.in_use = Some(None);
        let mut p = picker(vec![
            listed("bad.json", Err("bad.json: truncated".into())),
            busy,
        ]);
        assert_eq!(p.update(Action::Submit), Pick::Stay);
        assert_eq!(p.notice(), Some("bad.json: truncated"));
        p.update(Action::Down);
        assert_eq!(p.update(Action::Submit), Pick::Stay);
        assert!(p.notice().unwrap().contains("another claimcheck"));
    }

    #[test]
    fn draws_each_session_with_its_progress_or_its_problem() {
        let mut good = listed("a.review.json", summary());
        if let Ok(s) = &mut good.summary {
            s.titles = vec!["Drone strike on Odesa".into()];
            s.tally = Tally {
                total: 23,
                verified: 5,
                disputed: 3,
                unclear: 4,
            };
        }
        let mut merged = listed("merged.json", summary());
        if let Ok(s) = &mut merged.summary {
            s.orphans = 2;
            s.merged_reviewers = 3;
        }
        let p = picker(vec![
            good,
            listed("bad.json", Err("bad.json: cut short".into())),
            merged,
        ]);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 8)).unwrap();
        terminal.draw(|frame| ui::picker::draw(frame, &p)).unwrap();
        let buffer = terminal.backend().buffer();
        let line = |y: u16| -> String { (0..100).map(|x| buffer[(x, y)].symbol()).collect() };
        let header = line(1);
        for column in ["Session", "Article", "Reviewed", "Orphans", "Last change"] {
            assert!(header.contains(column), "{header}");
        }
        assert!(line(2).contains("a.review.json") && line(2).contains("12/23"));
        assert!(line(2).contains("Drone strike on Odesa"), "{}", line(2));
        assert!(line(3).contains("cannot open") && line(3).contains("cut short"));
        assert!(line(4).contains("merged ×3"), "{}", line(4));
        // The columns line up: each row's progress ends where the header's "Reviewed" does.
        let end = |l: &str, word: &str| l.find(word).map(|at| at + word.len());
        let reviewed_end = end(&header, "Reviewed").unwrap();
        assert_eq!(end(&line(2), "12/23"), Some(reviewed_end));
        assert_eq!(end(&line(4), "0/0"), Some(reviewed_end));
        assert!(line(7).contains("Enter open"), "{}", line(7));
    }

    #[test]
    fn a_long_refusal_is_shown_whole() {
        let mut p = picker(vec![listed("ro.review.json", summary())]);
        let message = "ro.review.json is read-only: claimcheck saves every change as it is made, \
                       so it must be able to write the session (make it writable)";
        p.refused(message.into());
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 12)).unwrap();
        terminal.draw(|frame| ui::picker::draw(frame, &p)).unwrap();
        let buffer = terminal.backend().buffer();
        let shown: Vec<String> = (0..12)
            .map(|y| (0..60).map(|x| buffer[(x, y)].symbol()).collect::<String>())
            .collect();
        let words: Vec<&str> = shown.iter().flat_map(|l| l.split_whitespace()).collect();
        let message_words: Vec<&str> = message.split_whitespace().collect();
        assert!(
            words
                .windows(message_words.len())
                .any(|w| w == message_words),
            "{shown:#?}"
        );
    }

    #[test]
    fn every_picker_key_reaches_an_action() {
        let map = Keymap::default();
        for action in [Action::Down, Action::Up, Action::Submit, Action::Quit] {
            assert!(!map.keys(Context::Picker, &action).is_empty(), "{action:?}");
        }
    }
}
