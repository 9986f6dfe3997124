"""Speed: what the user asks for (1x to 2x, or a preset) and how it is reached.

A speed is reached in two parts: the engine's own rate where it still sounds natural, and a
pitch-preserving time-stretch (stretch.py) for the rest. The pauses the tool inserts are
divided by the speed, so the whole article, pauses included, takes its 1x time divided by
the speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voices.base import Voice

from .errors import ListenError
from .render import trim_silence

MIN_SPEED, MAX_SPEED = 1.0, 2.0
PRESETS = {"slow": 1.0, "average": 1.25, "fast": 1.5}
NORMAL_WPM = 175  # what a listener hears at 1x; presets are shown with speed x this


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


def plan_speed(voice: Voice, speed: float, sample: list[str]) -> SpeedPlan:
    """Calibrate how `voice` reaches `speed`, measured on `sample` (a few of the article's pieces).

    Each voice says how far its engine's own rate still sounds natural (`max_engine_rate`;
    espeak-ng's own rate is clearer than any time-stretch of it, Piper's is not). Engines do
    not scale their pauses with their rate, so what the rate really gives is measured here,
    on the article's own text, and the time-stretch makes up the rest exactly.
    """
    engine_rate = min(speed, getattr(voice, "max_engine_rate", 1.0))
    if engine_rate == 1.0 or not sample:
        return SpeedPlan(speed)
    rate = voice.info.sample_rate
    normal = sum(len(trim_silence(voice.synthesize(text, 1.0), rate)) for text in sample)
    fast = sum(len(trim_silence(voice.synthesize(text, engine_rate), rate)) for text in sample)
    return SpeedPlan(speed, engine_rate, normal / fast if fast else engine_rate)


def parse_speed(text: str | float) -> float:
    """`1.5`, `1.5x` or a preset name to a speed between 1.0 and 2.0."""
    if isinstance(text, bool) or not isinstance(text, (str, int, float)):
        raise ListenError(f"speed must be a number like 1.5 or text like '1.5x', not {text!r}")
    if isinstance(text, (int, float)):
        value = float(text)
    elif text.strip().lower() in PRESETS:
        value = PRESETS[text.strip().lower()]
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*x?\s*", text, re.I)
        if not match:
            presets = ", ".join(PRESETS)
            raise ListenError(f"speed {text!r} is not a number like 1.5 or 1.5x, or one of {presets}")
        value = float(match.group(1))
    if not MIN_SPEED <= value <= MAX_SPEED:  # also refuses nan
        raise ListenError(f"speed {value:g}x is outside {MIN_SPEED:g}x to {MAX_SPEED:g}x")
    return value


def describe(speed: float, wpm: float = NORMAL_WPM) -> str:
    """As the page this tool replaces shows it: `1.25x - 219 WPM`."""
    return f"{speed:g}x - {round(speed * wpm)} WPM"
