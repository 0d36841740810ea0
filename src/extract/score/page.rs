//! Text patterns of page furniture: publication lines, notices, navigation, labels, bylines.
//! [`super::rules::furniture`] decides with them and the sentence's profile.

/// "Published 12 March 2025, 09:14 GMT", "Updated: 10:32 a.m. ET, Tue August 24, 2016": the
/// page's publication line (the caller checks that it holds a date or time).
pub(super) fn publication_line(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let first = match first.as_str() {
        "last" | "first" | "originally" => words.next().unwrap_or_default(),
        _ => first,
    };
    matches!(
        first.as_str(),
        "published" | "updated" | "posted" | "modified" | "created"
    )
}

/// A copyright or syndication notice.
pub(super) fn notice(s: &str) -> bool {
    let lower = s.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    first == "copyright"
        || lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.contains("rights reserved")
        || lower.starts_with("this ") && about_the_page(&lower) && lower.contains("published")
}

/// Speaks of the page itself: "this article", "this story".
pub(super) fn about_the_page(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut words = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut previous = "";
    words.any(|w| {
        let page = previous == "this"
            && matches!(
                w,
                "article"
                    | "story"
                    | "page"
                    | "post"
                    | "video"
                    | "podcast"
                    | "material"
                    | "content"
            );
        previous = w;
        page
    })
}

/// Words of a page's navigation bar and accessibility links.
#[rustfmt::skip]
const NAVIGATION: &[&str] = &[
    "skip", "to", "main", "content", "navigation", "menu", "search", "subscribe", "sign", "log",
    "in", "up", "out", "home", "account", "login", "register", "close", "back", "top",
    "accessibility", "help", "settings", "sections", "newsletters", "my", "profile", "jump",
    "toggle",
];

/// A word of a page's navigation bar (or only punctuation, "|").
pub(super) fn navigation_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty() || NAVIGATION.contains(&w.to_ascii_lowercase().as_str())
}

/// "Label: value" with a short label.
pub(super) fn label_colon(s: &str) -> bool {
    s.find(':')
        .is_some_and(|i| s[..i].split_whitespace().count() <= 3)
}

pub(super) fn bracketed(b: &[u8]) -> bool {
    matches!(
        (b.first(), b.last()),
        (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    )
}

/// "By Jane Doe" with nothing after the name.
pub(super) fn byline(s: &str) -> bool {
    let mut words = s.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) || w == "and")
}

/// A parenthesised list of sources, as agencies credit a story: "(Reuters, AFP, dpa, AP)".
pub(super) fn credit_list(s: &str) -> bool {
    let (Some(open), Some(close)) = (s.find('('), s.rfind(')')) else {
        return false;
    };
    open < close && s[open..close].contains(',')
}
