//! Reading a session file and refusing anything claimcheck cannot use, with an error that says
//! where (line and column) and what is wrong. Reading never changes the file.

use std::fmt;

use serde::Deserialize;
use serde_json::error::Category;

use super::model::{FORMAT, Session, VERSION};

/// Why a session's text cannot be used. The `Display` names the problem and, where it has one, the
/// line and column; the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong, in words.
    pub problem: String,
    /// 1-based line and column of the problem, when it has a place.
    pub at: Option<(usize, usize)>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.at {
            Some((line, column)) => write!(f, "line {line}, column {column}: {}", self.problem),
            None => f.write_str(&self.problem),
        }
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    fn new(problem: impl Into<String>) -> ParseError {
        ParseError {
            problem: problem.into(),
            at: None,
        }
    }

    /// Words for a serde_json error, with its position kept apart from the message.
    fn from_json(err: &serde_json::Error) -> ParseError {
        let message = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        let problem = match err.classify() {
            Category::Eof => format!("the file ends too early ({message}): was it cut short?"),
            Category::Syntax => format!("invalid JSON: {message}"),
            Category::Data | Category::Io => message.to_string(),
        };
        ParseError {
            problem,
            at: (err.line() > 0).then(|| (err.line(), err.column())),
        }
    }
}

/// The two keys that decide whether and how to read the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Parses and checks a session from the bytes of its file.
pub fn parse_bytes(bytes: &[u8]) -> Result<Session, ParseError> {
    // A list or a bare value would otherwise be read as a struct given as a sequence.
    if let Some(&first) = bytes.trim_ascii_start().first()
        && first != b'{'
    {
        return Err(ParseError::new(format!(
            "not a claimcheck session: expected a JSON object with \"format\": \"{FORMAT}\""
        )));
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|err| match err.classify() {
        Category::Data => ParseError::new(format!(
            "not a claimcheck session: expected a JSON object with \"format\": \"{FORMAT}\""
        )),
        _ => ParseError::from_json(&err),
    })?;
    match &header.format {
        Some(serde_json::Value::String(format)) if format == FORMAT => {}
        Some(other) => {
            return Err(ParseError::new(format!(
                "not a claimcheck session: its \"format\" is {other}, expected \"{FORMAT}\""
            )));
        }
        None => {
            return Err(ParseError::new(format!(
                "not a claimcheck session: it has no \"format\" key (expected \"{FORMAT}\")"
            )));
        }
    }
    match header.version.as_ref().map(|v| (v, v.as_u64())) {
        Some((_, Some(v))) if v > u64::from(VERSION) => {
            return Err(ParseError::new(format!(
                "it is session version {v}, newer than this claimcheck reads (up to {VERSION}): \
                 upgrade claimcheck to open it"
            )));
        }
        Some((_, Some(v))) if v >= 1 => {}
        Some((value, _)) => {
            return Err(ParseError::new(format!(
                "its \"version\" is {value}, expected a whole number from 1 to {VERSION}"
            )));
        }
        None => return Err(ParseError::new("it has no \"version\" key")),
    }
    let mut session: Session =
        serde_json::from_slice(bytes).map_err(|err| ParseError::from_json(&err))?;
    if let Some(id) = session.rebuild() {
        return Err(ParseError {
            problem: format!("claim id {id} appears twice (ids must be unique in a session)"),
            at: second_id_position(bytes, &id),
        });
    }
    Ok(session)
}

/// Line and column of the second `"id": "<id>"` in the text, to point at a duplicated claim.
fn second_id_position(bytes: &[u8], id: &str) -> Option<(usize, usize)> {
    let quoted = format!("\"{id}\"");
    let quoted = quoted.as_bytes();
    let mut found = 0;
    let mut from = 0;
    while let Some(offset) = find(&bytes[from..], quoted) {
        let at = from + offset;
        from = at + quoted.len();
        let before = trim_end(&bytes[..at]);
        let Some(before) = before.strip_suffix(b":") else {
            continue;
        };
        if trim_end(before).ends_with(b"\"id\"") {
            found += 1;
            if found == 2 {
                return Some(line_column(bytes, at));
            }
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_end(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    &bytes[..end]
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::to_json;

    fn valid() -> String {
        let claims = crate::extract::extract_documents(&[crate::extract::Source {
            path: "a.txt",
            text: "Russia fired 181 drones.\nUkraine shot down 115 drones.\n",
        }]);
        to_json(&Session::new("1", claims.documents, claims.claims))
    }

    fn problem(text: &str) -> ParseError {
        parse_bytes(text.as_bytes()).unwrap_err()
    }

    #[test]
    fn a_valid_session_parses() {
        let session = parse_bytes(valid().as_bytes()).unwrap();
        assert_eq!(session.claims().len(), 2);
    }

    #[test]
    fn truncated_text_says_so_with_a_place() {
        let text = valid();
        let err = problem(&text[..text.len() / 2]);
        assert!(err.problem.contains("ends too early"), "{err}");
        assert!(err.at.is_some(), "{err}");
    }

    #[test]
    fn invalid_json_has_line_and_column() {
        let text = valid().replacen("\"version\": 1,", "\"version\": 1,,", 1);
        let err = problem(&text);
        assert!(err.problem.starts_with("invalid JSON"), "{err}");
        assert_eq!(err.at, Some((3, 16)), "{err}");
    }

    #[test]
    fn other_formats_and_versions_are_refused() {
        let err = problem(&valid().replace(FORMAT, "something-else"));
        assert!(err.problem.contains("\"something-else\""), "{err}");
        assert!(
            problem("[1, 2]")
                .problem
                .contains("not a claimcheck session")
        );
        assert!(problem("{}").problem.contains("no \"format\""));
        let err = problem(&valid().replace("\"version\": 1", "\"version\": 7"));
        assert!(err.problem.contains("version 7, newer"), "{err}");
        let err = problem(&valid().replace("\"version\": 1", "\"version\": \"1\""));
        assert!(err.problem.contains("expected a whole number"), "{err}");
        let err = problem(&valid().replace("\"version\": 1,", ""));
        assert!(err.problem.contains("no \"version\""), "{err}");
    }

    #[test]
    fn a_duplicate_id_points_at_the_second_claim() {
        let text = valid();
        let session = parse_bytes(text.as_bytes()).unwrap();
        let first = &session.claims()[0].claim.id;
        let second = &session.claims()[1].claim.id;
        let text = text.replace(second.as_str(), first);
        let err = problem(&text);
        assert!(err.problem.contains("appears twice"), "{err}");
        let (line, _) = err.at.unwrap();
        let expected = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains(first.as_str()))
            .nth(1);
        assert_eq!(line, expected.unwrap().0 + 1);
    }

    #[test]
    fn missing_keys_are_named() {
        let err = problem(&valid().replace("\"claims\"", "\"claimz\""));
        assert!(err.problem.contains("missing field `claims`"), "{err}");
        let err = problem(&valid().replacen("\"verdict\": null,", "", 1));
        assert!(err.problem.contains("has no \"verdict\""), "{err}");
    }
}
