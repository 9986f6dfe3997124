"""Stage 6, export: the article's folder: the whole file with chapters, one file a chapter,
chapters.json, transcripts, a cue sheet, a playlist, and tags on every audio file.

The audio is encoded once, while it is spoken (render.py writes into an Encoder); here the
encoded stream is copied into the whole file with its chapters and tags, and the chapter
files are cut from it, again without encoding (ffmpeg's segment muxer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .artwork import COVER
from .ffmpeg import Loudness, file_url, run_ffmpeg
from .formats import FORMATS, ChapterMark, Format
from .model import Article
from .render import RenderedAudio
from .segment import Section
from .sidecars import write_article_json, write_chapters_json, write_cue, write_playlist
from .slug import slugify
from .stopwatch import Stopwatch
from .tags import Tags, write_tags
from .transcript import write_transcripts


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
    cover: bytes,
    stopwatch: Stopwatch | None = None,
) -> Exported:
    """Write every output file of one article into `folder`, from its `encoded` audio, with
    `cover` (a square JPEG) as cover.jpg and in the whole file."""
    stopwatch = stopwatch or Stopwatch()
    fmt = FORMATS[audio_format]
    rate = rendered.sample_rate
    duration = rendered.samples / rate
    starts = [start / rate for start in rendered.section_starts]
    ends = starts[1:] + [duration]
    whole = folder / f"{slug}.{fmt.extension}"
    names = chapter_file_names([section.title for section in sections], fmt.extension, whole.name)
    chapters = [
        ChapterMark(title=section.title, start=start, end=end, file=name)
        for section, start, end, name in zip(sections, starts, ends, names)
    ]
    metadata = folder / ".ffmetadata.txt"
    metadata.write_text(ffmetadata(tags, chapters if fmt.ffmpeg_chapters else []), encoding="utf-8")
    (folder / COVER).write_bytes(cover)
    # An MP3's cover goes in with its tags and chapters (mutagen would reorder the CHAP frames).
    picture = (
        ("-i", file_url(folder / COVER), "-map", "2:v", "-disposition:v:0", "attached_pic")
        if fmt.extension == "mp3"
        else ()
    )
    with stopwatch.measure("write"):  # the encoded stream is copied, with chapters and tags
        muxer = ("-f", fmt.codec[fmt.codec.index("-f") + 1]) if "-f" in fmt.codec else ()
        run_ffmpeg(
            "-i", file_url(encoded), "-f", "ffmetadata", "-i", file_url(metadata), *picture,
            "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c", "copy",
            *muxer, file_url(whole),
        )  # fmt: skip
        metadata.unlink()
        encoded.unlink()
        write_files(whole, chapters, article, tags, folder, slug, fmt, duration, rendered.loudness, cover)
        write_transcripts(folder, slug, rendered.cues, rate, article.language)
    return Exported(audio=whole, chapters=chapters, duration=duration)


def write_files(
    whole: Path,
    chapters: list[ChapterMark],
    article: Article,
    tags: Tags,
    folder: Path,
    slug: str,
    fmt: Format,
    duration: float,
    loudness: Loudness | None,
    cover: bytes,
) -> None:
    """Everything but the whole file's encode: tags, chapter files, the sidecars."""
    if fmt.extension != "mp3":  # mutagen would reorder the mp3's CHAP frames; ffmpeg's tags do
        write_tags(whole, tags, chapters if fmt.vorbis_chapters else [], cover)
    cut_chapter_files(whole, chapters, folder, fmt)
    for number, chapter in enumerate(chapters, start=1):
        chapter_tags = tags.for_chapter(chapter.title, number, len(chapters))
        write_tags(folder / chapter.file, chapter_tags, [])
    write_chapters_json(folder / "chapters.json", chapters, article)
    write_article_json(folder / "article.json", article, tags, whole.name, duration, fmt.mime, loudness)
    write_cue(folder / f"{slug}.cue", whole.name, chapters, article)
    write_playlist(folder / f"{slug}.m3u", chapters, article)


def chapter_file_names(titles: list[str], extension: str, reserved: str) -> list[str]:
    """`01-<title>.mp3`, ...: numbered, and never the name of the whole file (an article
    called `01-hello` whose first chapter is "Hello") nor of one another."""
    width = max(2, len(str(len(titles))))
    names: list[str] = []
    for number, title in enumerate(titles, start=1):
        stem = f"{number:0{width}d}-{slugify(title, 40)}"
        name = f"{stem}.{extension}"
        while name == reserved or name in names:
            stem += "-chapter"
            name = f"{stem}.{extension}"
        names.append(name)
    return names


def cut_chapter_files(whole: Path, chapters: list[ChapterMark], folder: Path, fmt: Format) -> None:
    """Cut the encoded whole file at the chapter starts, copying the stream (no re-encode).

    ffmpeg's segment muxer writes numbered pieces from a `%04d` template: they are written
    into a folder of their own, by a name relative to it, so that neither the user's paths
    (which may hold `%`) nor an article's own file names can meet the template.
    """
    # A cut at every chapter start but the first. With one chapter, one cut after the end:
    # given no times at all, the segment muxer cuts every 2 seconds.
    cuts = [chapter.start for chapter in chapters[1:]] or [chapters[-1].end + 1]
    muxer = fmt.codec[fmt.codec.index("-f") + 1] if "-f" in fmt.codec else fmt.extension
    pieces = folder / ".chapters"
    pieces.mkdir()
    run_ffmpeg(
        "-i", file_url(whole), "-map", "0:a", *fmt.cut, "-map_metadata", "-1",
        "-map_chapters", "-1", "-f", "segment", "-segment_format", muxer,
        "-segment_times", ",".join(f"{cut:.3f}" for cut in cuts), "-reset_timestamps", "1",
        f"%04d.{fmt.extension}", cwd=pieces,
    )  # fmt: skip
    for number, chapter in enumerate(chapters):
        (pieces / f"{number:04d}.{fmt.extension}").rename(folder / chapter.file)
    for leftover in pieces.iterdir():  # none is expected; the folder must go all the same
        leftover.unlink()
    pieces.rmdir()


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
