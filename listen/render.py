"""Stages 5 and 6, synthesize and speed: every piece through the voice, into one WAV on disk.

Memory stays flat however long the article: each piece is synthesized on its own at the
engine's share of the speed, trimmed of the engine's leading and trailing silence,
time-stretched for the rest of the speed, and appended to the article's WAV with its pause
(divided by the speed). Section starts are recorded in samples, so chapter times are exact.
"""

from __future__ import annotations

import warnings
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

with warnings.catch_warnings():  # pydub warns when ffmpeg is missing; it reads WAV without it
    warnings.simplefilter("ignore")
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

from voices.base import Voice

from .segment import Section
from .stretch import stretch

if TYPE_CHECKING:
    from .speed import SpeedPlan  # speed.py calibrates with this module's trim_silence

SILENCE_DBFS = -50.0
KEEP_SILENCE_MS = 40  # left at each end of a trimmed piece, so no consonant is clipped


@dataclass
class RenderedAudio:
    """The article's speech, at the speed asked for."""

    wav: Path
    sample_rate: int
    section_starts: list[int]  # in samples
    samples: int


def render(
    sections: list[Section],
    voice: Voice,
    plan: SpeedPlan,
    wav: Path,
    on_piece: Callable[[int], None] = lambda seconds: None,
) -> RenderedAudio:
    """Speak all sections into `wav`; `on_piece` hears how many samples each piece added."""
    rate = voice.info.sample_rate
    starts, written = [], 0
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for section in sections:
            starts.append(written)
            for piece in section.pieces:
                spoken = trim_silence(voice.synthesize(piece.text, rate=plan.engine_rate), rate)
                samples = stretch(spoken, rate, plan.tempo)
                pause = np.zeros(round(piece.pause_after / plan.speed * rate), np.int16)
                out.writeframes(samples.tobytes() + pause.tobytes())
                written += len(samples) + len(pause)
                on_piece(len(samples) + len(pause))
    return RenderedAudio(wav=wav, sample_rate=rate, section_starts=starts, samples=written)


def trim_silence(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """The piece without the engine's silence at either end (a little is kept)."""
    audio = AudioSegment(samples.tobytes(), sample_width=2, frame_rate=sample_rate, channels=1)
    start = max(0, detect_leading_silence(audio, SILENCE_DBFS) - KEEP_SILENCE_MS)
    tail = max(0, detect_leading_silence(audio.reverse(), SILENCE_DBFS) - KEEP_SILENCE_MS)
    end = len(audio) - tail
    per_ms = sample_rate / 1000
    return samples[round(start * per_ms) : max(round(start * per_ms), round(end * per_ms))]
