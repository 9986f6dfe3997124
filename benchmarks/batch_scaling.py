"""Batch scaling: a folder of articles converted with 1 job and with 2 jobs, side by side.

usage: python benchmarks/batch_scaling.py [--articles 20] [--words 1500] [-- EXTRA LISTEN OPTIONS]

The articles are written from the English pages of articles-dev, as Markdown. Three runs of
`listen convert FOLDER --jobs N`, each timed on the wall clock and in CPU seconds (the whole
process tree), so a table can say how many cores each kept busy:

  1 job on both cores, 2 jobs on both cores   the issue's figure (goal: at least 1.8x);
  1 job held to one core (sched_setaffinity)  what a second core and a second job add.

One conversion already keeps more than one core busy (ffmpeg encodes while the voice speaks;
Piper runs a thread a core), so on 2 cores a second job finds less than a core left to use.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.articles import write_article  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")


@dataclass
class Run:
    jobs: int
    cores: int
    wall: float  # seconds
    cpu: float  # CPU seconds of the whole process tree

    @property
    def busy(self) -> float:
        """How many cores the run kept busy, on average."""
        return self.cpu / self.wall


def timed_batch(inbox: Path, out: Path, jobs: int, extra: list[str], cores: int = 0) -> Run:
    """`listen convert inbox --jobs N`, on the first `cores` cores (0: all of them)."""
    cpus = sorted(os.sched_getaffinity(0))[:cores] if cores else sorted(os.sched_getaffinity(0))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([LISTEN, "convert", str(inbox), "-o", str(out), "--jobs", str(jobs), "--quiet",
                    *extra], check=True, stdout=subprocess.DEVNULL,
                   preexec_fn=lambda: os.sched_setaffinity(0, cpus))  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    shutil.rmtree(out)
    return Run(jobs, len(cpus), wall, cpu)


def scaling_runs(inbox: Path, scratch: Path, extra: list[str]) -> list[Run]:
    """1 job and 2 jobs on every core, then 1 job on one core."""
    return [
        timed_batch(inbox, scratch / "out-1", 1, extra),
        timed_batch(inbox, scratch / "out-2", 2, extra),
        timed_batch(inbox, scratch / "out-1-core", 1, extra, cores=1),
    ]


def report(runs: list[Run]) -> list[str]:
    """The runs as a Markdown table, then the ratios."""
    one, two, one_core = runs
    lines = ["| run | cores it may use | wall time | CPU time | cores kept busy |", "|---|---:|---:|---:|---:|"]
    for run in runs:
        jobs = f"{run.jobs} job{'s' if run.jobs > 1 else ''}"
        lines.append(f"| {jobs} | {run.cores} | {run.wall:.1f} s | {run.cpu:.1f} s | {run.busy:.2f} |")
    lines += [
        "",
        f"- 2 jobs against 1 job, both on {two.cores} cores: **{one.wall / two.wall:.2f}x** (goal >= 1.8x)",
        f"- 2 jobs on {two.cores} cores against 1 job on 1 core: **{one_core.wall / two.wall:.2f}x**",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--words", type=int, default=1500, help="words per article")
    parser.add_argument("extra", nargs="*", help="more options for listen convert")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        inbox = scratch / "inbox"
        inbox.mkdir()
        for number in range(args.articles):
            write_article(inbox / f"article-{number:02d}.md", args.words, offset=number * 7)
        runs = scaling_runs(inbox, scratch, args.extra)
    print(f"{args.articles} articles of {args.words} words {' '.join(args.extra)}\n")
    print("\n".join(report(runs)))


if __name__ == "__main__":
    main()
