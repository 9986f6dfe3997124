"""Loudness of every format's output, as a podcast app measures it: ffmpeg's ebur128 decoding the file.

usage: python benchmarks/loudness_table.py [--voices espeak:en-us piper:en_US-joe-medium]

Converts the example article with each voice into each format and prints integrated loudness
(LUFS) and true peak (dBTP) of the whole file, and what article.json says was measured while
encoding. The target is listen.loudness.TARGET_LUFS with true peaks at or under -1 dBTP.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen import Settings  # noqa: E402
from listen.formats import FORMATS  # noqa: E402
from listen.loudness import TARGET_LUFS  # noqa: E402
from tests.conftest import EXAMPLE, convert_one  # noqa: E402
from tests.test_loudness import measured  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["espeak:en-us", "piper:en_US-joe-medium"])
    args = parser.parse_args()
    print(f"Target {TARGET_LUFS:g} LUFS, true peak <= -1 dBTP.\n")
    print("| voice | format | integrated (file) | true peak (file) | integrated (article.json) |")
    print("|---|---|---:|---:|---:|")
    for voice in args.voices:
        for audio_format in FORMATS:
            with tempfile.TemporaryDirectory() as out:
                audio = convert_one(EXAMPLE, Settings(voice=voice, audio_format=audio_format, output=Path(out)))
                integrated, peak = measured(audio)
                said = json.loads((audio.parent / "article.json").read_text())["loudness"]["integrated_lufs"]
            print(
                f"| {voice} | {audio_format} | {integrated:.1f} LUFS | {peak:.1f} dBTP | {said:.1f} LUFS |", flush=True
            )


if __name__ == "__main__":
    main()
