//! Where a sentence sits on the page, for furniture that only its place reveals: the headlines of
//! other articles listed under "Read more:" or "Related" read like claims, but they are links;
//! the author's bio after the story reads like a claim about a person ([`bio`]).

use super::Furniture;
use crate::extract::ascii::{self, HIGH};

mod bio;

/// Lines above a sentence read at most, looking for the label of its list.
const LIST_LINES: usize = 12;

/// Words at most in a list item that is a link (a headline) and in the label of such a list.
const ITEM_WORDS: usize = 15;
const LABEL_WORDS: usize = 6;
// `Line::has_words` caches a count capped at `ITEM_WORDS + 1`, which answers for any `most` up to
// `ITEM_WORDS`: labels may not ask about more words than items.
const _: () = assert!(LABEL_WORDS <= ITEM_WORDS);

/// The furniture that only its place shows the sentence starting at byte `start` of `text` to
/// be: an item of a list of links to other articles ([`link_list_item`]) or a sentence of the
/// author's bio after the story ([`bio::in_author_bio`]).
pub fn placed_furniture(text: &str, start: usize) -> Option<Furniture> {
    if link_list_item(text, start) {
        Some(Furniture::RelatedLink)
    } else if bio::in_author_bio(text, start) {
        Some(Furniture::AuthorBio)
    } else {
        None
    }
}

/// Whether the sentence starting at byte `start` of `text` is an item of a list of links to
/// other articles: a line of its own (a bullet, or a short line without a final stop) under a
/// label such as "Read more:", "Related stories" or "See also", with only such items between.
pub fn link_list_item(text: &str, start: usize) -> bool {
    // Back over the indent and the bullet only: a sentence inside a line stops at once, so a
    // long line costs no more than its sentences.
    let indent = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '\n' || !(c.is_whitespace() || is_bullet(c)));
    let line_start = match indent {
        None => 0,
        Some((i, '\n')) => i + 1,
        Some(_) => return false,
    };
    // The line may run on through a whole paragraph: memchr's vector search finds its end.
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
    if !Line::of(&text[line_start..line_end]).is_item() {
        return false;
    }
    // Up the lines above, past other items, to the first that is no item or is a label. Split
    // at '\n' rather than by `str::lines`: each line is trimmed, which takes the '\r' that
    // `lines` would, and empty lines are skipped, such as the one after a final '\n'.
    let above = &text[..line_start];
    let mut ends = memchr::memrchr_iter(b'\n', above.as_bytes());
    let mut end = above.len();
    let lines_above = std::iter::from_fn(|| {
        let from = ends.next().map(|i| i + 1);
        let line = above.get(from.unwrap_or(0)..end)?;
        end = from.map_or(usize::MAX, |i| i - 1);
        Some(line)
    });
    let head = lines_above
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LIST_LINES)
        .map(Line::of)
        .find(|line| line.is_label() || !line.is_item());
    head.is_some_and(|line| line.is_label())
}

/// What the list tests read of a line, read once for both: the line above a list item is
/// asked whether it is a label and, if not, whether it is another item.
struct Line<'a> {
    line: &'a str,
    bullet: bool,
    /// Ends with a full stop, before closing marks.
    stop: bool,
    /// Ends with a full stop, a question or an exclamation mark, before closing marks.
    sentence_end: bool,
    /// Its words, counted up to one past [`ITEM_WORDS`]; counted only when a test needs them.
    words: std::cell::OnceCell<usize>,
}

impl<'a> Line<'a> {
    fn of(line: &'a str) -> Line<'a> {
        let line = line.trim();
        let closed = closing_marks_off(line);
        Line {
            line,
            bullet: line.starts_with(is_bullet),
            stop: closed.ends_with('.'),
            sentence_end: closed.ends_with(['.', '!', '?']),
            words: std::cell::OnceCell::new(),
        }
    }

    /// Whether the line has from 1 to `most` words, `most` up to [`ITEM_WORDS`].
    fn has_words(&self, most: usize) -> bool {
        let words = *self
            .words
            .get_or_init(|| count_words(self.line, ITEM_WORDS + 1));
        (1..=most).contains(&words)
    }

    /// A line that may be an item of a list of links: short, without a final stop — but a
    /// bulleted headline may ask or exclaim ("- Heatwave: how hot will it get?").
    fn is_item(&self) -> bool {
        let ends = if self.bullet {
            self.stop
        } else {
            self.sentence_end
        };
        self.line.len() <= 300 && !ends && self.has_words(ITEM_WORDS)
    }

    /// "Read more:", "Related", "More on this story", "See also", "You may also like" (a line
    /// of its own, not an item of a list).
    fn is_label(&self) -> bool {
        !self.bullet
            && !self.sentence_end
            && self.has_words(LABEL_WORDS)
            && self.line.split_whitespace().any(is_link_word)
    }
}

/// `line.split_whitespace().take(most).count()`, without the machinery of a split: the
/// number of runs of characters other than whitespace, counted up to `most`. Eight bytes at a
/// time while they are ASCII (a word starts at a byte that is no space after one that is), a
/// character at a time where they are not — and eight at a time again after it, so a curly
/// quote or a pound sign early in a line does not leave the rest to the slow loop.
fn count_words(line: &str, most: usize) -> usize {
    let b = line.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < b.len() && words < most {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            if x & HIGH == 0 {
                let text = !ascii::spaces(x) & HIGH;
                let starts = text & !(text << 8 | (in_word as u64) << 7);
                words += starts.count_ones() as usize;
                in_word = text >> 63 == 1;
                i += 8;
                continue;
            }
        }
        let (space, len) = match b[i] {
            c @ 0..0x80 => (matches!(c, b' ' | b'\t'..=b'\r'), 1),
            _ => {
                let c = line[i..].chars().next().expect("a character at a boundary");
                (c.is_whitespace(), c.len_utf8())
            }
        };
        words += (!space && !in_word) as usize;
        in_word = !space;
        i += len;
    }
    // Eight bytes may hold words past `most`.
    words.min(most)
}

fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '•' | '*' | '·' | '–' | '—' | '▪' | '►')
}

/// A word that names a list of links ("Related", "more", "Read") or a newsletter's box, with the
/// punctuation around it.
fn is_link_word(w: &str) -> bool {
    /// Words that name a list of links, in lower case.
    const LINK_WORDS: [&str; 16] = [
        "related",
        "read",
        "more",
        "also",
        "see",
        "recommended",
        "popular",
        "latest",
        "trending",
        "watch",
        "listen",
        "explore",
        "stories",
        "coverage",
        "links",
        // A newsletter's sign-up box lists its blurb ("Free weekly newsletter" / "Alex Hern's
        // weekly dive in to how technology is shaping our lives").
        "newsletter",
    ];
    /// The first letters of [`LINK_WORDS`], a bit for each from 'a'.
    const INITIALS: u32 = {
        let (mut bits, mut i) = (0, 0);
        while i < LINK_WORDS.len() {
            bits |= 1 << (LINK_WORDS[i].as_bytes()[0] - b'a');
            i += 1;
        }
        bits
    };
    // Most words start with an ASCII letter or digit, which is their first letter once trimmed:
    // one byte turns them away before the trim (which decodes characters) and the list.
    match w.as_bytes().first() {
        None => return false,
        Some(c) if c.is_ascii_digit() => return false,
        Some(c)
            if c.is_ascii_alphabetic() && INITIALS & 1 << (c.to_ascii_lowercase() - b'a') == 0 =>
        {
            return false;
        }
        _ => {}
    }
    let word = w.trim_matches(|c: char| !c.is_alphanumeric());
    LINK_WORDS
        .iter()
        .any(|link| word.eq_ignore_ascii_case(link))
}

/// The line without the quotation marks and brackets that may close it.
pub(super) fn closing_marks_off(line: &str) -> &str {
    // Most lines end with an ASCII byte that closes nothing: one test, before decoding
    // characters from the end.
    match line.as_bytes().last() {
        Some(&last) if last.is_ascii() && !matches!(last, b'"' | b'\'' | b')') => line,
        _ => line.trim_end_matches(['"', '\'', '”', '’', ')']),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tests as first written, each reading the line again: the specification of [`Line`].
    mod plain {
        use super::super::{ITEM_WORDS, LABEL_WORDS, closing_marks_off, is_bullet, is_link_word};

        /// A line that may be an item of a list of links: short, without a final stop — but a bulleted
        /// headline may ask or exclaim ("- Heatwave: how hot will it get?").
        pub(super) fn is_item(line: &str) -> bool {
            let line = line.trim();
            // The cheap tests first: most lines are paragraphs, long or ending like a sentence.
            let ends = if line.starts_with(is_bullet) {
                ends_with_a_stop(line)
            } else {
                ends_like_a_sentence(line)
            };
            line.len() <= 300 && !ends && has_words(line, ITEM_WORDS)
        }

        /// Whether `line` has from 1 to `most` words (counting no further than one past `most`).
        fn has_words(line: &str, most: usize) -> bool {
            (1..=most).contains(&line.split_whitespace().take(most + 1).count())
        }

        /// "Read more:", "Related", "More on this story", "See also", "You may also like" (a line of its
        /// own, not an item of a list).
        pub(super) fn is_label(line: &str) -> bool {
            let line = line.trim();
            if line.starts_with(is_bullet)
                || ends_like_a_sentence(line)
                || !has_words(line, LABEL_WORDS)
            {
                return false;
            }
            line.split_whitespace().any(is_link_word)
        }

        fn ends_with_a_stop(line: &str) -> bool {
            closing_marks_off(line).ends_with('.')
        }

        fn ends_like_a_sentence(line: &str) -> bool {
            closing_marks_off(line).ends_with(['.', '!', '?'])
        }
    }
    use plain::{is_item, is_label};

    /// [`link_list_item`] as first written, with `str::find` and `str::lines`.
    fn in_link_list_plain(text: &str, start: usize) -> bool {
        let indent = text[..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| c == '\n' || !(c.is_whitespace() || is_bullet(c)));
        let line_start = match indent {
            None => 0,
            Some((i, '\n')) => i + 1,
            Some(_) => return false,
        };
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !is_item(&text[line_start..line_end]) {
            return false;
        }
        let head = text[..line_start]
            .lines()
            .rev()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(LIST_LINES)
            .find(|line| is_label(line) || !is_item(line));
        head.is_some_and(is_label)
    }

    #[test]
    fn finds_the_lists_the_plain_version_finds() {
        let texts = [
            include_str!("../../../tests/fixtures/qa/kharkiv-paste.txt"),
            include_str!("../../../tests/fixtures/qa/furniture.txt"),
            include_str!("../../../tests/fixtures/qa/flood.txt"),
            include_str!("../../../tests/fixtures/news/mexico-quake.txt"),
            "Related stories\r\n\r\n  - Floods kill 95\r\n\u{2022} Death toll climbs\n\n\nSee also\n",
            "\n\nRead more:\n\n\nFloods kill 95 in Spain\u{a0}\n\u{2003}Death toll climbs to 95\n",
            "",
            "Read more:",
        ];
        let mut items = 0;
        for text in texts {
            for (start, _) in text.char_indices() {
                let found = link_list_item(text, start);
                assert_eq!(found, in_link_list_plain(text, start), "{start}: {text}");
                items += found as usize;
            }
        }
        assert!(items > 10, "{items}");
    }

    #[test]
    fn link_words_are_told_with_the_punctuation_around_them() {
        for w in [
            "Related:",
            "(More",
            "“Read",
            "see…",
            "—also",
            "NEWSLETTER",
            "[Watch]",
        ] {
            assert!(is_link_word(w), "{w}");
        }
        for w in ["", "12", "Relate", "—Élan", "Told", "“Said”", "reads"] {
            assert!(!is_link_word(w), "{w}");
        }
    }

    #[test]
    fn counts_words_as_splitting_at_whitespace_does() {
        let lines = [
            "",
            "   ",
            "one",
            " one  two\tthree\r\n",
            "a\u{a0}b\u{2003}c\u{3000}d\u{85}e",
            "“Quoted,” she said — twice…",
            "\x0bone\x0ctwo  three\tfour five six seven eight nine ten eleven twelve",
            "abcdefgh ijklmnop qrstuvwx yz",
            "abcdefg hijklmno pqrstuvw xyz      ",
            "        abcdefgh        ",
            "one two three four five six seven eight nine ten élan eleven twelve thirteen",
            "£5 one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
            "| Revenue | £5.91bn | £5.77bn | +2.4% |",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
        ];
        for line in crate::extract::score::test_lines().into_iter().chain(lines) {
            for most in [0, 1, 6, 16] {
                let want = line.split_whitespace().take(most).count();
                assert_eq!(count_words(line, most), want, "{most}: {line}");
            }
        }
    }

    #[test]
    fn each_placed_furniture_is_named() {
        let page = include_str!("../../../tests/fixtures/qa/retail-paste.txt");
        let at = |sentence: &str| placed_furniture(page, page.find(sentence).unwrap());
        assert_eq!(
            at("Priya Raman is Retail Editor"),
            Some(Furniture::AuthorBio)
        );
        assert_eq!(at("Harrow & Finch profit slumps"), None);
        assert_eq!(Furniture::AuthorBio.name(), "author-bio");
    }

    fn item_at(text: &str, item: &str) -> bool {
        placed_furniture(text, text.find(item).unwrap()) == Some(Furniture::RelatedLink)
    }

    #[test]
    fn headlines_under_a_read_more_label_are_links() {
        // QA's pasted page (tests/fixtures/qa/kharkiv-paste.txt).
        let page = "He said the city would rebuild.\n\nPhoto: Reuters\nADVERTISEMENT\nRead more:\n  \
                    - Zelensky calls for more air defence\n  - Five things to know about the war\n\
                    Sign up for our newsletter\n";
        assert!(item_at(page, "- Zelensky"));
        assert!(item_at(page, "- Five"));
        let plain = "Related stories\n\nFloods kill 95 in Spain\nDeath toll climbs to 95\n";
        assert!(item_at(plain, "Floods"));
        assert!(item_at(plain, "Death"));
        // QA's wildfire page: a bulleted headline that asks, then another link.
        let asks = "Read more:\n- Heatwave: how hot will it get?\n- Greek PM faces criticism over fire response\n";
        assert!(item_at(asks, "- Greek PM"));
        assert!(item_at(asks, "- Heatwave"));
        // QA round 12, item 15: a newsletter's sign-up box and its blurb.
        let signup = "He said the city would rebuild.\n\nSign up to TechScape\nFree weekly newsletter\n\
                      Alex Hern's weekly dive in to how technology is shaping our lives\n";
        assert!(item_at(signup, "Alex Hern's"));
    }

    #[test]
    fn a_line_read_once_answers_as_the_tests_do() {
        let lines = crate::extract::score::test_lines();
        let extra = [
            "Read more:",
            "Related stories",
            "- Heatwave: how hot will it get?",
            "- Floods kill 95 in Spain.",
            "  See also  ",
            "More on this story (\u{201c}quoted\u{201d})",
            "You may also like",
            "• Latest",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
        ];
        for line in lines.iter().copied().chain(extra) {
            let read = Line::of(line);
            assert_eq!(read.is_item(), is_item(line), "item: {line}");
            assert_eq!(read.is_label(), is_label(line), "label: {line}");
            // Either order of asking.
            let read = Line::of(line);
            assert_eq!(read.is_label(), is_label(line), "label: {line}");
            assert_eq!(read.is_item(), is_item(line), "item: {line}");
        }
    }

    #[test]
    fn other_lists_and_paragraphs_are_not() {
        let points = "Key points:\n- Floods kill 95 in Spain\n- 1,200 people were rescued\n";
        assert!(!item_at(points, "- Floods"));
        let body = "Read more:\nThe floods killed 95 people in Valencia, the authorities said.\n";
        assert!(!item_at(body, "The floods"));
        let prose = "Read more about it below. Floods kill 95 in Spain\n";
        assert!(!item_at(prose, "Floods"));
        let after_body = "Read more:\nA long paragraph of the article that ends like a sentence.\n\
                          - Floods kill 95 in Spain\n";
        assert!(!item_at(after_body, "- Floods"));
        let bullets = "Key points:\n- Officials see more rain\n- Floods kill 95 in Spain\n";
        assert!(!item_at(bullets, "- Floods"));
    }
}
