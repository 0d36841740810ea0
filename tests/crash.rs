//! The crash test: a review driven without a terminal (a key script on stdin) is killed with
//! SIGKILL at many random moments. After each kill the session must load and hold every change
//! claimcheck had acknowledged ("saved CLAIM VERDICT" is printed once a change is on disk).
//!
//! Seeded, so a failure can be replayed: `CLAIMCHECK_CRASH_SEED=N cargo test --test crash`.

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimcheck::claim::Kind;
use claimcheck::session::{Place, Session, VerdictFilter};
use common::cli::headless_review;

const KILLS: usize = 200;
const SEED: u64 = 0x5eed_0c1a_1c4e;

/// Each claim's verdict label ("open" for none), by id.
type Verdicts = HashMap<String, String>;

fn verdicts(session: &Session) -> Verdicts {
    session
        .claims()
        .iter()
        .map(|c| {
            let verdict = c.review.verdict.map_or("open", |v| v.label());
            (c.claim.id.clone(), verdict.to_string())
        })
        .collect()
}

/// A random stretch of reviewing: marks, clears, undo and redo, moves, filters, notes, evidence,
/// now and then a full save or a clean quit. Mostly it starts by cycling the filters (resumed from
/// `place`) back to every claim, so that runs do not get stuck on an empty view.
fn script(rng: &mut fastrand::Rng, place: &Place) -> String {
    // A dialog left open by the previous run is closed first (Esc does nothing otherwise).
    let mut keys = String::from("Esc\n");
    if rng.u32(0..5) != 0 {
        let filter = VerdictFilter::CYCLE
            .iter()
            .position(|f| *f == place.filter)
            .unwrap();
        let kind = place
            .kind
            .map_or(0, |k| Kind::ALL.iter().position(|x| *x == k).unwrap() + 1);
        keys += &"f\n".repeat((VerdictFilter::CYCLE.len() - filter) % VerdictFilter::CYCLE.len());
        keys += &"t\n".repeat((Kind::ALL.len() + 1 - kind) % (Kind::ALL.len() + 1));
    }
    for _ in 0..rng.usize(10..60) {
        let key = match rng.u32(0..100) {
            0..=14 => "v",
            15..=27 => "d",
            28..=39 => "u",
            40..=46 => "x",
            47..=56 => "z",
            57..=61 => "Z",
            62..=71 => "j",
            72..=78 => "k",
            79..=80 => "g",
            81..=82 => "G",
            83..=85 => "f",
            86..=87 => "t",
            88..=90 => "c\ntext checked against the ministry statement\nCtrl-S",
            91..=93 => "e\ntext https://example.org/source\nEnter",
            94..=98 => "s",
            _ => "q",
        };
        keys.push_str(key);
        keys.push('\n');
    }
    keys
}

/// What one killed run printed: the acknowledged changes, and the claim whose change had started
/// for the disk without its acknowledgement (the one change that may or may not have landed).
struct Run {
    acks: Vec<(String, String)>,
    in_flight: Option<String>,
    killed: bool,
}

fn run_killed(dir: &Path, keys: &str, after: Duration) -> Run {
    let mut child = headless_review(dir, "article.review.json", "crash");
    // The script fits in the pipe; stdin stays open, so claimcheck waits for more keys.
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(keys.as_bytes()); // a failure shows in the exit status below
    std::thread::sleep(after);
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    drop(stdin);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let killed = status.signal() == Some(9);
    assert!(
        killed || status.success(),
        "claimcheck failed: {status}\n{err}"
    );
    let mut run = Run {
        acks: Vec::new(),
        in_flight: None,
        killed,
    };
    for line in out.lines() {
        let words: Vec<&str> = line.split(' ').collect();
        match words[..] {
            ["saving", claim] => run.in_flight = Some(claim.to_string()),
            ["saved", claim, verdict] => {
                assert_eq!(run.in_flight.as_deref(), Some(claim), "{out}");
                run.in_flight = None;
                run.acks.push((claim.to_string(), verdict.to_string()));
            }
            // A line cut by the kill.
            _ if !out.ends_with('\n') && out.ends_with(line) => {}
            _ => panic!("unexpected output {line:?}"),
        }
    }
    run
}

#[test]
fn acknowledged_verdicts_survive_sigkill_at_random_moments() {
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/odesa-drone-strike.txt");
    std::fs::copy(sample, dir.path().join("article.txt")).unwrap();
    let made = Command::new(bin)
        .args([
            "review",
            "article.txt",
            "--session",
            "article.review.json",
            "--keys",
            "-",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let path = dir.path().join("article.review.json");

    let seed = std::env::var("CLAIMCHECK_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let mut rng = fastrand::Rng::with_seed(seed);
    let first = claimcheck::session::load(&path).unwrap();
    let mut expected = verdicts(&first);
    let mut place = first.place;
    let (mut acknowledged, mut in_flight, mut kills) = (0, 0, 0);
    let started = Instant::now();
    for round in 0..KILLS {
        let keys = script(&mut rng, &place);
        // Some kills land while the session is being opened (and a journal folded in), most
        // while changes are being saved.
        let after = if rng.u32(0..5) == 0 {
            Duration::from_millis(rng.u64(0..15))
        } else {
            Duration::from_millis(rng.u64(15..240))
        };
        let run = run_killed(dir.path(), &keys, after);
        kills += usize::from(run.killed);
        acknowledged += run.acks.len();
        for (claim, verdict) in run.acks {
            expected.insert(claim, verdict);
        }

        let session = claimcheck::session::load(&path).unwrap_or_else(|e| {
            panic!("round {round} (seed {seed}): session does not load: {e:#}")
        });
        let on_disk = verdicts(&session);
        // Every acknowledged change is on disk; only the claim whose change was being saved when
        // the kill came may differ (that change may have landed without its acknowledgement).
        let differing: Vec<_> = expected
            .iter()
            .filter(|(claim, verdict)| on_disk.get(*claim) != Some(verdict))
            .filter(|(claim, _)| run.in_flight.as_ref() != Some(*claim))
            .collect();
        assert!(
            differing.is_empty(),
            "round {round} (seed {seed}): acknowledged verdicts lost: {differing:?}"
        );
        in_flight += run
            .in_flight
            .as_ref()
            .is_some_and(|claim| on_disk.get(claim) != expected.get(claim))
            as usize;
        expected = on_disk;
        place = session.place;
    }
    // A clean run at the end folds everything in and clears what the crashes left.
    let last = Command::new(bin)
        .args(["review", "article.review.json", "--keys", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        last.status.success(),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    assert_eq!(
        verdicts(&claimcheck::session::load(&path).unwrap()),
        expected
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["article.review.json", "article.txt"],
        "journal, lock, temporaries gone"
    );
    eprintln!(
        "crash test (seed {seed}): survived {kills} SIGKILLs in {KILLS} runs, {acknowledged} \
         acknowledged changes all kept, {in_flight} unacknowledged in-flight changes found on \
         disk, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        kills >= KILLS * 3 / 4,
        "most runs must end by a kill, not a quit"
    );
}
