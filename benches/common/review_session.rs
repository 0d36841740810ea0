//! A synthetic review session for the review bench and `examples/review_workload.rs`, so that both
//! measure the same screen.

use ratatui::layout::Size;

use claimcheck::claim::{Claim, Document, Kind, Quantity, claim_id};
use claimcheck::review::{App, Article, Clock, Keymap, Setup, Theme};
use claimcheck::session::{Review, Session, Verdict};

/// An article of `n` sentences, one claim each; every third claim already reviewed, so that the
/// open filter has gaps to skip.
pub fn session(n: usize) -> (Session, String) {
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

/// A review screen's state over [`session`]`(n)`, 120 × 40, before its first frame.
pub fn app(n: usize) -> App {
    let (session, text) = session(n);
    let setup = Setup {
        session_name: "synthetic.review.json".into(),
        reviewer: "bench".into(),
        clock: Clock::System,
        keymap: Keymap::default(),
        theme: Theme::COLOR,
        size: Size::new(120, 40),
    };
    App::new(session, vec![Article::Text(text)], setup)
}
