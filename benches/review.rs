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

use claimcheck::review::keymap::Chord;
use claimcheck::review::{Action, App, ui};
use review_session::app;

#[path = "common/review_session.rs"]
mod review_session;

const SIZES: [usize; 2] = [20, 100_000];

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
