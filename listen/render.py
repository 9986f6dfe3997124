"""Stages 5 and 6, synthesize and speed: every piece through the voice, into the encoder.

Memory stays flat however long the article: each piece is synthesized on its own at the
engine's share of the speed, trimmed of the engine's leading and trailing silence,
time-stretched for the rest of the speed, and written to ffmpeg (which encodes while the
next piece is spoken) with its pause, divided by the speed. Section starts are recorded in
samples, so chapter times are exact.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

with warnings.catch_warnings():  # pydub warns when ffmpeg is missing; it reads WAV without it
    warnings.simplefilter("ignore")
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

from voices.base import Voice

from .segment import Section
from .stopwatch import Stopwatch
from .stretch import stretch

if TYPE_CHECKING:
    from .speed import SpeedPlan  # speed.py calibrates with this module's trim_silence

SILENCE_DBFS = -50.0
KEEP_SILENCE_MS = 40  # left at each end of a trimmed piece, so no consonant is clipped


@dataclass
class RenderedAudio:
    """The article's speech, at the speed asked for, as written to the encoder."""

    sample_rate: int
    section_starts: list[int]  # in samples
    samples: int


def render(
    sections: list[Section],
    voice: Voice,
    plan: SpeedPlan,
    sink: BinaryIO,
    on_piece: Callable[[int], None] = lambda seconds: None,
    stopwatch: Stopwatch | None = None,
) -> RenderedAudio:
    """Speak all sections as 16-bit PCM into `sink` (an Encoder); `on_piece` hears how many
    samples each piece added."""
    rate = voice.info.sample_rate
    starts, written = [], 0
    stopwatch = stopwatch or Stopwatch()
    for section in sections:
        starts.append(written)
        for piece in section.pieces:
            with stopwatch.measure("synthesize"):
                spoken = trim_silence(voice.synthesize(piece.text, rate=plan.engine_rate), rate)
            with stopwatch.measure("speed"):
                samples = stretch(spoken, rate, plan.tempo)
            pause = np.zeros(round(piece.pause_after / plan.speed * rate), np.int16)
            with stopwatch.measure("encode"):  # waiting for the encoder to take it
                sink.write(samples.tobytes() + pause.tobytes())
            written += len(samples) + len(pause)
            on_piece(len(samples) + len(pause))
    return RenderedAudio(sample_rate=rate, section_starts=starts, samples=written)


def trim_silence(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """The piece without the engine's silence at either end (a little is kept)."""
    audio = AudioSegment(samples.tobytes(), sample_width=2, frame_rate=sample_rate, channels=1)
    start = max(0, detect_leading_silence(audio, SILENCE_DBFS) - KEEP_SILENCE_MS)
    tail = max(0, detect_leading_silence(audio.reverse(), SILENCE_DBFS) - KEEP_SILENCE_MS)
    end = len(audio) - tail
    per_ms = sample_rate / 1000
    return samples[round(start * per_ms) : max(round(start * per_ms), round(end * per_ms))]
