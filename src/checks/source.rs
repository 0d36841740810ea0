//! Who gives a figure: the claim's speaker, as a name to compare ("the United Nations" and "UN"
//! are one source; "Sudan's health ministry" and "the United Nations" are two). Two sources'
//! tolls of one event that disagree are a dispute the article reports, not an error in it.

use super::figures::Fig;
use super::interval::band;
use super::{Draft, Outcome, Relation};
use crate::claim::Qualifier;

/// Words that stand for a speaker without naming one.
const PRONOUNS: &[&str] = &["it", "he", "she", "they", "we", "i", "you", "this", "that"];

/// The named source of a figure, lower-case without a leading "the"; `None` when the claim has
/// no speaker or only a pronoun for one.
pub(super) fn source(f: &Fig) -> Option<String> {
    let speaker = f.claim.speaker.as_deref()?.trim();
    let lower = speaker.to_lowercase();
    let name = lower.strip_prefix("the ").unwrap_or(&lower).trim();
    (!name.is_empty() && !PRONOUNS.contains(&name)).then(|| name.to_string())
}

/// Two named sources are one: the same words, one inside the other ("health ministry" in
/// "sudan's health ministry"), or one the initials of the other ("un", "united nations").
pub(super) fn same_source(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if short.is_empty() {
        return false;
    }
    let inside = long.windows(short.len()).any(|w| w == short.as_slice());
    // Initials of the long name's words, small words left out ("un" for "united nations",
    // "who" for "world health organization").
    let initials: String = long
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "for" | "the" | "and"))
        .filter_map(|w| w.chars().next())
        .collect();
    inside || (short.len() == 1 && long.len() > 1 && short[0] == initials)
}

/// The figures' bands still overlap with their open bounds closed: "at least 120" read as 120,
/// "up to 200" as 200 (their rounding and "about" kept). Tolls that overlap only through such a
/// bound ("at least 120" against 212) say different things.
pub(super) fn overlap_closed(group: &[&Fig]) -> bool {
    let mut notes = Vec::new();
    let mut lo = f64::NEG_INFINITY;
    let mut hi = f64::INFINITY;
    for f in group {
        let mut b = band(f.q, &mut notes);
        let top = f.q.upper.unwrap_or(f.q.value);
        match f.q.qualifier {
            Some(Qualifier::AtLeast | Qualifier::MoreThan) => b.hi = top,
            Some(Qualifier::UpTo | Qualifier::LessThan) => b.lo = top,
            _ => {}
        }
        lo = lo.max(b.lo);
        hi = hi.min(b.hi);
    }
    lo <= hi
}

/// The same quantity stated differently by two named sources or more, each agreeing with
/// itself: "at least 120 (United Nations, twice) ≠ 212 (Sudan's health ministry)", a finding to
/// read (→), not an alarm. `None` when the figures have fewer than two named sources, or when
/// one source's own figures disagree (that stays ✗). `stated` writes a figure as hedged;
/// `between` parts the values: " ≠ ", or " vs " for tolls an open bound leaves compatible ("at
/// least 120 vs 212").
pub(super) fn disputed<'a>(
    group: &[&'a Fig<'a>],
    what: &str,
    stated: fn(&Fig) -> String,
    between: &str,
) -> Option<Draft<'a>> {
    // Each named source (as first written) with its figures.
    let mut sources: Vec<(String, &str, Vec<&Fig>)> = Vec::new();
    for f in group {
        let Some(name) = source(f) else { continue };
        match sources.iter_mut().find(|(n, _, _)| same_source(n, &name)) {
            Some((_, _, figs)) => figs.push(f),
            None => sources.push((name, f.claim.speaker.as_deref()?.trim(), vec![f])),
        }
    }
    if sources.len() < 2 {
        return None;
    }
    let agrees = |figs: &[&Fig]| {
        let mut notes = Vec::new();
        let bands: Vec<_> = figs.iter().map(|f| band(f.q, &mut notes)).collect();
        let lo = bands.iter().map(|b| b.lo).fold(f64::NEG_INFINITY, f64::max);
        let hi = bands.iter().map(|b| b.hi).fold(f64::INFINITY, f64::min);
        lo <= hi
    };
    if !sources.iter().all(|(_, _, figs)| agrees(figs)) {
        return None;
    }
    // Each value once, with how often it is stated and by whom: "14 (twice; police)".
    let mut distinct: Vec<(String, usize, Vec<&str>)> = Vec::new();
    for f in group {
        let by = source(f).and_then(|name| {
            sources
                .iter()
                .find(|(n, _, _)| same_source(n, &name))
                .map(|(_, written, _)| *written)
        });
        let s = stated(f);
        let at = match distinct.iter().position(|(d, _, _)| *d == s) {
            Some(at) => at,
            None => {
                distinct.push((s, 0, Vec::new()));
                distinct.len() - 1
            }
        };
        let (_, n, names) = &mut distinct[at];
        *n += 1;
        if let Some(by) = by.filter(|by| !names.contains(by)) {
            names.push(by);
        }
    }
    let written: Vec<String> = distinct
        .into_iter()
        .map(|(s, n, names)| {
            let mut notes: Vec<String> = match n {
                1 => Vec::new(),
                2 => vec!["twice".to_string()],
                n => vec![format!("{n} times")],
            };
            if !names.is_empty() {
                notes.push(names.join(", "));
            }
            match notes.is_empty() {
                true => s,
                false => format!("{s} ({})", notes.join("; ")),
            }
        })
        .collect();
    let names: Vec<&str> = sources.iter().map(|(_, written, _)| *written).collect();
    Some(Draft {
        relation: Relation::SameQuantity,
        result: Outcome::Derived,
        uses: group.iter().map(|f| (*f, "stated")).collect(),
        arithmetic: format!("{} ({what}, by source)", written.join(between)),
        tolerance: None,
        evidence: format!(
            "different sources give the toll ({}): a dispute the article reports, not an error in it",
            names.join("; ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::same_source;

    #[test]
    fn one_source_under_two_names() {
        assert!(same_source("united nations", "un"));
        assert!(same_source("health ministry", "sudan's health ministry"));
        assert!(same_source("world health organization", "who"));
        assert!(same_source("ocha", "ocha"));
        assert!(!same_source("united nations", "sudan's health ministry"));
        assert!(!same_source("rsf", "united nations"));
    }
}
