//! Reading a stored claim: the claim's keys and its review's keys side by side in one object.
//!
//! `#[serde(flatten)]` would read the object into a buffer first and then report every error at
//! the object's closing brace. This reader streams instead: the review's keys are taken out as they
//! come and every other key goes straight to [`Claim`]'s own derived reader, so a bad value is
//! reported at its own line and column, and fields added to `Claim` later are read without
//! changes here.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::model::{Recheck, Review, ReviewedClaim, Verdict};
use super::stamp::{AnnotatedAt, ReviewedAt};
use crate::claim::Claim;

impl<'de> Deserialize<'de> for ReviewedClaim {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ReviewedClaimVisitor)
    }
}

struct ReviewedClaimVisitor;

impl<'de> Visitor<'de> for ReviewedClaimVisitor {
    type Value = ReviewedClaim;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a claim object with its review")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ReviewedClaim, A::Error> {
        let mut keys = ReviewKeys {
            map,
            parts: ReviewParts::default(),
        };
        let claim = Claim::deserialize(MapAccessDeserializer::new(&mut keys))?;
        let parts = keys.parts;
        let Some(verdict) = parts.verdict else {
            return Err(de::Error::custom(format_args!(
                "claim {} has no \"verdict\" (null for a claim not yet reviewed)",
                claim.id
            )));
        };
        Ok(ReviewedClaim {
            claim,
            review: Review {
                verdict,
                note: parts.note.unwrap_or_default(),
                evidence: parts.evidence.unwrap_or_default(),
                reviewer: parts.reviewer.unwrap_or_default(),
                reviewed_at: parts.reviewed_at.and_then(|at| at.0),
                annotated_by: parts.annotated_by.unwrap_or_default(),
                annotated_at: parts.annotated_at.and_then(|at| at.0),
                corrected_speaker: parts.corrected_speaker.unwrap_or_default(),
                recheck: parts.recheck.unwrap_or_default(),
            },
            reviews: parts.reviews.unwrap_or_default(),
        })
    }
}

/// The review's keys, each `None` until seen (to tell a missing key from a null one and to refuse
/// a repeated one).
#[derive(Default)]
struct ReviewParts {
    verdict: Option<Option<Verdict>>,
    note: Option<String>,
    evidence: Option<Vec<String>>,
    reviewer: Option<Option<String>>,
    reviewed_at: Option<ReviewedAt>,
    annotated_by: Option<Option<String>>,
    annotated_at: Option<AnnotatedAt>,
    corrected_speaker: Option<Option<String>>,
    recheck: Option<Vec<Recheck>>,
    reviews: Option<Vec<Review>>,
}

/// The claim object as the claim's reader sees it: the review's keys filtered out and kept.
///
/// The review's keys are matched by name below; a test compares them with what `Review` writes,
/// so a field added to `Review` cannot be silently dropped on reading.
struct ReviewKeys<A> {
    map: A,
    parts: ReviewParts,
}

/// Reads the value of a review key into its slot, refusing a key that appears twice.
fn take<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for ReviewKeys<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            let parts = &mut self.parts;
            let map = &mut self.map;
            match key.as_str() {
                "verdict" => take(map, &mut parts.verdict, "verdict")?,
                "note" => take(map, &mut parts.note, "note")?,
                "evidence" => take(map, &mut parts.evidence, "evidence")?,
                "reviewer" => take(map, &mut parts.reviewer, "reviewer")?,
                "reviewed_at" => take(map, &mut parts.reviewed_at, "reviewed_at")?,
                "annotated_by" => take(map, &mut parts.annotated_by, "annotated_by")?,
                "annotated_at" => take(map, &mut parts.annotated_at, "annotated_at")?,
                "corrected_speaker" => {
                    take(map, &mut parts.corrected_speaker, "corrected_speaker")?
                }
                "recheck" => take(map, &mut parts.recheck, "recheck")?,
                "reviews" => take(map, &mut parts.reviews, "reviews")?,
                _ => return seed.deserialize(StringDeserializer::new(key)).map(Some),
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;

    fn stored(review_keys: &str) -> String {
        format!(
            "{{\n  \"id\": \"c1\",\n  \"doc\": 0,\n  \"text\": \"x\",\n  \"start\": 0,\n  \"end\": 1,\n  \
             \"kind\": \"statement\",\n  \"score\": 0.5{review_keys}\n}}"
        )
    }

    /// The keys `ReviewKeys::next_key_seed` takes out for the review.
    const REVIEW_KEYS: [&str; 9] = [
        "verdict",
        "note",
        "evidence",
        "reviewer",
        "reviewed_at",
        "annotated_by",
        "annotated_at",
        "corrected_speaker",
        "recheck",
    ];

    /// A review with every field set, so that every key is written.
    fn full_review() -> Review {
        Review {
            verdict: Some(Verdict::Disputed),
            note: "line one\nline two".into(),
            evidence: vec!["https://example.org".into()],
            reviewer: Some("ana".into()),
            reviewed_at: Some("2025-03-04T10:00:00Z".into()),
            annotated_by: Some("desk".into()),
            annotated_at: Some("2025-03-05T09:00:00Z".into()),
            corrected_speaker: Some("Maria Lopez".into()),
            recheck: vec![Recheck {
                what: "speaker".into(),
                was: "Ana Diaz".into(),
                now: "Bo Lee".into(),
            }],
        }
    }

    #[test]
    fn review_keys_match_what_a_review_writes() {
        let written = serde_json::to_value(full_review()).unwrap();
        let mut keys: Vec<&str> = written
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        keys.sort_unstable();
        let mut known = REVIEW_KEYS.to_vec();
        known.sort_unstable();
        assert_eq!(keys, known);
    }

    #[test]
    fn round_trips_every_field() {
        let reviewed = ReviewedClaim {
            claim: Claim {
                id: "c1".into(),
                doc: 0,
                text: "x".into(),
                start: 0,
                end: 1,
                kind: Kind::Quote,
                score: 0.25,
                quantities: Vec::new(),
                dates: Vec::new(),
                speaker: Some("Someone".into()),
            },
            review: full_review(),
            reviews: vec![Review {
                verdict: Some(Verdict::Unclear),
                ..Review::default()
            }],
        };
        let json = serde_json::to_string_pretty(&reviewed).unwrap();
        let back: ReviewedClaim = serde_json::from_str(&json).unwrap();
        assert_eq!(back, reviewed);
    }

    #[test]
    fn a_bad_value_is_reported_at_its_own_line() {
        let text = stored(",\n  \"verdict\": \"verifiedd\"");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert_eq!((err.line(), err.column()), (9, 24), "{err}");
        let text = stored(",\n  \"verdict\": null").replace("\"end\": 1", "\"end\": \"1\"");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert_eq!(err.line(), 6, "{err}");
        assert!(err.to_string().contains("expected usize"), "{err}");
    }

    #[test]
    fn a_time_that_is_not_rfc3339_is_reported_at_its_own_line() {
        // QA round 10, item R7.
        let text = stored(",\n  \"verdict\": \"verified\",\n  \"reviewed_at\": \"yesterday\"");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert_eq!(err.line(), 10, "{err}");
        assert!(
            err.to_string()
                .contains("\"reviewed_at\" is \"yesterday\", which is not an RFC 3339 time"),
            "{err}"
        );
        let text = stored(",\n  \"verdict\": null,\n  \"annotated_at\": \"noon\"");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert!(
            err.to_string().contains("\"annotated_at\" is \"noon\""),
            "{err}"
        );
        let text = stored(
            ",\n  \"verdict\": null,\n  \"reviews\": [{\"verdict\": null, \"reviewed_at\": \"today\"}]",
        );
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert!(
            err.to_string().contains("\"reviewed_at\" is \"today\""),
            "{err}"
        );
        let text = stored(",\n  \"verdict\": null,\n  \"reviewed_at\": null");
        assert!(serde_json::from_str::<ReviewedClaim>(&text).is_ok());
    }

    #[test]
    fn a_missing_verdict_or_claim_key_is_an_error() {
        let err = serde_json::from_str::<ReviewedClaim>(&stored("")).unwrap_err();
        assert!(
            err.to_string().contains("claim c1 has no \"verdict\""),
            "{err}"
        );
        let text = stored(",\n  \"verdict\": null").replace("  \"end\": 1,\n", "");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert!(err.to_string().contains("missing field `end`"), "{err}");
    }

    #[test]
    fn a_repeated_review_key_is_an_error() {
        let text = stored(",\n  \"verdict\": null,\n  \"verdict\": \"verified\"");
        let err = serde_json::from_str::<ReviewedClaim>(&text).unwrap_err();
        assert!(
            err.to_string().contains("duplicate field `verdict`"),
            "{err}"
        );
    }

    #[test]
    fn optional_review_keys_default() {
        let back: ReviewedClaim = serde_json::from_str(&stored(",\n  \"verdict\": null")).unwrap();
        assert_eq!(back.review, Review::default());
        assert!(back.reviews.is_empty());
    }
}
