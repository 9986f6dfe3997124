"""How often the copied-text cleaner hears the headline the page's own HTML gives.

usage: python benchmarks/headline_score.py

For every page of articles-dev and articles-more (when it is beside the repo) that has both
its HTML and its copied text, the HTML's title (trafilatura's metadata: og:title, then <h1> or
<title>) is the reference, and the headline the text cleaner finds matches it when either
holds the other's words (case and punctuation aside). Pages are split by how the headline was
found: the page title repeated on the page, or the guess among the lines before the body.
The reference itself is sometimes the site's name ("Seth's Blog"): compare runs, not 100%.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cleaner_score import DEV, MORE  # noqa: E402
from trafilatura import extract_metadata  # noqa: E402

from listen.copied_headline import find_title  # noqa: E402
from listen.copied_lines import page_lines  # noqa: E402
from listen.textdump import clean_text_dump  # noqa: E402


def folded_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def main() -> None:
    found: Counter[tuple[str, str, bool]] = Counter()
    for folder in (DEV, MORE):
        if not (folder / "ground-truth.json").exists():
            print(f"({folder} is not there: its pages are not counted)", file=sys.stderr)
            continue
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for page in sorted(truth):
            metadata = extract_metadata((folder / "html" / f"{page}.html").read_text(errors="replace"))
            wanted = folded_words(metadata.title or "") if metadata else ""
            if not wanted:
                continue
            text = (folder / "text" / f"{page}.txt").read_text(errors="replace")
            how = "repeated" if find_title(page_lines(text)[0])[0] >= 0 else "guessed"
            heard = folded_words(clean_text_dump(text).title)
            found[
                (truth[page].get("source", "articles-dev"), how, bool(heard) and (heard in wanted or wanted in heard))
            ] += 1
    print("| corpus | title repeated: matches | title guessed: matches |")
    print("|---|---:|---:|")
    for corpus in sorted({corpus for corpus, _, _ in found}):
        cells = []
        for how in ("repeated", "guessed"):
            right, wrong = found[(corpus, how, True)], found[(corpus, how, False)]
            cells.append(f"{right} of {right + wrong}")
        print(f"| {corpus} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
