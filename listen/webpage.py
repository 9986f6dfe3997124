"""The cleaner for HTML pages: trafilatura finds the body and metadata, headings become chapters.

Before trafilatura sees a page, what a browser would not show is taken out (`<template>`,
`hidden` elements), and so is what would break or stall the parser: a
character reference to a character XML cannot hold (`&#1;`, `&#xFFFF;`), and long runs of
one repeated tag with nothing between (100,000 nested `<div>`s, megabytes of `<p>`). A title a
damaged page leaves open is closed, or the parser reads the whole page as its title.
"""

from __future__ import annotations

import html as html_module
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree import ElementTree

import html_text
import lxml.html
import trafilatura

from .copied_headline import TITLE_SEPARATORS, contains, title_words
from .copied_lines import DATE_LINE, SENTENCE_END, is_byline, is_timestamp, make_lines
from .language import detect_language, page_language
from .layout import joined_lines, row_text
from .model import Article, Chapter

# A post quoted from a social network, as its embed code writes it: the post's text in the
# blockquote's first paragraph, then "— Name (@handle) date". trafilatura drops these with the
# embed's box, though the article often turns on them ("people on Twitter pointed it out").
EMBEDDED_POST = re.compile(
    r"<blockquote\b[^>]*\bclass=[\"'][^\"']*\b(?:twitter-tweet|bluesky-embed|mastodon-embed)\b[^>]*>"
    r"\s*<p\b[^>]*>(.{1,3000}?)</p>(.{0,600}?)</blockquote>",
    re.I | re.S,
)
LINK_AS_TEXT = re.compile(r"<a\b[^>]*>\s*(?:https?://|pic\.twitter\.com)[^<]*</a>", re.I)
TAG = re.compile(r"<[^>]+>")
TRAILING_TAGS = re.compile(r"(?:\s*<[^>]*>)*\s*$")
LEAD_WORDS = 20  # a paragraph of prose this long above the headline is the lead some pages set there
MAX_POSTS = 50  # an article quotes a few posts; a page of thousands is a feed, and placing each costs
BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|figure|table|tr|td)\b[^>]*>|<br\b[^>]*>", re.I
)
JSON_LD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
MIN_JSON_LD_WORDS = 50
HTML_LANG = re.compile(r"<html\b[^>]*\blang=[\"']?([a-zA-Z]{2,3})", re.I)
CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# A run of more than 20 of one opening (or closing) tag with only white space between: no
# page writes that for its text, and the parser would build (or nest) every one of them.
REPEATED_TAGS = re.compile(r"(<(\w+)\b[^<>]{0,200}+>)(?:\s*+<\2\b[^<>]{0,200}+>){20,}+")
REPEATED_CLOSING_TAGS = re.compile(r"(</(\w+)\s*>)(?:\s*+</\2\s*+>){20,}+")
# A <template> and an element with the `hidden` attribute, with their content, where no element of
# the same name opens inside them (so that the match ends at their own closing tag).
INVISIBLE = re.compile(
    r"<(template|div|p|span|section|aside)\b(?:[^<>]*\shidden(?:=[\"']?hidden[\"']?)?(?=[\s>/])|(?<=<template))[^<>]*>"
    r"(?:(?!<\1\b).){0,20000}?</\1\s*>",
    re.I | re.S,
)
# A block of computer code, as HTML marks one (`<pre><code>`, what every Markdown renderer and
# highlighter writes): not read, as the Markdown reader does not read one; heard, "fn main() let s
# equals String from hello", it is noise. A `<pre>` alone stays: a wire story, a press release or an
# Internet-Draft set as preformatted text.
CODE_BLOCK = re.compile(r"<pre\b[^<>]{0,1000}+>\s*+<code\b(?:(?!</?pre\b).){0,200000}?</pre\s*>", re.I | re.S)
# A span inside a sentence (after a word, or a link's or emphasis's end), and what in its start
# tag makes trafilatura's precision mode take it for a box of links or a bordered box: its class
# is "link", or its style draws a border (a term's dotted underline). Dropped with its words, it
# leaves a hole in the sentence ("Según explicó en un comunicado [Twitter Lite] ahora estará
# disponible"); one that hides its words (display: none, a class that hides) is left to be dropped.
SPAN_START = re.compile(r"<span\b([^<>]{0,2000}+)>", re.I)
IN_SENTENCE = re.compile(r"(?:[\w,;:)\]]|</(?:a|em|strong|i|b)>)\s?$", re.I)  # what stands before it
# A heading whose words are a link into the page (`<h2><a href="#ownership">Ownership</a></h2>`, as
# mdBook, Hugo and many blogs write them, so a reader can link to the section): trafilatura's
# precision mode drops such a heading as a link, and six sections play with no label. The start of
# the link goes (a browser ignores the `</a>` left over); a heading that links elsewhere stays one.
HEADING_SELF_LINK = re.compile(
    r"(<h[1-6]\b[^<>]{0,1000}+>\s*+)<a\b(?=[^<>]{0,1000}?\bhref\s*=\s*[\"']?#[^\"'\s>])[^<>]{0,1000}+>", re.I
)
# The mark a page sets beside a heading to link to its section ("Streams#", "Installation¶",
# "§"), a link to the page itself that holds the mark alone: a voice would say "number sign".
PERMALINK_MARK = re.compile(
    r"<a\b(?=[^<>]{0,1000}?\bhref\s*=\s*[\"']?#)[^<>]{0,1000}+>\s*+(?:#|¶|§|🔗|&para;|&sect;|&#182;|&#167;)?\s*+</a\s*>",
    re.I,
)
CLASSES = re.compile(r"\bclass=[\"']([^\"']*)", re.I)
BORDERED = re.compile(r"\bstyle=[\"'][^\"']*border", re.I)
HIDING = re.compile(r"display\s*:\s*none|hid", re.I)
# An element that holds no words (a blog's "more" anchor `<span id="more-36977"></span>`, an empty
# `<em></em>`, a stock ticker's empty widget, a span around an image): trafilatura's
# precision mode drops the text that follows it in its paragraph with it ("Wherever it came from,
# you can quit worrying about the birds." and not the 45 words after). It goes; an image in it stays.
WORDLESS_ELEMENT = re.compile(r"<(span|em|i|b|strong|q)\b[^<>]*+>((?:\s|<(?:img|br)\b[^<>]*+>)*+)</\1\s*>", re.I)
WORDLESS_NESTING = 3  # `<span><span></span></span>` goes in two passes
# A photo's caption: a <figcaption>, or an element whose class or id says so ("wp-caption-text",
# "galleryCaption651"), short, as a caption is (a wrapper "has-caption" around a story is not one).
CAPTIONS = (
    "//*[self::figcaption or contains(translate(@class, 'CAPTION', 'caption'), 'caption')"
    " or contains(translate(@id, 'CAPTION', 'caption'), 'caption')]"
)
CAPTION_WORDS = 60
MAX_NESTING = 20  # containers in trafilatura's body read as a body, one inside another
INLINE = {"hi", "ref", "lb", "del"}  # trafilatura's elements inside a paragraph's text
LINE_BREAK = "\x00"  # where a line break stood in a paragraph's text (XML's text never holds it)
SECTION_HEADING = re.compile(r"<h[2-6]\b", re.I)
HEADING_WORDS = 15  # a section's heading is no longer than this
HEADING_LIST = 3  # this many headings in a row over no text (each over a picture) are a list the article reads
OPENING_WORDS = 8  # a block is known by this many of its first words ...
OPENING_CHARS = 1000  # ... read from no more of its text than this
SITE_NAME_CHARS = 3  # a site's name or its address's this long, beside a headline or in a heading, names the site
TITLE_OPENING = re.compile(r"<title\b[^<>]{0,1000}>", re.I)
TITLE_CLOSING = re.compile(r"</title\s*>", re.I)
ROOT_TAG = re.compile(r"<html\b[^<>]{0,1000}+>", re.I)


def clean_html(html: str, url: str = "") -> Article:
    """Extract the article of an HTML page; an empty Article when there is none.

    trafilatura in precision mode first; when that finds nothing, in recall mode. The short blocks
    it takes above the headline are not the article (without_what_tops_headline). When the
    page's JSON-LD carries an `articleBody` far longer than the visible body (a paywall or a
    reprint notice where the article should be), that is the article.
    """
    page = visible_html(html)
    xml = extract(page, url, recall=False) or extract(page, url, recall=True)
    doc = ElementTree.fromstring(xml) if xml else ElementTree.Element("doc")
    main = doc.find("main")
    found = with_lost_headings(blocks(main) if main is not None else [], page)
    title = page_headline(doc, html, found)
    chapters = [Chapter(title="")]
    for kind, text in without_what_tops_headline(found, title):
        if kind == "head" and (text == title or (not chapters[-1].paragraphs and said_in(text, title))):
            continue  # the headline opens the article anyway (above the lead, the title may hold it)
        if kind == "head":
            chapters.append(Chapter(title=text))
        else:
            chapters[-1].paragraphs.append(text)
    chapters = with_heading_lists_read(chapters)
    for post in embedded_posts(page):
        place_post(chapters, post)
    body = " ".join(p for chapter in chapters for p in chapter.paragraphs)
    metadata = json_ld_article(html)
    hidden_body = metadata.get("articleBody", "")
    if len(hidden_body.split()) >= MIN_JSON_LD_WORDS and len(hidden_body.split()) > 2 * len(body.split()):
        chapters = [Chapter(title="", paragraphs=paragraphs_of(hidden_body))]
        body = hidden_body
        title = title or metadata.get("headline", "")
    declared = HTML_LANG.search(html[:5000])
    return Article(
        title=title,
        chapters=chapters,
        byline=doc.get("author") or "",
        source=doc.get("sitename") or doc.get("hostname") or "",
        date=doc.get("date") or "",
        url=url or doc.get("url") or "",
        language=page_language(declared.group(1).lower(), body) if declared else detect_language(body),
        image=lead_image(html),
    )


def with_heading_lists_read(chapters: list[Chapter]) -> list[Chapter]:
    """The chapters that hold paragraphs, with each run of HEADING_LIST or more headings that stand
    over nothing but a picture (a gallery's thirty designs, each named) read as the list it is, in
    the chapter before it, where the article stands above and below it. A single empty heading
    marks no chapter; a run above the article's first text (a toolbar's "Search", "Archive") or
    below its last (other stories' headlines) is not the article's."""
    kept: list[Chapter] = []
    bare: list[str] = []  # the headings in a row so far with nothing under them
    for chapter in chapters:
        if not chapter.paragraphs:
            bare += [chapter.title] if chapter.title else []
            continue
        if len(bare) >= HEADING_LIST and kept:
            kept[-1].paragraphs += bare
        bare = []
        kept.append(chapter)
    return kept


def said_in(heading: str, title: str) -> bool:
    """Whether the title holds the heading's words ("Blog: Headline" holds "Headline")."""
    return contains(title_words(title), title_words(heading)) if title_words(heading) else False


def with_lost_headings(found: list[tuple[str, str]], html: str) -> list[tuple[str, str]]:
    """trafilatura's blocks with the section headings it dropped put back: on a page whose
    headings and paragraphs stand straight in its body (a project's documentation, a plain static
    page), its fallback extractors keep the paragraphs and lose every heading, and the sections
    play with no label. A heading goes back above the block that follows it on the page, unless it
    is a byline or a date set as a heading."""
    if not SECTION_HEADING.search(html):
        return found
    kept = {text for kind, text in found if kind == "head"}
    above = headings_above(html)
    restored: list[tuple[str, str]] = []
    for kind, text in found:
        heading = above.get(title_words(text)[:OPENING_WORDS]) if kind == "p" else None
        if heading and heading not in kept and not (restored and restored[-1][0] == "head") and not dated(heading):
            restored.append(("head", heading))
            kept.add(heading)
        restored.append((kind, text))
    return restored


def dated(heading: str) -> bool:
    """Whether a heading is a byline or a date ("1:18PM Tuesday January 15, 2008 By Telford Vice")."""
    line = make_lines([heading], "en")[0]  # the language weighs only stopwords, which these tests do not ask
    return bool(DATE_LINE.fullmatch(heading)) or is_byline(line) or is_timestamp(line)


def headings_above(html: str) -> dict[tuple[str, ...], str]:
    """Each `<h2>` to `<h6>` of the page, by the opening words of the block that follows it."""
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    above: dict[tuple[str, ...], str] = {}
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        text = " ".join(heading.text_content().split())
        following = heading.getnext()
        opening: tuple[str, ...] = ()
        while following is not None and not (opening := opening_words(following)):
            following = following.getnext()  # past a comment, an empty element
        if text and len(text.split()) <= HEADING_WORDS and opening:
            above.setdefault(opening, text)
    return above


def opening_words(element: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The first OPENING_WORDS words of an element's text, read no further than they reach (the
    element after a heading may hold the rest of the page)."""
    if not isinstance(element.tag, str):
        return ()  # a comment
    text = ""
    for piece in element.itertext():
        text += piece[:OPENING_CHARS]
        if len(text) > OPENING_CHARS or (piece.strip() and len(title_words(text)) > OPENING_WORDS):
            break
    return title_words(text)[:OPENING_WORDS]


def page_headline(doc: ElementTree.Element, html: str, found: list[tuple[str, str]]) -> str:
    """The article's headline: its first heading, where that is one end of the page's `<title>`
    ("What Is Ownership? - The Rust Programming Language", "SFGate: Daily Dish : Ronson Denies
    Winehouse Affair") and not the site's name; else trafilatura's title. trafilatura takes a page's
    only `<h1>` for the title, or a `class="title"` element, and many pages set their site's name
    there (mdBook, blog themes), or a box's label ("Share this:", "Blogroll")."""
    title = doc.get("title") or ""
    heading = next((text for kind, text in found if kind == "head"), "")
    parts = [words for part in TITLE_SEPARATORS.split(page_title_text(html)) if (words := title_words(part))]
    heading_words, title_found = title_words(heading), title_words(title)
    if (
        len(parts) < 2
        or heading_words not in (parts[0], parts[-1])
        or heading_words == title_found
        or names_site(heading, doc)
    ):
        return title
    # Of the title's two ends, one is the site's name: the title found where it is one of them, or
    # else the shorter. A title found that holds none of the title's parts is a box's label.
    unrelated = not any(contains(title_found, part) for part in parts)
    return heading if title_found in parts or unrelated or heading_words == max(parts, key=len) else title


def page_title_text(html: str) -> str:
    """The text of the page's `<title>` ("" if none)."""
    opening = TITLE_OPENING.search(html)
    closing = TITLE_CLOSING.search(html, opening.end()) if opening else None
    return html_module.unescape(html[opening.end() : closing.start()]) if opening and closing else ""


def names_site(heading: str, doc: ElementTree.Element) -> bool:
    """Whether the heading holds the site's name, or its address's ("PETER SHANKMAN" on shankman.com)."""
    said = squeezed(heading)
    names = [squeezed(doc.get("sitename") or ""), site_of(doc.get("url") or f"//{doc.get('hostname') or ''}")]
    return any(len(name) >= SITE_NAME_CHARS and (name in said or said in name) for name in names)


def site_of(url: str) -> str:
    """A web address's site name: `https://www.bbc.co.uk/news` -> bbc."""
    labels = [label for label in (urlsplit(url).hostname or "").split(".") if label != "www"][:-1]
    if len(labels) > 1 and len(labels[-1]) <= 3:  # co.uk, com.au
        labels.pop()
    return squeezed(labels[-1]) if labels else ""


def squeezed(text: str) -> str:
    """Letters and digits only, lower-cased: "The Paradigm" and "theparadigm.com" meet."""
    return "".join(char for char in text.lower() if char.isalnum())


def without_what_tops_headline(found: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    """trafilatura's blocks without the short ones above the headline (a menu, a date, a banner,
    other stories' headlines), where fewer words stand above it than below. A paragraph of prose
    there stays: some pages set the lead above the headline ("LONDON — To many in Britain, ...")."""
    at = next((index for index, (kind, text) in enumerate(found) if kind == "head" and text == title), 0)
    above, below = (sum(len(text.split()) for _, text in part) for part in (found[:at], found[at:]))
    if above >= below:
        return found
    return [block for block in found[:at] if is_lead_prose(*block)] + found[at:]


def is_lead_prose(kind: str, text: str) -> bool:
    return kind == "p" and len(text.split()) >= LEAD_WORDS and bool(SENTENCE_END.search(text))


@dataclass
class QuotedPost:
    """A post a page quotes, and the text of the block before it on the page, which says where
    it stands in the article."""

    after: str
    author: str
    text: str

    @property
    def paragraph(self) -> str:
        return f"{self.author}: {self.text}" if self.author else self.text


def embedded_posts(html: str) -> list[QuotedPost]:
    posts: list[QuotedPost] = []
    last_end = -1
    for match in EMBEDDED_POST.finditer(html):
        text = plain(LINK_AS_TEXT.sub(" ", match.group(1)))
        author = plain(match.group(2)).lstrip("—–- ").split(" (@")[0].strip()
        if posts and not plain(html[last_end : match.start()]):  # right after the post before it
            after = posts[-1].paragraph
        else:
            preceding = TRAILING_TAGS.sub("", html[max(0, match.start() - 5000) : match.start()])
            after = plain(BLOCK_TAG.split(preceding)[-1])
        if text and after:
            posts.append(QuotedPost(after, author, text))
        if len(posts) == MAX_POSTS:
            break
        last_end = match.end()
    return posts


def plain(fragment: str) -> str:
    return " ".join(html_module.unescape(TAG.sub(" ", fragment)).split())


def place_post(chapters: list[Chapter], post: QuotedPost) -> None:
    """Put a post after the paragraph that ends with the block before it on the page; nowhere
    if that paragraph is not in the body, or if the body holds the post already."""
    paragraphs = [(chapter, index) for chapter in chapters for index in range(len(chapter.paragraphs))]
    if any(post.text in chapter.paragraphs[index] for chapter, index in paragraphs):
        return
    for chapter, index in paragraphs:
        if chapter.paragraphs[index].endswith(post.after):
            chapter.paragraphs.insert(index + 1, post.paragraph)
            return


def page_text(html: str) -> str:
    """The page as a reader gets it by selecting all its text and copying it, a line a block,
    without the photos' captions: a gallery's hundred captions inside a story read like prose to
    the line model, which would take them for more of the article than trafilatura found."""
    page = html_text.parse_html(visible_html(html))
    for caption in page.xpath(CAPTIONS):
        if len(caption.text_content().split()) <= CAPTION_WORDS and caption.getparent() is not None:
            caption.drop_tree()
    return html_text.extract_text(page, guess_layout=True)


def lead_image(html: str) -> str:
    """The page's own image (og:image, twitter:image, image_src), read from its head."""
    metadata = head_metadata(html)
    return (metadata.image or "") if metadata else ""


def page_description(html: str) -> str:
    """The page's description of itself (its description, og:description or twitter:description)."""
    metadata = head_metadata(html)
    return (metadata.description or "") if metadata else ""


def head_metadata(html: str) -> trafilatura.metadata.Document | None:
    """trafilatura's metadata of the page's head alone: what the page says of itself."""
    head = html[: html.find("</head>") + 7] if "</head>" in html else html[:100_000]
    return trafilatura.extract_metadata(head + "<body></body></html>")


def readers_comments(html: str, url: str = "") -> str:
    """The readers' comments trafilatura's comment finder sees on the page, as plain text.

    Asked apart from the article: with the comments asked for, trafilatura takes some pages'
    comments for their article."""
    xml = extract(visible_html(html), url, recall=False, comments=True)
    comments = ElementTree.fromstring(xml).find("comments") if xml else None
    return " ".join(comments.itertext()) if comments is not None else ""


def recall_mode_text(html: str, url: str = "") -> str:
    """The text of the article trafilatura finds in its recall mode, which takes in more of the
    page than its precision mode."""
    xml = extract(visible_html(html), url, recall=True)
    main = ElementTree.fromstring(xml).find("main") if xml else None
    return " ".join(main.itertext()) if main is not None else ""


def extract(html: str, url: str, recall: bool, comments: bool = False) -> str | None:
    """trafilatura's XML of the page, in its precision mode or its recall mode, with the readers'
    comments it finds or without."""
    return trafilatura.extract(
        html, url=url or None, output_format="xml", with_metadata=True, include_comments=comments,
        favor_precision=not recall, favor_recall=recall,
    )  # fmt: skip


def json_ld_article(html: str) -> dict[str, str]:
    """The first JSON-LD object of the page with an `articleBody`: its text fields."""
    for block in JSON_LD.findall(html):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in json_ld_items(data):
            if isinstance(item.get("articleBody"), str):
                return {key: value for key, value in item.items() if isinstance(value, str)}
    return {}


def json_ld_items(data: object, depth: int = 0) -> list[dict]:
    """Every object in a JSON-LD document (top level, lists, `@graph`), a few levels deep."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [item for element in data for item in json_ld_items(element, depth + 1)]
    if isinstance(data, dict):
        return [data, *json_ld_items(data.get("@graph", []), depth + 1)]
    return []


def paragraphs_of(text: str) -> list[str]:
    """A JSON-LD body's paragraphs: its lines, when it has them."""
    text = html_module.unescape(re.sub(r"<[^>]+>", " ", text))
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def visible_html(html: str) -> str:
    """The page without what would break or stall the parser, without what a browser never
    shows (`<template>`, elements marked `hidden`) and without blocks of code; a span inside a
    sentence that trafilatura would drop with its words is a plain span, and an element that holds
    no words, after which it would drop the rest of the paragraph, is gone."""
    html = closed_title(open_root(CHARACTER_REFERENCE.sub(keep_xml_character, html)))
    html = REPEATED_CLOSING_TAGS.sub(r"\1", REPEATED_TAGS.sub(r"\1", html))
    html = SPAN_START.sub(unboxed, CODE_BLOCK.sub("", INVISIBLE.sub("", html)))
    html = HEADING_SELF_LINK.sub(r"\1", PERMALINK_MARK.sub("", html))
    for _ in range(WORDLESS_NESTING):
        html = WORDLESS_ELEMENT.sub(r"\2", html)
    return html


def unboxed(span: re.Match) -> str:
    """A span's start tag inside a sentence, as a plain `<span>` where trafilatura would drop it."""
    attributes = span.group(1)
    classes = CLASSES.search(attributes)
    boxed = (classes and "link" in classes.group(1).lower().split()) or BORDERED.search(attributes)
    in_sentence = IN_SENTENCE.search(span.string, max(0, span.start() - 10), span.start())
    return "<span>" if boxed and in_sentence and not HIDING.search(attributes) else span.group(0)


def open_root(html: str) -> str:
    """The page with an `<html ... />` start tag that closes on itself (a damaged page, its head cut
    off mid-tag: "<html xmogo.jpg" alt="..." />") left open: a browser ignores the slash, but the
    parser ends the page there and reads nothing of it."""
    root = ROOT_TAG.search(html)
    if not root or not root.group(0).endswith("/>"):
        return html
    return f"{html[: root.end() - 2]}>{html[root.end() :]}"


def closed_title(html: str) -> str:
    """The page with a `<title>` it left open (a damaged head) closed where its line or its text
    ends: left open, the parser takes the rest of the page, the article with it, for the title."""
    opening = TITLE_OPENING.search(html)
    if not opening or TITLE_CLOSING.search(html, opening.end()):
        return html
    ends = [at for at in (html.find("\n", opening.end()), html.find("<", opening.end())) if at >= 0]
    end = min(ends, default=len(html))
    return f"{html[:end]}</title>{html[end:]}"


def keep_xml_character(reference: re.Match) -> str:
    """A numeric character reference, or nothing if it names a character XML cannot hold."""
    hexadecimal, decimal = reference.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    allowed = (
        code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
    )
    return reference.group(0) if allowed else ""


def blocks(main: ElementTree.Element, depth: int = 0) -> list[tuple[str, str]]:
    """trafilatura's XML body as ("head" or "p", text) pairs, in order.

    A list item or a table's row is a paragraph of its own; text between elements (trafilatura
    leaves some after headings), with the emphasis and links in it, is too. A row whose cells hold
    paragraphs or headings is a page laid out in a table (the article, its menus and a news list
    in one cell), not a table's row: its cells are read as a body is; so is a `<div>` that holds
    them (trafilatura passes on some pages' containers whole), or its headings and paragraphs
    would be heard as one paragraph. Containers nested deeper than MAX_NESTING are read as a
    paragraph each.
    """
    found: list[tuple[str, str | None]] = []
    running = [main.text]  # text between blocks, and the inline elements in it
    for element in main:
        if element.tag in INLINE:
            running += [text_of(element), element.tail]
            continue
        found.append(("p", " ".join(filter(None, running))))
        if element.tag == "table":
            for row in element.findall("./row"):
                if depth < MAX_NESTING and holds_blocks(row):
                    found += [block for cell in row for block in blocks(cell, depth + 1)]
                else:
                    found.append(("p", row_text([lines_of(cell) for cell in row])))
        elif element.tag == "div" and depth < MAX_NESTING and holds_blocks(element):
            found += blocks(element, depth + 1)
        else:
            items = element.findall("./item") if element.tag == "list" else [element]
            kind = "head" if element.tag == "head" else "p"
            found += [(kind, text_of(item)) for item in items]
        running = [element.tail]
    found.append(("p", " ".join(filter(None, running))))
    return [(kind, joined_lines(text.split(LINE_BREAK))) for kind, text in found if text and text.strip()]


def text_of(element: ElementTree.Element) -> str:
    """An element's text, with LINE_BREAK where a line break (`<lb/>`) stands in it."""
    return " ".join(pieces_of(element))


def pieces_of(element: ElementTree.Element) -> Iterator[str]:
    """An element's text and its children's, in order, with LINE_BREAK for each line break."""
    if element.tag == "lb":
        yield LINE_BREAK
    if element.text:
        yield element.text
    for child in element:
        yield from pieces_of(child)
        if child.tail:
            yield child.tail


def lines_of(element: ElementTree.Element) -> str:
    """An element's text as one line, its line breaks heard as `joined_lines` hears them."""
    return joined_lines(text_of(element).split(LINE_BREAK))


def holds_blocks(element: ElementTree.Element) -> bool:
    """Whether a container (a table's row, a `<div>`) holds paragraphs, headings or lists, in its
    cells or itself."""
    return any(
        child.find(tag) is not None or child.tag == tag for child in element for tag in ("p", "head", "list", "div")
    )
