//! Whether a session still matches its articles, for the commands that publish or count its
//! verdicts without opening it for review (`export`, `stats`, `merge`).
//!
//! An article edited since the session was made may no longer hold the sentences reviewed: a
//! corrected figure publishes a verdict on a sentence the article no longer contains. The articles
//! are matched exactly as `review` matches them ([`super::reextract::refresh`], on a copy: nothing
//! is written), so the warning can say how many reviewed claims are gone. A missing or unreadable
//! article is not mentioned: sessions are often exported far from their articles.

use std::collections::BTreeMap;
use std::path::Path;

use super::model::Session;
use super::reextract::refresh;
use super::report::Notice;
use crate::display::count;
use crate::extract::EXTRACTOR_VERSION;

/// Warnings for the articles of the session at `session_path` that changed since it was made, one
/// line each, naming the article and the session; none when every readable article is unchanged.
pub fn warnings(session: &Session, session_path: &Path) -> Vec<String> {
    let shown = session_path.display();
    let folder = crate::fsutil::folder_of(session_path);
    let mut copy = session.clone();
    // Only the articles matter here: new extraction rules alone do not make the verdicts stale.
    copy.extractor = EXTRACTOR_VERSION.to_string();
    let notices = match refresh(&mut copy, folder) {
        Ok(notices) => notices,
        Err(problem) => return vec![format!("{shown}: {problem}")],
    };
    let reopen = format!("open {shown} in `claimcheck review` to re-match its reviews");
    let mut lines = Vec::new();
    for notice in notices {
        match notice {
            Notice::Reextracted(report) => {
                let mut gone: BTreeMap<&str, usize> = BTreeMap::new();
                for id in &report.orphaned {
                    let doc = session
                        .position(id)
                        .map(|at| session.claims()[at].claim.doc);
                    if let Some(document) = doc.and_then(|doc| session.documents.get(doc)) {
                        *gone.entry(document.path.as_str()).or_default() += 1;
                    }
                }
                for article in &report.changed {
                    let line = match gone.get(article.as_str()).copied().unwrap_or(0) {
                        0 => format!(
                            "{article} has changed since {shown} was made (no reviewed claim is \
                             gone from it); open {shown} in `claimcheck review` to bring it up to \
                             date"
                        ),
                        n => format!(
                            "{article} has changed since {shown} was made: {} {} no longer in \
                             it; {reopen}",
                            count(n, "reviewed claim"),
                            if n == 1 { "is" } else { "are" },
                        ),
                    };
                    lines.push(line);
                }
                if !report.rechecked.is_empty() {
                    lines.push(format!(
                        "{shown}: the edits change the speaker, figures or dates of the claims of \
                         {}, which then need confirming; {reopen}",
                        count(report.rechecked.len(), "verdict"),
                    ));
                }
            }
            Notice::ArticleChangedNotReextracted { path } => lines.push(format!(
                "{path} has changed since {shown} was made: its reviewed claims may no longer \
                 match it; {reopen}"
            )),
            _ => {}
        }
    }
    lines
}

/// Brings a session made by older extraction rules up to this build's, as opening it in `review`
/// does ([`refresh`]): its claims are extracted again from its articles and its reviews carried
/// over by claim id, a verdict flagged to confirm where its claim's speaker, figures or dates
/// changed, a review whose sentence is gone kept as an orphan. `merge` does this to every input,
/// so that all are matched against one extraction and no verdict is published under a speaker or
/// figures its reviewer never saw (QA round 21, item N-1). Returns what to tell the user, one line
/// each; nothing for a session of this build's rules. A session whose articles cannot be read is
/// left as it is, with a line saying so.
pub fn bring_up_to_date(session: &mut Session, session_path: &Path) -> Vec<String> {
    if session.extractor == EXTRACTOR_VERSION {
        return Vec::new();
    }
    let shown = session_path.display();
    let old = session.extractor.clone();
    let rules = format!(
        "{shown} was made by extraction rules {old} (this claimcheck has {EXTRACTOR_VERSION})"
    );
    let notices = match refresh(session, crate::fsutil::folder_of(session_path)) {
        Ok(notices) => notices,
        Err(problem) => {
            return vec![format!(
                "{rules}, and its claims are used as they are: {problem}"
            )];
        }
    };
    let mut lines = Vec::new();
    for notice in notices {
        match notice {
            Notice::Reextracted(report) => {
                let mut said = format!(
                    "{rules}: its claims were extracted again and its reviews matched to them by \
                     claim id, as `claimcheck review` does ({} carried over",
                    count(report.carried, "review")
                );
                if !report.orphaned.is_empty() {
                    said += &format!(
                        ", {} whose sentence is no longer a claim kept as {}",
                        count(report.orphaned.len(), "review"),
                        if report.orphaned.len() == 1 {
                            "an orphan"
                        } else {
                            "orphans"
                        }
                    );
                }
                if !report.rechecked.is_empty() {
                    said += &format!(
                        ", {} given under another speaker, figures or dates flagged to confirm",
                        count(report.rechecked.len(), "verdict")
                    );
                }
                said.push(')');
                for article in &report.changed {
                    said += &format!("; {article} has also changed since");
                }
                lines.push(said);
            }
            Notice::ArticleMissing { path, problem } => lines.push(format!(
                "{rules}, and its claims are used as they are: cannot read the article {path} \
                 ({problem})"
            )),
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Source, extract_documents};
    use crate::session::{Review, Verdict};

    const ARTICLE: &str = "The bank cut rates by 50 basis points to 3.25 percent.\n\
                           Unemployment rose for four months in a row.\n\
                           Inflation was 2.8% in November.\n";

    /// A session of `ARTICLE` saved as `dir/c.review.json`, its first and last claims reviewed.
    fn session_in(dir: &Path) -> (Session, std::path::PathBuf) {
        std::fs::write(dir.join("c.txt"), ARTICLE).unwrap();
        let extraction = extract_documents(&[Source {
            path: "c.txt",
            text: ARTICLE,
        }]);
        let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
        let reviewed = |verdict| Review {
            verdict: Some(verdict),
            ..Review::default()
        };
        let last = session.claims().len() - 1;
        session.set_review(0, reviewed(Verdict::Disputed));
        session.set_review(last, reviewed(Verdict::Verified));
        (session, dir.join("c.review.json"))
    }

    #[test]
    fn an_unchanged_or_missing_article_gives_no_warning() {
        let dir = tempfile::tempdir().unwrap();
        let (mut session, path) = session_in(dir.path());
        assert!(warnings(&session, &path).is_empty());
        session.extractor = "0-old".into();
        assert!(warnings(&session, &path).is_empty(), "new rules alone");
        std::fs::remove_file(dir.path().join("c.txt")).unwrap();
        assert!(warnings(&session, &path).is_empty());
    }

    #[test]
    fn a_corrected_article_counts_the_reviewed_claims_it_no_longer_holds() {
        // QA round 10, item R1: "50 basis points" corrected to "40 basis points".
        let dir = tempfile::tempdir().unwrap();
        let (session, path) = session_in(dir.path());
        std::fs::write(
            dir.path().join("c.txt"),
            ARTICLE.replace("50 basis", "40 basis"),
        )
        .unwrap();
        let before = session.clone();
        let said = warnings(&session, &path);
        assert_eq!(
            said,
            [format!(
                "c.txt has changed since {} was made: 1 reviewed claim is no longer in it; open {} \
                 in `claimcheck review` to re-match its reviews",
                path.display(),
                path.display()
            )]
        );
        assert_eq!(session, before, "the session itself is not touched");
        assert!(
            !dir.path().join("c.review.json").exists(),
            "nothing written"
        );
    }

    #[test]
    fn an_edit_that_keeps_every_reviewed_claim_still_says_the_article_changed() {
        let dir = tempfile::tempdir().unwrap();
        let (session, path) = session_in(dir.path());
        let edited = ARTICLE.replace("four months", "five months");
        std::fs::write(dir.path().join("c.txt"), edited).unwrap();
        let said = warnings(&session, &path);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("c.txt has changed since")
                && said[0].contains("(no reviewed claim is gone from it)"),
            "{said:?}"
        );
    }

    #[test]
    fn an_edit_that_gives_a_verified_quote_another_speaker_is_named() {
        // QA round 11, item 2, before the session is opened again.
        const LETTER: &str = "In a letter to Congress, President Volodymyr Zelensky stated, \
                              “Ukraine is ready to talk.”\nHe added, “My team and I are \
                              prepared to work for lasting peace.”\n";
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("z.txt"), LETTER).unwrap();
        let extraction = extract_documents(&[Source {
            path: "z.txt",
            text: LETTER,
        }]);
        let mut session = Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims);
        session.set_review(
            1,
            Review {
                verdict: Some(Verdict::Verified),
                ..Review::default()
            },
        );
        let edited = LETTER.replace(
            "In a letter to Congress, President Volodymyr Zelensky stated",
            "Kremlin aide Yuri Ushakov said",
        );
        std::fs::write(dir.path().join("z.txt"), edited).unwrap();
        let said = warnings(&session, &dir.path().join("z.review.json"));
        assert!(
            said.iter()
                .any(|l| l.contains("of 1 verdict, which then need confirming")),
            "{said:?}"
        );
    }
}
