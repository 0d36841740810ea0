//! The one place where keys become actions, per context (browsing, help, a dialog, an editor).
//!
//! The help overlay and the status-line hints are read from the same [`Keymap`], so they always
//! show the keys that work. Keys have names ("j", "Ctrl-R", "PgDn", "Shift-Tab") that parse back,
//! which the scripted event source uses and a future key file can use.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Section};

/// Which key table applies: what the screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The three panes.
    Browse,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
    /// What happened while the session was opened.
    Report,
    /// The session picker (`claimcheck review` without arguments).
    Picker,
    /// The multi-line note editor.
    Note,
    /// A one-line input (evidence, search).
    Line,
    /// The terminal is below the minimum size: only quitting works.
    TooSmall,
    /// Choosing the format of an export.
    Export,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 9] = [
        Context::Browse,
        Context::Help,
        Context::Confirm,
        Context::Report,
        Context::Picker,
        Context::Note,
        Context::Line,
        Context::TooSmall,
        Context::Export,
    ];

    /// Whether unbound keys are typed into a text field.
    pub fn is_text(self) -> bool {
        matches!(self, Context::Note | Context::Line)
    }
}

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

/// Keys bound to one action in one context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// Where the keys work.
    pub context: Context,
    /// The action they ask for.
    pub action: Action,
    /// The keys, the first one shown in hints.
    pub keys: Vec<Chord>,
}

/// Every key binding of the review screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    /// The keys of DESIGN.md's table.
    fn default() -> Keymap {
        use Action as A;
        use Context as C;
        use KeyCode as K;
        let p = Chord::plain;
        let c = Chord::char;
        let moves = |context| {
            [
                (context, A::Down, vec![c('j'), p(K::Down)]),
                (context, A::Up, vec![c('k'), p(K::Up)]),
                (context, A::PageDown, vec![p(K::PageDown)]),
                (context, A::PageUp, vec![p(K::PageUp)]),
                (context, A::Top, vec![c('g'), p(K::Home)]),
                (context, A::Bottom, vec![c('G'), p(K::End)]),
            ]
        };
        let mut table = Vec::new();
        table.extend(moves(C::Browse));
        table.extend([
            (C::Browse, A::MarkVerified, vec![c('v')]),
            (C::Browse, A::MarkDisputed, vec![c('d')]),
            (C::Browse, A::MarkUnclear, vec![c('u')]),
            (C::Browse, A::ClearVerdict, vec![c('x'), p(K::Backspace)]),
            (C::Browse, A::Undo, vec![c('z')]),
            (C::Browse, A::Redo, vec![c('Z'), Chord::ctrl('r')]),
            (C::Browse, A::EditNote, vec![c('c')]),
            (C::Browse, A::AddEvidence, vec![c('e')]),
            (C::Browse, A::Search, vec![c('/')]),
            (C::Browse, A::SearchNext, vec![c('n')]),
            (C::Browse, A::SearchPrevious, vec![c('N')]),
            (C::Browse, A::CycleVerdictFilter, vec![c('f')]),
            (C::Browse, A::CycleKindFilter, vec![c('t')]),
            (C::Browse, A::FocusNext, vec![p(K::Tab)]),
            (C::Browse, A::FocusPrevious, vec![p(K::BackTab)]),
            (C::Browse, A::Export, vec![c('o')]),
            (C::Browse, A::Help, vec![c('?')]),
            (C::Browse, A::Save, vec![c('s')]),
            (C::Browse, A::Quit, vec![c('q')]),
        ]);
        table.extend(moves(C::Help));
        table.extend([
            (C::Help, A::Help, vec![c('?')]),
            (C::Help, A::Cancel, vec![p(K::Esc), c('q')]),
            (C::Confirm, A::Confirm, vec![c('y'), p(K::Enter)]),
            (C::Confirm, A::Cancel, vec![c('n'), p(K::Esc)]),
            (
                C::Report,
                A::Cancel,
                vec![p(K::Enter), p(K::Esc), c('q'), c(' ')],
            ),
            (C::Note, A::Submit, vec![Chord::ctrl('s')]),
            (C::Note, A::Cancel, vec![p(K::Esc)]),
            (C::Line, A::Submit, vec![p(K::Enter)]),
            (C::Line, A::Cancel, vec![p(K::Esc)]),
            (C::TooSmall, A::Quit, vec![c('q')]),
            (C::Export, A::Down, vec![c('j'), p(K::Down)]),
            (C::Export, A::Up, vec![c('k'), p(K::Up)]),
            (C::Export, A::Submit, vec![p(K::Enter)]),
            (C::Export, A::Cancel, vec![p(K::Esc), c('q')]),
        ]);
        table.extend(moves(C::Picker));
        table.extend([
            (C::Picker, A::Submit, vec![p(K::Enter)]),
            (C::Picker, A::Quit, vec![c('q'), p(K::Esc)]),
        ]);
        for context in Context::ALL {
            table.push((context, A::ForceQuit, vec![Chord::ctrl('c')]));
        }
        Keymap {
            bindings: table
                .into_iter()
                .map(|(context, action, keys)| Binding {
                    context,
                    action,
                    keys,
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// The action a key press asks for in a context; in a text field, unbound keys are typed.
    pub fn action(&self, context: Context, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let chord = Chord::from_event(key);
        let bound = self
            .bindings
            .iter()
            .find(|b| b.context == context && b.keys.contains(&chord))
            .map(|b| b.action.clone());
        match bound {
            Some(action) => Some(action),
            None if context.is_text() => Some(Action::Input((*key).into())),
            None => None,
        }
    }

    /// Every binding, in table order.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The keys bound to an action in a context.
    pub fn keys(&self, context: Context, action: &Action) -> &[Chord] {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.action == *action)
            .map_or(&[], |b| b.keys.as_slice())
    }

    /// Every key bound to an action in any context, without repeats, in table order.
    pub fn all_keys(&self, action: &Action) -> Vec<Chord> {
        let mut keys: Vec<Chord> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.action == *action) {
            for key in &binding.keys {
                if !keys.contains(key) {
                    keys.push(*key);
                }
            }
        }
        keys
    }
}

/// One row of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    /// A section heading.
    Heading(&'static str),
    /// Keys and what they do.
    Entry {
        /// The keys, joined ("j, ↓").
        keys: String,
        /// What the action does.
        description: &'static str,
    },
}

impl Keymap {
    /// The help overlay's rows: every command with its live keys, grouped by section, then the
    /// mouse.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        let mut rows = Vec::new();
        for section in Section::ALL {
            let commands: Vec<&Action> = Action::COMMANDS
                .iter()
                .filter(|a| a.section() == section)
                .collect();
            if commands.is_empty() {
                continue;
            }
            rows.push(HelpRow::Heading(section.title()));
            for action in commands {
                let keys = self.all_keys(action);
                if keys.is_empty() {
                    continue;
                }
                let names: Vec<String> = keys.iter().map(Chord::to_string).collect();
                rows.push(HelpRow::Entry {
                    keys: names.join(", "),
                    description: action.description(),
                });
            }
        }
        rows.push(HelpRow::Heading("Mouse"));
        let click = Action::Click { column: 0, row: 0 };
        let wheel = Action::Wheel {
            column: 0,
            row: 0,
            down: true,
        };
        for (keys, action) in [("click", click), ("wheel", wheel)] {
            rows.push(HelpRow::Entry {
                keys: keys.to_string(),
                description: action.description(),
            });
        }
        rows
    }

    /// Key hints for the status line in a context: the first key of each hinted action, in table
    /// order; `focus_list` is false when a scrolling pane (detail, source) has the focus, which
    /// hides the verdict and note keys' hints but not the keys themselves.
    pub fn hints(&self, context: Context, focus_list: bool) -> Vec<(String, &'static str)> {
        let mut hints = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.context == context) {
            let Some(word) = binding.action.hint() else {
                continue;
            };
            let scrolling = matches!(
                binding.action,
                Action::Down | Action::Up | Action::FocusNext | Action::Help | Action::Quit
            );
            if context == Context::Browse && !focus_list && !scrolling {
                continue;
            }
            let word = match (context, focus_list, &binding.action) {
                (Context::Browse, false, Action::Down) => "scroll down",
                (Context::Browse, false, Action::Up) => "scroll up",
                (Context::Picker, _, Action::Submit) => "open",
                (Context::Report, _, Action::Cancel) => "close",
                _ => word,
            };
            if let Some(key) = binding.keys.first() {
                hints.push((key.to_string(), word));
            }
        }
        hints
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn design_keys_map_to_their_actions() {
        let map = Keymap::default();
        let browse = |k| map.action(Context::Browse, &k);
        let none = KeyModifiers::NONE;
        assert_eq!(browse(press(KeyCode::Char('k'), none)), Some(Action::Up));
        assert_eq!(
            browse(press(KeyCode::Char('c'), none)),
            Some(Action::EditNote)
        );
        assert_eq!(
            browse(press(KeyCode::Char('t'), none)),
            Some(Action::CycleKindFilter)
        );
        assert_eq!(
            browse(press(KeyCode::Char('n'), none)),
            Some(Action::SearchNext)
        );
        let shift_z = press(KeyCode::Char('Z'), KeyModifiers::SHIFT);
        assert_eq!(browse(shift_z), Some(Action::Redo));
        let ctrl_r = press(KeyCode::Char('r'), KeyModifiers::CONTROL);
        assert_eq!(browse(ctrl_r), Some(Action::Redo));
        let back_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(browse(back_tab), Some(Action::FocusPrevious));
        assert_eq!(browse(press(KeyCode::Char('w'), none)), None);
    }

    #[test]
    fn text_fields_take_unbound_keys_and_keep_their_own() {
        let map = Keymap::default();
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert!(matches!(
            map.action(Context::Note, &q),
            Some(Action::Input(_))
        ));
        let ctrl_s = press(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(map.action(Context::Note, &ctrl_s), Some(Action::Submit));
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        assert!(matches!(
            map.action(Context::Note, &enter),
            Some(Action::Input(_))
        ));
        assert_eq!(map.action(Context::Line, &enter), Some(Action::Submit));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for context in Context::ALL {
            assert_eq!(map.action(context, &ctrl_c), Some(Action::ForceQuit));
        }
    }

    #[test]
    fn too_small_ignores_everything_but_quitting() {
        let map = Keymap::default();
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::TooSmall, &j), None);
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::TooSmall, &q), Some(Action::Quit));
    }

    #[test]
    fn every_command_has_a_key_and_every_binding_is_a_command() {
        let map = Keymap::default();
        for action in &Action::COMMANDS {
            assert!(!map.all_keys(action).is_empty(), "{action:?} has no key");
        }
        for binding in map.bindings() {
            assert!(Action::COMMANDS.contains(&binding.action), "{binding:?}");
        }
    }

    #[test]
    fn help_has_a_row_for_every_command_with_its_keys() {
        let map = Keymap::default();
        let rows = map.help_rows();
        for action in &Action::COMMANDS {
            let found = rows.iter().any(|row| {
                matches!(row, HelpRow::Entry { keys, description }
                    if *description == action.description()
                        && map.all_keys(action).iter().all(|k| keys.contains(&k.to_string())))
            });
            assert!(found, "no help row for {action:?}");
        }
    }

    #[test]
    fn hints_follow_the_keymap_and_the_focus() {
        let map = Keymap::default();
        let list = map.hints(Context::Browse, true);
        assert!(list.contains(&("v".to_string(), "verified")));
        assert!(list.contains(&("?".to_string(), "help")));
        let pane = map.hints(Context::Browse, false);
        assert!(pane.contains(&("j".to_string(), "scroll down")));
        assert!(!pane.iter().any(|(_, w)| *w == "verified"));
        let note = map.hints(Context::Note, true);
        assert!(note.contains(&("Ctrl-S".to_string(), "keep")));
        assert!(note.contains(&("Esc".to_string(), "cancel")));
    }

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

    #[test]
    fn scripted_events_map_like_terminal_ones() {
        let map = Keymap::default();
        for binding in map.bindings() {
            for key in &binding.keys {
                let event = key.to_event();
                assert_eq!(
                    map.action(binding.context, &event).as_ref(),
                    Some(&binding.action),
                    "{key} in {:?}",
                    binding.context
                );
            }
        }
    }
}
