"""What a change costs a conversion: this tree against an earlier commit, the same run in each.

usage: python benchmarks/overhead_since.py REV [--words 5000] [--voice espeak:en-us] [--repeat 3]

Checks REV out into a temporary git worktree and converts the same generated article with
each tree's code (this virtualenv, so the same libraries), alternating, `--repeat` times;
prints the best wall time of each and the ratio. Used for the cost of loudness, transcripts
and cover art (#19) against the commit before them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.articles import write_article  # noqa: E402

# This virtualenv's entry points name the backends of today's tree; an earlier tree gets those
# whose module it has (else it would load today's module, e.g. Kokoro's, against its own code).
LAUNCH = """
import importlib.metadata, os
everything = importlib.metadata.entry_points
def entry_points(**select):
    found = everything(**select)
    here = [point for point in found if os.path.exists(point.module.replace(".", "/") + ".py")]
    return here if "group" in select else found
importlib.metadata.entry_points = entry_points
from cli import main
main()
"""


def convert_seconds(tree: Path, article: Path, voice: str) -> float:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", LAUNCH, "convert", str(article), "-o", out,
                        "--voice", voice, "-q"], cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
                       check=True, capture_output=True)  # fmt: skip
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--voice", default="espeak:en-us")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        before = Path(scratch) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(before), args.rev], check=True)
        try:
            article = write_article(Path(scratch) / "article.md", args.words)
            times: dict[str, list[float]] = {"before": [], "now": []}
            for _ in range(args.repeat):
                times["before"].append(convert_seconds(before, article, args.voice))
                times["now"].append(convert_seconds(ROOT, article, args.voice))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=True)
    best = {name: min(values) for name, values in times.items()}
    print(
        f"{args.words} words, {args.voice}: {args.rev} {best['before']:.2f} s, now {best['now']:.2f} s, "
        f"ratio {best['now'] / best['before']:.2f}x (best of {args.repeat})"
    )


if __name__ == "__main__":
    main()
