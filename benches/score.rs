//! Check-worthiness scoring speed, in MB/s of sentence text.
//!
//! `cargo bench --bench score`: scores every CheckThat! sentence (train, dev, dev-test: 11,609
//! sentences, 1.2 MB) repeated until the input is about 8 MB, one `score` call per sentence.

use claimcheck::extract::score::{Signals, score};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn sentences() -> Vec<&'static str> {
    let files = [
        include_str!("../data/checkworthy/ct24_train.tsv"),
        include_str!("../data/checkworthy/ct24_dev.tsv"),
        include_str!("../data/checkworthy/ct24_dev-test.tsv"),
    ];
    let once: Vec<&str> = files
        .iter()
        .flat_map(|f| f.lines().skip(1))
        .filter_map(|line| line.split('\t').nth(1))
        .collect();
    let bytes: usize = once.iter().map(|s| s.len()).sum();
    let copies = (8 << 20) / bytes + 1;
    once.iter()
        .copied()
        .cycle()
        .take(once.len() * copies)
        .collect()
}

fn bench(c: &mut Criterion) {
    let sentences = sentences();
    let bytes: usize = sentences.iter().map(|s| s.len()).sum();
    let signals = Signals::default();
    // The model is parsed once, on first use; keep that out of the measurement.
    black_box(score("warm up", &signals));
    let mut group = c.benchmark_group("score");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("checkthat_sentences", |b| {
        b.iter(|| {
            let mut worthy = 0usize;
            for s in &sentences {
                worthy += (score(black_box(s), &signals) >= 0.5) as usize;
            }
            worthy
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
