//! Who reviews and when: the name stored with each verdict and its time stamp.

use chrono::{SecondsFormat, Utc};

use super::model::Review;

/// The current time as RFC 3339 in UTC, to the second (`2025-03-04T10:15:00Z`).
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The reviewer's name: `--reviewer` when given, else the `USER` environment variable.
pub fn reviewer_name(given: Option<&str>) -> Option<String> {
    given
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
}

/// Marks a review as changed by `reviewer` now (every change to a review goes through this).
pub fn stamp(review: &mut Review, reviewer: Option<&str>) {
    review.reviewer = reviewer.map(str::to_string);
    review.reviewed_at = Some(now());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_name_wins_and_blank_is_nobody() {
        assert_eq!(reviewer_name(Some(" ana ")), Some("ana".to_string()));
        assert_eq!(reviewer_name(Some("  ")), None);
    }

    #[test]
    fn stamp_sets_reviewer_and_an_rfc3339_time() {
        let mut review = Review::default();
        stamp(&mut review, Some("ana"));
        assert_eq!(review.reviewer.as_deref(), Some("ana"));
        let at = review.reviewed_at.unwrap();
        assert!(chrono::DateTime::parse_from_rfc3339(&at).is_ok(), "{at}");
    }
}
