"""`listen doctor`: every dependency and voice backend, what works and how to fix what does not."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from voices.kokoro import device as kokoro_device
from voices.registry import all_voices, backends

from .errors import ListenError
from .stretch import stretch


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def program_version(program: str) -> Check:
    path = shutil.which(program)
    if path is None:
        return Check(program, False, "not found", "apt-get install ffmpeg")
    result = subprocess.run([path, "-version"], capture_output=True, text=True)
    first = (result.stdout.splitlines() or ["?"])[0]
    return Check(program, result.returncode == 0, first, "reinstall: apt-get install --reinstall ffmpeg")


def run_checks() -> list[Check]:
    import numpy as np

    checks = [program_version("ffmpeg"), program_version("ffprobe")]
    try:
        stretch(np.zeros(2205, np.int16), 22050, 2.0)
        checks.append(Check("libsonic", True, "time-stretch works"))
    except ListenError as error:
        checks.append(Check("libsonic", False, str(error), "apt-get install libsonic0"))
    installed = backends()
    voices = all_voices()
    for name, fix, required in [("espeak", "apt-get install espeak-ng", True),
                                ("piper", "pip install 'listen-articles[piper]'", False),
                                ("kokoro", "pip install 'listen-articles[kokoro]'", False)]:  # fmt: skip
        count = sum(voice.backend == name for voice in voices)
        if name not in installed:
            checks.append(Check(f"voices: {name}", False, "backend not installed", fix, required))
        else:
            detail = counted(count) if count else "no voices found"
            if name == "kokoro" and count:
                detail += f", on {kokoro_device()}"
            checks.append(Check(f"voices: {name}", count > 0, detail, fix, required))
    for name in sorted(set(installed) - {"espeak", "piper", "kokoro"}):
        count = sum(voice.backend == name for voice in voices)
        checks.append(Check(f"voices: {name} (plugin)", count > 0, counted(count), "", False))
    return checks


def counted(voices: int) -> str:
    return f"{voices} voice{'s' if voices != 1 else ''}"
