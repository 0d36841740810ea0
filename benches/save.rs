//! The cost of saving one verdict, at 20 claims and at 100,000: the journal keeps it flat (the
//! issue asks for ≤ 2× between the two). A full atomic save is measured beside it for contrast.
//!
//! `cargo bench --bench save`; files are written in a temporary folder on the same disk as the
//! system's temp dir (`TMPDIR` chooses it), each verdict synced as in a review.

use std::hint::black_box;
use std::time::Duration;

use claimcheck::claim::{Claim, Kind, claim_id};
use claimcheck::extract::{EXTRACTOR_VERSION, Source, extract_documents};
use claimcheck::session::{Change, Review, Session, Store, Verdict, reviewer};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// A session of `n` made-up claims over one document.
fn session(n: usize) -> Session {
    let mut extraction = extract_documents(&[Source {
        path: "bench.txt",
        text: "Bench.\n",
    }]);
    extraction.claims = (0..n)
        .map(|i| {
            let text = format!("Officials said {i} drones were shot down over the region.");
            Claim {
                id: claim_id(&text, 1),
                doc: 0,
                start: i * 64,
                end: i * 64 + text.len(),
                text,
                kind: Kind::Quantity,
                score: 0.7,
                quantities: Vec::new(),
                dates: Vec::new(),
                speaker: Some("Officials".into()),
            }
        })
        .collect();
    Session::new(EXTRACTOR_VERSION, extraction.documents, extraction.claims)
}

/// Alternates a claim's verdict so every call is a real change.
fn next_review(session: &Session, at: usize) -> Review {
    let verdict = match session.claims()[at].review.verdict {
        Some(Verdict::Verified) => Verdict::Disputed,
        _ => Verdict::Verified,
    };
    Review {
        verdict: Some(verdict),
        note: "Matches the ministry's statement.".into(),
        reviewer: Some("bench".into()),
        reviewed_at: Some(reviewer::now()),
        ..Review::default()
    }
}

fn save_one_verdict(c: &mut Criterion) {
    let mut group = c.benchmark_group("save one verdict");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for n in [20, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.review.json");
        let mut session = session(n);
        let (mut store, _) = Store::create(&path, &session).unwrap();
        let mut at = 0;
        group.bench_with_input(BenchmarkId::new("journal", n), &n, |b, &n| {
            b.iter(|| {
                at = (at + 7919) % n;
                let review = next_review(&session, at);
                let edit = session.set_review(at, review).unwrap();
                store.record(black_box(&Change::Edit(edit))).unwrap();
            })
        });
        group.bench_with_input(BenchmarkId::new("full atomic save", n), &n, |b, &n| {
            b.iter(|| {
                at = (at + 7919) % n;
                let review = next_review(&session, at);
                session.set_review(at, review).unwrap();
                store.save(black_box(&session)).unwrap();
            })
        });
        store.close(&session).unwrap();
    }
    group.finish();
}

criterion_group!(benches, save_one_verdict);
criterion_main!(benches);
