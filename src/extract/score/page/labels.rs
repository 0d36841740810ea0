//! Short lines the general heading test misreads: labels of the site's own lists and sections
//! ("Most read in Football", "Q&A: What does the report mean for borrowers?"), promotions of its
//! newsletters, and rows of a timeline, which are no labels but events on a date ("April 2023 -
//! Fighting breaks out in Khartoum").

use super::{contains, one_of, timestamp, words};

/// "Label: value" with a short label.
pub(in super::super) fn label_colon(s: &str) -> bool {
    s.find(':')
        .is_some_and(|i| s[..i].split_whitespace().count() <= 3)
}

/// What follows "Most" in the label of a list of the site's other articles.
const MOST: &[&str] = &[
    "read",
    "viewed",
    "popular",
    "shared",
    "watched",
    "commented",
    "emailed",
    "recent",
];

/// The label of a list of the site's most read (viewed, shared…) articles, perhaps of one
/// section: "Most read in Football", "Most viewed", "Most shared this week". The caller checks
/// that the line is short and has no final stop.
pub(in super::super) fn most_list(s: &str) -> bool {
    let mut ws = words(s);
    ws.next().is_some_and(|w| w.eq_ignore_ascii_case("most"))
        && ws.next().is_some_and(|w| one_of(w, MOST))
}

/// Labels that lead in a link to another article or to a video or a recording: a list of the
/// site's ("Trending", "Top stories"), a medium ("Video", "Podcast").
const LINK_LABELS: &[&str] = &[
    "read more",
    "related",
    "see also",
    "also read",
    "read also",
    "more on this story",
    "trending",
    "trending now",
    "top stories",
    "recommended",
    "recommended for you",
    "popular now",
    "editor's picks",
    "video",
    "audio",
    "podcast",
];

/// The label before the colon of a line that leads in a link (the line's words before its first
/// colon): one of [`LINK_LABELS`], a list of the site's most read (viewed, shared…) articles
/// ("Most read", "Most viewed"), or a command to play a recording, of four words at most
/// ("Watch", "WATCH", "Listen", "Watch the video"). Not a headline's label ("Factory fire").
pub(in super::super) fn link_label(label: &str) -> bool {
    let label = label.trim();
    let mut ws = label.split_whitespace();
    let first = ws.next().unwrap_or_default();
    let play = ["watch", "listen"]
        .iter()
        .any(|verb| first.eq_ignore_ascii_case(verb));
    // "Related releases", "Related stories": what the site lists as related, in two words.
    let related = first.eq_ignore_ascii_case("related") && ws.clone().count() <= 1;
    // (A label has at most four words: most lines' first colon comes later, or not at all.)
    label.split_whitespace().count() <= 4
        && (play
            || related
            || most_list(label)
            || LINK_LABELS
                .iter()
                .any(|known| label.eq_ignore_ascii_case(known)))
}

/// The title of a section or of a linked article that asks a question after a short label:
/// "Q&A: What does the report mean for borrowers?", "Explainer: Why are prices rising?". It
/// asks; it states nothing to check. The caller checks that no one is quoted.
pub(in super::super) fn question_label(s: &str) -> bool {
    let s = crate::extract::score::layout::closing_marks_off(s);
    if !s.ends_with('?') {
        return false;
    }
    let Some(colon) = memchr::memchr(b':', s.as_bytes()) else {
        return false;
    };
    let (label, title) = (&s[..colon], s[colon + 1..].trim_start());
    let label_words = label.split_whitespace().count();
    (1..=3).contains(&label_words)
        && label.trim_start().starts_with(char::is_uppercase)
        && title.starts_with(char::is_uppercase)
}

/// Words that open a question.
const QUESTION_WORDS: &[&str] = &["how", "what", "why", "when", "where", "who", "which"];

/// A question in the article's own voice, as a subhead asks what the paragraphs under it answer:
/// "How many people have crossed this year?", "What happens next?". It asks; it states nothing
/// to check. The caller checks that it is short and has no figure, quotation or source.
pub(in super::super) fn question_subhead(s: &str) -> bool {
    let s = crate::extract::score::layout::closing_marks_off(s);
    s.ends_with('?')
        && memchr::memchr(b'?', s.as_bytes()) == Some(s.len() - 1)
        && words(s).next().is_some_and(|w| one_of(w, QUESTION_WORDS))
}

/// A promotion of the site's newsletter, which names the reader's inbox: "Get the latest health
/// news delivered to your inbox every Tuesday.", "Sign up to have our briefing in your inbox each
/// morning." The caller checks that it has no figure, quotation or source.
pub(in super::super) fn newsletter_promo(s: &str) -> bool {
    contains(s, "your inbox")
}

/// A row of a timeline: a date, a dash or a colon, and an event in headline grammar of three
/// words or more ("April 2023 - Fighting breaks out in Khartoum", "12 March 2020: WHO declares a
/// pandemic", "1998 – Company founded in Oslo"). It reports an event on a date: no heading,
/// whatever verbs its words show.
pub(in super::super) fn timeline_row(s: &str) -> bool {
    let Some((date, event)) = [" - ", " – ", " — ", ": "]
        .iter()
        .filter_map(|dash| s.split_once(dash))
        .min_by_key(|(date, _)| date.len())
    else {
        return false;
    };
    let date = date.trim();
    let year = date.len() == 4
        && date.bytes().all(|b| b.is_ascii_digit())
        && (b"1000".as_slice()..=b"2199".as_slice()).contains(&date.as_bytes());
    let event = event.trim_start();
    (year || timestamp(date))
        && event.starts_with(char::is_uppercase)
        && event.split_whitespace().nth(2).is_some()
}

/// The buttons of a story's share bar, with the counts beside them.
#[rustfmt::skip]
const SHARE_BUTTONS: &[&str] = &[
    "share", "save", "saved", "comment", "comments", "print", "email", "e-mail", "tweet", "like",
    "likes", "gift", "copy", "link", "bookmark", "facebook", "twitter", "x", "whatsapp",
    "linkedin", "reddit", "pinterest", "messenger", "telegram", "reply", "replies", "shares",
];

/// A story's share bar: "Share Save Comment (214)", "Share | Print | Email", "Comments 43
/// Likes 12": only its buttons and their counts, one button at least. The caller checks that
/// the line is short, without a final stop or a quotation.
pub(in super::super) fn share_bar(s: &str) -> bool {
    let mut buttons = 0;
    let only_buttons = words(s).all(|w| {
        let button = one_of(w, SHARE_BUTTONS);
        buttons += usize::from(button);
        w.is_empty() || button || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
    });
    only_buttons && buttons >= 1
}

/// File types of a linked document.
const DOCUMENT_TYPES: &[&str] = &["pdf", "doc", "docx", "xls", "xlsx", "csv", "ppt", "pptx"];

/// A link to a document with its file type and size in brackets: "Read the full opinion (PDF,
/// 1.2 MB)", "Annual report [PDF 345KB]", "Download PDF (1.2MB)". The size names the file, not
/// something reported.
pub(in super::super) fn document_link(s: &str) -> bool {
    // (One pass of memchr turns away the sentences without brackets, most of them.)
    if memchr::memchr2(b'(', b'[', s.as_bytes()).is_none() {
        return false;
    }
    let mut parts = s.split(['(', '[']);
    // What comes before the bracket, since its closing bracket: "Download PDF (1.2MB)" names
    // the type there.
    let mut before = parts.next().unwrap_or_default();
    parts.any(|part| {
        let close = part.find([')', ']']).unwrap_or(part.len());
        let inside = &part[..close];
        let typed_before = words(before)
            .last()
            .is_some_and(|w| one_of(w, DOCUMENT_TYPES));
        before = &part[close..];
        let typed = typed_before || words(inside).any(|w| one_of(w, DOCUMENT_TYPES));
        let sized = words(inside).any(|w| {
            let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            one_of(unit, &["kb", "mb", "gb"])
        });
        typed && sized
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_lists() {
        for s in [
            "Most read in Football",
            "Most viewed",
            "MOST SHARED this week",
        ] {
            assert!(most_list(s), "{s}");
        }
        for s in ["Most people agree", "Mostly sunny", "Read more"] {
            assert!(!most_list(s), "{s}");
        }
    }

    #[test]
    fn link_labels() {
        // QA round 19, item G-2.
        for s in [
            "Most read",
            "Most viewed",
            "Trending",
            "Watch",
            "WATCH",
            "Listen",
            "Top stories",
            "Recommended",
            "Watch the video",
            "Video",
            "Read more",
            // QA round 20, item I-10.
            "Related releases",
            "Related stories",
        ] {
            assert!(link_label(s), "{s}");
        }
        for s in [
            "Factory fire",
            "Watchdog",
            "Most people",
            "Analysis",
            "Q&A",
            "Related deaths in the region",
        ] {
            assert!(!link_label(s), "{s}");
        }
    }

    #[test]
    fn question_labels() {
        for s in [
            "Q&A: What does the report mean for borrowers?",
            "Explainer: Why are prices rising?",
            "Analysis: Can the ceasefire hold?”",
        ] {
            assert!(question_label(s), "{s}");
        }
        for s in [
            "What does the report mean for borrowers?",
            "Q&A: the report explained",
            "The minister asked the committee one thing: why did costs rise?",
        ] {
            assert!(!question_label(s), "{s}");
        }
    }

    #[test]
    fn newsletter_promos() {
        assert!(newsletter_promo(
            "Get the latest health news delivered to your inbox every Tuesday."
        ));
        assert!(newsletter_promo(
            "Sign up to have the briefing in Your Inbox."
        ));
        assert!(!newsletter_promo("Sign up for our health newsletter"));
    }

    #[test]
    fn timeline_rows() {
        for s in [
            "April 2023 - Fighting breaks out in Khartoum",
            "March 2025 – Army retakes Khartoum",
            "12 March 2020: WHO declares a pandemic",
            "1998 — Company founded in Oslo",
        ] {
            assert!(timeline_row(s), "{s}");
        }
        for s in [
            "Fighting breaks out in Khartoum",
            "April 2023 - Timeline",
            "Khartoum - Fighting breaks out again",
            "3000 - Robots take over everything",
            "Updated: 10:32 a.m. ET",
        ] {
            assert!(!timeline_row(s), "{s}");
        }
    }
}
