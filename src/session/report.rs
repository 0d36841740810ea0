//! What happened while a session was opened, for the review screen to tell the reviewer.

use std::fmt;
use std::path::PathBuf;

use super::lock::Holder;

/// One thing the reviewer should know about the session just opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Changes the session file did not hold yet were recovered from the journal: claimcheck
    /// stopped before rewriting the file, or could not write it (a read-only folder).
    Recovered {
        /// Changes replayed.
        changes: usize,
    },
    /// The last change being written when claimcheck stopped was incomplete (it had never been
    /// acknowledged) and was ignored.
    TornChangeIgnored,
    /// The journal did not fit the session and was moved aside, unapplied.
    JournalSetAside {
        /// Where it is now.
        moved_to: PathBuf,
        /// Why it was not applied.
        reason: String,
    },
    /// The lock of a claimcheck that ended without releasing it was taken over.
    LockTakenOver(Holder),
    /// An article (or the extractor) changed: the claims were extracted again and the reviews
    /// carried over by claim id.
    Reextracted(Reextraction),
    /// An article could not be read; the stored claims are reviewed as they are.
    ArticleMissing {
        /// The article's path as stored.
        path: String,
        /// Why it could not be read.
        problem: String,
    },
    /// An article changed but could not be extracted again because another one is missing.
    ArticleChangedNotReextracted {
        /// The article's path as stored.
        path: String,
    },
    /// No usable reviewer name: `--reviewer` was given a blank one (`blank_given`), or none was
    /// given and none is in the environment. Verdicts are signed with [`UNKNOWN_REVIEWER`].
    ReviewerUnknown {
        /// `--reviewer ""` (or only spaces) was given, as opposed to no `--reviewer` and no `USER`.
        blank_given: bool,
    },
    /// Every verdict in the session was given by someone other than the reviewer opening it (a
    /// second reviewer opening the first one's default session, say).
    OthersVerdicts {
        /// Who gave them, in the order of the claims.
        reviewers: Vec<String>,
        /// Where the reviewer's own, independent review would go; `None` when this session is
        /// named as theirs already (another reviewer's session copied under their name).
        own_session: Option<PathBuf>,
    },
    /// A merged session written by an earlier claimcheck published as agreed verdicts that wait
    /// to be confirmed; they were settled again (the line says how).
    Resettled(String),
}

/// The name verdicts are signed with when the reviewer's name is not known.
pub const UNKNOWN_REVIEWER: &str = "unknown";

/// The outcome of extracting a session's articles again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reextraction {
    /// Articles whose text changed.
    pub changed: Vec<String>,
    /// The extractor version the session was made with, when it differs from this build's.
    pub old_extractor: Option<String>,
    /// Reviews kept on a claim of the same id.
    pub carried: usize,
    /// Ids of reviewed claims that are gone; their reviews are kept in the session's orphans.
    pub orphaned: Vec<String>,
    /// Orphaned reviews whose claim came back and that were put back on it.
    pub restored: usize,
    /// Claims that are new.
    pub added: usize,
    /// Claims without a review that are gone.
    pub removed: usize,
    /// Ids of claims whose carried-over verdict was given when their speaker, figures or dates
    /// were other than they are now: flagged, and open until the reviewer gives a verdict again.
    pub rechecked: Vec<String>,
    /// Reviews of a repeated sentence that went to another copy of it than their occurrence
    /// number says, since copies were added or deleted (matched by neighbouring claims).
    pub repeats_moved: usize,
}

impl Notice {
    /// Whether the reviewer must look at this: the claims changed, or something could not be used
    /// (as opposed to information about a recovery that went well).
    pub fn is_warning(&self) -> bool {
        match self {
            Notice::Recovered { .. } | Notice::TornChangeIgnored | Notice::LockTakenOver(_) => {
                false
            }
            Notice::ReviewerUnknown { .. }
            | Notice::OthersVerdicts { .. }
            | Notice::Reextracted(_)
            | Notice::JournalSetAside { .. }
            | Notice::ArticleMissing { .. }
            | Notice::ArticleChangedNotReextracted { .. }
            | Notice::Resettled(_) => true,
        }
    }
}

impl Notice {
    /// Whether the reviewer must read this before going on: the claims, or the changes saved
    /// last time, are not what they left (a missing article is only a warning: the stored claims
    /// are reviewed as they were).
    pub fn needs_acknowledgement(&self) -> bool {
        matches!(
            self,
            Notice::Reextracted(_)
                | Notice::JournalSetAside { .. }
                | Notice::ArticleChangedNotReextracted { .. }
                | Notice::Resettled(_)
        )
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Notice::Recovered { changes } => write!(
                f,
                "{changes} saved change{} recovered from the journal: the session file did not \
                 hold {} yet (claimcheck stopped before rewriting it, or could not write it)",
                plural(*changes),
                if *changes == 1 { "it" } else { "them" }
            ),
            Notice::TornChangeIgnored => f.write_str(
                "the change being saved when claimcheck stopped was incomplete and is not applied",
            ),
            Notice::JournalSetAside { moved_to, reason } => write!(
                f,
                "unsaved changes did not match this session ({reason}); kept unapplied in {}",
                moved_to.display()
            ),
            Notice::LockTakenOver(holder) => write!(
                f,
                "took over the lock left by a claimcheck that ended ({holder})"
            ),
            Notice::Reextracted(r) => write!(f, "{r}"),
            Notice::ArticleMissing { path, problem } => write!(
                f,
                "cannot read the article {path} ({problem}); reviewing the claims stored in the session"
            ),
            Notice::ArticleChangedNotReextracted { path } => write!(
                f,
                "the article {path} changed since the session was made, but claims are not \
                 extracted again while another article is missing"
            ),
            Notice::Resettled(line) => f.write_str(line),
            Notice::ReviewerUnknown { blank_given } => {
                if *blank_given {
                    f.write_str("--reviewer was given an empty name")?;
                } else {
                    f.write_str("no reviewer name (USER unset)")?;
                }
                write!(
                    f,
                    ": verdicts are signed “{UNKNOWN_REVIEWER}”; restart with --reviewer NAME"
                )
            }
            Notice::OthersVerdicts {
                reviewers,
                own_session,
            } => {
                let whose = super::reviewer::possessives(reviewers);
                match own_session {
                    Some(own) => write!(
                        f,
                        "this session holds {whose} verdicts; for an independent review use \
                         --session {}",
                        crate::display::shell_word(&own.display().to_string())
                    ),
                    None => write!(
                        f,
                        "this session is named as yours but holds {whose} verdicts (a copy?): a \
                         review in it starts from theirs; for an independent one, review the \
                         article into a new --session file"
                    ),
                }
            }
        }
    }
}

impl fmt::Display for Reextraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.changed.is_empty() {
            f.write_str("the extraction rules changed")?;
        } else {
            write!(
                f,
                "{} changed since the session was made",
                self.changed.join(", ")
            )?;
        }
        write!(
            f,
            ": claims extracted again, {} review{} carried over",
            self.carried,
            plural(self.carried)
        )?;
        if self.added > 0 {
            write!(f, ", {} new claim{}", self.added, plural(self.added))?;
        }
        if self.removed > 0 {
            write!(
                f,
                ", {} unreviewed claim{} gone",
                self.removed,
                plural(self.removed)
            )?;
        }
        if self.restored > 0 {
            write!(
                f,
                ", {} orphaned review{} restored",
                self.restored,
                plural(self.restored)
            )?;
        }
        if self.repeats_moved > 0 {
            write!(
                f,
                "; a repeated sentence has more or fewer copies: {} followed {} copy by the \
                 claims around it",
                crate::display::count(self.repeats_moved, "review"),
                if self.repeats_moved == 1 {
                    "its"
                } else {
                    "their"
                },
            )?;
        }
        if !self.rechecked.is_empty() {
            write!(
                f,
                "; {} to confirm (the claim's speaker, figures or dates changed since the \
                 verdict: open until marked again)",
                crate::display::count(self.rechecked.len(), "carried-over verdict"),
            )?;
        }
        if !self.orphaned.is_empty() {
            const SHOWN: usize = 8;
            let mut ids = self.orphaned[..self.orphaned.len().min(SHOWN)].join(", ");
            if self.orphaned.len() > SHOWN {
                ids.push_str(&format!(" and {} more", self.orphaned.len() - SHOWN));
            }
            write!(
                f,
                "; {} reviewed claim{} no longer in the article: kept as orphans ({ids})",
                self.orphaned.len(),
                plural(self.orphaned.len()),
            )?;
        }
        // Not one review found its claim again: more likely another article than an edit.
        if self.carried == 0 && self.orphaned.len() >= 2 && !self.changed.is_empty() {
            write!(
                f,
                "; not one reviewed claim is in the text now: check that {} {} the article this \
                 session was made from",
                self.changed.join(", "),
                if self.changed.len() == 1 { "is" } else { "are" },
            )?;
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Everything worth telling about opening a session, in the order it happened.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenReport {
    /// The notices.
    pub notices: Vec<Notice>,
}

impl OpenReport {
    /// Whether any notice needs the reviewer's attention.
    pub fn has_warnings(&self) -> bool {
        self.notices.iter().any(Notice::is_warning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reextraction_says_what_happened_to_the_reviews() {
        let r = Reextraction {
            changed: vec!["a.txt".into()],
            carried: 3,
            orphaned: vec!["c1".into()],
            added: 1,
            ..Reextraction::default()
        };
        let text = r.to_string();
        assert_eq!(
            text,
            "a.txt changed since the session was made: claims extracted again, 3 reviews carried \
             over, 1 new claim; 1 reviewed claim no longer in the article: kept as orphans (c1)"
        );
        assert!(Notice::Reextracted(r).is_warning());
    }

    #[test]
    fn reviews_that_followed_a_repeated_sentence_and_verdicts_to_confirm_are_said() {
        let r = Reextraction {
            changed: vec!["live.txt".into()],
            carried: 1,
            repeats_moved: 1,
            rechecked: vec!["c2".into()],
            ..Reextraction::default()
        };
        let text = r.to_string();
        assert!(
            text.contains(
                "a repeated sentence has more or fewer copies: 1 review followed its copy"
            ),
            "{text}"
        );
        assert!(text.contains("1 carried-over verdict to confirm"), "{text}");
    }

    #[test]
    fn a_session_whose_reviews_all_lost_their_claims_asks_if_it_is_the_article() {
        // QA round 18, item D-4: a session's article path edited to another article orphaned
        // every review under an ordinary "changed" notice.
        let r = Reextraction {
            changed: vec!["hungary-base-rate.txt".into()],
            orphaned: vec!["c1".into(), "c2".into(), "c3".into()],
            added: 10,
            ..Reextraction::default()
        };
        assert!(
            r.to_string().ends_with(
                "; not one reviewed claim is in the text now: check that hungary-base-rate.txt is \
                 the article this session was made from"
            ),
            "{r}"
        );
        // One review lost among others carried over is an edit.
        let edited = Reextraction {
            carried: 2,
            ..r.clone()
        };
        assert!(!edited.to_string().contains("check that"), "{edited}");
    }
}
