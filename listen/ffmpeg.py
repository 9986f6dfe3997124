"""Running ffmpeg and ffprobe: one place that turns their failures into one clear line."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path

from .errors import ListenError


def require(program: str) -> str:
    """The program's path, or a ListenError naming the Debian package to install."""
    path = shutil.which(program)
    if path is None:
        raise ListenError(f"{program} is not installed (apt-get install ffmpeg)")
    return path


def run_ffmpeg(*args: str) -> None:
    command = [require("ffmpeg"), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {result.returncode}"
        if result.returncode < 0:
            reason = f"killed by {signal.Signals(-result.returncode).name}"
        if "No space left" in result.stderr:
            reason = "no space left on the output device"
        raise ListenError(f"ffmpeg failed: {reason}")


def probe(path: Path) -> dict:
    """ffprobe's view of a file: format, streams and chapters."""
    command = [
        require("ffprobe"), "-v", "error", "-print_format", "json",
        "-show_format", "-show_streams", "-show_chapters", str(path),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise ListenError(f"ffprobe cannot read {path}: {result.stderr.strip()[:200]}")
    return json.loads(result.stdout)
