"""Score the cleaner with the article-extraction benchmark's own measure.

usage: python benchmarks/cleaner_score.py [DATA_DIR] [--input text|html|both]

Cleans every page of DATA_DIR (default ../shared/data/articles-dev) from its copied text and
from its HTML, writes the body (section headings and paragraphs) as ID.txt predictions, and
runs the benchmark's scorer (tools/score_articles.py beside the data) on them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from listen.clean import clean
from listen.errors import ListenError
from listen.read import read_source

SHARED = Path(__file__).resolve().parents[2] / "shared"


def body_text(location: Path) -> str:
    try:
        article = clean(read_source(str(location), max_bytes=50_000_000))
    except ListenError:
        return ""
    blocks = []
    for chapter in article.chapters:
        blocks += [chapter.title, *chapter.paragraphs] if chapter.title else chapter.paragraphs
    return "\n".join(blocks)


def score(data: Path, kind: str) -> str:
    suffix = "txt" if kind == "text" else "html"
    pages = sorted((data / kind).glob(f"*.{suffix}"))
    with tempfile.TemporaryDirectory() as predictions:
        started = time.perf_counter()
        for page in pages:
            Path(predictions, page.stem + ".txt").write_text(body_text(page), encoding="utf8")
        seconds = time.perf_counter() - started
        scorer = data.parent.parent / "tools" / "score_articles.py"
        result = subprocess.run(
            [sys.executable, str(scorer), str(data / "ground-truth.json"), predictions],
            capture_output=True, text=True, check=True,
        )
    last = result.stdout.strip().splitlines()[-1]
    return f"{kind:5} {last}  ({len(pages) / seconds:.1f} pages/s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "data" / "articles-dev")
    parser.add_argument("--input", choices=["text", "html", "both"], default="both")
    args = parser.parse_args()
    for kind in ("text", "html") if args.input == "both" else (args.input,):
        print(score(args.data, kind))


if __name__ == "__main__":
    main()
