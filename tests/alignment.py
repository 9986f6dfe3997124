"""Transcript cues against the audio, as a speech recognizer hears it (for tests and benchmarks)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .recognizer import recognized_words

SEARCH_SECONDS = 1.0  # how far from a cue's start its first word is looked for


def first_word(text: str) -> str:
    words = re.findall(r"[a-z']+", text.lower())
    return words[0] if words else ""


def cue_offsets(audio: Path, transcript: Path) -> tuple[list[float], int]:
    """For each cue whose first word the recognizer heard near the cue's start: the cue's start
    minus the word's start, in seconds; and how many cues there were."""
    cues = json.loads(transcript.read_text(encoding="utf-8"))["segments"]
    heard = [(first_word(word), start) for word, start in recognized_words(audio)]
    offsets = []
    for cue in cues:
        wanted = first_word(cue["body"])
        near = [
            start
            for word, start in heard
            if word and word == wanted and abs(start - cue["startTime"]) <= SEARCH_SECONDS
        ]
        if wanted and near:
            offsets.append(cue["startTime"] - min(near, key=lambda start: abs(start - cue["startTime"])))
    return offsets, len(cues)
