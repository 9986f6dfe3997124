"""The reader for Markdown (from read-it-later apps and notes): `#` headline, `##`/`###` chapters.

markdown-it-py parses it as CommonMark with tables, so that what a reader of the rendered page
sees is what is heard: a fenced code block is left out whole however many blank lines it holds,
a heading may be underlined (`===`), a table's rows and a hard line break (two spaces or `\\` at a
line's end) pause as they do on a web page (`layout`), and a bulleted list before the body is
its summary. Links keep their text; images, inline HTML's tags and the front matter a notes app
writes above the article (`---` ... `---`) are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import html_text
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .language import detect_language
from .layout import joined_lines, row_text
from .model import Article, Chapter

PARSER = MarkdownIt("commonmark").enable("table")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[ \t]*\S[^\n]*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")  # no blank line in it
SKIPPED_INLINE = {"image", "html_inline"}  # a picture, and the tags of inline HTML (their text stays) ...
UNSEEN_OPENING = re.compile(r"<(script|style|template)\b", re.I)  # ... but for these, which a browser hides
UNSEEN_CLOSING = re.compile(r"</(script|style|template)\b", re.I)


def clean_markdown(text: str, url: str = "") -> Article:
    title, summary, chapters = "", [], [Chapter(title="")]
    for kind, content in blocks(FRONT_MATTER.sub("", text, count=1)):
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


def blocks(text: str) -> Iterator[tuple[str, str]]:
    """The document as (kind, text) pairs: headings "h1".."h6", list "item"s, "p"aragraphs (a
    table's row is one)."""
    in_items = 0  # how deep in lists the parser stands
    row: list[str] = []
    tokens = PARSER.parse(text)
    for before, token in zip([None, *tokens], tokens):
        if token.type == "list_item_open":
            in_items += 1
        elif token.type == "list_item_close":
            in_items -= 1
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            yield "p", row_text(row)
        elif token.type == "html_block":
            yield from (("p", line) for line in html_text.extract_text(token.content).splitlines())
        elif token.type == "inline" and before is not None:
            content = inline_text(token.children or [])
            if before.type == "heading_open":
                yield before.tag, content
            elif before.type in ("th_open", "td_open"):
                row.append(content)
            else:
                yield ("item" if in_items else "p"), content


def inline_text(children: list[Token]) -> str:
    """A paragraph's or a heading's words, its hard line breaks heard as `joined_lines` hears them."""
    lines, words = [], []
    unseen = False  # between `<script>` and `</script>`: the page's code, not its words
    for child in children:
        if child.type == "html_inline":
            unseen = bool(UNSEEN_OPENING.match(child.content)) or (unseen and not UNSEEN_CLOSING.match(child.content))
        elif unseen:
            continue
        elif child.type == "hardbreak":
            lines.append("".join(words))
            words = []
        elif child.type == "softbreak":
            words.append(" ")
        elif child.type not in SKIPPED_INLINE:
            words.append(child.content)
    return joined_lines([*lines, "".join(words)])
