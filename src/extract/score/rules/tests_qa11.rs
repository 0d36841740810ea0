//! Furniture found in QA round 11: credits, publication rows, contacts, safe-harbour notices.

use super::tests::kind;

#[test]
fn furniture_of_round_11() {
    // QA round 11, item 19: each was kept as a claim.
    for (line, expected) in [
        (
            "PTI | Mumbai | Updated: 12th March, 2025 09:41 IST",
            "byline",
        ),
        (
            "Times staff writer Dana Liu contributed to this report.",
            "byline",
        ),
        (
            "The Associated Press contributed reporting from Kyiv.",
            "byline",
        ),
        ("Jordan Blake\npress@northwindlogistics.com", "byline"),
        (
            "Follow us on Twitter and Facebook for latest updates.",
            "command",
        ),
        (
            "This press release contains forward-looking statements within the meaning of the \
             Private Securities Litigation Reform Act of 1995.",
            "notice",
        ),
        (
            "These forward-looking statements involve risks and uncertainties that could cause \
             actual results to differ materially.",
            "notice",
        ),
        (
            "Anyone with symptoms should call NHS 111 rather than going to a GP surgery or A&E.",
            "notice",
        ),
        (
            "Residents who need help can contact the council on 0300 123 4567.",
            "notice",
        ),
    ] {
        assert_eq!(kind(line), Some(expected), "{line}");
    }
    // Statements with the same words.
    for line in [
        "Heavy rain contributed to the flooding, officials said.",
        "Donors contributed $4 million to the campaign.",
        "Analysts said the company's forward-looking guidance was too cautious.",
        "Anyone who called 911 that night was put on hold for 40 minutes, the report found.",
        "People should call their representatives, the senator said in 2019.",
    ] {
        assert_eq!(kind(line), None, "{line}");
    }
}
