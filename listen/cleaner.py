"""Stage 2, clean: from a page's text to the Article a listener should hear.

Each kind of input has its own cleaner (HTML: trafilatura; Markdown: its structure; copied
text: a block classifier); all of them then pass through the same residual cleaning, which
drops the page furniture the first pass let through.
"""

from __future__ import annotations

from .errors import ListenError
from .furniture import is_furniture
from .markdown import clean_markdown
from .model import Article, Chapter
from .read import Source
from .textdump import clean_text_dump
from .webpage import clean_html

MAX_FURNITURE_WORDS = 20
CLEANERS = {"html": clean_html, "markdown": clean_markdown, "text": clean_text_dump}


def clean(source: Source) -> Article:
    """The Article in `source`; ListenError when no article text is left."""
    article = CLEANERS[source.kind](source.text, source.url)
    article = drop_furniture(article)
    if not article.chapters:
        raise ListenError(f"no article text found in {source.name}")
    if not article.title:
        article.title = article.chapters[0].paragraphs[0].split(". ")[0][:120]
    return article


def drop_furniture(article: Article) -> Article:
    """Residual cleaning: furniture lines left in any part of the article go. Only short ones:
    a paragraph of article text can hold a phrase that furniture is made of ("image: ...",
    "all rights reserved"), and removing it costs more than hearing a footer."""
    chapters = []
    for chapter in article.chapters:
        paragraphs = [p for p in chapter.paragraphs if not is_residual_furniture(p)]
        if paragraphs:
            chapters.append(Chapter(title=chapter.title, paragraphs=paragraphs))
    article.chapters = chapters
    article.summary = [point for point in article.summary if not is_residual_furniture(point)]
    return article


def is_residual_furniture(paragraph: str) -> bool:
    return len(paragraph.split()) <= MAX_FURNITURE_WORDS and is_furniture(paragraph)
