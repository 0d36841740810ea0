//! Review screen speed: handling a key and drawing the next frame, for a 20-claim and a
//! 100,000-claim session (synthetic claims in one long article). The list is virtualised and the
//! filters are answered by a Fenwick index, so the cost per keypress should hardly depend on the
//! session's size.
//!
//! Run: `cargo bench --bench review` (about a minute).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use claimcheck::claim::{Claim, Document, Kind, Quantity, claim_id};
use claimcheck::review::keymap::Chord;
use claimcheck::review::{Action, App, Article, Clock, Keymap, Setup, Theme, ui};
use claimcheck::session::{Review, Session, Verdict};

const SIZES: [usize; 2] = [20, 100_000];

/// An article of `n` sentences, one claim each; every third claim already reviewed, so that the
/// open filter has gaps to skip.
fn session(n: usize) -> (Session, String) {
    let mut text = String::new();
    let mut claims = Vec::with_capacity(n);
    for i in 0..n {
        let start = text.len();
        let sentence = format!(
            "Officials said {} drones were launched against district {i} and {} were shot down.",
            100 + i % 50,
            60 + i % 40
        );
        text.push_str(&sentence);
        let figure = |value: usize, from: usize| Quantity {
            value: value as f64,
            unit: Some("drones".into()),
            text: value.to_string(),
            start: from,
            end: from + value.to_string().len(),
            ..Default::default()
        };
        claims.push(Claim {
            id: claim_id(&sentence, 1),
            doc: 0,
            text: sentence.clone(),
            start,
            end: text.len(),
            kind: Kind::ALL[i % Kind::ALL.len()],
            score: 0.5 + (i % 50) as f64 / 100.0,
            quantities: vec![
                figure(100 + i % 50, start + 15),
                figure(60 + i % 40, start + 60),
            ],
            dates: Vec::new(),
            speaker: None,
        });
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
    }
    let document = Document {
        path: "synthetic.txt".into(),
        sha256: claimcheck::claim::sha256_hex(text.as_bytes()),
        title: format!("{n} synthetic claims"),
        url: None,
        published: None,
    };
    let mut session = Session::new("bench", vec![document], claims);
    for at in (0..n).step_by(3) {
        session.put(
            at,
            Review {
                verdict: Some(Verdict::ALL[at % 3]),
                ..Review::default()
            },
        );
    }
    // Open in the middle of the list.
    session.place.selected = Some(session.claims()[n / 2].claim.id.clone());
    (session, text)
}

fn app(n: usize) -> App {
    let (session, text) = session(n);
    let setup = Setup {
        session_name: "bench.review.json".into(),
        reviewer: "bench".into(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::COLOR,
        size: Size::new(120, 40),
    };
    App::new(session, vec![Article::Text(text)], setup)
}

/// One keypress as the event loop handles it: key → action → update, then a frame.
fn key_and_frame(app: &mut App, terminal: &mut Terminal<TestBackend>, key: &str) {
    let event = Chord::parse(key).unwrap().to_event();
    if let Some(action) = app.keymap().action(app.context(), &event) {
        black_box(app.update(action));
    }
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
}

/// A review screen of `n` claims at `width` × `height`, drawn once.
fn screen(n: usize, width: u16, height: u16) -> (App, Terminal<TestBackend>) {
    let mut app = app(n);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    app.update(Action::Resize { width, height });
    terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    (app, terminal)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("review");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for n in SIZES {
        let (mut app, mut terminal) = screen(n, 120, 40);
        group.bench_with_input(BenchmarkId::new("frame", n), &n, |b, _| {
            b.iter(|| {
                terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
            });
        });
        // Down then up: two keypresses, two frames per iteration.
        group.bench_with_input(BenchmarkId::new("move j+k", n), &n, |b, _| {
            b.iter(|| {
                key_and_frame(&mut app, &mut terminal, "j");
                key_and_frame(&mut app, &mut terminal, "k");
            });
        });
        // Mark (and jump to the next open claim), then undo: two keypresses, two frames.
        group.bench_with_input(BenchmarkId::new("mark v+z", n), &n, |b, _| {
            b.iter(|| {
                key_and_frame(&mut app, &mut terminal, "v");
                key_and_frame(&mut app, &mut terminal, "z");
            });
        });
        // Under the open filter, where a third of the claims are out of view.
        key_and_frame(&mut app, &mut terminal, "f");
        group.bench_with_input(BenchmarkId::new("open filter j+k", n), &n, |b, _| {
            b.iter(|| {
                key_and_frame(&mut app, &mut terminal, "j");
                key_and_frame(&mut app, &mut terminal, "k");
            });
        });
        // Five filter changes go round the cycle back to "open".
        group.bench_with_input(BenchmarkId::new("filter cycle f×5", n), &n, |b, _| {
            b.iter(|| {
                for _ in 0..5 {
                    key_and_frame(&mut app, &mut terminal, "f");
                }
            });
        });
        // The key handling alone, without drawing.
        group.bench_with_input(BenchmarkId::new("update only j+k", n), &n, |b, _| {
            b.iter(|| {
                black_box(app.update(Action::Down));
                black_box(app.update(Action::Up));
            });
        });
        // At 80×24 the list shows six rows, which 20 claims fill as well as 100,000: what remains
        // of the difference is the session's size alone.
        let (mut small, mut small_terminal) = screen(n, 80, 24);
        group.bench_with_input(BenchmarkId::new("80x24 mark v+z", n), &n, |b, _| {
            b.iter(|| {
                key_and_frame(&mut small, &mut small_terminal, "v");
                key_and_frame(&mut small, &mut small_terminal, "z");
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
