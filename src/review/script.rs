//! Events without a terminal: a key script, one key name per line ("j", "Ctrl-S", "Esc"), read as
//! it arrives. Lets tests (and the crash test of the sessions work) drive a review headless.
//!
//! Lines: a key name as the help overlay writes it; `text WORDS` types the words; `resize W H`;
//! `click COLUMN ROW`; `wheel up|down COLUMN ROW`; blank lines and lines starting with `# ` are
//! skipped.

use std::collections::VecDeque;
use std::io::BufRead;

use anyhow::{Context, Result, bail};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::keymap::Chord;
use super::terminal::{EventSource, Input};

/// Events read from a key script.
pub struct Script<R> {
    reader: R,
    line: usize,
    pending: VecDeque<Event>,
    name: String,
}

impl<R: BufRead> Script<R> {
    /// A script read from `reader`; `name` (the file) appears in error messages.
    pub fn new(reader: R, name: impl Into<String>) -> Script<R> {
        Script {
            reader,
            line: 0,
            pending: VecDeque::new(),
            name: name.into(),
        }
    }
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// The events one script line stands for.
pub fn parse_line(line: &str) -> Result<Vec<Event>> {
    let trimmed = line.trim_end_matches(['\r', '\n']);
    if let Some(words) = trimmed.strip_prefix("text ") {
        return Ok(words
            .chars()
            .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
            .collect());
    }
    let trimmed = trimmed.trim();
    if trimmed.is_empty() || trimmed.starts_with("# ") {
        return Ok(Vec::new());
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let numbers = |from: usize| -> Result<(u16, u16)> {
        match (words.get(from), words.get(from + 1), words.len()) {
            (Some(a), Some(b), n) if n == from + 2 => Ok((a.parse()?, b.parse()?)),
            _ => bail!("expected two numbers"),
        }
    };
    Ok(match words[0] {
        "resize" if words.len() > 1 => {
            let (w, h) = numbers(1)?;
            vec![Event::Resize(w, h)]
        }
        "click" if words.len() > 1 => {
            let (c, r) = numbers(1)?;
            vec![mouse(MouseEventKind::Down(MouseButton::Left), c, r)]
        }
        "wheel" if words.len() > 1 => {
            let kind = match words[1] {
                "up" => MouseEventKind::ScrollUp,
                "down" => MouseEventKind::ScrollDown,
                other => bail!("wheel goes up or down, not {other:?}"),
            };
            let (c, r) = numbers(2)?;
            vec![mouse(kind, c, r)]
        }
        _ => match Chord::parse(trimmed) {
            Some(chord) => vec![Event::Key(chord.to_event())],
            None => bail!("unknown key {trimmed:?}"),
        },
    })
}

impl<R: BufRead> EventSource for Script<R> {
    fn next(&mut self) -> Result<Option<Input>> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Ok(Some(Input::Event(event)));
            }
            let mut line = String::new();
            let read = self
                .reader
                .read_line(&mut line)
                .with_context(|| format!("cannot read keys from {}", self.name))?;
            if read == 0 {
                return Ok(None);
            }
            self.line += 1;
            let events =
                parse_line(&line).with_context(|| format!("{}, line {}", self.name, self.line))?;
            self.pending.extend(events);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_key_text_and_mouse_events() {
        let script = "j\n# a comment\n\nCtrl-S\ntext hi there\nresize 80 24\nwheel down 3 4\n";
        let mut source = Script::new(script.as_bytes(), "test");
        let mut events = Vec::new();
        while let Some(Input::Event(e)) = source.next().unwrap() {
            events.push(e);
        }
        assert_eq!(events.len(), 2 + 8 + 2);
        assert_eq!(
            events[0],
            Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE))
        );
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(events[1], Event::Key(ctrl_s));
        assert_eq!(
            events[3],
            Event::Key(KeyEvent::new(KeyCode::Char('i'), KeyModifiers::NONE))
        );
        assert_eq!(events[10], Event::Resize(80, 24));
    }

    #[test]
    fn an_unknown_key_names_the_file_and_line() {
        let mut source = Script::new("j\nbogus-key\n".as_bytes(), "keys.txt");
        source.next().unwrap();
        let err = format!("{:#}", source.next().unwrap_err());
        assert!(
            err.contains("keys.txt, line 2") && err.contains("bogus-key"),
            "{err}"
        );
    }
}
