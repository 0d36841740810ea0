#!/usr/bin/env bash
# A profile-guided release build of claimcheck: target/pgo/optimized/release/claimcheck.
#
#   rustup component add llvm-tools    # once: llvm-profdata, matching the compiler's LLVM
#   scripts/pgo-build.sh
#
# 1. builds claimcheck instrumented to count which branches and calls its code takes;
# 2. runs it on training text that is NOT the benchmark's: the CheckThat! 2024 training
#    sentences (political debates, data/checkworthy/ct24_train.tsv, as paragraphs of six) and the
#    articles written for user testing (tests/fixtures/qa/), with every output format, several
#    files at once, and the session commands (export, stats, merge) on the session fixtures;
# 3. merges the counts and builds claimcheck again, optimised for the paths they show are hot.
#
# The output of the optimised binary is the same as the plain release's, byte for byte: the
# profile changes how the code is laid out and inlined, never what it does. `cargo build
# --release` stays the plain build; README "Speed" gives the figures of both.
set -euo pipefail
cd "$(dirname "$0")/.."

profdata=$(find "$(rustc --print sysroot)" -name llvm-profdata -type f 2>/dev/null | head -n 1)
if [ -z "$profdata" ]; then
  echo "pgo-build: llvm-profdata not found; install it with: rustup component add llvm-tools" >&2
  exit 1
fi

dir=$PWD/target/pgo
rm -rf "$dir/profiles" "$dir/train"
mkdir -p "$dir/train"

echo "pgo-build: 1/3 instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$dir/profiles" \
  cargo build --release --quiet --target-dir "$dir/instrumented"
bin=$dir/instrumented/release/claimcheck

echo "pgo-build: 2/3 training runs" >&2
train=$dir/train/debates.txt
# The sentences of the training split, six to a paragraph (the header row skipped).
awk -F'\t' 'NR > 1 { print $2; if (++n % 6 == 0) print "" }' \
  data/checkworthy/ct24_train.tsv > "$train"
cat tests/fixtures/qa/*.txt >> "$train"
for format in jsonl json table; do
  "$bin" extract "$train" --format "$format" > /dev/null
done
"$bin" extract "$train" --format json --checks --all > /dev/null
"$bin" extract tests/fixtures/qa/*.txt --format jsonl > /dev/null
"$bin" extract tests/fixtures/qa/*.txt --checks > /dev/null
sessions=tests/fixtures/sessions
for format in json csv markdown claimreview; do
  "$bin" export "$sessions/ann.review.json" --format "$format" > /dev/null 2>&1
done
"$bin" stats "$sessions/ann.review.json" > /dev/null
"$bin" merge "$sessions/ann.review.json" "$sessions/bo.review.json" \
  -o "$dir/train/merged.review.json" > /dev/null

echo "pgo-build: 3/3 optimised build" >&2
"$profdata" merge -o "$dir/merged.profdata" "$dir/profiles"
RUSTFLAGS="-Cprofile-use=$dir/merged.profdata" \
  cargo build --release --quiet --target-dir "$dir/optimized"
echo "$dir/optimized/release/claimcheck"
