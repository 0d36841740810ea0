//! `claimcheck review [FILE...] [--session PATH] [--reviewer NAME] [--no-color]`

use std::io::{BufReader, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use crate::claim::sha256_hex;
use crate::extract::{self, Source};
use crate::review::script::Script;
use crate::review::store::{Store, WholeFile};
use crate::review::terminal::{self, EventSource, Outcome};
use crate::review::{App, Article, Change, Clock, Keymap, Setup, Theme};
use crate::session::{self, Session};

/// Arguments of `review`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles to review in a new session (or the one at --session), or one session file to
    /// resume.
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
    /// Run without a terminal, reading key names line by line from FILE (`-`: stdin) and
    /// printing "saved CLAIM VERDICT" once each change is on disk (for tests).
    #[arg(long, value_name = "FILE", hide = true)]
    pub keys: Option<PathBuf>,
}

/// Runs `review`.
pub fn run(args: Args) -> Result<()> {
    if args.keys.is_none() && !std::io::stdout().is_terminal() {
        bail!("review needs a terminal (use `claimcheck extract` to print claims)");
    }
    let (session, path) = open_session(&args)?;
    let articles = load_articles(&session, &path);
    let reviewer = args
        .reviewer
        .clone()
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".to_string());
    let setup = Setup {
        session_name: path.display().to_string(),
        reviewer,
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::from_env(args.no_color),
        size: Size::new(0, 0),
    };
    let mut app = App::new(session, articles, setup);
    let mut store = WholeFile::new(&path);
    let outcome = match &args.keys {
        Some(keys) => headless(&mut app, &mut store, keys)?,
        None => terminal::run(&mut app, &mut store)?,
    };
    if outcome == Outcome::Abandoned {
        eprintln!(
            "claimcheck: quit without saving; {} holds the last change that was saved",
            path.display()
        );
    }
    Ok(())
}

/// Runs the review on a test backend, reading key names from `keys`.
fn headless(app: &mut App, store: &mut dyn Store, keys: &Path) -> Result<Outcome> {
    let name = keys.display().to_string();
    let mut events: Box<dyn EventSource> = if keys == Path::new("-") {
        Box::new(Script::new(std::io::stdin().lock(), "stdin"))
    } else {
        let file =
            std::fs::File::open(keys).with_context(|| format!("cannot read keys from {name}"))?;
        Box::new(Script::new(BufReader::new(file), name))
    };
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    let mut saved = |change: &Change| {
        let edit = change.edit();
        let verdict = edit.after.verdict.map_or("open", |v| v.label());
        println!("saved {} {verdict}", edit.claim);
    };
    terminal::run_loop(&mut terminal, app, events.as_mut(), store, &mut saved)
}

/// Whether a file is meant as a session rather than an article: named `*.json`, or JSON text
/// that names a "format". Whether it is a usable session is for `session::parse` to say.
fn looks_like_session(path: &Path, text: &str) -> bool {
    let json_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let head: String = text.chars().take(4096).collect();
    json_name || (head.trim_start().starts_with('{') && head.contains("\"format\""))
}

fn read_text(path: &Path, what: &str) -> Result<String> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read {what} {}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{what} {} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// The session to review and where it is saved: a resumed session file, the existing session for
/// these articles, or a new one (written at once, so it can be resumed).
fn open_session(args: &Args) -> Result<(Session, PathBuf)> {
    let Some(first) = args.files.first() else {
        bail!("name an article to review, or a session file to resume");
    };
    if args.files.iter().any(|f| f == Path::new("-")) {
        bail!("review reads articles from files, not stdin (a review must be resumable)");
    }
    let texts: Vec<String> = args
        .files
        .iter()
        .map(|f| read_text(f, "file"))
        .collect::<Result<_>>()?;
    if let Some(at) = (0..texts.len()).find(|&i| looks_like_session(&args.files[i], &texts[i])) {
        if args.files.len() > 1 {
            bail!(
                "{} is a session file: resume it alone, without articles",
                args.files[at].display()
            );
        }
        let session = session::parse(&texts[0])
            .with_context(|| format!("{} is not a usable session", first.display()))?;
        return Ok((session, first.clone()));
    }
    if let Some(bad) = args.files.iter().find(|f| f.to_str().is_none()) {
        bail!("{} is not a UTF-8 path", bad.display());
    }
    let sources: Vec<Source> = args
        .files
        .iter()
        .zip(&texts)
        .map(|(path, text)| Source {
            path: path.to_str().unwrap_or_default(),
            text,
        })
        .collect();
    let extraction = extract::extract_documents(&sources);
    let path = args.session.clone().unwrap_or_else(|| {
        let stem = first
            .file_stem()
            .map_or("session".into(), |s| s.to_string_lossy());
        PathBuf::from(format!("{stem}.review.json"))
    });
    if path.exists() {
        let existing = session::load(&path)?;
        let hashes = |docs: &[crate::claim::Document]| -> Vec<String> {
            docs.iter().map(|d| d.sha256.clone()).collect()
        };
        if hashes(&existing.documents) != hashes(&extraction.documents) {
            bail!(
                "{} holds a review of other articles (or of an earlier version of these); \
                 resume it with `claimcheck review {}`, or choose another file with --session",
                path.display(),
                path.display()
            );
        }
        return Ok((existing, path));
    }
    let session = Session::new(
        extract::EXTRACTOR_VERSION,
        extraction.documents,
        extraction.claims,
    );
    session::save(&session, &path)?;
    Ok((session, path))
}

/// The text of each document, checked against the hash the session recorded. A path is tried as
/// written, then beside the session file.
fn load_articles(session: &Session, session_path: &Path) -> Vec<Article> {
    let folder = session_path.parent().unwrap_or(Path::new(""));
    session
        .documents
        .iter()
        .map(|doc| {
            let candidates = [PathBuf::from(&doc.path), folder.join(&doc.path)];
            let found = candidates.iter().find_map(|p| std::fs::read(p).ok());
            match found {
                None => Article::Unavailable(format!(
                    "The article {} cannot be read, so its text cannot be shown.",
                    doc.path
                )),
                Some(bytes) if sha256_hex(&bytes) != doc.sha256 => Article::Unavailable(format!(
                    "The article {} has changed since this session was made; its text is not \
                     shown, since the claims' positions no longer match it.",
                    doc.path
                )),
                Some(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => Article::Text(text),
                    Err(_) => Article::Unavailable(format!("{} is not UTF-8 text.", doc.path)),
                },
            }
        })
        .collect()
}
