//! Speed of the exports, statistics and merge on a large session (10,000 claims, every fourth
//! open), built from the sample article's sentences. Run: `cargo bench --bench export`.

use std::hint::black_box;
use std::time::Duration;

use claimcheck::claim::{Claim, Document, Kind, claim_id};
use claimcheck::export::agreement::Agreement;
use claimcheck::export::merge::{Source, merge};
use claimcheck::export::stats::{Stats, render_table};
use claimcheck::export::{Format, Options, render};
use claimcheck::session::{Review, ReviewedClaim, Session, Verdict};
use criterion::{Criterion, criterion_group, criterion_main};

const CLAIMS: usize = 10_000;
const ARTICLE: &str = include_str!("../data/odesa-drone-strike.txt");

/// A reviewer's session: `shift` rotates the verdicts so that reviewers partly disagree.
fn session(reviewer: &str, shift: usize) -> Session {
    let sentences: Vec<&str> = ARTICLE
        .split_inclusive(". ")
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect();
    let verdicts = [
        Some(Verdict::Verified),
        Some(Verdict::Disputed),
        Some(Verdict::Unclear),
        None,
    ];
    let claims = (0..CLAIMS)
        .map(|i| {
            let text = sentences[i % sentences.len()].to_string();
            let verdict = verdicts[(i + shift * (i % 3)) % verdicts.len()];
            ReviewedClaim {
                claim: Claim {
                    id: claim_id(&text, i / sentences.len() + 1),
                    doc: 0,
                    start: i * 100,
                    end: i * 100 + text.len(),
                    text,
                    kind: Kind::ALL[i % Kind::ALL.len()],
                    score: 0.5,
                    quantities: Vec::new(),
                    dates: Vec::new(),
                    speaker: (i % 2 == 0).then(|| "Dmitry Peskov".to_string()),
                },
                review: Review {
                    verdict,
                    note: verdict
                        .map_or(String::new(), |_| "=Checked against *two* sources".into()),
                    evidence: vec!["https://example.org/source".into()],
                    reviewer: Some(reviewer.to_string()),
                    reviewed_at: Some("2025-03-06T09:00:00Z".into()),
                    ..Review::default()
                },
                reviews: Vec::new(),
            }
        })
        .collect();
    let document = Document {
        path: "data/odesa-drone-strike.txt".into(),
        sha256: claimcheck::claim::sha256_hex(ARTICLE.as_bytes()),
        title: "Russia weighs in".into(),
        url: Some("https://news.example/a".into()),
        published: None,
    };
    Session::from_reviewed("1", vec![document], claims)
}

fn benches(c: &mut Criterion) {
    let ann = session("ann", 0);
    let options = Options {
        org: Some("Checks".into()),
        url_base: Some("https://checks.example/a".into()),
    };
    for format in Format::ALL {
        c.bench_function(&format!("export {} (10k claims)", format.label()), |b| {
            b.iter(|| render(black_box(&ann), format, &options))
        });
    }
    c.bench_function("stats table (10k claims)", |b| {
        b.iter(|| render_table(&Stats::of(&[("ann.json".into(), black_box(&ann))])))
    });
    let sources: Vec<Source> = ["ann", "bo", "cy"]
        .iter()
        .enumerate()
        .map(|(i, name)| Source {
            file: format!("{name}.json"),
            session: session(name, i),
        })
        .collect();
    c.bench_function("merge 3 sessions (10k claims each)", |b| {
        b.iter(|| merge(black_box(&sources)).unwrap())
    });
    let matrix: Vec<Vec<Option<Verdict>>> = merge(&sources)
        .unwrap()
        .session
        .claims()
        .iter()
        .map(|c| c.reviews.iter().map(|r| r.verdict).collect())
        .collect();
    c.bench_function("agreement 10k claims x 3 reviewers", |b| {
        b.iter(|| Agreement::of(black_box(&matrix), 3))
    });
}

criterion_group! {
    name = export;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    targets = benches
}
criterion_main!(export);
