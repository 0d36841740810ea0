//! Who reviews: the name stored with each verdict (the review screen's `Clock` stamps the time).

use std::path::{Path, PathBuf};

use chrono::{SecondsFormat, Utc};

use super::model::Session;

/// Reviewers named one by one in a message; the rest are counted.
const NAMED: usize = 3;

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

/// Who gave the verdicts of a session when none of them is `reviewer`'s (in the order of the
/// claims); empty when `reviewer` gave one, when there are none, and in a merged session, whose
/// adjudicator is meant to be someone else.
pub fn others_verdicts(session: &Session, reviewer: &str) -> Vec<String> {
    let claims = session.claims();
    if claims.iter().any(|c| !c.reviews.is_empty()) {
        return Vec::new();
    }
    let mut others: Vec<String> = Vec::new();
    let given = claims.iter().filter(|c| c.review.verdict.is_some());
    for name in given.filter_map(|c| c.review.reviewer.as_deref()) {
        if name == reviewer {
            return Vec::new();
        }
        if !others.iter().any(|o| o == name) {
            others.push(name.to_string());
        }
    }
    others
}

/// "ana's", "ana's and bo's", "ana's, bo's and cy's", "ana's, bo's, cy's and 2 others'".
pub fn possessives(names: &[String]) -> String {
    let mut shown: Vec<String> = names
        .iter()
        .take(NAMED)
        .map(|n| format!("{}'s", crate::display::inert::cut(n, 30)))
        .collect();
    if names.len() > NAMED {
        shown.push(format!("{} others'", names.len() - NAMED));
    }
    match shown.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Where `reviewer`'s own review of a session's articles goes, beside it:
/// `mexico-quake.review.json` → `mexico-quake.bo.review.json`. A session already named after one
/// of `others` (`mexico-quake.ana.review.json`), or after `reviewer` already (a copy of another
/// reviewer's session, renamed), drops that name first: the latter then gives `session` itself.
pub fn own_session_path(session: &Path, reviewer: &str, others: &[String]) -> PathBuf {
    let name = session
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    let mut base = name
        .strip_suffix(".review.json")
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    for name in others.iter().map(String::as_str).chain([reviewer]) {
        if let Some(stripped) = base.strip_suffix(&format!(".{}", file_part(name))) {
            base = stripped;
            break;
        }
    }
    session.with_file_name(format!("{base}.{}.review.json", file_part(reviewer)))
}

/// Where `reviewer`'s independent review of `session`'s articles would go ([`own_session_path`]),
/// or `None` when `session` is that file already.
pub fn independent_session(session: &Path, reviewer: &str, others: &[String]) -> Option<PathBuf> {
    let own = own_session_path(session, reviewer, others);
    (own != session).then_some(own)
}

/// A name as part of a file name: letters, digits, `-` and `_` kept, anything else (spaces,
/// commas, slashes, dots) one `-`.
fn file_part(name: &str) -> String {
    let mut part = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            part.push(c);
        } else if !part.ends_with('-') {
            part.push('-');
        }
    }
    let part = part.trim_matches('-');
    if part.is_empty() {
        "reviewer".into()
    } else {
        part.into()
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

    #[test]
    fn names_are_listed_in_english() {
        let names = |n: &[&str]| possessives(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["ana"]), "ana's");
        assert_eq!(names(&["ana", "bo"]), "ana's and bo's");
        assert_eq!(names(&["a", "b", "c"]), "a's, b's and c's");
        assert_eq!(
            names(&["a", "b", "c", "d", "e"]),
            "a's, b's, c's and 2 others'"
        );
    }

    #[test]
    fn a_reviewers_own_session_is_named_after_them_beside_the_shared_one() {
        let own = |session: &str, reviewer: &str, others: &[&str]| {
            let others: Vec<String> = others.iter().map(|s| s.to_string()).collect();
            own_session_path(Path::new(session), reviewer, &others)
                .display()
                .to_string()
        };
        assert_eq!(
            own("mexico-quake.review.json", "bo", &["ana"]),
            "mexico-quake.bo.review.json"
        );
        assert_eq!(
            own("../desk/mexico-quake.ana.review.json", "bo", &["ana"]),
            "../desk/mexico-quake.bo.review.json"
        );
        assert_eq!(
            own("mexico-quake.bo.review.json", "bo", &["ana"]),
            "mexico-quake.bo.review.json",
            "a copy of ana's session named after bo is bo's already"
        );
        assert_eq!(
            own("m.json", "Bo, Lee", &[]),
            "m.Bo-Lee.review.json",
            "no comma or space in the file name"
        );
        assert_eq!(own("a.review.json", "../x", &[]), "a.x.review.json");
        assert_eq!(own("a.review.json", "..", &[]), "a.reviewer.review.json");
    }
}
