"""The reader for Markdown (from read-it-later apps): `#` headline, `##`/`###` chapters."""

from __future__ import annotations

import re

from .language import detect_language
from .model import Article, Chapter

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"<[^>]+>"), ""),  # inline HTML
    (re.compile(r"(\*\*|__|\*|`)(.+?)\1"), r"\2"),  # emphasis and code
]


def clean_markdown(text: str, url: str = "") -> Article:
    title, summary, chapters = "", [], [Chapter(title="")]
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        for kind, content in parse_block(lines):
            if kind == "h1" and not title:
                title = content
            elif kind.startswith("h"):
                chapters.append(Chapter(title=content))
            elif kind == "item" and title and len(chapters) == 1 and not chapters[0].paragraphs:
                summary.append(content)
            elif content:
                chapters[-1].paragraphs.append(content)
    body = " ".join(p for chapter in chapters for p in chapter.paragraphs)
    return Article(
        title=title,
        summary=summary,
        chapters=[chapter for chapter in chapters if chapter.paragraphs],
        url=url,
        language=detect_language(body),
    )


def parse_block(lines: list[str]) -> list[tuple[str, str]]:
    """A block as (kind, text) pairs: headings "h1".."h6", list "item"s, or a "p"aragraph."""
    if not lines or lines[0].startswith(("```", "---", "***", "___")):
        return []
    parsed, paragraph = [], []
    for line in lines:
        heading = HEADING.match(line)
        if heading:
            parsed.append((f"h{len(heading.group(1))}", inline(heading.group(2))))
        elif LIST_ITEM.match(line):
            parsed.append(("item", inline(LIST_ITEM.sub("", line))))
        else:
            paragraph.append(line.lstrip("> "))
    if paragraph:
        parsed.append(("p", inline(" ".join(paragraph))))
    return parsed


def inline(text: str) -> str:
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()
