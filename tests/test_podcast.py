"""Podcast-grade episodes (#19): cover art in every format and in the feed, and the feed
elements Apple Podcasts, Pocket Casts and AntennaPod read, checked with mutagen, ffprobe,
lxml and feedparser."""

from __future__ import annotations

import base64
import http.server
import io
import subprocess
import uuid
from pathlib import Path

import feedparser
import mutagen
import pytest
from lxml import etree
from mutagen.mp4 import MP4
from PIL import Image

from cli import main
from listen import Settings

from .conftest import EXAMPLE, convert_one, local_site

PODCAST = "{https://podcastindex.org/namespace/1.0}"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
VOICE = ["--voice", "fake:tones", "-q"]  # the tests' fake voice: these tests are about files
BODY = "".join(f"<p>{sentence}</p>" for sentence in EXAMPLE.read_text().split("\n\n")[2:8])


def png(width: int, height: int, colour: str = "#c81e1e") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def page(image: str) -> str:
    return (f'<html><head><title>The tide mill turns again</title><meta property="og:image" content="{image}">'
            f"</head><body><article><h1>The tide mill turns again</h1>{BODY}</article></body></html>")  # fmt: skip


def cover_of(folder: Path) -> Image.Image:
    picture = Image.open(folder / "cover.jpg")
    assert picture.size == (1400, 1400) and picture.format == "JPEG"
    return picture.convert("RGB")


def is_red(picture: Image.Image) -> bool:
    red, green, blue = picture.getpixel((700, 700))
    return red > 180 and green < 60 and blue < 60


def test_the_pages_own_image_is_the_square_cover_in_every_file(tmp_path, runner):
    source = tmp_path / "red.html"
    source.write_text(page("data:image/png;base64," + base64.b64encode(png(1600, 900)).decode()))
    for audio_format in ("mp3", "m4b", "opus", "flac", "ogg"):
        out = tmp_path / audio_format
        result = runner.invoke(main, ["convert", str(source), "-o", str(out), *VOICE, "--format", audio_format])
        assert result.exit_code == 0 and "Warning" not in result.output, result.output
        folder = out / "red"
        assert is_red(cover_of(folder))
        streams = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_type,width:stream_disposition=attached_pic",
                                  "-of", "json", str(folder / f"red.{audio_format}")], capture_output=True, text=True, check=True).stdout  # fmt: skip
        assert '"attached_pic": 1' in streams and '"width": 1400' in streams, (audio_format, streams)
    assert MP4(tmp_path / "m4b" / "red" / "red.m4b")["covr"][0] == (tmp_path / "m4b" / "red" / "cover.jpg").read_bytes()


def test_a_page_without_an_image_gets_a_card_with_its_headline(tmp_path):
    audio = convert_one(EXAMPLE, Settings(voice="fake:tones", output=tmp_path))
    card = cover_of(audio.parent)
    assert not is_red(card) and len(card.resize((50, 50)).getcolors(2500)) > 2  # a colour, and text on it
    apic = mutagen.File(audio).tags.getall("APIC")
    assert apic and apic[0].data == (audio.parent / "cover.jpg").read_bytes()


@pytest.fixture
def image_server():
    served: dict[str, bytes] = {}
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            body = served.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    with local_site(Handler) as url:
        yield url, served, asked


def test_a_fetched_pages_image_is_fetched_a_saved_pages_is_not(tmp_path, runner, image_server):
    base, served, asked = image_server
    served["/red.png"] = png(900, 1200)
    served["/story.html"] = page(f"{base}/red.png").encode()
    result = runner.invoke(main, ["convert", f"{base}/story.html", "-o", str(tmp_path / "web"), *VOICE])
    assert result.exit_code == 0, result.output
    [folder] = [p for p in (tmp_path / "web").iterdir() if p.is_dir()]
    assert is_red(cover_of(folder)) and "/red.png" in asked
    asked.clear()
    saved = tmp_path / "saved.html"
    saved.write_bytes(served["/story.html"])
    result = runner.invoke(main, ["convert", str(saved), "-o", str(tmp_path / "file"), *VOICE])
    assert result.exit_code == 0 and "Warning" not in result.output
    assert asked == [] and not is_red(cover_of(tmp_path / "file" / "saved"))


@pytest.mark.parametrize("name, body", [
    ("text.png", b"this is not an image at all"),
    ("wide.png", png(20_001, 1)),
    ("bomb.png", png(12_000, 12_000)),  # 144 million pixels in a small file
    ("huge.jpg", b"\xff\xd8\xff" + bytes(11_000_000)),
    ("missing.png", None),
])  # fmt: skip
def test_an_image_that_cannot_be_used_gives_a_card_and_a_warning(tmp_path, runner, image_server, name, body):
    base, served, _ = image_server
    if body is not None:
        served[f"/{name}"] = body
    served["/story.html"] = page(f"{base}/{name}").encode()
    result = runner.invoke(main, ["convert", f"{base}/story.html", "-o", str(tmp_path), *VOICE])
    assert result.exit_code == 0, result.output
    assert result.output.count("Warning: ") == 1 and "the cover is a card" in result.output
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert not is_red(cover_of(folder))


def test_the_feed_has_what_podcast_apps_ask_for(tmp_path, runner):
    out = tmp_path / "out"
    for audio_format in ("mp3", "m4b"):
        result = runner.invoke(
            main, ["convert", str(EXAMPLE), "-o", str(out / audio_format), *VOICE, "--format", audio_format]
        )
        assert result.exit_code == 0, result.output
    mp3_folder = out / "mp3" / "tide-mill"
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3_folder / "tide-mill.mp3"), "-c:a", "libopus", "-b:a", "24k",
                    str(mp3_folder / "tide-mill.opus")], check=True)  # fmt: skip
    base = "https://example.org/listen/"
    result = runner.invoke(
        main, ["feed", str(out), "--base-url", base, "--title", "My reading", "--email", "me@example.org"]
    )
    assert result.exit_code == 0, result.output
    channel = etree.parse(str(out / "feed.xml")).getroot()[0]
    assert channel.findtext(f"{PODCAST}guid") == str(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"),
                                                                "example.org/listen/feed.xml"))  # fmt: skip
    assert channel.find(f"{ITUNES}image").get("href") == base + "feed.jpg"
    assert Image.open(out / "feed.jpg").size == (1400, 1400)
    assert channel.findtext(f"{ITUNES}owner/{ITUNES}email") == "me@example.org"
    assert channel.findtext(f"{ITUNES}explicit") == "no" and channel.find(f"{ITUNES}category") is not None
    items = {item.findtext("enclosure") or item.find("enclosure").get("url"): item for item in channel.iter("item")}
    for url, item in items.items():
        folder = out / url.removeprefix(base).rsplit("/", 1)[0]
        assert item.find(f"{ITUNES}image").get("href").endswith("/cover.jpg") and (folder / "cover.jpg").is_file()
    mp3_item = next(item for url, item in items.items() if url.endswith(".mp3"))
    [alternate] = mp3_item.findall(f"{PODCAST}alternateEnclosure")
    assert alternate.get("type") == "audio/ogg" and alternate.find(f"{PODCAST}source").get("uri").endswith(
        "tide-mill.opus"
    )
    assert int(alternate.get("length")) == (mp3_folder / "tide-mill.opus").stat().st_size
    parsed = feedparser.parse(str(out / "feed.xml"))
    assert not parsed.bozo and len(parsed.entries) == 2
    guids = [entry.id for entry in parsed.entries]
    runner.invoke(main, ["feed", str(out), "--base-url", base, "--title", "My reading"])
    assert [entry.id for entry in feedparser.parse(str(out / "feed.xml")).entries] == guids  # stable


@pytest.mark.parametrize("audio_format", ["m4b", "m4a"])
def test_mp4_audio_carries_nero_chapters_for_antennapod(tmp_path, audio_format):
    audio = convert_one(EXAMPLE, Settings(voice="fake:tones", audio_format=audio_format, output=tmp_path))
    chapters = MP4(audio).chapters  # mutagen reads the Nero `chpl` atom
    assert [c.title for c in chapters][:3] == ["Volunteers bring a 200-year-old tide mill back to work",
                                               "At a quarter past six on…", "How a tide mill works"]  # fmt: skip
