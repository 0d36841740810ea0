//! Furniture found in QA round 12: list labels, question labels, newsletter promotions, a
//! publication row parted by `·`, and timeline rows, which are no furniture.

use super::tests::kind;

#[test]
fn furniture_of_round_12() {
    // QA round 12, item 15: each was kept as a claim.
    for (line, expected) in [
        (
            "November 7, 2025 8:52 AM EST · Updated 2 hours ago",
            "byline",
        ),
        ("Most read in Football", "label"),
        // A byline's details with the time since an update (README check, 27 Nov).
        ("By Jane Doe | Updated 2 hours ago | 4 min read", "byline"),
        ("By Jane Doe · Updated 2 hours ago · 4 min read", "byline"),
        // QA round 13, item 15: two stamps, each with a clock time.
        (
            "Published June 18, 2025 at 10:42 p.m. CDT | Updated June 19, 2025 at 7:15 a.m. CDT",
            "byline",
        ),
        (
            "June 18, 2025 at 10:42 p.m. CDT | Updated June 19, 2025 at 7:15 a.m. CDT",
            "byline",
        ),
        ("Q&A: What does the report mean for borrowers?", "label"),
        (
            "Get the latest health news delivered to your inbox every Tuesday.",
            "notice",
        ),
    ] {
        assert_eq!(kind(line), Some(expected), "{line}");
    }
    // Statements with the same words.
    for line in [
        "Most read the report as a warning to the government.",
        "What does the report mean for borrowers? Economists say rates will rise.",
        "Phishing emails landing in your inbox rose 40% last year, the agency said.",
        "The minister was asked: why did costs rise by 40%?",
    ] {
        assert_eq!(kind(line), None, "{line}");
    }
}

#[test]
fn timeline_rows_are_no_headings() {
    // QA round 12, item 22: two of three rows of a timeline were taken for headings.
    for line in [
        "April 2023 - Fighting breaks out in Khartoum",
        "March 2025 - Army retakes Khartoum",
        "May 2024 - RSF lays siege to El Fasher",
    ] {
        assert_eq!(kind(line), None, "{line}");
    }
}
