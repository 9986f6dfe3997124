"""A fake voice for listen's tests: every word becomes a short tone, deterministically.

Tests of batches, feeds, names and errors need audio, not speech: this voice makes it in
microseconds and keeps the files small, so those tests run in seconds. It is a plugin like
any other backend (an entry point in the `listen.voices` group) and imports only
`voices.base`, which is what a plugin author imports.
"""

from __future__ import annotations

import os
import signal
import sys
import zlib

import numpy as np

from voices.base import VoiceInfo

SAMPLE_RATE = 16000
WORD_SECONDS = 0.06
GAP_SECONDS = 0.02


class FakeVoice:
    max_engine_rate = 2.0  # the tones shorten exactly with the rate: no time-stretch needed

    def __init__(self, info: VoiceInfo) -> None:
        self.info = info

    def synthesize(self, text: str, rate: float = 1.0) -> np.ndarray:
        """A tone a word, its pitch from the word (the same word always sounds the same)."""
        if "die-while-reporting" in text.split():
            die_while_reporting()
        pieces = []
        gap = np.zeros(round(GAP_SECONDS / rate * SAMPLE_RATE), np.int16)
        for word in text.split():
            pitch = 300 + zlib.crc32(word.encode("utf-8")) % 600
            times = np.arange(round(WORD_SECONDS / rate * SAMPLE_RATE)) / SAMPLE_RATE
            pieces += [(np.sin(2 * np.pi * pitch * times) * 8000).astype(np.int16), gap]
        return np.concatenate(pieces) if pieces else gap


def die_while_reporting() -> None:
    """For a test of batches: this worker process dies as if killed while it wrote its progress
    to the run, holding the lock of the queue every worker writes to."""
    workers = sys.modules.get("listen.workers")
    queue = getattr(workers, "WORKER_PROGRESS", None)
    if queue is not None:
        queue._wlock.acquire()
    os.kill(os.getpid(), signal.SIGKILL)


class FakeBackend:
    name = "fake"
    install_hint = "pip install -e tests/fake_voice"
    speed_class = "instant"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(id="tones", name="Test tones", language="en", backend=self.name,
                          quality="robotic", sample_rate=SAMPLE_RATE)]  # fmt: skip

    def load(self, info: VoiceInfo) -> FakeVoice:
        return FakeVoice(info)
