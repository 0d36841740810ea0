//! `claimcheck stats`: counts per verdict and kind, per document and overall, progress, per
//! reviewer, and (for merged sessions) agreement; as a table for people or as JSON.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::claim::Kind;
use crate::export::agreement::Agreement;
use crate::export::counts::{Counts, ReviewerCounts, count_reviewers, percent};
use crate::export::merge;
use crate::session::{Session, Verdict};

/// Counts for one document of one session.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentStats {
    /// Index of the document in its session.
    pub doc: usize,
    /// The article's title.
    pub title: String,
    /// The article's path.
    pub path: String,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// Counts for one session.
#[derive(Debug, Clone, Serialize)]
pub struct SessionStats {
    /// The session file, as named on the command line.
    pub file: String,
    /// The extractor version that made its claims.
    pub extractor: String,
    /// Counts over all its claims.
    #[serde(flatten)]
    pub counts: Counts,
    /// Per document.
    pub documents: Vec<DocumentStats>,
    /// Agreement between reviewers, for a merged session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// In a merged session, the claims reviewers disagreed on and how many of them an
    /// adjudicator has decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<Conflicts>,
    /// The reviews kept for sentences its articles no longer hold (counted apart from the
    /// claims), when there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub orphans: Option<Counts>,
}

/// The conflicts of a merged session.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Conflicts {
    /// Claims on which reviewers gave different verdicts.
    pub total: usize,
    /// Those with a final verdict from an adjudicator.
    pub decided: usize,
}

impl Conflicts {
    /// The conflicts of a session, `None` unless it is merged.
    pub fn of(session: &Session) -> Option<Conflicts> {
        let merged = session.claims().iter().any(|c| !c.reviews.is_empty());
        merged.then(|| {
            let conflicted = session.claims().iter().filter(|c| merge::is_conflict(c));
            Conflicts {
                total: conflicted.clone().count(),
                decided: conflicted.filter(|c| c.review.verdict.is_some()).count(),
            }
        })
    }
}

/// The articles (by their text's SHA-256; named by their first path) that more than one of
/// `sessions` review, in the order first given.
fn shared_articles(sessions: &[(String, &Session)]) -> Vec<String> {
    let mut seen: Vec<(&str, &str, usize)> = Vec::new();
    for (_, session) in sessions {
        for d in &session.documents {
            match seen.iter_mut().find(|(sha, _, _)| *sha == d.sha256) {
                Some((_, _, n)) => *n += 1,
                None => seen.push((&d.sha256, &d.path, 1)),
            }
        }
    }
    seen.into_iter()
        .filter(|&(_, _, n)| n > 1)
        .map(|(_, path, _)| path.to_string())
        .collect()
}

/// Statistics over one or more sessions.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Each session.
    pub sessions: Vec<SessionStats>,
    /// Summed over every session.
    pub overall: Counts,
    /// Verdicts per reviewer over every session (in merged sessions, each reviewer's own).
    pub reviewers: Vec<ReviewerCounts>,
    /// The articles (paths) that more than one of the sessions review: their claims are in the
    /// overall counts once per session.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared_articles: Vec<String>,
}

impl Stats {
    /// Counts the sessions, each given with its file name.
    pub fn of(sessions: &[(String, &Session)]) -> Stats {
        let mut overall = Counts::default();
        let mut reviewers = BTreeMap::new();
        let mut per_session = Vec::with_capacity(sessions.len());
        for (file, session) in sessions {
            let counts = Counts::of(session.claims());
            overall.merge(&counts);
            count_reviewers(session, &mut reviewers);
            per_session.push(SessionStats {
                file: file.clone(),
                extractor: session.extractor.clone(),
                counts,
                documents: session
                    .documents
                    .iter()
                    .enumerate()
                    .map(|(doc, d)| DocumentStats {
                        doc,
                        title: d.title.clone(),
                        path: d.path.clone(),
                        counts: Counts::of_document(session, doc),
                    })
                    .collect(),
                agreement: merge::agreement_of(session),
                conflicts: Conflicts::of(session),
                orphans: (!session.orphans.is_empty()).then(|| Counts::of(&session.orphans)),
            });
        }
        Stats {
            sessions: per_session,
            overall,
            reviewers: reviewers.into_values().collect(),
            shared_articles: shared_articles(sessions),
        }
    }
}

/// The statistics as pretty-printed JSON with a final newline.
pub fn render_json(stats: &Stats) -> String {
    let mut text = serde_json::to_string_pretty(stats).expect("statistics always serialise");
    text.push('\n');
    text
}

/// A plain-text table: the first column left-aligned, the others right-aligned, padded by display
/// width (a reviewer or title in CJK or with combining accents lines up too).
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            rows.iter()
                .map(|r| r[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| {
        let mut line = String::from("  ");
        for (c, cell) in cells.iter().enumerate() {
            let pad = widths[c] - cell.width();
            if c == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        line.trim_end().to_string()
    };
    let _ = writeln!(out, "{}", line(header.to_vec()));
    for row in rows {
        let _ = writeln!(out, "{}", line(row.iter().map(String::as_str).collect()));
    }
}

/// A title cut to `max` terminal columns.
fn clip(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.width() <= max {
        return flat;
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in flat.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        cut.push(c);
    }
    cut.push('…');
    cut
}

fn count_row(label: String, counts: &Counts) -> Vec<String> {
    let v = &counts.verdicts;
    vec![
        label,
        v.claims.to_string(),
        v.verified.to_string(),
        v.disputed.to_string(),
        v.unclear.to_string(),
        v.open.to_string(),
        percent(counts.progress),
    ]
}

const COUNT_HEADER: [&str; 7] = [
    "", "claims", "verified", "disputed", "unclear", "open", "progress",
];

/// The statistics as tables for people.
pub fn render_table(stats: &Stats) -> String {
    let mut out = String::new();
    for session in &stats.sessions {
        let _ = writeln!(
            out,
            "{} (extractor {}): {} of {} claims reviewed ({})",
            session.file,
            session.extractor,
            session.counts.reviewed,
            session.counts.claims,
            percent(session.counts.progress)
        );
        let mut header = COUNT_HEADER;
        header[0] = "document";
        let rows: Vec<Vec<String>> = session
            .documents
            .iter()
            .map(|d| count_row(clip(&d.title, 48), &d.counts))
            .collect();
        table(&mut out, &header, &rows);
        if let Some(a) = &session.agreement {
            let readings = a.readings();
            let mut line = format!(
                "  agreement between {} reviewers on {} claims: {}",
                a.coders, a.pairable_units, readings.percent
            );
            if let Some(kappa) = readings.kappa {
                let _ = write!(line, ", Cohen's kappa {kappa}");
            }
            let _ = write!(line, ", Krippendorff's alpha {}", readings.alpha);
            if let Some(c) = session.conflicts {
                let _ = write!(
                    line,
                    "; {} conflict{}, {} decided",
                    c.total,
                    if c.total == 1 { "" } else { "s" },
                    c.decided
                );
            }
            let _ = writeln!(out, "{line}");
        }
        if let Some(o) = &session.orphans {
            let v = &o.verdicts;
            let _ = writeln!(
                out,
                "  {} review{} of sentences no longer in the article (not counted above): {} \
                 verified, {} disputed, {} unclear, {} open",
                o.claims,
                if o.claims == 1 { "" } else { "s" },
                v.verified,
                v.disputed,
                v.unclear,
                v.open
            );
        }
        out.push('\n');
    }
    let o = &stats.overall;
    let _ = writeln!(
        out,
        "Overall ({} session{}): {} of {} claims reviewed ({}), {} open",
        stats.sessions.len(),
        if stats.sessions.len() == 1 { "" } else { "s" },
        o.reviewed,
        o.claims,
        percent(o.progress),
        o.open
    );
    if !stats.shared_articles.is_empty() {
        let _ = writeln!(
            out,
            "  (summed over the sessions: {} {} reviewed in more than one, its claims counted once \
             per session; `claimcheck merge` the sessions for one count per claim)",
            stats.shared_articles.join(", "),
            if stats.shared_articles.len() == 1 {
                "is"
            } else {
                "are"
            },
        );
    }
    let mut header = COUNT_HEADER;
    header[0] = "kind";
    let mut rows: Vec<Vec<String>> = Kind::ALL
        .iter()
        .filter(|k| o.kinds.get(**k).claims > 0)
        .map(|k| {
            let c = o.kinds.get(*k);
            let counts = Counts {
                claims: c.claims,
                reviewed: c.reviewed(),
                open: c.open,
                progress: c.progress(),
                verdicts: *c,
                kinds: Default::default(),
            };
            count_row(k.label().to_string(), &counts)
        })
        .collect();
    rows.push(count_row("all".to_string(), o));
    table(&mut out, &header, &rows);

    out.push('\n');
    if stats.reviewers.is_empty() {
        let _ = writeln!(out, "Reviewers: no verdicts yet");
        return out;
    }
    let _ = writeln!(out, "Reviewers");
    // Verdicts waiting to be confirmed are not given yet: a column of their own, when there are.
    let to_confirm = stats.reviewers.iter().any(|r| r.to_confirm > 0);
    let rows: Vec<Vec<String>> = stats
        .reviewers
        .iter()
        .map(|r| {
            let mut row = vec![
                clip(&r.reviewer, 32),
                r.reviewed.to_string(),
                r.verified.to_string(),
                r.disputed.to_string(),
                r.unclear.to_string(),
            ];
            row.extend(to_confirm.then(|| r.to_confirm.to_string()));
            row
        })
        .collect();
    let mut header = vec![
        "reviewer",
        "verdicts",
        Verdict::Verified.label(),
        Verdict::Disputed.label(),
        Verdict::Unclear.label(),
    ];
    header.extend(to_confirm.then_some("to confirm"));
    table(&mut out, &header, &rows);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testing::{claim_of_kind, review_by, session_with};

    fn sample() -> Session {
        session_with(vec![
            (
                claim_of_kind("Shot down 115.", Kind::Quantity),
                review_by(Some(Verdict::Verified), "ann"),
            ),
            (
                claim_of_kind("181 drones.", Kind::Quantity),
                review_by(Some(Verdict::Disputed), "ann"),
            ),
            (
                claim_of_kind("“Positive.”", Kind::Quote),
                review_by(None, "ann"),
            ),
        ])
    }

    #[test]
    fn tables_pad_and_clip_by_display_width() {
        let mut out = String::new();
        let rows = vec![
            vec!["王小明".to_string(), "3".to_string()],
            vec!["ann".to_string(), "12".to_string()],
        ];
        table(&mut out, &["reviewer", "claims"], &rows);
        let lines: Vec<&str> = out.lines().collect();
        // Every count ends in the same terminal column.
        let ends: Vec<usize> = lines.iter().map(|l| l.width()).collect();
        assert!(ends.iter().all(|&e| e == ends[0]), "{out}");
        assert_eq!(clip("北京 earthquake kills 12", 8), "北京 ea…");
        assert_eq!(clip("北京 earthquake kills 12", 8).width(), 8);
        assert_eq!(clip("short", 8), "short");
    }

    #[test]
    fn stats_sum_sessions_and_count_reviewers() {
        let a = sample();
        let b = sample();
        let stats = Stats::of(&[("a.json".into(), &a), ("b.json".into(), &b)]);
        assert_eq!(stats.overall.claims, 6);
        assert_eq!(stats.overall.reviewed, 4);
        assert_eq!(stats.sessions[0].documents[0].counts.open, 1);
        assert_eq!(stats.reviewers.len(), 1);
        assert_eq!(stats.reviewers[0].reviewed, 4);

        let json: serde_json::Value = serde_json::from_str(&render_json(&stats)).unwrap();
        assert_eq!(json["overall"]["kinds"]["quantity"]["claims"], 4);
        assert_eq!(json["sessions"][1]["file"], "b.json");
        assert_eq!(
            json["sessions"][0]["documents"][0]["title"],
            "Russia weighs in"
        );
        assert_eq!(json["sessions"][0]["progress"], 0.6667);
        assert!(json["sessions"][0].get("agreement").is_none());
        assert!(json["sessions"][0].get("orphans").is_none());
        // Two sessions of one article: the sum says so (QA round 11, flow item 7).
        assert_eq!(stats.shared_articles, [a.documents[0].path.clone()]);
        assert_eq!(json["shared_articles"][0], a.documents[0].path.as_str());
        let text = render_table(&stats);
        assert!(text.contains("reviewed in more than one"), "{text}");
        assert!(
            !text.contains("to confirm"),
            "no column without any: {text}"
        );
        let one = Stats::of(&[("a.json".into(), &a)]);
        assert!(one.shared_articles.is_empty());
        assert!(!render_table(&one).contains("more than one"));
    }

    #[test]
    fn orphaned_reviews_are_counted_apart_from_the_claims() {
        let mut s = sample();
        s.orphans.push(crate::session::ReviewedClaim {
            claim: claim_of_kind("Fifteen people died.", Kind::Quantity),
            review: review_by(Some(Verdict::Disputed), "ann"),
            reviews: Vec::new(),
        });
        let stats = Stats::of(&[("a.json".into(), &s)]);
        assert_eq!(
            stats.overall.claims, 3,
            "an orphan is no claim of the article"
        );
        let json: serde_json::Value = serde_json::from_str(&render_json(&stats)).unwrap();
        assert_eq!(json["sessions"][0]["orphans"]["claims"], 1);
        assert_eq!(json["sessions"][0]["orphans"]["verdicts"]["disputed"], 1);
        let text = render_table(&stats);
        assert!(
            text.contains(
                "  1 review of sentences no longer in the article (not counted above): 0 \
                 verified, 1 disputed, 0 unclear, 0 open"
            ),
            "{text}"
        );
    }

    #[test]
    fn table_shows_documents_kinds_and_reviewers() {
        let s = sample();
        let text = render_table(&Stats::of(&[("a.json".into(), &s)]));
        assert!(
            text.contains("a.json (extractor 1): 2 of 3 claims reviewed (66.7%)"),
            "{text}"
        );
        assert!(text.contains("Overall (1 session): 2 of 3 claims reviewed (66.7%), 1 open"));
        let quantity = text
            .lines()
            .find(|l| l.trim_start().starts_with("quantity"))
            .unwrap();
        let cells: Vec<&str> = quantity.split_whitespace().collect();
        assert_eq!(cells, ["quantity", "2", "1", "1", "0", "0", "100.0%"]);
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().eq(["ann", "2", "1", "1", "0"]))
        );
    }
}
