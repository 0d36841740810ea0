//! Furniture found in QA round 15: live-blog timestamps, a dated time line, a share bar with a
//! comment count, a sidebar of documents, a service notice with a telephone number.

use super::tests::kind;
use crate::extract::score::model::Model;
use crate::extract::score::profile::profile;

#[test]
fn furniture_of_round_15() {
    for (line, expected) in [
        // Item b-10: a live blog's entry times.
        ("11:42 a.m. ET", "dateline"),
        ("6:05 a.m. ET", "dateline"),
        ("11:42 a.m. EDT Sept. 27", "dateline"),
        // Item c-7.
        ("December 19, 2025 at 10:04 a.m. ET", "dateline"),
        ("Share Save Comment (214)", "navigation"),
        // Item a-11.
        (
            "Sidebar: Read the full opinion (PDF, 1.2 MB) | Timeline: Jan. 6 prosecutions",
            "related-link",
        ),
        // Item b-14.
        (
            "For the latest evacuation information, visit ready.eldoradocounty.gov or call \
             530-621-5655.",
            "notice",
        ),
    ] {
        let p = profile(line, &Model::embedded().common);
        assert_eq!(kind(line), Some(expected), "{line}: {p:?}");
    }
    // Statements with the same words.
    for line in [
        "At 11:42 a.m. ET, the storm made landfall near Cedar Key.",
        "Save the Children said 214 children had died.",
        "For now, call centres handle 300 calls a day, the company said.",
        "The 40-page report (PDF, 2 MB) found that 30% of homes were damaged.",
        "Officials said 12 people had died by 11:42 a.m. ET.",
    ] {
        assert_eq!(kind(line), None, "{line}");
    }
}
