"""The document model: what the cleaner finds in a page and every later stage reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
        blocks = [f"# {self.title}"]
        blocks += self.summary
        for chapter in self.chapters:
            if chapter.title:
                blocks.append(f"## {chapter.title}")
            blocks += chapter.paragraphs
        return "\n\n".join(blocks) + "\n"
