//! The one place where keys become actions, per context (browsing, help, a dialog, an editor).
//!
//! The help overlay and the status-line hints are read from the same [`Keymap`], so they always
//! show the keys that work. Keys have names ("j", "Ctrl-R", "PgDn", "Shift-Tab") that parse back,
//! which the scripted event source uses and a future key file can use.

mod chord;
mod help;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

pub use chord::Chord;
pub use help::{HelpLine, HelpRow, KEY_COLUMN};

use super::action::Action;

/// Which key table applies: what the screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The three panes.
    Browse,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
    /// What happened while the session was opened, or a message too long for the status line.
    Report,
    /// The session picker (`claimcheck review` without arguments).
    Picker,
    /// The multi-line note editor.
    Note,
    /// A one-line input: an evidence item, or the speaker.
    Line,
    /// The search field: typing searches as it goes.
    Search,
    /// Choosing an evidence item to edit or remove.
    EvidenceList,
    /// The terminal is below the minimum size: only quitting works.
    TooSmall,
    /// Choosing the format of an export.
    Export,
    /// "Discard the changes?" asked in an editor's footer when Esc would drop typed text.
    Discard,
    /// "Re-attach this orphaned review to this claim?"
    Reattach,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 13] = [
        Context::Browse,
        Context::Help,
        Context::Confirm,
        Context::Report,
        Context::Picker,
        Context::Note,
        Context::Line,
        Context::Search,
        Context::EvidenceList,
        Context::TooSmall,
        Context::Export,
        Context::Discard,
        Context::Reattach,
    ];

    /// Where a key works, as the help overlay says it (`None` for the main screen).
    pub fn where_label(self) -> Option<&'static str> {
        match self {
            Context::Browse => None,
            Context::Help => Some("help"),
            Context::Confirm => Some("quit question"),
            Context::Note => Some("note editor"),
            Context::Line => Some("evidence or speaker"),
            Context::Search => Some("search"),
            Context::EvidenceList => Some("evidence list"),
            Context::TooSmall => Some("too-small screen"),
            Context::Report => Some("report or message"),
            Context::Picker => Some("session picker"),
            Context::Export => Some("export formats"),
            Context::Discard => Some("discard question"),
            Context::Reattach => Some("re-attach question"),
        }
    }

    /// Whether the context is part of the review screen (the session picker is a screen of its
    /// own), so that the review screen's help shows it.
    pub fn on_review_screen(self) -> bool {
        self != Context::Picker
    }

    /// Whether unbound keys are typed into a text field.
    pub fn is_text(self) -> bool {
        matches!(self, Context::Note | Context::Line | Context::Search)
    }

    /// Whether the context is a yes-or-no question (quit, discard, re-attach).
    pub fn is_question(self) -> bool {
        matches!(
            self,
            Context::Confirm | Context::Discard | Context::Reattach
        )
    }

    /// Whether the context is an editor that asks before dropping typed text (the note, evidence
    /// and speaker editors; a search does not: its words come back with ↑).
    pub fn asks_before_dropping(self) -> bool {
        matches!(self, Context::Note | Context::Line)
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
            (C::Browse, A::EditEvidence, vec![c('E')]),
            (C::Browse, A::EditSpeaker, vec![c('a')]),
            (C::Browse, A::Reattach, vec![c('r')]),
            (C::Browse, A::Search, vec![c('/')]),
            (C::Browse, A::SearchNext, vec![c('n')]),
            (C::Browse, A::SearchPrevious, vec![c('N')]),
            (C::Browse, A::CycleVerdictFilter, vec![c('f')]),
            (C::Browse, A::CycleKindFilter, vec![c('t')]),
            (C::Browse, A::FilterInconsistent, vec![c('!')]),
            (C::Browse, A::FocusNext, vec![p(K::Tab)]),
            (C::Browse, A::FocusPrevious, vec![p(K::BackTab)]),
            (C::Browse, A::Export, vec![c('o')]),
            (C::Browse, A::Help, vec![c('?')]),
            (C::Browse, A::Save, vec![c('s')]),
            (C::Browse, A::Quit, vec![c('q')]),
        ]);
        table.extend(moves(C::Help));
        table.extend(moves(C::Report));
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
            // Esc again keeps editing: dropping typed text takes a deliberate y.
            (C::Discard, A::Confirm, vec![c('y')]),
            (C::Discard, A::Cancel, vec![c('n'), p(K::Esc)]),
            (C::Reattach, A::Confirm, vec![c('y'), p(K::Enter)]),
            (C::Reattach, A::Cancel, vec![c('n'), p(K::Esc)]),
            (C::Line, A::Submit, vec![p(K::Enter)]),
            (C::Line, A::Cancel, vec![p(K::Esc)]),
            (C::Search, A::Submit, vec![p(K::Enter)]),
            (C::Search, A::Cancel, vec![p(K::Esc)]),
            (C::Search, A::RecallOlder, vec![p(K::Up)]),
            (C::Search, A::RecallNewer, vec![p(K::Down)]),
            (C::TooSmall, A::Quit, vec![c('q')]),
            (C::Export, A::Down, vec![c('j'), p(K::Down)]),
            (C::Export, A::Up, vec![c('k'), p(K::Up)]),
            (C::Export, A::Submit, vec![p(K::Enter)]),
            (C::Export, A::Cancel, vec![p(K::Esc), c('q')]),
            (C::EvidenceList, A::Down, vec![c('j'), p(K::Down)]),
            (C::EvidenceList, A::Up, vec![c('k'), p(K::Up)]),
            (C::EvidenceList, A::Top, vec![c('g'), p(K::Home)]),
            (C::EvidenceList, A::Bottom, vec![c('G'), p(K::End)]),
            (C::EvidenceList, A::Submit, vec![p(K::Enter)]),
            (C::EvidenceList, A::RemoveItem, vec![c('d'), p(K::Delete)]),
            (C::EvidenceList, A::Cancel, vec![p(K::Esc), c('q')]),
        ]);
        table.extend(moves(C::Picker));
        table.extend([
            (C::Picker, A::Submit, vec![p(K::Enter)]),
            (C::Picker, A::Quit, vec![c('q'), p(K::Esc)]),
        ]);
        // Readline's keys, in every text field (the field's own Ctrl-U would undo).
        for context in [C::Note, C::Line, C::Search] {
            table.push((context, A::ClearLine, vec![Chord::ctrl('u')]));
            table.push((context, A::DeleteWord, vec![Chord::ctrl('w')]));
        }
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
    /// The action a key press asks for in a context; in a text field, unbound keys are typed; on
    /// the too-small screen they are passed on as typed too, for the screen to say it ignored them.
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
            None if context.is_text() || context == Context::TooSmall => {
                Some(Action::Input((*key).into()))
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

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
        assert_eq!(
            map.action(Context::TooSmall, &j),
            Some(Action::Input(j.into())),
            "passed on, to be ignored with a notice"
        );
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
