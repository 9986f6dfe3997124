"""The document model: what the cleaner finds in a page and every later stage reads."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

# What CommonMark would read as its own marks rather than as the text's: anywhere, emphasis, code,
# links, tags and entities; at a line's start, a heading, a quote, a list, a rule or a fence; at a
# heading's end, its closing #s.
MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&])")
MARKDOWN_LINE_MARK = re.compile(r"^([ \t]*)(?=[#>+=~-])", re.M)
MARKDOWN_LIST_NUMBER = re.compile(r"^([ \t]*\d+)(?=[.)])", re.M)
MARKDOWN_CLOSING_HASH = re.compile(r"(?<= )#+$")


@dataclass
class Chapter:
    """A section of the body: its heading ("" for the lead before any heading) and paragraphs."""

    title: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One article as a listener should hear it; metadata ends up in the audio's tags."""

    title: str
    summary: list[str] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    byline: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    language: str = "en"
    genre: str = ""  # what the reader filed it under (a tag of an imported reading list)
    image: str = ""  # the page's own image (og:image): an address, or a data: URL

    @property
    def words(self) -> int:
        texts = [self.title, *self.summary]
        for chapter in self.chapters:
            texts += [chapter.title, *chapter.paragraphs]
        return sum(len(text.split()) for text in texts)

    def to_dict(self) -> dict:
        return asdict(self)

    def to_markdown(self) -> str:
        """The article as Markdown: headline `#`, summary points, sections `##`, paragraphs.

        Summary points are plain paragraphs, as a listener hears them.
        """
        blocks = [f"# {markdown_text(self.title)}"]
        blocks += [markdown_text(point) for point in self.summary]
        for chapter in self.chapters:
            if chapter.title:
                blocks.append(f"## {markdown_text(chapter.title)}")
            blocks += [markdown_text(paragraph) for paragraph in chapter.paragraphs]
        return "\n\n".join(blocks) + "\n"


def markdown_text(text: str) -> str:
    """The text as Markdown that reads back as the same words: `listen clean` prints the article
    a user may fix by hand and convert, and "#1 on the list" or "<script>" must not come back as a
    heading or a hidden tag."""
    text = MARKDOWN_INLINE.sub(r"\\\1", text.strip())
    text = MARKDOWN_LIST_NUMBER.sub(r"\1\\", MARKDOWN_LINE_MARK.sub(r"\1\\", text))
    return MARKDOWN_CLOSING_HASH.sub(lambda hashes: "\\#" * len(hashes[0]), text)
