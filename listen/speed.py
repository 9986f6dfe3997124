"""Speed as the user gives it: 1x to 2x (`1.5`, `1.5x`) or a preset name, and how it is shown.
How a voice reaches it is pacing.py's job."""

from __future__ import annotations

import re

from .errors import ListenError

MIN_SPEED, MAX_SPEED = 1.0, 2.0
PRESETS = {"slow": 1.0, "average": 1.25, "fast": 1.5}
NORMAL_WPM = 175  # what a listener hears at 1x; presets are shown with speed x this


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
