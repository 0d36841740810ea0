//! QA round 19: what a figure measures (a crowd verb before a name, two-digit fiscal years,
//! units written with what they weigh).

use super::{f, figures};

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
        ("Officials said 30 injured Americans were flown home.", "americans"),
        ("The strike killed 40 wounded Ukrainian soldiers.", "soldiers"),
    ] {
        let found = figures(s);
        assert_eq!(found[0].1.as_deref(), Some(unit), "{s}: {found:?}");
    }
}
