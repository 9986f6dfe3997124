"""Pacing: how a voice reaches the speed asked for.

A speed is reached in two parts: the engine's own rate where it still sounds natural, and a
pitch-preserving time-stretch (stretch.py) for the rest. Every piece, with the pause after it,
takes its 1x time divided by the speed; the pause is shortened more than the speech (divided by
the speed to the power PAUSE_EXPONENT, as podcast players' "smart speed" does), and the speech is
stretched less for it: at 2x, Piper's sentences about 1.93 times faster instead of 2, which a
speech recognizer hears a little better (BENCHMARKS.md, "Voices").
"""

from __future__ import annotations

from dataclasses import dataclass

from voices.base import Voice

from .silence import trim_silence

PAUSE_EXPONENT = 1.5  # at 2x a pause lasts 1/2.8 of its 1x length (benchmarks/pause_split.py)


@dataclass(frozen=True)
class SpeedPlan:
    """How a speed is reached: the engine's own rate, then a time-stretch for the rest."""

    speed: float
    engine_rate: float = 1.0  # the rate asked of the engine
    engine_factor: float = 1.0  # how much shorter the engine's speech really is at that rate

    @property
    def tempo(self) -> float:
        """The pitch-preserving time-stretch applied to the engine's audio."""
        return self.speed / self.engine_factor

    def piece_timing(self, spoken: int, pause: float, sample_rate: int) -> tuple[float, int]:
        """The time-stretch for a piece of `spoken` samples from the engine, and the samples of
        the `pause` (seconds at 1x) after it: together they last the piece's 1x time divided by
        the speed, the pause shortened more than the speech, and the speech never slowed."""
        engine = spoken / sample_rate
        whole = (engine * self.engine_factor + pause) / self.speed
        speech = min(whole - pause / self.speed**PAUSE_EXPONENT, engine)
        tempo = engine / speech if speech > 0 else self.tempo
        return tempo, round((whole - max(speech, 0.0)) * sample_rate)


def plan_speed(voice: Voice, speed: float, sample: list[str]) -> SpeedPlan:
    """Calibrate how `voice` reaches `speed`, measured on `sample` (a few of the article's pieces).

    Each voice says how far its engine's own rate still sounds natural (`max_engine_rate`;
    espeak-ng's own rate is clearer than any time-stretch of it, Piper's is not). Engines do
    not scale their pauses with their rate, so what the rate really gives is measured here,
    on the article's own text, and the time-stretch makes up the rest exactly.
    """
    engine_rate = min(speed, voice.max_engine_rate)
    if engine_rate == 1.0 or not sample:
        return SpeedPlan(speed)
    rate = voice.info.sample_rate
    normal = sum(len(trim_silence(voice.synthesize(text, 1.0), rate)) for text in sample)
    fast = sum(len(trim_silence(voice.synthesize(text, engine_rate), rate)) for text in sample)
    return SpeedPlan(speed, engine_rate, normal / fast if fast else engine_rate)
