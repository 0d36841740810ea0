//! The help overlay's rows and the status line's hints, both read from the live keymap so that
//! they can never disagree with the keys that work.

use super::super::action::{Action, Section};
use super::{Chord, Context, Keymap};

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
        /// Where the keys work, when not everywhere the action does ("note editor").
        context: Option<String>,
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
                for (keys, context) in self.keys_by_context(action) {
                    let names: Vec<String> = keys.iter().map(Chord::to_string).collect();
                    rows.push(HelpRow::Entry {
                        keys: names.join(", "),
                        description: action.description(),
                        context,
                    });
                }
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
                context: None,
            });
        }
        rows
    }

    /// The keys of an action grouped by the contexts they work in: one group when they are the
    /// same everywhere (no label then), else one per distinct set of keys, labelled with where
    /// they work.
    fn keys_by_context(&self, action: &Action) -> Vec<(Vec<Chord>, Option<String>)> {
        let mut groups: Vec<(Vec<Chord>, Vec<Context>)> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.action == *action) {
            match groups.iter_mut().find(|(keys, _)| *keys == binding.keys) {
                Some((_, contexts)) => contexts.push(binding.context),
                None => groups.push((binding.keys.clone(), vec![binding.context])),
            }
        }
        let single = groups.len() == 1;
        groups
            .into_iter()
            .map(|(keys, contexts)| {
                let labels: Vec<&str> = contexts.iter().filter_map(|c| c.where_label()).collect();
                let shown = !single && !contexts.contains(&Context::Browse);
                (keys, shown.then(|| labels.join(", ")))
            })
            .collect()
    }

    /// Key hints for the status line in a context: the first key of each hinted action, in table
    /// order, with up and down merged ("j/k move"). `focus_list` is false when a scrolling pane
    /// (detail, source) has the focus: only moving, focus, help and quit are hinted then.
    pub fn hints(&self, context: Context, focus_list: bool) -> Vec<(String, &'static str)> {
        let first = |action: &Action| self.keys(context, action).first().map(Chord::to_string);
        let mut hints = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.context == context) {
            let action = &binding.action;
            let pane_hint = matches!(
                action,
                Action::Down | Action::FocusNext | Action::Help | Action::Quit
            );
            if context == Context::Browse && !focus_list && !pane_hint {
                continue;
            }
            let (key, word) = match (context, action) {
                (_, Action::Up) | (Context::Help, Action::Help) => continue,
                (_, Action::Down) => {
                    let keys = match (first(&Action::Down), first(&Action::Up)) {
                        (Some(down), Some(up)) => format!("{down}/{up}"),
                        (down, _) => down.unwrap_or_default(),
                    };
                    let scrolls = context == Context::Help || !focus_list;
                    (keys, if scrolls { "scroll" } else { "move" })
                }
                (Context::Help | Context::Report, Action::Cancel) => {
                    (first(action).unwrap_or_default(), "close")
                }
                (Context::Picker, Action::Submit) => (first(action).unwrap_or_default(), "open"),
                (Context::Search, Action::Submit) => (first(action).unwrap_or_default(), "go"),
                _ => match (first(action), action.hint()) {
                    (Some(key), Some(word)) => (key, word),
                    _ => continue,
                },
            };
            hints.push((key, word));
        }
        hints
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_has_a_row_for_every_command_with_its_keys() {
        let map = Keymap::default();
        let rows = map.help_rows();
        for action in &Action::COMMANDS {
            let found = rows.iter().any(|row| {
                matches!(row, HelpRow::Entry { keys, description, .. }
                    if *description == action.description()
                        && map.all_keys(action).iter().any(|k| keys.contains(&k.to_string())))
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
        assert!(list.contains(&("j/k".to_string(), "move")));
        let pane = map.hints(Context::Browse, false);
        assert!(pane.contains(&("j/k".to_string(), "scroll")));
        assert!(!pane.iter().any(|(_, w)| *w == "verified"));
        let note = map.hints(Context::Note, true);
        assert!(note.contains(&("Ctrl-S".to_string(), "keep")));
        assert!(note.contains(&("Esc".to_string(), "cancel")));
        let help = map.hints(Context::Help, true);
        assert_eq!(help[0], ("j/k".to_string(), "scroll"));
        assert!(help.contains(&("Esc".to_string(), "close")));
    }
}
