"""A site's RSS or Atom feed, read as the articles it offers.

The feed is fetched like any page (http and https only, checked redirects, a size limit, a
deadline) and asked again with its ETag and Last-Modified, so an unchanged feed costs one
request and a 304. feedparser reads the bytes; it never fetches anything itself and expands
no external entity. An entry carrying the whole article (content:encoded, Atom content) is
read from the feed; one carrying a summary is fetched from its link when it is converted.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass

import feedparser

from .errors import ListenError
from .fetch import get, is_private, is_web_address, parse_address, shorten

FEED_TYPES = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
FULL_TEXT_WORDS = 150  # an entry's content this long is the article, not a teaser of it
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """One article a feed offers. `text` is the whole article as HTML, when the feed holds it."""

    id: str  # the entry's GUID, or its link: what marks it as taken
    link: str
    title: str
    text: str = ""
    problem: str = ""  # why it cannot be converted (no link, not http), "" when it can


@dataclass(frozen=True)
class FeedAnswer:
    """The feed as fetched now; `changed` is False when the server said 304."""

    changed: bool
    title: str = ""
    entries: tuple[Entry, ...] = ()
    etag: str = ""
    last_modified: str = ""
    private: bool = False  # the feed is on this machine or network: its links may be too


def read_feed(url: str, max_bytes: int, cached: tuple[str, str] = ("", "")) -> FeedAnswer:
    """Fetch and parse the feed at `url`, newest entries first."""
    response = get(url, max_bytes, accept=FEED_TYPES, cached=cached)
    if response.status == 304:
        return FeedAnswer(changed=False, etag=cached[0], last_modified=cached[1])
    parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
    if not parsed.version and not parsed.entries:
        raise ListenError(f"{shorten(url)} is not an RSS or Atom feed")
    entries = sorted(parsed.entries, key=published, reverse=True)
    return FeedAnswer(
        changed=True,
        title=parsed.feed.get("title", ""),
        entries=tuple(make_entry(entry) for entry in entries),
        etag=response.etag,
        last_modified=response.last_modified,
        private=is_private(parse_address(response.url).host),
    )


def reaches_inward(entry: Entry, answer: FeedAnswer) -> str:
    """Why a public feed's entry may not be fetched: its link is on this machine or network
    (the user gave listen the feed, not that address). "" when it may."""
    if entry.text or not entry.link or answer.private or not is_private(parse_address(entry.link).host):
        return ""
    return f"{shorten(entry.link)}: a feed on the web may not send listen to this machine or network"


def published(entry: feedparser.FeedParserDict) -> float:
    """When the entry was published (0 when the feed does not say: feed order is kept)."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.mktime(stamp) if stamp else 0.0


def make_entry(entry: feedparser.FeedParserDict) -> Entry:
    link = entry.get("link", "").strip()
    title = entry.get("title", "").strip() or link
    text = full_text(entry)
    problem = ""
    if not link and not text:
        problem = "the entry has no link and no article text"
    elif link and not is_web_address(link) and not text:
        problem = f"{shorten(link)}: only http and https addresses are fetched"
    if link and not is_web_address(link):
        link = ""
    return Entry(id=entry.get("id", "") or link or title, link=link, title=title, text=text, problem=problem)


def full_text(entry: feedparser.FeedParserDict) -> str:
    """The entry's article as an HTML page, when the feed carries all of it ("" for a teaser)."""
    content = max((part.get("value", "") for part in entry.get("content", [])), key=len, default="")
    return article_page(entry.get("title", ""), content)


def article_page(title: str, content: str) -> str:
    """An article's HTML (from a feed or a read-later export) as a page the cleaner reads, or ""
    when it is too short to be the whole article."""
    if len(TAG.sub(" ", content).split()) < FULL_TEXT_WORDS:
        return ""
    title = html.escape(title)
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{content}</article></body></html>"
