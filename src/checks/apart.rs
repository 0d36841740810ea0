//! Whether two figures of one claim may be related by arithmetic at all, from what the checks
//! read of a figure: its own clause's role ("killed" against "injured"), an addition ("another
//! …", "30,000 more damaged"), another occasion ("last week"), and years ("in 1970 … in 1974").
//! The review screen's arithmetic aids use it, so that a difference or a share is offered only
//! for figures that count the same thing on the same occasion.

use std::collections::HashSet;

use super::figures::{Fig, unaddable};
use super::occasion::other_occasion;
use super::role::{clause, opposed, role};
use super::running::is_addition;
use super::same::names_a_year;
use crate::claim::{Claim, Quantity};

/// What a figure's place in its claim says about what it counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Standing {
    /// What happened to what it counts ("killed", "launched"), read in its own clause.
    pub role: Option<String>,
    /// It is counted on top of the others ("another 1,600", "30,000 more").
    pub addition: bool,
    /// Its own clause puts it on another occasion ("7 people last week").
    pub elsewhen: bool,
    /// Arithmetic cannot use it: an indefinite amount ("hundreds"), an age, a magnitude, a
    /// length of time, a score, a ratio, a bare number set off by commas (an age).
    pub uncountable: bool,
}

impl Standing {
    /// The standing of figure `q` of `claim`, found in the claim's text by its offsets, else by
    /// its text; a figure not found has only what the figure itself says.
    pub fn of(claim: &Claim, q: &Quantity) -> Standing {
        let Some(fig) = locate(claim, q) else {
            return Standing {
                uncountable: unaddable(q),
                ..Standing::default()
            };
        };
        Standing {
            role: role(fig.before(), fig.after()),
            addition: is_addition(&fig),
            elsewhen: other_occasion(&clause(fig.before(), fig.after())).is_some(),
            uncountable: !fig.countable(),
        }
    }

    /// The two figures count different things or different occasions: opposed roles, one
    /// counted on top of the other, or only one of them on another occasion.
    pub fn apart(&self, other: &Standing) -> bool {
        opposed(self.role.as_deref(), other.role.as_deref())
            || self.addition
            || other.addition
            || self.elsewhen != other.elsewhen
    }
}

/// The claim names more than one year ("in 1970, … killed 15,000 …, and … killed more than
/// 1,400 in 1974"): its figures may be of different years, and which is which is not read.
pub fn spans_years(claim: &Claim) -> bool {
    let years: HashSet<&str> = claim
        .dates
        .iter()
        .filter(|d| names_a_year(d))
        .filter_map(|d| d.iso.as_deref())
        .map(|iso| iso.get(..4).unwrap_or(iso))
        .collect();
    years.len() > 1
}

/// Figure `q` in `claim`'s text: at its offsets when they hold its text, else where its text
/// first appears.
fn locate<'a>(claim: &'a Claim, q: &'a Quantity) -> Option<Fig<'a>> {
    let text = claim.text.as_str();
    let by_offsets = q
        .start
        .checked_sub(claim.start)
        .zip(q.end.checked_sub(claim.start))
        .filter(|&(s, e)| text.get(s..e) == Some(q.text.as_str()));
    let (ls, le) = by_offsets.or_else(|| {
        let s = text.find(q.text.as_str()).filter(|_| !q.text.is_empty())?;
        Some((s, s + q.text.len()))
    })?;
    Some(Fig {
        claim,
        pos: 0,
        q,
        ls,
        le,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(sentence: &str) -> Claim {
        let options = crate::extract::Options { min_score: 0.0 };
        let claims = crate::extract::extract_with(sentence, 0, &options);
        assert_eq!(claims.len(), 1, "{sentence}");
        claims.into_iter().next().unwrap()
    }

    fn standings(c: &Claim) -> Vec<Standing> {
        c.quantities.iter().map(|q| Standing::of(c, q)).collect()
    }

    #[test]
    fn launched_and_intercepted_are_one_measure() {
        let c = claim(
            "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
        );
        let s = standings(&c);
        assert!(!s[0].apart(&s[1]));
        assert!(!spans_years(&c));
    }

    #[test]
    fn collapsed_and_more_damaged_homes_are_apart() {
        let c = claim(
            "The earthquake also led to the collapse of more than 12,000 homes and left 30,000 \
             more damaged, severing power lines and telecommunications, Xinhua reported.",
        );
        let s = standings(&c);
        assert!(s[1].addition, "{s:?}");
        assert!(s[0].apart(&s[1]));
    }

    #[test]
    fn more_than_after_a_figure_is_no_addition() {
        let c = claim("Police arrested 12 people, 7 more than on Monday.");
        let s = standings(&c);
        assert!(!s.iter().any(|s| s.addition), "{s:?}");
    }

    #[test]
    fn two_years_and_another_occasion_set_figures_apart() {
        let c = claim(
            "According to state media, in 1970, a 7.7-magnitude earthquake killed at least \
             15,000 people in Yunnan, and a magnitude-7.1 quake in the region killed more than \
             1,400 in 1974.",
        );
        assert!(spans_years(&c));
        let s = standings(&c);
        assert!(s[0].uncountable && s[2].uncountable, "magnitudes: {s:?}");
        let c = claim("Police arrested 12 people on Monday and 7 people last week.");
        let s = standings(&c);
        assert!(s[1].elsewhen && !s[0].elsewhen, "{s:?}");
        assert!(s[0].apart(&s[1]));
        assert!(!spans_years(&claim(
            "In 2024, 181 drones were fired and 115 were shot down."
        )));
    }
}
