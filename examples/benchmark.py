#!/usr/bin/env python3
"""Speed of dipkit on this machine: MB/s of text per subcommand and for the whole pipe.

Each subcommand is timed by the CPU time of its process (one core, fair on a
busy machine); the whole pipe and `show` by wall-clock time, since the pipe
runs its stages side by side on the machine's cores.

Builds a corpus of several MB by repeating the example articles in this folder
(raw pages), or the user's own pages given with --corpus, runs each registered
subcommand on it as a real process, each reading what the one before it wrote
(as in the pipe, so a layer reuses the dates and entities already there), and
prints one line per measurement.  The
default 10 MB makes the MB/s figures throughput, with each process's start-up
(reported on its own line) a small share of it.  Run it from a checkout:

    python3 examples/benchmark.py            # about 10 MB of text
    python3 examples/benchmark.py --mb 4     # quicker
    python3 examples/benchmark.py --corpus pages/*.txt   # your own pages (raw or JSON lines)

The first line says what the corpus is; with the meetings stage registered it
also gives the meetings found per KB of clean text (about 1.4 on real news).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
LAYERS = ("split", "dates", "entities", "quotes", "meetings")
DIPKIT = [sys.executable, "-m", "dipkit"]


def registered() -> list[str]:
    from dipkit.cli import COMMANDS

    return [name for name in LAYERS if name in COMMANDS]


def example_pages() -> list[dict]:
    """The example articles of this folder as records."""
    pages = [{"text": p.read_text(encoding="utf-8")} for p in sorted(HERE.glob("*.txt"))]
    if not pages:
        sys.exit("benchmark: no examples/*.txt to build a corpus from")
    return pages


def corpus_pages(paths: list[str]) -> list[dict]:
    """The records of the user's files (raw pages or JSON lines, as `dipkit split` reads them)."""
    from dipkit.records import read_items

    def warn(message: str) -> None:
        print(f"benchmark: {message}", file=sys.stderr)

    pages = []
    for item in read_items(paths, warn):
        text = item.record.get("text")
        if item.errors:
            if item.line:  # an unreadable file (line 0) was reported by read_items already
                warn(f"{item.source}:{item.line}: skipped: {item.errors[0]}")
            continue
        if not isinstance(text, str) or not text.strip():
            warn(f"{item.source}:{item.line}: skipped: no text")
            continue
        pages.append(item.record)
    if not pages:
        sys.exit("benchmark: the corpus has no record with text")
    return pages


def describe(pages: int, documents: int, origin: str) -> str:
    """What the corpus is made of: "10 example pages repeated", "40 of 200 pages from a.jsonl"."""
    if pages == 1:
        origin = origin.replace("pages", "page", 1)
    if documents > pages:
        return f"{pages} {origin} repeated"
    if documents < pages:
        return f"{documents} of {pages} {origin}"
    return f"{pages} {origin}"


def build_corpus(folder: Path, pages: list[dict], megabytes: float) -> tuple[Path, Path, int, int]:
    """A corpus of PAGES repeated up to MEGABYTES and its split output; text bytes and documents."""
    raw = folder / "raw.jsonl"
    size = count = 0
    with raw.open("wb") as out:
        while size < megabytes * 1_000_000:
            page = pages[count % len(pages)]
            out.write(orjson.dumps({**page, "id": f"doc{count}"}) + b"\n")
            size += len(page["text"].encode("utf-8"))
            count += 1
    clean = folder / "clean.jsonl"
    with raw.open("rb") as src, clean.open("wb") as dst:
        subprocess.run([*DIPKIT, "split"], stdin=src, stdout=dst, check=True)
    return raw, clean, size, count


def text_bytes(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(len(orjson.loads(line)["text"].encode("utf-8")) for line in lines)


def meetings_found(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(len(orjson.loads(line).get("meetings") or []) for line in lines)


def timed(command: str, source: Path) -> float:
    """Wall-clock seconds for a shell COMMAND reading SOURCE, output discarded."""
    return run_timed(command, source)[0]


def run_timed(command: str, source: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system of the children) for COMMAND reading SOURCE."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with source.open("rb") as stdin:
        start = time.perf_counter()
        subprocess.run(command, shell=True, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def startup() -> float:
    best = min(timed(shlex.join([*DIPKIT, "--version"]), Path(os.devnull)) for _ in range(5))
    return best * 1000


def time_show(raw: Path, folder: Path, layers: list[str]) -> str:
    """`dipkit show` on 1,000 documents that went through every registered layer (target: under 5 s)."""
    from dipkit.cli import COMMANDS

    if "show" not in COMMANDS:
        return "show: not registered"
    thousand = folder / "thousand.jsonl"
    with raw.open("rb") as src, thousand.open("wb") as dst:
        dst.writelines(line for _, line in zip(range(1000), src))
    shown = folder / "shown.jsonl"
    pipe = " | ".join(f"{shlex.join(DIPKIT)} {layer}" for layer in layers)
    with thousand.open("rb") as src, shown.open("wb") as dst:
        subprocess.run(pipe, shell=True, stdin=src, stdout=dst, check=True)
    with shown.open("rb") as lines:
        count = sum(1 for _ in lines)
    seconds = timed(f"{shlex.join(DIPKIT)} show --no-pager", shown)
    return f"show: {count} documents in {seconds:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of raw text (default 10)")
    parser.add_argument(
        "--corpus",
        nargs="+",
        metavar="FILE",
        help="measure on these pages (raw text or JSON lines, as `dipkit split` reads them) instead of the examples",
    )
    args = parser.parse_args()
    layers = registered()
    dipkit = shlex.join(DIPKIT)
    if args.corpus:
        pages = corpus_pages(args.corpus)
        origin = f"pages from {args.corpus[0]}" if len(args.corpus) == 1 else f"pages from {len(args.corpus)} files"
    else:
        pages, origin = example_pages(), "example pages"
    with tempfile.TemporaryDirectory() as tmp:
        raw, clean, size, documents = build_corpus(Path(tmp), pages, args.mb)
        clean_size = text_bytes(clean)
        stages = []  # the corpus line comes first, and its meetings per KB needs the meetings stage
        source = raw
        for layer in layers:
            nbytes = size if layer == "split" else clean_size
            staged = Path(tmp) / f"after-{layer}.jsonl"
            wall, cpu = run_timed(f"{dipkit} {layer} > {shlex.quote(str(staged))}", source)
            stages.append(f"{layer}: {nbytes / 1e6 / cpu:.2f} MB/s of CPU time ({cpu:.2f} s CPU, {wall:.2f} s wall)")
            source = staged
        corpus = (
            f"corpus: {describe(len(pages), documents, origin)}, "
            f"{size / 1e6:.1f} MB raw text, {clean_size / 1e6:.1f} MB clean text"
        )
        if "meetings" in layers:
            density = meetings_found(Path(tmp) / "after-meetings.jsonl") / (clean_size / 1000)
            corpus += f", {density:.2f} meetings per KB"
        print(corpus)
        print(f"startup: dipkit --version {startup():.0f} ms")
        print(*stages, sep="\n")
        if len(layers) > 1:
            pipe = " | ".join(f"{dipkit} {layer}" for layer in layers)
            seconds = timed(pipe, raw)
            print(f"pipe {' | '.join(layers)}: {size / 1e6 / seconds:.2f} MB/s ({seconds:.2f} s)")
        print(time_show(raw, Path(tmp), layers))


if __name__ == "__main__":
    main()
