//! The same quantity stated twice: the headline's casualty figure against the body's ("Death
//! toll … rises above 200" / "at least 230 people were killed") for the same event, a later
//! update of it ("later … the toll had risen to 15": →, not ✗).

use std::collections::{HashMap, HashSet};

use super::event::{Reading, Scene};
use super::figures::{
    Fig, family, family_of, fold_noun, in_a_subset, is_forecast, is_part, is_toll, last_words,
    words,
};
use super::interval::{Band, band, num, written};
use super::occasion::{earlier_report, update};
use super::role::role;
use super::source::{disputed, overlap_closed, source};
use super::{Draft, Outcome, Relation};
use crate::claim::{Claim, DateRef, Measure, Qualifier};

/// How many claims open the document as its headline block: lines without a closing full stop
/// and at most 25 words each (the headline, and page furniture around it when every sentence
/// is taken as a claim), before the first sentence of the body. Claims without figures may have
/// been left out (`check_numbered`); the block is then read from the claims that are there.
pub(super) fn headline_block(claims: &[(usize, &Claim)]) -> usize {
    claims
        .iter()
        .take_while(|(_, c)| {
            let t = c.text.trim_end();
            !t.ends_with(['.', '!', '?', '"', '”', '’']) && t.split_whitespace().count() <= 25
        })
        .count()
}

/// A date that writes its year ("in 1970", "March 4, 2025"), not one that borrowed the
/// article's year ("Nov. 6") or has none: a sentence naming a year is about another event.
pub(crate) fn names_a_year(date: &DateRef) -> bool {
    date.iso
        .as_deref()
        .is_some_and(|iso| !iso.starts_with("--"))
        && date
            .text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// The day a date names, when it writes its year and day ("November 10, 2026").
fn day_with_year(date: &DateRef) -> Option<chrono::NaiveDate> {
    let iso = date.iso.as_deref()?;
    let day = chrono::NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok();
    day.filter(|_| names_a_year(date))
}

/// The sentence names a year of another event than the article's ("in 1970, a quake killed
/// …"), not one of the article's own days written with their year (`own`: the newest such day
/// and the lead's): "on Monday, November 10, 2026, killing 12 people" is the lead's event, "on
/// November 5, 2026" three weeks before it another's.
fn names_another_year(claim: &Claim, own: &[chrono::NaiveDate]) -> bool {
    claim
        .dates
        .iter()
        .filter(|d| names_a_year(d))
        .any(|d| day_with_year(d).is_none_or(|day| !own.contains(&day)))
}

/// An earlier level stated beside the current one ("95 people had died, up from 62").
pub(crate) fn is_earlier_level(f: &Fig) -> bool {
    last_words(f.before(), 1)
        .first()
        .is_some_and(|w| w == "from")
}

/// What a casualty figure counts: its family ("killed", "injured", …) and its noun, people by
/// default. `None` for figures that are not about people.
pub(super) fn casualty_key(f: &Fig) -> Option<(&'static str, String)> {
    if !f.countable() || !matches!(f.q.measure, None | Some(Measure::Count)) {
        return None;
    }
    let noun = f
        .noun()
        .or_else(|| counted_noun(f.before()).map(|n| fold_noun(&n)));
    Some((casualty(f)?, noun.unwrap_or_else(|| "people".to_string())))
}

/// Words after which the counted noun's phrase ends: the family word ("killed") or the verb that
/// gives the figure ("at", "to", "was", "stood").
const COUNTED_ENDS: &[&str] = &[
    "at", "to", "as", "was", "is", "were", "are", "stood", "stands", "rose", "reached", "had",
    "has", "now", "of",
];

/// The noun a figure without a unit counts, named before it in its clause: "put the number of
/// army fighters killed at \"more than 300\"" → "fighters". (A quotation keeps the extractor
/// from carrying the noun to the figure; the group is another all the same.)
fn counted_noun(before: &str) -> Option<String> {
    let clause = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
    let w = words(clause);
    let of = w.windows(2).rposition(|p| {
        matches!(p[0].as_str(), "number" | "toll" | "count")
            && matches!(p[1].as_str(), "of" | "among")
    })?;
    let rest = &w[of + 2..];
    let end = rest
        .iter()
        .position(|x| family_of(x).is_some() || COUNTED_ENDS.contains(&x.as_str()))
        .unwrap_or(rest.len());
    // "the number of dead", "the number of confirmed deaths": the family's own noun counts
    // people; "the number of those killed" says no group.
    let noun_of_family = rest
        .get(end)
        .is_some_and(|x| family_of(x).is_some() && !x.ends_with("ed"));
    let noun = rest[..end].last()?;
    (!noun_of_family && !matches!(noun.as_str(), "those" | "them" | "these")).then(|| noun.clone())
}

/// What happened to the people a figure counts: said by its unit ("12 dead"), else by the verb
/// of its own clause ("carrying 40 tourists …, killing 12": the 40 were carried, the 12 killed),
/// else by the nearest telling word.
fn casualty(f: &Fig) -> Option<&'static str> {
    let by_unit =
        f.q.unit
            .as_deref()
            .and_then(|u| family_of(&u.to_lowercase()));
    if by_unit.is_some() {
        return by_unit;
    }
    match role(f.before(), f.after()) {
        Some(r) => family_of(&r),
        None => family(f),
    }
}

/// Casualty figures of the headline and of the toll that reappear elsewhere in the article, for
/// the same event: not a figure another check adds up (`summed`, the byte offsets of the
/// figures of running totals), not one said of another place, day, occasion or period. A later
/// figure said to update the toll ("later … had risen to 15") is an update, not a contradiction.
pub(crate) fn same_quantity<'a>(
    figs: &'a [Fig<'a>],
    claims: &[(usize, &Claim)],
    summed: &HashSet<usize>,
    out: &mut Vec<Draft<'a>>,
) {
    let top = headline_block(claims);
    // The place of the body's first claim: figures before it are the headline's.
    let body = claims.get(top).map_or(usize::MAX, |(place, _)| *place);
    // A sentence with a year is about another event ("in 1970, a quake killed …"), unless it
    // gives a day of the article's present: the newest day written with its year, or the day
    // the lead (the body's first sentence with figures) gives.
    let lead = claims[top..].iter().find(|(_, c)| !c.quantities.is_empty());
    let own: Vec<chrono::NaiveDate> = claims
        .iter()
        .flat_map(|(_, c)| &c.dates)
        .filter_map(day_with_year)
        .max()
        .into_iter()
        .chain(
            lead.into_iter()
                .flat_map(|(_, c)| c.dates.iter().filter_map(day_with_year)),
        )
        .collect();
    let eligible = |f: &Fig| {
        !is_forecast(f)
            && !is_part(f)
            && !in_a_subset(f)
            && !is_earlier_level(f)
            && !summed.contains(&f.q.start)
            && !names_another_year(f.claim, &own)
    };
    // Each casualty figure's key, and each of their sentences read once: the comparisons below
    // are then cheap, however long the article.
    let mut by_key: HashMap<(&'static str, String), Vec<&Fig>> = HashMap::new();
    let mut readings: HashMap<usize, Reading> = HashMap::new();
    let mut keyed: Vec<(&Fig, (&'static str, String))> = Vec::new();
    for f in figs {
        if let Some(key) = casualty_key(f).filter(|_| eligible(f)) {
            by_key.entry(key.clone()).or_default().push(f);
            readings
                .entry(f.pos)
                .or_insert_with(|| Reading::of(&f.claim.text));
            keyed.push((f, key));
        }
    }
    // The headline and the first sentence of the body say which event the article reports; a
    // toll in the body says it by its own sentence.
    let mut context: Vec<Reading> = claims[..top]
        .iter()
        .map(|(_, c)| Reading::of(&c.text))
        .collect();
    // The first sentence of the body with figures (the same whether or not the claims without
    // figures were left out).
    context.extend(
        claims[top..]
            .iter()
            .find(|(_, c)| !c.quantities.is_empty())
            .map(|(_, c)| Reading::of(&c.text)),
    );
    let context: Vec<&Reading> = context.iter().collect();
    let mut done: HashSet<(&'static str, String)> = HashSet::new();
    for (anchor, key) in &keyed {
        // A body figure that is no toll ("At least 241 people have died, the WHO said") only
        // anchors a dispute between named sources.
        let sources_only = !(anchor.pos < body || is_toll(anchor));
        if sources_only && source(anchor).is_none() || done.contains(key) {
            continue;
        }
        let around: &[&Reading] = if anchor.pos < body { &context } else { &[] };
        let scene = Scene::of(&readings[&anchor.pos], around);
        let group: Vec<&Fig> = by_key[key]
            .iter()
            .copied()
            .filter(|f| scene.admits(&readings[&f.pos]))
            .collect();
        // Two figures in one sentence are two groups of people ("1,500 in Turkey, 800 in
        // Syria"): neither is the toll.
        let mut per_sentence: HashMap<usize, usize> = HashMap::new();
        for f in &group {
            *per_sentence.entry(f.pos).or_default() += 1;
        }
        let group: Vec<&Fig> = group
            .into_iter()
            .filter(|f| per_sentence[&f.pos] == 1)
            .collect();
        if group.len() < 2 || !group.iter().any(|f| std::ptr::eq(*f, *anchor)) {
            continue;
        }
        // What the figures count, as the article writes it ("tourists killed").
        let noun = group
            .iter()
            .find_map(|f| f.q.unit.as_deref())
            .filter(|u| fold_noun(u) != "people")
            .map_or("people".to_string(), str::to_lowercase);
        // ("14 trapped": the state is the noun.)
        let what = match noun == key.0 {
            true => noun,
            false => format!("{noun} {}", key.0),
        };
        if sources_only {
            // Every figure said by a source, none an update of another: the tolls of two
            // sources or more, or nothing.
            let plain = group.iter().all(|f| {
                source(f).is_some()
                    && update(f).is_none()
                    && earlier_report(&f.claim.text).is_none()
            });
            let draft = plain.then(|| judge_same(&group, body, &what));
            if let Some(dispute) = draft.filter(|d| d.result == Outcome::Derived) {
                done.insert(key.clone());
                out.push(dispute);
            }
            continue;
        }
        done.insert(key.clone());
        judge_group(&group, body, &what, out);
    }
}

/// Splits the group at each update of the toll in the body: each update is a finding of its
/// own (→), and the figures between updates — with the headline's, which report the latest
/// figure — are compared as the same quantity.
fn judge_group<'a>(group: &[&'a Fig<'a>], body_from: usize, what: &str, out: &mut Vec<Draft<'a>>) {
    // "Earlier, officials had said 1,200 …": an earlier report, updated by the latest figure.
    let (earlier, current): (Vec<&Fig>, Vec<&Fig>) = group
        .iter()
        .partition(|f| f.pos >= body_from && earlier_report(&f.claim.text).is_some());
    if let Some(latest) = current.last() {
        for e in &earlier {
            if e.q.value != latest.q.value {
                let words = earlier_report(&e.claim.text).unwrap_or_default();
                out.push(updated(e, latest, what, words));
            }
        }
    }
    let (headline, body): (Vec<&Fig>, Vec<&Fig>) =
        current.into_iter().partition(|f| f.pos < body_from);
    let mut spans: Vec<Vec<&Fig>> = vec![Vec::new()];
    for f in body {
        let earlier = spans.iter().rev().flatten().next().copied();
        if let (Some(before), Some(words)) = (earlier, update(f))
            && (before.q.value != f.q.value || before.q.qualifier != f.q.qualifier)
        {
            out.push(updated(before, f, what, words));
            spans.push(Vec::new());
        }
        spans.last_mut().expect("one span at least").push(f);
    }
    // The headline joins the figures it agrees with (a headline written before the toll was
    // updated is no contradiction), else the latest ones.
    let agrees = |f: &&Fig| headline.iter().all(|h| h.q.value == f.q.value);
    if let Some(at) = spans.iter().rposition(|span| span.iter().any(agrees)) {
        spans[at].splice(0..0, headline);
    } else if let Some(first) = earlier.iter().find(|f| agrees(f)) {
        // The headline gives the toll the body reports as an earlier one ("9 dead" and "Nine
        // people have been confirmed dead, officials said earlier"): it agrees with that.
        spans.push(headline.into_iter().chain([*first]).collect());
    } else if !headline.is_empty() {
        spans
            .last_mut()
            .expect("one span at least")
            .splice(0..0, headline);
    }
    for span in spans {
        if span.len() >= 2 {
            out.push(judge_same(&span, body_from, what));
        }
    }
}

/// The headline's open floor ("At least 41 dead") stands above everything the body says: its
/// figures, their rounding and hedges, with their own open bounds closed ("at least 38" is
/// 38). Open bounds overlap, but no sentence of the body supports the headline's figure.
fn floor_unsupported(group: &[&Fig], bands: &[Band], body_from: usize) -> bool {
    let supported = group
        .iter()
        .zip(bands)
        .filter(|(f, _)| f.pos >= body_from)
        .map(|(f, b)| match b.hi.is_finite() {
            true => b.hi,
            false => f.q.upper.unwrap_or(f.q.value),
        })
        .fold(f64::NEG_INFINITY, f64::max);
    group.iter().any(|h| {
        h.pos < body_from
            && supported.is_finite()
            && match h.q.qualifier {
                Some(Qualifier::AtLeast) => h.q.value > supported,
                Some(Qualifier::MoreThan) => h.q.value >= supported,
                _ => false,
            }
    })
}

/// "12 → 15 people killed": a later figure that updates an earlier one.
pub(super) fn updated<'a>(
    before: &'a Fig<'a>,
    after: &'a Fig<'a>,
    what: &str,
    words: String,
) -> Draft<'a> {
    let change = after.q.value - before.q.value;
    let sign = if change >= 0.0 { "+" } else { "" };
    Draft {
        relation: Relation::Update,
        result: Outcome::Derived,
        uses: vec![(before, "earlier"), (after, "updated")],
        arithmetic: format!(
            "{} → {} ({what}; {sign}{} since the earlier figure)",
            stated(before),
            stated(after),
            num(change)
        ),
        tolerance: None,
        evidence: words,
    }
}

/// A figure as the article hedges it: "at least 230".
fn stated(f: &Fig) -> String {
    // "between 150 and 180": the range, not its lower end.
    let value = match f.q.upper {
        Some(upper) => format!("{}–{}", written(f.q.value), written(upper)),
        None => written(f.q.value),
    };
    match f.q.qualifier {
        Some(q) => format!("{} {value}", q.label()),
        None => value,
    }
}

fn judge_same<'a>(group: &[&'a Fig<'a>], body_from: usize, what: &str) -> Draft<'a> {
    let mut notes = Vec::new();
    let bands: Vec<Band> = group.iter().map(|f| band(f.q, &mut notes)).collect();
    let lo = bands.iter().map(|b| b.lo).fold(f64::NEG_INFINITY, f64::max);
    let hi = bands.iter().map(|b| b.hi).fold(f64::INFINITY, f64::min);
    let equal = bands.windows(2).all(|w| w[0].value == w[1].value);
    let result = if equal {
        Outcome::Consistent
    } else if lo <= hi && !floor_unsupported(group, &bands, body_from) {
        Outcome::Approximate
    } else {
        Outcome::Inconsistent
    };
    // Two sources' tolls that disagree: a dispute to report, not an error.
    // (Tolls that overlap only through an open bound, "at least 120" against 212, disagree.)
    let differ =
        result == Outcome::Inconsistent || result == Outcome::Approximate && !overlap_closed(group);
    let between = match result {
        Outcome::Inconsistent => " ≠ ",
        _ => " vs ",
    };
    if differ && let Some(dispute) = disputed(group, what, stated, between) {
        return dispute;
    }
    let written = if result == Outcome::Inconsistent {
        // Each value once, with how often it is stated: "14 (twice) ≠ 9", never "14 ≠ 14".
        let mut distinct: Vec<(String, usize)> = Vec::new();
        for f in group {
            let s = stated(f);
            match distinct.iter_mut().find(|(d, _)| *d == s) {
                Some((_, n)) => *n += 1,
                None => distinct.push((s, 1)),
            }
        }
        distinct
            .into_iter()
            .map(|(s, n)| match n {
                1 => s,
                2 => format!("{s} (twice)"),
                n => format!("{s} ({n} times)"),
            })
            .collect::<Vec<_>>()
            .join(" ≠ ")
    } else {
        let sign = if result == Outcome::Consistent {
            " = "
        } else {
            " ≈ "
        };
        group
            .iter()
            .map(|f| stated(f))
            .collect::<Vec<_>>()
            .join(sign)
    };
    let in_headline = group.iter().any(|f| f.pos < body_from);
    let in_body = group.iter().any(|f| f.pos >= body_from);
    let evidence = if in_headline && in_body {
        format!("the headline and the body count the {what} (no other place, day or period named)")
    } else {
        format!("each figure is the toll of the {what} (no other place, day or period named)")
    };
    Draft {
        relation: Relation::SameQuantity,
        result,
        uses: group.iter().map(|f| (*f, "stated")).collect(),
        arithmetic: format!("{written} ({what})"),
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str, iso: Option<&str>) -> DateRef {
        DateRef {
            text: text.to_string(),
            iso: iso.map(str::to_string),
            start: 0,
            end: text.len(),
        }
    }

    #[test]
    fn only_a_written_year_names_another_event() {
        assert!(names_a_year(&date("in 1970", Some("1970"))));
        assert!(names_a_year(&date("March 4, 2025", Some("2025-03-04"))));
        assert!(
            !names_a_year(&date("Nov. 6", Some("2025-11-06"))),
            "the article's year"
        );
        assert!(!names_a_year(&date("Nov. 6", Some("--11-06"))));
        assert!(!names_a_year(&date("Tuesday", None)));
    }

    #[test]
    fn the_noun_a_figure_without_a_unit_counts() {
        // QA round 12, item 2.
        let noun = |s: &str| counted_noun(s);
        assert_eq!(
            noun("It put the number of army fighters killed at \"more than "),
            Some("fighters".to_string())
        );
        assert_eq!(
            noun("the number of soldiers killed rose to "),
            Some("soldiers".to_string())
        );
        assert_eq!(noun("the number of dead at "), None);
        assert_eq!(noun("the number of confirmed deaths stood at "), None);
        assert_eq!(noun("the number of those killed at "), None);
        assert_eq!(noun("Officials said "), None);
        // Another clause's number says nothing of this figure.
        assert_eq!(
            noun("the number of soldiers is unknown, but officials said "),
            None
        );
    }
}
