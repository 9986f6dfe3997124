"""How a neural voice should reach 2x: its engine's own rate, a time-stretch, or a mix.

usage: python benchmarks/speed_split.py [--voices piper:en_US-joe-medium kokoro:jm_kumo] [--speed 2]

Speaks the example article at 1x, then at SPEED with the engine's own rate allowed up to
1x, 1.25x, ... SPEED (the time-stretch makes up the rest), and prints the word error rate of a
speech recognizer (Whisper tiny.en) for each: the split with the lowest is the one a voice's
`max_engine_rate` should name (issue: WER at 2x within 0.05 of 1x).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen.pipeline import prepare_article, speak_article  # noqa: E402
from listen.settings import Settings  # noqa: E402
from tests.recognizer import word_error_rate, written_text  # noqa: E402
from voices.registry import load_voice  # noqa: E402

EXAMPLE = ROOT / "examples" / "tide-mill.txt"


def spoken(voice: str, speed: float, engine_share: float, scratch: Path) -> tuple[float, float]:
    """The word error rate and duration of the example spoken with the engine's rate capped."""
    settings = Settings(voice=voice, speed=speed, audio_format="wav")
    prepared = prepare_article(str(EXAMPLE), settings)
    loaded = load_voice(prepared.voice)
    type(loaded).max_engine_rate = engine_share  # type: ignore[misc]
    folder = Path(tempfile.mkdtemp(dir=scratch))
    result = speak_article(prepared, folder, "example", settings)
    return word_error_rate(written_text(prepared.article), folder / result.audio), result.duration


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["piper:en_US-joe-medium", "kokoro:jm_kumo"])
    parser.add_argument("--speed", type=float, default=2.0)
    args = parser.parse_args()
    shares = [1.0 + step * (args.speed - 1.0) / 4 for step in range(5)]
    print("| voice | speed | engine's own rate up to | word error rate | vs 1x | duration |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for voice in args.voices:
            base, seconds = spoken(voice, 1.0, 1.0, Path(scratch))
            print(f"| {voice} | 1x | | {base:.3f} | | {seconds:.1f} s |", flush=True)
            for share in shares:
                wer, seconds = spoken(voice, args.speed, share, Path(scratch))
                print(f"| {voice} | {args.speed:g}x | {share:g}x | {wer:.3f} | {wer - base:+.3f} | {seconds:.1f} s |",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
