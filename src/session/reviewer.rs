//! Who reviews: the name stored with each verdict (the review screen's `Clock` stamps the time).

use chrono::{SecondsFormat, Utc};

/// The current time as RFC 3339 in UTC, to the second (`2025-03-04T10:15:00Z`).
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The reviewer's name: `--reviewer` when given, else the login name from the environment
/// (`USER`, or `LOGNAME`, or `USERNAME` on Windows; containers and some multiplexers set only one).
pub fn reviewer_name(given: Option<&str>) -> Option<String> {
    let from_env = || {
        ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .map(|name| name.trim().to_string())
            .find(|name| !name.is_empty())
    };
    match given {
        Some(name) => Some(name.trim().to_string()).filter(|name| !name.is_empty()),
        None => from_env(),
    }
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
