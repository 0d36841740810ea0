//! Where a sentence sits on the page, for furniture that only its place reveals: the headlines of
//! other articles listed under "Read more:" or "Related" read like claims, but they are links.

/// Lines above a sentence read at most, looking for the label of its list.
const LIST_LINES: usize = 12;

/// Words at most in a list item that is a link (a headline) and in the label of such a list.
const ITEM_WORDS: usize = 15;
const LABEL_WORDS: usize = 6;

/// Whether the sentence starting at byte `start` of `text` is an item of a list of links to
/// other articles: a line of its own (a bullet, or a short line without a final stop) under a
/// label such as "Read more:", "Related stories" or "See also", with only such items between.
pub fn in_link_list(text: &str, start: usize) -> bool {
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
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if !is_item(&text[line_start..line_end]) {
        return false;
    }
    // Up the lines above, past other items, to the first that is no item or is a label.
    let head = text[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LIST_LINES)
        .find(|line| is_label(line) || !is_item(line));
    head.is_some_and(is_label)
}

fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '•' | '*' | '·' | '–' | '—' | '▪' | '►')
}

/// A line that may be an item of a list of links: short, without a final stop — but a bulleted
/// headline may ask or exclaim ("- Heatwave: how hot will it get?").
fn is_item(line: &str) -> bool {
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
fn is_label(line: &str) -> bool {
    /// Words that name a list of links, in lower case.
    const LINK_WORDS: [&str; 15] = [
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
    ];
    let line = line.trim();
    if line.starts_with(is_bullet) || ends_like_a_sentence(line) || !has_words(line, LABEL_WORDS) {
        return false;
    }
    line.split_whitespace().any(|w| {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric());
        LINK_WORDS
            .iter()
            .any(|link| word.eq_ignore_ascii_case(link))
    })
}

fn ends_with_a_stop(line: &str) -> bool {
    closing_marks_off(line).ends_with('.')
}

/// The line without the quotation marks and brackets that may close it.
fn closing_marks_off(line: &str) -> &str {
    line.trim_end_matches(['"', '\'', '”', '’', ')'])
}

fn ends_like_a_sentence(line: &str) -> bool {
    closing_marks_off(line).ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item_at(text: &str, item: &str) -> bool {
        in_link_list(text, text.find(item).unwrap())
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
