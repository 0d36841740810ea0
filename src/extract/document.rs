//! What an article says about itself in its header: its title, when it was published and where.
//!
//! A page copied from the web arrives with its furniture around the headline ("Skip to main
//! content", "WORLD | EUROPE", a byline, "Published 12 March 2025, 09:14 GMT | Updated 2 hours
//! ago"). The header is the run of lines before the body's first paragraph: the title is its
//! first line that reads as a headline and is no page furniture, the publication date comes from
//! its publication line or dateline, the address from a line that holds only a URL.

use super::dates;
use super::score::{self, rules::Furniture};
use crate::claim::{Document, sha256_hex};

/// Header lines read at most: furniture above a headline takes a few lines, never a page.
const HEADER_LINES: usize = 15;

/// Describes a document: path, hash, title (its headline, or the file stem when it has none; see
/// [`headline`]) and, when its header gives them, its publication date and address (see
/// [`published`], [`url`]).
pub fn document(path: &str, text: &str) -> Document {
    Document {
        sha256: sha256_hex(text.as_bytes()),
        ..document_undigested(path, text)
    }
}

/// [`document`] without the SHA-256 of the text (`sha256` is left empty): for output that does
/// not show it (`extract`'s table and `jsonl`), which would otherwise hash every byte once more.
pub fn document_undigested(path: &str, text: &str) -> Document {
    // The header is read once and shared: for a short article, reading it again for the title,
    // the address and the date cost as much as a tenth of its extraction.
    let header = header(text);
    let headline = headline_in(&header);
    let title = match headline {
        Some(line) => line.to_string(),
        None => stem(path),
    };
    Document {
        path: path.to_string(),
        sha256: String::new(),
        title,
        url: url_in(text, &header).map(str::to_string),
        published: published_in(&header, || headline),
    }
}

/// The lines above the body, trimmed and non-empty: they end at the first line that reads as a
/// paragraph (a sentence of more than 12 words, or more than 40 words), after at most
/// [`HEADER_LINES`] lines.
fn header(text: &str) -> Vec<&str> {
    let mut lines = Vec::with_capacity(HEADER_LINES);
    lines.extend(header_lines(text));
    lines
}

/// Where the [`header`] ends in `text` (a byte offset; 0 without one): what comes before is the
/// headline, the standfirst and the page's furniture above the body.
pub fn header_end(text: &str) -> usize {
    header_lines(text).last().map_or(0, |line| {
        line.as_ptr() as usize - text.as_ptr() as usize + line.len()
    })
}

/// The lines of [`header`], as they are found.
fn header_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty())
        .take_while(|l| {
            let sentence = l
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?']);
            // Words counted only as far as they tell (13 for a sentence, else 41): the first
            // paragraph is the longest line read, and counting all its words cost more than
            // the rest of the header.
            let limit = if sentence { 12 } else { 40 };
            // A cookie notice above the headline reads as a paragraph, but is none.
            l.split_whitespace().take(limit + 1).count() <= limit || cookie_notice(l)
        })
        .take(HEADER_LINES)
}

/// A site's notice asking consent to its cookies ("We use cookies to improve your experience.
/// By continuing to browse you agree to our use of cookies.", "We value your privacy"), which
/// pages put above the headline: no headline, and no paragraph of the body. Only a line that
/// names cookies or privacy is read as a sentence (the first paragraph is read by every
/// document).
fn cookie_notice(line: &str) -> bool {
    // The searchers are built once: building one cost more than a search.
    static WORDS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let words = WORDS
        .get_or_init(|| ["ookie", "rivacy"].map(|w| memchr::memmem::Finder::new(w.as_bytes())));
    let b = line.as_bytes();
    // Forty words, the most a notice has, hardly take more than 400 bytes.
    b.len() <= 400
        && words.iter().any(|w| w.find(b).is_some())
        && score::furniture(line) == Some(Furniture::Notice)
}

/// The article's headline: the first line of its header that reads as a headline — at most 25
/// words and 200 bytes, not ending like a sentence — and is no page furniture (navigation,
/// section labels in capitals, bylines, datelines, notices such as a cookie banner; a heading
/// without a verb may be a headline). A line ending like a sentence ends the search, unless it
/// is a cookie notice: what follows is body text.
pub fn headline(text: &str) -> Option<&str> {
    headline_in(&header(text))
}

/// [`headline`] from the text's [`header`] lines.
fn headline_in<'t>(header: &[&'t str]) -> Option<&'t str> {
    let candidates = || {
        header
            .iter()
            .copied()
            .take_while(|line| !line.ends_with(['.', ',', ';', '!', '?']) || cookie_notice(line))
            .filter(|line| reads_as_headline(line))
    };
    // A heading without a verb of three words or fewer above another candidate is a section
    // label ("Ukraine war"), unless nothing else reads as a headline.
    let section = |line: &&str| {
        line.split_whitespace().count() <= 3 && score::furniture(line) == Some(Furniture::Heading)
    };
    candidates()
        .find(|line| !section(line))
        .or_else(|| candidates().next())
}

/// A press release's marker above its headline: "PRESS RELEASE", "For Immediate Release",
/// "NEWS RELEASE", "Embargoed until 00:01 GMT …".
fn release_marker(line: &str) -> bool {
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let release = match words.as_slice() {
        [x, r] => r == "release" && matches!(x.as_str(), "press" | "news" | "media"),
        [f, i, r] => f == "for" && i == "immediate" && r == "release",
        _ => false,
    };
    release || words.first().is_some_and(|w| w == "embargoed")
}

fn reads_as_headline(line: &str) -> bool {
    if release_marker(line) {
        return false;
    }
    let fits = line.len() <= 200 && line.split_whitespace().count() <= 25;
    let has_letters = line.chars().any(char::is_alphabetic);
    let furniture = match score::furniture(line) {
        None | Some(Furniture::Heading) => false,
        // A headline in capitals is still a headline when it reports an event.
        Some(Furniture::Shouting) => !score::headline::reports_event(line),
        Some(_) => true,
    };
    fits && has_letters && !furniture && !line.chars().any(char::is_control)
}

/// The publication date in the header (ISO 8601, possibly partial: "2025-03-12", "2014"): the
/// date of a "Published …" / "Posted …" line, else a line that is only a date ("August 3,
/// 2014", "20-09-2025 | 07:05"), else the date of an "Updated …" line.
pub fn published(text: &str) -> Option<String> {
    let header = header(text);
    published_in(&header, || headline_in(&header))
}

/// [`published`] from the text's [`header`] lines, with its `headline` (only needed to tell a
/// dateline from a headline with a date: found then).
fn published_in<'t>(
    header: &[&'t str],
    headline: impl FnOnce() -> Option<&'t str>,
) -> Option<String> {
    let mut headline = Some(headline);
    let mut title = None;
    let mut is_title = |line: &str| {
        let title = title.get_or_insert_with(|| headline.take().and_then(|find| find()));
        Some(line) == *title
    };
    let mut dateline = None;
    let mut updated = None;
    for &line in header {
        for (keyword, iso) in dated_keywords(line) {
            match keyword {
                Keyword::Published => return Some(iso),
                Keyword::Updated => updated = updated.or(Some(iso)),
                Keyword::None if dateline.is_none() && !is_title(line) => {
                    // A line that is only a date, or a byline's full date ("By Jane Doe |
                    // March 12, 2025"); a headline's date is its event's.
                    let full_date = iso.len() == 10 && is_credit_line(line);
                    if is_dateline(line) || full_date {
                        dateline = Some(iso);
                    }
                }
                Keyword::None => {}
            }
        }
    }
    dateline.or(updated)
}

/// A short header line that is no sentence: a byline, a credit, a timestamp.
fn is_credit_line(line: &str) -> bool {
    line.split_whitespace().count() <= 15 && !line.ends_with(['.', '!', '?'])
}

/// The word a date in a publication line follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keyword {
    /// "Published", "Posted", "First published".
    Published,
    /// "Updated", "Last updated", "Modified".
    Updated,
    /// No such word before the date.
    None,
}

/// The absolute dates of `line`, each with the publication keyword nearest before it.
fn dated_keywords(line: &str) -> Vec<(Keyword, String)> {
    let keyword_before = |at: usize| {
        let mut keyword = Keyword::None;
        let mut offset = 0;
        for word in line.split_inclusive(char::is_whitespace) {
            if offset >= at {
                break;
            }
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            // Compared without a lower-case copy of every word.
            let is = |word: &str| bare.eq_ignore_ascii_case(word);
            keyword = if is("published") || is("posted") || is("created") {
                Keyword::Published
            } else if is("updated") || is("modified") {
                Keyword::Updated
            } else {
                keyword
            };
            offset += word.len();
        }
        keyword
    };
    let mut found: Vec<(usize, Keyword, String)> = iso_timestamps(line)
        .map(|(at, iso)| (at, keyword_before(at), iso))
        .collect();
    for date in dates::dates(line, 0) {
        let covered = found.iter().any(|(at, _, _)| *at == date.start);
        // A day without its year ("Nov. 6" reads "--11-06") dates no publication.
        if let (Some(iso), false) = (date.iso, covered)
            && !iso.starts_with("--")
        {
            found.push((date.start, keyword_before(date.start), iso));
        }
    }
    found.sort_by_key(|(at, _, _)| *at);
    found.into_iter().map(|(_, k, iso)| (k, iso)).collect()
}

/// ISO 8601 dates as pages print them in their metadata ("2025-03-12T09:14:00Z"), which prose
/// date rules do not read: their offset and the date part.
fn iso_timestamps(line: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    line.match_indices(|c: char| c.is_ascii_digit())
        .map(|(at, _)| at)
        .filter(move |&at| at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric())
        .filter_map(move |at| {
            let b = line.as_bytes().get(at..at + 10)?;
            let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
            let shaped = digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-';
            let after = line.as_bytes().get(at + 10);
            let ends = after.is_none_or(|c| !c.is_ascii_digit());
            (shaped && digits(8..10) && ends).then(|| (at, line[at..at + 10].to_string()))
        })
        .filter(|(_, iso)| {
            let month: u8 = iso[5..7].parse().unwrap_or(0);
            let day: u8 = iso[8..10].parse().unwrap_or(0);
            (1..=12).contains(&month) && (1..=31).contains(&day)
        })
}

/// A line that is only a date, perhaps with a time ("August 3, 2014", "22.06.2008 6:23:02 P").
fn is_dateline(line: &str) -> bool {
    matches!(
        score::furniture(line),
        Some(Furniture::Dateline | Furniture::Timestamp)
    )
}

/// The article's address: a header line that holds only a URL, perhaps after a short label
/// ("Source: https://…"), else a line anywhere in the article that holds only a URL after a
/// label naming the article's address ("Source:", "URL:", "Originally published at:"; not
/// "Read more:").
pub fn url(text: &str) -> Option<&str> {
    url_in(text, &header(text))
}

/// [`url`] from the text and its [`header`] lines.
fn url_in<'t>(text: &'t str, header: &[&'t str]) -> Option<&'t str> {
    header
        .iter()
        // (Only a line with "://" can hold one.)
        .filter(|line| memchr::memmem::find(line.as_bytes(), b"://").is_some())
        .find_map(|&line| url_line(line, false))
        .or_else(|| {
            // Only a line with "://" can hold one: found by a SIMD search, not line by line (a
            // long text has no such line, and reading each of its lines cost a tenth of its
            // extraction).
            memchr::memmem::find_iter(text.as_bytes(), b"://").find_map(|at| {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                url_line(text[start..end].trim(), true)
            })
        })
}

/// The URL of a line that holds only a URL (and, if `labelled`, must have a label before it).
fn url_line(line: &str, labelled: bool) -> Option<&str> {
    let (label, address) = match line.rsplit_once(char::is_whitespace) {
        Some((label, address)) => (label.trim(), address),
        None => ("", line),
    };
    let label_fits = if label.is_empty() {
        !labelled
    } else {
        // The label's words are read last, and only for a short label (a line of prose with a
        // link in it has many).
        let names_the_article = || {
            label.split_whitespace().any(|w| {
                matches!(
                    w.trim_end_matches(':').to_ascii_lowercase().as_str(),
                    "source"
                        | "url"
                        | "link"
                        | "permalink"
                        | "canonical"
                        | "original"
                        | "originally"
                )
            })
        };
        label.ends_with(':')
            && label.split_whitespace().count() <= 3
            && (!labelled || names_the_article())
    };
    let address = address.trim_end_matches(['.', ',', ')', ']', '>']);
    let address = address.trim_start_matches(['(', '[', '<']);
    let web = address.starts_with("https://") || address.starts_with("http://");
    let host = address
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or("");
    (label_fits && web && host.contains('.')).then_some(address)
}

fn stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

#[cfg(test)]
mod tests;
