//! Headline grammar: a title line reports an event in the present tense without auxiliaries
//! ("Floods kill 95 in Spain", "Death toll climbs to 95", "Minister resigns after budget row"),
//! so the verb lexicon of prose sentences misses its verb and would take it for a heading.
//!
//! A word after the headline's subject is its verb when it is a news verb (listed below, in any
//! of its forms but the `-ing` participle, which needs an auxiliary: "Rescuers trying to reach…"
//! is a subhead) or when it is followed by a figure ("Police arrest 3", "toll soars to 95").

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

/// Words before a figure that are not verbs: prepositions and quantity words ("since 1900",
/// "up to 30", "at least 5", "nearly 40").
const NOT_VERB_BEFORE_FIGURE: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "after", "before", "over",
    "under", "about", "than", "as", "since", "until", "till", "up", "least", "most", "nearly",
    "almost", "around", "some", "only", "just", "and", "or", "the", "a", "an", "all", "top",
    "past", "above", "below", "per", "between", "within", "near", "roughly",
];

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
            && !with_lower(bare(previous), |w| NOT_BEFORE_VERB.contains(&w));
        if candidate
            && with_lower(word, |lower| {
                let mut next = words.clone();
                is_news_verb(lower) && !noun_after_modifier(lower, previous)
                    || before_figure(lower, next.next(), next.next())
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
        .all(|w| w.starts_with(char::is_uppercase) || NOT_BEFORE_VERB.contains(&bare(w)))
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
    if word.len() < 3 || NOT_VERB_BEFORE_FIGURE.contains(&word) {
        return false;
    }
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    match (next, after) {
        (Some(next), _) if figure(next) => true,
        (Some(lead), Some(next)) => FIGURE_LEADS.contains(&lead) && figure(next),
        _ => false,
    }
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

/// A toll in headline grammar: a figure, at most one word ("20 people hurt"), a word of harm
/// ([`HARM`]), then the end of the line, a comma or a preposition ("Six dead in Paris
/// shooting", "At least 30 dead in Nigeria floods", "Hundreds missing after floods"). A figure
/// before a noun the harm word qualifies is a label ("Top 10 Missing Persons Cases").
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
    // The two words before the current one, and the words after it.
    let (mut before, mut previous) = ("", "");
    let mut words = line.split_whitespace();
    while let Some(raw) = words.next() {
        // Harm words are 4 to 9 letters: most words are ruled out by their length.
        let word = if raw.len() >= 4 { bare(raw) } else { "" };
        if (4..=9).contains(&word.len()) && with_lower(word, |w| HARM.contains(&w)) {
            let counted = figure(previous)
                || figure(before)
                    && previous.bytes().all(|b| b.is_ascii_lowercase())
                    && !NOT_BEFORE_VERB.contains(&previous);
            let ends = raw.ends_with([',', ';', ':', '.'])
                || words.clone().next().is_none_or(|next| {
                    matches!(next, "-" | "–" | "—")
                        || with_lower(bare(next), |w| AFTER_TOLL.contains(&w))
                });
            if counted && ends {
                return true;
            }
        }
        (before, previous) = (previous, raw);
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
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_for_binary_search() {
        assert!(NEWS_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    /// The first version, which collects the words and lower-cases them on the heap: the
    /// specification of [`has_headline_verb`].
    mod plain {
        use super::super::{FIGURE_LEADS, NEWS_VERBS, NOT_BEFORE_VERB, NOT_VERB_BEFORE_FIGURE};

        /// Whether the title line `line` has a finite verb in headline grammar.
        pub(super) fn has_headline_verb(line: &str) -> bool {
            let words: Vec<&str> = line.split_whitespace().collect();
            let alphabetic = words.iter().filter(|w| w.starts_with(char::is_alphabetic));
            let title_case = alphabetic
                .clone()
                .all(|w| w.starts_with(char::is_uppercase) || NOT_BEFORE_VERB.contains(&bare(w)));
            (1..words.len()).any(|i| {
                let raw = words[i];
                let word = bare(raw);
                let previous = words[i - 1];
                let capital = raw.starts_with(char::is_uppercase);
                if word.is_empty()
                    || !word.chars().all(|c| c.is_alphabetic())
                    || capital && !title_case
                    || previous.ends_with([':', ',', ';'])
                    || raw.ends_with([':', ','])
                    || NOT_BEFORE_VERB.contains(&bare(previous).to_lowercase().as_str())
                {
                    return false;
                }
                let lower = word.to_lowercase();
                is_news_verb(&lower) && !super::super::noun_after_modifier(&lower, previous)
                    || before_figure(&lower, &words[i + 1..])
            })
        }

        /// The word without the punctuation around it.
        fn bare(word: &str) -> &str {
            word.trim_matches(|c: char| !c.is_alphanumeric())
        }

        /// A form of a listed news verb: the base, `-s`, `-es`, `-ies`, `-ed`, `-d`, `-ied`, or a
        /// doubled consonant before `-ed` ("dropped").
        fn is_news_verb(word: &str) -> bool {
            let listed = |base: &str| NEWS_VERBS.binary_search(&base).is_ok();
            let strip = |suffix: &str| word.strip_suffix(suffix);
            listed(word)
                || strip("s").is_some_and(listed)
                || strip("es").is_some_and(listed)
                || strip("d").is_some_and(listed)
                || strip("ed").is_some_and(listed)
                || ["ies", "ied"]
                    .iter()
                    .any(|s| strip(s).is_some_and(|stem| listed(&format!("{stem}y"))))
                || strip("ed").is_some_and(|stem| {
                    let b = stem.as_bytes();
                    b.len() > 2
                        && b[b.len() - 1] == b[b.len() - 2]
                        && listed(&stem[..stem.len() - 1])
                })
        }

        /// A lower-case word directly before a figure, or before "to"/"by" and a figure, that is no
        /// preposition or quantity word: "kill 95", "arrest 3", "soars to 95".
        fn before_figure(word: &str, rest: &[&str]) -> bool {
            if word.len() < 3 || NOT_VERB_BEFORE_FIGURE.contains(&word) {
                return false;
            }
            let figure = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit());
            match rest {
                [next, ..] if figure(next) => true,
                [lead, next, ..] => FIGURE_LEADS.contains(lead) && figure(next),
                _ => false,
            }
        }
    }

    #[test]
    fn each_news_verb_is_found_under_its_initial() {
        for v in NEWS_VERBS {
            assert!(news_verbs_from(v).contains(v), "{v}");
            assert!(news_verbs_from(v).iter().all(|w| w[..1] == v[..1]), "{v}");
        }
        assert!(news_verbs_from("").is_empty() && news_verbs_from("Élan").is_empty());
        let total: usize = (b'a'..=b'z')
            .map(|c| news_verbs_from(&(c as char).to_string()).len())
            .sum();
        assert_eq!(total, NEWS_VERBS.len());
    }

    #[test]
    fn agrees_with_the_plain_version() {
        let lines = crate::extract::score::test_lines();
        let extra = [
            "Death toll soars past 100",
            "Police ARREST 3 after riot",
            "Prices Rise by 5",
            "Storms batter coast, kill 3",
            "Kelvin \u{212a}ills 3",
            "İstanbul İlçe Raises Rates",
            "Floods: toll climbs to 95",
            "Toll climbs to",
            "Bank carries out",
            "Prices dipped; rates dropped 2",
        ];
        for line in lines.iter().copied().chain(extra) {
            // Every line, and its first words as a title line.
            let short: String = line
                .split_whitespace()
                .take(8)
                .collect::<Vec<_>>()
                .join(" ");
            for l in [line, line.trim(), short.as_str()] {
                assert_eq!(has_headline_verb(l), plain::has_headline_verb(l), "{l}");
            }
        }
    }

    #[test]
    fn headlines_of_events_have_verbs() {
        // QA's headlines: each reports an event.
        for line in QA_HEADLINES.into_iter().chain([
            "Five arrested after riot",
            "Bank of England Raises Rates",
            "Government denies report",
            // The source after the news, in headline grammar.
            "Measles cases in England at highest level in a decade, study finds",
            "Inflation at 18-month low, figures show",
            "Most voters back ban, poll suggests",
            // QA round 11, item 21: a live blog's entry headlines.
            "Power outages top 1.5 million",
            "Delia weakens to Category 3",
            // QA round 20, item I-11; the -s form after an adjective's ending stays a verb.
            "Ollie's on fire as £50m flop Solanke misses sitter",
            "Local hospital closes",
        ]) {
            assert!(has_headline_verb(line), "{line}");
        }
    }

    #[test]
    fn tolls_report_events() {
        for line in [
            "Six dead in Paris shooting",
            "20 hurt in Paris shooting",
            "At least 30 dead in Nigeria floods",
            "Hundreds missing after floods",
            "Three people killed as storm hits coast",
            "SIX DEAD IN PARIS SHOOTING",
            "Twenty-five wounded",
            "12 arrested, 4 injured",
            "Dozens displaced by wildfire",
        ] {
            assert!(toll(line) && reports_event(line), "{line}");
        }
        for line in [
            "Top 10 Missing Persons Cases",
            "Dead Sea scrolls",
            "Paris shooting: the dead and the missing",
            "Missing 3 times",
            "Six things to know about the injured",
            "The dead of 1914",
            "2 Dead Men Walking",
            "Injured players list",
        ] {
            assert!(!toll(line), "{line}");
        }
    }

    #[test]
    fn headings_and_subheads_have_none() {
        for line in [
            "Rescuers trying to reach those still trapped",
            "Five things to know about the war",
            "'Battlefield after bombardment'",
            "Italy's deadliest earthquakes since 1900",
            "Listen to this article (4 min)",
            "Related Articles",
            "The strike on Kharkiv",
            "Comments (43)",
            "Tags: earthquake, Italy, Amatrice",
            // QA round 20, item I-10: a noun after an adjective.
            "Statistical Release",
            "General strike in France",
        ] {
            assert!(!has_headline_verb(line), "{line}");
        }
    }
}
