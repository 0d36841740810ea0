//! The author's bio after the story ("Priya Raman is Retail Editor at The Market Ledger. She
//! has covered the retail industry for 12 years…"): sentences that read as claims about a
//! person, but that only the page's layout tells apart from the story's own — a short block at
//! its end, opening with the name of the byline above the headline.

use super::count_words;

/// Bytes from the end of the text within which a bio may start: a bio and the page's footer
/// after it take a few lines.
const TAIL: usize = 1500;

/// Words at most in a bio block.
const BIO_WORDS: usize = 80;

/// Bytes at most in a bio block: [`BIO_WORDS`] words of ordinary length.
const BIO_BYTES: usize = 800;

/// Lines at most in a bio block.
const BIO_LINES: usize = 4;

/// Bytes of the text read for a byline: the header above the story, with its navigation.
const HEADER_BYTES: usize = 1500;

/// Whether the sentence starting at byte `start` of `text` is in the author's bio: a block of
/// lines (between blank lines) of at most [`BIO_LINES`] lines, [`BIO_WORDS`] words and
/// [`BIO_BYTES`] bytes that opens with a name of the
/// page's byline ("By Priya Raman, Retail Editor") and after which no paragraph of the story
/// follows, only the page's footer (lists of links, notices, short lines). The same sentence
/// in the story, or a last paragraph naming someone else, is no bio.
pub(super) fn in_author_bio(text: &str, start: usize) -> bool {
    // Only the last lines of a text are read further.
    if text.len().saturating_sub(start) > TAIL {
        return false;
    }
    let b = text.as_bytes();
    // The block holds at most `BIO_BYTES` bytes: its ends are searched for no further.
    let floor = start.saturating_sub(BIO_BYTES);
    let line_start = |before: usize| match memchr::memrchr(b'\n', &b[floor..before]) {
        Some(i) => Some(floor + i + 1),
        None => (floor == 0).then_some(0),
    };
    // The block's lines, up from the sentence's line to the first after a blank line.
    let Some(mut block_start) = line_start(start) else {
        return false;
    };
    let mut lines = 1;
    while block_start > 0 && !blank_before(b, block_start - 1) {
        if lines == BIO_LINES {
            // A longer block is the story's (or a text of lines without paragraphs).
            return false;
        }
        let Some(above) = line_start(block_start - 1) else {
            return false;
        };
        (block_start, lines) = (above, lines + 1);
    }
    // The cheap test first: most blocks at a text's end open with no name of two words.
    let opens = &text[block_start + emphasis(&b[block_start..])..];
    if !opens_with_a_name(opens) {
        return false;
    }
    // Down to the block's end: the first blank line.
    let ceiling = (block_start + BIO_BYTES).min(b.len());
    let mut block_end = start;
    loop {
        let end = match memchr::memchr(b'\n', &b[block_end..ceiling]) {
            Some(i) => block_end + i,
            None if ceiling == b.len() => b.len(),
            None => return false,
        };
        if end == b.len() || blank_after(b, end) {
            block_end = end;
            break;
        }
        if lines == BIO_LINES {
            return false;
        }
        (block_end, lines) = (end + 1, lines + 1);
    }
    let block = &text[block_start..block_end];
    has_byline(b)
        && byline_names(text).any(|name| opens_with(opens, name))
        && count_words(block, BIO_WORDS + 1) <= BIO_WORDS
        && text[block_end..].lines().all(|l| !story_paragraph(l))
}

/// Whether a line of the text's first [`HEADER_BYTES`] bytes opens with "By " (in any case):
/// one vector search for line breaks tells most texts from those with a byline before
/// [`byline_names`] reads their lines.
fn has_byline(b: &[u8]) -> bool {
    let header = &b[..b.len().min(HEADER_BYTES)];
    let by = |at: usize| {
        header
            .get(at..at + 3)
            .is_some_and(|w| w[..2].eq_ignore_ascii_case(b"by") && w[2] == b' ')
    };
    by(0) || memchr::memchr_iter(b'\n', header).any(|i| by(i + 1))
}

/// The line that ends at the line break `b[newline]` is blank (or there is none): only spaces
/// between it and the line break before.
fn blank_before(b: &[u8], newline: usize) -> bool {
    let gap = b[..newline]
        .iter()
        .rev()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\r'))
        .count();
    newline == gap || b[newline - 1 - gap] == b'\n'
}

/// The line after the line break `b[newline]` is blank (or there is none).
fn blank_after(b: &[u8], newline: usize) -> bool {
    let rest = &b[newline + 1..];
    let gap = rest
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\r'))
        .count();
    rest.get(gap).is_none_or(|&c| c == b'\n')
}

/// Bytes of spaces, emphasis marks and dashes that open a line ("*", "_", "— ").
fn emphasis(b: &[u8]) -> usize {
    let mut i = 0;
    loop {
        match b.get(i..) {
            Some([b' ' | b'\t' | b'*' | b'_' | b'-', ..]) => i += 1,
            // "–" and "—" in UTF-8.
            Some([0xe2, 0x80, 0x93 | 0x94, ..]) => i += 3,
            _ => return i,
        }
    }
}

/// `block` opens with two capitalised words, as a name does ("Priya Raman is…"; not "The
/// company said…", "© 2026 …").
fn opens_with_a_name(block: &str) -> bool {
    let b = block.as_bytes();
    let capital = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0x80)
    };
    capital(0)
        && memchr::memchr(b' ', b).is_some_and(|space| {
            capital(space + 1)
                && b[1..space].iter().all(|c| {
                    c.is_ascii_alphabetic() || *c >= 0x80 || matches!(c, b'.' | b'-' | b'\'')
                })
        })
}

/// A paragraph of the story: a line of more than four words that ends like a sentence and is
/// no page furniture ("All rights reserved."), or a line of more than 40 words.
fn story_paragraph(line: &str) -> bool {
    let line = line.trim();
    let sentence = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    let limit = if sentence { 4 } else { 40 };
    count_words(line, limit + 1) > limit && (!sentence || super::super::furniture(line).is_none())
}

/// The names of the byline among the lines of `text` in its first [`HEADER_BYTES`] bytes: "By Priya Raman, Retail Editor"
/// names Priya Raman, "By Jane Doe and John Roe | March 12, 2025" Jane Doe and John Roe. A name
/// is a run of two or more capitalised words; a byline of one ("By Reuters") or opening with
/// "The" ("By The Associated Press") names an agency.
fn byline_names(text: &str) -> impl Iterator<Item = &str> {
    // The header's lines found by one vector search for their ends, and only a line opening
    // with "by" read further.
    let b = &text.as_bytes()[..text.len().min(HEADER_BYTES)];
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
    starts
        .filter_map(move |from| {
            let indent = b[from..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
            let from = from + indent;
            let by = b.get(from..from + 3)?;
            let by = by[..2].eq_ignore_ascii_case(b"by") && by[2] == b' ';
            by.then(|| {
                let end = memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |i| from + i);
                text[from + 3..end].trim_end()
            })
        })
        .flat_map(names)
}

/// The names listed at the start of `credit` ("Jane Doe and John Roe, Staff Writers"): runs of
/// capitalised words joined by "and" or "&", up to the first other word or punctuation.
fn names(credit: &str) -> impl Iterator<Item = &str> {
    let mut rest = credit.trim_start();
    std::iter::from_fn(move || {
        // One name: capitalised words, up to a word that is none or a punctuation mark.
        let mut end = 0;
        let mut words = 0;
        for (at, word) in word_offsets(rest) {
            let bare = word.trim_end_matches([',', '|', '·', ';', ':']);
            if !bare.starts_with(char::is_uppercase) || bare.is_empty() {
                break;
            }
            end = at + bare.len();
            words += 1;
            if bare.len() < word.len() {
                break;
            }
        }
        // An organisation's credit ("By The Associated Press") names no author with a bio.
        if words < 2 || rest.starts_with("The ") {
            return None;
        }
        let name = &rest[..end];
        // The next name follows "and" or "&" (after a comma come titles: "Retail Editor").
        rest = match rest[end..].trim_start().split_once(' ') {
            Some((joint, next)) if joint == "and" || joint == "&" => next.trim_start(),
            _ => "",
        };
        Some(name)
    })
}

/// The words of `s` with their byte offsets.
fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// `block` opens with `name` (ignoring ASCII case), then a space or a possessive.
fn opens_with(block: &str, name: &str) -> bool {
    // The name, or its first two words or more: a byline may run on into a title without a
    // comma ("By Jane Doe Senior Correspondent").
    let ends = name.match_indices(' ').map(|(i, _)| i).skip(1);
    ends.chain([name.len()]).any(|end| {
        block
            .get(..end)
            .is_some_and(|head| head.eq_ignore_ascii_case(&name[..end]))
            && block[end..].starts_with([' ', '\'', '’', ','])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The end of QA's retail page (tests/fixtures/qa/retail-paste.txt), after `body`.
    fn page(body: &str, end: &str) -> String {
        format!(
            "Harrow & Finch profit slumps 38%\n\nBy Priya Raman, Retail Editor\n\
             March 19, 2026 8:02 am GMT\n\n\
             Harrow & Finch said on Thursday that pre-tax profit fell 38% to £412m in the year.\n\n\
             {body}\n\nMore from The Market Ledger\nRetail sales fall 0.4% in February\n\n\
             {end}\n\nShare this article   Comments (214)\n\n\
             © 2026 The Market Ledger Ltd. All rights reserved. Terms | Privacy | Contact us\n"
        )
    }

    fn at(text: &str, sentence: &str) -> bool {
        in_author_bio(text, text.find(sentence).unwrap())
    }

    const BIO: &str = "Priya Raman is Retail Editor at The Market Ledger. She has covered the \
                       retail industry for 12 years and previously worked at the Financial \
                       Times and Reuters.";

    #[test]
    fn a_last_block_opening_with_the_bylines_name_is_a_bio() {
        // QA round 9, item E7.
        let text = page("Shares in rival Marlow Group rose 3.5% to 488p.", BIO);
        assert!(at(&text, "Priya Raman is"));
        assert!(at(&text, "She has covered"));
        // On two lines of one block, in emphasis, after a dash.
        let lines = BIO.replace(". She", ".\nShe");
        let text = page("Shares rose.", &lines);
        assert!(at(&text, "Priya Raman is"));
        assert!(at(&text, "She has covered"));
        let crlf = page("Shares rose.", &lines).replace('\n', "\r\n");
        assert!(at(&crlf, "Priya Raman is"));
        assert!(at(&crlf, "She has covered"));
        let text = page("Shares rose.", &format!("*{BIO}*"));
        assert!(at(&text, "She has covered"));
        let text = page("Shares rose.", &format!("— {BIO}"));
        assert!(at(&text, "Priya Raman is"));
        // Two names in the byline: either opens a bio.
        let text = "Title\nBy Jane Doe and John Roe | March 12, 2025\n\nA story.\n\n\
                    John Roe is a correspondent in Kyiv.\n";
        assert!(at(text, "John Roe is"));
        // A byline running on into a title without a comma.
        let text = "Title\nBy Jane Doe Senior Correspondent\n\nA story.\n\n\
                    Jane Doe is a correspondent in Kyiv.\n";
        assert!(at(text, "Jane Doe is"));
    }

    #[test]
    fn the_same_sentences_in_the_story_are_not() {
        // In the story, with paragraphs after it.
        let story = format!(
            "{BIO}\n\nShe said the company's decision to close 31 stores over the next two years \
             would cost about 1,400 jobs."
        );
        let text = page(&story, "");
        assert!(!at(&text, "Priya Raman is"));
        assert!(!at(&text, "She has covered"));
        // A short paragraph of the story after it, and a footer's notice after the bio.
        let text = page(BIO, "Shares in rival Marlow Group rose 3.5% to 488p.");
        assert!(!at(&text, "Priya Raman is"));
        let text = page(
            "Shares rose.",
            &format!("{BIO}\n\n© 2026 Example News. All rights reserved."),
        );
        assert!(at(&text, "Priya Raman is"));
        // A last paragraph about someone else, or with no byline above.
        let other = BIO.replace("Priya Raman", "Oliver Strand");
        let text = page("Shares rose.", &other);
        assert!(!at(&text, "Oliver Strand is"));
        let text = page("Shares rose.", BIO).replace("By Priya Raman, Retail Editor", "");
        assert!(!at(&text, "Priya Raman is"));
        // A long last block is the story's end, in words or in lines.
        let lines = format!("{BIO}\nShe lives in Leeds.\nShe has two cats.\nShe runs.\nShe swims.");
        let text = page("Shares rose.", &lines);
        assert!(!at(&text, "Priya Raman is"));
        let long = format!("{BIO} {}", "She wrote a book about shops. ".repeat(12));
        let text = page("Shares rose.", &long);
        assert!(!at(&text, "Priya Raman is"));
        // Sentences far from the end are not read.
        let text = format!(
            "By Jane Doe\n\nJane Doe is a reporter.\n\n{}",
            "Words. ".repeat(300)
        );
        assert!(!at(&text, "Jane Doe is"));
        // A name shared only in part, or a byline of one word.
        let text = page("Shares rose.", "Priya Ramanathan is an editor.");
        assert!(!at(&text, "Priya Ramanathan"));
        let text = "Title\nBy Reuters\n\nA story.\n\nReuters is a news agency.\n";
        assert!(!at(text, "Reuters is"));
        let text = "Title\nBy The Associated Press\n\nA story.\n\n\
                    The Associated Press reported that 14 people died.\n";
        assert!(!at(text, "The Associated Press reported"));
    }

    #[test]
    fn bylines_name_their_authors() {
        fn all(credit: &str) -> Vec<&str> {
            names(credit).collect()
        }
        assert_eq!(all("Priya Raman, Retail Editor"), ["Priya Raman"]);
        assert_eq!(
            all("Jane Doe and John Roe | March 12, 2025"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(all("Jane Doe & John Roe, Staff"), ["Jane Doe", "John Roe"]);
        assert_eq!(all("Jane Doe in Kyiv"), ["Jane Doe"]);
        assert_eq!(all("Reuters"), Vec::<&str>::new());
        assert_eq!(all(""), Vec::<&str>::new());
    }
}
