//! Notices of a web page: how to reach a service, the site's disclaimers and its cookie
//! notices. The caller,
//! [`super::super::rules::furniture`], gates each on the word classes of the sentence.

use super::{one_of, words};

/// Verbs with which a notice tells the reader how to reach a service.
const CONTACT: &[&str] = &["call", "text", "dial", "visit", "contact", "email", "phone"];

/// A word that gives a way to reach a service: a telephone number (three digits or more, perhaps
/// with hyphens: "988", "0800-1111"), an email address or a web address.
fn number_or_address(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let phone = digits >= 3 && w.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    phone || w.contains('@') || crate::extract::abbrev::is_web_address(w)
}

/// A service notice to the reader: a clause that opens with a way to reach a service and gives
/// its number or address ("If you or someone you know is struggling, call or text 988 or visit
/// FindTreatment.gov.", "Call 911 if you see a downed line."). The caller checks that the
/// sentence speaks to the reader.
pub(in super::super) fn service_notice(s: &str) -> bool {
    s.split([',', ';', ':']).any(|clause| {
        let mut ws = clause.split_whitespace();
        let opens = ws.next().is_some_and(|w| one_of(w, CONTACT));
        opens && ws.take(12).any(number_or_address)
    })
}

/// Whom a notice addresses without "you": "Anyone with symptoms should call NHS 111", "Those
/// affected can contact …".
pub(super) const ANYONE: &[&str] = &[
    "anyone",
    "anybody",
    "those",
    "people",
    "residents",
    "patients",
];

/// A service notice to whoever it concerns: it opens with [`ANYONE`], then "should", "must" or
/// "can", a way to reach a service and, within five words, its number or address ("Anyone with
/// symptoms should call NHS 111 rather than going to A&E.").
pub(in super::super) fn advice_to_reach(s: &str) -> bool {
    // Most lines are turned away by their first three letters, before splitting into words.
    if !super::may_open_with(s, ANYONE) {
        return false;
    }
    let mut ws = s.split_whitespace();
    if !ws.next().is_some_and(|w| one_of(w, ANYONE)) {
        return false;
    }
    let ws: Vec<&str> = ws.take(12).collect();
    ws.windows(2).enumerate().any(|(i, pair)| {
        one_of(pair[0], &["should", "must", "can"])
            && one_of(pair[1], CONTACT)
            && ws[i + 2..].iter().take(5).any(|w| number_or_address(w))
    })
}

/// Verbs and nouns after which "on", "at" or "via" and a number give a helpline.
const REACH: &[&str] = &[
    "contacted",
    "reached",
    "call",
    "ring",
    "text",
    "dial",
    "phone",
    "contact",
    "helpline",
    "helplines",
    "hotline",
    "freephone",
];

/// A helpline notice without a reader addressed: a way of reaching a service, then "on", "at"
/// or "via" and a telephone number ("In the UK, Samaritans can be contacted on 116 123.", "Call
/// Childline on 0800 1111."). The number is one or more groups of digits (three or more in
/// all) that end the clause or come before "or", "and" or "for"; a year or a date is no number
/// to call, and a figure before a noun is a count ("reached on 120 occasions"). The caller
/// checks that the sentence holds a word of [`REACH`] and a figure.
pub(in super::super) fn helpline(s: &str) -> bool {
    // The last three words: a word of reaching among them opens the number's clause. A lead
    // word is compared bare (with punctuation after it, it leads no number), after its length.
    let mut recent: [&str; 3] = [""; 3];
    let mut ws = s.split_whitespace();
    while let Some(raw) = ws.next() {
        let lead = raw.len() <= 3 && one_of(raw, &["on", "at", "via"]);
        if lead
            && recent
                .iter()
                .any(|r| one_of(r.trim_matches(|c: char| !c.is_alphanumeric()), REACH))
            && phone_number(ws.clone())
        {
            return true;
        }
        recent = [recent[1], recent[2], raw];
    }
    false
}

/// The words `after` open with a telephone number that ends its clause (see [`helpline`]).
fn phone_number<'a>(after: impl Iterator<Item = &'a str>) -> bool {
    let (mut digits, mut groups, mut first) = (0, 0, "");
    let number = |digits: usize, groups: usize, first: &str| {
        let year = first.len() == 4 && (first.starts_with("19") || first.starts_with("20"));
        digits >= 3 && !(groups == 1 && year)
    };
    for raw in after {
        let w = raw.trim_start_matches(['(', '+']);
        let w = w.trim_end_matches(['.', ',', ';', ')', ':']);
        let group = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        if !group {
            // A word after the number: only a conjunction or a purpose may follow it.
            return number(digits, groups, first) && one_of(raw, &["or", "and", "for", "from"]);
        }
        // "2025-03-02" is a date.
        if w.contains('-') && w.split('-').next().is_some_and(|g| g.len() == 4) {
            return false;
        }
        if groups == 0 {
            first = w;
        }
        digits += w.bytes().filter(u8::is_ascii_digit).count();
        groups += 1;
        // A stop after a group ends the clause.
        if raw.ends_with(['.', ',', ';']) {
            break;
        }
    }
    number(digits, groups, first)
}

/// Words before a web page's links that make them another site's ("external sites",
/// "third-party websites").
const OUTSIDE: &[&str] = &["external", "third-party", "linked", "outside", "other"];

/// Links to other sites.
const SITES: &[&str] = &["sites", "site", "websites", "website", "links", "pages"];

/// A site's disclaimer: it is not responsible or liable for other sites ("The BBC is not
/// responsible for the content of external sites.", "We accept no responsibility for linked
/// websites."): a word of liability, then within ten words a word for other sites ([`OUTSIDE`],
/// [`SITES`]). "The ministry is not responsible for 40% of the budget" names no site. The
/// caller checks that the sentence holds a negation and a word of liability.
pub(in super::super) fn disclaimer(s: &str) -> bool {
    let mut liability = None;
    let mut previous = "";
    for (i, w) in words(s).enumerate() {
        if one_of(w, &["responsible", "liable", "responsibility"]) {
            liability = Some(i);
        } else if liability.is_some_and(|at| i <= at + 10)
            && one_of(w, SITES)
            && one_of(previous, OUTSIDE)
        {
            return true;
        }
        previous = w;
    }
    false
}

/// Words a consent banner asks consent to: a site's cookies.
const COOKIES: &[&str] = &["cookie", "cookies"];

/// Words after "privacy" that name the site's notice or its settings ("Privacy policy").
const PRIVACY_PAGES: &[&str] = &[
    "policy",
    "notice",
    "settings",
    "preferences",
    "choices",
    "centre",
    "center",
];

/// Words of a consent banner's buttons and links ("Accept all", "Manage preferences",
/// "Reject non-essential cookies", "Cookie settings").
#[rustfmt::skip]
const BUTTONS: &[&str] = &[
    "accept", "reject", "decline", "allow", "manage", "preferences", "settings", "options",
    "choices", "customise", "customize", "cookie", "cookies", "consent", "privacy", "all", "only",
    "necessary", "essential", "non-essential", "and", "your", "i", "agree", "more", "information",
];

/// Verbs with which the reader consents ("you agree to the storing of cookies").
const CONSENTS: &[&str] = &["agree", "accept", "consent", "allow"];

/// A site's notice asking the reader's consent to its cookies, or the banner's buttons: a
/// sentence in which the site speaks of itself (`we`: "we", "our"; or "this site", "this
/// website") and names its cookies or the reader's privacy ("We use cookies to improve your
/// experience.", "This site uses cookies.", "We value your privacy"), or tells the reader (`you`)
/// that they consent to cookies ("By clicking Accept, you agree to the storing of cookies on
/// your device."), or a line of at most eight words without a final stop made only of the
/// banner's words ("Accept all | Manage preferences", "Accept all cookies"). A report about
/// cookies speaks of others ("The regulator fined the firm for setting cookies without
/// consent.", "Your privacy is at risk, experts warn"). The caller checks that the sentence
/// holds a word of the consent class, no quotation, attribution, figure or past tense.
pub(in super::super) fn consent_notice(
    s: &str,
    we: bool,
    you: bool,
    count: u32,
    stop: bool,
) -> bool {
    if !stop && count <= 8 && words(s).all(|w| w.is_empty() || one_of(w, BUTTONS)) {
        return true;
    }
    let mut previous = "";
    let (mut site, mut cookies, mut privacy, mut consents) = (false, false, false, false);
    for w in words(s) {
        site |= one_of(previous, &["this", "our"]) && one_of(w, &["site", "website"]);
        cookies |= one_of(w, COOKIES);
        privacy |= previous.eq_ignore_ascii_case("privacy") && one_of(w, PRIVACY_PAGES)
            || previous.eq_ignore_ascii_case("your") && w.eq_ignore_ascii_case("privacy");
        consents |= one_of(w, CONSENTS);
        previous = w;
    }
    (cookies || privacy) && (we || site) || cookies && you && consents
}

/// A company's safe-harbour notice: "This press release contains forward-looking statements
/// within the meaning of the Private Securities Litigation Reform Act of 1995 …", "…
/// forward-looking statements involve risks and uncertainties …". Boilerplate, no claim.
pub(in super::super) fn safe_harbor(s: &str) -> bool {
    static FORWARD: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    // The phrase is searched in the text as it is ("Forward-looking" or "forward-looking":
    // the letters after the first); only a sentence that holds it is lower-cased.
    let forward = FORWARD.get_or_init(|| memchr::memmem::Finder::new("orward-looking"));
    if forward.find(s.as_bytes()).is_none() {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    [
        "within the meaning",
        "safe harbor",
        "safe harbour",
        "reform act",
        "risks and uncertainties",
        "undue reliance",
    ]
    .iter()
    .any(|marker| lower.contains(marker))
}

/// What a reader looks for in a service notice's opening purpose.
const HELP: &[&str] = &[
    "information",
    "info",
    "details",
    "updates",
    "help",
    "advice",
    "assistance",
    "support",
    "questions",
    "report",
];

/// A sentence that opens with the purpose of a notice before its command: "For the latest
/// evacuation information, visit …", "To report an outage, call …" ("For now, call centres
/// handled 300 calls" opens with none). [`service_notice`] finds the command and its number or
/// address.
pub(in super::super) fn opens_with_purpose(s: &str) -> bool {
    // The first word first, by its bytes: most sentences are turned away there.
    let b = s.as_bytes();
    let opens = |word: &[u8]| {
        b.len() > word.len() && b[..word.len()].eq_ignore_ascii_case(word) && b[word.len()] == b' '
    };
    if !opens(b"for") && !opens(b"to") {
        return false;
    }
    let Some((purpose, _)) = s.split_once(',') else {
        return false;
    };
    words(purpose).skip(1).any(|w| one_of(w, HELP))
}

/// What a live page calls itself when it speaks to its readers.
const COVERAGE: &[&str] = &[
    "our live coverage",
    "our coverage",
    "this live page",
    "this page",
];

/// A live page's note about its own coverage: "That's where we'll end our live coverage for
/// today.", "We'll bring you the latest on this page." The caller checks that the writers speak
/// ("we", "our") and that no figure, quotation or source is in it.
pub(in super::super) fn coverage_note(s: &str) -> bool {
    // Every phrase ends in "ge" ("coverage", "page"): each is looked for only where a 'g' of
    // the sentence may end it, which memchr finds, rather than at every byte.
    let b = s.as_bytes();
    memchr::memchr2_iter(b'g', b'G', b).any(|g| {
        let before_end = &b[..b.len().min(g + 2)];
        COVERAGE
            .iter()
            .any(|page| ends_with_ignoring_case(before_end, page))
    })
}

/// `s` ends with `suffix` (lower case), ignoring ASCII case.
fn ends_with_ignoring_case(s: &[u8], suffix: &str) -> bool {
    s.len() >= suffix.len() && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_note_finds_a_phrase_where_a_g_ends_it() {
        // The search starts from a 'g' two bytes before a phrase's end.
        assert!(COVERAGE.iter().all(|page| page.ends_with("ge")));
        for s in [
            "That's where we'll end OUR LIVE COVERAGE for today.",
            "We'll bring you the latest on this page",
            "our coverage",
        ] {
            assert!(coverage_note(s), "{s}");
        }
        for s in [
            "Our coverag",
            "this pag",
            "We paged them",
            "",
            "g",
            "our coverge",
        ] {
            assert!(!coverage_note(s), "{s}");
        }
    }
}
