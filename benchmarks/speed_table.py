"""Speed: duration ratio, word error rate and pitch for each backend at 1x to 2x.

usage: python benchmarks/speed_table.py [--voices espeak:en-us piper:en_US-joe-medium] [--words N]

Converts the example article (or one of N words from articles-dev) with `listen
convert` (to WAV) at 1.0, 1.25, 1.5, 1.75 and 2.0, and for each prints: the 1x duration divided by this duration (goal: the speed,
within 3%), the word error rate of a speech recognizer (Whisper tiny.en) against the article
(goal: at most 0.10 above the same voice at 1x), and the median pitch (goal: within 10% of
1x).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen import clean, read_source  # noqa: E402
from tests.articles import write_article  # noqa: E402
from tests.pitch import median_pitch  # noqa: E402
from tests.recognizer import word_error_rate, written_text  # noqa: E402

EXAMPLE = ROOT / "examples" / "tide-mill.txt"
SPEEDS = [1.0, 1.25, 1.5, 1.75, 2.0]
LISTEN = str(Path(sys.executable).parent / "listen")


def convert(article: Path, voice: str, speed: float, out: Path) -> Path:
    subprocess.run([LISTEN, "convert", str(article), "-o", str(out), "--voice", voice,
                    "--speed", str(speed), "--format", "wav", "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return out / article.stem / f"{article.stem}.wav"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["espeak:en-us", "piper:en_US-joe-medium"])
    parser.add_argument("--words", type=int, help="an article of this many words, not the example")
    args = parser.parse_args()
    import soundfile

    scratch_dir = tempfile.mkdtemp()
    article = write_article(Path(scratch_dir, "long.md"), args.words) if args.words else EXAMPLE
    reference = written_text(clean(read_source(str(article), 10_000_000)))
    print("| voice | speed | duration | 1x / duration | word error rate | vs 1x | pitch | vs 1x |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for voice in args.voices:
            base = {}
            for speed in SPEEDS:
                audio = convert(article, voice, speed, Path(scratch, f"{voice.replace(':', '-')}-{speed}"))
                seconds = soundfile.info(str(audio)).duration
                wer, pitch = word_error_rate(reference, audio), median_pitch(audio)
                base = base or {"seconds": seconds, "wer": wer, "pitch": pitch}
                print(f"| {voice} | {speed:g}x | {seconds:.1f} s | {base['seconds'] / seconds:.3f} "
                      f"| {wer:.3f} | {wer - base['wer']:+.3f} | {pitch:.0f} Hz "
                      f"| {pitch / base['pitch'] - 1:+.1%} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
