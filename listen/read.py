"""Stage 1, read: get the text of an input (file, URL, `-` for stdin) and tell what kind it is.

Everything a later stage meets is clean Unicode with `\\n` line ends: the byte encoding is
detected here, binary files are refused with the reason, text that was decoded the wrong way
before it reached us is repaired, and control and zero-width characters are dropped.
"""

from __future__ import annotations

import codecs
import configparser
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import ftfy

from .errors import ListenError
from .fetch import fetch, is_web_address

# File signatures of things people keep beside their articles, and what to call them.
BINARY_SIGNATURES = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"ID3", "an MP3 audio file"),
    (b"\xff\xfb", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"RIFF", "a RIFF (WAV or AVI) file"),
    (b"\x7fELF", "a program"),
]
BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.I)
HTML_TAGS = re.compile(r"<(p|div|article|section|h[1-6]|span|a|br|title)\b[^>]*>", re.I)
ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]{0,500}>", re.I)
# A copy holds a tag it quotes now and then; a page's source has one every few dozen characters
# (over 20 per 1,000 on the pages seen; a copied page with quoted markup, at most 8).
SOURCE_TAGS_PER_1000 = 15
MARKDOWN_HEADING = re.compile(r"^#{1,6} \S", re.M)
MARKDOWN_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")
# Controls other than tab and newline, zero-width characters, bidi marks, the BOM, and
# what XML cannot hold (noncharacters such as U+FFFE and U+FFFF, lone surrogates).
UNSPEAKABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ud800-\udfff\ufdd0-\ufdef\ufeff\ufff9-\ufffb\ufffe\uffff]"
)
# Mojibake: UTF-8 that a site, a browser or an editor read as Windows-1252 or Latin-1 somewhere
# before the text reached us ("the writersâ€™ strike", "Â£200m"), which a voice would say letter by
# letter. It always shows a lead byte's character (Â to ô) before a continuation byte's, as either
# code shows it: only a text that holds such a pair is given to ftfy, whose own check reads a page's
# source slowly (29 ms a page of articles-dev's HTML, 167 KB on average), and ftfy repairs its
# encoding alone (quotes, ligatures, widths, entities and line ends stay as they are).
CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + bytes(range(0x80, 0xC0)).decode("latin-1")
MOJIBAKE_PAIR = re.compile(f"[\u00c2-\u00f4][{re.escape(CONTINUATION)}]")
REPAIRS = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
)
TEXT_SUFFIXES = {".txt", ".text"}
SHORTCUT_SUFFIX = ".url"  # an Internet shortcut: an INI file whose URL= line names the page


@dataclass
class Source:
    """The text of one input, decoded; `kind` is "html", "markdown" or "text"."""

    name: str
    kind: str
    text: str
    url: str = ""


def read_source(location: str, max_bytes: int, data: bytes | None = None) -> Source:
    """Read a path, an http(s) URL, a `.url` shortcut file or `-` (stdin), refusing more than
    `max_bytes`; `data` is the input's bytes when they were read already (stdin in a batch, a
    feed entry's full text: then a URL is where the page lives, not fetched).
    Only a `.url` file is followed to the page it names, and only over http(s)."""
    url = ""
    if is_web_address(location):
        if data is None:
            data, url = fetch(location, max_bytes)
        else:  # a page read already: a feed entry's full text
            check_size(data, location, max_bytes)
            url = location
    else:
        if data is None:
            data = read_bytes(location, max_bytes)
        check_size(data, location, max_bytes)
        if location.lower().endswith(SHORTCUT_SUFFIX):
            data, url = fetch(shortcut_url(decode(data, location), location), max_bytes)
    text = decode(data, url or location)
    return Source(name=location, kind=detect_kind(text, location), text=text, url=url)


def shortcut_url(text: str, location: str) -> str:
    """The address in an Internet shortcut (`[InternetShortcut]` then `URL=...`)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
        return parser.get("InternetShortcut", "URL").strip()
    except configparser.Error:
        raise ListenError(f"{location}: not an Internet shortcut (no [InternetShortcut] URL=)") from None


def read_bytes(location: str, max_bytes: int) -> bytes:
    if location == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(location)
        if not path.exists():
            raise ListenError(f"{location}: no such file")
        if path.is_dir():
            raise ListenError(f"{location} is a folder, not an article")
        try:
            with path.open("rb") as file:
                data = file.read(max_bytes + 1)
        except OSError as error:
            raise ListenError(f"cannot read {location}: {error.strerror}") from None
    check_size(data, location, max_bytes)
    return data


def check_size(data: bytes, location: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        megabytes = max_bytes / 1_000_000
        raise ListenError(f"{location} is larger than the {megabytes:g} MB limit (raise it with --max-size)")


def decode(data: bytes, location: str) -> str:
    """Bytes to clean text: BOM, then UTF-8, then a detected legacy encoding."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ListenError(f"{location} is {what}, not an article")
    text = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise ListenError(f"{location} is binary, not an article") from None
            text = str(best)
    return normalize(text)


def normalize(text: str) -> str:
    """Repair mojibake, unify line ends and drop characters no voice should see (NUL, controls,
    zero-width). The repair comes first: it needs the control characters that mojibake holds."""
    if MOJIBAKE_PAIR.search(text):
        text = ftfy.fix_text(text, REPAIRS)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return UNSPEAKABLE.sub("", unicodedata.normalize("NFC", text))


def detect_kind(text: str, location: str) -> str:
    """A page that starts as HTML is HTML, whatever its name. Otherwise a `.txt` file is the text
    a reader copied (which may quote a tag or a `#`) unless it opens as Markdown or is markup
    through and through (a page's source saved as text), a `.md` file is Markdown; without a
    telling name (stdin, a URL), markup dense enough to be the page's own decides."""
    head = text[:20_000]
    suffix = Path(location).suffix.lower()
    if HTML_START.match(head):
        return "html"
    if suffix in TEXT_SUFFIXES and len(ANY_TAG.findall(head)) >= max(100, SOURCE_TAGS_PER_1000 * len(head) / 1000):
        return "html"  # the page's source saved as text (what is left of it, maybe without its head)
    if suffix in TEXT_SUFFIXES:  # Markdown saved as .txt opens with its `# Headline`
        return "markdown" if MARKDOWN_HEADING.match(head.lstrip()) else "text"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if len(HTML_TAGS.findall(head)) >= max(3, len(head) // 1000):
        return "html"
    if MARKDOWN_HEADING.search(head) or len(MARKDOWN_LINK.findall(head)) >= 2:
        return "markdown"
    return "text"
