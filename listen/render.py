"""Stages 5 and 6, synthesize and speed: every piece through the voice, into the encoder.

Memory stays flat however long the article: each piece is synthesized on its own at the
engine's share of the speed, trimmed of the engine's leading and trailing silence,
time-stretched for the rest of the speed, brought to the podcast loudness (loudness.py),
and written to ffmpeg (which encodes while the next piece is spoken) with its pause, shortened
for the speed (pacing.py). Section starts are recorded in samples, so chapter times are exact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from voices.base import Voice, WordTimedVoice

from .ffmpeg import Encoder, Loudness
from .loudness import Leveller, Piece
from .pacing import SpeedPlan
from .segment import Section
from .silence import kept_span, speech_span
from .stopwatch import Stopwatch
from .stretch import stretch


@dataclass
class RenderedAudio:
    """The article's speech, at the speed asked for, as written to the encoder."""

    sample_rate: int
    section_starts: list[int]  # in samples
    samples: int
    cues: list[Cue] = field(default_factory=list)  # every piece: when it is heard
    loudness: Loudness | None = None  # as ffmpeg measured it while encoding


@dataclass(frozen=True)
class Cue:
    """One piece (a sentence, or a chapter's title) and when it is heard, in samples of the
    audio as written (the speed included): its speech, not the pause after it."""

    start: int
    end: int
    text: str
    words: tuple[tuple[int, str], ...] = ()  # each word and the sample it starts at, where the voice says


def render(
    sections: list[Section],
    voice: Voice,
    plan: SpeedPlan,
    sink: Encoder,
    on_piece: Callable[[int], None] = lambda seconds: None,
    stopwatch: Stopwatch | None = None,
    words: bool = False,
) -> RenderedAudio:
    """Speak all sections, levelled, into `sink` (an Encoder) as 32-bit float samples;
    `on_piece` hears how many samples each piece added. With `words`, each cue also holds
    when each of its words starts, from a voice that can say it (voices.base.WordTimedVoice)."""
    rate = voice.info.sample_rate
    starts, written, cues = [], 0, []
    stopwatch = stopwatch or Stopwatch()
    leveller = Leveller(rate)

    def write(ready: list[Piece]) -> None:
        with stopwatch.measure("encode"):  # waiting for the encoder to take it
            for speech, pause in ready:
                sink.write(speech.tobytes() + pause.tobytes())

    for section in sections:
        starts.append(written)
        for piece in section.pieces:
            with stopwatch.measure("synthesize"):
                if words and isinstance(voice, WordTimedVoice):
                    engine_audio, word_starts = voice.synthesize_words(piece.text, rate=plan.engine_rate)
                else:
                    engine_audio, word_starts = voice.synthesize(piece.text, rate=plan.engine_rate), []
                kept_start, kept_end = kept_span(engine_audio, rate)
                spoken = engine_audio[kept_start:kept_end]
            tempo, pause_samples = plan.piece_timing(len(spoken), piece.pause_after, rate)
            with stopwatch.measure("speed"):
                samples = stretch(spoken, rate, tempo)
            pause = np.zeros(pause_samples, np.int16)
            with stopwatch.measure("loudness"):
                ready = leveller.add(samples, pause)
            write(ready)
            speech_start, speech_end = speech_span(samples, rate)
            # The time-stretch is even, so a word's place in the stretched speech is its place
            # in the engine's, scaled by how much shorter the speech became.
            scale = len(samples) / max(1, len(spoken))
            timed = tuple(
                (written + min(speech_end, max(speech_start, round((start - kept_start) * scale))), word)
                for start, word in word_starts
            )
            cues.append(Cue(written + speech_start, written + speech_end, piece.text, timed))
            written += len(samples) + len(pause)
            on_piece(len(samples) + len(pause))
    write(leveller.flush())
    return RenderedAudio(sample_rate=rate, section_starts=starts, samples=written, cues=cues)
