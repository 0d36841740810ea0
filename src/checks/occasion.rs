//! When a figure was said, read from its sentence: on another occasion ("earlier this month",
//! "two days later", "last week"), as a total over a period ("this month", "since …", "in
//! total"), in an earlier report ("Earlier, officials had said …"), or as a later update of a
//! figure stated before it ("later", "had risen to").

use super::figures::{Fig, drop_hedges, is_toll, last_words, words};

/// Words that put a sentence before the article's latest news: an earlier report ("Earlier,
/// officials had said 1,200 …") or, without a verb of reporting, an earlier event.
const EARLIER: &[&str] = &["earlier", "initially", "previously", "originally", "first"];

/// The words that make `text` an earlier report of the event ("Earlier, officials had said
/// …", "Initially, police reported …"), if any: a word for earlier and a verb of reporting, and
/// no other occasion ("earlier this month").
pub(crate) fn earlier_report(text: &str) -> Option<String> {
    if specific_occasion(text).is_some() {
        return None;
    }
    let w = words(text);
    let earlier = w.iter().enumerate().find(|(i, x)| {
        // "first" only as "at first".
        EARLIER.contains(&x.as_str()) && (*x != "first" || *i > 0 && w[i - 1] == "at")
    })?;
    let reported = w.iter().find(|x| REPORTED.contains(&x.as_str()))?;
    Some(format!("“{}” … “{reported}”", earlier.1))
}

/// The words of `text` that put it on another occasion than the event reported ("earlier this
/// month", "two days later", "last week", "a separate attack", "earlier" without a report), if
/// any.
pub(crate) fn other_occasion(text: &str) -> Option<String> {
    if let Some(words) = specific_occasion(text) {
        return Some(words);
    }
    if earlier_report(text).is_some() {
        return None;
    }
    words(text).into_iter().find(|x| {
        matches!(
            x.as_str(),
            "earlier" | "previously" | "initially" | "originally"
        )
    })
}

/// The phrases of another occasion: "earlier this month", "two days later", "last week", "it
/// follows …", "in the same region".
fn specific_occasion(text: &str) -> Option<String> {
    let w = words(text);
    for pair in w.windows(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        let hit = matches!(
            (a, b),
            ("earlier", "this")
                | ("last", "week" | "month" | "year" | "weekend")
                | ("previous", "day" | "week" | "month" | "year")
                | (
                    "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years",
                    "later" | "earlier" | "before" | "ago"
                )
                | ("a" | "another", "separate")
                // "It follows Typhoon Mara, which killed 40", "comes after a quake killed …".
                | ("it" | "this", "follows" | "followed")
                | ("comes" | "came", "after")
                // "A quake … killed 40 people in the same region": another event there.
                | (
                    "same",
                    "region" | "district" | "area" | "province" | "county" | "state" | "town"
                )
        );
        if hit {
            return Some(format!("{a} {b}"));
        }
    }
    w.iter()
        .find(|x| matches!(x.as_str(), "ago" | "separately"))
        .cloned()
}

/// The words of `text` that make a figure a total over a period or over several events ("this
/// month", "since …", "in total", "such strikes"), if any.
pub(crate) fn period_total(text: &str) -> Option<String> {
    let w = words(text);
    for pair in w.windows(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        // "so far this year" is a period; "so far" alone is the toll of the event until now.
        let hit = matches!(
            (a, b),
            ("this", "month" | "week" | "year") | ("in", "total" | "all")
        ) || (a == "such" && b != "as" && b.ends_with('s'));
        if hit {
            return Some(format!("{a} {b}"));
        }
    }
    // "since the war began" is a period; "the toll has since climbed" is not.
    let adverb = |i: usize| i > 0 && matches!(w[i - 1].as_str(), "has" | "have" | "had");
    w.iter()
        .enumerate()
        .find(|(i, x)| {
            matches!(x.as_str(), "altogether" | "cumulative") || (*x == "since" && !adverb(*i))
        })
        .map(|(_, x)| x.clone())
}

/// Verbs that move a toll: "the toll had risen to 15", "was revised down to 10".
const MOVED: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "climbed",
    "climbs",
    "climb",
    "increased",
    "increases",
    "jumped",
    "jumps",
    "grew",
    "grown",
    "revised",
    "updated",
    "raised",
    "fell",
    "fallen",
    "dropped",
    "lowered",
    "corrected",
    "reached",
    "reaches",
    "hit",
    "soared",
    "surged",
    "stands",
    "stood",
];

/// Verbs that report a figure ("later he said …").
const REPORTED: &[&str] = &[
    "said",
    "say",
    "says",
    "reported",
    "reports",
    "confirmed",
    "confirms",
    "announced",
    "told",
    "put",
    "puts",
    "gave",
    "gives",
];

/// The words that make `f` a later update of a figure stated before it ("later … had risen
/// to", "the toll now stands at"), if any.
pub(crate) fn update(f: &Fig) -> Option<String> {
    let mut before = last_words(f.before(), 8);
    drop_hedges(&mut before, &[]);
    // "had risen to 15", "stood at 15"; "reached 15" only of a toll ("the toll reached 15").
    let moved = before
        .iter()
        .rposition(|w| MOVED.contains(&w.as_str()))
        .filter(|&v| match &before[v + 1..] {
            [] => is_toll(f),
            [w] => w == "to" || w == "at",
            _ => false,
        });
    let sentence = words(&f.claim.text);
    let later = sentence
        .iter()
        .find(|w| {
            matches!(
                w.as_str(),
                "later" | "now" | "latest" | "updated" | "revised"
            )
        })
        // "two days later" is another occasion, not a later word on the same one.
        .filter(|_| other_occasion(&f.claim.text).is_none());
    // "Later he said 15 …": a later word and a report of it.
    let reported = sentence.iter().find(|w| REPORTED.contains(&w.as_str()));
    match (later, moved) {
        (Some(l), Some(v)) => Some(format!("“{l}” … “{}”", before[v..].join(" "))),
        (None, Some(v)) => Some(format!("“{}”", before[v..].join(" "))),
        (Some(l), None) if is_toll(f) => Some(format!("“{l}”")),
        (Some(l), None) => reported.map(|r| format!("“{l}” … “{r}”")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_other_occasions_and_period_totals() {
        assert_eq!(
            other_occasion("Earlier this month, 9 people were killed in a strike on Odesa.")
                .as_deref(),
            Some("earlier this")
        );
        assert_eq!(
            other_occasion("Another 5 died in Dnipro two days later.").as_deref(),
            Some("days later")
        );
        assert!(other_occasion("Later he said the toll had risen to 15 dead.").is_none());
        assert_eq!(
            period_total("bringing the total killed in such strikes this month to 16.").as_deref(),
            Some("such strikes")
        );
        assert_eq!(
            period_total("In total, 40 people died.").as_deref(),
            Some("in total")
        );
        assert!(period_total("So far, 12 people have died, police said.").is_none());
        assert!(period_total("The strike killed 14 people on Tuesday.").is_none());
        assert_eq!(
            period_total("Since the war began, 60 people have died.").as_deref(),
            Some("since")
        );
        assert!(period_total("The toll has since climbed to 15.").is_none());
    }

    #[test]
    fn reads_earlier_reports() {
        assert_eq!(
            earlier_report("Earlier, officials had said 1,200 people were killed.").as_deref(),
            Some("“earlier” … “said”")
        );
        assert!(earlier_report("Earlier, a strike killed 9 people.").is_none());
        assert!(other_occasion("Earlier, a strike killed 9 people.").is_some());
        assert!(earlier_report("Earlier this month, officials said 9 were killed.").is_none());
    }
}
