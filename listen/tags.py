"""Tags on every audio file, written with mutagen in each format's own way.

Players read title, artist (the byline, else the site), album (the site), date, comment
(the source URL) and track numbers; `voice` and `speed` say how the audio was made. For Ogg
and FLAC the chapters are written here too, as CHAPTERnnn comments (ffmpeg gets them wrong).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from pathlib import Path

import mutagen
from mutagen.flac import FLAC, Picture
from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TPE1, TRCK, TXXX, ID3NoHeaderError
from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm
from mutagen.wave import WAVE

from .errors import ListenError
from .formats import ChapterMark


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str = ""
    album: str = ""
    date: str = ""
    comment: str = ""
    voice: str = ""
    speed: str = ""
    words_per_minute: str = ""
    track: str = ""  # "3/7"
    genre: str = "Speech"

    def for_chapter(self, title: str, number: int, total: int) -> Tags:
        return replace(self, title=title, album=self.title, track=f"{number}/{total}")

    def fields(self) -> dict[str, str]:
        return {name: value for name, value in vars(self).items() if value}


def write_tags(path: Path, tags: Tags, chapters: list[ChapterMark], cover: bytes = b"") -> None:
    """Tags, Vorbis chapters and a cover (a square JPEG) on an audio file; an MP3's cover is
    put in by ffmpeg with its chapters (export.py), a WAV's nowhere."""
    try:
        audio = mutagen.File(path)
        if isinstance(audio, MP4):
            if cover:
                audio["covr"] = [MP4Cover(cover, imageformat=MP4Cover.FORMAT_JPEG)]
            write_mp4(audio, tags)
        elif isinstance(audio, WAVE):
            if audio.tags is None:
                audio.add_tags()
            assert audio.tags is not None
            write_id3(audio.tags, tags)
            audio.save()
        elif path.suffix == ".mp3":
            write_mp3(path, tags)
        else:  # Ogg Vorbis, Ogg Opus, FLAC: Vorbis comments
            if cover:
                add_picture(audio, cover)
            write_vorbis(audio, tags, chapters)
    except mutagen.MutagenError as error:
        raise ListenError(f"cannot write tags to {path.name}: {error}") from None


def write_id3(id3: ID3, tags: Tags) -> None:
    frames = {"title": TIT2, "artist": TPE1, "album": TALB, "date": TDRC, "track": TRCK,
              "genre": TCON}  # fmt: skip
    for name, value in tags.fields().items():
        if name in frames:
            id3.add(frames[name](encoding=3, text=value))
        elif name == "comment":
            id3.add(COMM(encoding=3, lang="eng", desc="", text=value))
        else:
            id3.add(TXXX(encoding=3, desc=name, text=value))


def write_mp3(path: Path, tags: Tags) -> None:
    try:
        id3 = ID3(path)
    except ID3NoHeaderError:
        id3 = ID3()
    write_id3(id3, tags)
    id3.save(path)


def write_mp4(audio: MP4, tags: Tags) -> None:
    atoms = {"title": "\xa9nam", "artist": "\xa9ART", "album": "\xa9alb", "date": "\xa9day",
             "comment": "\xa9cmt", "genre": "\xa9gen"}  # fmt: skip
    for name, value in tags.fields().items():
        if name in atoms:
            audio[atoms[name]] = [value]
        elif name == "track":
            number, total = value.split("/")
            audio["trkn"] = [(int(number), int(total))]
        else:
            audio[f"----:com.apple.iTunes:{name}"] = [MP4FreeForm(value.encode("utf-8"))]
    audio.save()


def write_vorbis(audio: mutagen.FileType, tags: Tags, chapters: list[ChapterMark]) -> None:
    for name, value in tags.fields().items():
        audio[name.upper() if name != "track" else "TRACKNUMBER"] = [value]
    for number, chapter in enumerate(chapters):
        audio[f"CHAPTER{number:03d}"] = [clock(chapter.start)]
        audio[f"CHAPTER{number:03d}NAME"] = [chapter.title]
    audio.save()


def add_picture(audio: mutagen.FileType, cover: bytes) -> None:
    """A front cover as FLAC keeps it, or as Ogg's METADATA_BLOCK_PICTURE comment."""
    picture = Picture()
    picture.type, picture.mime, picture.data = 3, "image/jpeg", cover  # 3: front cover
    if isinstance(audio, FLAC):
        audio.add_picture(picture)
    else:
        audio["METADATA_BLOCK_PICTURE"] = [base64.b64encode(picture.write()).decode("ascii")]


def clock(seconds: float) -> str:
    """`HH:MM:SS.mmm`, as Vorbis chapter comments and cue sheets want it."""
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
