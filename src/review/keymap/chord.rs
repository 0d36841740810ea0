//! Keys with their modifiers and their names ("j", "Ctrl-R", "PgDn", "↓", "Space"): the names
//! the help overlay shows, which parse back for key scripts and a future key file.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers, as bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    /// The key.
    pub code: KeyCode,
    /// Control and Alt (Shift is part of the character for printable keys).
    pub modifiers: KeyModifiers,
}

impl Chord {
    /// A key without modifiers.
    pub const fn plain(code: KeyCode) -> Chord {
        Chord {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// A character key.
    pub const fn char(c: char) -> Chord {
        Chord::plain(KeyCode::Char(c))
    }

    /// A character key with Control.
    pub const fn ctrl(c: char) -> Chord {
        Chord {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// The chord a terminal key event stands for. Shift is dropped where it is already in the
    /// character (`Z`) or the key (`Shift-Tab` arrives as `BackTab`), since terminals differ in
    /// whether they report it.
    pub fn from_event(key: &KeyEvent) -> Chord {
        let modifiers = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if let KeyCode::Char(c) = key.code
            && modifiers.contains(KeyModifiers::CONTROL)
        {
            // Terminals report Ctrl-R and Ctrl-Shift-R differently; bind the letter.
            return Chord {
                code: KeyCode::Char(c.to_ascii_lowercase()),
                modifiers,
            };
        }
        Chord {
            code: key.code,
            modifiers,
        }
    }

    /// The key event a press of this chord produces (the scripted event source uses it).
    pub fn to_event(self) -> KeyEvent {
        let mut modifiers = self.modifiers;
        match self.code {
            KeyCode::Char(c) if c.is_uppercase() => modifiers |= KeyModifiers::SHIFT,
            KeyCode::BackTab => modifiers |= KeyModifiers::SHIFT,
            _ => {}
        }
        KeyEvent::new(self.code, modifiers)
    }

    /// Parses a key name as [`fmt::Display`] writes it ("j", "Ctrl-R", "PgDn", "↓", "Space").
    pub fn parse(name: &str) -> Option<Chord> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = name;
        loop {
            if let Some(r) = strip_prefix_ci(rest, "ctrl-").or_else(|| rest.strip_prefix("C-")) {
                modifiers |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) =
                strip_prefix_ci(rest, "alt-").or_else(|| rest.strip_prefix("M-"))
            {
                modifiers |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (named_key(rest), chars.next(), chars.next()) {
            (Some(code), _, _) => code,
            (None, Some(c), None) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            (None, Some(c), None) => KeyCode::Char(c),
            _ => return None,
        };
        Some(Chord { code, modifiers })
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Names of keys that are not one character, with the spellings accepted when parsing.
const NAMES: [(&str, KeyCode, &[&str]); 16] = [
    ("↓", KeyCode::Down, &["down"]),
    ("↑", KeyCode::Up, &["up"]),
    ("←", KeyCode::Left, &["left"]),
    ("→", KeyCode::Right, &["right"]),
    ("PgDn", KeyCode::PageDown, &["pgdn", "pagedown"]),
    ("PgUp", KeyCode::PageUp, &["pgup", "pageup"]),
    ("Home", KeyCode::Home, &["home"]),
    ("End", KeyCode::End, &["end"]),
    ("Enter", KeyCode::Enter, &["enter", "return"]),
    ("Esc", KeyCode::Esc, &["esc", "escape"]),
    ("Tab", KeyCode::Tab, &["tab"]),
    ("Shift-Tab", KeyCode::BackTab, &["shift-tab", "backtab"]),
    ("Backspace", KeyCode::Backspace, &["backspace", "bs"]),
    ("Del", KeyCode::Delete, &["del", "delete"]),
    ("Space", KeyCode::Char(' '), &["space"]),
    ("Ins", KeyCode::Insert, &["ins", "insert"]),
];

fn named_key(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    if let Some((_, code, _)) = NAMES
        .iter()
        .find(|(display, _, spellings)| *display == name || spellings.contains(&lower.as_str()))
    {
        return Some(*code);
    }
    let n: u8 = lower.strip_prefix('f')?.parse().ok()?;
    (1..=12).contains(&n).then_some(KeyCode::F(n))
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if let Some((display, _, _)) = NAMES.iter().find(|(_, code, _)| *code == self.code) {
            return f.write_str(display);
        }
        match self.code {
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::keymap::Keymap;

    #[test]
    fn key_names_round_trip() {
        let map = Keymap::default();
        for binding in map.bindings() {
            for key in &binding.keys {
                assert_eq!(Chord::parse(&key.to_string()), Some(*key), "{key}");
            }
        }
        assert_eq!(Chord::parse("C-s"), Some(Chord::ctrl('s')));
        assert_eq!(
            Chord::parse("pagedown"),
            Some(Chord::plain(KeyCode::PageDown))
        );
        assert_eq!(Chord::parse("F5"), Some(Chord::plain(KeyCode::F(5))));
        assert_eq!(Chord::parse("nonsense"), None);
    }
}
