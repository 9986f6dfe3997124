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
        include_tables=False,
        favor_recall=True,
    )
    if not xml:
        return Article(title="")
    doc = ElementTree.fromstring(xml)
    chapters = [Chapter(title="")]
    for element in doc.find("main") or []:
        items = element.findall(".//item") if element.tag == "list" else [element]
        for item in items:
            text = " ".join("".join(item.itertext()).split())
            if text and element.tag == "head":
                chapters.append(Chapter(title=text))
            elif text:
                chapters[-1].paragraphs.append(text)
    body = " ".join(p for chapter in chapters for p in chapter.paragraphs)
    declared = HTML_LANG.search(html[:5000])
    return Article(
        title=doc.get("title") or "",
        chapters=[chapter for chapter in chapters if chapter.paragraphs],
        byline=doc.get("author") or "",
        source=doc.get("sitename") or doc.get("hostname") or "",
        date=doc.get("date") or "",
        url=url or doc.get("url") or "",
        language=declared.group(1).lower() if declared else detect_language(body),
    )
