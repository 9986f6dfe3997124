"""Loudness (#19): every format comes out at the podcast target, as a podcast app measures it
(ffmpeg's ebur128 meter decoding the file), and article.json says what was measured."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from listen import Settings
from listen.formats import FORMATS
from listen.loudness import TARGET_LUFS

from .conftest import EXAMPLE, convert_one


def measured(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of a file, decoded."""
    log = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
                          "-f", "null", "-"], capture_output=True, text=True, check=True).stderr  # fmt: skip
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS\n\s+Threshold", log).group(1))
    peak = float(re.search(r"True peak:\s+Peak:\s+(-?[\d.]+) dBFS", log).group(1))
    return integrated, peak


@pytest.mark.parametrize("audio_format", sorted(FORMATS))
def test_every_format_is_at_the_target_loudness_under_the_peak_ceiling(tmp_path, audio_format):
    audio = convert_one(EXAMPLE, Settings(voice="espeak:en-us", audio_format=audio_format, output=tmp_path))
    integrated, peak = measured(audio)
    assert abs(integrated - TARGET_LUFS) <= 1.0 and peak <= -1.0, (integrated, peak)
    said = json.loads((audio.parent / "article.json").read_text())["loudness"]
    assert said["target_lufs"] == TARGET_LUFS
    assert abs(said["integrated_lufs"] - integrated) <= 0.7


@pytest.mark.parametrize("speed", [1.0, 2.0])
def test_a_neural_voice_is_levelled_too(tmp_path, speed):
    audio = convert_one(EXAMPLE, Settings(voice="piper:en_US-joe-medium", speed=speed, output=tmp_path))
    integrated, peak = measured(audio)
    assert abs(integrated - TARGET_LUFS) <= 1.0 and peak <= -1.0, (integrated, peak)


def test_an_article_of_one_word_is_not_blown_up(tmp_path):
    (tmp_path / "short.md").write_text("# Hello\n\nYes.\n")
    audio = convert_one(tmp_path / "short.md", Settings(voice="espeak:en-us", output=tmp_path / "out"))
    integrated, peak = measured(audio)
    assert peak <= -1.0 and integrated <= TARGET_LUFS + 1.0
