//! Punctuation that shapes sentences: quotation marks and brackets paired within a paragraph,
//! bullets, and the markers of an inline list ("1. … 2. …", "a) … b) …").
//!
//! Pairing is local to a paragraph on purpose: a quotation that runs over several paragraphs
//! (opened at each paragraph, closed only at the last) stays unpaired and protects nothing, so an
//! unbalanced mark can never swallow the rest of an article.

/// A double quotation mark's role, read from the mark and the characters around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// A paired region: from the opening mark to just past its closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just past the closing mark.
    pub end: usize,
}

/// What `Marks::scan` found in one paragraph.
#[derive(Debug, Default)]
pub struct Marks {
    /// Paired quotations and brackets, merged into disjoint regions, in text order.
    pub protected: Vec<Region>,
    /// Paired double quotations only (not merged), in text order.
    pub quotes: Vec<Region>,
    /// Byte offsets of inline list markers ("2." in "1. a 2. b"), in text order.
    pub list_markers: Vec<ListMarker>,
    /// Byte offsets of the ellipses ("…") and bullets, in text order: noted while the quotation
    /// marks are paired, which visits every lead byte they share (0xE2) already, so that the
    /// sentence scanner need not search for it again after every curly quote, apostrophe or dash.
    pub ellipses_and_bullets: Vec<usize>,
    brackets: Vec<usize>,
    /// Where link labels in square brackets open ("[continue reading]").
    furniture: Vec<usize>,
}

/// An inline list marker: "2.", "b)", "3.)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListMarker {
    /// Byte offset of the marker's first character.
    pub start: usize,
    /// Byte offset just past the marker's punctuation.
    pub end: usize,
}

impl Marks {
    /// Pairs the quotation marks and brackets of `text[start..end]` and finds its list markers.
    pub fn scan(&mut self, text: &str, start: usize, end: usize) {
        self.protected.clear();
        self.quotes.clear();
        self.list_markers.clear();
        self.ellipses_and_bullets.clear();
        self.brackets.clear();
        self.furniture.clear();
        self.pair_brackets(text, start, end);
        let (quotes, protected) = (&mut self.quotes, &mut self.protected);
        let ellipses_and_bullets = &mut self.ellipses_and_bullets;
        pair_quotes(
            text,
            start,
            end,
            |region| {
                quotes.push(region);
                protected.push(region);
            },
            |i| {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c == '…' || is_bullet(c) {
                    ellipses_and_bullets.push(i);
                }
            },
        );
        merge(&mut self.protected);
        find_list_markers(text, start, end, &mut self.list_markers);
        // A link label a page put in the text ("… recorded at the [continue reading]") starts a
        // sentence of its own, as a list marker does: it is furniture, not the claim's words.
        if !self.furniture.is_empty() {
            self.list_markers.extend(
                self.furniture
                    .iter()
                    .map(|&at| ListMarker { start: at, end: at }),
            );
            self.list_markers.sort_unstable_by_key(|m| m.start);
        }
    }

    /// Pairs the brackets of `text[start..end]` into [`Marks::protected`], and notes the link
    /// labels among them.
    fn pair_brackets(&mut self, text: &str, start: usize, end: usize) {
        let bytes = &text.as_bytes()[..end];
        // Most paragraphs open none, and a closing bracket alone pairs with nothing: one search
        // for an opening one spares them a search per kind.
        if memchr::memchr2(b'(', b'[', &bytes[start..]).is_none() {
            return;
        }
        // Brackets pair by kind, each with its own stack (SIMD searches: most bytes are letters).
        for (open, close) in [(b'(', b')'), (b'[', b']')] {
            self.brackets.clear();
            for k in memchr::memchr2_iter(open, close, &bytes[start..]) {
                let i = start + k;
                if bytes[i] == open {
                    if self.brackets.len() < 64 {
                        self.brackets.push(i);
                    }
                } else if let Some(open_at) = self.brackets.pop() {
                    self.protected.push(Region {
                        start: open_at,
                        end: i + 1,
                    });
                    if open == b'[' && is_link_label(&text[open_at + 1..i]) {
                        self.furniture.push(open_at);
                    }
                }
            }
        }
    }

    /// Pairs the double quotation marks of `text[start..end]` only, as [`Marks::scan`] does, into
    /// [`Marks::quotes`] (the other findings stay as they were).
    pub fn scan_quotes(&mut self, text: &str, start: usize, end: usize) {
        self.quotes.clear();
        let quotes = &mut self.quotes;
        pair_quotes(text, start, end, |region| quotes.push(region), |_| {});
    }
}

/// The words of a link a page leaves in square brackets: "continue reading", "Read more", "Full
/// story".
fn is_link_label(inside: &str) -> bool {
    const LABELS: [&str; 6] = [
        "continue reading",
        "read more",
        "read full story",
        "full story",
        "see more",
        "more",
    ];
    let inside = inside
        .trim()
        .trim_end_matches(['.', '…', '»', '>'])
        .trim_end();
    LABELS.iter().any(|l| inside.eq_ignore_ascii_case(l))
}

/// Pairs the double quotation marks of `text[start..end]`, handing each pair's region to `found`
/// in text order, and the offset of every other character with the lead byte 0xE2 to `other`.
#[inline(always)]
fn pair_quotes(
    text: &str,
    start: usize,
    end: usize,
    mut found: impl FnMut(Region),
    mut other: impl FnMut(usize),
) {
    let bytes = &text.as_bytes()[..end];
    // Quotation marks: `"`, and the lead bytes of “ ” „ (0xE2) and « » (0xC2).
    let mut open_quote: Option<usize> = None;
    for k in memchr::memchr3_iter(b'"', 0xE2, 0xC2, &bytes[start..]) {
        let i = start + k;
        let Some((len, role)) = quote_role(text, i, start, end) else {
            if bytes[i] == 0xE2 {
                other(i);
            }
            continue;
        };
        match (role, open_quote) {
            (Role::Open, _) => open_quote = Some(i),
            (Role::Close, Some(o)) => {
                found(Region {
                    start: o,
                    end: i + len,
                });
                open_quote = None;
            }
            (Role::Close, None) => {}
        }
    }
}

/// Sorts regions and merges the overlapping ones (a bracket inside a quotation joins it).
fn merge(regions: &mut Vec<Region>) {
    regions.sort_unstable_by_key(|r| r.start);
    let mut out = 0;
    for i in 0..regions.len() {
        let r = regions[i];
        if out > 0 && r.start < regions[out - 1].end {
            regions[out - 1].end = regions[out - 1].end.max(r.end);
        } else {
            regions[out] = r;
            out += 1;
        }
    }
    regions.truncate(out);
}

/// The byte length and role of a double quotation mark at `i`, if there is one that can open or
/// close here. Straight quotes take their role from what flanks them, curly ones from their shape
/// unless the flanks contradict it (`region“,` closes).
fn quote_role(text: &str, i: usize, start: usize, end: usize) -> Option<(usize, Role)> {
    let bytes = text.as_bytes();
    let (len, shape) = match bytes[i] {
        b'"' => (1, None),
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9C) | Some(0x9E) => (3, Some(Role::Open)), // “ „
            Some(0x9D) => (3, Some(Role::Close)),             // ”
            _ => return None,
        },
        0xC2 => match bytes.get(i + 1) {
            Some(0xAB) => (2, Some(Role::Open)),  // «
            Some(0xBB) => (2, Some(Role::Close)), // »
            _ => return None,
        },
        _ => return None,
    };
    let before = if i > start {
        text[..i].chars().next_back()
    } else {
        None
    };
    let after = if i + len < end {
        text[i + len..].chars().next()
    } else {
        None
    };
    let can_open = after.is_some_and(|c| !c.is_whitespace())
        && before.is_none_or(|c| c.is_whitespace() || is_opening_context(c));
    let can_close = before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| c.is_whitespace() || is_closing_context(c));
    let role = match (shape, can_open, can_close) {
        (_, true, false) => Role::Open,
        (_, false, true) => Role::Close,
        (Some(role), _, _) => role,
        (None, _, _) => return None,
    };
    Some((len, role))
}

fn is_opening_context(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '‘' | '\'' | ':' | '/'
    )
}

fn is_closing_context(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '’' | '\'' | '…'
    )
}

/// Characters that mark an item of a list inside running text.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '∙'
    )
}

/// Closing punctuation that may follow a sentence's final stop (`peace.”`, `engineer.)`).
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '“'
    )
}

/// Opening punctuation that may precede a sentence's first word.
pub fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// Finds the markers of an inline list: a chain that starts at the paragraph's first word (after
/// an optional bullet) and counts up by one ("1. … 2. …", "a) … b) …", "• 9. … • 10. …"). A lone
/// number marker ("1. ") at the paragraph start counts too; a lone letter does not, since
/// "A. Smith" is an initial.
fn find_list_markers(text: &str, start: usize, end: usize, out: &mut Vec<ListMarker>) {
    let bytes = text.as_bytes();
    let mut first = start;
    while first < end {
        let c = text[first..].chars().next().unwrap_or(' ');
        if c.is_whitespace() || is_bullet(c) {
            first += c.len_utf8();
        } else {
            break;
        }
    }
    let Some((value, numeric, marker)) = marker_at(text, first, end) else {
        return;
    };
    let chain_start = out.len();
    out.push(marker);
    let mut expected = value + 1;
    let mut i = marker.end;
    while i < end {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let at_word_start = bytes[i].is_ascii_alphanumeric() && {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            prev.is_whitespace() || is_bullet(prev)
        };
        if at_word_start
            && let Some((v, num, m)) = marker_at(text, i, end)
            && num == numeric
            && v == expected
        {
            out.push(m);
            expected += 1;
            i = m.end;
            continue;
        }
        i += 1;
    }
    if !numeric && out.len() - chain_start < 2 {
        out.truncate(chain_start);
    }
}

/// A list marker at `i`: one or two digits, or one lowercase ASCII letter, then `.`, `)` or
/// `.)`, then white space. Returns its ordinal, whether it is numeric, and its span.
fn marker_at(text: &str, i: usize, end: usize) -> Option<(u32, bool, ListMarker)> {
    let bytes = &text.as_bytes()[..end];
    let mut j = i;
    let numeric = bytes.get(i)?.is_ascii_digit();
    let value = if numeric {
        while j < bytes.len() && j - i < 3 && bytes[j].is_ascii_digit() {
            j += 1;
        }
        if j - i > 2 {
            return None;
        }
        text[i..j].parse().ok()?
    } else if bytes[i].is_ascii_lowercase() {
        j += 1;
        u32::from(bytes[i] - b'a') + 1
    } else {
        return None;
    };
    match bytes.get(j) {
        Some(b'.') if bytes.get(j + 1) == Some(&b')') => j += 2,
        Some(b'.') | Some(b')') => j += 1,
        _ => return None,
    }
    if !bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
        return None;
    }
    Some((value, numeric, ListMarker { start: i, end: j }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Marks {
        let mut marks = Marks::default();
        marks.scan(text, 0, text.len());
        marks
    }

    #[test]
    fn curly_and_straight_quotes_pair() {
        let text = "He said “We are ready. Now,” and left. She said \"no\" twice.";
        let marks = scan(text);
        assert_eq!(marks.quotes.len(), 2);
        assert_eq!(
            &text[marks.quotes[0].start..marks.quotes[0].end],
            "“We are ready. Now,”"
        );
        assert_eq!(&text[marks.quotes[1].start..marks.quotes[1].end], "\"no\"");
    }

    #[test]
    fn a_left_quote_used_as_a_closing_one_still_closes() {
        let text = "“A total of 17 were detected over the region“, he wrote.";
        let marks = scan(text);
        assert_eq!(marks.quotes.len(), 1);
        assert_eq!(marks.quotes[0].end, text.find(',').unwrap());
    }

    #[test]
    fn an_unclosed_quotation_protects_nothing() {
        let marks = scan("“The quotation goes on. Into the next paragraph.");
        assert!(marks.quotes.is_empty() && marks.protected.is_empty());
    }

    #[test]
    fn brackets_inside_quotes_merge() {
        let text = "\"Bohr [...] used stairways [...]\" (Smith 55).";
        let marks = scan(text);
        assert_eq!(marks.protected.len(), 2);
        assert_eq!(marks.protected[0].start, 0);
    }

    #[test]
    fn list_chains_count_up_from_the_paragraph_start() {
        let text = "1. The first item 2. The second item 4. Not next";
        let starts: Vec<usize> = scan(text).list_markers.iter().map(|m| m.start).collect();
        assert_eq!(starts, vec![0, 18]);
        let letters = scan("a. The first b. The second c. The third");
        assert_eq!(letters.list_markers.len(), 3);
        assert!(scan("a. Lone letter is an initial").list_markers.is_empty());
        assert!(scan("He was 2. Then he was 3.").list_markers.is_empty());
    }

    #[test]
    fn ellipses_and_bullets_are_noted_but_not_dashes_or_quotes() {
        let text = "“It’s — well…” • next ‣ item… «done»";
        let noted: Vec<&str> = scan(text)
            .ellipses_and_bullets
            .iter()
            .map(|&i| &text[i..i + 3])
            .collect();
        assert_eq!(noted, vec!["…", "•", "‣", "…"]);
    }

    #[test]
    fn bulleted_markers_chain() {
        let text = "• 9. The first item • 10. The second item";
        assert_eq!(scan(text).list_markers.len(), 2);
        let text = "⁃9. The first item ⁃10. The second item";
        assert_eq!(scan(text).list_markers.len(), 2);
    }
}
