//! A pasted web page's layout (QA round 9, items E4 and E7): the cookie notice above the
//! headline is no title and no claim, the rows of a table of figures are claims, and the
//! author's bio after the story is page furniture while the story's own sentences about people
//! stay claims.

mod common;

use claimcheck::extract::document;
use claimcheck::extract::score::DEFAULT_MIN_SCORE;
use common::{find, sentences};

const PAGE: &str = include_str!("fixtures/qa/retail-paste.txt");

fn claim(sentences: &[common::Sentence], needle: &str) -> bool {
    find(sentences, needle).score >= DEFAULT_MIN_SCORE
}

#[test]
fn the_title_is_the_headline_not_the_cookie_notice() {
    let doc = document("retail-paste.txt", PAGE);
    assert_eq!(
        doc.title,
        "Harrow & Finch profit slumps 38% as shoppers shun full-price fashion"
    );
    assert_eq!(doc.published.as_deref(), Some("2026-03-19"));
    let all = sentences(PAGE);
    for notice in [
        "We use cookies",
        "By continuing to browse",
        "Accept all",
        "Cookie settings",
    ] {
        assert!(!claim(&all, notice), "{notice}");
    }
}

#[test]
fn every_row_of_the_key_figures_is_a_claim_and_its_header_is_not() {
    let all = sentences(PAGE);
    for row in [
        "| Revenue |",
        "| Online sales |",
        "| Store sales |",
        "| Gross margin |",
        "| Pre-tax profit |",
        "| Dividend per share |",
        "| Net debt |",
    ] {
        let row = find(&all, row);
        assert!(row.score >= DEFAULT_MIN_SCORE, "{row:?}");
        assert!(row.quantities.len() >= 2, "{row:?}");
    }
    assert!(!claim(&all, "| | 2025/26"));
    assert!(!claim(&all, "Key figures"));
}

#[test]
fn the_authors_bio_is_furniture_and_the_storys_people_are_not() {
    let all = sentences(PAGE);
    assert!(!claim(&all, "Priya Raman is Retail Editor"));
    assert!(!claim(&all, "She has covered the retail industry"));
    assert!(claim(&all, "Shares in rival Marlow Group rose"));
    assert!(claim(&all, "Chief financial officer Anika Desai said"));
    // The same bio inside the story, with paragraphs after it, is the story's.
    let inside = PAGE.replacen(
        "Shares in rival Marlow Group",
        "Priya Raman is Retail Editor at The Market Ledger. She has covered the retail \
         industry for 12 years.\n\nShares in rival Marlow Group",
        1,
    );
    let inside = inside.replacen(
        "Priya Raman is Retail Editor at The Market Ledger. She has covered the retail \
         industry for 12 years and previously worked at the Financial Times and Reuters.",
        "",
        1,
    );
    let all = sentences(&inside);
    assert!(claim(&all, "Priya Raman is Retail Editor"));
    assert!(claim(&all, "She has covered the retail industry"));
}
