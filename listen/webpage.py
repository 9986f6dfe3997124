"""The cleaner for HTML pages: trafilatura finds the body and metadata, headings become chapters.

Before trafilatura sees a page, what a browser would not show is taken out (`<template>`,
`hidden` elements, `display: none`), and so is what would break or stall the parser: a
character reference to a character XML cannot hold (`&#1;`, `&#xFFFF;`), and long runs of
one repeated tag with nothing between (100,000 nested `<div>`s, megabytes of `<p>`).
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import lxml.html
import trafilatura
from lxml import etree

from .language import detect_language
from .model import Article, Chapter

HTML_LANG = re.compile(r"<html\b[^>]*\blang=[\"']?([a-zA-Z]{2,3})", re.I)
CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# A run of more than 20 of one opening (or closing) tag with only white space between: no
# page writes that for its text, and the parser would build (or nest) every one of them.
REPEATED_TAGS = re.compile(r"(<(\w+)\b[^<>]{0,200}+>)(?:\s*+<\2\b[^<>]{0,200}+>){20,}+")
REPEATED_CLOSING_TAGS = re.compile(r"(</(\w+)\s*>)(?:\s*+</\2\s*+>){20,}+")
INVISIBLE = "//template | //*[@hidden] | //*[@aria-hidden='true'][not(.//img)] | //*[contains(translate(@style, ' ', ''), 'display:none')]"


def clean_html(html: str, url: str = "") -> Article:
    """Extract the article of an HTML page; an empty Article when there is none."""
    tree = visible_tree(html)
    if tree is None:
        return Article(title="")
    xml = trafilatura.extract(
        tree,
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


def visible_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page as a browser would show it, parsed once; None when nothing can be parsed."""
    html = CHARACTER_REFERENCE.sub(keep_xml_character, html)
    html = REPEATED_CLOSING_TAGS.sub(r"\1", REPEATED_TAGS.sub(r"\1", html))
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for element in tree.xpath(INVISIBLE):
        if element.getparent() is not None:
            element.drop_tree()  # its tail, the text after it, stays
    return tree


def keep_xml_character(reference: re.Match) -> str:
    """A numeric character reference, or nothing if it names a character XML cannot hold."""
    hexadecimal, decimal = reference.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    allowed = (
        code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
    )
    return reference.group(0) if allowed else ""


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
