//! Furniture and headlines found in QA round 20: a statistics office's release page, a tabloid's
//! headline in capitals and its standfirst, a live page's sign-off and question subhead; and
//! round 21's headlines in capitals (item L-9).

use super::tests::kind;
use crate::extract::score::{Signals, score};

#[test]
fn furniture_of_round_20() {
    for (line, expected) in [
        // Item I-10: a statistics office's release page.
        (
            "Central Statistics Office | Releases | Census 2026",
            "navigation",
        ),
        ("Statistical Release", "heading"),
        (
            "Print | Download PDF (1.2MB) | Download tables (XLSX)",
            "related-link",
        ),
        (
            "[Chart caption: Figure 2.3 Population pyramid by sex and five-year age group, 2022 \
             and 2026]",
            "label",
        ),
        (
            "Related releases: Population and Migration Estimates April 2025 | Vital Statistics \
             Q4 2025",
            "related-link",
        ),
        // Item H-13: a live page's sign-off and a question as its subhead.
        (
            "That's where we'll end our live coverage for today.",
            "notice",
        ),
        ("How many people have crossed this year?", "label"),
    ] {
        assert_eq!(kind(line), Some(expected), "{line}");
    }
    // Statements with the same words.
    for line in [
        "Revenue | 2025 | 2026",
        "The statistical release showed 40 died.",
        "Chart toppers sold 2 million copies in 2026.",
        "Our coverage found that 12 people died in 2025.",
        "How 40 people died: the report",
        "\"How many people have crossed this year?\" she asked.",
        "MORE FROM CBS NEWS 2026",
    ] {
        assert_ne!(kind(line), Some("navigation"), "{line}");
        assert_ne!(kind(line), Some("related-link"), "{line}");
        if !line.starts_with(['M', 'R']) {
            assert_eq!(kind(line), None, "{line}");
        }
    }
}

#[test]
fn tabloid_headlines_with_figures_are_claims() {
    // Item I-11: a headline in capitals with a scoreline, a standfirst with a fee.
    for line in [
        "VILLA 3 SPURS 1: WATKINS DOUBLE SINKS SORRY SPURS AS EMERY'S MEN GO FOURTH",
        "Ollie's on fire as £50m flop Solanke misses sitter",
        "SIX DEAD IN PARIS SHOOTING",
    ] {
        assert_eq!(kind(line), None, "{line}");
        assert!(score(line, &Signals::default()) >= 0.5, "{line}");
    }
    assert_eq!(kind("MORE FROM CBS NEWS"), Some("capitals"));
    assert_eq!(kind("TOP 10 STORIES"), Some("capitals"));
}

#[test]
fn capitals_headlines_of_events_with_figures_are_claims() {
    // QA round 21, item L-9: a passive with an irregular participle, people in hospital.
    for line in [
        "£80M COCAINE HAUL: 6 HELD AFTER DAWN RAIDS",
        "4 HELD IN DAWN RAIDS",
        "6 HELD AFTER £80M COCAINE HAUL",
        "2 TONNES OF COCAINE FOUND IN BANANA BOXES",
        "MEASLES OUTBREAK: 40 CHILDREN IN HOSPITAL",
        "Measles outbreak: 40 children in hospital",
    ] {
        assert_eq!(kind(line), None, "{line}");
        assert!(score(line, &Signals::default()) >= 0.5, "{line}");
    }
    // A label before each figure: a programme's part, no event.
    for line in ["SEASON 2 EPISODE 4", "PART 2 OF 3", "CHAPTER 3 EPISODE 4"] {
        assert_eq!(kind(line), Some("capitals"), "{line}");
    }
}
