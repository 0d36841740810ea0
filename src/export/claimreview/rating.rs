//! The rating a verdict publishes: `True`, `False`, `Misleading` (a disputed claim whose note
//! plainly calls it misleading) or `Unproven`, with its place on Google's 1–5 scale.

use crate::session::Verdict;

/// The numeric scale, as in Google's example: 1 = False … 5 = True.
pub(super) const WORST: u8 = 1;
pub(super) const BEST: u8 = 5;

/// The textual rating of a verdict, with its place on the 1–5 scale (none for `Unproven`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// A verified claim.
    True,
    /// A disputed claim whose note says it is misleading rather than false.
    Misleading,
    /// A disputed claim.
    False,
    /// An unclear claim.
    Unproven,
}

impl Rating {
    /// The rating of a verdict and its note.
    pub fn of(verdict: Verdict, note: &str) -> Rating {
        match verdict {
            Verdict::Verified => Rating::True,
            Verdict::Disputed if is_misleading(note) => Rating::Misleading,
            Verdict::Disputed => Rating::False,
            Verdict::Unclear => Rating::Unproven,
        }
    }

    /// The `alternateName` Google shows.
    pub fn name(self) -> &'static str {
        match self {
            Rating::True => "True",
            Rating::Misleading => "Misleading",
            Rating::False => "False",
            Rating::Unproven => "Unproven",
        }
    }

    /// The `ratingValue` on the 1–5 scale.
    pub fn value(self) -> Option<u8> {
        match self {
            Rating::True => Some(BEST),
            Rating::Misleading => Some(2),
            Rating::False => Some(WORST),
            Rating::Unproven => None,
        }
    }
}

/// Whether a disputed claim's note calls it misleading: a word starting with "mislead"
/// ("misleading", "misleads") or the phrase "out of context", unless negated or hedged by the
/// word just before it ("not misleading", "isn't misleading", "maybe misleading") or asked
/// rather than said (`Conversion error, "misleading"?`): the rating is published, so only a
/// plain statement in the note decides it.
pub fn is_misleading(note: &str) -> bool {
    let lower = note.to_lowercase();
    lower
        .split_inclusive(['.', '!', '?', ';', '\n'])
        .filter(|clause| !clause.trim_end().ends_with('?'))
        .any(calls_misleading)
}

/// [`is_misleading`] for one clause of a note.
fn calls_misleading(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let negated = |at: usize| {
        at > 0
            && matches!(
                words[at - 1],
                "not"
                    | "isn't"
                    | "isnt"
                    | "never"
                    | "no"
                    | "hardly"
                    | "wasn't"
                    | "nor"
                    | "maybe"
                    | "perhaps"
                    | "possibly"
                    | "probably"
            )
    };
    words.iter().enumerate().any(|(i, w)| {
        let mislead = w.starts_with("mislead") && !negated(i);
        let context = words.get(i..i + 3) == Some(&["out", "of", "context"]) && !negated(i);
        mislead || context
    })
}
