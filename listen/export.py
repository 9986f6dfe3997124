"""Stage 6, export: the article's folder: the whole file with chapters, one file a chapter,
chapters.json, a cue sheet, a playlist, and tags on every audio file.

The audio is encoded once, while it is spoken (render.py writes into an Encoder); here the
encoded stream is copied into the whole file with its chapters and tags, and the chapter
files are cut from it, again without encoding (ffmpeg's segment muxer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .ffmpeg import run_ffmpeg
from .model import Article
from .render import RenderedAudio
from .segment import Section
from .sidecars import write_article_json, write_chapters_json, write_cue, write_playlist
from .slug import slugify
from .stopwatch import Stopwatch
from .tags import Tags, write_tags


@dataclass(frozen=True)
class Format:
    extension: str
    codec: tuple[str, ...]
    mime: str
    ffmpeg_chapters: bool  # ffmpeg writes this format's chapters right (see NOTES.md)
    vorbis_chapters: bool  # chapters go in CHAPTERnnn comments, written by tags.py
    # How chapter files are cut from the whole file: copying its packets, unless they are too
    # long to cut at a chapter start within a few milliseconds (PCM comes in 4096-sample ones).
    cut: tuple[str, ...] = ("-c", "copy")


AAC = ("-c:a", "aac", "-b:a", "64k", "-aac_coder", "fast", "-f", "ipod")
FORMATS = {
    "mp3": Format("mp3", ("-c:a", "libmp3lame", "-b:a", "64k", "-compression_level", "9"),
                  "audio/mpeg", True, False,
                  # A cut's first frame is no encoder delay: no LAME header telling players so.
                  cut=("-c", "copy", "-segment_format_options", "write_xing=0")),
    # AAC's "fast" coder and Opus's complexity 5 encode speech 4x faster than the defaults
    # (twoloop, 10), and a speech recognizer hears the same words in either.
    "m4b": Format("m4b", AAC, "audio/mp4", True, False),
    "m4a": Format("m4a", AAC, "audio/mp4", True, False),
    "opus": Format("opus", ("-c:a", "libopus", "-b:a", "32k", "-ar", "24000", "-compression_level", "5"),
                   "audio/ogg", False, True),
    "ogg": Format("ogg", ("-c:a", "libvorbis", "-q:a", "3"), "audio/ogg", False, True),
    "flac": Format("flac", ("-c:a", "flac", "-frame_size", "576"), "audio/flac", False, True),
    "wav": Format("wav", ("-c:a", "pcm_s16le"), "audio/wav", False, False,
                  cut=("-af", "asetnsamples=n=256", "-c:a", "pcm_s16le")),
}  # fmt: skip


@dataclass
class ChapterMark:
    title: str
    start: float  # seconds in the whole file
    end: float
    file: str  # the chapter's own file, relative to the article's folder


@dataclass
class Exported:
    audio: Path
    chapters: list[ChapterMark]
    duration: float


def export(
    rendered: RenderedAudio,
    encoded: Path,
    sections: list[Section],
    article: Article,
    tags: Tags,
    folder: Path,
    slug: str,
    audio_format: str,
    stopwatch: Stopwatch | None = None,
) -> Exported:
    """Write every output file of one article into `folder`, from its `encoded` audio."""
    stopwatch = stopwatch or Stopwatch()
    fmt = FORMATS[audio_format]
    rate = rendered.sample_rate
    duration = rendered.samples / rate
    starts = [start / rate for start in rendered.section_starts]
    ends = starts[1:] + [duration]
    width = max(2, len(str(len(sections))))
    chapters = [
        ChapterMark(
            title=section.title,
            start=start,
            end=end,
            file=f"{number:0{width}d}-{slugify(section.title, 40)}.{fmt.extension}",
        )
        for number, (section, start, end) in enumerate(zip(sections, starts, ends), start=1)
    ]
    whole = folder / f"{slug}.{fmt.extension}"
    metadata = folder / "ffmetadata.txt"
    metadata.write_text(
        ffmetadata(tags, chapters if fmt.ffmpeg_chapters else []), encoding="utf-8"
    )
    with stopwatch.measure("write"):  # the encoded stream is copied, with chapters and tags
        muxer = ("-f", fmt.codec[fmt.codec.index("-f") + 1]) if "-f" in fmt.codec else ()
        run_ffmpeg(
            "-i", str(encoded), "-f", "ffmetadata", "-i", str(metadata),
            "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c", "copy",
            *muxer, str(whole),
        )  # fmt: skip
        metadata.unlink()
        encoded.unlink()
        write_files(whole, chapters, article, tags, folder, slug, fmt, duration)
    return Exported(audio=whole, chapters=chapters, duration=duration)


def write_files(whole, chapters, article, tags, folder, slug, fmt, duration) -> None:
    """Everything but the whole file's encode: tags, chapter files, the sidecars."""
    if fmt.extension != "mp3":  # mutagen would reorder the mp3's CHAP frames; ffmpeg's tags do
        write_tags(whole, tags, chapters if fmt.vorbis_chapters else [])
    cut_chapter_files(whole, chapters, folder, fmt)
    for number, chapter in enumerate(chapters, start=1):
        chapter_tags = tags.for_chapter(chapter.title, number, len(chapters))
        write_tags(folder / chapter.file, chapter_tags, [])
    write_chapters_json(folder / "chapters.json", chapters, article)
    write_article_json(folder / "article.json", article, tags, whole.name, duration, fmt.mime)
    write_cue(folder / f"{slug}.cue", whole.name, chapters, article)
    write_playlist(folder / f"{slug}.m3u", chapters, article)


def cut_chapter_files(whole: Path, chapters: list[ChapterMark], folder: Path, fmt: Format) -> None:
    """Cut the encoded whole file at the chapter starts, copying the stream (no re-encode)."""
    # A cut at every chapter start but the first. With one chapter, one cut after the end:
    # given no times at all, the segment muxer cuts every 2 seconds.
    cuts = [chapter.start for chapter in chapters[1:]] or [chapters[-1].end + 1]
    pattern = folder / f"chapter-%04d.{fmt.extension}"
    muxer = fmt.codec[fmt.codec.index("-f") + 1] if "-f" in fmt.codec else fmt.extension
    run_ffmpeg(
        "-i", str(whole), "-map", "0:a", *fmt.cut, "-map_metadata", "-1",
        "-map_chapters", "-1", "-f", "segment", "-segment_format", muxer,
        "-segment_times", ",".join(f"{cut:.3f}" for cut in cuts), "-reset_timestamps", "1",
        str(pattern),
    )  # fmt: skip
    for number, chapter in enumerate(chapters):
        Path(str(pattern) % number).rename(folder / chapter.file)


def ffmetadata(tags: Tags, chapters: list[ChapterMark]) -> str:
    """ffmpeg's metadata file: the tags, then one [CHAPTER] a section, times in milliseconds."""
    lines = [";FFMETADATA1"]
    lines += [f"{name}={escape_ffmetadata(value)}" for name, value in tags.fields().items()]
    for chapter in chapters:
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(chapter.start * 1000)}",
            f"END={round(chapter.end * 1000)}",
            f"title={escape_ffmetadata(chapter.title)}",
        ]
    return "\n".join(lines) + "\n"


def escape_ffmetadata(value: str) -> str:
    return re.sub(r"([=;#\\\n])", r"\\\1", value)
