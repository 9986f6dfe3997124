"""Reading lists brought over from other services: what a person saved, as jobs to convert.

Read: a Pocket CSV export (title,url,time_added,tags,status; tags split by "|"), an
Instapaper CSV export (URL,Title,Selection,Folder,Timestamp[,Tags]), a Wallabag JSON export
(its articles' text is used as it is), a Readeck JSON list of bookmarks (labels are its
tags), an OPML list of feeds (they become subscriptions), or a plain list of URLs. The
format is told from the content, not the file's name.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

from .errors import ListenError
from .fetch import is_web_address
from .jobs import Job, url_name
from .read import decode, read_bytes
from .sitefeed import article_page
from .slug import slugify

KNOWN = "a Pocket or Instapaper CSV export, a Wallabag or Readeck JSON export, an OPML list of feeds, or a list of URLs"
MAX_IMPORT_BYTES = 100_000_000
INSTAPAPER_FOLDERS = {"unread", "archive", "starred"}  # its own folders, not the reader's tags
TAG_USES = ("genre", "folder")
ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*:\S+", re.I)  # any scheme: a list of URLs, some perhaps not http


@dataclass(frozen=True)
class Saved:
    """One saved article: its address, title, the reader's tags, and its HTML when exported."""

    url: str
    title: str = ""
    tags: tuple[str, ...] = ()
    html: str = ""


@dataclass
class ReadingList:
    format: str
    articles: list[Saved] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # rows without an http(s) address


def read_import(path: str) -> ReadingList:
    """The articles and feeds in an export file, whichever of the KNOWN formats it is."""
    text = decode(read_bytes(path, MAX_IMPORT_BYTES), path).lstrip("\ufeff")
    start = text.lstrip()[:1]
    first_line = text.lstrip().split("\n", 1)[0].lower()
    if start in "[{" and start:
        reading_list = from_json(text, path)
    elif start == "<":
        reading_list = from_opml(text, path)
    elif "url" in first_line and "," in first_line:
        reading_list = from_csv(text, path)
    else:
        reading_list = from_url_list(text, path)
    if not reading_list.articles and not reading_list.feeds:
        raise ListenError(f"{path}: no article or feed addresses found")
    return reading_list


def from_csv(text: str, path: str) -> ReadingList:
    reader = csv.DictReader(io.StringIO(text))
    try:
        rows = list(reader)
    except csv.Error as error:
        raise ListenError(f"{path}: not a CSV file listen can read ({error}); listen imports {KNOWN}") from None
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    if "url" not in columns:
        raise ListenError(f"{path}: a CSV file without a url column; listen imports {KNOWN}")
    if "selection" in columns or "folder" in columns:
        found = ReadingList("Instapaper CSV")
        for row in rows:
            folder = row.get(columns.get("folder", ""), "") or ""
            tags = [folder] if folder and folder.lower() not in INSTAPAPER_FOLDERS else []
            tags += split_tags(row.get(columns.get("tags", ""), "") or "")
            add(found, row.get(columns["url"], ""), row.get(columns.get("title", ""), ""), tags)
        return found
    found = ReadingList("Pocket CSV")
    for row in rows:
        tags = (row.get(columns.get("tags", ""), "") or "").split("|")
        add(found, row.get(columns["url"], ""), row.get(columns.get("title", ""), ""), tags)
    return found


def split_tags(cell: str) -> list[str]:
    """Instapaper writes tags as a JSON list in newer exports, comma-separated in older ones."""
    try:
        tags = json.loads(cell)
    except ValueError:
        return cell.split(",")
    return [str(tag) for tag in tags] if isinstance(tags, list) else []


def from_json(text: str, path: str) -> ReadingList:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ListenError(f"{path}: not valid JSON ({error}); listen imports {KNOWN}") from None
    if isinstance(document, dict):  # {"bookmarks": [...]} or the like
        document = next((value for value in document.values() if isinstance(value, list)), [])
    items = [item for item in document if isinstance(item, dict)] if isinstance(document, list) else []
    if not items or not any("url" in item for item in items):
        raise ListenError(f"{path}: a JSON file, but not a list of saved articles; listen imports {KNOWN}")
    readeck = any("labels" in item for item in items)
    found = ReadingList("Readeck JSON" if readeck else "Wallabag JSON")
    for item in items:
        tags = item.get("labels" if readeck else "tags")
        tags = (
            [tag.get("label", "") if isinstance(tag, dict) else str(tag) for tag in tags]
            if isinstance(tags, list)
            else []
        )
        title = str(item.get("title") or "")
        content = item.get("content")
        add(
            found,
            str(item.get("url") or ""),
            title,
            tags,
            article_page(title, content) if isinstance(content, str) else "",
        )
    return found


def from_opml(text: str, path: str) -> ReadingList:
    try:
        root = ElementTree.fromstring(text)  # expat: no external entities, no entity blow-up
    except ElementTree.ParseError as error:
        raise ListenError(f"{path}: not valid OPML or XML ({error}); listen imports {KNOWN}") from None
    found = ReadingList("OPML")
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if is_web_address(url):
            found.feeds.append(url)
        elif url:
            found.skipped.append(url)
    return found


def from_url_list(text: str, path: str) -> ReadingList:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or not all(ADDRESS.fullmatch(line) for line in lines):
        raise ListenError(f"{path}: not a reading list listen knows; it imports {KNOWN}")
    found = ReadingList("list of URLs")
    for line in lines:
        add(found, line, "", [])
    return found


def add(found: ReadingList, url: str, title: str, tags: list[str], html: str = "") -> None:
    url = url.strip()
    if not is_web_address(url):
        found.skipped.append(url or title or "(a row without an address)")
        return
    found.articles.append(Saved(url, title.strip(), tuple(tag.strip() for tag in tags if tag.strip()), html))


def saved_job(saved: Saved, tags_as: str = "") -> Job:
    """The job for a saved article; its first tag becomes its folder, or its tags its genre."""
    name = slugify(saved.title) or url_name(saved.url) or "article"
    genre = ""
    if saved.tags and tags_as == "folder":
        name = f"{slugify(saved.tags[0]) or 'untagged'}/{name}"
    elif saved.tags and tags_as == "genre":
        genre = ", ".join(saved.tags)
    return Job(saved.url, saved.url, name, saved.html.encode("utf-8") if saved.html else None, genre)
