//! A quotation left open at a sentence's end, and the sentences that go on with it.
//!
//! A quotation can run over several sentences and paragraphs: "“We have never seen anything like
//! this,” said fire chief Maria Lopez. “The wind turned in minutes." leaves it open, and the
//! sentences after it are still her words. By the newspapers' convention, a quotation that runs
//! on over a paragraph break opens each new paragraph with a quotation mark and closes only at
//! its end; a paragraph that opens without one ends the quotation (its mark was never closed).
//!
//! Only a sentence that opens with a quotation mark that no mark in it closes can leave one open
//! here (its marks are counted then, and while a quotation is open): most sentences are passed
//! at a glance.

use super::speakers::Speaker;

/// The quotation state of a document, read sentence after sentence.
#[derive(Debug, Default)]
pub struct OpenQuotation {
    open: bool,
    speaker: Option<Speaker>,
}

/// Where a sentence stands to a quotation left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Step {
    /// The sentence goes on with a quotation that an earlier one left open: the same words.
    pub inside: bool,
    /// The sentence opens a quotation that it leaves open.
    pub opens: bool,
    /// All its words are the quotation's, with no mark between them ("People told me …"
    /// inside a quotation): any speech verb among them is quoted, and names no speaker.
    pub all_quoted: bool,
    /// A quotation is still open at the sentence's end.
    open_after: bool,
}

impl Step {
    /// Whether the sentence's words are (in part) a quotation left open at one end.
    pub fn in_quotation(&self) -> bool {
        self.inside || self.opens
    }
}

impl OpenQuotation {
    /// Reads `sentence`, after `gap` (the text between the previous sentence and it); `paired`
    /// tells that it holds a quotation closed in it (one that opens it, most likely).
    #[inline]
    pub fn step(&mut self, gap: &[u8], sentence: &str, paired: bool) -> Step {
        // (Its marks are counted only for a sentence that may leave one open: one that opens
        // with a mark none closes, or one after a quotation left open.)
        if !self.open && (paired || !matches!(sentence.as_bytes().first(), Some(b'"' | 0xE2))) {
            return Step::default();
        }
        self.step_marks(gap, sentence)
    }

    #[inline(never)]
    fn step_marks(&mut self, gap: &[u8], sentence: &str) -> Step {
        let bytes = sentence.as_bytes();
        let opens_with_mark = bytes.first() == Some(&b'"') || sentence.starts_with('“');
        let paragraph = memchr::memchr(b'\n', gap).is_some();
        // A new paragraph that opens without a mark ends a quotation left open.
        if self.open && !opens_with_mark && paragraph {
            self.open = false;
        }
        if !self.open && !opens_with_mark {
            return Step::default();
        }
        // (Marks doubled, as a spreadsheet's cell escapes them: `asked, ""Where is he? """ Now`,
        // tell no quotation's bounds; none is followed.)
        let Some(marks) = count_marks(bytes) else {
            self.open = false;
            return Step::default();
        };
        let step = if self.open {
            // A paragraph's opening mark goes on with the quotation: it is no new one.
            let going_on = usize::from(opens_with_mark && paragraph);
            Step {
                inside: true,
                opens: false,
                all_quoted: marks == going_on,
                open_after: (marks - going_on).is_multiple_of(2),
            }
        } else {
            let opens = marks % 2 == 1;
            Step {
                inside: false,
                opens,
                all_quoted: marks == 1,
                open_after: opens,
            }
        };
        self.open = step.open_after;
        step
    }

    /// The speaker of the quotation that a sentence goes on with ([`Step::inside`]), until
    /// [`OpenQuotation::spoke`] is told of that sentence's.
    pub fn speaker(&self) -> Option<Speaker> {
        self.speaker.clone()
    }

    /// Records the speaker found for the sentence of `step`: the open quotation's, when the
    /// sentence leaves one open.
    #[inline]
    pub fn spoke(&mut self, step: Step, speaker: &Option<Speaker>) {
        if !step.open_after {
            if self.speaker.is_none() {
                return;
            }
            self.speaker = None;
        } else if step.opens || speaker.is_some() {
            self.speaker.clone_from(speaker);
        }
    }
}

/// The double quotation marks of a sentence, straight or curly; none for marks doubled.
fn count_marks(bytes: &[u8]) -> Option<usize> {
    let mut marks = 0;
    // (“ and ” are E2 80 9C and E2 80 9D.)
    for at in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match bytes[at] {
            b'"' if bytes.get(at + 1) == Some(&b'"') => return None,
            b'"' => marks += 1,
            _ => {
                marks += usize::from(matches!(
                    bytes.get(at + 1..at + 3),
                    Some([0x80, 0x9C | 0x9D])
                ))
            }
        }
    }
    Some(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_left_open_goes_on_over_a_paragraph_that_opens_with_a_mark() {
        let mut quotation = OpenQuotation::default();
        let mut step =
            |gap: &str, sentence, paired| quotation.step(gap.as_bytes(), sentence, paired);
        let said = step("", "“We have never seen it,” said Maria Lopez.", true);
        assert_eq!(said, Step::default(), "closed in its sentence");
        let opens = step(" ", "“The wind turned in minutes.", false);
        assert!(opens.opens && !opens.inside && opens.all_quoted);
        let middle = step(" ", "It jumped the river.", false);
        assert!(middle.inside && middle.all_quoted);
        let next = step(
            "\n\n",
            "“By the time crews arrived, 40 homes burned.”",
            true,
        );
        assert!(next.inside && !next.all_quoted);
        let after = step("\n\n", "The fire has burned 12,000 acres.", false);
        assert!(!after.in_quotation(), "closed at the paragraph's end");
        // A paragraph that opens without a mark ends it.
        step("", "\"The wind turned in minutes.", false);
        assert!(!step("\n", "The fire grew.", false).in_quotation());
        // A new quotation after a closed one is none going on.
        assert!(!step("\n", "\"We need help.\"", true).in_quotation());
        // Marks doubled, as in a spreadsheet's cell, are not followed.
        let doubled = step("\n", "\"He was asked, \"\"Where?", false);
        assert_eq!(doubled, Step::default());
        assert!(!step(" ", "It was over.", false).in_quotation());
    }
}
