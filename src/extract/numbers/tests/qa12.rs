//! QA round 12: a pronoun "one", p-values, "over" a length of time, the noun of a compared
//! figure, "at the age of", concentrations and the noun after "fewer" (items 5–8, 16, 17, 21).

use super::super::quantities;
use super::{f, figures};
use crate::claim::{Measure, Qualifier};

#[test]
fn a_pronoun_one_is_no_figure() {
    // Item 5.
    for s in [
        "cut the risk of heart attacks and strokes by 31% in people who had already suffered one, the trial found.",
        "The drug cut the risk by 31% in people who had already had one.",
        "The risk fell by 31% among those who had suffered one before.",
    ] {
        assert_eq!(figures(s), vec![f(31.0, "percent", "31%")], "{s}");
    }
    // A count by ellipsis, a toll and a score stay figures.
    assert_eq!(
        figures("Police arrested two men and charged one.")[1],
        f(1.0, "man", "one")
    );
    assert_eq!(figures("Russian drones killed one.").len(), 1);
}
