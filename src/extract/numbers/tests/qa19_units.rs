//! QA round 19: what a figure measures (a crowd verb before a name, two-digit fiscal years,
//! units written with what they weigh).

use super::{f, figures, quantities};
use crate::claim::Measure;

#[test]
fn a_crowd_verb_before_a_name_lends_no_unit() {
    // QA round 19, item E-7.
    assert_eq!(
        figures("An estimated 80,000 packed Wembley for the final, the FA said."),
        vec![f(80000.0, "", "80,000")]
    );
    assert_eq!(
        figures("About 80,000 packed Trafalgar Square on Saturday."),
        vec![f(80000.0, "", "80,000")]
    );
    // A plural name, or a noun after a name, is what the figure counts.
    for (s, unit) in [
        (
            "Officials said 30 injured Americans were flown home.",
            "americans",
        ),
        (
            "The strike killed 40 wounded Ukrainian soldiers.",
            "soldiers",
        ),
    ] {
        let found = figures(s);
        assert_eq!(found[0].1.as_deref(), Some(unit), "{s}: {found:?}");
    }
}

#[test]
fn a_mass_of_carbon_written_as_one_symbol_is_physical() {
    // QA round 19, item E-14.
    let found = quantities("Emissions reached 57.1 GtCO2e in 2023, the UN said.", 0);
    assert_eq!(found[0].unit.as_deref(), Some("GtCO2e"), "{found:?}");
    assert_eq!(found[0].measure, Some(Measure::Physical));
    let found = quantities("The plant emits 12 MtCO2 a year.", 0);
    assert_eq!(found[0].unit.as_deref(), Some("MtCO2"), "{found:?}");
    assert_eq!(found[0].measure, Some(Measure::Physical));
}

#[test]
fn watts_are_a_power_glued_or_apart() {
    // QA round 21, item M-12.
    for (s, text) in [
        ("The arrays produce 850W near Jupiter.", "850W"),
        (
            "The arrays produce only 850 watts near Jupiter.",
            "850 watts",
        ),
    ] {
        let found = quantities(s, 0);
        assert_eq!(found.len(), 1, "{s}: {found:#?}");
        assert_eq!(
            (found[0].value, found[0].measure, found[0].text.as_str()),
            (850.0, Some(Measure::Physical), text),
            "{s}"
        );
    }
}
