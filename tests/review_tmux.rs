//! The review screen in a real terminal: tmux runs `claimcheck review` on the sample article, keys
//! are sent as a reviewer types them, and the session file is checked afterwards.
//!
//! Without tmux the test prints "SKIPPED: tmux not installed" and passes, unless
//! `CLAIMCHECK_REQUIRE_TMUX=1` (as `.ci/run` sets), when it fails.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of our own (its own socket), killed when the test ends however it ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "review"]).stdout)
            .into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "review"];
        args.extend(keys);
        assert!(self.run(&args).status.success(), "send-keys {keys:?}");
    }

    fn text(&self, text: &str) {
        assert!(
            self.run(&["send-keys", "-t", "review", "-l", text])
                .status
                .success()
        );
    }

    /// Waits until the screen shows `expected`; fails with the screen after the timeout.
    fn wait_for(&self, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if screen.contains(expected) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {expected:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether the tmux tests can run; says so loudly when they cannot (and fails when
/// `CLAIMCHECK_REQUIRE_TMUX=1`).
fn tmux_or_skip() -> bool {
    if tmux_available() {
        return true;
    }
    if std::env::var("CLAIMCHECK_REQUIRE_TMUX").as_deref() == Ok("1") {
        panic!("tmux is required (CLAIMCHECK_REQUIRE_TMUX=1) but not installed");
    }
    eprintln!("\n*** SKIPPED: tmux not installed: the real-terminal review test did not run ***\n");
    println!("SKIPPED: tmux not installed");
    false
}

/// A folder with the sample article, and tmux running `claimcheck review` on it at 120×40 (then
/// "EXITED <code>", and the shell kept open a while so the screen can be read). `shell_setup`
/// runs first in the pane's shell.
fn review_in_tmux(name: &str, shell_setup: &str) -> (tempfile::TempDir, Tmux) {
    let dir = tempfile::tempdir().unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/odesa-drone-strike.txt");
    std::fs::copy(&article, dir.path().join("odesa-drone-strike.txt")).unwrap();
    let binary = env!("CARGO_BIN_EXE_claimcheck");
    let command = format!(
        "{shell_setup}'{binary}' review odesa-drone-strike.txt --reviewer tester; \
         echo \"EXITED $?\"; sleep 60"
    );
    let tmux = Tmux {
        socket: format!("claimcheck-{name}-{}", std::process::id()),
    };
    let started = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "review",
        "-x",
        "120",
        "-y",
        "40",
        "-c",
        dir.path().to_str().unwrap(),
        "-e",
        "NO_COLOR=",
        &command,
    ]);
    assert!(started.status.success(), "tmux: {started:?}");
    (dir, tmux)
}

#[test]
fn review_the_sample_in_tmux_mark_three_verdicts_add_a_note_and_quit() {
    if !tmux_or_skip() {
        return;
    }
    let (dir, tmux) = review_in_tmux("quit", "");

    let first = tmux.wait_for("0 / ");
    assert!(first.contains("Claims"), "{first}");
    tmux.keys(&["v"]);
    tmux.wait_for("1 / ");
    tmux.keys(&["d"]);
    tmux.wait_for("2 / ");
    tmux.keys(&["u"]);
    let marked = tmux.wait_for("3 / ");
    assert!(marked.contains("1 ✓ · 1 ✗ · 1 ?"), "{marked}");
    // Resizes redraw at once: stacked panes below 100 columns, a notice below 60×15.
    tmux.run(&["resize-window", "-t", "review", "-x", "80", "-y", "24"]);
    let stacked = tmux.wait_for("\n┌ Detail");
    assert!(
        stacked.lines().all(|l| l.chars().count() <= 80),
        "{stacked}"
    );
    tmux.run(&["resize-window", "-t", "review", "-x", "50", "-y", "12"]);
    tmux.wait_for("terminal too small (need 60×15)");
    tmux.keys(&["v"]);
    // Wait for the key to be read before the resize, which could otherwise overtake it.
    tmux.wait_for("key ignored: enlarge the terminal");
    tmux.run(&["resize-window", "-t", "review", "-x", "120", "-y", "40"]);
    tmux.wait_for("Source");
    // The status line is drawn last: once it shows, the frame is whole (a capture taken as soon
    // as "Source" appeared could catch the frame half drawn, without its status line).
    let back = tmux.wait_for("3 / ");
    assert!(
        back.contains("Source") && back.contains("3 / ") && !back.contains("key ignored"),
        "keys other than quit must be ignored when too small\n{back}"
    );
    tmux.keys(&["k", "c"]);
    tmux.wait_for("Note on");
    tmux.text("Checked with the air force");
    tmux.keys(&["Enter"]);
    tmux.text("and the governor.");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Note: Checked with the air force");
    tmux.keys(&["q"]);
    let after = tmux.wait_for("EXITED 0");
    assert!(
        !after.contains("reviewed ·"),
        "the review screen is still shown after quitting: the terminal was not restored\n{after}"
    );

    let saved = std::fs::read_to_string(dir.path().join("odesa-drone-strike.review.json"))
        .expect("the session file is written beside the article");
    let session = claimcheck::session::parse(&saved).expect("the saved session loads");
    let verdicts: Vec<&str> = session
        .claims()
        .iter()
        .filter_map(|c| c.review.verdict.map(|v| v.label()))
        .collect();
    assert_eq!(verdicts, ["verified", "disputed", "unclear"]);
    let noted: Vec<_> = session
        .claims()
        .iter()
        .filter(|c| !c.review.note.is_empty())
        .collect();
    assert_eq!(noted.len(), 1);
    assert_eq!(
        noted[0].review.note,
        "Checked with the air force\nand the governor."
    );
    // The note went on the third marked claim (k went back to it after u moved on).
    assert_eq!(noted[0].review.verdict.map(|v| v.label()), Some("unclear"));
    for reviewed in session.claims().iter().filter(|c| !c.review.is_empty()) {
        assert_eq!(reviewed.review.reviewer.as_deref(), Some("tester"));
        let at = reviewed.review.reviewed_at.as_deref().unwrap();
        assert!(chrono::DateTime::parse_from_rfc3339(at).is_ok(), "{at}");
    }
    assert_eq!(
        session.place.selected.as_deref(),
        Some(noted[0].claim.id.as_str())
    );
}

/// The process id in a session's lock file (the claimcheck that has it open).
fn lock_holder(lock: &Path) -> u32 {
    let text = std::fs::read_to_string(lock).expect("the lock file exists while the review runs");
    let holder: serde_json::Value = serde_json::from_str(&text).unwrap();
    holder["pid"].as_u64().unwrap() as u32
}

#[test]
fn sigterm_in_tmux_saves_restores_the_terminal_and_releases_the_lock() {
    if !tmux_or_skip() {
        return;
    }
    let (dir, tmux) = review_in_tmux("sigterm", "");
    tmux.wait_for("0 / ");
    tmux.keys(&["v"]);
    tmux.wait_for("1 / ");
    // A note half typed when the signal comes is kept, as with Ctrl-C.
    tmux.keys(&["c"]);
    tmux.wait_for("Note on");
    tmux.text("typed before the signal");
    tmux.wait_for("typed before the signal");
    let lock = dir.path().join("odesa-drone-strike.review.json.lock");
    let pid = lock_holder(&lock);
    let kill = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let after = tmux.wait_for("EXITED 143");
    assert!(
        !after.contains("reviewed ·") && after.contains("claimcheck: stopped by SIGTERM"),
        "the review screen is still shown: the terminal was not restored\n{after}"
    );
    // The terminal's modes are back: main screen, cursor shown, no mouse reporting.
    let modes = tmux.run(&[
        "display-message",
        "-p",
        "-t",
        "review",
        "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_standard_flag}",
    ]);
    assert_eq!(String::from_utf8_lossy(&modes.stdout).trim(), "0 1 0 0");
    assert!(!lock.exists(), "the lock file is left behind");
    let saved = std::fs::read_to_string(dir.path().join("odesa-drone-strike.review.json")).unwrap();
    let session = claimcheck::session::parse(&saved).expect("the saved session loads");
    let reviewed: Vec<_> = session
        .claims()
        .iter()
        .filter(|c| !c.review.is_empty())
        .collect();
    assert_eq!(reviewed.len(), 2, "the verdict and the note");
    assert_eq!(
        reviewed[0].review.verdict.map(|v| v.label()),
        Some("verified")
    );
    assert_eq!(reviewed[1].review.note, "typed before the signal");
}

#[test]
fn closing_the_terminal_saves_and_releases_the_lock() {
    if !tmux_or_skip() {
        return;
    }
    // With SIGHUP passed on by the shell as it dies, and with a shell that ignores SIGHUP (so
    // only the terminal going away tells claimcheck).
    for (name, shell_setup) in [("sighup", ""), ("nohup", "trap '' HUP; ")] {
        terminal_closed_under_review(name, shell_setup);
    }
}

fn terminal_closed_under_review(name: &str, shell_setup: &str) {
    let (dir, tmux) = review_in_tmux(name, shell_setup);
    tmux.wait_for("0 / ");
    tmux.keys(&["d"]);
    tmux.wait_for("1 / ");
    let lock = dir.path().join("odesa-drone-strike.review.json.lock");
    assert!(lock.exists());
    // As when an ssh connection drops: the terminal goes away and claimcheck gets SIGHUP.
    tmux.run(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while lock.exists() {
        assert!(
            Instant::now() < deadline,
            "{name}: the lock file is left behind"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = std::fs::read_to_string(dir.path().join("odesa-drone-strike.review.json")).unwrap();
    let session = claimcheck::session::parse(&saved).expect("the saved session loads");
    let verdicts: Vec<_> = session
        .claims()
        .iter()
        .filter_map(|c| c.review.verdict.map(|v| v.label()))
        .collect();
    assert_eq!(verdicts, ["disputed"], "{name}");
    assert!(
        !dir.path()
            .join("odesa-drone-strike.review.json.journal")
            .exists(),
        "the journal was folded into the session"
    );
}

#[test]
fn ctrl_c_in_the_note_editor_of_an_untouched_session_keeps_the_note_and_says_so() {
    if !tmux_or_skip() {
        return;
    }
    // Nothing else changed this run: the note is the only change, and it must reach the disk.
    let (dir, tmux) = review_in_tmux("ctrl-c-note", "");
    tmux.wait_for("0 / ");
    tmux.keys(&["j", "c"]);
    tmux.wait_for("Note on");
    tmux.text("Draft typed then");
    tmux.wait_for("Draft typed then");
    tmux.keys(&["C-c"]);
    let after = tmux.wait_for("EXITED 0");
    assert!(
        after.contains("odesa-drone-strike.review.json is saved; the note being typed on #2"),
        "{after}"
    );
    assert!(after.contains("was kept"), "{after}");
    let saved = std::fs::read_to_string(dir.path().join("odesa-drone-strike.review.json")).unwrap();
    let session = claimcheck::session::parse(&saved).expect("the saved session loads");
    assert_eq!(session.claims()[1].review.note, "Draft typed then");
    assert!(
        !dir.path()
            .join("odesa-drone-strike.review.json.journal")
            .exists()
    );
}
