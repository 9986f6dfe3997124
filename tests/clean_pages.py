"""Pages and helpers the cleaner's tests share: a story's paragraphs, an HTML page around them,
the file to read them from and what a listener hears of the article."""

from __future__ import annotations

import re
from pathlib import Path

from listen import clean, read_source
from listen.model import Article

from .conftest import EXPECTED

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(markdown: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", markdown) if block.strip()]


MORE = ROOT.parent / "shared" / "data" / "articles-more"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


BODY = (
    "The council voted on Tuesday to close the old bridge to cars for the whole winter, "
    "after engineers found that two of its supports had cracked in the cold last year."
)


HTML_PAGE = f"""<!doctype html><html lang="en"><head><title>Bridge closes - Town News</title>
<meta name="author" content="Ann Example"><meta property="og:site_name" content="Town News">
<meta property="article:published_time" content="2024-03-05"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge closes for the winter</h1>
<p>{BODY}</p><h2>What drivers should do</h2><p>{BODY.replace("council", "mayor")}</p>
<p>{BODY.replace("bridge", "tunnel")}</p></article>
<footer>Copyright 2024 Town News. All rights reserved.</footer></body></html>"""


def html_story(paragraphs: list[str]) -> str:
    """HTML_PAGE with these paragraphs as its article."""
    page = HTML_PAGE.split("<article>")[0] + "<article><h1>Bridge closes for the winter</h1>"
    return page + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</article></body></html>"


def copied(tmp_path: Path, lines: list[str]) -> Article:
    """The article cleaned from these lines, copied as a browser sets them: a blank line between."""
    return clean(read_source(str(write(tmp_path / "copied.txt", "\n\n".join(lines))), 10**6))


def headings_and_paragraphs(article: Article) -> list[str]:
    """What a listener hears of the body, in order."""
    return [text for chapter in article.chapters for text in [chapter.title, *chapter.paragraphs] if text]


def story(count: int) -> list[str]:
    """`count` different paragraphs of one story."""
    places = ["bridge", "tunnel", "ferry", "road", "crossing", "station", "harbour", "square", "market"]
    return [BODY.replace("bridge", place).replace("Tuesday", f"day {n}") for n, place in enumerate(places[:count])]


def example_paragraphs() -> list[str]:
    """The example article's paragraphs of prose (its headings and short lines left out)."""
    return [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if len(line.split()) > 20]
