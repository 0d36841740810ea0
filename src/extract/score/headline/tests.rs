use super::*;

#[test]
fn the_lists_are_sorted_for_binary_search() {
    assert!(NEWS_VERBS.windows(2).all(|w| w[0] < w[1]));
}

/// The first version, which collects the words and lower-cases them on the heap: the
/// specification of [`has_headline_verb`].
mod plain {
    use super::super::{
        FIGURE_LEADS, IRREGULAR_PARTICIPLES, NEWS_VERBS, NOT_BEFORE_VERB, NOT_VERB_BEFORE_FIGURE,
    };

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
                    && !(capital && super::super::names_figure(&lower))
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
        "SEASON 2 EPISODE 4",
        "Fans hold 3 vigils; 4 held",
        "Airline cancels Flight 17",
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
        // QA round 21, item L-9: irregular participles in the passive.
        "4 HELD IN DAWN RAIDS",
        "£80M COCAINE HAUL: 6 HELD AFTER DAWN RAIDS",
        "2 TONNES OF COCAINE FOUND IN BANANA BOXES",
        "Deal struck on pay",
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
        // QA round 21, item L-9: people held in hospital or custody, any case.
        "MEASLES OUTBREAK: 40 CHILDREN IN HOSPITAL",
        "Measles outbreak: 40 children in hospital",
        "Three in custody after stabbing",
        "20 PEOPLE DEAD",
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
        "Top 10 in hospital league tables",
        "In hospital 3 times",
        "5 Things In Hospital",
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
        // QA round 21, item L-9: a capitalised label or month before a figure names or
        // dates it.
        "SEASON 2 EPISODE 4",
        "Season 2 Episode 4",
        "PART 2 OF 3",
        "CHAPTER 3: THE RAID",
        "WORLD NEWS | APRIL 22, 2026",
    ] {
        assert!(!has_headline_verb(line), "{line}");
    }
}
