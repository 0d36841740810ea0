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
    refuse_newer_extractor(&session.extractor)?;
    // Before `rebuild`, which sorts the claims: the JSON path names the claim in file order.
    check_spans(&session, bytes)?;
    if let Some(id) = session.rebuild() {
        return Err(ParseError {
            problem: format!("claim id {id} appears twice (ids must be unique in a session)"),
            at: second_id_position(bytes, &id),
        });
    }
    Ok(session)
}

/// Refuses a session whose claims a newer claimcheck's extraction rules made: opening it here
/// would extract its claims again with older rules, and a colleague's reviews would be matched
/// against claims their rules no longer make (QA round 21, item N-3). Versions that are not whole
/// numbers are not compared.
fn refuse_newer_extractor(extractor: &str) -> Result<(), ParseError> {
    let ours = crate::extract::EXTRACTOR_VERSION;
    match (extractor.trim().parse::<u64>(), ours.parse::<u64>()) {
        (Ok(theirs), Ok(mine)) if theirs > mine => Err(ParseError::new(format!(
            "it was made by a newer claimcheck (extraction rules {theirs}; this one has {mine}): \
             this claimcheck would extract its claims again with older rules; upgrade claimcheck \
             to open it"
        ))),
        _ => Ok(()),
    }
}

/// Refuses a claim that cannot stand for a piece of its article: a `doc` with no document, a
/// `start` after its `end`, or a span whose length is not that of its `text` (which is exactly
/// the article's `[start..end]`). Exports and counts would otherwise file it under no document,
/// or nowhere. Orphaned reviews are held to the same rules: their offsets are into the article
/// as it was, and still span their own text.
fn check_spans(session: &Session, bytes: &[u8]) -> Result<(), ParseError> {
    let documents = session.documents.len();
    let listed = [
        ("claims", session.claims()),
        ("orphans", session.orphans.as_slice()),
    ];
    for (list, claims) in listed {
        for (i, reviewed) in claims.iter().enumerate() {
            let claim = &reviewed.claim;
            let problem = if claim.doc >= documents {
                let has = match documents {
                    0 => "no documents".to_string(),
                    1 => "1 document (doc 0)".to_string(),
                    n => format!("{n} documents (doc 0 to {})", n - 1),
                };
                format!("has \"doc\": {}, but the session has {has}", claim.doc)
            } else if claim.start > claim.end {
                format!(
                    "has \"start\": {} after its \"end\": {}",
                    claim.start, claim.end
                )
            } else if claim.end - claim.start != claim.text.len() {
                format!(
                    "spans bytes {}..{} ({} bytes), but its \"text\" is {} bytes long \
                     (the text must be exactly the article's [start..end])",
                    claim.start,
                    claim.end,
                    claim.end - claim.start,
                    claim.text.len()
                )
            } else {
                continue;
            };
            let positions = id_positions(bytes, &claim.id);
            // A claim's id comes before any orphan's in the file.
            let at = match list {
                "claims" => positions.first(),
                _ => positions.last(),
            };
            return Err(ParseError {
                problem: format!("claim {} ({list}[{i}]) {problem}", claim.id),
                at: at.map(|&offset| line_column(bytes, offset)),
            });
        }
    }
    Ok(())
}

/// Byte offsets of every `"id": "<id>"` value in the text, to point at a claim.
fn id_positions(bytes: &[u8], id: &str) -> Vec<usize> {
    let quoted = format!("\"{id}\"");
    let quoted = quoted.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = find(&bytes[from..], quoted) {
        let at = from + offset;
        from = at + quoted.len();
        let before = trim_end(&bytes[..at]);
        let Some(before) = before.strip_suffix(b":") else {
            continue;
        };
        if trim_end(before).ends_with(b"\"id\"") {
            found.push(at);
        }
    }
    found
}

/// Line and column of the second `"id": "<id>"` in the text, to point at a duplicated claim.
fn second_id_position(bytes: &[u8], id: &str) -> Option<(usize, usize)> {
    let at = *id_positions(bytes, id).get(1)?;
    Some(line_column(bytes, at))
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
    fn a_session_of_newer_extraction_rules_is_refused() {
        // QA round 21, item N-3: it was extracted again with older rules and saved.
        let ours = crate::extract::EXTRACTOR_VERSION;
        let newer = ours.parse::<u64>().unwrap() + 1;
        let text = valid().replace(
            "\"extractor\": \"1\"",
            &format!("\"extractor\": \"{newer}\""),
        );
        assert_ne!(text, valid());
        let err = problem(&text);
        assert_eq!(
            err.problem,
            format!(
                "it was made by a newer claimcheck (extraction rules {newer}; this one has \
                 {ours}): this claimcheck would extract its claims again with older rules; \
                 upgrade claimcheck to open it"
            )
        );
        let older = valid();
        assert!(
            parse_bytes(older.as_bytes()).is_ok(),
            "an older one is read"
        );
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

    /// The valid session with the first claim's `"key": value` replaced.
    fn first_claim_with(key: &str, value: &str) -> String {
        let text = valid();
        let session = parse_bytes(text.as_bytes()).unwrap();
        let claim = &session.claims()[0].claim;
        let old = match key {
            "doc" => claim.doc,
            "start" => claim.start,
            _ => claim.end,
        };
        text.replacen(
            &format!("\"{key}\": {old},"),
            &format!("\"{key}\": {value},"),
            1,
        )
    }

    #[test]
    fn a_claim_of_no_document_is_refused_at_its_id() {
        let text = first_claim_with("doc", "5");
        let err = problem(&text);
        let id = &parse_bytes(valid().as_bytes()).unwrap().claims()[0]
            .claim
            .id
            .clone();
        assert_eq!(
            err.problem,
            format!(
                "claim {id} (claims[0]) has \"doc\": 5, but the session has 1 document (doc 0)"
            )
        );
        let line = text.lines().position(|l| l.contains(id.as_str())).unwrap() + 1;
        assert_eq!(err.at.map(|(l, _)| l), Some(line), "{err}");
    }

    #[test]
    fn offsets_that_do_not_span_the_text_are_refused() {
        let err = problem(&first_claim_with("start", "99999"));
        assert!(
            err.problem
                .contains("(claims[0]) has \"start\": 99999 after its \"end\""),
            "{err}"
        );
        let err = problem(&first_claim_with("end", "99999"));
        assert!(
            err.problem.contains("(claims[0]) spans bytes 0..99999"),
            "{err}"
        );
        assert!(err.problem.contains("\"text\" is 24 bytes long"), "{err}");
        assert!(err.at.is_some(), "{err}");
    }

    #[test]
    fn an_orphan_keeps_the_offsets_of_the_article_as_it_was() {
        let mut session = parse_bytes(valid().as_bytes()).unwrap();
        let mut orphan = session.claims()[1].clone();
        orphan.claim.id = "c000000000000".into();
        orphan.claim.start += 5000;
        orphan.claim.end += 5000;
        session.orphans.push(orphan.clone());
        assert_eq!(parse_bytes(to_json(&session).as_bytes()).unwrap(), session);

        orphan.claim.doc = 1;
        session.orphans = vec![orphan];
        let err = problem(&to_json(&session));
        assert!(
            err.problem
                .contains("c000000000000 (orphans[0]) has \"doc\": 1"),
            "{err}"
        );
    }

    #[test]
    fn missing_keys_are_named() {
        let err = problem(&valid().replace("\"claims\"", "\"claimz\""));
        assert!(err.problem.contains("missing field `claims`"), "{err}");
        let err = problem(&valid().replacen("\"verdict\": null,", "", 1));
        assert!(err.problem.contains("has no \"verdict\""), "{err}");
    }
}
