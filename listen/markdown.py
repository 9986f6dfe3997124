"""The reader for Markdown (from read-it-later apps and notes): `#` headline, `##`/`###` chapters.

markdown-it-py parses it as CommonMark with tables, so that what a reader of the rendered page
sees is what is heard: a fenced code block is left out whole however many blank lines it holds,
a heading may be underlined (`===`), a table's rows and a hard line break (two spaces or `\\` at a
line's end) pause as they do on a web page (`layout`), and a bulleted list before the body is
its summary (a note that is a list alone is its body). Links keep their text; images, inline
HTML's tags and what a browser hides are not read.

The front matter a notes app, a read-it-later app's export or a static site writes above the
article (YAML between `---` lines) is not read either: its title, author, date and address are
the article's, where the text does not give them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .language import detect_language
from .layout import joined_lines, row_text
from .model import Article, Chapter
from .webpage import page_text

PARSER = MarkdownIt("commonmark").enable("table")
# No blank line in it; each line matches one way only, so a long block with no closing line is soon refused.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[ \t]*\S[^\n]*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
MAX_FRONT_MATTER = 65_536  # characters of it worth parsing for a title (a longer block is read as text)
TITLE_KEYS = ("title",)  # the keys the apps and site generators give each field under
AUTHOR_KEYS = ("author", "authors", "byline")
DATE_KEYS = ("published", "date_published", "date")
URL_KEYS = ("url", "source", "link", "original_url")
WEB_ADDRESS = re.compile(r"https?://[^\s\"'<>]+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")
WIKI_LINK = re.compile(r"^\[\[(.*)\]\]$")  # an Obsidian note's link around an author's name
SKIPPED_INLINE = {"image", "html_inline"}  # a picture, and the tags of inline HTML (their text stays) ...
UNSEEN_OPENING = re.compile(r"<(script|style|template)\b", re.I)  # ... but for these, which a browser hides
UNSEEN_CLOSING = re.compile(r"</(script|style|template)\b", re.I)


def clean_markdown(text: str, url: str = "") -> Article:
    fields, text = front_matter(text)
    named = field(fields, TITLE_KEYS)  # the front matter's title: the article's, unless a `#` heading gives one
    title, summary, chapters = "", [], [Chapter(title="")]
    for kind, content in blocks(text):
        if kind == "h1" and not title:
            title = content
        elif kind.startswith("h"):
            chapters.append(Chapter(title=content))
        elif kind == "item" and (title or named) and len(chapters) == 1 and not chapters[0].paragraphs:
            summary.append(content)
        elif content:
            chapters[-1].paragraphs.append(content)
    if not any(chapter.paragraphs for chapter in chapters):
        summary, chapters[0].paragraphs = [], summary  # a list alone (a packing list) is the note
    body = " ".join(p for chapter in chapters for p in chapter.paragraphs)
    address = next((fields[key].strip() for key in URL_KEYS if isinstance(fields.get(key), str)), "")
    return Article(
        title=title or named,
        summary=summary,
        chapters=[chapter for chapter in chapters if chapter.paragraphs],
        byline=field(fields, AUTHOR_KEYS),
        date=iso_date(next((fields[key] for key in DATE_KEYS if key in fields), "")),
        url=url or (address if WEB_ADDRESS.fullmatch(address) else ""),  # never a javascript: link
        language=detect_language(body),
    )


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The fields of the YAML block a text opens with, and the text under it; no fields, and the
    text whole, where it opens with no such block of fields (a rule over a paragraph is Markdown's)."""
    found = FRONT_MATTER.match(text)
    if not found or len(found.group(1)) > MAX_FRONT_MATTER:
        return {}, text
    try:
        fields = yaml.safe_load(found.group(1))
    except (yaml.YAMLError, RecursionError):  # RecursionError: brackets nested thousands deep
        return {}, text
    if not isinstance(fields, dict):
        return {}, text
    return fields, text[found.end() :]


def field(fields: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of these fields that holds text, or a list of texts (authors), as one line."""
    for key in keys:
        value = fields.get(key)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        names = [" ".join(WIKI_LINK.sub(r"\1", name.strip()).split()) for name in names if isinstance(name, str)]
        if any(names):
            return ", ".join(name for name in names if name)
    return ""


def iso_date(value: object) -> str:
    """A date as YYYY-MM-DD, from YAML's date or a text that opens with one; else none."""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    found = ISO_DATE.match(value) if isinstance(value, str) else None
    return found.group() if found else ""


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
        elif token.type == "html_block":  # read as a page's text, without what a browser hides
            yield from (("p", line) for line in page_text(token.content).splitlines())
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
    lines: list[str] = []
    words: list[str] = []
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
