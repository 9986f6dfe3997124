"""Batch scaling: 20 articles converted with 1 job and with 2 jobs, side by side.

usage: python benchmarks/batch_scaling.py [--articles 20] [-- EXTRA LISTEN OPTIONS]

The articles are the first English pages of articles-dev, as copied text. Prints the wall
time of each run and their ratio (goal on 2 cores: 2 jobs at least 1.8x as fast as 1).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.articles import write_article  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")


def timed_batch(inbox: Path, out: Path, jobs: int, extra: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([LISTEN, "convert", str(inbox), "-o", str(out), "--jobs", str(jobs), "--quiet",
                    *extra], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--words", type=int, default=1500, help="words per article")
    parser.add_argument("extra", nargs="*", help="more options for listen convert")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch, "inbox")
        inbox.mkdir()
        for number in range(args.articles):
            write_article(inbox / f"article-{number:02d}.md", args.words, offset=number * 7)
        times = {}
        for jobs in (1, 2):
            out = Path(scratch, f"out-{jobs}")
            times[jobs] = timed_batch(inbox, out, jobs, args.extra)
            shutil.rmtree(out)
    print(f"{args.articles} articles of {args.words} words {' '.join(args.extra)}")
    print(f"1 job: {times[1]:.1f} s, 2 jobs: {times[2]:.1f} s, ratio {times[1] / times[2]:.2f}x")


if __name__ == "__main__":
    main()
