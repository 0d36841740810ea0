//! Parts and totals: a list of parts with their total in one sentence ("a total of 17 drones,
//! including 10 over Kursk and 4 over Belgorod"; "a total of 48 drones and 6 missiles, including
//! 20 … drones and 18 …", where the parts' noun says which total), or in the next sentence ("…
//! killed 14 people and injured 37." "Among the dead were nine women, three men and four
//! children").

use super::breakdown::{ends_with_and, is_kind_of_structure, split_two_ways};
use super::fates::fates;
use super::figures::{
    Fig, disjoint_kinds, family, family_of, first_words, has_phrase, is_forecast,
    is_kind_of_people, is_part, kind_of, same_measure, same_noun, singular, words,
};
use super::interval::{Band, band, judge, num};
use super::listing::{by_a_date, compared_base, names_the_next_part, own_family, told_by_a_verb};
use super::role::role;
use super::same::is_earlier_level;
use super::{Draft, Outcome, Relation};
use crate::claim::Measure;

/// Words after a total that introduce some of its parts.
const SOME_PARTS: &[&[&str]] = &[
    &["including"],
    &["includes"],
    &["include"],
    &["of", "which"],
    &["of", "whom"],
    &["among", "them"],
    &["among", "which"],
    &["among", "whom"],
];

/// Words after a total that introduce all of its parts.
const ALL_PARTS: &[&[&str]] = &[
    &["comprising"],
    &["consisting", "of"],
    &["made", "up", "of"],
    &["broken", "down", "into"],
    &["divided", "into"],
    &["split", "into"],
];

/// Words that open a sentence listing the parts of the previous sentence's last total.
const NEXT_SENTENCE_PARTS: &[&[&str]] = &[
    &["of", "these"],
    &["of", "them"],
    &["of", "those"],
    &["of", "that"],
    &["of", "this"],
    &["of", "whom"],
    &["among", "them"],
    &["among", "those"],
];

/// Words that open a sentence listing the parts of the previous sentence's total of one kind of
/// casualty ("Among the dead were …"): the words, and the family of the total.
const NEXT_SENTENCE_CASUALTIES: &[(&[&str], &str)] = &[
    (&["among", "the", "dead"], "killed"),
    (&["of", "the", "dead"], "killed"),
    (&["among", "those", "killed"], "killed"),
    (&["of", "those", "killed"], "killed"),
    (&["among", "those", "who", "died"], "killed"),
    (&["among", "those", "who", "were", "killed"], "killed"),
    (&["of", "those", "who", "died"], "killed"),
    (&["of", "those", "who", "were", "killed"], "killed"),
    (&["among", "those", "who", "were", "injured"], "injured"),
    (&["among", "those", "who", "were", "wounded"], "injured"),
    (&["among", "those", "who", "were", "hurt"], "injured"),
    (&["among", "the", "injured"], "injured"),
    (&["of", "the", "injured"], "injured"),
    (&["among", "the", "wounded"], "injured"),
    (&["of", "the", "wounded"], "injured"),
    (&["among", "those", "injured"], "injured"),
    (&["among", "those", "wounded"], "injured"),
    (&["among", "the", "missing"], "missing"),
];

/// The trigger in `gap` (the text between a total and its first part), if any: its words and
/// whether the list is complete.
fn trigger(gap: &str) -> Option<(String, bool)> {
    if gap.trim_end().ends_with(':') && !gap.contains(['.', ';']) {
        return Some((":".to_string(), true));
    }
    let w = words(gap);
    if w.len() > 8 {
        return None;
    }
    for (list, complete) in [(SOME_PARTS, false), (ALL_PARTS, true)] {
        for phrase in list {
            if has_phrase(&w, phrase) {
                return Some((phrase.join(" "), complete));
            }
        }
    }
    None
}

/// The number of an item of a numbered list ("(top four): 1. Liverpool 38, 2. Arsenal 36"):
/// one or two digits, a stop and a capitalised word. It ranks the items: nothing adds up.
fn enumerator(f: &Fig) -> bool {
    let digits = &f.claim.text[f.ls..f.le];
    let item = f
        .after()
        .strip_prefix(". ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && item
}

/// The text between two figures only joins them into one list ("48 drones and 6 missiles").
fn coordinated(gap: &str) -> bool {
    !gap.contains(['.', ';', ':', '(', ')']) && words(gap).iter().all(|w| w == "and" || w == "or")
}

/// A part may be added to a total: a count of the same thing ("drones" in "drones"), or a kind
/// of people in a count of people ("women" in "people") or a kind of structure in a count of
/// structures ("homes" in "structures"), not hedged as indefinite; or a length
/// of time in a total length of time (which only a complete list gets to).
pub(super) fn fits(total: &Fig, part: &Fig) -> bool {
    if majority_tally(total) {
        return part.countable() && part.q.measure == Some(Measure::Count);
    }
    // ("47 survivors, among them 12 children, …": a survivor is a person of any kind.)
    let people = |f: &Fig| f.noun().is_none_or(|n| n == "people" || n == "survivor");
    let kind = kind_of(part).is_some_and(|k| is_kind_of_people(&k));
    let structure = match (total.q.unit.as_deref(), part.q.unit.as_deref()) {
        (Some(t), Some(p)) => !part.q.unit_carried && is_kind_of_structure(t, p),
        _ => false,
    };
    let years_and_months = total.months().is_some() && part.months().is_some();
    (part.countable() || total.addable_time() && part.addable_time())
        && same_measure(total, part)
        && (same_noun(total, part) || (people(total) && kind) || structure || years_and_months)
}

/// A vote's tally before "majority" ("the 6-3 majority"): the majority's first figure counts
/// its members.
pub(super) fn majority_tally(total: &Fig) -> bool {
    total.q.measure == Some(Measure::Score)
        && first_words(total.after(), 1)
            .first()
            .is_some_and(|w| w == "majority")
}

/// The parts after `first`, as long as they stay in its sentence and fit `total`; `None` when
/// their kinds may overlap ("9 civilians and 6 children": a child may be a civilian), so that
/// their sum says nothing.
pub(super) fn parts_from<'a>(
    figs: &'a [Fig<'a>],
    first: usize,
    total: &Fig,
) -> Option<Vec<&'a Fig<'a>>> {
    // "Of them, 47 were rescued, six were found dead and eight are missing": a total that says
    // no outcome in its own clause, split by the outcome each part's clause says. Those are
    // its parts' only when each is a fate of its own ("20 were injured" may befall someone
    // rescued).
    if own_family(total).is_none() && own_family(&figs[first]).is_some() {
        return fates(figs, first, total);
    }
    let pos = figs[first].pos;
    let mut parts: Vec<&Fig> = Vec::new();
    let mut running = 0;
    for (at, p) in figs.iter().enumerate().skip(first) {
        // "9,800 were valid, down from 10,100 in 2022": the level it is compared with is no
        // part; the list ends there.
        if p.pos != pos || compared_base(p) {
            break;
        }
        if names_the_next_part(p, figs.get(at + 1)) {
            continue;
        }
        // "killed five people, including two children, and wounded seven others": another
        // casualty ends the list, before the part ("wounded seven") or in its own clause after
        // it ("died, including a firefighter, and 11 others have been injured").
        let gap = parts.last().and_then(|prev| prev.text_to(p)).unwrap_or("");
        let other = |w: &String| family_of(w).is_some_and(|fam| Some(fam) != family(total));
        let clause = p
            .after()
            .split([',', ';', '.', ':', '('])
            .next()
            .unwrap_or("");
        if words(gap).iter().any(other) || first_words(clause, 4).iter().any(other) {
            break;
        }
        running += usize::from(by_a_date(clause));
        if !fits(total, p) {
            // "1,500 concerned waiting times and 1,100 concerned staff": the verb said again
            // after the part's number is no unit of its own.
            let prev = parts.last();
            let alike = p.countable() && same_measure(total, p);
            if !(alike && prev.is_some_and(|prev| parallel(prev, p))) {
                // A figure joined to the list by "and" that does not fit leaves the list in
                // doubt: a "≤" over the parts before it might be false.
                let joined = !gap.contains(['.', ';', ':', '(', ')'])
                    && words(gap).last().is_some_and(|w| w == "and");
                if alike && prev.is_some() && joined {
                    return None;
                }
                break;
            }
        }
        // "nine years … and four years …, to run consecutively, with a concurrent two-year
        // term": the part after "and" closes the list.
        if ends_with_and(&parts) {
            break;
        }
        parts.push(p);
    }
    // "£3 million was spent by the end of March and £4 million by the end of June": amounts to
    // a date, each counting the one before; their sum says nothing.
    let units = parts.iter().filter_map(|p| kind_of(p));
    (!parts.is_empty() && running < 2 && disjoint_kinds(units)).then_some(parts)
}

/// `p` repeats the word after `prev` right after its number, as a verb said again ("1,500
/// concerned waiting times and 1,100 concerned staff"): the two figures are parts alike.
fn parallel(prev: &Fig, p: &Fig) -> bool {
    let own = p.claim.text[p.ls..p.le].trim_start_matches(|c: char| !c.is_alphabetic());
    let first = |s: &str| first_words(s, 1).first().cloned();
    first(prev.after()).is_some_and(|w| first(own) == Some(w) && !p.q.unit_carried)
}

/// Totals with their parts in the same sentence (or the next one, "Of these, …", "Among the
/// dead were …").
pub(crate) fn parts_total<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    in_one_sentence(figs, out);
    in_the_next_sentence(figs, out);
    super::opening::opening_total(figs, out);
    super::trailing::trailing_total(figs, out);
}

fn in_one_sentence<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for k in 0..figs.len().saturating_sub(1) {
        let (last, first) = (&figs[k], &figs[k + 1]);
        let Some((evidence, complete)) = last.text_to(first).and_then(trigger) else {
            continue;
        };
        if enumerator(first) {
            continue;
        }
        // "a total of 48 drones and 6 missiles, including 20 … drones": the total is the one
        // of the list before the trigger whose noun the first part has.
        let mut list = vec![k];
        while let Some(&j) = list.last()
            && j > 0
            && figs[j - 1].text_to(&figs[j]).is_some_and(coordinated)
        {
            list.push(j - 1);
        }
        let total = if list.len() == 1 {
            Some(of_the_whole(figs, k).unwrap_or(k))
        } else {
            // A unit the extractor carried from elsewhere in the sentence is its guess, no
            // evidence: the part must write its noun.
            let noun = first
                .q
                .unit
                .as_deref()
                .filter(|_| !first.q.unit_carried)
                .map(singular);
            let same: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&j| noun.is_some() && figs[j].q.unit.as_deref().map(singular) == noun)
                .collect();
            (same.len() == 1).then(|| same[0])
        };
        let Some(total) = total.map(|t| &figs[t]) else {
            continue;
        };
        // Lengths of time add up only in a complete list ("a total sentence of 14 years,
        // comprising nine years … and four years …").
        let time = complete && total.addable_time();
        if !(total.countable() || time) || is_forecast(total) {
            continue;
        }
        // "61 villages: 47 were flooded, 16 were cut off and 20 lost power": parts told by
        // what happened to them may overlap, unless each is a fate of its own. (A total that
        // says what happened, "12 people were hurt: 7 were treated at the scene and 5 taken to
        // hospital", is split by what followed.)
        let verbs = evidence == ":" && told_by_a_verb(first) && own_family(total).is_none();
        let parts = if verbs {
            fates(figs, k + 1, total)
        } else {
            parts_from(figs, k + 1, total)
        };
        if let Some(parts) = parts {
            out.push(judge_parts(total, &parts, &evidence, complete));
        }
    }
}

/// "killed 11 of the 72 people on board, including 10 passengers and two pilots": the parts
/// after a whole named as "N of the M" are some of the N (`k`: the M), not of the M.
fn of_the_whole(figs: &[Fig], k: usize) -> Option<usize> {
    let n = figs.get(k.checked_sub(1)?)?;
    let gap = n.text_to(&figs[k])?;
    let w = words(gap);
    let of = matches!(
        w.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
        ["of"] | ["of", "the" | "its" | "their" | "his" | "her" | "our"]
    );
    (of && !gap.contains(|c: char| c.is_ascii_punctuation())).then_some(k - 1)
}

fn in_the_next_sentence<'a>(figs: &'a [Fig<'a>], out: &mut Vec<Draft<'a>>) {
    for (first_at, first) in figs.iter().enumerate() {
        // The first figure of a sentence that opens with the words.
        if first.pos == 0 || (first_at > 0 && figs[first_at - 1].pos == first.pos) {
            continue;
        }
        let opening = first_words(&first.claim.text, 6);
        // (The words skip figures: "Of the 14 dead, eight …" opens with its own total, which
        // `opening_total` reads.)
        let before = words(first.before()).len();
        // "Among those who voted Labour in 2024, …" names a group of its own, not the previous
        // sentence's.
        let opens = |p: &[&str]| {
            opening.len() >= p.len()
                && has_phrase(&opening[..p.len()], p)
                && before >= p.len()
                && !opening
                    .get(p.len())
                    .is_some_and(|w| matches!(w.as_str(), "who" | "whom" | "that" | "which"))
        };
        // The figures of the sentence just before (figures are in text order).
        let mut previous: Vec<&Fig> = figs[..first_at]
            .iter()
            .rev()
            .take_while(|f| f.pos + 1 == first.pos)
            .collect();
        previous.reverse();
        let (total, evidence) =
            if let Some((p, fam)) = NEXT_SENTENCE_CASUALTIES.iter().find(|(p, _)| opens(p)) {
                // "Among the dead": the previous sentence's one figure of the dead.
                let of_kind: Vec<&Fig> = previous
                    .iter()
                    .copied()
                    .filter(|f| {
                        // Read in the figure's own clause: "carrying 40 tourists …, killing 12".
                        let said = role(f.before(), f.after());
                        said.as_deref() == Some(*fam) && !is_part(f)
                    })
                    .collect();
                match of_kind.as_slice() {
                    [one] => (*one, p.join(" ")),
                    _ => continue,
                }
            } else if let Some(p) = NEXT_SENTENCE_PARTS.iter().find(|p| opens(p))
                && !names_its_own_total(first)
            {
                // "Of these, 10 …": the previous sentence's last figure of the kind, not an
                // earlier level nor a change of it ("243,290 …, up 3% from 236,110 last year.
                // Of those, 240,000 …": those are the 243,290).
                // Two such totals ("earned $5 billion in 2025 and $4 billion in 2024. Of
                // that, …"): which one is not said.
                let levels: Vec<&&Fig> = previous
                    .iter()
                    .filter(|f| !is_earlier_level(f) && fits(f, first))
                    .collect();
                match levels.as_slice() {
                    [one] => (**one, p.join(" ")),
                    _ => continue,
                }
            } else {
                continue;
            };
        // "17% did not know. Of those, 60% …": a percentage of those is a share of the group,
        // a percentage of another base than the total's.
        let share = first.q.measure == Some(Measure::Percent);
        if !total.countable() || is_forecast(total) || share {
            continue;
        }
        if let Some(parts) = parts_from(figs, first_at, total).filter(|p| !split_two_ways(p)) {
            out.push(judge_parts(total, &parts, &evidence, false));
        }
    }
}

/// The sentence's first figure follows "Of those" with no comma and its phrase ends at one:
/// "Of those 355, 52 were sentenced …" names its own total (read by [`super::opening::opening_total`]), not a
/// part of the previous sentence's last figure (which may be a part of that total: "355 …
/// charged, and 259 of them convicted").
fn names_its_own_total(first: &Fig) -> bool {
    let phrase = first.after().split(',').next().unwrap_or("");
    !first.before().contains(',')
        && first.after().contains(',')
        && !phrase.contains(['.', ';', ':'])
        && words(phrase).len() <= 3
}

/// Compares the sum of `parts` with `total`.
pub(super) fn judge_parts<'a>(
    total: &'a Fig<'a>,
    parts: &[&'a Fig<'a>],
    evidence: &str,
    complete: bool,
) -> Draft<'a> {
    let mut notes = Vec::new();
    let stated = band(total.q, &mut notes);
    // "six years … and 18 months …, a total sentence of eight years": each part in the
    // total's unit, written with its own.
    let scale = |p: &Fig| p.months().zip(total.months()).map_or(1.0, |(p, t)| p / t);
    let mixed = parts.iter().any(|p| scale(p) != 1.0);
    let sum = parts.iter().fold(Band::exact(0.0), |acc, p| {
        acc.plus(band(p.q, &mut notes).times(scale(p)))
    });
    let with_unit = |v: f64, f: &Fig| match (mixed, f.q.unit.as_deref()) {
        (true, Some(unit)) => format!("{} {unit}", num(v)),
        _ => num(v),
    };
    let terms: Vec<String> = parts.iter().map(|p| with_unit(p.q.value, p)).collect();
    let summed = if parts.len() > 1 {
        format!("{} = {}", terms.join(" + "), with_unit(sum.value, total))
    } else {
        terms.join("")
    };
    let result = if complete {
        judge(stated, sum)
    } else if sum.value <= stated.value {
        Outcome::Consistent
    } else if sum.lo <= stated.hi {
        Outcome::Approximate
    } else {
        Outcome::Inconsistent
    };
    let whole = with_unit(stated.value, total);
    let arithmetic = match (complete, result) {
        (false, Outcome::Consistent) if sum.value < stated.value => format!(
            "{summed} ≤ {whole} ({} not itemised)",
            num(stated.value - sum.value)
        ),
        (_, Outcome::Consistent) => format!("{summed} = {whole}"),
        (_, Outcome::Approximate) => format!("{summed} ≈ {whole}"),
        _ if sum.value > stated.value => format!("{summed} > {whole} (the parts exceed the total)"),
        _ => format!("{summed} ≠ {whole} (a complete list)"),
    };
    let mut uses = vec![(total, "total")];
    uses.extend(parts.iter().map(|p| (*p, "part")));
    Draft {
        relation: Relation::PartsTotal,
        result,
        uses,
        arithmetic,
        tolerance: (result == Outcome::Approximate).then(|| notes.join("; ")),
        evidence: format!("“{evidence}”"),
    }
}
