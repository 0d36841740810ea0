//! Searching the claims. The field opens empty (the last search is its hint, and ↑ brings it
//! back); as the reviewer types, the first claim in view containing the text is selected, so what
//! Enter keeps is already on screen, and Esc goes back to where the search began. `n` and `N`
//! step through the matches in view, wrapping round, and say so when they wrap.

use ratatui_textarea::TextArea;

use crate::display::inert;

use super::super::action::Action;
use super::super::keymap::{Chord, Context};
use super::edit::text_field;
use super::{App, Mode, Search};

/// Searches remembered for ↑ in the search field.
const HISTORY: usize = 50;

/// The open search field.
#[derive(Debug)]
pub struct SearchPrompt {
    field: TextArea<'static>,
    /// The selection when the search began, to go back to on Esc or when nothing matches.
    origin: Option<usize>,
    /// Which earlier search ↑ brought back (an index into the history), if any.
    recall: Option<usize>,
}

impl SearchPrompt {
    /// The text field, for drawing.
    pub fn field(&self) -> &TextArea<'static> {
        &self.field
    }

    pub(super) fn field_mut(&mut self) -> &mut TextArea<'static> {
        &mut self.field
    }

    fn query(&self) -> String {
        self.field.lines().join(" ").trim().to_string()
    }

    fn set_text(&mut self, text: &str) {
        self.field.clear();
        self.field.insert_str(text);
    }
}

/// "no claim contains “…”": the one message for a search that finds nothing.
fn nothing_contains(query: &str) -> String {
    format!("no claim contains “{query}”")
}

/// What searching compares: lower case, with typographic quotes, apostrophes and dashes read as
/// the keys people type (’ ‘ → ', “ ” → ", – — → -), so that `It's` finds “It’s”, and letters
/// without their accents (é → e, ñ → n, ł → l), so that `Mazon` finds “Mazón”. Searching only
/// selects claims and highlights nothing, so no offsets into the original are needed.
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = text
        .nfd()
        // The accents a decomposed letter carries (combining diacritical marks).
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            // Letters with a stroke do not decompose.
            'ł' => 'l',
            'Ł' => 'L',
            'ø' => 'o',
            'Ø' => 'O',
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect();
    plain.to_lowercase()
}

/// Whether `text` contains `needle` (already [`fold`]ed), ignoring case and the typographic
/// forms of quotes and dashes.
fn contains(text: &str, needle: &str) -> bool {
    if text.is_ascii() && needle.is_ascii() {
        let (text, needle) = (text.as_bytes(), needle.as_bytes());
        return needle.is_empty()
            || text
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle));
    }
    fold(text).contains(needle)
}

impl App {
    /// Opens an empty search field whose hint is the last search.
    pub(super) fn open_search(&mut self) {
        let mut field = *text_field(Vec::new());
        if let Some(last) = self.search_history.last() {
            let keys = |action| {
                self.keymap
                    .keys(Context::Search, &action)
                    .first()
                    .map_or(String::new(), Chord::to_string)
            };
            field.set_placeholder_text(format!(
                "{} brings back “{}”, {} searches it again",
                keys(Action::RecallOlder),
                inert::cut(last, 40),
                keys(Action::Submit)
            ));
            field.set_placeholder_style(self.theme.dim());
        }
        self.mode = Mode::Search(Box::new(SearchPrompt {
            field,
            origin: self.selected,
            recall: None,
        }));
    }

    /// Shows the search field's text changing: the first claim in view from where the search
    /// began that contains it is selected, or the selection goes back there.
    pub(super) fn search_as_typed(&mut self) {
        let Mode::Search(prompt) = &self.mode else {
            return;
        };
        let (query, origin) = (prompt.query(), prompt.origin);
        let found = if query.is_empty() {
            None
        } else {
            self.first_in_view_from(&fold(&query), origin.unwrap_or(0))
        };
        match found {
            Some(at) => self.select(Some(at)),
            None => {
                self.select(origin);
                self.settle();
                if !query.is_empty() {
                    self.notice = Some(self.no_match(&query));
                }
            }
        }
    }

    /// ↑ and ↓ in the search field: an earlier or a later search from the history.
    pub(super) fn recall(&mut self, older: bool) {
        let Mode::Search(prompt) = &mut self.mode else {
            return;
        };
        let len = self.search_history.len();
        let next = match (prompt.recall, older) {
            (_, _) if len == 0 => return,
            (None, true) => Some(len - 1),
            (Some(i), true) => Some(i.saturating_sub(1)),
            (None, false) => None,
            (Some(i), false) => (i + 1 < len).then_some(i + 1),
        };
        prompt.recall = next;
        let text = next.map_or("", |i| self.search_history[i].as_str());
        prompt.set_text(text);
        self.search_as_typed();
    }

    /// Esc in the search field: back to where the search began.
    pub(super) fn cancel_search(&mut self, prompt: SearchPrompt) {
        self.select(prompt.origin);
        self.settle();
    }

    /// Enter in the search field: keeps the search for `n` and `N` and selects its first match in
    /// view from where it began; an empty field searches for the last search again.
    pub(super) fn finish_search(&mut self, prompt: SearchPrompt) {
        let mut query = prompt.query();
        if query.is_empty() {
            match self.search_history.last() {
                Some(last) => query = last.clone(),
                None => return,
            }
        }
        self.search_history.retain(|q| *q != query);
        if self.search_history.len() == HISTORY {
            self.search_history.remove(0);
        }
        self.search_history.push(query.clone());
        let needle = fold(&query);
        let matches: Vec<usize> = (0..self.index.len())
            .filter(|&at| self.text_at(at).is_some_and(|t| contains(t, &needle)))
            .collect();
        self.search = Some(Search { query, matches });
        self.jump_to_match(prompt.origin, true, true);
    }

    /// `n` and `N`: the next or previous match in view after the selection, wrapping round.
    pub(super) fn search_step(&mut self, forward: bool) {
        if self.search.is_none() {
            let key = self
                .keymap
                .keys(Context::Browse, &Action::Search)
                .first()
                .map_or(String::new(), Chord::to_string);
            self.notice = Some(format!("no search yet: {key} searches the claims"));
            return;
        }
        self.jump_to_match(self.selected, forward, false);
    }

    /// Selects the first match in view from `from` (itself included when `inclusive`), forwards
    /// or backwards, wrapping round; the status line says which match it is and whether the
    /// search wrapped.
    fn jump_to_match(&mut self, from: Option<usize>, forward: bool, inclusive: bool) {
        let Some(search) = &self.search else {
            return;
        };
        let mask = self.mask();
        let in_view: Vec<usize> = search
            .matches
            .iter()
            .copied()
            .filter(|&at| self.index.admits(mask, at))
            .collect();
        if in_view.is_empty() {
            let message = self.no_match(&search.query);
            self.notice = Some(message);
            return;
        }
        let n = in_view.len();
        let k = match (from, forward) {
            (None, true) => Some(0),
            (None, false) => Some(n - 1),
            (Some(at), true) => {
                let k = in_view.partition_point(|&m| if inclusive { m < at } else { m <= at });
                (k < n).then_some(k)
            }
            (Some(at), false) => {
                let k = in_view.partition_point(|&m| if inclusive { m <= at } else { m < at });
                k.checked_sub(1)
            }
        };
        let wrapped = k.is_none();
        let k = k.unwrap_or(if forward { 0 } else { n - 1 });
        let mut message = format!("match {} of {n} for “{}”", k + 1, search.query);
        if wrapped {
            message.push_str(" · search wrapped");
        }
        self.select(Some(in_view[k]));
        self.notice = Some(message);
    }

    /// The first claim in view at or after `from` (wrapping round) whose text contains `needle`.
    fn first_in_view_from(&self, needle: &str, from: usize) -> Option<usize> {
        let mask = self.mask();
        let n = self.index.len();
        let from = from.min(n);
        (from..n).chain(0..from).find(|&at| {
            self.index.admits(mask, at) && self.text_at(at).is_some_and(|t| contains(t, needle))
        })
    }

    /// Why a search found nothing to show: no claim contains it, or the filters hide those that
    /// do.
    fn no_match(&self, query: &str) -> String {
        let needle = fold(query);
        let hidden = (0..self.index.len())
            .filter(|&at| self.text_at(at).is_some_and(|t| contains(t, &needle)))
            .count();
        match hidden {
            0 => nothing_contains(query),
            1 => format!("no claim in view contains “{query}” (1 is hidden by the filters)"),
            n => format!("no claim in view contains “{query}” ({n} are hidden by the filters)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{contains, fold};

    #[test]
    fn matching_ignores_case_in_any_script() {
        assert!(contains("Russia fired 181 Drones.", "drones"));
        assert!(contains("Mazón said so.", &fold("mazón")));
        assert!(contains("MAZÓN said so.", &fold("mazón")));
        assert!(!contains("Russia fired 181 drones.", "ukraine"));
        assert!(contains("anything", ""));
    }

    #[test]
    fn typed_quotes_apostrophes_and_hyphens_find_their_typographic_forms() {
        let odesa = "“It’s time to end this senseless war. “You’re gambling” — he said";
        for typed in [
            "It's time",
            "\"You",
            "\"you're gambling\"",
            "war. \"you",
            "- he",
        ] {
            assert!(contains(odesa, &fold(typed)), "{typed}");
        }
        // Typed the typographic way, it finds the plain one too.
        assert!(contains("It's time", &fold("it’s TIME")));
        assert!(contains("a 5–3 win", &fold("5-3")));
        assert!(!contains(odesa, &fold("It's tame")));
        // An ASCII claim is still matched without folding it.
        assert!(contains("Kyiv's mayor", &fold("KYIV'S")));
    }

    #[test]
    fn accents_need_not_be_typed() {
        // QA round 12 flow, item 7: `/mazon` found nothing; `/Mazón` found the 2 claims.
        let claim = "Carlos Mazón, Pedro Sánchez, Núñez Feijóo and Łukasz Pérez said";
        for typed in ["mazon", "Mazón", "sanchez", "nunez feijoo", "lukasz perez"] {
            assert!(contains(claim, &fold(typed)), "{typed}");
        }
        assert!(contains("Carlos Mazon said", &fold("Mazón")));
        assert!(!contains(claim, &fold("mason")));
    }
}
