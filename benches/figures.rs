//! Speed of the figure and date scanners on news text: MB/s over sentences built from the
//! bundled articles (`data/`, `tests/fixtures/news/`), repeated to a few megabytes.
//!
//! Run: `cargo bench --bench figures`.

use std::hint::black_box;
use std::time::Duration;

use claimcheck::extract::{dates, numbers};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The bundled articles cut at full stops followed by white space (good enough for timing).
fn sentences() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut paths = vec![format!("{root}/data/odesa-drone-strike.txt")];
    for entry in std::fs::read_dir(format!("{root}/tests/fixtures/news")).expect("fixtures") {
        let path = entry.expect("fixture entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            paths.push(path.display().to_string());
        }
    }
    let mut out = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("article");
        for piece in text.split(". ") {
            for line in piece.lines().filter(|l| !l.trim().is_empty()) {
                out.push(line.to_string());
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let base = sentences();
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < 4_000_000 {
        for s in &base {
            bytes += s.len();
            corpus.push(s.clone());
        }
    }
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("quantities", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &corpus {
                n += numbers::quantities(black_box(s), 0).len();
            }
            n
        })
    });
    group.bench_function("dates", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &corpus {
                n += dates::dates(black_box(s), 0).len();
            }
            n
        })
    });
    group.bench_function("with_dates", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &corpus {
                let (q, d) = numbers::with_dates(black_box(s), 0);
                n += q.len() + d.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
