//! Who reviews: the name stored with each verdict (the review screen's `Clock` stamps the time).

use chrono::{SecondsFormat, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_name_wins_and_blank_is_nobody() {
        assert_eq!(reviewer_name(Some(" ana ")), Some("ana".to_string()));
        assert_eq!(reviewer_name(Some("  ")), None);
    }
}
