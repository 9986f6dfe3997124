"""The files beside the audio: chapters.json (Podcasting 2.0), a cue sheet, an m3u playlist,
and article.json (the article and how it was spoken, for the feed and the player)."""

from __future__ import annotations

import json
from pathlib import Path

from .ffmpeg import Loudness
from .formats import ChapterMark
from .loudness import TARGET_LUFS
from .model import Article
from .tags import Tags


def write_chapters_json(path: Path, chapters: list[ChapterMark], article: Article) -> None:
    """The Podcasting 2.0 JSON chapters format, which podcast apps show."""
    document = {
        "version": "1.2.0",
        "title": article.title,
        "chapters": [{"startTime": round(c.start, 3), "endTime": round(c.end, 3), "title": c.title} for c in chapters],
    }
    if article.url:
        document["url"] = article.url
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_cue(path: Path, audio_name: str, chapters: list[ChapterMark], article: Article) -> None:
    """A cue sheet over the whole file: one TRACK a chapter, INDEX 01 at its start (mm:ss:ff)."""
    kind = "MP3" if audio_name.endswith(".mp3") else "WAVE"
    lines = [
        f"PERFORMER {quote(article.byline or article.source or 'listen')}",
        f"TITLE {quote(article.title)}",
        f"FILE {quote(audio_name)} {kind}",
    ]
    for number, chapter in enumerate(chapters, start=1):
        frames = round(chapter.start * 75)  # cue sheets count 75 frames a second
        minutes, rest = divmod(frames, 75 * 60)
        lines += [
            f"  TRACK {number:02d} AUDIO",
            f"    TITLE {quote(chapter.title)}",
            f"    INDEX 01 {minutes:02d}:{rest // 75:02d}:{rest % 75:02d}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_playlist(path: Path, chapters: list[ChapterMark], article: Article) -> None:
    """An extended m3u of the chapter files, in order, with their lengths and titles."""
    lines = ["#EXTM3U", f"#PLAYLIST:{article.title}"]
    for chapter in chapters:
        lines += [f"#EXTINF:{round(chapter.end - chapter.start)},{chapter.title}", chapter.file]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def quote(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def write_article_json(
    path: Path, article: Article, tags: Tags, audio: str, duration: float, mime: str, loudness: Loudness | None
) -> None:
    """The cleaned article with its audio file, length, voice and loudness: what feed.py and
    the player read."""
    document = article.to_dict() | {
        "words": article.words,
        "audio": audio,
        "mime": mime,
        "duration": round(duration, 3),
        "voice": tags.voice,
        "speed": tags.speed,
        "loudness": loudness and {
            "integrated_lufs": loudness.integrated_lufs, "sample_peak_dbfs": loudness.sample_peak_dbfs,
            "target_lufs": TARGET_LUFS,
        },
    }  # fmt: skip
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
