"""The audio formats listen writes and the chapter marks every exporter shares (a leaf module:
it imports nothing of listen, so export, tags and sidecars can all use it)."""

from __future__ import annotations

from dataclasses import dataclass


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


# ffmpeg's AAC encoder overshoots by up to 2 dB when it keeps more than 10 kHz: true peaks
# would pass -1 dBTP. Speech loses nothing a listener hears.
AAC = ("-c:a", "aac", "-b:a", "64k", "-aac_coder", "fast", "-cutoff", "10000", "-f", "ipod")
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
