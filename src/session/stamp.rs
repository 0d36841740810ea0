//! Review times as a session stores them: RFC 3339 (`2025-03-04T10:00:00+01:00`). A time that is
//! not one ("yesterday", a hand edit) is refused when the session is read, at its own line and
//! column, like any other bad value: exports would otherwise publish it, or silently drop it.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// Reads an optional `reviewed_at`, refusing a value that is not RFC 3339.
pub fn reviewed_at<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    stamp(deserializer, "reviewed_at")
}

/// Reads an optional `annotated_at`, refusing a value that is not RFC 3339.
pub fn annotated_at<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    stamp(deserializer, "annotated_at")
}

fn stamp<'de, D: Deserializer<'de>>(
    deserializer: D,
    key: &'static str,
) -> Result<Option<String>, D::Error> {
    // Checked inside the string's own visitor, so that the error is placed at the value (an
    // error raised after it would be placed at the end of the claim's object).
    deserializer.deserialize_option(Stamp { key })
}

struct Stamp {
    key: &'static str,
}

impl<'de> Visitor<'de> for Stamp {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an RFC 3339 time or null for \"{}\"", self.key)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        if is_rfc3339(text) {
            return Ok(Some(text.to_string()));
        }
        Err(E::custom(format_args!(
            "\"{}\" is {text:?}, which is not an RFC 3339 time (like 2025-03-04T10:00:00+01:00)",
            self.key
        )))
    }
}

/// Whether a time is RFC 3339.
pub fn is_rfc3339(text: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(text).is_ok()
}

/// `reviewed_at` as [`ReviewedClaim`](super::ReviewedClaim)'s streaming reader takes it.
pub struct ReviewedAt(pub Option<String>);

impl<'de> Deserialize<'de> for ReviewedAt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        reviewed_at(deserializer).map(ReviewedAt)
    }
}

/// `annotated_at` as [`ReviewedClaim`](super::ReviewedClaim)'s streaming reader takes it.
pub struct AnnotatedAt(pub Option<String>);

impl<'de> Deserialize<'de> for AnnotatedAt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        annotated_at(deserializer).map(AnnotatedAt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_times_pass_and_words_do_not() {
        for good in [
            "2025-03-04T10:00:00+01:00",
            "2025-03-06T09:00:00Z",
            "2025-03-06T09:00:00.123Z",
        ] {
            assert!(is_rfc3339(good), "{good}");
        }
        for bad in [
            "yesterday",
            "",
            "2025-03-04",
            "2025-03-04 10:00",
            "not a time",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
