//! A match result is no range: "lost 1-3", "beat Chelsea 2-0", "a 3-1 home win", "voted 52-48",
//! "Liverpool 3 Chelsea 1". The score reads as one figure
//! ([`Measure::Score`](crate::claim::Measure::Score)), its text the whole "1-3", its value the
//! first side's; a range ("aged 18-25", "10-15 people") names no result around it.

use super::figure::is_function_word_any_case;
use super::qualifier::qualifier_span;
use super::units::{self, After};
use crate::extract::dates::month_or_weekday;
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Verbs that report a win or a lead, up to a few words before the score ("beat Real Madrid
/// 2-0"): the winner's goals come first, so the first number is not the smaller.
const WIN_VERBS: WordSet = WordSet::new(&[
    "won",
    "win",
    "wins",
    "beat",
    "beats",
    "beaten",
    "defeated",
    "defeat",
    "defeats",
    "led",
    "leads",
    "edged",
    "thrashed",
    "routed",
    "crushed",
    "downed",
    "stunned",
    "overcame",
    "hammered",
    "drew",
    "draw",
    "draws",
    "ended",
    "finished",
    "beating",
    "winning",
    "defeating",
]);

/// Verbs that report a loss ("lost 1-3", "lost 4-0"). Ranges are written so too ("lose 10-15
/// seats"), so only a score of single digits counts.
const LOSS_VERBS: WordSet = WordSet::new(&[
    "lost", "lose", "loses", "losing", "trailed", "trail", "trails",
]);

/// Verbs that report a vote or a court's decision before its tally ("Senators voted 52-48",
/// "the court ruled 6-3", "passed the bill by 230-201"). A tally may be written either way round
/// ("voted 5-7": the motion failed).
const VOTE_VERBS: WordSet = WordSet::new(&[
    "voted",
    "votes",
    "vote",
    "voting",
    "carried",
    "carries",
    "approved",
    "approves",
    "passed",
    "passes",
    "rejected",
    "rejects",
    "backed",
    "backs",
    "confirmed",
    "confirms",
    "endorsed",
    "adopted",
    "ruled",
    // "narrowed the law, ruling 6-3 that …": the participle tells the same tally.
    "ruling",
    "rules",
    "upheld",
    "overturned",
    "split",
    "failed",
    "fails",
    "defeated",
    // "The board decided 4-3 to close 12 schools."
    "decided",
]);

/// Words that number a thing, not a team's score: "Ward 7 Block 3", "Formula 1 Round 12",
/// "Proposition 1 Measure 2".
const NUMBERED_THINGS: WordSet = WordSet::new(&[
    "ward",
    "block",
    "round",
    "formula",
    "proposition",
    "measure",
    "group",
    "section",
    "chapter",
    "article",
    "route",
    "gate",
    "platform",
    "level",
    "phase",
    "stage",
    "season",
    "episode",
    "part",
    "volume",
    "page",
    "room",
    "floor",
    "line",
    "bus",
    "flight",
    "zone",
    "grade",
    "class",
    "act",
    "scene",
    "item",
    "question",
    "rule",
    "amendment",
    "title",
    "unit",
    "lot",
    "pier",
    "terminal",
    "runway",
    "highway",
    "interstate",
    "channel",
    "lane",
    "exit",
    "tier",
    "category",
    "district",
    "precinct",
    "apollo",
    "windows",
    "iphone",
]);

/// Nouns that name a result, right after the score ("a 3-1 win", "a 2-2 home draw").
const RESULT_NOUNS: WordSet = WordSet::new(&[
    "win",
    "wins",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "loss",
    "losses",
    "draw",
    "draws",
    "lead",
    "scoreline",
    "triumph",
    "thrashing",
    "drubbing",
    "result",
    "aggregate",
    "vote",
    "votes",
    "verdict",
    "verdicts",
    "ruling",
    "rulings",
    "decision",
    "decisions",
    "majority",
    "split",
    "tally",
    "deficit",
    "deficits",
    "tie",
    "stalemate",
    "deadlock",
]);

/// Words after a score that say which side was ahead ("from 2-0 down", "3-1 behind", "12-10
/// ahead", "swung from 5-4 against to 6-3 in favour"): a result, no range.
fn side_ahead(t: &Tokens, first: usize, end: usize) -> bool {
    let next = end + 1;
    let from = first >= 1
        && (t.is_any(first - 1, &["from", "to"])
            || first >= 2 && t.is(first - 1, "a") && t.is(first - 2, "from"));
    t.is_any(next, &["down", "behind", "ahead"])
        || from && t.is_any(next, &["up", "against"])
        || t.is(next, "in") && t.is_any(next + 1, &["favour", "favor"])
}

/// Words between a score and its result noun: "a 3-1 home win", "a 2-0 away victory".
const VENUES: WordSet = WordSet::new(&["home", "away", "comeback", "opening", "final"]);

/// How far before the score a result verb may stand: "beat Real Madrid CF 2-0".
const VERB_REACH: usize = 4;

/// The last token of a score whose first number is the digits at `first..=last`, when a
/// result is told around it: the second number, glued by a dash.
pub(super) fn score_end(t: &Tokens, first: usize, last: usize) -> Option<usize> {
    let small = |k: usize| t.kind(k) == Some(TokKind::Digits) && t.str(k).len() <= 3;
    let single = first == last && small(first);
    if !single || !t.is_joining_hyphen(last + 1) || !small(last + 2) {
        return None;
    }
    let end = last + 2;
    if t.is_dash(end + 1) {
        return None;
    }
    let mut next = end + 1;
    if t.is_in(next, &VENUES) {
        next += 1;
    }
    if t.is_in(next, &RESULT_NOUNS) || side_ahead(t, first, end) || results_pair(t, first, end) {
        return Some(end);
    }
    // "voted 10-15 times": how often, a range ("times" is no unit).
    if t.is(end + 1, "times") {
        return None;
    }
    // "lost 10-15 percent", "won 3-4 seats": a unit after the pair makes it a range.
    if matches!(units::after(t, end + 1), After::Unit(_)) {
        return None;
    }
    let (a, b) = (t.str(first), t.str(end));
    let value = |s: &str| s.parse::<u32>().unwrap_or(0);
    let reach = first.saturating_sub(VERB_REACH)..first;
    let won = value(a) >= value(b) && reach.clone().any(|k| t.is_in(k, &WIN_VERBS));
    // ("lost 4-0" in English copy, "lost 1-3" in European: either way round.)
    let lost = a.len() == 1 && b.len() == 1 && reach.clone().any(|k| t.is_in(k, &LOSS_VERBS));
    let voted = (reach.into_iter().any(|k| t.is_in(k, &VOTE_VERBS)) || vote_in_clause(t, first))
        && tally_follows(t, first);
    let named = tally_named(t, first);
    let listed = set_after_set(t, first, a.len() == 1 && b.len() == 1);
    (won || lost || voted || named || listed || made_it(t, first) || level_at(t, first, a, b))
        .then(|| tie_break_end(t, first, end))
}

/// "won 6-4, 6-3, 7-5", "6-4 3-6 7-6(5) 4-6 6-3": a set after a set is one too, after a comma,
/// or after a space when both are of single digits (`single`, for the one at `first`) and the
/// one before is a score.
fn set_after_set(t: &Tokens, first: usize, single: bool) -> bool {
    let digits = |k: usize| t.kind(k) == Some(TokKind::Digits);
    let Some(mut k) = first.checked_sub(1) else {
        return false;
    };
    let comma = t.is_punct(k, ',');
    if comma {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        k = before;
    } else if !(single && t.gap(first)) {
        return false;
    }
    // ("7-6(5) 4-6": the set before ends with its tie-break.)
    if t.is_punct(k, ')') && k >= 3 && digits(k - 1) && t.is_punct(k - 2, '(') {
        k -= 3;
    }
    let set = k >= 2 && digits(k) && t.is_joining_hyphen(k - 1) && digits(k - 2);
    // (After a space, the set before must be a score itself: "aged 3-5 6-8" are ranges.)
    set && (comma || score_end(t, k - 2, k - 2).is_some())
}

/// A tennis set won on a tie-break carries its points after it: "7-6(5)", "6-7 (3)". The
/// score's last token, with them.
fn tie_break_end(t: &Tokens, first: usize, end: usize) -> usize {
    let set = matches!((t.str(first), t.str(end)), ("7", "6") | ("6", "7"));
    let points = t.is_punct(end + 1, '(')
        && t.kind(end + 2) == Some(TokKind::Digits)
        && t.str(end + 2).len() <= 2
        && t.is_punct(end + 3, ')');
    if set && points { end + 3 } else { end }
}

/// "made it 3-1", "to make it 2-2": the score a goal brought, either side ahead.
fn made_it(t: &Tokens, first: usize) -> bool {
    first >= 2 && t.is(first - 1, "it") && t.is_any(first - 2, &["made", "make", "makes", "making"])
}

/// "levelled at 1-1", "were level at 2-2", "all square at 0-0", "tied at 5-5", "drawn 1-1",
/// "deadlocked 2-2": a score with both sides equal.
fn level_at(t: &Tokens, first: usize, a: &str, b: &str) -> bool {
    const LEVEL: &[&str] = &[
        "level",
        "levelled",
        "leveled",
        "levelling",
        "leveling",
        "square",
        "tied",
        "drawn",
        "deadlocked",
        "knotted",
    ];
    let verb = if first >= 2 && t.is(first - 1, "at") {
        first - 2
    } else if first >= 1 {
        first - 1
    } else {
        return false;
    };
    a == b && t.is_any(verb, LEVEL)
}

/// Plural nouns a title-case headline may put around a range ("Schools Shut 2-3 Weeks",
/// "Grades 3-5 Teachers"): no team's name.
const RANGE_NOUNS: WordSet = WordSet::new(&[
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "percent", "points",
    "times", "inches", "feet", "miles", "degrees", "ages", "aged", "grades", "classes", "levels",
    "pages", "chapters", "sections", "rounds", "stages", "episodes", "seasons", "verses",
]);

/// "Harlow Town 3-1 Brentwood Rovers: Okafor double sends hosts top", "Result: Leeds 2-0
/// Hull": a results line with the score between the two names. The first name, of up to
/// three capitalised words, opens the line (or follows a colon); the second, of up to three,
/// ends it or comes before a colon.
fn results_pair(t: &Tokens, first: usize, end: usize) -> bool {
    let name = |k: usize| {
        t.is_capitalised(k) && !is_function_word_any_case(t.str(k)) && !t.is_in(k, &RANGE_NOUNS)
    };
    if first == 0 || !t.gap(first) || !t.gap(end + 1) {
        return false;
    }
    let before = (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| name(k) && (k + 1 == first || t.gap(k + 1)))
        .count();
    let start = first - before;
    let opens = start == 0 || t.is_punct(start - 1, ':');
    if before == 0 || !opens {
        return false;
    }
    if month_or_weekday(t.str(first - 1)) || t.is_in(first - 1, &NUMBERED_THINGS) {
        return false;
    }
    let words = (end + 1..end + 4)
        .take_while(|&k| name(k) && t.gap(k))
        .count();
    let last = end + words;
    let ends = t.is_punct(last + 1, ':') && t.gap(last + 2)
        || (last + 1..t.len())
            .all(|k| t.kind(k) == Some(TokKind::Punct) && !t.is_dash(k) && !t.is_punct(k, ','));
    words > 0 && ends
}

/// How far back in its clause a vote verb may stand before a tally: "The Senate passed a $95
/// billion aid package by 70-29", "The House passed the $1.2 trillion bill 286-134".
const CLAUSE_REACH: usize = 10;

/// Words that open a new clause or a purpose, so a vote verb before them tells of no tally
/// after them: "voted to raise fees by 3-4", "approved a plan that would cut 2-3".
const CLAUSE_BREAKS: WordSet = WordSet::new(&[
    "to", "that", "which", "who", "would", "will", "could", "and", "but", "while", "if",
]);

/// A vote verb in the tally's clause, further back than [`VERB_REACH`]: the words between
/// are what was voted on ("passed the aid package by 70-29"), with no comma, dash or clause
/// word among them.
fn vote_in_clause(t: &Tokens, first: usize) -> bool {
    for k in (first.saturating_sub(CLAUSE_REACH)..first).rev() {
        if t.is_in(k, &VOTE_VERBS) {
            return true;
        }
        let stop = t.is_in(k, &CLAUSE_BREAKS)
            || t.is_dash(k)
            || [',', ';', ':', '(', ')'].iter().any(|&c| t.is_punct(k, c));
        if stop {
            return false;
        }
    }
    false
}

/// The word before a tally at `first` leaves it one after a vote verb: the verb itself
/// ("voted 52-48"), "by" ("passed by 230-201"), or what was voted on or by ("passed the Senate
/// 52-48", "confirmed him 52-48"); never a preposition or a hedge that opens a range ("voted in
/// 10-15", "approved about 3-4").
fn tally_follows(t: &Tokens, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let object = t.is_any(before, &["by", "him", "her", "it", "them"])
        || t.is_in(before, &VOTE_VERBS)
        || t.kind(before) == Some(TokKind::Word) && !is_function_word_any_case(t.str(before));
    object && qualifier_span(t, first).is_none()
}

/// Nouns that name a tally or a score, told with a link before it: "The Senate vote was 52-48",
/// "the final tally was 329-301", "by a vote of 6-3", "the score stood at 2-1", "majority
/// verdicts of 10-2".
const TALLY_NOUNS: WordSet = WordSet::new(&[
    "vote",
    "votes",
    "tally",
    "count",
    "score",
    "scoreline",
    "result",
    "ballot",
    "split",
    "verdict",
    "verdicts",
    "majority",
    "decision",
    "ruling",
]);

/// Whether a tally noun names the pair at `first`: the noun, then "was", "is", "of", "stood
/// at", "ended" or "finished" right before the pair.
fn tally_named(t: &Tokens, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let link = if t.is(before, "at") && before >= 1 && t.is(before - 1, "stood") {
        before - 1
    } else if t.is_any(before, &["was", "is", "of", "ended", "finished"]) {
        before
    } else {
        return false;
    };
    link >= 1 && t.is_in(link - 1, &TALLY_NOUNS) && qualifier_span(t, first).is_none()
}

/// The largest side of a results line: "Liverpool 3 Chelsea 1".
const RESULTS_LINE_MAX: usize = 2;

/// The second number of a results line whose first number is the digits at `first..=last`:
/// "Liverpool 3 Chelsea 1", "Manchester United 2 Tottenham Hotspur 0", a name of up to three
/// capitalised words before each number of one or two digits, and nothing after the second but
/// the end of the sentence or headline and its punctuation, or a colon before what the headline
/// tells of the match.
pub(super) fn results_line_end(t: &Tokens, first: usize, last: usize) -> Option<usize> {
    let side = |k: usize| {
        t.kind(k) == Some(TokKind::Digits) && t.gap(k) && t.str(k).len() <= RESULTS_LINE_MAX
    };
    // A team's name: capitalised, no function word ("In 3 Days"), no month ("May 3").
    let name = |k: usize| t.is_capitalised(k) && t.gap(k) && !is_function_word_any_case(t.str(k));
    if first != last || !side(first) || first == 0 || !name(first - 1) {
        return None;
    }
    if month_or_weekday(t.str(first - 1)) || t.is_in(first - 1, &NUMBERED_THINGS) {
        return None;
    }
    let words = (first + 1..first + 4).take_while(|&k| name(k)).count();
    let second = first + 1 + words;
    // ("Arsenal 2 Aston Villa 1: Saka double sends Gunners second": a colon ends the line.)
    let ends = t.is_punct(second + 1, ':') && t.gap(second + 2)
        || (second + 1..t.len())
            .all(|k| t.kind(k) == Some(TokKind::Punct) && !t.is_dash(k) && !t.is_punct(k, ','));
    (words > 0 && side(second) && ends).then_some(second)
}

#[cfg(test)]
mod tests;
