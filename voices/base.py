"""What every voice backend provides: its voices, and a loaded voice that writes speech to WAV.

A backend is any object with this shape, registered under the `listen.voices` entry-point
group; heavy engines are imported inside the backend, so using one never loads another.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Protocol, runtime_checkable

import numpy as np

THREADS_VARIABLE = "LISTEN_THREADS"


def thread_budget() -> int:
    """How many CPU threads a loaded voice may use; 0 leaves it to the engine (one a core).

    Batch workers set LISTEN_THREADS to cores // jobs, so jobs side by side share the cores
    instead of each engine starting a thread per core and all of them fighting over them.
    """
    value = os.environ.get(THREADS_VARIABLE, "")
    return int(value) if value.isdigit() else 0


@dataclass(frozen=True)
class VoiceInfo:
    """One voice a backend offers; `id` is unique within the backend."""

    id: str
    name: str
    language: str
    backend: str
    gender: str = ""
    quality: str = ""
    sample_rate: int = 22050
    path: str = ""  # the model file, for backends whose voices are files
    reads: tuple[str, ...] = ()  # other languages it reads (a voice of a multilingual model)

    @property
    def address(self) -> str:
        """The full name a user can always give: `backend:id`."""
        return f"{self.backend}:{self.id}"

    def to_dict(self) -> dict:
        return asdict(self) | {"address": self.address}


class Voice(Protocol):
    """A loaded voice: load once, then synthesize many pieces."""

    info: VoiceInfo
    # How far the engine's own rate still sounds natural: 2.0 lets the engine speak up to twice
    # as fast itself, 1.0 leaves every speed-up to the time-stretch (pacing.py).
    max_engine_rate: float

    def synthesize(self, text: str, rate: float = 1.0) -> np.ndarray:
        """`text` spoken at `rate` times the voice's normal pace: mono int16 samples at
        `info.sample_rate`. Markup in `text` is read as text, never obeyed."""


@runtime_checkable
class WordTimedVoice(Voice, Protocol):
    """A voice whose engine says when each word starts (espeak-ng's word events). Voices that
    cannot say it do not have this method: their words are never guessed."""

    def synthesize_words(self, text: str, rate: float = 1.0) -> tuple[np.ndarray, list[tuple[int, str]]]:
        """As `synthesize`, and each word of `text` with the sample its speech starts at."""


class Backend(Protocol):
    """A speech engine: lists its voices and loads one."""

    name: str
    install_hint: str  # what to do when the engine has no voices: "apt-get install espeak-ng"
    speed_class: str  # how fast it speaks on a CPU, for `listen voices`: instant, fast or slow

    def voices(self) -> list[VoiceInfo]:
        """Every voice installed for this engine (empty when the engine is missing)."""

    def load(self, info: VoiceInfo) -> Voice:
        """Load a voice listed by `voices()`; raises ListenError when the engine fails."""
