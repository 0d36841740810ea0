//! The scanner of one paragraph: walks its stops, ellipses, bullets and list markers and decides
//! at each whether a sentence ends there (the rules are listed in [`super`]).

use super::Span;
use super::stops::{Cluster, Shape};
use crate::extract::abbrev::{self, Abbrev};
use crate::extract::punct::{self, Marks};
use crate::extract::quotes;

/// Splits one paragraph `text[start..end]` into sentences appended to `out`.
pub(super) fn split_paragraph(
    text: &str,
    start: usize,
    end: usize,
    marks: &mut Marks,
    out: &mut Vec<Span>,
) {
    marks.scan(text, start, end);
    let mut scan = Scanner {
        text,
        end,
        marks,
        region: 0,
        marker: 0,
        sentence_start: start,
        word_seen: false,
        word_checked: start,
        out,
    };
    scan.run(start);
}

struct Scanner<'a, 'm> {
    text: &'a str,
    end: usize,
    marks: &'m Marks,
    /// Index of the first protected region that may still contain the scan position.
    region: usize,
    /// Index of the next list marker.
    marker: usize,
    sentence_start: usize,
    /// Whether the current sentence has a letter or digit before `word_checked`.
    word_seen: bool,
    word_checked: usize,
    out: &'m mut Vec<Span>,
}

/// What follows a candidate boundary.
enum Next<'a> {
    /// End of the paragraph.
    End,
    /// The punctuation is glued to more text ("3.5", "Jr.'s", "mean...see").
    Glued,
    /// White space, then this word (leading opening punctuation removed, up to the next space).
    Word(&'a str),
}

impl Scanner<'_, '_> {
    fn run(&mut self, from: usize) {
        let bytes = &self.text.as_bytes()[..self.end];
        let markers = &self.marks.list_markers;
        // The ellipses and bullets were noted while pairing the quotation marks.
        let others = &self.marks.ellipses_and_bullets;
        let mut other = 0;
        // The next stop, found with a SIMD search: most bytes are letters and spaces.
        let find_stop = |i: usize| {
            memchr::memchr3(b'.', b'?', b'!', &bytes[i..]).map_or(bytes.len(), |k| i + k)
        };
        let mut next_stop = find_stop(from);
        let mut i = from;
        loop {
            while markers.get(self.marker).is_some_and(|m| m.start < i) {
                self.marker += 1; // passed inside a stop's cluster
            }
            while others.get(other).is_some_and(|&at| at < i) {
                other += 1;
            }
            if next_stop < i {
                next_stop = find_stop(i);
            }
            let next_other = others.get(other).copied().unwrap_or(self.end);
            let next_marker = markers.get(self.marker).map_or(self.end, |m| m.start);
            i = next_stop.min(next_other).min(next_marker);
            if i >= self.end {
                break;
            }
            if i == next_marker {
                let marker = markers[self.marker];
                self.marker += 1;
                if self.has_word(i) {
                    self.boundary(i, i);
                }
                self.word_seen = true;
                i = marker.end;
                continue;
            }
            if bytes[i] == 0xE2 {
                let c = self.text[i..].chars().next().unwrap_or(' ');
                if c == '…' {
                    i = self.stop(i);
                } else {
                    if punct::is_bullet(c) && self.after_space(i) && self.has_word(i) {
                        self.boundary(i, i);
                    }
                    i += c.len_utf8();
                }
            } else {
                i = self.stop(i);
            }
        }
        self.boundary(self.end, self.end);
    }

    /// Whether the current sentence has a letter or digit before byte `upto` (read lazily: most
    /// stops are only ever asked about once).
    fn has_word(&mut self, upto: usize) -> bool {
        if !self.word_seen && self.word_checked < upto {
            let from = self.word_checked.max(self.sentence_start);
            self.word_seen = self.text[from..upto].chars().any(char::is_alphanumeric);
            self.word_checked = upto;
        }
        self.word_seen
    }

    fn after_space(&self, i: usize) -> bool {
        self.text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace)
    }

    /// Ends the current sentence at `end` and starts the next one at `next_start`.
    fn boundary(&mut self, end: usize, next_start: usize) {
        let raw = &self.text[self.sentence_start..end];
        let trimmed = raw.trim_start_matches(is_space);
        let lead = raw.len() - trimmed.len();
        let trimmed = trimmed.trim_end_matches(is_space);
        if !trimmed.is_empty() {
            let start = self.sentence_start + lead;
            self.out.push(Span {
                start,
                end: start + trimmed.len(),
            });
        }
        self.sentence_start = next_start;
        self.word_seen = false;
        self.word_checked = next_start;
    }

    /// Handles the terminator at `i` (`.`, `?`, `!` or `…`); returns where scanning resumes.
    fn stop(&mut self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        if bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            return i + 1; // inside a token: "3.5", "U.S", "example.com"
        }
        let cluster = Cluster::read(self.text, i, self.end);
        let after = self.skip_closing(cluster.end);
        if !self.has_word(i) || self.protected(after) || self.bracketed_ellipsis(i) {
            return cluster.end;
        }
        let next = self.next_word(after);
        let ends = match cluster.shape {
            Shape::Question => !next_is_lower(&next) && !self.name_before_figure(i, after, &next),
            Shape::Omission => false,
            Shape::Ellipsis | Shape::Stops => starts_upper(&next),
            Shape::StopThenEllipsis { ellipsis } => {
                if matches!(self.next_word(cluster.end), Next::Word(w) if starts_upper(&Next::Word(w)))
                {
                    self.boundary(i + 1, ellipsis);
                    return cluster.end;
                }
                starts_upper(&next)
            }
            Shape::Stop => self.full_stop_ends(i, &next),
        };
        if ends && self.quote_continues(i, after, &next) {
            return after;
        }
        if ends {
            self.boundary(after, after);
        }
        after.max(cluster.end)
    }

    /// A name that ends in "!" ("We Can!", "Yahoo!") before a figure that goes on the sentence
    /// ("the SDP 48, We Can! 11, Most nine"): one "!" at `i`, straight after a capitalised word
    /// inside the sentence and before a figure that is not a year (news style spells out a
    /// figure that would open a sentence, but not a year), where the figure opens no clause: a
    /// list's item or a fragment ([`fragment_after`]). "What a haul for Border Force! 2 tonnes
    /// of cocaine were found" is an exclamation, then a sentence.
    fn name_before_figure(&self, i: usize, after: usize, next: &Next) -> bool {
        let Next::Word(word) = next else {
            return false;
        };
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4 && !word.as_bytes().get(4).is_some_and(u8::is_ascii_alphabetic);
        if digits == 0 || year || after != i + 1 {
            return false;
        }
        // The name is inside the sentence: a cry that opens one ("Go! 12 people ran.") ends it.
        let name = self.word_before(i);
        let before = &self.text[self.sentence_start.min(i - name.len())..i - name.len()];
        name.starts_with(|c: char| c.is_uppercase())
            && before.chars().any(char::is_alphanumeric)
            && fragment_after(&self.text[after..self.end])
    }

    /// Whether a single full stop at `i`, followed by `next`, ends the sentence.
    fn full_stop_ends(&self, i: usize, next: &Next) -> bool {
        let word = self.word_before(i);
        let Next::Word(next_word) = next else {
            return matches!(next, Next::End);
        };
        if next_is_lower(next) || self.inline_list_item(i, word) {
            return false;
        }
        if abbrev::is_road(word) {
            return !next_word.starts_with(|c: char| c.is_ascii_digit())
                && !abbrev::names_a_road_body(trim_word(next_word));
        }
        match abbrev::classify(word) {
            Abbrev::Title | Abbrev::Reference => false,
            Abbrev::Terminal => {
                abbrev::starts_sentences(trim_word(next_word)) && !self.leading_adverbial(i)
            }
            Abbrev::Initial => {
                // "you and I. Did" ends; "Albert I. Jones" and "Jonas E. Smith" do not.
                let word_start = i - word.len();
                let before = self.word_before(self.text[..word_start].trim_end().len());
                matches!(word, "I" | "A") && before.chars().next().is_some_and(char::is_lowercase)
            }
            Abbrev::Word => true,
        }
    }

    /// The stop at `i` after the number `word` marks an item of a list inside the sentence
    /// ("table (top four): 1. Liverpool 38, 2. Arsenal 36, 3. …"): the number follows a comma,
    /// colon or semicolon, and the item before it or after it ("N-1." or "N+1.", after a comma,
    /// colon or semicolon too) is in the same sentence or paragraph. "He finished 2. Then he
    /// left." has no list.
    fn inline_list_item(&self, i: usize, word: &str) -> bool {
        // Most stops follow a word: only one or two digits read further.
        let b = word.as_bytes();
        if !(1..=2).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
            return false;
        }
        let word_start = i - word.len();
        let before = self.word_before(self.text[..word_start].trim_end().len());
        if !before.ends_with([',', ':', ';']) {
            return false;
        }
        let n: u32 = word.parse().unwrap_or(0);
        let earlier = &self.text[self.sentence_start..word_start];
        let later = &self.text[i + 1..self.end];
        n > 1 && has_item(earlier, n - 1) || has_item(later, n + 1)
    }

    /// "At 5 a.m." so far: a short leading prepositional phrase, which cannot be a sentence.
    fn leading_adverbial(&self, i: usize) -> bool {
        let so_far = &self.text[self.sentence_start..i];
        let mut words = so_far.split_whitespace();
        let first = words.next().unwrap_or("");
        abbrev::is_leading_preposition(first) && words.take(3).count() < 3
    }

    /// After a quotation that ends with a stop, a short clause with a speech verb is its
    /// attribution (`“… table.” Peskov said.`), not a new sentence.
    fn quote_continues(&self, i: usize, after: usize, next: &Next) -> bool {
        if !matches!(next, Next::Word(_)) {
            return false;
        }
        let quotes = &self.marks.quotes;
        let k = quotes.partition_point(|q| q.end < after);
        let closes_quote = quotes.get(k).is_some_and(|q| q.end == after && q.start < i);
        closes_quote && quotes::is_short_attribution(&self.text[after..self.end])
    }

    /// `[...]`, `(…)`: an omission mark, not an end.
    fn bracketed_ellipsis(&self, i: usize) -> bool {
        matches!(
            self.text.as_bytes().get(i.wrapping_sub(1)),
            Some(b'[' | b'(')
        )
    }

    /// Whether `pos` lies strictly inside a paired quotation or bracket.
    fn protected(&mut self, pos: usize) -> bool {
        let regions = &self.marks.protected;
        while self.region < regions.len() && regions[self.region].end <= pos {
            self.region += 1;
        }
        self.region < regions.len() && regions[self.region].start < pos
    }

    fn skip_closing(&self, mut j: usize) -> usize {
        while j < self.end {
            match self.text[j..].chars().next() {
                Some(c) if punct::is_closing(c) => j += c.len_utf8(),
                _ => break,
            }
        }
        j
    }

    /// The word before byte `i`: back to white space, without leading opening punctuation.
    fn word_before(&self, i: usize) -> &str {
        let head = &self.text[self.sentence_start.min(i)..i];
        let from = head
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
        head[from..].trim_start_matches(|c: char| punct::is_opening(c) || c == '—' || c == '–')
    }

    fn next_word(&self, j: usize) -> Next<'_> {
        let rest = &self.text[j..self.end];
        let trimmed = rest.trim_start_matches(is_space);
        if trimmed.is_empty() {
            return Next::End;
        }
        if trimmed.len() == rest.len() {
            return Next::Glued;
        }
        let word = trimmed.trim_start_matches(punct::is_opening);
        let stop = word.find(is_space).unwrap_or(word.len());
        Next::Word(&word[..stop])
    }
}

/// After a name ending in "!", `rest` (from the white space before the figure) is no clause:
/// the figure and at most one more word before a comma, semicolon, stop or the paragraph's end
/// ("11, Most nine", "12% higher.", "24 Ltd, police said"), or the figure and "and"/"or" (a
/// list's last items). Reads at most three words.
fn fragment_after(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let ends = |w: &str| w.ends_with([',', ';', '.', '!', '?', ':']);
    let Some(figure) = words.next() else {
        return true;
    };
    if ends(figure) {
        return true;
    }
    match words.next() {
        None => true,
        Some("and" | "or") => true,
        Some(word) => ends(word) || words.next().is_none(),
    }
}

/// `text` holds the list marker "`n`." after a comma, colon or semicolon ("…, 2. Arsenal").
fn has_item(text: &str, n: u32) -> bool {
    let mut previous = "";
    text.split_whitespace().any(|w| {
        let item = w
            .strip_suffix('.')
            .is_some_and(|d| d.len() <= 2 && d.parse() == Ok(n))
            && previous.ends_with([',', ':', ';']);
        previous = w;
        item
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn next_is_lower(next: &Next) -> bool {
    matches!(next, Next::Word(w) if w.chars().next().is_some_and(char::is_lowercase))
}

fn starts_upper(next: &Next) -> bool {
    match next {
        Next::End => true,
        Next::Glued => false,
        Next::Word(w) => w.chars().next().is_some_and(|c| !c.is_lowercase()),
    }
}

/// A word without trailing punctuation ("How" from "How,").
fn trim_word(word: &str) -> &str {
    let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if abbrev::is_title(trimmed.trim_end_matches('.')) {
        trimmed
    } else {
        trimmed.trim_end_matches('.')
    }
}
