//! `export --format markdown`: the report an editor reads. A summary table, then the claims
//! grouped by verdict (disputed first, then unclear, verified and still open), each quoting the
//! claim text with its note, evidence and reviewer.
//!
//! Article text, notes, evidence and names are untrusted: every piece is escaped so that it shows
//! as written and can neither format the report, inject HTML nor hide a link (see [`escape`]).

use std::fmt::Write;

use crate::checks::{Finding, Outcome, check};
use crate::claim::Kind;
use crate::export::agreement::Agreement;
use crate::export::counts::{Counts, percent};
use crate::export::merge::{self, CONFLICT_GLYPH};
use crate::session::{OPEN_GLYPH, RECHECK_GLYPH, Review, ReviewedClaim, Session, Verdict};

/// The order verdict groups appear in: what needs an editor's attention first.
const GROUPS: [Option<Verdict>; 4] = [
    Some(Verdict::Disputed),
    Some(Verdict::Unclear),
    Some(Verdict::Verified),
    None,
];

/// Escapes one line of untrusted text for inline Markdown (CommonMark with GitHub's tables and
/// strikethrough): characters that start emphasis, code, links, HTML, entities, table cells or
/// strikethrough get a backslash, and so do block markers (`#`, `-`, `+`, `=`, `>`, `1.`) at the
/// start of the line. Leading white space is dropped so it cannot open a code block.
pub fn escape(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let ordered_marker = digits > 0 && matches!(line[digits..].chars().next(), Some('.' | ')'));
    for (i, c) in line.char_indices() {
        let line_start_marker = i == 0 && matches!(c, '#' | '-' | '+' | '=');
        let inline_marker = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~'
        );
        if line_start_marker || inline_marker || (ordered_marker && i == digits) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes text that may span lines into one line (tables, headings): line breaks become spaces.
fn escape_one_line(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escapes text that may span lines, keeping its line breaks as Markdown hard breaks; every line
/// after the first starts with `prefix` (`"> "` inside a quotation).
fn escape_lines(text: &str, prefix: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(escape)
        .collect::<Vec<_>>()
        .join(&format!("\\\n{prefix}"))
}

/// Evidence as a list item: a plain http(s) link becomes an autolink, anything else is text.
fn evidence_item(evidence: &str) -> String {
    let evidence = evidence.trim();
    let is_link = (evidence.starts_with("https://") || evidence.starts_with("http://"))
        && !evidence.contains(|c: char| c.is_whitespace() || c == '<' || c == '>');
    if is_link {
        format!("<{evidence}>")
    } else {
        escape_one_line(evidence)
    }
}

fn verdict_title(verdict: Option<Verdict>) -> String {
    match verdict {
        Some(v) => {
            let label = v.label();
            format!("{} {}{}", v.glyph(), label[..1].to_uppercase(), &label[1..])
        }
        None => format!("{OPEN_GLYPH} Open"),
    }
}

fn kind_title(kind: Kind) -> String {
    let label = kind.label();
    format!("{}{}", label[..1].to_uppercase(), &label[1..])
}

/// The Markdown report of a session.
pub fn render(session: &Session) -> String {
    let mut out = String::new();
    heading(&mut out, session);
    summary(&mut out, &Counts::of(session.claims()));
    if let Some(agreement) = merge::agreement_of(session) {
        agreement_section(&mut out, session, &agreement);
    }
    let findings = check(session.claims().iter().map(|r| &r.claim));
    checks_section(&mut out, session, &findings);
    for group in GROUPS {
        // Each claim keeps its number in the session (#13 on the review screen is 13 here), not
        // its place in the section.
        let claims: Vec<(usize, &ReviewedClaim)> = session
            .claims()
            .iter()
            .enumerate()
            .filter(|(_, c)| c.review.standing() == group)
            .collect();
        if claims.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {} ({})", verdict_title(group), claims.len());
        let undecided = claims.iter().filter(|(_, c)| undecided_conflict(c)).count();
        if undecided > 0 {
            let _ = writeln!(
                out,
                "\n{undecided} of them: reviewers gave different verdicts or judged them under \
                 different speakers, and no adjudicator has decided yet (marked \
                 {CONFLICT_GLYPH}).",
            );
        }
        for (at, reviewed) in claims {
            claim_section(&mut out, session, Some(at + 1), reviewed, &findings);
        }
    }
    orphans_section(&mut out, session);
    out
}

/// The reviews kept for sentences the article no longer holds (it, or the extractor, changed
/// after they were given): a reviewer's verdict, note and evidence are reported even so.
fn orphans_section(out: &mut String, session: &Session) {
    if session.orphans.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## Reviews of sentences no longer in the article ({})\n\nThe article changed after \
         these were reviewed; the sentences are quoted as they were.",
        session.orphans.len()
    );
    for reviewed in &session.orphans {
        claim_section(out, session, None, reviewed, &[]);
    }
}

fn heading(out: &mut String, session: &Session) {
    match session.documents.as_slice() {
        [only] => {
            let _ = writeln!(out, "# Fact-check report: {}", escape_one_line(&only.title));
        }
        documents => {
            let _ = writeln!(out, "# Fact-check report: {} articles", documents.len());
        }
    }
    let _ = writeln!(out);
    for document in &session.documents {
        let mut line = format!("- **{}** (", escape_one_line(&document.title));
        line.push_str(&escape_one_line(&document.path));
        if let Some(url) = &document.url {
            let _ = write!(line, ", {}", evidence_item(url));
        }
        if let Some(published) = &document.published {
            let _ = write!(line, ", published {}", escape_one_line(published));
        }
        line.push(')');
        let _ = writeln!(out, "{line}");
    }
}

fn summary(out: &mut String, counts: &Counts) {
    let _ = writeln!(out, "\n## Summary\n");
    let _ = writeln!(
        out,
        "{} of {} claims reviewed ({}).\n",
        counts.reviewed,
        counts.claims,
        percent(counts.progress)
    );
    let _ = writeln!(out, "| Verdict | Claims |\n|---|---:|");
    for group in GROUPS {
        let _ = writeln!(
            out,
            "| {} | {} |",
            verdict_title(group),
            counts.verdicts.of(group)
        );
    }
    let _ = writeln!(out, "| **Total** | **{}** |", counts.claims);
    let _ = writeln!(
        out,
        "\n| Kind | Claims | Disputed | Unclear | Verified | Open |\n|---|---:|---:|---:|---:|---:|"
    );
    for kind in Kind::ALL {
        let c = counts.kinds.get(kind);
        if c.claims == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            kind_title(kind),
            c.claims,
            c.disputed,
            c.unclear,
            c.verified,
            c.open
        );
    }
}

fn agreement_section(out: &mut String, session: &Session, agreement: &Agreement) {
    let _ = writeln!(
        out,
        "\n## Agreement between {} reviewers\n",
        agreement.coders
    );
    let _ = writeln!(out, "| Measure | Value |\n|---|---:|");
    let _ = writeln!(
        out,
        "| Claims judged by two or more | {} |",
        agreement.pairable_units
    );
    let _ = writeln!(
        out,
        "| Claims with different verdicts | {} |",
        agreement.pairable_units - agreement.unanimous_units
    );
    // The conflicts as `stats`, `merge` and the review screen count them: a verdict under one
    // speaker does not agree with the same verdict under another.
    let conflicts = session.claims().iter().filter(|c| merge::is_conflict(c));
    let _ = writeln!(
        out,
        "| Conflicts (different verdicts or speakers) | {} |",
        conflicts.clone().count()
    );
    let _ = writeln!(
        out,
        "| Conflicts decided by an adjudicator | {} |",
        conflicts.filter(|c| c.review.verdict.is_some()).count()
    );
    let readings = agreement.readings();
    let _ = writeln!(out, "| Percent agreement | {} |", readings.percent);
    if let Some(kappa) = readings.kappa {
        let _ = writeln!(out, "| Cohen's κ | {kappa} |");
    }
    let _ = writeln!(out, "| Krippendorff's α (nominal) | {} |", readings.alpha);
}

/// A claim of a merged session on which reviewers disagree and that has no final verdict yet.
fn undecided_conflict(claim: &ReviewedClaim) -> bool {
    claim.review.verdict.is_none() && merge::is_conflict(claim)
}

/// "ana ✓ verified; bo ✗ disputed": the verdicts of a conflict, each with its reviewer (a
/// semicolon between them, since a name may hold a comma: "Lee, Bo").
fn conflict_line(claim: &ReviewedClaim) -> String {
    let speakers = merge::speakers_differ(claim);
    claim
        .reviews
        .iter()
        .filter_map(|r| {
            let verdict = r.verdict?;
            let who = r.reviewer.as_deref().unwrap_or("unnamed reviewer");
            let mut line = format!(
                "{} {} {}",
                escape_one_line(who),
                verdict.glyph(),
                verdict.label()
            );
            // Reviewers who judged it under different speakers: whom each one meant.
            if speakers {
                let speaker = merge::speaker_judged(claim, r).unwrap_or("no one");
                let _ = write!(line, " (speaker: {})", escape_one_line(speaker));
            }
            Some(line)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// How the report cites a claim: its number in the session (the review screen's and the headings'
/// `#13`) and its id; the id alone for a claim the session does not hold.
fn claim_citation(session: &Session, id: &str) -> String {
    match session.position(id) {
        Some(at) => format!("#{} (`{id}`)", at + 1),
        None => format!("`{id}`"),
    }
}

fn reviewer_line(review: &Review) -> String {
    let who = review.reviewer.as_deref().unwrap_or("unnamed reviewer");
    let verdict = review.verdict.map_or_else(
        || format!("{OPEN_GLYPH} open"),
        |v| format!("{} {}", v.glyph(), v.label()),
    );
    let mut line = format!("{}: {verdict}", escape_one_line(who));
    // A correction the reviewers do not share is in no final review: each reviewer's shows here.
    if let Some(speaker) = &review.corrected_speaker {
        match speaker.as_str() {
            "" => line.push_str(" (speaker: no one)"),
            name => {
                let _ = write!(line, " (speaker: {})", escape_one_line(name));
            }
        }
    }
    // A verdict given before the article changed under it is not confirmed by the merge.
    if let Some(changed) = review.recheck_summary() {
        let _ = write!(
            line,
            " ({RECHECK_GLYPH} to confirm: {})",
            escape_one_line(&changed)
        );
    }
    // The note keeps its line breaks and each evidence item is a link or citation of its own,
    // inside the reviewer's list item (indented two spaces).
    if !review.note.trim().is_empty() {
        let _ = write!(line, " — {}", escape_lines(&review.note, "  "));
    }
    for item in review.evidence.iter().filter(|e| !e.trim().is_empty()) {
        let _ = write!(line, "\n  - {}", evidence_item(item));
    }
    line
}

/// Every figure check, inconsistent ones first.
fn checks_section(out: &mut String, session: &Session, findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    let wrong = findings
        .iter()
        .filter(|f| f.result == Outcome::Inconsistent)
        .count();
    let _ = writeln!(out, "\n## Figure checks\n");
    let _ = writeln!(
        out,
        "{wrong} of {} checks find figures that do not add up.\n",
        findings.len()
    );
    let mut ordered: Vec<&Finding> = findings.iter().collect();
    ordered.sort_by_key(|f| f.result);
    ordered.sort_by_key(|f| f.result != Outcome::Inconsistent);
    for f in ordered {
        let mut line = format!(
            "- {} **{}** ({}): {}. Evidence: {}.",
            f.result.glyph(),
            f.relation.label(),
            f.result.label(),
            escape_one_line(&f.arithmetic),
            escape_one_line(&f.evidence)
        );
        if let Some(t) = &f.tolerance {
            let _ = write!(line, " Tolerance: {}.", escape_one_line(t));
        }
        let cited: Vec<String> = f
            .claims
            .iter()
            .map(|id| claim_citation(session, id))
            .collect();
        let _ = write!(line, " Claims: {}.", cited.join(", "));
        let _ = writeln!(out, "{line}");
    }
}

fn claim_section(
    out: &mut String,
    session: &Session,
    n: Option<usize>,
    reviewed: &ReviewedClaim,
    findings: &[Finding],
) {
    let claim = &reviewed.claim;
    let review = &reviewed.review;
    // A claim is numbered as on the review screen, under its verdict's heading; an orphaned
    // review has neither, so its title says the verdict.
    let mut title = match n {
        Some(n) => format!("{n}. {}", kind_title(claim.kind)),
        None => kind_title(claim.kind),
    };
    if undecided_conflict(reviewed) && merge::speakers_differ(reviewed) {
        // Which speaker stands is what the adjudicator has to decide.
        let _ = write!(title, " · speaker disputed");
    } else if let Some(speaker) = reviewed.speaker() {
        let _ = write!(title, " · {}", escape_one_line(speaker));
    }
    if n.is_none() {
        let _ = write!(title, " · {}", verdict_title(review.verdict));
    }
    let _ = writeln!(out, "\n### {title}\n");
    let _ = writeln!(out, "> {}", escape_lines(&claim.text, "> "));
    if undecided_conflict(reviewed) {
        let _ = writeln!(
            out,
            "\n**{CONFLICT_GLYPH} Conflict, awaiting adjudication:** {}",
            conflict_line(reviewed)
        );
    }
    if let (Some(verdict), Some(changed)) = (review.verdict, review.recheck_summary()) {
        let _ = writeln!(
            out,
            "\n**{RECHECK_GLYPH} To confirm:** marked {} {} before the article changed; {}. Not \
             a verdict until a reviewer confirms it.",
            verdict.glyph(),
            verdict.label(),
            escape_one_line(&changed)
        );
    }
    for f in findings.iter().filter(|f| f.involves(&claim.id)) {
        let _ = writeln!(
            out,
            "\n**Figure check:** {} {}: {}",
            f.result.glyph(),
            f.relation.label(),
            escape_one_line(&f.arithmetic)
        );
    }
    if let Some(corrected) = &review.corrected_speaker {
        let corrected = match corrected.as_str() {
            "" => "no one is quoted or cited".to_string(),
            name => escape_one_line(name),
        };
        let extracted = claim.speaker.as_deref().map_or_else(
            || "none was found".to_string(),
            |s| format!("found: {}", escape_one_line(s)),
        );
        let _ = writeln!(out, "\n**Speaker corrected:** {corrected} ({extracted})");
    }
    if !review.note.trim().is_empty() {
        let _ = writeln!(out, "\n**Note:** {}", escape_lines(&review.note, ""));
    }
    let evidence: Vec<&String> = review
        .evidence
        .iter()
        .filter(|e| !e.trim().is_empty())
        .collect();
    if !evidence.is_empty() {
        let _ = writeln!(out, "\n**Evidence:**\n");
        for item in evidence {
            let _ = writeln!(out, "- {}", evidence_item(item));
        }
    }
    if !reviewed.reviews.is_empty() {
        let _ = writeln!(out, "\n**Reviewers:**\n");
        for individual in &reviewed.reviews {
            let _ = writeln!(out, "- {}", reviewer_line(individual));
        }
    }
    let mut footer = format!("Claim `{}`", claim.id);
    if session.documents.len() > 1
        && let Some(document) = session.documents.get(claim.doc)
    {
        let _ = write!(footer, " in {}", escape_one_line(&document.title));
    }
    if let Some(reviewer) = &review.reviewer {
        let _ = write!(footer, " · reviewed by {}", escape_one_line(reviewer));
    }
    if let Some(at) = &review.reviewed_at {
        let _ = write!(footer, " · {}", escape_one_line(at));
    }
    if let Some((by, at)) = review.annotated_by_another() {
        let _ = write!(
            footer,
            " · {} by {}",
            review.annotation(),
            escape_one_line(by)
        );
        if let Some(at) = at {
            let _ = write!(footer, " · {}", escape_one_line(at));
        }
    }
    let _ = writeln!(out, "\n*{footer}*");
}

#[cfg(test)]
mod tests;
