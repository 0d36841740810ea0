//! `export --format claimreview`: a JSON-LD array of schema.org `ClaimReview`, one per claim with
//! a verdict (open claims are left out), following Google's fact-check structured data guide.
//!
//! - `claimReviewed`: the claim text as the article has it, never shortened (Google suggests under
//!   75 characters for display, but a cut claim is a different claim).
//! - `reviewRating`: `alternateName` is the textual verdict (DESIGN.md): verified → `True`,
//!   disputed → `False`, or `Misleading` when the note calls it misleading (see
//!   [`is_misleading`]), unclear → `Unproven`. Numbers use Google's example 1–5 truthfulness scale
//!   (1 False … 5 True): True 5, Misleading 2, False 1, with `worstRating` 1 and `bestRating` 5.
//!   `Unproven` has no place on a truthfulness scale, so it carries no numbers: inventing a
//!   midpoint would claim "half true".
//! - `url`: the page that publishes the fact check — Google requires it and accepts only that page
//!   plus an optional `#anchor`. A session cannot know that page: with `--url-base` it is
//!   `<base>#<claim id>`; without, it is the relative reference `#<claim id>`, which JSON-LD
//!   resolves against the page the markup is embedded in — the fact check itself — and a warning
//!   suggests `--url-base` for markup published elsewhere. Using the reviewed article's address
//!   instead would credit the fact check to the outlet being checked.
//! - `author`: the organisation from `--org`; without it, the reviewer who gave the verdict (a
//!   `Person`); left out, with a warning, when neither is known.
//! - `datePublished`: the date the verdict was given (`reviewed_at`).
//! - `itemReviewed`: a `Claim` with `author` = the speaker (a `Person`, or an `Organization` when
//!   the name looks like one), `datePublished` = the article's publication date and `appearance`
//!   = the article (its URL) when the session knows them.
//!
//! The reviewer's note is not published: notes are working notes, and the published article is
//! the explanation.

use serde_json::{Map, Value, json};

use crate::claim::Document;
use crate::export::merge::is_adjudicated;
use crate::export::{Export, Options};
use crate::session::report::UNKNOWN_REVIEWER;
use crate::session::{ReviewedClaim, Session};

mod rating;
mod speaker;

use rating::{BEST, WORST};
pub use rating::{Rating, is_misleading};
pub use speaker::{is_named, speaker_type};

/// Checks a `--url-base`: an absolute http(s) address without a `#fragment` (each review adds
/// its own).
pub fn parse_url_base(text: &str) -> Result<String, String> {
    let text = text.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .ok_or_else(|| format!("{text:?} is not an http:// or https:// address"))?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(format!("{text:?} has no host"));
    }
    if text.contains('#') {
        return Err(format!(
            "{text:?} has a #fragment; give the page address, each review gets #<claim id>"
        ));
    }
    if text.contains(char::is_whitespace) {
        return Err(format!("{text:?} contains white space"));
    }
    Ok(text.to_string())
}

/// The date part of an RFC 3339 time (`2025-03-05T10:00:00Z` → `2025-03-05`).
fn date_of(time: &str) -> Option<String> {
    chrono::DateTime::parse_from_rfc3339(time)
        .ok()
        .map(|t| t.date_naive().to_string())
}

/// The `itemReviewed` of a claim.
fn item_reviewed(reviewed: &ReviewedClaim, document: Option<&Document>) -> Value {
    let mut claim = Map::new();
    claim.insert("@type".into(), "Claim".into());
    let speaker = reviewed.speaker().filter(|s| is_named(s));
    if let Some((speaker, kind)) = speaker.and_then(|s| Some((s, speaker_type(s)?))) {
        claim.insert("author".into(), json!({ "@type": kind, "name": speaker }));
    }
    if let Some(document) = document {
        if let Some(published) = &document.published {
            claim.insert("datePublished".into(), published.as_str().into());
        }
        if let Some(url) = &document.url {
            claim.insert(
                "appearance".into(),
                json!({ "@type": "CreativeWork", "url": url, "headline": document.title }),
            );
        }
    }
    Value::Object(claim)
}

/// The people who gave a claim's final verdict, as schema.org `Person`s (an array for several):
/// in a merged session, each reviewer who agreed, or the adjudicator who decided; else the
/// reviewer. A reviewer whose name was not known ("unknown") is nobody to credit.
fn review_authors(reviewed: &ReviewedClaim) -> Option<Value> {
    let known = |name: &&str| !name.is_empty() && *name != UNKNOWN_REVIEWER;
    let final_verdict = reviewed.review.verdict;
    let mut names: Vec<&str> = if reviewed.reviews.is_empty() || is_adjudicated(reviewed) {
        reviewed.review.reviewer.as_deref().into_iter().collect()
    } else {
        reviewed
            .reviews
            .iter()
            .filter(|r| r.verdict.is_some() && r.verdict == final_verdict)
            .filter_map(|r| r.reviewer.as_deref())
            .collect()
    };
    names.retain(known);
    names.dedup();
    let person = |name: &str| json!({ "@type": "Person", "name": name });
    match names.as_slice() {
        [] => None,
        [one] => Some(person(one)),
        several => Some(Value::Array(several.iter().map(|n| person(n)).collect())),
    }
}

/// One `ClaimReview`, or `None` for an open claim (or one whose verdict waits to be confirmed).
pub fn claim_review(
    reviewed: &ReviewedClaim,
    document: Option<&Document>,
    options: &Options,
) -> Option<Value> {
    let verdict = reviewed.review.standing()?;
    let rating = Rating::of(verdict, &reviewed.review.note);
    let mut review_rating = Map::new();
    review_rating.insert("@type".into(), "Rating".into());
    review_rating.insert("alternateName".into(), rating.name().into());
    review_rating.insert("name".into(), rating.name().into());
    if let Some(value) = rating.value() {
        review_rating.insert("ratingValue".into(), value.into());
        review_rating.insert("worstRating".into(), WORST.into());
        review_rating.insert("bestRating".into(), BEST.into());
    }
    let mut item = Map::new();
    item.insert("@context".into(), "https://schema.org".into());
    item.insert("@type".into(), "ClaimReview".into());
    item.insert("claimReviewed".into(), reviewed.claim.text.as_str().into());
    item.insert("reviewRating".into(), Value::Object(review_rating));
    let base = options.url_base.as_deref().unwrap_or("");
    item.insert("url".into(), format!("{base}#{}", reviewed.claim.id).into());
    if let Some(org) = &options.org {
        item.insert(
            "author".into(),
            json!({ "@type": "Organization", "name": org }),
        );
    } else if let Some(authors) = review_authors(reviewed) {
        item.insert("author".into(), authors);
    }
    if let Some(date) = reviewed.review.reviewed_at.as_deref().and_then(date_of) {
        item.insert("datePublished".into(), date.into());
    }
    item.insert("itemReviewed".into(), item_reviewed(reviewed, document));
    Some(Value::Object(item))
}

/// The JSON-LD array for a session, with warnings about fields that could not be filled.
pub fn render(session: &Session, options: &Options) -> Export {
    let reviews: Vec<Value> = session
        .claims()
        .iter()
        .filter_map(|c| claim_review(c, session.documents.get(c.claim.doc), options))
        .collect();
    let mut warnings = Vec::new();
    if options.url_base.is_none() && !reviews.is_empty() {
        warnings.push(
            "no --url-base: each `url` is the relative `#<claim id>`, which resolves to the page \
             that embeds this markup; give --url-base for the address of the published fact check"
                .to_string(),
        );
    }
    if options.org.is_none() && reviews.iter().any(|r| r.get("author").is_none()) {
        warnings.push("no --org and no reviewer: some reviews have no `author`".to_string());
    }
    // The verdicts to confirm are open too, and have a warning of their own (`super::render`):
    // counted here as well, a reader would add them twice.
    let to_confirm = session
        .claims()
        .iter()
        .filter(|c| !c.review.recheck.is_empty())
        .count();
    let open = session.tally().open().saturating_sub(to_confirm);
    if open > 0 {
        warnings.push(format!("{open} open claim(s) left out"));
    }
    // A review of a sentence the article no longer holds has no claim on the page to mark up.
    let orphaned = session.orphans.len();
    if orphaned > 0 {
        warnings.push(format!(
            "{orphaned} review(s) of sentences no longer in the article left out (the csv, \
             markdown and json exports list them)"
        ));
    }
    let mut text = serde_json::to_string_pretty(&reviews).expect("JSON values always serialise");
    text.push('\n');
    Export { text, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;
    use crate::export::testing::{claim_of_kind, document, review_by, session_with};
    use crate::session::{Review, Verdict};

    #[test]
    fn verdicts_map_to_google_ratings() {
        assert_eq!(Rating::of(Verdict::Verified, ""), Rating::True);
        assert_eq!(Rating::of(Verdict::Disputed, "Wrong count."), Rating::False);
        assert_eq!(
            Rating::of(Verdict::Disputed, "Misleading: the 115 were over two days."),
            Rating::Misleading
        );
        assert_eq!(
            Rating::of(Verdict::Disputed, "Quote taken out of context"),
            Rating::Misleading
        );
        assert_eq!(
            Rating::of(Verdict::Disputed, "Conversion error, \"misleading\"?"),
            Rating::False,
            "a question is no rating"
        );
        assert_eq!(
            Rating::of(Verdict::Disputed, "Maybe misleading. Check the units."),
            Rating::False
        );
        assert_eq!(
            Rating::of(
                Verdict::Disputed,
                "Misleading? Yes: misleading, the 115 were over days."
            ),
            Rating::Misleading,
            "asked, then said"
        );
        assert_eq!(
            Rating::of(Verdict::Disputed, "Not misleading, plainly false."),
            Rating::False
        );
        assert_eq!(
            Rating::of(Verdict::Verified, "misleading headline"),
            Rating::True
        );
        assert_eq!(Rating::of(Verdict::Unclear, ""), Rating::Unproven);
        assert_eq!(Rating::Unproven.value(), None);
        assert!(Rating::False.value() < Rating::Misleading.value());
        assert!(Rating::Misleading.value() < Rating::True.value());
    }

    #[test]
    fn url_base_must_be_an_http_page_without_fragment() {
        assert_eq!(
            parse_url_base("https://checks.example/odesa ").unwrap(),
            "https://checks.example/odesa"
        );
        assert!(parse_url_base("checks.example/odesa").is_err());
        assert!(parse_url_base("https://").is_err());
        assert!(parse_url_base("https://checks.example/a#b").is_err());
        assert!(parse_url_base("javascript:alert(1)").is_err());
    }

    #[test]
    fn a_corrected_speaker_is_the_author_and_no_one_means_no_author() {
        let mut quote = claim_of_kind("“Markets are not targets,” she said.", Kind::Quote);
        quote.speaker = Some("Nabil Abdallah".to_string());
        let mut review = review_by(Some(Verdict::Verified), "ann");
        review.corrected_speaker = Some("Clementine Nkweta-Salami".to_string());
        let session = session_with(vec![(quote.clone(), review.clone())]);
        let options = Options {
            org: Some("Checks".to_string()),
            url_base: None,
        };
        let author = |session: &Session| {
            let reviews: Vec<Value> =
                serde_json::from_str(&render(session, &options).text).unwrap();
            reviews[0]["itemReviewed"]["author"].clone()
        };
        assert_eq!(author(&session)["name"], "Clementine Nkweta-Salami");
        review.corrected_speaker = Some(String::new());
        assert_eq!(author(&session_with(vec![(quote, review)])), Value::Null);
    }

    #[test]
    fn a_review_has_google_required_and_recommended_fields() {
        let mut quote = claim_of_kind("“We are positive,” Peskov said.", Kind::Quote);
        quote.speaker = Some("Dmitry Peskov".to_string());
        let mut doc = document();
        doc.url = Some("https://news.example/russia-weighs-in".to_string());
        doc.published = Some("2025-03-06".to_string());
        let mut session = session_with(vec![
            (quote, review_by(Some(Verdict::Verified), "ann")),
            (
                claim_of_kind("Open one.", Kind::Statement),
                Review::default(),
            ),
        ]);
        session.documents = vec![doc];
        let options = Options {
            org: Some("Odesa Checks".to_string()),
            url_base: Some("https://checks.example/odesa".to_string()),
        };
        let export = render(&session, &options);
        let reviews: Vec<Value> = serde_json::from_str(&export.text).unwrap();
        assert_eq!(reviews.len(), 1, "open claims are left out");
        let review = &reviews[0];
        let id = &session.claims()[0].claim.id;
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert_eq!(review["claimReviewed"], "“We are positive,” Peskov said.");
        assert_eq!(review["url"], format!("https://checks.example/odesa#{id}"));
        assert_eq!(review["reviewRating"]["alternateName"], "True");
        assert_eq!(review["reviewRating"]["ratingValue"], 5);
        assert_eq!(review["reviewRating"]["worstRating"], 1);
        assert_eq!(review["reviewRating"]["bestRating"], 5);
        assert_eq!(review["author"]["name"], "Odesa Checks");
        assert_eq!(review["datePublished"], "2025-03-05");
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["author"]["@type"], "Person");
        assert_eq!(item["author"]["name"], "Dmitry Peskov");
        assert_eq!(item["datePublished"], "2025-03-06");
        assert_eq!(
            item["appearance"]["url"],
            "https://news.example/russia-weighs-in"
        );
        assert_eq!(export.warnings, ["1 open claim(s) left out"]);
        let mut with_orphan = session.clone();
        with_orphan.orphans.push(with_orphan.claims()[0].clone());
        let export = render(&with_orphan, &options);
        assert_eq!(
            export.warnings.last().map(String::as_str),
            Some(
                "1 review(s) of sentences no longer in the article left out (the csv, markdown \
                 and json exports list them)"
            )
        );
    }

    #[test]
    fn missing_publisher_details_fall_back_to_what_is_true_or_are_left_out() {
        let mut unclear = review_by(Some(Verdict::Unclear), "ann");
        unclear.reviewed_at = Some("not a time".to_string());
        let session = session_with(vec![(claim_of_kind("Maybe.", Kind::Statement), unclear)]);
        let export = render(&session, &Options::default());
        let reviews: Vec<Value> = serde_json::from_str(&export.text).unwrap();
        let review = reviews[0].as_object().unwrap();
        let id = &session.claims()[0].claim.id;
        assert_eq!(
            review["url"],
            format!("#{id}"),
            "relative to the embedding page"
        );
        assert_eq!(review["author"]["@type"], "Person");
        assert_eq!(review["author"]["name"], "ann");
        assert!(!review.contains_key("datePublished"));
        let rating = review["reviewRating"].as_object().unwrap();
        assert_eq!(rating["alternateName"], "Unproven");
        assert!(!rating.contains_key("ratingValue"));
        assert!(
            !reviews[0]["itemReviewed"]
                .as_object()
                .unwrap()
                .contains_key("appearance")
        );
        assert_eq!(export.warnings.len(), 1, "{:?}", export.warnings);
        assert!(export.warnings[0].contains("--url-base"));
    }

    #[test]
    fn unnamed_sources_are_no_authors() {
        let mut claim = claim_of_kind("Officials said 40 people died.", Kind::Quantity);
        claim.speaker = Some("Officials".to_string());
        let session = session_with(vec![(claim, review_by(Some(Verdict::Verified), "ann"))]);
        let export = render(&session, &Options::default());
        let reviews: Vec<Value> = serde_json::from_str(&export.text).unwrap();
        assert!(
            reviews[0]["itemReviewed"].get("author").is_none(),
            "{}",
            reviews[0]
        );
    }

    #[test]
    fn agreeing_reviewers_are_each_an_author_and_unknown_is_none() {
        // "ana, bo" as merges joined the names before " + ".
        for agreed in ["ana + bo", "ana, bo"] {
            agreeing_reviewers_are_authors(agreed);
        }
    }

    fn agreeing_reviewers_are_authors(agreed: &str) {
        let claim = claim_of_kind("Officials said 40 people died.", Kind::Quantity);
        let mut session = session_with(vec![
            (claim.clone(), review_by(Some(Verdict::Verified), agreed)),
            (
                claim_of_kind("Another claim.", Kind::Statement),
                review_by(Some(Verdict::Disputed), UNKNOWN_REVIEWER),
            ),
        ]);
        *session.reviews_mut(0) = vec![
            review_by(Some(Verdict::Verified), "ana"),
            review_by(Some(Verdict::Verified), "bo"),
        ];
        let export = render(&session, &Options::default());
        let reviews: Vec<Value> = serde_json::from_str(&export.text).unwrap();
        assert_eq!(
            reviews[0]["author"],
            json!([
                { "@type": "Person", "name": "ana" },
                { "@type": "Person", "name": "bo" }
            ])
        );
        assert!(reviews[1].get("author").is_none(), "{}", reviews[1]);
        assert!(export.warnings.iter().any(|w| w.contains("no `author`")));
    }
}
