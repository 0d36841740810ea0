//! Credits and publication lines at the edges of a story that carry no "By": a contributor's
//! credit ("Times staff writer Dana Liu contributed to this report."), an agency's dateline row
//! ("PTI | Mumbai | Updated: 12th March, 2025 09:41 IST") and a press contact's block ("Jordan
//! Blake / press@example.com"), an agency story's credit line ("(Reporting by Jane Doe; Editing
//! by Sam Poe)") and its list of sources ("(Reuters, AFP)").

use super::{contact, one_of, timestamp, words};

/// What a story's contributor gave it, after "contributed": "to this report", "reporting",
/// "additional reporting", "reporting to this story".
fn contribution(tail: &[&str]) -> bool {
    let piece = |w: &str| one_of(w, &["report", "story", "article"]);
    match tail {
        ["to", "this", x] | ["reporting", "to", "this", x] => piece(x),
        ["reporting"] | ["additional", "reporting"] => true,
        _ => false,
    }
}

/// A contributor's credit at the end of a story: a short subject, "contributed" and what it
/// gave, perhaps from where ("Times staff writer Dana Liu contributed to this report.", "The
/// Associated Press contributed reporting.", "Reuters contributed reporting from Kyiv.").
pub(in super::super) fn contributor_credit(s: &str) -> bool {
    // Every short sentence is asked: most are turned away by their last word (a credit ends
    // with what was given or with a place after "from"), the rest read only where the word is.
    // The searcher is built once: building one costs more than a search.
    // (The last word found by a plain loop from the end: `rsplit` set up a searcher each time.)
    let t = s.trim_end_matches(['.', ' ', '\n']);
    let last = t
        .as_bytes()
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(t, |i| &t[i + 1..]);
    let given = one_of(last, &["report", "story", "article", "reporting"]);
    if !given && !last.starts_with(char::is_uppercase) {
        return false;
    }
    static WORD: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let word = WORD.get_or_init(|| memchr::memmem::Finder::new("contributed"));
    if word.find(s.as_bytes()).is_none() {
        return false;
    }
    let all: Vec<&str> = words(s).filter(|w| !w.is_empty()).collect();
    let Some(at) = all
        .iter()
        .position(|w| w.eq_ignore_ascii_case("contributed"))
    else {
        return false;
    };
    let mut tail = &all[at + 1..];
    // "… from Kyiv", "… from Washington and London": places, capitalised.
    if let Some(from) = tail.iter().position(|w| *w == "from") {
        let places = &tail[from + 1..];
        let named = (1..=4).contains(&places.len())
            && places
                .iter()
                .all(|w| *w == "and" || w.starts_with(char::is_uppercase));
        if !named {
            return false;
        }
        tail = &tail[..from];
    }
    (1..=10).contains(&at) && contribution(tail)
}

/// Labels before a timestamp in a publication line ("Updated: …", "Published …").
const STAMPED: &[&str] = &["updated", "published", "posted", "last", "first"];

/// An agency's or a site's publication row, its parts parted by `|`, `·` or `•`: names (an
/// agency, a place, a desk: a few capitalised words) and a timestamp, perhaps labelled, or the
/// time since a labelled update ("PTI | Mumbai | Updated: 12th March, 2025 09:41 IST", "Reuters
/// | Published Tue, Aug 24 2016, 10:32 am ET", "November 7, 2025 8:52 AM EST · Updated 2 hours
/// ago", "WORLD NEWS | APRIL 22, 2026 / 6:48 AM / UPDATED 2 HOURS AGO": a slash set apart by
/// spaces parts them too, one in a date does not).
pub(in super::super) fn publication_row(s: &str) -> bool {
    // `·` is C2 B7 and `•` E2 80 A2 in UTF-8: most lines hold none of the three bytes.
    if memchr::memchr3(b'|', 0xb7, 0xa2, s.as_bytes()).is_none() {
        return false;
    }
    let mut parts = 0;
    let mut stamped = false;
    let split = s.split(['|', '·', '•']).flat_map(|part| part.split(" / "));
    let every = split.map(str::trim).all(|part| {
        parts += 1;
        let mut ws = part.split_whitespace().peekable();
        let mut labelled = false;
        while ws
            .peek()
            .is_some_and(|w| one_of(w.trim_end_matches(':'), STAMPED))
        {
            ws.next();
            labelled = true;
        }
        let rest = ws.collect::<Vec<_>>().join(" ");
        let stamp = timestamp(&rest) || labelled && time_ago(&rest);
        stamped |= stamp;
        let name = !labelled && (1..=3).contains(&rest.split_whitespace().count()) && {
            rest.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(':'))
        };
        stamp || name
    });
    parts >= 2 && stamped && every
}

/// A labelled time since an update: "Updated 2 hours ago", "Posted: 45 mins ago".
pub(in super::super) fn updated_ago(part: &str) -> bool {
    let part = part.trim();
    let (label, rest) = part.split_once(char::is_whitespace).unwrap_or((part, ""));
    one_of(label.trim_end_matches(':'), STAMPED) && time_ago(rest)
}

/// The time since an update: "2 hours ago", "an hour ago", "45 mins ago".
fn time_ago(s: &str) -> bool {
    const UNITS: &[&str] = &[
        "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week",
        "weeks",
    ];
    let ws: Vec<&str> = s.split_whitespace().collect();
    match ws[..] {
        [n, unit, ago] => {
            let n = n.bytes().all(|b| b.is_ascii_digit()) || one_of(n, &["a", "an"]);
            n && one_of(unit, UNITS) && ago.eq_ignore_ascii_case("ago")
        }
        _ => false,
    }
}

/// A press contact's block: its lines a name or a label ("Media Contact:", "Jordan Blake") and
/// at least one address ("press@example.com").
pub(in super::super) fn contact_block(s: &str) -> bool {
    if memchr::memchr(b'@', s.as_bytes()).is_none() {
        return false;
    }
    let mut address = false;
    let every = s
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|line| {
            let is_address = contact(line);
            address |= is_address;
            let name = (1..=4).contains(&line.split_whitespace().count())
                && line
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase));
            is_address || name
        });
    address && every
}

/// Words that name a job done on a story, before "by" in a credit ("Editing by"), besides
/// gerunds ("Reporting", "Writing").
const CREDITED: &[&str] = &[
    "compiled",
    "edited",
    "written",
    "produced",
    "graphics",
    "research",
    "translation",
    "translated",
];

/// The credit line of an agency story: "(Reporting by Jane Doe in Gdansk and John Roe in San
/// Francisco; Editing by Sam Poe)", "Additional reporting by Jo Loe; Writing by Al Moe": every
/// part between semicolons is a job done, "by", and names.
pub(in super::super) fn story_credits(s: &str) -> bool {
    // Most lines open with a word no credit has: only those that do read further. The first
    // word's letters are read from the bytes (a credit's job word is plain ASCII).
    let bytes = s.as_bytes();
    let from = bytes
        .iter()
        .position(|&b| !(b.is_ascii_whitespace() || b == b'('))
        .unwrap_or(bytes.len());
    let letters = bytes[from..]
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(bytes.len(), |n| from + n);
    let first = &s[from..letters];
    if !(first.ends_with("ing")
        || one_of(first, CREDITED)
        || first.eq_ignore_ascii_case("additional"))
    {
        return false;
    }
    let s = s.trim();
    let s = s.strip_prefix('(').unwrap_or(s);
    let s = s.trim_end_matches(['.', ')']);
    s.split(';').all(|part| {
        let mut ws = part.split_whitespace();
        let mut job = 0;
        // "by" is the second or third word ("Reporting by", "Additional reporting by"): no
        // need to look further, and most lines opening with an -ing word are sentences.
        let by = ws.by_ref().take(3).any(|w| {
            job += 1;
            w.eq_ignore_ascii_case("by")
        });
        let last_job = part
            .split_whitespace()
            .nth(job.max(2) - 2)
            .unwrap_or_default();
        let job_word = last_job.ends_with("ing") || one_of(last_job, CREDITED);
        let mut names = 0;
        let named = ws.all(|w| {
            let name = w.starts_with(char::is_uppercase);
            names += name as usize;
            name || w == "/"
                || w == "&"
                || one_of(w, &["and", "in", "at", "of", "de", "van", "von", "al"])
        });
        by && (2..=3).contains(&job) && job_word && named && names > 0
    })
}

/// A parenthesised list of sources, as agencies credit a story: "(Reuters, AFP, dpa, AP)".
pub(in super::super) fn credit_list(s: &str) -> bool {
    let (Some(open), Some(close)) = (s.find('('), s.rfind(')')) else {
        return false;
    };
    open < close && s[open..close].contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributors_credits() {
        for s in [
            "Times staff writer Dana Liu contributed to this report.",
            "The Associated Press contributed reporting.",
            "Reuters contributed reporting from Kyiv.",
            "Staff writers Ana Ruiz and Bo Chen contributed additional reporting.",
            "Associated Press writer Jane Doe in London contributed to this story.",
        ] {
            assert!(contributor_credit(s), "{s}");
        }
        for s in [
            "Donors contributed $4 million to the campaign.",
            "Heavy rain contributed to the flooding, officials said.",
            "He contributed to this report's errors, the inquiry found.",
            "Contributed to this report.",
        ] {
            assert!(!contributor_credit(s), "{s}");
        }
    }

    #[test]
    fn publication_rows() {
        for s in [
            "PTI | Mumbai | Updated: 12th March, 2025 09:41 IST",
            "Reuters | Published Tue, Aug 24 2016, 10:32 am ET",
            "Express News Service | New Delhi | March 12, 2025",
            "November 7, 2025 8:52 AM EST · Updated 2 hours ago",
            "Reuters • Updated an hour ago",
        ] {
            assert!(publication_row(s), "{s}");
        }
        for s in [
            "| Revenue | £5.91bn | £5.77bn | +2.4% |",
            "Mumbai | Pune | Nagpur",
            "PTI",
            "Sales rose 5% | March 12, 2025",
            "Sales rose 5% · 2 hours ago",
            "Reuters · 2 hours ago",
        ] {
            assert!(!publication_row(s), "{s}");
        }
    }

    #[test]
    fn contact_blocks() {
        assert!(contact_block("Jordan Blake\npress@northwindlogistics.com"));
        assert!(contact_block(
            "Media Contact:\nJordan Blake\npress@example.com"
        ));
        assert!(!contact_block("Jordan Blake"));
        assert!(!contact_block(
            "Write to press@example.com if you saw the crash on Route 9."
        ));
    }
}
