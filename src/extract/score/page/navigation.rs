//! The page's navigation: its bar's words, breadcrumb trails and rows of links between pipes.

use super::one_of;

/// Words of a page's navigation bar and accessibility links.
#[rustfmt::skip]
const NAVIGATION: &[&str] = &[
    "skip", "to", "main", "content", "navigation", "menu", "search", "subscribe", "sign", "log",
    "in", "up", "out", "home", "account", "login", "register", "close", "back", "top",
    "accessibility", "help", "settings", "sections", "newsletters", "my", "profile", "jump",
    "toggle",
];

/// A word of a page's navigation bar (or only punctuation, "|").
pub(in super::super) fn navigation_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty() || one_of(w, NAVIGATION)
}

/// A breadcrumb trail: "Home > World > Europe", short steps between `>`, `»` or `›`.
pub(in super::super) fn breadcrumbs(s: &str) -> bool {
    if separators(s) < 2 {
        return false;
    }
    let steps = || s.split(['>', '»', '›']).map(str::trim);
    steps().nth(2).is_some()
        && steps().all(|step| {
            let words = step.split_whitespace().count();
            (1..=3).contains(&words) && step.starts_with(|c: char| c.is_alphabetic())
        })
}

/// How many breadcrumb separators (`>`, `»`, `›`) `s` holds, reading bytes: three steps need
/// two, and most lines have none, which this tells faster than splitting at characters.
fn separators(s: &str) -> usize {
    let b = s.as_bytes();
    // Most lines hold none of the three last bytes: `memchr3` tells in a few vector steps.
    if memchr::memchr3(b'>', 0xbb, 0xba, b).is_none() {
        return 0;
    }
    // `»` is C2 BB and `›` E2 80 BA in UTF-8; a last byte BB or BA only ends other characters
    // after another lead byte.
    (0..b.len())
        .filter(|&i| match b[i] {
            b'>' => true,
            0xbb => i >= 1 && b[i - 1] == 0xc2,
            0xba => i >= 2 && b[i - 2] == 0xe2 && b[i - 1] == 0x80,
            _ => false,
        })
        .count()
}

/// A row of links between pipes: "News | Local | Weather | Sports", "Terms of Service |
/// Privacy Policy | Do Not Sell My Personal Information", "Central Statistics Office | Releases
/// | Census 2026": three or more short labels in title case, without a figure but a year after
/// a label's first word.
pub(in super::super) fn link_row(s: &str) -> bool {
    let b = s.as_bytes();
    if memchr::memchr(b'|', b).is_none() {
        return false;
    }
    let mut labels = 0;
    let all_labels = s.split('|').all(|label| {
        labels += 1;
        let mut n = 0;
        let title_case = label.split_whitespace().all(|w| {
            n += 1;
            let year = n > 1
                && w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit());
            year || !w.bytes().any(|b| b.is_ascii_digit())
                && (w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric())
                    || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_lowercase())))
        });
        let first = label.trim_start().starts_with(char::is_uppercase);
        title_case && first && (1..=6).contains(&n)
    });
    all_labels && labels >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_separators_as_splitting_does() {
        let seps = |s: &str| s.split(['>', '»', '›']).count() - 1;
        for s in crate::extract::score::test_lines().into_iter().chain([
            "Home > World > Europe",
            "Home » News › Local",
            "a»b›c>d",
            "»›>",
            "Łódź 北京 ‚ ™ Ż»",
        ]) {
            assert_eq!(separators(s), seps(s), "{s}");
        }
    }
}
