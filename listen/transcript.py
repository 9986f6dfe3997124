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
    """Write the three transcripts; return {file name: MIME type}."""
    timed = [(cue.start / sample_rate, cue.end / sample_rate, caption_text(cue.text)) for cue in cues]
    timed = [(start, end, text) for start, end, text in timed if text]
    vtt = webvtt.WebVTT(captions=[webvtt.Caption(clock(start), clock(end), text) for start, end, text in timed])
    (folder / f"{slug}.vtt").write_text(vtt.content, encoding="utf-8")
    subtitles = [
        srt.Subtitle(number, timedelta(seconds=start), timedelta(seconds=end), text)
        for number, (start, end, text) in enumerate(timed, start=1)
    ]
    (folder / f"{slug}.srt").write_text(srt.compose(subtitles), encoding="utf-8")
    document = {
        "version": "1.0.0",
        "language": language,
        "segments": [
            {"startTime": round(start, 3), "endTime": round(end, 3), "body": text} for start, end, text in timed
        ],
    }
    (folder / "transcript.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {f"{slug}.vtt": VTT_MIME, f"{slug}.srt": SRT_MIME, "transcript.json": JSON_MIME}


def caption_text(text: str) -> str:
    """One line, without what ends a cue in WebVTT ("-->") or a blank line in SubRip."""
    return " ".join(text.replace("-->", "→").split())
