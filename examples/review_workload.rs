//! A fixed review workload for instruction counting, which unlike wall time does not depend on
//! what else the machine is doing:
//!
//! ```sh
//! cargo build --release --example review_workload
//! valgrind --tool=callgrind target/release/examples/review_workload 100000 0
//! valgrind --tool=callgrind target/release/examples/review_workload 100000 400
//! ```
//!
//! The difference between the two runs divided by 400 is the cost of one keypress (key → action →
//! update → frame at 120×40), setup excluded; or, in one run, count `press` alone:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=review_workload::press …`. Keys cycle through j, k, v, z (or the comma-separated
//! list given third, e.g. `f` for filter changes), so the selection stays in the middle of the list.
//! A fourth argument sets the screen size (`80x24`).

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use claimcheck::review::keymap::Chord;
use claimcheck::review::{Action, App, ui};
use review_session::app;

/// The review bench's synthetic session.
#[path = "../benches/common/review_session.rs"]
mod review_session;

/// One keypress as the event loop handles it: key → action → update, then a frame. Kept out of
/// line so that callgrind can count it alone (`--collect-atstart=no
/// --toggle-collect=review_workload::press`), without the setup.
#[inline(never)]
fn press(app: &mut App, terminal: &mut Terminal<TestBackend>, key: &str) {
    let event = Chord::parse(key).unwrap().to_event();
    if let Some(action) = app.keymap().action(app.context(), &event) {
        app.update(action);
    }
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
}

fn main() {
    const USAGE: &str = "usage: review_workload CLAIMS KEYPRESSES [KEY,KEY,...] [WIDTHxHEIGHT]";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize| -> usize { args.get(i).and_then(|a| a.parse().ok()).expect(USAGE) };
    let (n, presses) = (number(0), number(1));
    let keys: Vec<&str> = args
        .get(2)
        .map_or("j,k,v,z", String::as_str)
        .split(',')
        .collect();
    let (width, height) = args
        .get(3)
        .map_or(Some((120, 40)), |size| {
            let (w, h) = size.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        })
        .expect(USAGE);
    let mut app = app(n);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    app.update(Action::Resize { width, height });
    terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    for i in 0..presses {
        press(&mut app, &mut terminal, keys[i % keys.len()]);
    }
    println!("{}", app.session().tally().reviewed());
}
