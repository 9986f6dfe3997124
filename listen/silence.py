"""The silence an engine leaves around each piece, trimmed: the tool's own pauses replace it,
so that every pause is as long as the speed says."""

from __future__ import annotations

import warnings

import numpy as np

with warnings.catch_warnings():  # pydub warns when ffmpeg is missing; it reads WAV without it
    warnings.simplefilter("ignore")
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

SILENCE_DBFS = -50.0
KEEP_SILENCE_MS = 40  # left at each end of a trimmed piece, so no consonant is clipped


def trim_silence(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """The piece without the engine's silence at either end (a little is kept)."""
    start, end = kept_span(samples, sample_rate)
    return samples[start:end]


def kept_span(samples: np.ndarray, sample_rate: int) -> tuple[int, int]:
    """The [start, end) of `samples` that trim_silence keeps."""
    audio = AudioSegment(samples.tobytes(), sample_width=2, frame_rate=sample_rate, channels=1)
    start = max(0, detect_leading_silence(audio, SILENCE_DBFS) - KEEP_SILENCE_MS)
    tail = max(0, detect_leading_silence(audio.reverse(), SILENCE_DBFS) - KEEP_SILENCE_MS)
    end = len(audio) - tail
    per_ms = sample_rate / 1000
    return round(start * per_ms), max(round(start * per_ms), round(end * per_ms))


def speech_span(samples: np.ndarray, sample_rate: int) -> tuple[int, int]:
    """Where the speech in a trimmed piece starts and ends, in samples: inside the little
    silence kept at each end (for the transcript's cues)."""
    audio = AudioSegment(samples.tobytes(), sample_width=2, frame_rate=sample_rate, channels=1)
    per_ms = sample_rate / 1000
    start = round(detect_leading_silence(audio, SILENCE_DBFS) * per_ms)
    end = len(samples) - round(detect_leading_silence(audio.reverse(), SILENCE_DBFS) * per_ms)
    return (start, end) if start < end else (0, len(samples))
