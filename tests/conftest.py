"""Shared fixtures: the example article, a CLI runner, and readers of what players see."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "scmp-russia-reservists.txt"
EXPECTED = SHARED / "examples" / "scmp-russia-reservists.expected.md"
DEV_PAGES = SHARED / "data" / "articles-dev"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def decoded_seconds(path: Path, sample_rate: int = 22050) -> float:
    """The playable length of an audio file, decoded as a player does (no encoder padding)."""
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
         "-ar", str(sample_rate), "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return len(pcm) / 2 / sample_rate
