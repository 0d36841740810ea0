//! `claimcheck review [FILE...] [--session PATH] [--reviewer NAME] [--no-color]`

use std::io::{BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::layout::Size;

use crate::claim::sha256_hex;
use crate::extract::{self, Source};
use crate::review::events::{Events, signal_name};
use crate::review::picker::{Picker, pick};
use crate::review::script::Script;
use crate::review::store::Store as ReviewStore;
use crate::review::terminal::{self, EventSource, Outcome};
use crate::review::{App, Article, Change, Clock, Keymap, Setup, Theme};
use crate::session::list::{self, Listed};
use crate::session::report::UNKNOWN_REVIEWER;
use crate::session::reviewer::{independent_session, others_verdicts, reviewer_name};
use crate::session::{self, Notice, Opened, Place, Session, Store};

/// Arguments of `review`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles to review in a new session (or the one at --session), or one session file to
    /// resume. Without any, the sessions in the current folder are listed to pick from.
    pub files: Vec<PathBuf>,
    /// The session file [default: <first article's stem>.review.json in the current directory].
    #[arg(long, value_name = "PATH")]
    pub session: Option<PathBuf>,
    /// Name stored with each verdict [default: $USER].
    #[arg(long, value_name = "NAME")]
    pub reviewer: Option<String>,
    /// A monochrome screen (also when the NO_COLOR environment variable is set).
    #[arg(long)]
    pub no_color: bool,
    /// Run without a terminal, reading key names line by line from FILE (`-`: stdin), printing
    /// "saving CLAIM" as each change starts for the disk and "saved CLAIM VERDICT" once it is
    /// there (for tests).
    #[arg(long, value_name = "FILE", hide = true)]
    pub keys: Option<PathBuf>,
}

/// How the review begins: with a session already open, or by picking one.
enum Start {
    Opened(Box<Opened>),
    Pick(Vec<Listed>),
}

/// Runs `review`.
pub fn run(args: Args) -> Result<()> {
    // From here on SIGTERM, SIGHUP and SIGINT stop the review through its loop: saved, lock
    // released, terminal restored.
    let mut events = Events::catching_signals()?;
    // Files are checked before the terminal, so a bad file gets its own clear error anywhere.
    let interactive = args.keys.is_some() || std::io::stdout().is_terminal();
    let start = if args.files.is_empty() {
        match &args.session {
            Some(path) => Start::Opened(Box::new(open_store(path, interactive)?)),
            None => {
                let listed = list::list(Path::new("."))?;
                if listed.is_empty() {
                    bail!(
                        "no claimcheck sessions in this folder: start one with \
                         `claimcheck review ARTICLE...`"
                    );
                }
                Start::Pick(listed)
            }
        }
    } else {
        match open_session(&args, interactive) {
            Ok(opened) => Start::Opened(Box::new(opened)),
            Err(err) if err.is::<NoClaims>() => {
                eprintln!("claimcheck: {err}");
                return Ok(());
            }
            Err(err) => return Err(err),
        }
    };
    if !interactive {
        bail!(NEEDS_TERMINAL);
    }
    let ended = match &args.keys {
        Some(keys) => {
            events.read_from(script(keys)?)?;
            let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
            // The claim's verdict once the change is on disk (an undo leaves the one before).
            let mut ack = |change: &Change| {
                let (claim, review) = match change {
                    Change::Review(edit) | Change::Redo(edit) => (&edit.claim, &edit.after),
                    Change::Undo(edit) => (&edit.claim, &edit.before),
                };
                let verdict = review.verdict.map_or("open", |v| v.label());
                println!("saved {claim} {verdict}");
            };
            drive(&mut terminal, &mut events, start, &args, &mut ack, true)?
        }
        None => terminal::with_terminal(&mut events, |terminal, events| {
            drive(
                terminal,
                events,
                start,
                &args,
                &mut |_change: &Change| {},
                false,
            )
        })?,
    };
    if let Some(Ended {
        outcome: Outcome::Abandoned,
        path,
        ..
    }) = &ended
    {
        eprintln!(
            "claimcheck: quit without saving; {} and its journal hold the last change that was saved",
            path.display()
        );
    } else if let Some(signal) = events.stopped_by() {
        // After SIGHUP there may be no terminal to write to; nothing more to do then.
        let saved = ended.as_ref().map_or(String::new(), |ended| {
            format!("; {} is saved{}", ended.path.display(), ended.draft_said())
        });
        let _ = writeln!(
            std::io::stderr(),
            "claimcheck: stopped by {}{saved}",
            signal_name(signal)
        );
        drop(events);
        std::process::exit(128 + signal);
    } else if let Some(ended) = ended.as_ref().filter(|e| e.kept_draft.is_some()) {
        // Ctrl-C is otherwise silent; text taken from an open editor is worth a word.
        let _ = writeln!(
            std::io::stderr(),
            "claimcheck: {} is saved{}",
            ended.path.display(),
            ended.draft_said()
        );
    }
    Ok(())
}

/// How a review ended, for the message on leaving.
struct Ended {
    outcome: Outcome,
    path: PathBuf,
    /// What Ctrl-C or a signal kept from an open editor.
    kept_draft: Option<String>,
}

impl Ended {
    /// "; the note being typed on #4 … was kept", or nothing.
    fn draft_said(&self) -> String {
        self.kept_draft
            .as_ref()
            .map_or(String::new(), |kept| format!("; {kept}"))
    }
}

/// The key script of a headless review.
fn script(keys: &Path) -> Result<Box<dyn EventSource + Send>> {
    if keys == Path::new("-") {
        return Ok(Box::new(Script::new(
            BufReader::new(std::io::stdin()),
            "stdin",
        )));
    }
    let name = keys.display().to_string();
    let file =
        std::fs::File::open(keys).with_context(|| format!("cannot read keys from {name}"))?;
    Ok(Box::new(Script::new(BufReader::new(file), name)))
}

/// Picks a session when there is none yet, then runs the review; `None` when nothing was picked.
fn drive<B>(
    terminal: &mut Terminal<B>,
    events: &mut dyn EventSource,
    start: Start,
    args: &Args,
    ack: &mut dyn FnMut(&Change),
    announce: bool,
) -> Result<Option<Ended>>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let theme = Theme::from_env(args.no_color);
    let opened = match start {
        Start::Opened(opened) => *opened,
        Start::Pick(listed) => {
            let mut picker = Picker::new(listed, folder_name(), Keymap::default(), theme);
            loop {
                let Some(path) = pick(terminal, &mut picker, events)? else {
                    return Ok(None);
                };
                match Store::open(&path) {
                    Ok(opened) => break opened,
                    Err(err) => picker.refused(format!("{err:#}")),
                }
            }
        }
    };
    let Opened {
        session,
        mut store,
        mut report,
    } = opened;
    let reviewer = reviewer_name(args.reviewer.as_deref()).unwrap_or_else(|| {
        report.notices.push(Notice::ReviewerUnknown {
            blank_given: args.reviewer.is_some(),
        });
        UNKNOWN_REVIEWER.into()
    });
    let path = store.path().to_path_buf();
    // A second reviewer opening the first one's default session is told, once.
    let others = others_verdicts(&session, &reviewer);
    if !others.is_empty() {
        report.notices.push(Notice::OthersVerdicts {
            own_session: independent_session(&path, &reviewer, &others),
            reviewers: others,
        });
    }
    let articles = load_articles(&session, &path);
    let setup = Setup {
        session_name: path.display().to_string(),
        reviewer,
        clock: Clock::System,
        keymap: Keymap::default(),
        theme,
        size: Size::new(0, 0),
    };
    let mut app = App::new(session, articles, setup);
    app.show_report(&report);
    let outcome = if announce {
        terminal::run_loop(terminal, &mut app, events, &mut Announced(&mut store), ack)?
    } else {
        terminal::run_loop(terminal, &mut app, events, &mut store, ack)?
    };
    Ok(Some(Ended {
        outcome,
        path,
        kept_draft: app.kept_draft().map(str::to_string),
    }))
}

/// A headless review's store: says "saving CLAIM" before each change goes to the disk, so that a
/// test killing claimcheck knows which change was in flight (acknowledged or not).
struct Announced<'a>(&'a mut Store);

impl ReviewStore for Announced<'_> {
    fn path(&self) -> &Path {
        self.0.path()
    }

    fn persist(&mut self, session: &Session, change: &Change) -> Result<()> {
        println!("saving {}", change.edit().claim);
        ReviewStore::persist(self.0, session, change)
    }

    fn place(&mut self, place: &Place) -> Result<()> {
        ReviewStore::place(self.0, place)
    }

    fn save(&mut self, session: &Session) -> Result<()> {
        ReviewStore::save(self.0, session)
    }

    fn close(&mut self, session: &Session) -> Result<()> {
        ReviewStore::close(self.0, session)
    }
}

/// The current folder's name, for the picker's title.
fn folder_name() -> String {
    std::env::current_dir()
        .ok()
        .and_then(|dir| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| ".".into())
}

/// Whether a file named on the command line is a session (to resume) rather than an article: a
/// `.json` name, or text that opens with `{`. A damaged session is still recognised, so that it
/// gets a clear error instead of being reviewed as an article.
fn is_session(path: &Path) -> bool {
    let json_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let mut opening = Vec::with_capacity(64);
    let read = std::fs::File::open(path).and_then(|f| f.take(64).read_to_end(&mut opening));
    let opening = opening
        .strip_prefix("\u{feff}".as_bytes())
        .unwrap_or(&opening);
    json_name || (read.is_ok() && opening.trim_ascii_start().starts_with(b"{"))
}

/// The session to review: a resumed session file, the existing session for these articles, or a
/// new one (written at once, so it can be resumed). Each holds the session's lock.
fn open_session(args: &Args, interactive: bool) -> Result<Opened> {
    let first = &args.files[0];
    if args.files.iter().any(|f| f == Path::new("-")) {
        bail!("review reads articles from files, not stdin (a review must be resumable)");
    }
    if let Some(at) = args.files.iter().position(|f| is_session(f)) {
        if args.files.len() > 1 {
            bail!(
                "{} is a session file: resume it alone, without articles",
                args.files[at].display()
            );
        }
        if args.session.as_ref().is_some_and(|s| s != first) {
            bail!(
                "{} is itself a session: --session names where the review of articles is kept",
                first.display()
            );
        }
        return open_store(first, interactive);
    }
    if let Some(bad) = args.files.iter().find(|f| f.to_str().is_none()) {
        bail!("{} is not a UTF-8 path", bad.display());
    }
    super::refuse_repeats(&args.files)?;
    // The same checks as `extract`: a folder, a binary file, text that is not UTF-8.
    let texts: Vec<String> = args
        .files
        .iter()
        .map(|f| crate::article::read(f.to_str().unwrap_or_default()))
        .collect::<Result<_>>()?;
    let path = args.session.clone().unwrap_or_else(|| {
        let stem = first
            .file_stem()
            .map_or("session".into(), |s| s.to_string_lossy());
        PathBuf::from(format!("{stem}.review.json"))
    });
    if path.exists() {
        // Looked at (only read) before it is opened: opening may bring it up to date with its
        // articles, which must not happen to the review of other articles.
        let existing = session::load(&path)?;
        if !same_articles(&existing, &path, &args.files, &texts) {
            bail!(
                "{} holds a review of other articles; resume it with `claimcheck review {}`, or \
                 choose another file with --session",
                path.display(),
                crate::display::shell_word(&path.display().to_string())
            );
        }
        return open_store(&path, interactive);
    }
    if !interactive {
        bail!(NEEDS_TERMINAL);
    }
    // Documents are found again from the session file's folder, wherever claimcheck runs then.
    let stored: Vec<String> = args
        .files
        .iter()
        .map(|article| stored_path(article, &path))
        .collect();
    let sources: Vec<Source> = stored
        .iter()
        .zip(&texts)
        .map(|(path, text)| Source { path, text })
        .collect();
    let extraction = extract::extract_documents(&sources);
    if extraction.claims.is_empty() {
        return Err(NoClaims(args.files.clone()).into());
    }
    let session = Session::new(
        extract::EXTRACTOR_VERSION,
        extraction.documents,
        extraction.claims,
    );
    let (store, report) = Store::create(&path, &session)?;
    Ok(Opened {
        session,
        store,
        report,
    })
}

/// The refusal of a review without a terminal.
const NEEDS_TERMINAL: &str = "review needs a terminal (use `claimcheck extract` to print claims)";

/// Opens an existing session for review. Without a terminal the review is refused, after the same
/// checks (so a bad file still gets its own error) but before anything is locked, brought up to
/// date or saved: the file is left as it was, and its next real opening still reports what changed.
fn open_store(path: &Path, interactive: bool) -> Result<Opened> {
    if !interactive {
        Store::check(path)?;
        bail!(NEEDS_TERMINAL);
    }
    Store::open(path)
}

/// New articles in which no claim was found: there is nothing to review, and no session file is
/// made (as `extract` says of such an article, and exits 0).
#[derive(Debug)]
struct NoClaims(Vec<PathBuf>);

impl std::fmt::Display for NoClaims {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<String> = self.0.iter().map(|p| p.display().to_string()).collect();
        write!(
            f,
            "no claims found in {}: nothing to review, no session was made",
            names.join(", ")
        )
    }
}

impl std::error::Error for NoClaims {}

/// An article's path as the session stores it: relative to the session file's folder when both
/// can be resolved (so the two can move together, and the session opens from any folder), else
/// absolute, else as given.
fn stored_path(article: &Path, session: &Path) -> String {
    let folder = crate::fsutil::folder_of(session);
    let relative = std::fs::canonicalize(article).ok().and_then(|a| {
        let from = std::fs::canonicalize(folder).ok()?;
        pathdiff::diff_paths(&a, from).or(Some(a))
    });
    relative
        .and_then(|p| p.to_str().map(str::to_string))
        .unwrap_or_else(|| article.to_string_lossy().into_owned())
}

/// Whether a session reviews these articles: each is one of its documents, the same file or the
/// same text (an article edited since is still the same file; one moved is still the same text).
fn same_articles(
    session: &Session,
    session_path: &Path,
    files: &[PathBuf],
    texts: &[String],
) -> bool {
    let folder = session_path.parent().unwrap_or(Path::new(""));
    session.documents.len() == files.len()
        && files.iter().zip(texts).all(|(file, text)| {
            let sha = sha256_hex(text.as_bytes());
            let given = std::fs::canonicalize(file).ok();
            session.documents.iter().any(|doc| {
                doc.sha256 == sha
                    || [folder.join(&doc.path), PathBuf::from(&doc.path)]
                        .iter()
                        .filter_map(|p| std::fs::canonicalize(p).ok())
                        .any(|p| Some(p) == given)
            })
        })
}

/// The text of each document, checked against the hash the session recorded. A path is tried
/// beside the session file, then as written.
fn load_articles(session: &Session, session_path: &Path) -> Vec<Article> {
    let folder = session_path.parent().unwrap_or(Path::new(""));
    session
        .documents
        .iter()
        .map(|doc| {
            let candidates = [folder.join(&doc.path), PathBuf::from(&doc.path)];
            let mut found = candidates.iter().filter_map(|p| std::fs::read(p).ok());
            let first = found.next();
            let matching = first
                .iter()
                .cloned()
                .chain(found)
                .find(|bytes| sha256_hex(bytes) == doc.sha256);
            match (matching, first) {
                (None, None) => Article::Unavailable(format!(
                    "The article {} cannot be read, so its text cannot be shown.",
                    doc.path
                )),
                (None, Some(_)) => Article::Unavailable(format!(
                    "The article {} has changed since this session was made; its text is not \
                     shown, since the claims' positions no longer match it.",
                    doc.path
                )),
                (Some(bytes), _) => match crate::article::decode(&doc.path, bytes) {
                    Ok(text) => Article::Text(text),
                    Err(err) => Article::Unavailable(format!("{err:#}")),
                },
            }
        })
        .collect()
}
