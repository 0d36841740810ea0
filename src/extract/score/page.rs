//! Text patterns of page furniture: publication lines, notices, navigation, labels, bylines.
//! [`super::rules::furniture`] decides with them and the sentence's profile.

// These run on every sentence the score reads, so they compare without allocating.

mod credits;
mod labels;
mod navigation;
mod notices;
mod table;
pub(super) use credits::{
    contact_block, contributor_credit, credit_list, publication_row, story_credits, updated_ago,
};
pub(super) use labels::{
    document_link, label_colon, link_label, most_list, newsletter_promo, question_label,
    question_subhead, share_bar, timeline_row,
};
pub(super) use navigation::{breadcrumbs, link_row, navigation_word};
pub(super) use notices::{
    advice_to_reach, consent_notice, coverage_note, disclaimer, helpline, opens_with_purpose,
    safe_harbor, service_notice,
};
pub(super) use table::data_row;

/// `s.trim_start()` for one byte test when `s` opens with a printable ASCII character, as the
/// trimmed lines [`super::rules::furniture`] hands these tests do: decoding the first character
/// to ask whether it is white space costs more.
fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => s,
        _ => s.trim_start(),
    }
}

/// Whether the first word of `s` may be one of `list` (lower-case ASCII words of three letters
/// or more), ignoring ASCII case: whether `s`, after any white space, opens with the first
/// three letters of one. A few byte comparisons, where splitting `s` into words decodes
/// characters.
fn may_open_with(s: &str, list: &[&str]) -> bool {
    let Some(head) = trim_start(s).as_bytes().get(..3) else {
        return false;
    };
    // `| 0x20` lowers a capital and leaves a lower-case letter; no other byte becomes one.
    let head = [head[0] | 0x20, head[1] | 0x20, head[2] | 0x20];
    list.iter().any(|w| w.as_bytes()[..3] == head)
}

/// The words of `s` without the punctuation around them.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// `word` is one of `list`, ignoring ASCII case.
fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `s` contains `needle` (lower case), ignoring ASCII case.
fn contains(s: &str, needle: &str) -> bool {
    s.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// "Published 12 March 2025, 09:14 GMT", "Updated: 10:32 a.m. ET, Tue August 24, 2016": the
/// page's publication line (the caller checks that it holds a date or time). What follows its
/// keyword, when it is one.
pub(super) fn publication_line(s: &str) -> Option<&str> {
    let mut rest = trim_start(s);
    let mut next_word = || {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest[..end].trim_matches(|c: char| !c.is_alphanumeric());
        rest = rest[end..].trim_start();
        (word, rest)
    };
    let (mut first, mut after) = next_word();
    if one_of(first, &["last", "first", "originally"]) {
        (first, after) = next_word();
    }
    one_of(
        first,
        &["published", "updated", "posted", "modified", "created"],
    )
    .then_some(after)
}

/// A copyright or syndication notice, in a sentence of `words` words.
pub(super) fn notice(s: &str, words: u32) -> bool {
    let s = trim_start(s);
    // A notice of more than eight words opens with "copyright", "©", "(c) " or "this ": one
    // test of the first byte turns most sentences away.
    if words > 8
        && !matches!(
            s.as_bytes().first(),
            Some(b'c' | b'C' | b'(' | b't' | b'T' | 0xc2)
        )
    {
        return false;
    }
    let opens = |prefix: &str| {
        s.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    // The common spellings first: `str::contains` is far faster than a case-blind scan. Each
    // holds a "v", which few short lines do: looking for one first is faster still.
    let reserved = ["rights reserved", "Rights Reserved", "RIGHTS RESERVED"];
    opens("copyright")
        || s.starts_with('©')
        || opens("(c) ")
        || words <= 8
            && s.bytes().any(|b| b | 0x20 == b'v')
            && reserved.iter().any(|r| s.contains(r))
        || opens("this ") && about_the_page(s) && contains(s, "published")
}

/// Speaks of the page itself: "this article", "this story".
pub(super) fn about_the_page(s: &str) -> bool {
    const PAGE: &[&str] = &[
        "article", "story", "page", "post", "video", "podcast", "material", "content",
    ];
    let mut previous = "";
    words(s).any(|w| {
        let page = previous.eq_ignore_ascii_case("this") && one_of(w, PAGE);
        previous = w;
        page
    })
}

/// Names and abbreviations of months and weekdays, and the words of a clock time.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am",
    "pm", "a.m", "p.m", "at", "on",
];

/// A timestamp written with abbreviations ("Sun 12 Mar 2025 09.14 GMT", "Tue, Aug 24 2016,
/// 10:32 am ET"): figures, month and weekday names, clock words and time zones (short words in
/// capitals), with a month or a weekday among them.
pub(super) fn timestamp(s: &str) -> bool {
    let mut calendar = false;
    let only_time = words(s).all(|w| {
        // A figure passes unsearched: the list's words all start with a letter.
        if w.is_empty() || w.as_bytes()[0].is_ascii_digit() {
            return true;
        }
        let listed = one_of(w, CALENDAR);
        calendar |= listed && !w.eq_ignore_ascii_case("at") && !w.eq_ignore_ascii_case("on");
        let zone = (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
        listed || zone
    });
    only_time && calendar
}

/// A timestamp and the label and timestamp of its update, with no separator between them: "10:30,
/// 16 APR 2026 Updated 11:45, 16 APR 2026".
pub(super) fn stamp_and_update(s: &str) -> bool {
    // Most lines hold no "pdated" (nor "osted"): one search decides. The searchers are built
    // once: building one costs more than a search.
    static LABELS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 4]> =
        std::sync::OnceLock::new();
    let labels = LABELS
        .get_or_init(|| ["pdated", "PDATED", "osted", "OSTED"].map(memchr::memmem::Finder::new));
    let Some(at) = labels.iter().find_map(|label| label.find(s.as_bytes())) else {
        return false;
    };
    let Some(start) = at
        .checked_sub(1)
        .filter(|&k| k > 0 && s.as_bytes()[k - 1] == b' ')
    else {
        return false;
    };
    let (stamp, rest) = s.split_at(start);
    let (label, update) = rest.split_once(' ').unwrap_or((rest, ""));
    // (With a separator the line is a publication row.)
    let parted = stamp.trim_end().ends_with(['|', '·', '•']);
    !parted && one_of(label, &["updated", "posted"]) && timestamp(stamp) && timestamp(update)
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

/// A byline with the page's details after separators: "By Jane Doe | March 12, 2025 | 4 min
/// read", "By Jane Doe · Senior Correspondent · Sun 12 Mar 2025 09.14 GMT".
pub(super) fn byline_with_details(s: &str) -> bool {
    if !s.get(..3).is_some_and(|by| by.eq_ignore_ascii_case("by ")) {
        return false;
    }
    let mut parts = s.split(['|', '·', '•']).map(str::trim);
    let name = parts.next().unwrap_or_default();
    let mut details = parts.peekable();
    details.peek().is_some()
        && byline(name.trim_end_matches(','))
        && details.all(|part| {
            let reading_time = words(part)
                .any(|w| one_of(w, &["read", "listen", "min", "mins", "minutes"]))
                && part.starts_with(|c: char| c.is_ascii_digit());
            let role = part
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            let updated = updated_ago(part);
            part.is_empty() || timestamp(part) || updated || reading_time || role || contact(part)
        })
}

/// A line that is only a reading time: "3 min read", "5-minute read", "4 min listen".
pub(super) fn reading_time(s: &str) -> bool {
    let mut parts = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    let figure = parts
        .next()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let unit = parts
        .next()
        .is_some_and(|w| one_of(w, &["min", "mins", "minute", "minutes"]));
    let verb = parts
        .next()
        .is_some_and(|w| one_of(w.trim_end_matches(['.', ')']), &["read", "listen", "watch"]));
    figure && unit && verb && parts.next().is_none()
}

/// A contact address after a byline: an email address or a handle ("jdoe@example.com",
/// "@jdoe").
fn contact(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next().is_some_and(|w| w.contains('@')) && words.next().is_none()
}

/// Nouns that label a picture on the page.
const PICTURE: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "picture",
    "pictures",
    "caption",
    "illustration",
    "chart",
    "graph",
    "graphic",
];

/// Words of a page's audio and video players.
const MEDIA: &[&str] = &[
    "media", "video", "audio", "podcast", "listen", "watch", "play",
];

/// A media player's label with its duration: "Listen · 4:32", "Watch: 2 min", "Video, 1:05".
/// Every word after the first is a duration ("4:32", "2", "min") or a separator.
pub(super) fn player_label(s: &str) -> bool {
    let mut ws = words(s);
    if !ws.next().is_some_and(|w| one_of(w, MEDIA)) {
        return false;
    }
    let mut duration = false;
    let rest = ws.all(|w| {
        let clock = w.starts_with(|c: char| c.is_ascii_digit())
            && w.bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.');
        duration |= clock;
        let unit = one_of(
            w,
            &["min", "mins", "minutes", "sec", "secs", "seconds", "hr"],
        );
        w.is_empty() || clock || unit
    });
    rest && duration
}

/// A label and a title in title case, without a verb or a figure (the caller checks): "Our
/// Standards: The Thomson Reuters Trust Principles.", "Editor's Picks: The Week in Review". A
/// title that reports an event is a headline ("Breaking: Minister Resigns"), and one with commas
/// a list ("Attendees: Joe Biden, Kamala Harris and Nancy Pelosi.").
pub(super) fn title_label(s: &str) -> bool {
    let Some(colon) = memchr::memchr(b':', s.as_bytes()) else {
        return false;
    };
    let (label, title) = (&s[..colon], &s[colon + 1..]);
    let capitalised = |part: &str| {
        part.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                || one_of(
                    w,
                    &["of", "the", "and", "for", "in", "on", "to", "a", "an", "at"],
                )
        })
    };
    let label_words = label.split_whitespace().count();
    (1..=3).contains(&label_words)
        && title.split_whitespace().next().is_some()
        && !title.contains(',')
        && capitalised(label)
        && capitalised(title)
        && !super::headline::reports_event(title.trim())
}

/// The first two letters (lower case) of the words a caption may open with: [`PICTURE`],
/// [`MEDIA`] and "file" (checked by a test).
const CAPTION_PAIRS: [[u8; 2]; 15] = [
    *b"ph", *b"im", *b"pi", *b"ca", *b"il", *b"me", *b"vi", *b"au", *b"po", *b"li", *b"wa", *b"pl",
    *b"fi", *b"ch", *b"gr",
];

/// A picture's caption or credit: "Photo: Traffic crosses the bridge on Monday.", "FILE PHOTO:
/// …", "Image caption: …", "(Photo by Jane Doe/Getty Images)", "Photo courtesy of …", "(AP
/// Photo/Evan Vucci)", "File photo", "[Chart caption: Figure 2.3 …]".
pub(super) fn caption(s: &str) -> bool {
    let s = trim_start(s);
    let s = s.strip_prefix('[').unwrap_or(s);
    let opened = s.strip_prefix('(');
    let s = opened.unwrap_or(s);
    // Most lines open with a word no picture label has: only those that do read further. Most
    // open with an ASCII letter, which begins the first word as written: its first two letters
    // say at once that it is none of the label's words (of two letters or more, and ASCII), as
    // a word of one letter is none, and only a bracketed line may be an agency's credit.
    let bytes = s.as_bytes();
    if opened.is_none() && bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        let second = bytes.get(1).copied().unwrap_or(b' ');
        let pair = [bytes[0] | 0x20, second | 0x20];
        if !second.is_ascii_alphabetic() || !CAPTION_PAIRS.contains(&pair) {
            return false;
        }
    }
    let first = words(s).next().unwrap_or_default();
    // "Image caption, …", "Image source, Reuters", "Media caption, …": two words naming what
    // the line labels, before a comma, as the BBC writes them.
    if (one_of(first, PICTURE) || one_of(first, MEDIA)) && opened.is_none() {
        let second = s.split_whitespace().nth(1).unwrap_or_default();
        if second
            .strip_suffix(',')
            .is_some_and(|w| one_of(w, &["caption", "source", "credit"]))
        {
            return true;
        }
    }
    let file = first.eq_ignore_ascii_case("file");
    let agency =
        opened.is_some() && first.len() <= 5 && first.bytes().all(|b| b.is_ascii_uppercase());
    if !(one_of(first, PICTURE) || file || agency) {
        return false;
    }
    // "Photo:", "FILE PHOTO:", "Image caption:": a label of picture words before a colon.
    let label = s.find(':').is_some_and(|colon| {
        let mut n = 0;
        let pictures = words(&s[..colon]).all(|w| {
            n += 1;
            one_of(w, PICTURE) || w.eq_ignore_ascii_case("file")
        });
        pictures && n <= 3
    });
    // "Photo by Jane Doe", "(AP Photo/Evan Vucci)": a credit to a name.
    let mut ws = s.split_whitespace();
    let credited = ws.next().zip(ws.next()).is_some_and(|(a, b)| {
        let named = |w: &str| w.starts_with(char::is_uppercase);
        let picture = |w: &str| one_of(w.trim_matches(|c: char| !c.is_alphanumeric()), PICTURE);
        let by = one_of(b, &["by", "courtesy", "credit:"]) && ws.next().is_some_and(named);
        let slash = |w: &str| {
            w.split_once('/')
                .is_some_and(|(p, name)| picture(p) && named(name))
        };
        picture(a) && (by || slash(a)) || agency && slash(b)
    });
    // "File photo", "(File photo)".
    let only_pictures = {
        let mut n = 0;
        words(s).all(|w| {
            n += 1;
            one_of(w, PICTURE) || w.eq_ignore_ascii_case("file")
        }) && n <= 3
    };
    label || credited || only_pictures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_open_with_tells_the_first_words_of_a_list() {
        let list = &["anyone", "those"];
        for s in [
            "Anyone with symptoms",
            "  THOSE affected",
            "anyonex",
            "Thos",
        ] {
            assert!(may_open_with(s, list), "{s}");
        }
        for s in ["The people", "An", "", "“Anyone", "@ny"] {
            assert!(!may_open_with(s, list), "{s}");
        }
        for w in super::notices::ANYONE {
            assert!(
                w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn calendar_words_start_with_a_letter() {
        assert!(
            CALENDAR
                .iter()
                .all(|w| w.as_bytes()[0].is_ascii_lowercase())
        );
    }

    #[test]
    fn caption_words_open_with_a_listed_pair() {
        for w in PICTURE.iter().chain(MEDIA).chain(&["file"]) {
            let pair = [w.as_bytes()[0], w.as_bytes()[1]];
            assert!(CAPTION_PAIRS.contains(&pair), "{w}");
        }
    }
}
