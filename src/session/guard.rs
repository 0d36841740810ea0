//! What an output file may never replace: the sessions a command reads, any file holding review
//! work ([`kept_in`]: a session, a journal, a lock), and the articles those sessions were made
//! from. One check for `export --output`, `merge --output` and the review screen's export key.
//! Only reads.

use std::fmt;
use std::path::Path;

use super::kept::{Kept, kept_in};
use super::list::SESSION_SUFFIX;
use super::lock;
use super::model::Session;
use super::reextract::article_paths;
use crate::claim::sha256_hex;
use crate::fsutil::folder_of;

/// Whether an output may replace a claimcheck session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Never (an export is no session).
    Never,
    /// Only when the user said so (`merge --force`).
    Forced(bool),
}

/// A session a command reads, and the file it was read from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The session file.
    pub path: &'a Path,
    /// The session read from it.
    pub session: &'a Session,
}

/// Why an output may not be written; it completes a sentence naming the file ("odesa.txt is the
/// article odesa.txt of ana.review.json").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    reason: String,
    /// `--force` would allow it.
    forceable: bool,
}

impl Refusal {
    /// As a command says it: `--output FILE is …; choose another file`.
    pub fn for_option(&self, output: &Path) -> anyhow::Error {
        let force = if self.forceable {
            ", or add --force to replace it (its verdicts are then lost)"
        } else {
            ""
        };
        anyhow::anyhow!(
            "--output {} {}; choose another file{force}",
            output.display(),
            self.reason
        )
    }

    /// As the review screen's export says it: `FILE is …; the export was not written`.
    pub fn for_export(&self, path: &Path) -> anyhow::Error {
        anyhow::anyhow!(
            "{} {}; the export was not written",
            path.display(),
            self.reason
        )
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Checks that writing `output` destroys nothing of `inputs`: not one of the session files, not
/// an article a session was made from (the same file, or a copy of it: the same SHA-256 as the
/// session records), not a file holding review work ([`kept_in`]: a session only when `replace`
/// allows it and no claimcheck has it open).
pub fn refuse_output(output: &Path, inputs: &[Input], replace: Replace) -> Result<(), Refusal> {
    let refuse = |reason: String| Refusal {
        reason,
        forceable: false,
    };
    let target = output.canonicalize().ok();
    if let Some(target) = &target {
        for input in inputs {
            if input.path.canonicalize().is_ok_and(|i| i == *target) {
                return Err(refuse(format!(
                    "is the input session {}",
                    input.path.display()
                )));
            }
        }
    }
    if let Some(reason) = article_at(target.as_deref(), inputs) {
        return Err(refuse(reason));
    }
    let exists = crate::fsutil::through_links(output).exists();
    match kept_in(output) {
        None => Ok(()),
        // Not there yet: only the name says "session". A merge makes a session; an export never
        // does, and would be listed and opened as one.
        Some(Kept::Session) if !exists => match replace {
            Replace::Forced(_) => Ok(()),
            Replace::Never => Err(refuse(format!(
                "would be read as a claimcheck session (a name ending in {SESSION_SUFFIX}), \
                 which an export never is"
            ))),
        },
        Some(Kept::Session) => {
            if let Some(holder) = lock::holder(output) {
                let by = holder.map_or(String::new(), |h| format!(" ({h})"));
                return Err(refuse(format!(
                    "is a claimcheck session open in another claimcheck{by}, which would write it \
                     back"
                )));
            }
            match replace {
                Replace::Forced(true) => Ok(()),
                Replace::Forced(false) => Err(Refusal {
                    reason: "is an existing claimcheck session".into(),
                    forceable: true,
                }),
                Replace::Never => Err(refuse(
                    "is a claimcheck session, which an export never replaces".into(),
                )),
            }
        }
        Some(kept) if exists => Err(refuse(format!("is {}", kept.describe()))),
        Some(kept) => Err(refuse(format!("would be read as {}", kept.describe()))),
    }
}

/// Whether the output (`target`, resolved, when it exists) is an article of an input session,
/// or a copy of one; says which.
fn article_at(target: Option<&Path>, inputs: &[Input]) -> Option<String> {
    let target = target?;
    let sha256 = target
        .is_file()
        .then(|| std::fs::read(target).ok())
        .flatten()
        .map(|bytes| sha256_hex(&bytes));
    for input in inputs {
        for document in &input.session.documents {
            let of = format!("of {}", input.path.display());
            let same_file = document.path != "-"
                && article_paths(Path::new(&document.path), folder_of(input.path))
                    .iter()
                    .any(|path| path.canonicalize().is_ok_and(|p| p == target));
            if same_file {
                return Some(format!("is the article {} {of}", document.path));
            }
            if sha256.as_deref() == Some(document.sha256.as_str()) {
                return Some(format!(
                    "holds the text of the article {} {of} (the same SHA-256: a copy of it)",
                    document.path
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::extract::{Source, extract_documents};

    const ARTICLE: &str = "Russia fired 181 drones overnight, officials said.\n";

    /// `story.txt` and a session of it, `story.review.json`, in a new folder.
    fn story() -> (tempfile::TempDir, PathBuf, Session) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("story.txt"), ARTICLE).unwrap();
        let extraction = extract_documents(&[Source {
            path: "story.txt",
            text: ARTICLE,
        }]);
        let session = Session::new("1", extraction.documents, extraction.claims);
        let path = dir.path().join("story.review.json");
        (dir, path, session)
    }

    fn refused(output: &Path, path: &Path, session: &Session) -> Option<String> {
        let input = Input { path, session };
        refuse_output(output, &[input], Replace::Never)
            .err()
            .map(|r| r.to_string())
    }

    #[test]
    fn an_article_of_the_session_is_never_replaced() {
        // QA round 11, item 1: `export --output odesa-drone-strike.txt` replaced the article.
        let (dir, path, session) = story();
        let article = dir.path().join("story.txt");
        let reason = refused(&article, &path, &session).unwrap();
        assert_eq!(
            reason,
            format!("is the article story.txt of {}", path.display())
        );
        // The same file by another way there.
        let roundabout = dir.path().join(".").join("story.txt");
        assert!(refused(&roundabout, &path, &session).is_some());
        #[cfg(unix)]
        {
            let link = dir.path().join("latest.txt");
            std::os::unix::fs::symlink(&article, &link).unwrap();
            assert!(refused(&link, &path, &session).is_some());
        }
        // A copy elsewhere is known by its SHA-256.
        let copy = dir.path().join("story-copy.md");
        std::fs::write(&copy, ARTICLE).unwrap();
        let reason = refused(&copy, &path, &session).unwrap();
        assert!(
            reason.contains("holds the text of the article story.txt"),
            "{reason}"
        );
        // Other files, and files not there yet, may be written.
        assert_eq!(
            refused(&dir.path().join("report.md"), &path, &session),
            None
        );
        std::fs::write(dir.path().join("old.csv"), "id,doc\n").unwrap();
        assert_eq!(refused(&dir.path().join("old.csv"), &path, &session), None);
    }

    #[test]
    fn the_refusal_names_the_file_as_each_caller_says_it() {
        let (dir, path, session) = story();
        let article = dir.path().join("story.txt");
        let input = Input {
            path: &path,
            session: &session,
        };
        let refusal = refuse_output(&article, &[input], Replace::Forced(true)).unwrap_err();
        let option = refusal.for_option(&article).to_string();
        assert!(
            option.starts_with(&format!("--output {} is the article", article.display()))
                && option.ends_with("; choose another file"),
            "{option}"
        );
        let export = refusal.for_export(&article).to_string();
        assert!(export.ends_with("; the export was not written"), "{export}");
    }
}
