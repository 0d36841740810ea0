//! The words the headline check reads around a figure: subjects of money and percentages,
//! verbs of change and of passing a mark, another period, another named thing.

use super::super::figures::{Fig, first_words, last_words, singular, words};
use crate::claim::Measure;

pub(super) const SUBJECTS: &[&str] = &[
    "revenue",
    "sale",
    "turnover",
    "profit",
    "income",
    "earning",
    "loss",
    "ebitda",
    "price",
    "median",
    "average",
    "rent",
    "wage",
    "salary",
    "pay",
    "cost",
    "budget",
    "deficit",
    "surplus",
    "debt",
    "spending",
    "funding",
    "valuation",
    "fine",
    "penalty",
    "settlement",
    "bonus",
    "dividend",
    "turnout",
    "unemployment",
    "inflation",
    "approval",
    "margin",
    "yield",
    "gdp",
    "rate",
];

/// Words before a subject that say nothing of which one it is ("said revenue", "its quarterly
/// revenue"); any other word ("gaming revenue", "data-center revenue") names a part, and must
/// be in the other sentence too.
pub(super) const FUNCTION: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "s",
    "of",
    "for",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "and",
    "or",
    "but",
    "as",
    "after",
    "while",
    "when",
    "said",
    "says",
    "reported",
    "reports",
    "posted",
    "posts",
    "had",
    "has",
    "have",
    "was",
    "is",
    "were",
    "are",
    "total",
    "overall",
    "statewide",
    "nationwide",
    "final",
    "official",
    "quarterly",
    "annual",
    "record",
    "where",
    "which",
    "company",
    "group",
    "firm",
];

/// Words before a figure that make it a forecast, an estimate or a wish, not a level stated
/// (besides [`is_forecast`]'s).
pub(super) const WISHED: &[&str] = &[
    "forecasts",
    "expects",
    "expect",
    "sees",
    "projects",
    "predicts",
    "eyes",
    "targets",
    "target",
    "aims",
    "plans",
    "outlook",
    "guidance",
    "estimate",
    "estimates",
    "consensus",
    "expectations",
    "need",
    "needs",
    "want",
    "wants",
    "hope",
    "hopes",
    "goal",
];

/// Verbs of passing a mark that the extractor leaves unhedged ("Cholera cases top 14,000").
pub(super) const PASSING: &[&str] = &[
    "top", "pass", "passes", "passed", "cross", "crosses", "crossed",
];

/// Verbs or adverbs right before a figure that make it a change ("rose 18%", "up 9%").
pub(super) const CHANGE_BEFORE: &[&str] = &[
    "up",
    "down",
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "gained",
    "gain",
    "gains",
    "lost",
    "dropped",
    "drop",
    "drops",
    "increased",
    "decreased",
    "grew",
    "grow",
    "grows",
    "declined",
    "slipped",
    "slid",
    "surged",
    "surge",
    "surges",
    "plunged",
    "tumbled",
    "soared",
    "sank",
    "edged",
    "added",
    "shed",
];

/// Verbs before "by" that make the figure a change ("her lead grew by 12,000", "widened by"),
/// besides [`CHANGE_BEFORE`]'s.
pub(super) const BY_CHANGE: &[&str] = &[
    "widened",
    "narrowed",
    "shrank",
    "expanded",
    "increased",
    "decreased",
    "cut",
    "trimmed",
    "extended",
    "reduced",
    "grown",
    "risen",
    "fallen",
];

/// Words right after a figure that make it a change ("2.1% higher", "a 19% increase").
pub(super) const CHANGE_AFTER: &[&str] = &[
    "higher", "lower", "more", "less", "increase", "decrease", "rise", "drop", "fall", "gain",
    "jump", "decline", "up", "down", "above", "below",
];

/// Verbs of winning or losing before "by": "wins by 54,000 votes" states a margin.
pub(crate) const WON: &[&str] = &[
    "win", "wins", "won", "winning", "lead", "leads", "led", "leading", "beat", "beats", "beating",
    "defeated", "defeats", "carried", "lost", "loses", "losing", "ahead", "trails", "trailed",
    "trailing",
];

/// Words that tell which of several counts of one thing a figure is ("296 homes destroyed",
/// "57 damaged"; "confirmed" and "suspected" cases).
pub(super) const STATUS: &[&str] = &[
    "destroyed",
    "damaged",
    "threatened",
    "confirmed",
    "suspected",
    "probable",
    "new",
    "active",
];

/// A figure that is only part of what it counts: "including 3", "another 22", "12 of the 15
/// counties" (a share, "68.4% of the voters", is whole).
pub(super) fn part(f: &Fig, measure: Measure) -> bool {
    let before = last_words(f.before(), 2);
    let partial = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "including" | "another" | "further" | "additional" | "among" | "only"
        )
    });
    let of_a_whole = first_words(f.after(), 1)
        .first()
        .is_some_and(|w| w == "of" || w == "out");
    partial || of_a_whole && measure != Measure::Percent
}

/// An odd number of quotation marks before the figure: it is inside a quotation.
pub(super) fn quoted(before: &str) -> bool {
    before
        .chars()
        .filter(|c| matches!(c, '"' | '“' | '”'))
        .count()
        % 2
        == 1
}

/// The figure's own words name another period: a year, "a year ago", "last year", "earlier",
/// before it (back to the previous figure, at most eight words) or after it (up to the next
/// figure, at most six words).
pub(super) fn other_period(f: &Fig) -> bool {
    let (before, after) = (f.before(), f.after());
    let from = previous_figure_end(f);
    let to = next_figure_start(f);
    let (Some(back), Some(ahead)) = (before.get(from..), after.get(..to)) else {
        return false;
    };
    // "to $14.6 billion from last year's $12.9 billion": the words after "from" are the next
    // figure's.
    let ahead = &ahead[..another_figures_words(ahead)];
    let near: Vec<String> = last_words(back, 8)
        .into_iter()
        .chain(first_words(ahead, 6))
        .collect();
    let named = near.windows(2).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            (
                "last" | "previous" | "prior" | "this",
                "year" | "month" | "week" | "quarter"
            ) | ("so", "far")
                | ("in", "total")
                | (
                    "year" | "month" | "week" | "quarter",
                    "ago" | "earlier" | "before"
                )
        )
    }) || near.iter().any(|w| {
        matches!(
            w.as_str(),
            "ago" | "earlier" | "previously" | "later" | "separately"
        )
    });
    // A year written in those words ("in November 2024", "In 2024, revenue was …").
    let tail = back
        .char_indices()
        .rev()
        .nth(59)
        .map_or(back, |(i, _)| &back[i..]);
    let head = ahead
        .char_indices()
        .nth(40)
        .map_or(ahead, |(i, _)| &ahead[..i]);
    named || names_year(tail) || names_year(head) || from == 0 && names_year(first_clause(back))
}

/// The figure's clause and the sentence's opening one: the places and days said of it ("In
/// Texas, the median price was …"), not those of an attribution ("…, according to the Arizona
/// Secretary of State's office").
pub(super) fn own_clauses(f: &Fig) -> String {
    let (before, after) = (f.before(), f.after());
    let from = before.rfind([',', ';']).map_or(0, |i| i + 1);
    let to = after.find([',', ';']).unwrap_or(after.len());
    let clause = &f.claim.text[from..f.le + to];
    match from {
        0 => clause.to_string(),
        _ => format!("{}, {clause}", first_clause(before)),
    }
}

/// The sentence's opening clause, up to its first comma ("In 2024, …").
fn first_clause(text: &str) -> &str {
    text.split(',').next().unwrap_or(text)
}

/// Words for a vote before "turnout": they name no part of it.
const VOTES: &[&str] = &["election", "vote", "poll", "referendum", "voter", "ballot"];

/// `text` holds a year as four digits (1900–2099) standing alone.
fn names_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// The subject of a sum of money or a percentage: the run of [`SUBJECTS`] nearest before it in
/// its sentence (not past a figure of its measure), else right after it ("$14.6 billion in
/// revenue"); with the word before the run, when that word names a part.
pub(super) fn subject(f: &Fig) -> (Vec<String>, Option<String>) {
    let before = words(f.before());
    let near: Vec<String> = before.iter().rev().take(18).map(|w| singular(w)).collect();
    let is_subject = |w: &str| SUBJECTS.contains(&w);
    if let Some(end) = near.iter().position(|w| is_subject(w)) {
        let len = near[end..].iter().take_while(|w| is_subject(w)).count();
        let mut run: Vec<String> = near[end..end + len].to_vec();
        run.reverse();
        // "Samsung's revenue": the possessor.
        let at = end + len + usize::from(near.get(end + len).is_some_and(|w| w == "s"));
        // "HDZ wins Croatia vote; turnout hits 61%": a word past a semicolon or colon is
        // another clause's, no part.
        let in_clause = words(f.before().rsplit([';', ':']).next().unwrap_or("")).len();
        // "Croatia election turnout": turnout is a vote's, whichever word names the vote.
        let names_the_vote = |w: &str| run == ["turnout"] && VOTES.contains(&w);
        let modifier = near
            .get(at)
            .filter(|w| at < in_clause && !FUNCTION.contains(&w.as_str()) && !names_the_vote(w))
            .cloned();
        return (run, modifier);
    }
    let after: Vec<String> = first_words(f.after(), 3)
        .iter()
        .map(|w| singular(w))
        .collect();
    match after.iter().position(|w| is_subject(w)) {
        Some(k) => {
            let modifier = k
                .checked_sub(1)
                .map(|m| after[m].clone())
                .filter(|w| !FUNCTION.contains(&w.as_str()));
            (vec![after[k].clone()], modifier)
        }
        None => (Vec::new(), None),
    }
}

/// Capitalised names of two words or more ("Ridgeline Fire"), without an opening "The".
fn names(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for (k, w) in text.split_whitespace().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        let opening = k == 0 && matches!(bare, "The" | "A" | "An");
        if capital && !opening {
            run.push(bare);
        }
        if !capital || opening || bare.len() != w.len() {
            if run.len() >= 2 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
        }
    }
    if run.len() >= 2 {
        out.push(run);
    }
    out
}

/// The body sentence names another thing of the headline's kind: "The nearby Mosquito Fire"
/// against the headline's "Ridgeline Fire", which it does not name.
pub(super) fn names_another(headline: &str, body: &str) -> bool {
    let theirs = names(body);
    names(headline).iter().any(|h| {
        !body.contains(&h.join(" ")) && theirs.iter().any(|b| b.last() == h.last() && b != h)
    })
}

/// Where the figure before `f` in its claim ends (a claim offset, at most `f`'s start), or 0.
pub(super) fn previous_figure_end(f: &Fig) -> usize {
    let offset = |at: usize| at.checked_sub(f.claim.start);
    f.claim
        .quantities
        .iter()
        .filter_map(|q| offset(q.end))
        .filter(|&e| e <= f.ls)
        .max()
        .unwrap_or(0)
}

/// How far after `f` the next figure of its claim starts (an offset into [`Fig::after`]), or the
/// length of what follows `f` when none does.
pub(super) fn next_figure_start(f: &Fig) -> usize {
    let offset = |at: usize| at.checked_sub(f.claim.start);
    f.claim
        .quantities
        .iter()
        .filter_map(|q| offset(q.start))
        .filter(|&s| s >= f.le)
        .min()
        .map_or(f.after().len(), |s| s - f.le)
}

/// Words that open another figure's words ("to $14.6 billion from last year's $12.9 billion").
const ANOTHER_FIGURES: [&str; 5] = [" from ", " than ", " against ", " compared ", " versus "];

/// Where in `ahead` (the words after a figure) another figure's words start: the first of
/// [`ANOTHER_FIGURES`], else its end.
pub(super) fn another_figures_words(ahead: &str) -> usize {
    ANOTHER_FIGURES
        .iter()
        .filter_map(|w| ahead.find(w))
        .min()
        .unwrap_or(ahead.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_two_words_tell_things_of_one_kind_apart() {
        assert!(names_another(
            "Ridgeline Fire grows to 48,000 acres",
            "The nearby Mosquito Fire has burned 12,000 acres."
        ));
        assert!(!names_another(
            "Ridgeline Fire grows to 48,000 acres",
            "The Ridgeline Fire has burned 46,200 acres, Cal Fire said."
        ));
    }
}
