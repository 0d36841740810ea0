//! Fuzzes the extractor: any UTF-8 text must extract without a panic, and every sentence, figure
//! and date must be an exact slice of it.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run extract -- -max_len=4096` (cargo fuzz needs nightly
//! flags; the seeds in fuzz/seeds/ give it news prose and awkward Unicode to start from).

#![no_main]

use claimcheck::extract::{Options, Source, analyse_with, extract_all};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last_end = 0;
    analyse_with(text, |s| {
        assert_eq!(s.text, &text[s.span.start..s.span.end]);
        assert!(s.span.start >= last_end);
        last_end = s.span.end;
        assert!((0.0..=1.0).contains(&s.score));
        for q in s.quantities() {
            assert_eq!(q.text, text[q.start..q.end]);
            assert!(q.start >= s.span.start && q.end <= s.span.end);
        }
        for d in s.dates() {
            assert_eq!(d.text, text[d.start..d.end]);
        }
    });
    let all = extract_all(&[Source { path: "-", text }], &Options { min_score: 0.0 });
    for claim in &all.claims {
        assert_eq!(claim.text, text[claim.start..claim.end]);
    }
    let _ = claimcheck::checks::check(&all.claims);
});
