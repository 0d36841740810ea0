//! Headline grammar: a title line reports an event in the present tense without auxiliaries
//! ("Floods kill 95 in Spain", "Death toll climbs to 95", "Minister resigns after budget row"),
//! so the verb lexicon of prose sentences misses its verb and would take it for a heading.
//!
//! A word after the headline's subject is its verb when it is a news verb (listed below, in any
//! of its forms but the `-ing` participle, which needs an auxiliary: "Rescuers trying to reach…"
//! is a subhead) or when it is followed by a figure ("Police arrest 3", "toll soars to 95").

use crate::extract::wordlist::Filter;

/// Verbs of news events, as headlines use them (base forms; `-s`, `-es`, `-ies`, `-ed` forms
/// are recognised too), and the verbs of a source that ends one ("…, study finds", "…, figures
/// show", "…, ONS says"). General English, not words of any particular article.
const NEWS_VERBS: &[&str] = &[
    "accuse", "admit", "agree", "announce", "appoint", "approve", "arrest", "attack", "back",
    "ban", "beat", "blame", "block", "bomb", "boost", "call", "capture", "charge", "claim",
    "climb", "close", "collapse", "condemn", "confirm", "convict", "crash", "cut", "damage",
    "declare", "deny", "destroy", "detain", "die", "dip", "double", "drop", "ease", "elect", "end",
    "erupt", "evacuate", "exceed", "expel", "extend", "face", "fall", "find", "fine", "fire",
    "flee", "flood", "free", "halt", "hike", "hit", "impose", "injure", "jail", "jump", "kill",
    "launch", "lift", "lose", "miss", "name", "oust", "pass", "plead", "pledge", "plunge", "probe",
    "quit", "raise", "reach", "recall", "record", "reject", "release", "rescue", "resign",
    "respond", "reveal", "rise", "sack", "say", "seize", "sentence", "shell", "shoot", "show",
    "shut", "sign", "sink", "slash", "slump", "soar", "stab", "strike", "sue", "suggest", "surge",
    "surpass", "suspend", "threaten", "top", "triple", "tumble", "unveil", "upgrade", "urge",
    "vote", "vow", "warn", "weaken", "win", "wound",
];

/// Irregular past participles of news events, as headlines use them for the passive ("6 held
/// after raids", "2 tonnes of cocaine found in banana boxes", "Deal struck on pay"): the
/// regular forms are read from [`NEWS_VERBS`].
const IRREGULAR_PARTICIPLES: &[&str] = &["caught", "fled", "found", "held", "stolen", "struck"];

/// Where the news verbs of each initial `a` to `z` start in [`NEWS_VERBS`] (sorted), and where
/// the last ones end.
const INITIALS: [usize; 27] = {
    let mut at = [NEWS_VERBS.len(); 27];
    let mut i = NEWS_VERBS.len();
    while i > 0 {
        i -= 1;
        let initial = (NEWS_VERBS[i].as_bytes()[0] - b'a') as usize;
        let mut c = 0;
        while c <= initial {
            at[c] = i;
            c += 1;
        }
    }
    at
};

/// The news verbs with the initial of `word` (none when it does not start with `a` to `z`): a
/// handful to compare instead of a binary search over them all.
fn news_verbs_from(word: &str) -> &'static [&'static str] {
    match word.as_bytes().first() {
        Some(&c @ b'a'..=b'z') => {
            let c = (c - b'a') as usize;
            &NEWS_VERBS[INITIALS[c]..INITIALS[c + 1]]
        }
        _ => &[],
    }
}

/// Words after which a news verb's form is a noun ("a strike", "after attack") or an
/// infinitive ("to reach").
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "after", "before",
    "over", "under", "about", "than", "as", "against", "amid", "despite", "without",
];

/// `word` is one of [`NOT_BEFORE_VERB`]: a filter of lengths and first letters turns most
/// words away before the list is searched (asked of nearly every word of a title line).
fn not_before_verb(word: &str) -> bool {
    static FILTER: Filter = Filter::of(NOT_BEFORE_VERB);
    FILTER.admits(word.as_bytes()) && NOT_BEFORE_VERB.contains(&word)
}

/// Words before a figure that are not verbs: prepositions and quantity words ("since 1900",
/// "up to 30", "at least 5", "nearly 40").
const NOT_VERB_BEFORE_FIGURE: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "after", "before", "over",
    "under", "about", "than", "as", "since", "until", "till", "up", "least", "most", "nearly",
    "almost", "around", "some", "only", "just", "and", "or", "the", "a", "an", "all", "top",
    "past", "above", "below", "per", "between", "within", "near", "roughly",
];

/// `word` is one of [`NOT_VERB_BEFORE_FIGURE`], as [`not_before_verb`] tells its list.
fn not_verb_before_figure(word: &str) -> bool {
    static FILTER: Filter = Filter::of(NOT_VERB_BEFORE_FIGURE);
    FILTER.admits(word.as_bytes()) && NOT_VERB_BEFORE_FIGURE.contains(&word)
}

/// Words that lead a figure after a verb ("climbs to 95", "rises by 5", "soars past 100").
const FIGURE_LEADS: &[&str] = &["to", "by", "past", "above", "over", "near", "beyond"];

/// Whether the title line `line` has a finite verb in headline grammar.
///
/// It runs on every short line without a final stop, so it walks the words without collecting
/// them and lower-cases ASCII words on the stack ([`with_lower`]).
pub fn has_headline_verb(line: &str) -> bool {
    // Whether every word is capitalised or a function word: decided once, when a capitalised
    // word first needs it.
    let mut title_case = None;
    let mut words = line.split_whitespace();
    let Some(mut previous) = words.next() else {
        return false;
    };
    while let Some(raw) = words.next() {
        // `words` now holds the words after `raw`.
        let word = bare(raw);
        // A capitalised word is a verb only in a title-case line ("Bank of England Raises Rates").
        let case_fits = !raw.starts_with(char::is_uppercase)
            || *title_case.get_or_insert_with(|| is_title_case(line));
        let candidate = !word.is_empty()
            && word.chars().all(|c| c.is_alphabetic())
            && case_fits
            && !previous.ends_with([':', ',', ';'])
            && !raw.ends_with([':', ','])
            && !with_lower(bare(previous), not_before_verb);
        if candidate
            && with_lower(word, |lower| {
                let mut next = words.clone();
                is_news_verb(lower) && !noun_after_modifier(lower, previous)
                    || before_figure(lower, next.next(), next.next())
                        && !(raw.starts_with(char::is_uppercase) && names_figure(lower))
            })
        {
            return true;
        }
        previous = raw;
    }
    false
}

/// Every word of `line` that starts with a letter is capitalised or a function word.
fn is_title_case(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .all(|w| w.starts_with(char::is_uppercase) || not_before_verb(bare(w)))
}

/// `f` of `word.to_lowercase()`; an ASCII word is lower-cased in a buffer on the stack (ASCII
/// lower case is what `to_lowercase` gives it).
fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 24];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).expect("ASCII"))
        }
        _ => f(&word.to_lowercase()),
    }
}

/// The word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A form of a listed news verb: the base, `-s`, `-es`, `-ies`, `-ed`, `-d`, `-ied`, or a
/// doubled consonant before `-ed` ("dropped").
fn is_news_verb(word: &str) -> bool {
    let listed = |base: &str| news_verbs_from(base).contains(&base);
    let strip = |suffix: &str| word.strip_suffix(suffix);
    listed(word)
        || IRREGULAR_PARTICIPLES.contains(&word)
        || strip("s").is_some_and(listed)
        || strip("es").is_some_and(listed)
        || strip("d").is_some_and(listed)
        || strip("ed").is_some_and(listed)
        || ["ies", "ied"]
            .iter()
            .any(|s| strip(s).is_some_and(|stem| listed(&format!("{stem}y"))))
        || strip("ed").is_some_and(|stem| {
            let b = stem.as_bytes();
            b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] && listed(&stem[..stem.len() - 1])
        })
}

/// Endings of adjectives ("statistical", "historic", "weekly"): no plural subject has them.
const MODIFIER_ENDINGS: [&str; 7] = ["al", "ic", "ive", "ous", "ful", "ary", "ly"];

/// The base form of a news verb (`word`, lower case) after a word of [`MODIFIER_ENDINGS`] is a
/// noun ("Statistical Release", "General strike"): a verb after an adjective or a singular
/// noun would take `-s` in headline grammar ("Hospital closes").
fn noun_after_modifier(word: &str, previous: &str) -> bool {
    let previous = bare(previous).as_bytes();
    previous.len() >= 5
        && news_verbs_from(word).contains(&word)
        && MODIFIER_ENDINGS
            .iter()
            .any(|end| previous[previous.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes()))
}

/// A lower-case word directly before a figure, or before "to"/"by" and a figure, that is no
/// preposition or quantity word: "kill 95", "arrest 3", "soars to 95". `next` and `after` are
/// the two words after it.
fn before_figure(word: &str, next: Option<&str>, after: Option<&str>) -> bool {
    if word.len() < 3 || not_verb_before_figure(word) {
        return false;
    }
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    match (next, after) {
        (Some(next), _) if figure(next) => true,
        (Some(lead), Some(next)) => FIGURE_LEADS.contains(&lead) && figure(next),
        _ => false,
    }
}

/// A capitalised word before a figure that names or dates the figure rather than acting on it:
/// a label ("SEASON 2 EPISODE 4", "Flight 17", "Chapter 3") or a month ("APRIL 22"). Asked only
/// once a word stands before a figure.
fn names_figure(lower: &str) -> bool {
    crate::extract::numbers::is_label(lower)
        || crate::extract::dates::is_calendar_name_any_case(lower)
}

/// Whether the title line `line` reports an event: it has a verb in headline grammar
/// ([`has_headline_verb`]) or states a toll ([`toll`]).
pub fn reports_event(line: &str) -> bool {
    has_headline_verb(line) || toll(line)
}

/// Words of harm that state a toll after a figure, the verb left out as headlines do ("Six
/// [are] dead", "20 [were] hurt").
const HARM: &[&str] = &[
    "dead",
    "killed",
    "hurt",
    "injured",
    "wounded",
    "missing",
    "displaced",
    "evacuated",
    "arrested",
];

/// Words that may follow a toll: a preposition or conjunction opening what happened ("in Paris
/// shooting", "after boat capsizes", "as storm hits").
const AFTER_TOLL: &[&str] = &[
    "in",
    "at",
    "on",
    "after",
    "as",
    "near",
    "from",
    "following",
    "during",
    "amid",
    "when",
    "while",
    "and",
    "or",
    "across",
    "by",
    "since",
    "off",
];

/// Places a toll's people are held in, after "in" ("40 children in hospital", "Three in
/// custody after stabbing"): the state stands for the word of harm.
const HELD_IN: &[&str] = &["hospital", "custody"];

/// A toll in headline grammar: a figure, at most one word ("20 people hurt", "40 CHILDREN IN
/// HOSPITAL"), a word of harm ([`HARM`]) or "in" and a place they are held in ([`HELD_IN`]),
/// then the end of the line, a comma or a preposition ("Six dead in Paris shooting", "At least
/// 30 dead in Nigeria floods", "Hundreds missing after floods", "Measles outbreak: 40 children
/// in hospital"). A figure before a noun the harm word qualifies is a label ("Top 10 Missing
/// Persons Cases").
pub fn toll(line: &str) -> bool {
    let figure = |raw: &str| {
        !raw.ends_with([',', ';', ':', '.'])
            && (raw.starts_with(|c: char| c.is_ascii_digit()) || {
                let last = bare(raw).rsplit('-').next().unwrap_or_default();
                // A number word ("Six", "Dozens", "Hundreds") or "scores".
                with_lower(last, |w| {
                    crate::extract::numbers::words::number_word(w.as_bytes()).is_some()
                        || w == "scores"
                })
            })
    };
    // A word between the figure and the harm: a noun in the line's case ("people", "CHILDREN").
    let noun = |w: &str| {
        (w.bytes().all(|b| b.is_ascii_lowercase()) || w.bytes().all(|b| b.is_ascii_uppercase()))
            && !with_lower(w, not_before_verb)
    };
    // The three words before the current one, and the words after it.
    let (mut earlier, mut before, mut previous) = ("", "", "");
    let mut words = line.split_whitespace();
    while let Some(raw) = words.next() {
        // Harm words are 4 to 9 letters: most words are ruled out by their length.
        let word = if raw.len() >= 4 { bare(raw) } else { "" };
        // "in hospital": the place's "in" stands between the people and it.
        let (harm, held) = if (4..=9).contains(&word.len()) {
            with_lower(word, |w| (HARM.contains(&w), HELD_IN.contains(&w)))
        } else {
            (false, false)
        };
        let held = held && previous.eq_ignore_ascii_case("in");
        if harm || held {
            let (before, previous) = if held {
                (earlier, before)
            } else {
                (before, previous)
            };
            let counted = figure(previous) || figure(before) && noun(previous);
            let ends = raw.ends_with([',', ';', ':', '.'])
                || words.clone().next().is_none_or(|next| {
                    matches!(next, "-" | "–" | "—")
                        || with_lower(bare(next), |w| AFTER_TOLL.contains(&w))
                });
            if counted && ends {
                return true;
            }
        }
        (earlier, before, previous) = (before, previous, raw);
    }
    false
}

/// Headlines QA found rejected as headings: each reports an event (tests here and in `rules`).
#[cfg(test)]
pub(crate) const QA_HEADLINES: [&str; 8] = [
    "Floods kill 95 in Spain",
    "Death toll climbs to 95",
    "Death toll jumps to 95",
    "Death toll reaches 95",
    "Death toll soars to 95",
    "Police arrest 3 after riot",
    "Minister resigns after budget row",
    "Floods in Valencia: death toll climbs to 95",
];

#[cfg(test)]
mod tests;
