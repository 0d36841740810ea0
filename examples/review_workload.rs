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
//! update → frame at 120×40), setup excluded. Keys cycle through j, k, v, z (or the comma-separated
//! list given third, e.g. `f` for filter changes), so the selection stays in the middle of the list.
//! A fourth argument sets the screen size (`80x24`).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use claimcheck::claim::{Claim, Document, Kind, Quantity, claim_id};
use claimcheck::review::keymap::Chord;
use claimcheck::review::{Action, App, Article, Clock, Keymap, Setup, Theme, ui};
use claimcheck::session::{Review, Session, Verdict};

fn app(n: usize) -> App {
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
        claims.push(Claim {
            id: claim_id(&sentence, 1),
            doc: 0,
            text: sentence.clone(),
            start,
            end: text.len(),
            kind: Kind::ALL[i % Kind::ALL.len()],
            score: 0.5,
            quantities: vec![Quantity {
                value: (100 + i % 50) as f64,
                unit: Some("drones".into()),
                text: "drones".into(),
                start: start + 15,
                end: start + 18,
                ..Default::default()
            }],
            dates: Vec::new(),
            speaker: None,
        });
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
    }
    let document = Document {
        path: "synthetic.txt".into(),
        sha256: String::new(),
        title: "synthetic".into(),
        url: None,
        published: None,
    };
    let mut session = Session::new("workload", vec![document], claims);
    for at in (0..n).step_by(3) {
        let verdict = Some(Verdict::ALL[at % 3]);
        session.put(
            at,
            Review {
                verdict,
                ..Review::default()
            },
        );
    }
    session.place.selected = Some(session.claims()[n / 2].claim.id.clone());
    let setup = Setup {
        session_name: "workload.review.json".into(),
        reviewer: "workload".into(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::COLOR,
        size: Size::new(120, 40),
    };
    App::new(session, vec![Article::Text(text)], setup)
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
        let event = Chord::parse(keys[i % keys.len()]).unwrap().to_event();
        if let Some(action) = app.keymap().action(app.context(), &event) {
            app.update(action);
        }
        terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    }
    println!("{}", app.session().tally().reviewed());
}
