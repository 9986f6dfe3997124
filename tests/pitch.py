"""The fundamental frequency of speech, to check that a faster voice is not a higher one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

LOWEST_HZ, HIGHEST_HZ = 60, 400


def median_pitch(audio: Path) -> float:
    """Median F0 (Hz) over voiced 40 ms frames, by autocorrelation."""
    samples, rate = soundfile.read(str(audio), dtype="float32", always_2d=True)
    samples = samples[:, 0]
    frame, hop = int(0.04 * rate), int(0.01 * rate)
    shortest, longest = rate // HIGHEST_HZ, rate // LOWEST_HZ
    loudness = np.sqrt(np.mean(samples**2))
    pitches = []
    for start in range(0, len(samples) - frame, hop):
        window = samples[start : start + frame]
        if np.sqrt(np.mean(window**2)) < loudness * 0.5:
            continue  # a pause or a soft consonant
        window = window - window.mean()
        correlation = np.correlate(window, window, "full")[frame - 1 :]
        if correlation[0] <= 0:
            continue
        lag = shortest + int(np.argmax(correlation[shortest:longest]))
        if correlation[lag] / correlation[0] > 0.5:  # clearly periodic: voiced
            pitches.append(rate / lag)
    return float(np.median(pitches))
