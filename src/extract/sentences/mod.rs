//! Sentence boundaries, as byte spans into the text (no copies).
//!
//! Rules, in the order the scanner applies them:
//! - A paragraph is a line; a line that does not end a sentence and is followed by one starting in
//!   lower case is a hard wrap and joins it. A headline without a full stop is its own unit.
//! - Inside a paired quotation or bracket no stop ends a sentence, so a multi-sentence quotation
//!   stays with its attribution; a stop just before the closing mark is judged after it
//!   (`peace.” She` ends, `great.” she said` and `table.” Peskov said.` do not).
//! - `?` and `!` end a sentence unless a lower-case word follows ("Yahoo! in").
//! - A full stop ends a sentence before anything but a lower-case word, except after an
//!   abbreviation (see [`abbrev`](super::abbrev)), a name's initial, a list marker, or inside a
//!   token ("3.5", "example.com").
//! - Ellipses: "..." or "…" ends before a capital; ". . ." never does; four dots (". . . .",
//!   "....") end before a capital; "word. . . . Next" ends after "word." and the next sentence
//!   starts with the ellipsis.
//! - Inline lists ("1. … 2. …", "a) … b) …") and bullets ("• …") start a new sentence per item.

mod pieces;
mod scanner;
mod stops;

use super::punct::{self, Marks};
pub use pieces::split;
use scanner::split_paragraph;

/// A sentence: `text[start..end]`, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// The sentences of `text`, in order.
pub fn sentences(text: &str) -> Sentences<'_> {
    paragraphs_between(text, 0, text.len())
}

/// The sentences of the paragraphs of `text` that start in `from..until`, where `from` is where
/// a paragraph starts (0, or just after a blank line: see [`pieces`]).
fn paragraphs_between(text: &str, from: usize, until: usize) -> Sentences<'_> {
    Sentences {
        text,
        next_paragraph: from,
        until,
        found: Vec::new(),
        taken: 0,
        marks: Marks::default(),
    }
}

/// Iterator over the sentences of a text; see [`sentences`].
pub struct Sentences<'a> {
    text: &'a str,
    next_paragraph: usize,
    /// No paragraph starting here or later is read.
    until: usize,
    found: Vec<Span>,
    taken: usize,
    marks: Marks,
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        while self.taken == self.found.len() {
            if self.next_paragraph >= self.until {
                return None;
            }
            self.found.clear();
            self.taken = 0;
            let start = self.next_paragraph;
            let end = paragraph_end(self.text, start);
            self.next_paragraph = end + 1;
            split_paragraph(self.text, start, end, &mut self.marks, &mut self.found);
        }
        self.taken += 1;
        Some(self.found[self.taken - 1])
    }
}

/// The end of the paragraph starting at `start`: the next line break, unless the line is hard
/// wrapped (it does not end a sentence and the next line starts in lower case).
fn paragraph_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = start;
    loop {
        let Some(nl) = memchr::memchr(b'\n', &bytes[from..]).map(|k| from + k) else {
            return text.len();
        };
        let line = text[from..nl].trim_end();
        let ends_sentence = line
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '?' | '!' | ':' | '…') || punct::is_closing(c));
        let next = text[nl + 1..].trim_start_matches([' ', '\t']);
        let continues = next.chars().next().is_some_and(char::is_lowercase);
        if ends_sentence || !continues {
            return nl;
        }
        from = nl + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn multi_sentence_quotation_stays_with_its_attribution() {
        let text = "“It’s time to end this senseless war. If you want to end wars, you have to talk \
                    to both sides,” President Trump said. Next one.";
        let got = split(text);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[0].ends_with("President Trump said."));
    }

    #[test]
    fn closing_quote_after_the_stop_belongs_to_the_sentence() {
        let text = "Peskov described it as the “best contribution to the cause of peace.” Later, \
                    Zelensky left for Paris.";
        assert_eq!(
            split(text),
            vec![
                "Peskov described it as the “best contribution to the cause of peace.”",
                "Later, Zelensky left for Paris."
            ]
        );
    }

    #[test]
    fn a_name_ending_in_a_bang_before_a_figure_ends_no_sentence() {
        // QA round 20, item H-3.
        let text = "Of the 151 seats, the HDZ won 62, the SDP 48, We Can! 11, Most nine and \
                    minorities eight, the commission said.";
        assert_eq!(split(text), vec![text]);
        assert_eq!(split("Shares in Yahoo! 12% higher.").len(), 1);
        // A cry before a year, a word in capitals or a figure after a closing quote ends one.
        for text in [
            "They chanted \"We Can!\" 2026 will be different.",
            "It worked! 2026 will be different.",
            "It worked! Sales rose 5%.",
            "Go! 12 people ran.",
            // QA round 21, item L-10: an exclamation, then a sentence opening with a figure.
            "What a haul for Border Force! 2 tonnes of cocaine were found in the banana boxes.",
            "Officers burst in shouting Police! 3 men were arrested at the scene.",
            "Dr Nair said it was time to act now! 12 more cases were confirmed on Friday.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}");
        }
        // A name's figure with at most one word after it, or a list's.
        for text in [
            "The cocaine was hidden in a lorry belonging to Fresh! 24 Ltd, police said.",
            "The seats went: Labour 40, Go Local! 12, Greens 3.",
            "The seats went: Labour 40, Greens 3 and Go Local! 12 and Reform 1.",
        ] {
            assert_eq!(split(text), vec![text]);
        }
    }

    #[test]
    fn a_link_label_in_brackets_is_a_sentence_of_its_own() {
        let text = "Inflation rose to 12.1 percent, recorded at the [continue reading]";
        assert_eq!(
            split(text),
            vec![
                "Inflation rose to 12.1 percent, recorded at the",
                "[continue reading]"
            ]
        );
        assert_eq!(split("See the data [Read More…] below.").len(), 2);
        // An elision or a note in brackets stays in its sentence.
        for text in [
            "He said “the talks […] were over” on Monday.",
            "The data [seasonally adjusted] rose.",
        ] {
            assert_eq!(split(text), vec![text]);
        }
    }

    #[test]
    fn a_road_abbreviation_before_its_number_ends_no_sentence() {
        // (QA round 16, item 13.)
        for text in [
            "Two people died on Hwy 17 and Hwy. 50.",
            "The crash closed Rte. 9 near the bridge.",
            "Traffic was diverted to Rd. 12 and Rt. 4.",
            "The California Hwy. Patrol said 3 people died.",
        ] {
            assert_eq!(split(text), vec![text]);
        }
        // Before anything but a number, it ends the sentence like any word (QA round 17).
        for text in [
            "They drove down Pacific Coast Hwy. The fog lifted.",
            "Police closed the old Rte. Officials said 40 cars were stuck.",
            "The crash happened on Pacific Coast Hwy. Deputies said 2 people died.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn a_quote_then_a_short_attribution_is_one_sentence() {
        let text = "“We are positive. The question is with whom to sit.” Peskov said. He left.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn a_quote_then_a_report_of_its_own_are_two_sentences() {
        for text in [
            "The opposition called it “a fantasy.” Officials said 40 people died.",
            "The opposition called it \"a fantasy.\" Officials said 40 people died.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}");
        }
        let text = "Wiśniewski called the budget \"a fantasy.\" He said the deficit was 7%.";
        assert_eq!(split(text).len(), 2);
        let text = "“We are ready.” Zelensky said on Tuesday. He left.";
        assert_eq!(
            split(text).len(),
            2,
            "an attribution with its circumstances stays"
        );
        // QA round 10, item N15: a sentence that opens a quotation of its own.
        let text = "She thanked her mother, who she said had moved from Lagos in 1979 \"with two \
                    suitcases.\" She said: \"Everything I am, I owe to her.\"";
        assert_eq!(
            split(text),
            [
                "She thanked her mother, who she said had moved from Lagos in 1979 \"with two \
                 suitcases.\"",
                "She said: \"Everything I am, I owe to her.\""
            ]
        );
        let text = "“We won.” She added: “We will win again.”";
        assert_eq!(split(text).len(), 2);
        // Unchanged: the attribution after a comma goes on with the quotation.
        let text = "“We won.” she said, “and we will win again.”";
        assert_eq!(split(text).len(), 1);
    }

    #[test]
    fn headline_lines_are_their_own_unit() {
        let text = "Death toll rises in China quake\nAugust 3, 2014\nOfficials said 381 died.";
        assert_eq!(
            split(text),
            vec![
                "Death toll rises in China quake",
                "August 3, 2014",
                "Officials said 381 died."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The council said the rate\nwould rise. It did.";
        assert_eq!(
            split(text),
            vec!["The council said the rate\nwould rise.", "It did."]
        );
    }

    #[test]
    fn spans_are_trimmed_and_skip_blank_lines() {
        let text = "\n  First one.  \n\n\u{feff}Second one. \n";
        for span in sentences(text) {
            let s = &text[span.start..span.end];
            assert_eq!(s, s.trim());
        }
        assert_eq!(split(text), vec!["First one.", "Second one."]);
    }

    #[test]
    fn an_unbalanced_quote_does_not_swallow_the_paragraph() {
        let text = "“He said it. Then he left. The end.";
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn an_inline_numbered_list_is_one_sentence() {
        // QA round 8, item 3: it was split at each "N.".
        let table = "Premier League table (top four): 1. Liverpool 38, 2. Arsenal 36, 3. \
                     Manchester City 33, 4. Chelsea 30.";
        assert_eq!(split(table), [table]);
        let two = "Finalists: 1. Smith, 2. Jones. The draw is on Monday.";
        assert_eq!(
            split(two),
            ["Finalists: 1. Smith, 2. Jones.", "The draw is on Monday."]
        );
        // A number ending a sentence is no list item.
        assert_eq!(
            split("He finished 2. Then he left."),
            ["He finished 2.", "Then he left."]
        );
        assert_eq!(
            split("The score was 3, 2. Then it rained."),
            ["The score was 3, 2.", "Then it rained."]
        );
        assert_eq!(
            split("The top finishers: 1. Then came the rest."),
            ["The top finishers: 1.", "Then came the rest."]
        );
    }

    #[test]
    fn titles_and_dates() {
        let text = "Gen. Mark A. Milley met Dr. Smith on Jan. 5 at 6 p.m. The talks ended.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn indian_honorifics_do_not_end_a_sentence() {
        let text = "The district supplies 312 villages through 487 tankers, Collector Smt. Varsha \
                    Thakur-Ghuge said on 10th March.";
        assert_eq!(split(text).len(), 1);
        for title in ["Smt.", "Kum.", "Shri."] {
            let text = format!("{title} Pankaja Munde, Minister for Environment, said it rained.");
            assert_eq!(split(&text).len(), 1, "{title}");
        }
    }
}
