//! Extraction speed and memory on a large text.
//!
//! `cargo bench --bench extract` builds a text of at least 50 MB by repeating the sample article
//! and the news articles of tests/fixtures/news/ (each separated by a blank line), then measures:
//! - the sentence splitter alone (sentences counted, nothing kept);
//! - the whole pipeline, `extract` (sentences → figures → dates → quotes and speakers → score →
//!   claims), keeping every claim in a `Vec<Claim>`, as a review session does;
//! - the same pipeline streamed, `extract_each`, each claim serialised as a JSON line to a sink
//!   (no claim is kept), on one thread and on all of rayon's (`RAYON_NUM_THREADS` sets how many);
//! - the same text as the separate articles it is made of (`extract_side_by_side`, as
//!   `claimcheck extract` reads a folder of articles);
//!
//! and reports MB/s (best of the runs), the ratio to pySBD's measured throughput, and peak
//! memory: the peak of heap bytes in use during each (a counting allocator; the input text is
//! part of it) and the process's peak resident set (VmHWM), against the input's size.
//!
//! `cargo bench --bench extract -- --write PATH` also writes the text to PATH, for
//! `scripts/pysbd_bench.py` to run pySBD on the very same text.

use std::alloc::{GlobalAlloc, Layout};

use mimalloc::MiMalloc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use claimcheck::extract::sentences::{Span, sentences, split};
use claimcheck::extract::{
    Found, Ids, Kept, Options, batches, extract, extract_each, extract_side_by_side,
};

/// Counts heap bytes in use and their peak, over the allocator the binary ships with.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { MiMalloc.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { MiMalloc.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size >= layout.size() {
                let now = IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// pySBD 0.3.4 on the same text (`scripts/pysbd_bench.py`), measured on this project's machine:
/// 0.40–0.42 MB/s on 27 Nov 2026 (it drifts with the machine by a quarter; for a ratio worth
/// quoting, run the script in the same minutes, as README's speed section does).
const PYSBD_MB_S: f64 = 0.41;

/// 50 MiB; `CLAIMCHECK_BENCH_MIB` sets another size (for profiling).
fn target() -> usize {
    std::env::var("CLAIMCHECK_BENCH_MIB")
        .ok()
        .and_then(|m| m.parse::<usize>().ok())
        .unwrap_or(50)
        << 20
}

const ARTICLES: &[&str] = &[
    include_str!("../data/odesa-drone-strike.txt"),
    include_str!("../tests/fixtures/news/botswana-rate-hike.txt"),
    include_str!("../tests/fixtures/news/christchurch-quake.txt"),
    include_str!("../tests/fixtures/news/hungary-base-rate.txt"),
    include_str!("../tests/fixtures/news/mexico-quake.txt"),
    include_str!("../tests/fixtures/news/samara-drone-attack.txt"),
    include_str!("../tests/fixtures/news/voronezh-drones-17.txt"),
    include_str!("../tests/fixtures/news/yunnan-quake.txt"),
];

/// The articles, repeated in order, each followed by a blank line, until the text reaches 50 MiB.
fn corpus() -> String {
    let target = target();
    let mut text = String::with_capacity(target + (64 << 10));
    while text.len() < target {
        for article in ARTICLES {
            text.push_str(article.trim_end());
            text.push_str("\n\n");
        }
    }
    text
}

/// Peak resident set size of this process so far, in bytes (Linux; 0 elsewhere).
fn vm_hwm() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kb * 1024)
        })
        .unwrap_or(0)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

fn main() {
    claimcheck::memory::no_huge_pages();
    let args: Vec<String> = std::env::args().collect();
    let runs = 3;
    let text = corpus();
    let size = text.len();
    if let Some(k) = args.iter().position(|a| a == "--write") {
        let path = args.get(k + 1).expect("--write PATH");
        std::fs::write(path, &text).expect("write the bench text");
        println!("wrote the {:.1} MiB bench text to {path}", mib(size));
    }
    println!(
        "input: {:.1} MiB ({} articles repeated {} times)",
        mib(size),
        ARTICLES.len(),
        size / ARTICLES
            .iter()
            .map(|a| a.trim_end().len() + 2)
            .sum::<usize>()
    );

    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..runs {
        let t = Instant::now();
        count = std::hint::black_box(sentences(&text).count());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "sentences: {count} in {:.3} s  → {:.0} MB/s ({:.0} MiB/s)",
        best,
        size as f64 / 1e6 / best,
        mib(size) / best
    );

    // Streamed first, so that VmHWM after it is the streaming path's own peak.
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let threads = rayon::current_num_threads();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    let mut claims = 0;
    for (label, pool) in [("1 thread", Some(&one)), ("all threads", None)] {
        let mut best = f64::MAX;
        for _ in 0..runs {
            let run = || {
                let t = Instant::now();
                let mut n = 0;
                let mut sink = std::io::sink();
                extract_each(
                    &text,
                    0,
                    &Options::default(),
                    &mut Ids::default(),
                    |found| {
                        if let Found::Claim(claim) = found {
                            n += 1;
                            serde_json::to_writer(&mut sink, &claim)
                                .expect("a sink takes anything");
                        }
                    },
                );
                (t.elapsed().as_secs_f64(), n)
            };
            let (seconds, n) = match pool {
                Some(pool) => pool.install(run),
                None => run(),
            };
            best = best.min(seconds);
            claims = n;
        }
        let mb_s = size as f64 / 1e6 / best;
        let threads = if pool.is_some() { 1 } else { threads };
        println!(
            "extract_each (streamed as JSON lines), {label} ({threads}): {claims} claims in \
             {best:.3} s  → {mb_s:.1} MB/s, {:.0}× pySBD's {PYSBD_MB_S} MB/s",
            mb_s / PYSBD_MB_S
        );
    }
    let peak = PEAK.load(Ordering::Relaxed);
    println!(
        "  peak heap: {:.1} MiB ({:.2}× the input); peak resident set so far: {:.1} MiB ({:.2}×)",
        mib(peak),
        peak as f64 / size as f64,
        mib(vm_hwm()),
        vm_hwm() as f64 / size as f64
    );

    // The same text as the separate articles it is made of, as `claimcheck extract *.txt` reads
    // a folder of them: side by side, in the CLI's batches (one after another here, where the
    // CLI reads the next batch while it writes one).
    let mut articles: Vec<(usize, &str, Vec<Span>)> = Vec::new();
    let mut at = 0;
    for article in ARTICLES.iter().cycle() {
        if at >= size {
            break;
        }
        let piece = &text[at..at + article.trim_end().len() + 2];
        articles.push((articles.len(), piece, split(piece)));
        at += piece.len();
    }
    let lengths: Vec<usize> = articles.iter().map(|(_, text, _)| text.len()).collect();
    let groups = batches(&lengths);
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let mut ids = Ids::default();
        let mut n = 0;
        let mut sink = std::io::sink();
        for group in &groups {
            let batch: Vec<(usize, &str, &[Span])> = articles[group.clone()]
                .iter()
                .map(|(doc, text, spans)| (*doc, *text, spans.as_slice()))
                .collect();
            for kept in extract_side_by_side(&batch, &Options::default(), false, &mut ids)
                .iter()
                .flatten()
            {
                if let Kept::Claim(claim) = kept {
                    n += 1;
                    serde_json::to_writer(&mut sink, claim).expect("a sink takes anything");
                }
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
        claims = n;
    }
    let mb_s = size as f64 / 1e6 / best;
    println!(
        "extract_side_by_side ({} articles as separate documents, {threads} threads): {claims} \
         claims in {best:.3} s  → {mb_s:.1} MB/s, {:.0}× pySBD's {PYSBD_MB_S} MB/s",
        articles.len(),
        mb_s / PYSBD_MB_S
    );
    drop(articles);

    PEAK.store(base, Ordering::Relaxed);
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let found = extract(&text, 0);
        best = best.min(t.elapsed().as_secs_f64());
        claims = found.len();
        drop(std::hint::black_box(found));
    }
    let peak = PEAK.load(Ordering::Relaxed);
    println!(
        "extract (all claims kept in a Vec<Claim>): {claims} claims in {best:.3} s  → {:.1} MB/s",
        size as f64 / 1e6 / best,
    );
    println!(
        "  peak heap: {:.1} MiB ({:.2}× the input)",
        mib(peak),
        peak as f64 / size as f64
    );
    println!(
        "peak resident set (VmHWM) of the whole run: {:.1} MiB ({:.2}× the input)",
        mib(vm_hwm()),
        vm_hwm() as f64 / size as f64
    );
}
