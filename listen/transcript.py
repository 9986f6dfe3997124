"""Transcripts: what is said when, exactly, because listen wrote the samples itself.

Three files beside the audio, a cue a sentence (a chapter's title is a cue of its own):
WebVTT (`<slug>.vtt`, which Apple Podcasts ingests), SubRip (`<slug>.srt`) and the
Podcasting 2.0 JSON (`transcript.json`, which AntennaPod prefers). Each cue runs from the
first to the last sample of its sentence's speech, at the speed of the audio.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import srt
import webvtt

from .tags import clock

if TYPE_CHECKING:  # feed.py reads the MIME types here without the audio stack
    from .render import Cue

VTT_MIME = "text/vtt"
SRT_MIME = "application/x-subrip"
JSON_MIME = "application/json"


def write_transcripts(folder: Path, slug: str, cues: list[Cue], sample_rate: int, language: str) -> dict[str, str]:
    """Write the three transcripts; return {file name: MIME type}. Where the cues hold their
    words' times, the WebVTT cues carry them as timestamp tags and the JSON's segments are the
    words (Podcasting 2.0 allows a segment a word); SubRip has no place for them."""
    cues = [cue for cue in cues if caption_text(cue.text)]
    seconds = [(cue.start / sample_rate, cue.end / sample_rate) for cue in cues]
    vtt = webvtt.WebVTT(
        captions=[
            webvtt.Caption(clock(start), clock(end), vtt_text(cue, sample_rate))
            for cue, (start, end) in zip(cues, seconds)
        ]
    )
    (folder / f"{slug}.vtt").write_text(vtt.content, encoding="utf-8")
    subtitles = [
        srt.Subtitle(number, timedelta(seconds=start), timedelta(seconds=end), caption_text(cue.text))
        for number, (cue, (start, end)) in enumerate(zip(cues, seconds), start=1)
    ]
    (folder / f"{slug}.srt").write_text(srt.compose(subtitles), encoding="utf-8")
    segments = [segment for cue in cues for segment in json_segments(cue, sample_rate)]
    document = {"version": "1.0.0", "language": language, "segments": segments}
    (folder / "transcript.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {f"{slug}.vtt": VTT_MIME, f"{slug}.srt": SRT_MIME, "transcript.json": JSON_MIME}


def vtt_text(cue: Cue, sample_rate: int) -> str:
    """The cue's sentence; with word times, each word after the first behind its timestamp tag
    (`<00:00:01.250>word`), which players use to colour the words as they are spoken."""
    if not cue.words:
        return caption_text(cue.text)
    first, *rest = cue.words
    return " ".join(
        [caption_text(first[1]), *(f"<{clock(start / sample_rate)}>{caption_text(word)}" for start, word in rest)]
    )


def json_segments(cue: Cue, sample_rate: int) -> list[dict]:
    """The cue as one segment, or a segment a word running to the next word's start."""
    if not cue.words:
        return [{"startTime": round(cue.start / sample_rate, 3), "endTime": round(cue.end / sample_rate, 3),
                 "body": caption_text(cue.text)}]  # fmt: skip
    ends = [start for start, _ in cue.words[1:]] + [cue.end]
    return [
        {"startTime": round(start / sample_rate, 3), "endTime": round(end / sample_rate, 3), "body": caption_text(word)}
        for (start, word), end in zip(cue.words, ends)
    ]


def caption_text(text: str) -> str:
    """One line, without what ends a cue in WebVTT ("-->") or a blank line in SubRip."""
    return " ".join(text.replace("-->", "→").split())
