//! Changing reviews (verdicts, notes, evidence, undo and redo) and the text fields that feed them.

use ratatui_textarea::TextArea;

use crate::session::{Edit, OPEN_GLYPH, Review, Verdict, VerdictFilter};

use super::super::action::Action;
use super::super::{layout, note};
use super::{App, Change, Effect, Mode};

pub(super) fn text_field(lines: Vec<String>) -> Box<TextArea<'static>> {
    let mut field = TextArea::new(if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    });
    field.set_cursor_line_style(ratatui::style::Style::new());
    field.move_cursor(ratatui_textarea::CursorMove::Bottom);
    field.move_cursor(ratatui_textarea::CursorMove::End);
    Box::new(field)
}

impl App {
    /// Stores `review` on the claim at `at`, signed where it changed: a changed verdict with the
    /// reviewer and time (`reviewer`, `reviewed_at`), a changed note or evidence with
    /// `annotated_by` and `annotated_at`. A note added to someone else's verdict leaves the
    /// verdict theirs.
    pub(super) fn set_review(&mut self, at: usize, mut review: Review) -> Option<Change> {
        let current = &self.session.claims().get(at)?.review;
        // Marking a flagged claim again confirms its verdict: a new verdict, signed anew.
        let verdict_changed = current.verdict != review.verdict
            || (!current.recheck.is_empty() && review.recheck.is_empty());
        let annotated = current.note != review.note
            || current.evidence != review.evidence
            || current.corrected_speaker != review.corrected_speaker;
        if review.is_empty() {
            review = Review::default();
        } else {
            if verdict_changed {
                review.reviewer = Some(self.reviewer.clone());
                review.reviewed_at = Some(self.clock.stamp());
            }
            if annotated {
                if review.note.is_empty()
                    && review.evidence.is_empty()
                    && review.corrected_speaker.is_none()
                {
                    review.annotated_by = None;
                    review.annotated_at = None;
                } else {
                    review.annotated_by = Some(self.reviewer.clone());
                    review.annotated_at = Some(self.clock.stamp());
                }
            }
        }
        let edit = self.session.set_review(at, review)?;
        let claim = &self.session.claims()[at];
        self.index
            .update(at, claim.review.standing(), claim.claim.kind);
        Some(Change::Review(edit))
    }

    /// Gives the selected claim a verdict (or clears it) and, for a verdict, moves on (see
    /// [`App::move_on`]); says when the verdict it replaces or clears was another reviewer's.
    pub(super) fn mark(&mut self, verdict: Option<Verdict>) -> Effect {
        let Some(at) = self.editable() else {
            return Effect::None;
        };
        let current = self.session.claims()[at].review.clone();
        // A verdict to confirm (the claim changed since it was given) is confirmed by giving it
        // again, and cleared with it.
        let unchanged = current.verdict == verdict && current.recheck.is_empty();
        let replaced = (!unchanged)
            .then(|| self.others_verdict(&current))
            .flatten();
        let change = if unchanged {
            None
        } else {
            self.set_review(
                at,
                Review {
                    verdict,
                    recheck: Vec::new(),
                    ..current.clone()
                },
            )
        };
        let mut said = Vec::new();
        if verdict.is_some() {
            let (moved, told_replaced) = self.move_on(at, replaced.as_deref());
            if !told_replaced {
                said.extend(replaced.map(|r| format!("replaced {r} on #{}", at + 1)));
            }
            said.extend(moved);
        } else {
            let label = self.claim_label(at);
            said.push(match replaced {
                _ if unchanged => format!("{label} has no verdict to clear"),
                Some(r) => format!("cleared {r} on {label} (its note and evidence stay)"),
                None => format!("cleared {label} (its note and evidence stay)"),
            });
            said.extend(self.leave_view(at));
        }
        self.notice = (!said.is_empty()).then(|| said.join("; "));
        change.map_or(Effect::None, |c| Effect::Persist(Box::new(c)))
    }

    /// After a verdict on the claim at `at`: the next open claim in view, wrapping round; under
    /// a filter of one verdict (whose view holds no open claim), the next claim in view, not
    /// wrapping, so that a pass over, say, the verified claims ends. Returns what to say: where
    /// the selection went when the claim left the view, and when there is no claim to go to;
    /// and whether that says the other reviewer's verdict `replaced` (the caller says it else).
    fn move_on(&mut self, at: usize, replaced: Option<&str>) -> (Option<String>, bool) {
        // Orphaned reviews come after the last claim and are not for reviewing.
        let claims = self.session.claims().len();
        let mask = self.mask();
        if matches!(self.filter, VerdictFilter::All | VerdictFilter::Open) {
            let open = mask.open();
            let next = self
                .index
                .next_from(open, at + 1)
                .filter(|&next| next < claims)
                .or_else(|| self.index.next_from(open, 0).filter(|&next| next < claims));
            return match next {
                Some(next) => {
                    self.select(Some(next));
                    self.marked = Some(at);
                    (Some(self.moved_on(at, next, replaced)), replaced.is_some())
                }
                None => {
                    self.settle();
                    (Some("every claim in view has a verdict".into()), false)
                }
            };
        }
        let next = self
            .index
            .next_from(mask, at + 1)
            .filter(|&next| next < claims);
        let left = (!self.index.admits(mask, at)).then(|| self.left_view_label(at));
        let said = match (next, left) {
            (Some(next), left) => {
                self.select(Some(next));
                left.map(|left| format!("{left}; on to #{}", next + 1))
            }
            (None, Some(left)) => {
                self.settle();
                Some(format!("{left}; no more claims in this view after it"))
            }
            (None, None) => Some(format!("no more claims in this view after #{}", at + 1)),
        };
        (said, false)
    }

    /// Where a verdict moved the selection, and how to go back (QA round 10, item R3: a `c`
    /// pressed right after a verdict annotates the claim moved to, not the one marked):
    /// "#4 ✗ disputed; now on #6 “Core inflation…” (k back to #4)".
    fn moved_on(&self, at: usize, next: usize, replaced: Option<&str>) -> String {
        let verdict = self.session.claims()[at]
            .review
            .verdict
            .map_or(format!("{OPEN_GLYPH} open"), |v| {
                format!("{} {}", v.glyph(), v.label())
            });
        // "replaced ana's ✓ verified on #1 with ✗ disputed; now on #4 …"
        let marked = match replaced {
            Some(r) => format!("replaced {r} on #{} with {verdict}", at + 1),
            None => format!("#{} {verdict}", at + 1),
        };
        let mut said = format!("{marked}; now on {}", self.claim_label(next));
        let mask = self.mask();
        if !self.index.admits(mask, at) {
            said.push_str(&format!(" (#{} is out of this view now)", at + 1));
        } else if next > at {
            // Rows up from the claim moved to, back to the one marked.
            let steps = self.index.rank(mask, next) - self.index.rank(mask, at);
            let up = self
                .keymap
                .keys(super::super::keymap::Context::Browse, &Action::Up)
                .first()
                .map_or_else(String::new, ToString::to_string);
            if (1..=3).contains(&steps) && !up.is_empty() {
                let keys = vec![up; steps].join(" ");
                said.push_str(&format!(" ({keys} back to #{})", at + 1));
            }
        }
        said
    }

    /// After a verdict was cleared: when the filter no longer shows the claim, the selection
    /// settles on a claim in view, and the reviewer is told which.
    fn leave_view(&mut self, at: usize) -> Option<String> {
        if self.index.admits(self.mask(), at) {
            self.settle();
            return None;
        }
        let left = self.left_view_label(at);
        self.settle();
        Some(match self.selected {
            Some(now) => format!("{left}; now on #{}", now + 1),
            None => format!("{left}; no more claims in this view"),
        })
    }

    /// "#11 is now ? unclear, out of this view (verified · quote)".
    fn left_view_label(&self, at: usize) -> String {
        let now = self.session.claims()[at]
            .review
            .verdict
            .map_or(format!("{OPEN_GLYPH} open"), |v| {
                format!("{} {}", v.glyph(), v.label())
            });
        format!(
            "#{} is now {now}, out of this view ({})",
            at + 1,
            self.filter_label()
        )
    }

    /// Reverts the last change and shows the claim it touched.
    pub(super) fn undo(&mut self) -> Effect {
        match self.session.undo() {
            Some(edit) => {
                self.after_history(&edit, "undone");
                Effect::Persist(Box::new(Change::Undo(edit)))
            }
            None => {
                self.notice = Some("nothing to undo".into());
                Effect::None
            }
        }
    }

    /// Reapplies the last undone change.
    pub(super) fn redo(&mut self) -> Effect {
        match self.session.redo() {
            Some(edit) => {
                self.after_history(&edit, "redone");
                Effect::Persist(Box::new(Change::Redo(edit)))
            }
            None => {
                self.notice = Some("nothing to redo".into());
                Effect::None
            }
        }
    }

    fn after_history(&mut self, edit: &Edit, what: &str) {
        let Some(at) = self.session.position(&edit.claim) else {
            // A step on a claim a re-extraction took away (or a hand-edited history): it changes
            // nothing, and says so rather than seem to ignore the key (QA round 21, item N-6).
            let whose = if self
                .session
                .orphans
                .iter()
                .any(|o| o.claim.id == edit.claim)
            {
                "an orphaned review (its sentence is no longer in the article)"
            } else {
                "a claim this session no longer has"
            };
            let (verb, next) = match what {
                "undone" => ("undo", "the change before it"),
                _ => ("redo", "the next one"),
            };
            self.notice = Some(format!(
                "nothing {what}: the change on {} was to {whose}, so it cannot be {what} here; \
                 {verb} again for {next}",
                edit.claim
            ));
            return;
        };
        if edit.orphan.is_some() {
            self.reindex();
        }
        let claim = &self.session.claims()[at];
        self.index
            .update(at, claim.review.standing(), claim.claim.kind);
        self.say_history(what, at, edit);
        // Show the claim changed back; when the filters hide it, stay where the reviewer is.
        if self.index.admits(self.mask(), at) {
            self.selected = Some(at);
        } else {
            let hidden = format!(" (hidden by the filter: {})", self.filter_label());
            if let Some(notice) = self.notice.as_mut() {
                notice.push_str(&hidden);
            }
        }
        self.settle();
    }

    pub(super) fn open_note(&mut self) {
        self.annotating_after_mark = self.marked.take();
        let Some(reviewed) = self.editable().and_then(|at| self.session.claim(at)) else {
            return;
        };
        let lines = reviewed.review.note.lines().map(str::to_string).collect();
        self.mode = Mode::Note(text_field(lines));
    }

    /// `a`: a field holding who speaks in the selected claim, to correct it.
    pub(super) fn open_speaker(&mut self) {
        let Some(at) = self.editable() else {
            return;
        };
        let shown = self.session.claims()[at]
            .speaker()
            .unwrap_or("")
            .to_string();
        self.mode = Mode::Speaker(text_field(vec![shown]));
    }

    /// Keys in a text field: typing, line editing, keeping, cancelling; in the search field,
    /// every change of the text searches again.
    pub(super) fn text(&mut self, action: Action) -> Effect {
        // The note's rows are drawn wrapped at words: ↑ and ↓ go by those rows.
        let screen = self.area_rect();
        if let (Mode::Note(field), Action::Input(input)) = (&mut self.mode, &action)
            && let Some(up) = note::row_key(input)
        {
            note::move_cursor(field, layout::note_width(screen), up, input.shift);
            return Effect::None;
        }
        let field = match &mut self.mode {
            Mode::Note(field) | Mode::Evidence(field, _) | Mode::Speaker(field) => field.as_mut(),
            Mode::Search(prompt) => prompt.field_mut(),
            _ => return Effect::None,
        };
        let changed = match action {
            Action::Input(input) => field.input(input),
            Action::ClearLine => field.delete_line_by_head(),
            Action::DeleteWord => field.delete_word(),
            Action::RecallOlder | Action::RecallNewer => {
                self.recall(action == Action::RecallOlder);
                return Effect::None;
            }
            Action::Cancel => {
                let changed = self.draft_changed();
                match std::mem::replace(&mut self.mode, Mode::Browse) {
                    Mode::Search(prompt) => self.cancel_search(*prompt),
                    // Typed text is dropped only when the reviewer says so.
                    editor if changed => {
                        self.mode = Mode::ConfirmDiscard {
                            back: Box::new(editor),
                        }
                    }
                    editor => self.mode = self.back_from(&editor),
                }
                return Effect::None;
            }
            Action::Submit => return self.submit(),
            _ => false,
        };
        if changed {
            self.search_as_typed();
        }
        Effect::None
    }

    /// Whether the open editor holds text that keeping would store: a note other than the
    /// claim's, an evidence item other than the one being edited, or any text for a new item.
    fn draft_changed(&self) -> bool {
        let Some(review) = self
            .selected
            .and_then(|at| self.session.claims().get(at))
            .map(|c| &c.review)
        else {
            return false;
        };
        match &self.mode {
            Mode::Note(field) => field.lines().join("\n").trim_end() != review.note.trim_end(),
            Mode::Speaker(field) => {
                let shown = self
                    .selected
                    .and_then(|at| self.session.claims()[at].speaker());
                field.lines().join(" ").trim() != shown.unwrap_or("")
            }
            Mode::Evidence(field, replacing) => {
                let item = field.lines().join(" ");
                let item = item.trim();
                match replacing.and_then(|i| review.evidence.get(i)) {
                    Some(old) => item != old.trim(),
                    None => !item.is_empty(),
                }
            }
            _ => false,
        }
    }

    /// Where Esc in an editor steps back to, its text not kept: an evidence item goes back to
    /// the evidence list it was chosen in, at that item; a note or a new item to the main screen.
    fn back_from(&self, editor: &Mode) -> Mode {
        match (editor, self.evidence().len()) {
            (Mode::Evidence(_, Some(item)), items) if items > 0 => Mode::EvidenceList {
                choice: (*item).min(items - 1),
            },
            _ => Mode::Browse,
        }
    }

    /// The answer to "Discard the changes?": yes drops the editor's text, no goes back to it.
    pub(super) fn confirm_discard(&mut self, action: Action) -> Effect {
        match action {
            Action::Confirm => {
                if let Mode::ConfirmDiscard { back } =
                    std::mem::replace(&mut self.mode, Mode::Browse)
                {
                    self.mode = self.back_from(&back);
                }
                self.notice = Some("the changes were discarded".into());
            }
            Action::Cancel => {
                if let Mode::ConfirmDiscard { back } =
                    std::mem::replace(&mut self.mode, Mode::Browse)
                {
                    self.mode = *back;
                }
            }
            _ => {}
        }
        Effect::None
    }

    /// `Enter` in a text field: finishes the search, or keeps the note or evidence item. An item
    /// chosen in the evidence list returns to the list; a note or a new item to the main screen.
    pub(super) fn submit(&mut self) -> Effect {
        let mode = std::mem::replace(&mut self.mode, Mode::Browse);
        if let Mode::Search(prompt) = mode {
            self.finish_search(*prompt);
            return Effect::None;
        }
        let Some(at) = self.selected else {
            return Effect::None;
        };
        let current = self.session.claims()[at].review.clone();
        let review = match mode {
            Mode::Note(field) => {
                let note = field.lines().join("\n").trim_end().to_string();
                Review { note, ..current }
            }
            Mode::Speaker(field) => {
                let typed = field.lines().join(" ");
                let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
                let found = self.session.claims()[at].claim.speaker.as_deref();
                // What the extractor found again is no correction; empty where it found someone
                // says no one speaks.
                let corrected_speaker = match found {
                    Some(found) if found == typed => None,
                    None if typed.is_empty() => None,
                    _ => Some(typed),
                };
                Review {
                    corrected_speaker,
                    ..current
                }
            }
            Mode::Evidence(field, replacing) => {
                let item = field.lines().join(" ").trim().to_string();
                let mut evidence = current.evidence.clone();
                match replacing.filter(|&i| i < evidence.len()) {
                    // An item edited down to nothing is removed.
                    Some(i) if item.is_empty() => {
                        evidence.remove(i);
                    }
                    Some(i) => evidence[i] = item,
                    None if item.is_empty() => return Effect::None,
                    None => evidence.push(item),
                }
                // An item chosen in the evidence list goes back to it, on that item (or the
                // next, when it was emptied), as removing one with `d` keeps the list open.
                if let Some(i) = replacing
                    && !evidence.is_empty()
                {
                    self.mode = Mode::EvidenceList {
                        choice: i.min(evidence.len() - 1),
                    };
                }
                Review {
                    evidence,
                    ..current
                }
            }
            other => {
                self.mode = other;
                return Effect::None;
            }
        };
        self.set_review(at, review)
            .map_or(Effect::None, |c| Effect::Persist(Box::new(c)))
    }
}
