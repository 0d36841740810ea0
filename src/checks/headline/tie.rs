//! A figure's place beside its neighbour, for the headline check: the part or the whole of "298
//! of the 650 seats", the first or the second side of a tally ("312 votes to 298").

use crate::checks::figures::{Fig, last_words, words};
use crate::checks::share::ties_part_to_whole;
use crate::claim::Measure;

/// A figure's place beside its neighbour: the part or the whole of "298 of the 650 seats", the
/// first or the second side of a tally ("312 votes to 298").
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Tie {
    None,
    /// The 298 of "298 of the 650 seats", the 312 of "312 votes to 298": the level a headline
    /// gives.
    Part,
    /// The 650 of "298 of the 650 seats" (the size of the chamber), the 298 of "312 votes to
    /// 298" (the losing side): another value of the quantity, never the only one.
    Whole,
}

impl Tie {
    pub(super) fn of(figs: &[Fig], at: usize) -> Tie {
        let tied = |a: &Fig, b: &Fig| {
            a.text_to(b).is_some_and(|gap| {
                let tally = words(gap) == ["to"]
                    && [a, b]
                        .iter()
                        .all(|f| f.q.measure.unwrap_or(Measure::Count) == Measure::Count)
                    && !last_words(a.before(), 1)
                        .first()
                        .is_some_and(|w| matches!(w.as_str(), "from" | "between"));
                tally || ties_part_to_whole(gap) && !gap.contains([',', ';', '.', ':'])
            })
        };
        if at > 0 && tied(&figs[at - 1], &figs[at]) {
            Tie::Whole
        } else if figs.get(at + 1).is_some_and(|next| tied(&figs[at], next)) {
            Tie::Part
        } else {
            Tie::None
        }
    }
}
