"""Loudness: every article as loud as podcast apps expect, measured on the audio as it is made.

The target is -19 LUFS integrated with true peak at or below -1 dBTP: listen writes mono,
and -19 LUFS is the mono equivalent of the -16 LUFS stereo target of Apple Podcasts' spec
(AES TD1004): a player sends mono to both ears, and it is heard as loud as stereo at -16.

Speech has loud peaks, so a gain alone would clip: ffmpeg's look-ahead limiter (alimiter,
its delay compensated, so chapter times stay exact) holds the peaks under LIMIT_DB in the
encoding process, and ffmpeg's ebur128 meter measures what is encoded (ffmpeg.Encoder; the
sample peak, as the true peak would cost as much again as the encode itself), for
article.json. The gain is found on the article's own speech, without speaking anything
twice: the first CALIBRATION_SECONDS are held back and put through the same limiter and
meter until they come out at the target, on a thread of its own while the speaking goes on
(ffmpeg measures, in another process); then they are written like everything after them.
"""

from __future__ import annotations

import math
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from .ffmpeg import measure_loudness

TARGET_LUFS = -19.0
LIMIT_DB = -4.5  # sample peaks: Vorbis and AAC overshoot by up to 3.5 dB, true peaks stay under -1 dBTP
LIMITER = f"alimiter=limit={10 ** (LIMIT_DB / 20):.4f}:attack=5:release=50:level=false:latency=true"
CALIBRATION_SECONDS = 30.0
CLOSE_ENOUGH_LU = 0.1  # the search for the gain stops this near the target
MAX_GAIN_DB = 30.0  # a near-silent opening must not turn the rest into noise

Piece = tuple[np.ndarray, np.ndarray]  # speech and the pause after it, as float32 in [-1, 1]


class Leveller:
    """Brings pieces of speech (int16) to TARGET_LUFS once limited, in order: `add` returns
    the pieces ready to write as float32 (none while the opening is measured), `flush` the rest."""

    def __init__(self, sample_rate: int) -> None:
        self.rate = sample_rate
        self.gain: float | None = None  # linear, known once the search for it has ended
        self.search: Future[float] | None = None  # started once enough speech is held
        self.held: list[Piece] = []
        self.held_samples = 0

    def add(self, speech: np.ndarray, pause: np.ndarray) -> list[Piece]:
        piece = (speech.astype(np.float32) / 32768, pause.astype(np.float32))
        if self.gain is not None:
            return [self.level(piece)]
        self.held.append(piece)
        self.held_samples += len(speech)
        if self.search is None and self.held_samples >= CALIBRATION_SECONDS * self.rate:
            searching = ThreadPoolExecutor(max_workers=1)
            self.search = searching.submit(self.find_gain, self.held_audio())
            searching.shutdown(wait=False)  # its thread ends with the search
        if self.search is None or not self.search.done():
            return []
        return self.flush()

    def flush(self) -> list[Piece]:
        """Everything held, levelled (the gain is found on it, if it was not yet)."""
        if self.gain is None:
            self.gain = self.search.result() if self.search else self.find_gain(self.held_audio())
        ready = [self.level(piece) for piece in self.held]
        self.held = []
        return ready

    def held_audio(self) -> np.ndarray:
        """The speech held so far, with its pauses, as it will be heard: loudness is gated on
        400 ms blocks, so the pauses count."""
        return np.concatenate([np.zeros(0, np.float32)] + [part for piece in self.held for part in piece])

    def find_gain(self, audio: np.ndarray) -> float:
        """The gain that brings `audio`, through the limiter, to TARGET_LUFS."""
        tried: list[tuple[float, float]] = []  # (gain, loudness): the limiter makes it a curve
        gain_db = 0.0
        for _ in range(8):
            measured = measure_loudness(audio * 10 ** (gain_db / 20), self.rate, LIMITER)
            if measured is None or not math.isfinite(measured.integrated_lufs):
                break  # too short to measure, or silence
            tried.append((gain_db, measured.integrated_lufs))
            if abs(TARGET_LUFS - measured.integrated_lufs) < CLOSE_ENOUGH_LU:
                break
            slope = 1.0  # loudness gained per dB of gain: 1 until the limiter works (secant method)
            if len(tried) > 1 and tried[-1][1] != tried[-2][1]:
                slope = max(0.1, (tried[-1][1] - tried[-2][1]) / (tried[-1][0] - tried[-2][0]))
            gain_db = min(gain_db + (TARGET_LUFS - measured.integrated_lufs) / slope, MAX_GAIN_DB)
        return 10 ** (gain_db / 20)

    def level(self, piece: Piece) -> Piece:
        assert self.gain is not None
        speech, pause = piece
        return speech * np.float32(self.gain), pause
