//! The rest of a whole beside its part: what the part is, from the verb of its own clause
//! ("Police have identified 50 of their 95 suspects" → 45 not identified; "Nineteen of its 25
//! players are aged 23 or under" → 6 the rest), and the figure that counts the rest ("50 of the
//! 95 victims have been identified; 40 remain unidentified": 50 + 40 = 90 ≠ 95; "convicted him
//! on seven of the 12 counts and acquitted him on five": 7 + 5 = 12).

use super::breakdown::{opposite, outcome_words};
use super::figures::{Fig, first_words, last_words, same_measure, same_noun, words};
use super::interval::{band, judge, num};
use super::{Draft, Outcome, Relation};

/// Objects of a verb passed over before a part: "convicted him on seven of the 12 counts".
const OBJECTS: &[&str] = &["him", "her", "them", "it", "us"];

/// Words that close a clause after a whole: what follows says something else.
const CLAUSE_ENDS: &[&str] = &["and", "but", "while", "as", "when", "after", "before", "or"];

/// A past participle that may say what a part is ("identified", "convicted"); not one with
/// "un" ("unidentified": the rest's word), nor a word that only ends like one.
fn participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !w.starts_with("un") && !matches!(w, "hundred" | "indeed")
}

/// The verb right before the part in its clause: "have identified 50 of …", "convicted him on
/// seven of …"; not a hedge ("an estimated 50 of …"), nor one whose clause goes on after the
/// whole ("scored 12 of their 30 goals in the final 10 minutes": what sets the part apart is
/// the phrase, not the verb; all 30 were scored).
fn verb_before(part: &Fig, whole: &Fig) -> Option<String> {
    let rest_of_clause = whole.after().split([',', ';', ':', '.', '(']).next()?;
    let goes_on = first_words(rest_of_clause, 1)
        .first()
        .is_some_and(|w| !CLAUSE_ENDS.contains(&w.as_str()));
    if goes_on {
        return None;
    }
    let clause = part
        .before()
        .rsplit([',', ';', ':', '.', '(', ')'])
        .next()?;
    let w = words(clause);
    let n = w.len();
    let at = match w.as_slice() {
        [.., object, prep]
            if n >= 3
                && OBJECTS.contains(&object.as_str())
                && matches!(prep.as_str(), "on" | "of") =>
        {
            n - 3
        }
        _ => n.checked_sub(1)?,
    };
    let hedge = at
        .checked_sub(1)
        .is_some_and(|k| matches!(w[k].as_str(), "a" | "an" | "the"));
    (participle(&w[at]) && !hedge).then(|| w[at].clone())
}

/// The participle after the whole in the part's clause: "55 of 75 confirmed dead had been
/// identified"; not one that a figure follows ("are aged 23 or under": a measure, not what the
/// part is), nor one past the clause's end ("… and acquitted him on five", "…; 95 passed").
fn verb_after(whole: &Fig) -> Option<String> {
    let clause = whole.after().split([',', ';', ':', '.', '(']).next()?;
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    for (k, token) in tokens.iter().enumerate().take(5) {
        let w = words(token).join("");
        if CLAUSE_ENDS.contains(&w.as_str()) {
            return None;
        }
        if participle(&w) {
            let measured = tokens
                .get(k + 1)
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()));
            return (!measured).then_some(w);
        }
    }
    None
}

/// The verb that says what the part of a whole is: the one of the part's own clause, before
/// the part or after the whole; `None` when neither is plain, and the rest is "the rest".
pub(super) fn part_verb(part: &Fig, whole: &Fig) -> Option<String> {
    verb_before(part, whole).or_else(|| verb_after(whole))
}

/// The figure that counts the rest of a whole, the words that say so and what the rest is
/// called ("not identified", "acquitted", "remaining").
pub(super) struct Rest<'a> {
    fig: &'a Fig<'a>,
    words: String,
    label: String,
}

/// The figure after `whole` in its sentence that counts the rest of it: "40 remain
/// unidentified" after "50 of the 95 victims have been identified", "the remaining 20", "and
/// acquitted him on five" after "convicted him on seven of the 12 counts". `verb` is the
/// participle that says what the part is.
pub(super) fn complement<'a>(
    figs: &'a [Fig<'a>],
    whole_at: usize,
    verb: Option<&str>,
) -> Option<Rest<'a>> {
    let whole = &figs[whole_at];
    let rest = figs
        .get(whole_at + 1)
        .filter(|f| f.pos == whole.pos && f.countable() && same_measure(whole, f))
        .filter(|f| same_noun(whole, f))?;
    let found = |words: String, label: String| {
        Some(Rest {
            fig: rest,
            words,
            label,
        })
    };
    let before = last_words(rest.before(), 2);
    // ("other" is not enough: "2 other people" may be outside the whole.)
    if let Some(w) = before.iter().find(|w| *w == "remaining") {
        return found(format!("“{w}”"), "the rest".into());
    }
    let verb = verb?;
    let after = first_words(rest.after(), 5);
    let negated = format!("un{verb}");
    if let Some(w) = after.iter().find(|w| **w == negated) {
        return found(format!("“{w}”"), format!("not {verb}"));
    }
    // "… and acquitted him on five": the opposite outcome.
    let between = whole.text_to(rest)?;
    let around = outcome_words(between, rest.after());
    if let Some(w) = around.iter().find(|w| opposite(verb, w)) {
        return found(format!("“{w}”"), w.clone());
    }
    // "40 have not been identified", "40 are yet to be identified".
    let at = after.iter().position(|w| w == verb)?;
    let ahead = &after[..at];
    let denied = ahead
        .iter()
        .any(|w| w == "not" || w == "yet" || w == "never");
    if !denied {
        return None;
    }
    found(
        format!("“{} {verb}”", ahead.join(" ")),
        format!("not {verb}"),
    )
}

/// The part and the stated rest against the whole: 50 + 40 = 90 ≠ 95.
pub(super) fn with_rest<'a>(
    (part, whole): (&'a Fig<'a>, &'a Fig<'a>),
    rest: Rest<'a>,
    verb: Option<&str>,
    of: String,
) -> Draft<'a> {
    let mut notes = Vec::new();
    let stated = band(whole.q, &mut notes);
    let sum = band(part.q, &mut notes).plus(band(rest.fig.q, &mut notes));
    let result = judge(stated, sum);
    let sign = result.relation_sign();
    let what = match verb {
        Some(v) => format!("{v} + {}", rest.label),
        None => "the part + the rest".to_string(),
    };
    let verb_words = verb.map_or(String::new(), |v| format!(" … “{v}”"));
    Draft {
        relation: Relation::PartOfWhole,
        result,
        uses: vec![(part, "part"), (whole, "whole"), (rest.fig, "rest")],
        arithmetic: format!(
            "{} + {} = {} {sign} {} ({what} should make the whole)",
            num(part.q.value),
            num(rest.fig.q.value),
            num(sum.value),
            num(whole.q.value)
        ),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!("{of}{verb_words} … {}", rest.words),
    }
}
