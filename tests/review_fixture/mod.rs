//! The sample article as the review screen's tests see it: eight claims built by hand (so that
//! the screens do not change when the extractor improves), a review screen over them, and keys
//! pressed by name as the event loop would.

#![allow(dead_code)] // each test file uses its own part

use chrono::DateTime;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use claimcheck::claim::{Claim, DateRef, Document, Kind, Quantity, claim_id, sha256_hex};
use claimcheck::review::keymap::Chord;
use claimcheck::review::{Action, App, Article, Clock, Keymap, Setup, Theme, ui};
use claimcheck::session::{Review, ReviewedClaim, Session, Verdict};

pub const ARTICLE: &str = include_str!("../../data/odesa-drone-strike.txt");
pub const ODESA_TITLE: &str = "Kremlin comments on Zelensky's letter; drone attack on Odesa";

pub fn span(text: &str, needle: &str) -> (usize, usize) {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    (start, start + needle.len())
}

pub fn claim(text: &str, doc: usize, sentence: &str, kind: Kind, score: f64) -> Claim {
    let (start, end) = span(text, sentence);
    Claim {
        id: claim_id(sentence, 1),
        doc,
        text: sentence.to_string(),
        start,
        end,
        kind,
        score,
        quantities: Vec::new(),
        dates: Vec::new(),
        speaker: None,
    }
}

pub fn figure(text: &str, written: &str, value: f64, unit: &str) -> Quantity {
    let (start, end) = span(text, written);
    Quantity {
        value,
        unit: Some(unit.to_string()),
        text: written.to_string(),
        start,
        end,
        ..Default::default()
    }
}

pub fn date(text: &str, written: &str, iso: &str) -> DateRef {
    let (start, end) = span(text, written);
    DateRef {
        text: written.to_string(),
        iso: Some(iso.to_string()),
        start,
        end,
    }
}

/// Eight claims of the sample article, as an extractor should find them.
pub fn odesa_claims(text: &str, doc: usize) -> Vec<Claim> {
    let mut quote = claim(
        text,
        doc,
        "“You’re gambling with the lives of millions of people,” Trump said during the conversation.",
        Kind::Quote,
        0.83,
    );
    quote.speaker = Some("Donald Trump".into());
    let mut aid = claim(
        text,
        doc,
        "Trump went on to announce that he would pause all military aid to Ukraine, a move which \
         Kremlin spokesman Dmitry Peskov described as the “best contribution to the cause of peace.”",
        Kind::Attribution,
        0.78,
    );
    aid.speaker = Some("Dmitry Peskov".into());
    let mut letter = claim(
        text,
        doc,
        "Following his departure from the White House, Zelensky sent a letter to President Trump, \
         which he read aloud to Congress on March 4, 2025.",
        Kind::Date,
        0.74,
    );
    letter.dates = vec![date(text, "March 4, 2025", "2025-03-04")];
    let mut decree = claim(
        text,
        doc,
        "However, he expressed some uncertainty regarding how this would unfold due to Ukraine’s \
         2022 decree prohibiting negotiations with Russian President Putin.",
        Kind::Date,
        0.66,
    );
    decree.dates = vec![date(text, "2022", "2022")];
    let mut sky = claim(
        text,
        doc,
        "Sky News reported that Russia’s assault on Ukraine is still ongoing.",
        Kind::Attribution,
        0.69,
    );
    sky.speaker = Some("Sky News".into());
    let mut odesa = claim(
        text,
        doc,
        "On March 4, 2025, Russian forces launched a drone attack on the southern Ukrainian city of \
         Odesa, killing a 77-year-old woman and injuring three others.",
        Kind::Quantity,
        0.92,
    );
    odesa.quantities = vec![
        figure(text, "77-year-old", 77.0, "years"),
        figure(text, "three others", 3.0, "others"),
    ];
    let mut drones = claim(
        text,
        doc,
        "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
        Kind::Quantity,
        0.95,
    );
    let shot = text.rfind("115").unwrap();
    drones.quantities = vec![
        figure(text, "181 drones", 181.0, "drones"),
        Quantity {
            value: 115.0,
            unit: Some("drones".into()),
            text: "115".into(),
            start: shot,
            end: shot + 3,
            ..Default::default()
        },
    ];
    vec![
        claim(
            text,
            doc,
            "Ukraine’s President, Volodymyr Zelensky, was visiting the United States when a tense \
             encounter unfolded in President Donald Trump’s Oval Office.",
            Kind::Statement,
            0.71,
        ),
        quote,
        aid,
        letter,
        decree,
        sky,
        odesa,
        drones,
    ]
}

/// A document record with a fixed title, so that screens do not follow the extractor's titling.
pub fn document(path: &str, text: &str, title: &str) -> Document {
    Document {
        path: path.to_string(),
        sha256: sha256_hex(text.as_bytes()),
        title: title.to_string(),
        url: None,
        published: None,
    }
}

pub fn setup(theme: Theme, size: Size) -> Setup {
    Setup {
        session_name: "odesa-drone-strike.review.json".into(),
        reviewer: "ana".into(),
        clock: Clock::Fixed(DateTime::parse_from_rfc3339("2025-03-05T10:00:00+01:00").unwrap()),
        keymap: Keymap::default(),
        theme,
        size,
    }
}

pub fn odesa_app(theme: Theme) -> App {
    let document = document("data/odesa-drone-strike.txt", ARTICLE, ODESA_TITLE);
    let session = Session::new("test", vec![document], odesa_claims(ARTICLE, 0));
    App::new(
        session,
        vec![Article::Text(ARTICLE.to_string())],
        setup(theme, Size::new(120, 40)),
    )
}

/// Presses the keys (names as in the help) and reports each change as saved, like the loop does.
pub fn press(app: &mut App, keys: &str) {
    for name in keys.split_whitespace() {
        let chord = Chord::parse(name).unwrap_or_else(|| panic!("bad key {name}"));
        if let Some(action) = app.keymap().action(app.context(), &chord.to_event())
            && let claimcheck::review::Effect::Persist(_) = app.update(action)
        {
            app.persisted(Ok(()));
        }
    }
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' {
            "Space".to_string()
        } else {
            c.to_string()
        };
        press(app, &name);
    }
}

/// The screen after resizing to `width` × `height`, as text.
pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    app.update(Action::Resize { width, height });
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal.backend().to_string()
}

/// The sample session with the review of its last claim (the drones) orphaned: it was made on
/// `reviewed_text`, a version of that sentence the article no longer holds, and disputed by "bo"
/// with `note`.
pub fn odesa_session_with_an_orphan(reviewed_text: &str, note: &str) -> Session {
    let document = document("data/odesa-drone-strike.txt", ARTICLE, ODESA_TITLE);
    let mut session = Session::new("test", vec![document], odesa_claims(ARTICLE, 0));
    let mut old = odesa_claims(ARTICLE, 0).pop().unwrap();
    old.id = claim_id(reviewed_text, 1);
    old.text = reviewed_text.into();
    session.orphans = vec![ReviewedClaim {
        claim: old,
        review: Review {
            verdict: Some(Verdict::Disputed),
            note: note.into(),
            evidence: vec!["https://t.me/kpszsu/30000".into()],
            reviewer: Some("bo".into()),
            reviewed_at: Some("2025-03-04T18:00:00+01:00".into()),
            ..Review::default()
        },
        reviews: Vec::new(),
    }];
    session
}
