//! The help overlay's rows and the status line's hints, both read from the live keymap so that
//! they can never disagree with the keys that work.

use super::super::action::{Action, Section};
use super::{Chord, Context, Keymap};
use crate::display::wrap::wrap;

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

/// One screen line of the help overlay: a heading, or an entry's keys (on its first line only)
/// with a piece of its description and of where it works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section heading.
    Heading(&'static str),
    /// A line of an entry.
    Entry {
        /// The keys, on the entry's first line; empty on the lines it wraps onto.
        keys: String,
        /// The part of the description on this line.
        description: String,
        /// The part of "(where it works)" on this line.
        context: String,
    },
}

/// Columns before a description: an indent of two and the keys.
pub const KEY_COLUMN: usize = 24;

/// Where keys bound in `contexts` work, as the help says it: nothing when they work on the main
/// screen, else the contexts' labels.
fn where_label(contexts: &[Context]) -> Option<String> {
    let labels: Vec<&str> = contexts.iter().filter_map(|c| c.where_label()).collect();
    (!contexts.contains(&Context::Browse)).then(|| labels.join(", "))
}

/// What `action` does where its keys work (`contexts`): Esc and friends close an editor (asking
/// before they drop typed text), answer a question no, or close a dialog, and the help says only
/// what holds where those keys work.
fn description_in(action: &Action, contexts: &[Context]) -> &'static str {
    if *action != Action::Cancel {
        return action.description();
    }
    let asks = |c: &Context| c.asks_before_dropping();
    let question = |c: &Context| c.is_question();
    match (contexts.iter().any(asks), contexts.iter().any(question)) {
        (true, _) if contexts.iter().all(asks) => "close; asks before dropping typed text",
        (true, _) => "close (an editor asks before dropping typed text)",
        (false, true) if contexts.iter().all(question) => "answer no",
        (false, true) => "close, or answer no",
        (false, false) => "close",
    }
}

impl Keymap {
    /// The help overlay's rows for the review screen: every command with its live keys, grouped
    /// by section, then the mouse. Keys of the other screen (the session picker) are left out.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        let mut rows = Vec::new();
        for section in Section::ALL {
            let commands: Vec<&Action> = Action::COMMANDS
                .iter()
                .filter(|a| a.section() == section)
                .collect();
            let mut entries = Vec::new();
            for action in commands {
                for (keys, contexts) in self.keys_by_context(action) {
                    let names: Vec<String> = keys.iter().map(Chord::to_string).collect();
                    entries.push(HelpRow::Entry {
                        keys: names.join(", "),
                        description: description_in(action, &contexts),
                        context: where_label(&contexts),
                    });
                }
            }
            if !entries.is_empty() {
                rows.push(HelpRow::Heading(section.title()));
                rows.extend(entries);
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

    /// The help overlay's lines for an inside `width` columns wide: each description (and where
    /// it works) wrapped under the description column, so that no row is cut.
    pub fn help_lines(&self, width: usize) -> Vec<HelpLine> {
        let room = width.saturating_sub(KEY_COLUMN).max(12);
        let mut lines = Vec::new();
        for row in self.help_rows() {
            let (keys, description, context) = match row {
                HelpRow::Heading(title) => {
                    lines.push(HelpLine::Heading(title));
                    continue;
                }
                HelpRow::Entry {
                    keys,
                    description,
                    context,
                } => (keys, description, context),
            };
            let whole = match &context {
                Some(context) => format!("{description} ({context})"),
                None => description.to_string(),
            };
            let split = description.len();
            for (n, range) in wrap(&whole, room).into_iter().enumerate() {
                let piece = |r: std::ops::Range<usize>| whole[r].to_string();
                let end = range.end.min(split).max(range.start);
                lines.push(HelpLine::Entry {
                    keys: if n == 0 { keys.clone() } else { String::new() },
                    description: piece(range.start..end).trim_end().to_string(),
                    context: piece(end..range.end).trim_end().to_string(),
                });
            }
        }
        lines
    }

    /// The keys of an action grouped by the contexts of the review screen they work in, one
    /// group per distinct set of keys, labelled with where they work unless that includes the
    /// main screen.
    fn keys_by_context(&self, action: &Action) -> Vec<(Vec<Chord>, Vec<Context>)> {
        let mut groups: Vec<(Vec<Chord>, Vec<Context>)> = Vec::new();
        let bindings = self
            .bindings
            .iter()
            .filter(|b| b.action == *action && b.context.on_review_screen());
        for binding in bindings {
            match groups.iter_mut().find(|(keys, _)| *keys == binding.keys) {
                Some((_, contexts)) => contexts.push(binding.context),
                None => groups.push((binding.keys.clone(), vec![binding.context])),
            }
        }
        groups
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
                    let scrolls = matches!(context, Context::Help | Context::Report) || !focus_list;
                    (keys, if scrolls { "scroll" } else { "move" })
                }
                (Context::Help | Context::Report, Action::Cancel) => {
                    (first(action).unwrap_or_default(), "close")
                }
                (Context::Picker, Action::Submit) => (first(action).unwrap_or_default(), "open"),
                (Context::Search, Action::Submit) => (first(action).unwrap_or_default(), "go"),
                (Context::EvidenceList, Action::Submit) => {
                    (first(action).unwrap_or_default(), "edit")
                }
                (Context::EvidenceList, Action::Cancel) => {
                    (first(action).unwrap_or_default(), "close")
                }
                (Context::Discard, Action::Confirm) => {
                    (first(action).unwrap_or_default(), "discard")
                }
                (Context::Discard, Action::Cancel) => {
                    (first(action).unwrap_or_default(), "keep editing")
                }
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
                // Closing is said as it works where its keys do (see `description_in`).
                let said = |d: &str| match action {
                    Action::Cancel => d.starts_with("close") || d == "answer no",
                    _ => d == action.description(),
                };
                matches!(row, HelpRow::Entry { keys, description, .. }
                    if said(description)
                        && map.all_keys(action).iter().any(|k| keys.contains(&k.to_string())))
            });
            assert!(found, "no help row for {action:?}");
        }
    }

    #[test]
    fn closing_is_described_as_it_works_where_its_keys_do() {
        use Context::{Confirm, Discard, Help, Line, Note, Report, Search};
        assert_eq!(
            description_in(&Action::Cancel, &[Note, Line]),
            "close; asks before dropping typed text"
        );
        assert_eq!(
            description_in(&Action::Cancel, &[Note, Line, Search]),
            "close (an editor asks before dropping typed text)"
        );
        assert_eq!(description_in(&Action::Cancel, &[Help, Report]), "close");
        assert_eq!(
            description_in(&Action::Cancel, &[Confirm, Discard]),
            "answer no"
        );
        assert_eq!(
            description_in(&Action::Cancel, &[Confirm, Report]),
            "close, or answer no"
        );
        let map = Keymap::default();
        let repeated = map
            .help_rows()
            .iter()
            .filter(|row| {
                matches!(row, HelpRow::Entry { description, .. }
                    if description.contains("dropping typed text"))
            })
            .count();
        assert!(repeated <= 2, "said where typing happens only: {repeated}");
    }

    #[test]
    fn help_shows_only_the_review_screens_keys_once_each() {
        let map = Keymap::default();
        let rows = map.help_rows();
        let quit_rows = rows
            .iter()
            .filter(|row| {
                matches!(row, HelpRow::Entry { description, .. }
                if *description == Action::Quit.description())
            })
            .count();
        assert_eq!(
            quit_rows, 1,
            "q quits here and on the too-small screen: one row"
        );
        assert!(
            !rows
                .iter()
                .any(|row| matches!(row, HelpRow::Entry { context: Some(c), .. }
                if c.contains("session picker")))
        );
    }

    #[test]
    fn help_lines_wrap_under_the_description_and_are_never_wider_than_asked() {
        let map = Keymap::default();
        for width in [40, 56, 76, 110] {
            let lines = map.help_lines(width);
            for line in &lines {
                if let HelpLine::Entry {
                    keys,
                    description,
                    context,
                } = line
                {
                    let used = KEY_COLUMN.max(keys.chars().count() + 2)
                        + description.chars().count()
                        + context.chars().count();
                    assert!(used <= width.max(KEY_COLUMN + 12), "{line:?} at {width}");
                }
            }
            let text: String = lines
                .iter()
                .map(|l| match l {
                    HelpLine::Heading(t) => t.to_string(),
                    HelpLine::Entry {
                        description,
                        context,
                        ..
                    } => format!("{description}{context}"),
                })
                .collect::<Vec<_>>()
                .join(" ");
            let squeezed: String = text.split_whitespace().collect();
            let description: String = Action::Submit.description().split_whitespace().collect();
            assert!(squeezed.contains(&description), "nothing lost at {width}");
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
        let discard = map.hints(Context::Discard, true);
        assert_eq!(
            discard,
            [
                ("y".to_string(), "discard"),
                ("n".to_string(), "keep editing")
            ]
        );
        let help = map.hints(Context::Help, true);
        assert_eq!(help[0], ("j/k".to_string(), "scroll"));
        assert!(help.contains(&("Esc".to_string(), "close")));
    }
}
