#!/usr/bin/env python3
"""Speed of dipkit on this machine: MB/s of text per subcommand and for the whole pipe.

Each subcommand is timed by the CPU time of its process (one core, fair on a
busy machine); the whole pipe and `show` by wall-clock time, since the pipe
runs its stages side by side on the machine's cores.

Builds a corpus of several MB by repeating the example articles in this folder
(raw pages), runs each registered subcommand on it as a real process, each
reading what the one before it wrote (as in the pipe, so a layer reuses the
dates and entities already there), and prints one line per measurement.  The
default 10 MB makes the MB/s figures throughput, with each process's start-up
(reported on its own line) a small share of it.  Run it from a checkout:

    python3 examples/benchmark.py            # about 10 MB of text
    python3 examples/benchmark.py --mb 4     # quicker
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


def build_corpus(folder: Path, megabytes: float) -> tuple[Path, Path, int]:
    """A raw-page corpus and its split output; the text size in bytes."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))]
    if not articles:
        sys.exit("benchmark: no examples/*.txt to build a corpus from")
    raw = folder / "raw.jsonl"
    size = count = 0
    with raw.open("wb") as out:
        while size < megabytes * 1_000_000:
            text = articles[count % len(articles)]
            out.write(orjson.dumps({"id": f"doc{count}", "text": text}) + b"\n")
            size += len(text.encode("utf-8"))
            count += 1
    clean = folder / "clean.jsonl"
    with raw.open("rb") as src, clean.open("wb") as dst:
        subprocess.run([*DIPKIT, "split"], stdin=src, stdout=dst, check=True)
    return raw, clean, size


def text_bytes(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(len(orjson.loads(line)["text"].encode("utf-8")) for line in lines)


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
    args = parser.parse_args()
    layers = registered()
    dipkit = shlex.join(DIPKIT)
    with tempfile.TemporaryDirectory() as tmp:
        raw, clean, size = build_corpus(Path(tmp), args.mb)
        clean_size = text_bytes(clean)
        print(f"corpus: {size / 1e6:.1f} MB raw text, {clean_size / 1e6:.1f} MB clean text")
        print(f"startup: dipkit --version {startup():.0f} ms")
        source = raw
        for layer in layers:
            nbytes = size if layer == "split" else clean_size
            staged = Path(tmp) / f"after-{layer}.jsonl"
            wall, cpu = run_timed(f"{dipkit} {layer} > {shlex.quote(str(staged))}", source)
            print(f"{layer}: {nbytes / 1e6 / cpu:.2f} MB/s of CPU time ({cpu:.2f} s CPU, {wall:.2f} s wall)")
            source = staged
        if len(layers) > 1:
            pipe = " | ".join(f"{dipkit} {layer}" for layer in layers)
            seconds = timed(pipe, raw)
            print(f"pipe {' | '.join(layers)}: {size / 1e6 / seconds:.2f} MB/s ({seconds:.2f} s)")
        print(time_show(raw, Path(tmp), layers))


if __name__ == "__main__":
    main()
