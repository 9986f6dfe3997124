"""The cleaner for HTML pages: trafilatura finds the body and metadata, headings become chapters."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import trafilatura

from .language import detect_language
from .model import Article, Chapter

HTML_LANG = re.compile(r"<html\b[^>]*\blang=[\"']?([a-zA-Z]{2,3})", re.I)


def clean_html(html: str, url: str = "") -> Article:
    """Extract the article of an HTML page; an empty Article when there is none."""
    xml = trafilatura.extract(
        html,
        url=url or None,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
    )
    if not xml:
        return Article(title="")
    doc = ElementTree.fromstring(xml)
    title = doc.get("title") or ""
    chapters = [Chapter(title="")]
    main = doc.find("main")
    for kind, text in blocks(main) if main is not None else []:
        if kind == "head" and text == title:
            continue  # the headline opens the article anyway
        if kind == "head":
            chapters.append(Chapter(title=text))
        else:
            chapters[-1].paragraphs.append(text)
    body = " ".join(p for chapter in chapters for p in chapter.paragraphs)
    declared = HTML_LANG.search(html[:5000])
    return Article(
        title=title,
        chapters=[chapter for chapter in chapters if chapter.paragraphs],
        byline=doc.get("author") or "",
        source=doc.get("sitename") or doc.get("hostname") or "",
        date=doc.get("date") or "",
        url=url or doc.get("url") or "",
        language=declared.group(1).lower() if declared else detect_language(body),
    )


def blocks(main: ElementTree.Element) -> list[tuple[str, str]]:
    """trafilatura's XML body as ("head" or "p", text) pairs, in order.

    A list item or table row is a paragraph of its own; text between elements (trafilatura
    leaves some after headings) is too.
    """
    found = [("p", main.text)]
    for element in main:
        parts = {"list": "./item", "table": ".//row"}
        items = element.findall(parts[element.tag]) if element.tag in parts else [element]
        kind = "head" if element.tag == "head" else "p"
        found += [(kind, " ".join(item.itertext())) for item in items]
        found.append(("p", element.tail))
    return [(kind, " ".join(text.split())) for kind, text in found if text and text.strip()]
