"""Test articles of a chosen length, made from the real article bodies in articles-dev
(for tests and benchmarks)."""

from __future__ import annotations

import json
from pathlib import Path

DEV_PAGES = Path(__file__).parent / "data" / "articles-dev"


def english_paragraphs() -> list[str]:
    """Paragraphs of the English pages' true bodies, in a fixed order."""
    truth = json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    paragraphs = []
    for page in sorted(truth):
        body = truth[page]["articleBody"]
        if body.count(" the ") > 5:
            paragraphs += [p.strip() for p in body.split("\n") if len(p.split()) >= 12]
    return paragraphs


def write_article(path: Path, words: int, offset: int = 0) -> Path:
    """A Markdown article of about `words` words: a headline, then a section every ten
    paragraphs, starting at paragraph `offset` of the sample."""
    source = english_paragraphs()
    blocks, count, index = [f"# A long read of {words} words"], 0, offset
    while count < words:
        if (index - offset) % 10 == 0:
            blocks.append(f"## Part {(index - offset) // 10 + 1}")
        paragraph = source[index % len(source)]
        blocks.append(paragraph)
        count += len(paragraph.split())
        index += 1
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path
