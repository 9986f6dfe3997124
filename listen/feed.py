"""Listen anywhere: a podcast feed (feed.xml) and a web player (index.html) of an output folder.

Every article folder under OUT (one with an article.json, written by export.py) becomes an
episode: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, made with feedgen. The
player is one self-contained HTML page (player.html beside this module) with the article
list embedded, so it works from file:// as well as from `listen serve`.

The feed's title and base URL are kept in OUT/.listen-feed.json, so that a later convert or
batch into OUT can bring the feed and player up to date (`refresh`).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import srt
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from .artwork import COVER, card
from .errors import ListenError
from .formats import FORMATS
from .output import write_atomically
from .transcript import JSON_MIME, SRT_MIME, VTT_MIME

SETTINGS = ".listen-feed.json"
PODCAST_NAMESPACE = "https://podcastindex.org/namespace/1.0"
PLAYER = Path(__file__).with_name("player.html")
DEFAULT_TITLE = "Articles, read aloud"
FEED_COVER = "feed.jpg"  # the podcast's cover, beside feed.xml (each article's is its folder's cover.jpg)
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
# What XML 1.0 cannot hold: feedgen and lxml refuse a document with any of these.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Characters that must not appear as themselves in a <script> block of JSON.
SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}  # fmt: skip


@dataclass
class Episode:
    folder: Path  # relative to OUT
    article: dict
    chapters: list[dict]
    audio_bytes: int
    published: datetime
    transcript: list[dict]  # Podcasting 2.0 transcript segments ([] for articles made before transcripts)

    def alternates(self, out: Path) -> list[tuple[str, str, int]]:
        """(file name, MIME type, bytes) of the article's audio in other formats beside the main one."""
        stem = Path(self.article["audio"]).stem
        found = []
        for extension, fmt in FORMATS.items():
            path = out / self.folder / f"{stem}.{extension}"
            if path.name != self.article["audio"] and path.is_file():
                found.append((path.name, fmt.mime, path.stat().st_size))
        return found

    def transcripts(self, out: Path) -> list[tuple[str, str]]:
        """(file name, MIME type) of the transcripts in the article's folder, VTT first."""
        stem = Path(self.article["audio"]).stem
        names = [(f"{stem}.vtt", VTT_MIME), (f"{stem}.srt", SRT_MIME), ("transcript.json", JSON_MIME)]
        return [(name, mime) for name, mime in names if (out / self.folder / name).is_file()]


def episodes(out: Path) -> list[Episode]:
    """Every converted article under OUT, newest first."""
    found = []
    for article_json in sorted(out.rglob("article.json")):
        folder = article_json.parent
        if any(part.startswith(".") for part in folder.relative_to(out).parts):
            continue  # a run's temporary folder
        try:
            article = json.loads(article_json.read_text(encoding="utf-8"))
            chapters = json.loads((folder / "chapters.json").read_text(encoding="utf-8"))["chapters"]
            size = (folder / article["audio"]).stat().st_size
        except (OSError, ValueError, KeyError):
            continue  # not a complete article folder
        found.append(Episode(folder.relative_to(out), article, chapters, size, published(article, folder),
                             transcript_segments(folder)))  # fmt: skip
    return sorted(found, key=lambda episode: episode.published, reverse=True)


def transcript_segments(folder: Path) -> list[dict]:
    """The sentences the player shows; where the JSON's segments are words (`--words`), the
    SubRip file's sentences, each with the times of the words inside it."""
    try:
        segments = json.loads((folder / "transcript.json").read_text(encoding="utf-8"))["segments"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if not isinstance(segments, list):
        return []
    sentences = sentence_cues(folder)
    if len(sentences) >= len(segments):
        return segments
    return [
        sentence | {"words": [[word["startTime"], word["body"]] for word in segments
                              if sentence["startTime"] - 0.002 <= word["startTime"] <= sentence["endTime"]]}
        for sentence in sentences
    ]  # fmt: skip


def sentence_cues(folder: Path) -> list[dict]:
    """The SubRip transcript's cues (a sentence each) as JSON segments; none when it is missing."""
    try:
        subtitles = list(srt.parse(next(folder.glob("*.srt")).read_text(encoding="utf-8")))
    except (OSError, StopIteration, srt.SRTParseError):
        return []
    return [{"startTime": round(sub.start.total_seconds(), 3), "endTime": round(sub.end.total_seconds(), 3),
             "body": sub.content} for sub in subtitles]  # fmt: skip


def published(article: dict, folder: Path) -> datetime:
    """The article's own date, else when it was converted."""
    try:
        return datetime.fromisoformat(article.get("date", "")).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp((folder / "article.json").stat().st_mtime, UTC)


class PodcastIndex(BaseExtension):
    """The Podcasting 2.0 namespace: the feed's <podcast:guid>, and per episode below."""

    def __init__(self) -> None:
        self.guid = ""

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NAMESPACE}

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        if self.guid:
            etree.SubElement(feed[0], f"{{{PODCAST_NAMESPACE}}}guid").text = self.guid
        return feed


class PodcastIndexEntry(BaseEntryExtension):
    def __init__(self) -> None:
        self.chapters_url = ""
        self.transcripts: list[tuple[str, str]] = []  # (URL, MIME type)
        self.language = ""
        self.alternates: list[tuple[str, str, int]] = []  # (URL, MIME type, bytes)

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.chapters_url:
            element = etree.SubElement(item, f"{{{PODCAST_NAMESPACE}}}chapters")
            element.attrib.update({"url": self.chapters_url, "type": "application/json+chapters"})
        for url, mime in self.transcripts:
            element = etree.SubElement(item, f"{{{PODCAST_NAMESPACE}}}transcript")
            element.attrib.update({"url": url, "type": mime, "language": self.language})
            if mime == VTT_MIME:
                element.set("rel", "captions")  # timed: apps may show it along with the audio
        for url, mime, size in self.alternates:
            alternate = etree.SubElement(item, f"{{{PODCAST_NAMESPACE}}}alternateEnclosure")
            alternate.attrib.update({"type": mime, "length": str(size)})
            etree.SubElement(alternate, f"{{{PODCAST_NAMESPACE}}}source").set("uri", url)
        return item


def write_feed(out: Path, base_url: str = "", title: str = "", email: str = "") -> Path:
    """Write OUT/feed.xml, OUT/index.html and OUT/feed.jpg; remember the title, base URL
    and owner's email for refreshes."""
    if not out.is_dir():
        raise ListenError(f"{out} is not a folder of converted articles")
    title = title or DEFAULT_TITLE
    base = (base_url or "").rstrip("/") + "/" if base_url else ""
    items = episodes(out)
    write_atomically(out / FEED_COVER, card(title, "A podcast of articles"))
    feed = FeedGenerator()
    feed.load_extension("podcast")
    feed.register_extension("podcastindex", PodcastIndex, PodcastIndexEntry)
    feed.title(xml_text(title))
    feed.link(href=base or "http://localhost/", rel="alternate")
    feed.description(f"Articles converted to audio by listen ({len(items)} episodes).")
    feed.language((items[0].article.get("language") if items else None) or "en")
    feed.podcast.itunes_category("News")
    feed.podcast.itunes_explicit("no")
    feed.podcast.itunes_author(xml_text(title))
    feed.podcast.itunes_image(base + FEED_COVER)
    feed.image(url=base + FEED_COVER, title=xml_text(title), link=base or "http://localhost/")
    if email:
        feed.podcast.itunes_owner(name=xml_text(title), email=xml_text(email))
    feed.podcastindex.guid = podcast_guid(base + "feed.xml" if base else out.resolve().as_uri() + "/feed.xml")
    for episode in reversed(items):  # feedgen puts the last added first
        article = episode.article
        folder_url = base + quote(episode.folder.as_posix()) + "/"
        entry = feed.add_entry()
        entry.id(guid(episode))
        entry.guid(guid(episode), permalink=False)
        entry.title(xml_text(article["title"]))
        if article.get("url"):
            entry.link(href=xml_text(article["url"]))
        if article.get("byline"):
            entry.author({"name": xml_text(article["byline"]), "email": ""})
            entry.podcast.itunes_author(xml_text(article["byline"]))
        entry.pubDate(episode.published)
        entry.description(description(article))
        entry.enclosure(folder_url + quote(article["audio"]), str(episode.audio_bytes), article["mime"])
        entry.podcastindex.alternates = [
            (folder_url + quote(name), mime, size) for name, mime, size in episode.alternates(out)
        ]
        if (out / episode.folder / COVER).is_file():
            entry.podcast.itunes_image(folder_url + COVER)
        entry.podcast.itunes_duration(round(article["duration"]))
        entry.podcastindex.chapters_url = folder_url + "chapters.json"
        entry.podcastindex.transcripts = [(folder_url + quote(name), mime) for name, mime in episode.transcripts(out)]
        entry.podcastindex.language = article.get("language") or "en"
    feed_path = out / "feed.xml"
    write_atomically(feed_path, feed.rss_str(pretty=True))
    write_atomically(out / "index.html", player_page(title, items).encode("utf-8"))
    write_atomically(out / SETTINGS, json.dumps({"base_url": base_url, "title": title, "email": email}).encode())
    return feed_path


def podcast_guid(feed_url: str) -> str:
    """Podcasting 2.0's <podcast:guid>: UUIDv5 of the feed's URL without its scheme or a trailing slash."""
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, re.sub(r"^[a-z][a-z0-9+.-]*://", "", feed_url).rstrip("/")))


def refresh(out: Path) -> list[str]:
    """After a convert or batch: bring an existing feed and player up to date. Returns
    warnings (a damaged settings file is set aside and the feed rebuilt with defaults)."""
    settings = out / SETTINGS
    if not settings.exists():
        return []
    known = remembered(out)
    if known is None:
        aside = settings.with_name(f"{SETTINGS}.damaged")
        settings.replace(aside)
        write_feed(out)
        return [f"{settings} was damaged: set aside as {aside.name}; the feed uses the default title"]
    write_feed(out, known["base_url"], known["title"], known["email"])
    return []


def remembered(out: Path) -> dict[str, str] | None:
    """The feed's base URL, title and owner's email as `listen feed` last wrote them (empty
    when it never did); None when the file that keeps them is damaged."""
    try:
        known = json.loads((out / SETTINGS).read_text(encoding="utf-8"))
    except FileNotFoundError:
        known = {}
    except (OSError, ValueError):
        return None
    if not isinstance(known, dict):
        return None
    values = {key: known.get(key, "") for key in ("base_url", "title", "email")}
    return values if all(isinstance(value, str) for value in values.values()) else None


def guid(episode: Episode) -> str:
    """Stable across rebuilds: the article's URL (or folder) and its audio's name."""
    key = f"{episode.article.get('url') or episode.folder.as_posix()}|{episode.article['audio']}"
    return "listen-" + hashlib.sha1(key.encode()).hexdigest()


def xml_text(text: str) -> str:
    return NOT_XML.sub("", text)


def description(article: dict) -> str:
    """The article's text as HTML, each paragraph escaped: feed readers render a description
    as HTML, so text that looks like markup must stay text."""
    blocks = [*article.get("summary", [])]
    for chapter in article.get("chapters", []):
        blocks += ([chapter["title"]] if chapter.get("title") else []) + chapter["paragraphs"]
    return xml_text("".join(f"<p>{html.escape(block)}</p>" for block in blocks))


def player_page(title: str, items: list[Episode]) -> str:
    """The player with the article list embedded (file:// pages cannot fetch JSON)."""
    library = [
        {
            "id": guid(episode),
            "title": episode.article["title"],
            "byline": episode.article.get("byline") or episode.article.get("source", ""),
            "audio": quote(f"{episode.folder.as_posix()}/{episode.article['audio']}"),
            "duration": episode.article["duration"],
            "words": episode.article["words"],
            "chapters": [{"title": c["title"], "start": c["startTime"]} for c in episode.chapters],
            "transcript": [
                [s["startTime"], s["endTime"], s["body"], *([s["words"]] if s.get("words") else [])]
                for s in episode.transcript
            ],  # fmt: skip
        }
        for episode in items
    ]
    values = {
        "TITLE": html.escape(title),
        "LIBRARY": json.dumps(library, ensure_ascii=False).translate(SCRIPT_UNSAFE),
    }
    page = PLAYER.read_text(encoding="utf-8")  # one pass: no value is searched for a {{NAME}}
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda match: values[match.group(1)], page)
