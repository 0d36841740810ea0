//! Unit tests of the Markdown report: sections, escaping, conflicts and citations.

use super::*;
use crate::export::testing::{claim_of_kind, review_by, session_with};

#[test]
fn figure_checks_have_a_section_and_a_line_under_their_claims() {
    let text = "Officials said 3,400 people died in the north. Another 1,600 died in the \
                south. That brought the number killed to 5,100.";
    let claims = crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
    let session = session_with(claims.into_iter().map(|c| (c, Review::default())).collect());
    let report = render(&session);
    assert!(
        report.contains("\n## Figure checks\n\n1 of 1 checks find figures that do not add up."),
        "{report}"
    );
    assert!(report.contains("- ✗ **running total** (inconsistent): 3,400 + 1,600 = 5,000 ≠ 5,100 (stated total). Evidence: “another” … “brought the number killed to”."), "{report}");
    assert_eq!(
        report.matches("**Figure check:** ✗ running total").count(),
        3,
        "{report}"
    );
    let plain = session_with(vec![(
        claim_of_kind("It was cold.", Kind::Statement),
        Review::default(),
    )]);
    assert!(!render(&plain).contains("Figure check"));
}

#[test]
fn escape_neutralises_markup_but_keeps_the_words() {
    assert_eq!(escape("181 drones"), "181 drones");
    assert_eq!(
        escape("*bold* _it_ `code`"),
        "\\*bold\\* \\_it\\_ \\`code\\`"
    );
    assert_eq!(
        escape("[click](javascript:alert(1))"),
        "\\[click\\](javascript:alert(1))"
    );
    assert_eq!(escape("<script>x</script>"), "\\<script\\>x\\</script\\>");
    assert_eq!(escape("a | b &amp; ~~c~~"), "a \\| b \\&amp; \\~\\~c\\~\\~");
    assert_eq!(escape("# Heading"), "\\# Heading");
    assert_eq!(escape("- item"), "\\- item");
    assert_eq!(escape("> quote"), "\\> quote");
    assert_eq!(escape("2022. A year"), "2022\\. A year");
    assert_eq!(escape("    indented code"), "indented code");
    assert_eq!(escape("a - b # c 3. d"), "a - b # c 3. d");
    assert_eq!(escape("trailing \\"), "trailing \\\\");
}

#[test]
fn multi_line_text_keeps_its_lines_inside_the_quote() {
    assert_eq!(
        escape_lines("First line.\n\n# not a heading", "> "),
        "First line.\\\n> \\# not a heading"
    );
}

#[test]
fn evidence_links_become_autolinks_only_when_plain_http() {
    assert_eq!(
        evidence_item("https://example.org/a?b=1"),
        "<https://example.org/a?b=1>"
    );
    assert_eq!(evidence_item("javascript:alert(1)"), "javascript:alert(1)");
    assert_eq!(
        evidence_item("https://x.org/<script>"),
        "https://x.org/\\<script\\>"
    );
}

#[test]
fn report_groups_claims_by_verdict_with_summary_first() {
    let mut disputed = review_by(Some(Verdict::Disputed), "ann");
    disputed.note = "Air force: 181 launched,\n*110* downed.".to_string();
    disputed.evidence = vec!["https://example.org/af".to_string()];
    let mut quote = claim_of_kind("“We are positive,” Peskov said.", Kind::Quote);
    quote.speaker = Some("Dmitry Peskov".to_string());
    let session = session_with(vec![
        (
            claim_of_kind("Ukraine shot down 115.", Kind::Quantity),
            disputed,
        ),
        (quote, review_by(Some(Verdict::Verified), "ann")),
        (
            claim_of_kind("It was <b>cold</b>.", Kind::Statement),
            Review::default(),
        ),
    ]);
    let text = render(&session);
    let summary = text.find("## Summary").unwrap();
    let disputed_at = text.find("## ✗ Disputed (1)").unwrap();
    let verified_at = text.find("## ✓ Verified (1)").unwrap();
    let open_at = text.find("## · Open (1)").unwrap();
    assert!(summary < disputed_at && disputed_at < verified_at && verified_at < open_at);
    assert!(text.contains("# Fact-check report: Russia weighs in"));
    assert!(text.contains("2 of 3 claims reviewed (66.7%)."));
    assert!(text.contains("| ✗ Disputed | 1 |"));
    assert!(text.contains("> Ukraine shot down 115."));
    assert!(text.contains("**Note:** Air force: 181 launched,\\\n\\*110\\* downed."));
    assert!(text.contains("- <https://example.org/af>"));
    // Numbered as the review screen numbers them: the quote is the session's second claim,
    // the open statement its third, though each is first in its section.
    assert!(text.contains("### 1. Quantity"));
    assert!(text.contains("### 2. Quote · Dmitry Peskov"));
    assert!(text.contains("### 3. Statement"));
    assert!(text.contains("> It was \\<b\\>cold\\</b\\>."));
    assert!(text.contains("reviewed by ann · 2025-03-05T10:00:00Z"));
    assert!(!text.contains("## ? Unclear"), "empty groups are left out");
}

/// A merged session: the first claim agreed, the second an undecided conflict, the third a
/// conflict an adjudicator decided.
fn merged() -> Session {
    let claims = [
        "Russia fired 181 drones.",
        "Ukraine shot down 115.",
        "Three were injured.",
    ];
    let mut session = session_with(
        claims
            .iter()
            .map(|text| (claim_of_kind(text, Kind::Quantity), Review::default()))
            .collect(),
    );
    let verdicts = [
        [Verdict::Verified, Verdict::Verified],
        [Verdict::Verified, Verdict::Disputed],
        [Verdict::Unclear, Verdict::Disputed],
    ];
    for (at, pair) in verdicts.iter().enumerate() {
        *session.reviews_mut(at) = vec![
            review_by(Some(pair[0]), "ana"),
            review_by(Some(pair[1]), "Bo, Lee"),
        ];
    }
    session.put(0, review_by(Some(Verdict::Verified), "ana + Bo, Lee"));
    session.put(2, review_by(Some(Verdict::Disputed), "desk"));
    session
}

#[test]
fn an_undecided_conflict_is_marked_among_the_open_claims() {
    let text = render(&merged());
    let open = text.find("## · Open (1)").unwrap();
    let note = text
        .find("1 of them: reviewers gave different verdicts")
        .unwrap();
    let mark = text
        .find("**≠ Conflict, awaiting adjudication:** ana ✓ verified; Bo, Lee ✗ disputed")
        .unwrap();
    assert!(open < note && note < mark, "{text}");
    assert_eq!(
        text.matches("≠ Conflict").count(),
        1,
        "a decided conflict is no longer one"
    );
}

#[test]
fn each_reviewers_speaker_correction_is_listed_under_reviewers() {
    let mut session = merged();
    session.reviews_mut(1)[0].corrected_speaker = Some("David Richardson".into());
    session.reviews_mut(1)[1].corrected_speaker = Some(String::new());
    let text = render(&session);
    assert!(
        text.contains("- ana: ✓ verified (speaker: David Richardson)")
            && text.contains("- Bo, Lee: ✗ disputed (speaker: no one)"),
        "{text}"
    );
}

#[test]
fn figure_checks_cite_claims_by_number_and_id() {
    let text = "Officials said 3,400 people died in the north. Another 1,600 died in the \
                south. That brought the number killed to 5,100.";
    let claims = crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
    let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    let session = session_with(claims.into_iter().map(|c| (c, Review::default())).collect());
    let report = render(&session);
    let cited = format!(
        "Claims: #1 (`{}`), #2 (`{}`), #3 (`{}`).",
        ids[0], ids[1], ids[2]
    );
    assert!(report.contains(&cited), "{report}");
}

#[test]
fn orphaned_reviews_are_reported_with_their_verdict_note_and_evidence() {
    let mut session = session_with(vec![(
        claim_of_kind("Russia fired 181 drones.", Kind::Quantity),
        review_by(Some(Verdict::Verified), "ann"),
    )]);
    let mut review = review_by(Some(Verdict::Disputed), "ann");
    review.note = "the toll was 12, not 15".to_string();
    review.evidence = vec!["https://example.org/toll".to_string()];
    session.orphans.push(ReviewedClaim {
        claim: claim_of_kind("Fifteen people died.", Kind::Quantity),
        review,
        reviews: Vec::new(),
    });
    let report = render(&session);
    let section = report
        .split_once("\n## Reviews of sentences no longer in the article (1)\n")
        .map(|(_, section)| section)
        .unwrap_or_else(|| panic!("a section for the orphan: {report}"));
    assert!(
        section.contains("\n### Quantity · ✗ Disputed\n\n> Fifteen people died.\n"),
        "{section}"
    );
    assert!(
        section.contains("**Note:** the toll was 12, not 15"),
        "{section}"
    );
    assert!(
        section.contains("- <https://example.org/toll>"),
        "{section}"
    );
    assert!(
        !section.contains("181 drones"),
        "claims stay in their own sections"
    );
}

#[test]
fn a_corrected_speaker_heads_the_claim_and_is_said_to_be_corrected() {
    let mut quote = claim_of_kind("“Markets are not targets,” she said.", Kind::Quote);
    quote.speaker = Some("Nabil Abdallah".to_string());
    let mut review = review_by(Some(Verdict::Disputed), "ann");
    review.corrected_speaker = Some("Clementine Nkweta-Salami".to_string());
    let report = render(&session_with(vec![(quote, review)]));
    assert!(
        report.contains("### 1. Quote · Clementine Nkweta-Salami\n"),
        "{report}"
    );
    assert!(
        report.contains("**Speaker corrected:** Clementine Nkweta-Salami (found: Nabil Abdallah)"),
        "{report}"
    );
}
