"""Peak memory of `listen convert` for articles of 1,000, 10,000 and 30,000 words.

usage: python benchmarks/memory.py [--words 1000 10000 30000] [--articles N] [-- EXTRA LISTEN OPTIONS]

Runs the installed `listen` command on a generated article of each length and samples the
memory of its whole process tree (listen, its batch workers and the ffmpeg they start) every 20
ms, as resident memory and as proportional set size, and names the processes at its peak. The
goal: flat, under 300 MB. With --articles N, each run converts a folder of N such articles (a
batch: pass -j 2 after --, and see memory stay flat as N grows).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.articles import write_article  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")


def peak_memory(command: list[str]) -> tuple[float, float, float, str]:
    """(peak MB of the process tree as resident memory and as proportional set size, wall
    seconds, the processes at the proportional peak).

    Resident memory counts a page processes share (a library, the pages a worker's fork holds
    until it runs ffmpeg) once per process; the proportional size divides it among them.
    """
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0
    at_peak = ""
    while process.poll() is None:
        time.sleep(0.02)
        try:
            tree = [(p.name(), p.memory_full_info()) for p in [process, *process.children(recursive=True)]]
        except psutil.Error:  # a process ended while it was read
            continue
        peak_rss = max(peak_rss, sum(memory.rss for _, memory in tree))
        if sum(memory.pss for _, memory in tree) > peak_pss:
            peak_pss = sum(memory.pss for _, memory in tree)
            by_size = sorted(tree, key=lambda named: -named[1].pss)
            at_peak = ", ".join(f"{name} {memory.pss / 1e6:.0f}" for name, memory in by_size)
    if process.returncode != 0:
        raise SystemExit(f"listen failed: {process.stderr.read().decode()}")
    return peak_rss / 1e6, peak_pss / 1e6, time.perf_counter() - started, at_peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[1000, 10000, 30000])
    parser.add_argument("--articles", type=int, default=1, help="convert a folder of this many articles at once")
    parser.add_argument("extra", nargs="*", help="more options for listen convert")
    args = parser.parse_args()
    print("| articles | words each | audio | peak resident (tree) | peak proportional | wall time | at that peak, MB |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for words in args.words:
            folder = Path(scratch, f"articles-{words}")
            folder.mkdir()
            made = [write_article(folder / f"long-{words}-{n}.md", words, offset=n * 7) for n in range(args.articles)]
            out = Path(scratch, "out")
            source = folder if args.articles > 1 else made[0]
            resident, proportional, seconds, at_peak = peak_memory(
                [LISTEN, "convert", str(source), "-o", str(out), "--quiet", *args.extra]
            )
            minutes = sum(json.loads(chapters.read_text())["chapters"][-1]["endTime"]
                          for chapters in out.glob("*/chapters.json")) / 60  # fmt: skip
            print(f"| {args.articles} | {words:,} | {minutes:.0f} min | {resident:.0f} MB | {proportional:.0f} MB "
                  f"| {seconds:.1f} s | {at_peak} |")  # fmt: skip
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
