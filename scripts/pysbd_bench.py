#!/usr/bin/env python3
"""pySBD's sentence-splitting throughput on the text of `cargo bench --bench extract`.

Usage:
    pip install pysbd
    cargo bench --bench extract -- --write /tmp/claimcheck-bench.txt
    python3 scripts/pysbd_bench.py /tmp/claimcheck-bench.txt [--limit-mb N] [--ours MBPS ...]

Without a file, the same text is built from the same repository files (data/ and
tests/fixtures/news/, each article trimmed and followed by a blank line, repeated to 50 MiB).

pySBD is given the text paragraph by paragraph (one line at a time, as it is meant to be used;
one 50 MB string makes it far slower). `--limit-mb` times only the first N MiB of paragraphs
(pySBD runs at well under 1 MB/s, so the whole text takes minutes). `--ours` prints the ratio of
each of our figures (MB/s, as the Rust bench prints them) to pySBD's.

`--varied` builds a text of distinct material instead (README "Speed and memory"): the CheckThat!
training and dev sentences six to a paragraph and every article in data/ and tests/fixtures/,
repeated to 50 MiB. The bench text repeats eight articles, so caches of words find almost every
word; this one has some 9,000 distinct words in its first 3 MB. `--write PATH` writes the text built
(either one) for `claimcheck extract` and exits:

    python3 scripts/pysbd_bench.py --varied --write /tmp/varied.txt
    python3 scripts/pysbd_bench.py /tmp/varied.txt --limit-mb 2
"""

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLES = [
    "data/odesa-drone-strike.txt",
    "tests/fixtures/news/botswana-rate-hike.txt",
    "tests/fixtures/news/christchurch-quake.txt",
    "tests/fixtures/news/hungary-base-rate.txt",
    "tests/fixtures/news/mexico-quake.txt",
    "tests/fixtures/news/samara-drone-attack.txt",
    "tests/fixtures/news/voronezh-drones-17.txt",
    "tests/fixtures/news/yunnan-quake.txt",
]
TARGET = 50 << 20


def build_text() -> str:
    """The bench text, exactly as benches/extract.rs builds it (byte counts, not characters)."""
    articles = [(ROOT / path).read_text(encoding="utf-8").rstrip() + "\n\n" for path in ARTICLES]
    parts, size = [], 0
    while size < TARGET:
        for article in articles:
            parts.append(article)
            size += len(article.encode("utf-8"))
    return "".join(parts)


def build_varied_text() -> str:
    """Distinct material repeated to 50 MiB: debate sentences and every bundled article."""
    parts = []
    for name in ["ct24_train.tsv", "ct24_dev.tsv"]:
        rows = (ROOT / "data/checkworthy" / name).read_text(encoding="utf-8").split("\n")[1:]
        sentences = [row.split("\t")[1] for row in rows if "\t" in row]
        for i in range(0, len(sentences), 6):
            parts.append(" ".join(sentences[i : i + 6]) + "\n\n")
    for folder in ["data", "tests/fixtures"]:
        for path in sorted((ROOT / folder).rglob("*.txt")):
            parts.append(path.read_text(encoding="utf-8").rstrip() + "\n\n")
    base = "".join(parts)
    copies = -(-TARGET // len(base.encode("utf-8")))
    return base * copies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", help="the text written by the Rust bench")
    parser.add_argument("--limit-mb", type=float, default=None, help="time only this many MiB")
    parser.add_argument("--ours", type=float, nargs="*", default=[], help="our MB/s figures")
    parser.add_argument("--varied", action="store_true", help="the text of distinct material")
    parser.add_argument("--write", help="write the text built to this file and exit")
    args = parser.parse_args()

    if args.file:
        text = pathlib.Path(args.file).read_text(encoding="utf-8")
    else:
        text = build_varied_text() if args.varied else build_text()
    if args.write:
        pathlib.Path(args.write).write_text(text, encoding="utf-8")
        print(f"{len(text.encode('utf-8'))} bytes written to {args.write}")
        return 0

    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed: pip install pysbd", file=sys.stderr)
        return 1

    paragraphs = [line for line in text.split("\n") if line.strip()]
    if args.limit_mb is not None:
        budget, kept = int(args.limit_mb * (1 << 20)), []
        for paragraph in paragraphs:
            budget -= len(paragraph.encode("utf-8")) + 1
            if budget < 0:
                break
            kept.append(paragraph)
        paragraphs = kept
    size = sum(len(p.encode("utf-8")) + 1 for p in paragraphs)

    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    sentences = sum(len(segmenter.segment(p)) for p in paragraphs)
    elapsed = time.perf_counter() - start
    mbps = size / 1e6 / elapsed
    print(
        f"pySBD {pysbd.__version__ if hasattr(pysbd, '__version__') else ''}: "
        f"{size / (1 << 20):.1f} MiB, {sentences} sentences in {elapsed:.1f} s → {mbps:.3f} MB/s"
    )
    for ours in args.ours:
        print(f"  {ours:.1f} MB/s is {ours / mbps:.0f}× pySBD")
    return 0


if __name__ == "__main__":
    sys.exit(main())
