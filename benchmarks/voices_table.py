"""Each voice on real articles: speed, load time, memory, and what a listener hears at 1x to 2x.

usage: python benchmarks/voices_table.py [--voices espeak:en-us piper:en_US-joe-medium kokoro:jm_kumo] [--pages 5]

For each voice, converts the example article and the first N English articles-dev pages in
one `listen convert` run (WAV) at 1x, 1.5x and 2x, and prints a row per speed: wall time,
audio made, real-time factor (audio / wall, load and encode included), peak memory of the
process tree, the word error rate of a speech recognizer (Whisper tiny.en) over all the
articles (weighted by their words), its rise over 1x (goal: at most 0.05 for neural voices),
and the largest duration error against the 1x audio divided by the speed (goal: 3%). The
voice's load time, in this process, is printed above its rows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import LISTEN, peak_memory  # noqa: E402
from transcript_alignment import english_pages  # noqa: E402

from listen import clean, read_source  # noqa: E402
from tests.conftest import EXAMPLE, decoded_seconds  # noqa: E402
from tests.recognizer import word_error_rate, written_text  # noqa: E402
from voices.registry import find_voice, load_voice  # noqa: E402

SPEEDS = (1.0, 1.5, 2.0)


def heard(articles: list[Path], out: Path, sample_rate: int) -> tuple[float, dict[str, float]]:
    """The word error rate over all the articles (weighted by words), and each one's seconds."""
    errors = words = 0.0
    seconds = {}
    made = json.loads((out / ".listen-manifest.json").read_text(encoding="utf-8"))  # each input's folder and audio
    for article in articles:
        reference = written_text(clean(read_source(str(article), 10_000_000)))
        entry = made[str(article)]
        audio = out / entry["folder"] / entry["outcome"]["audio"]
        errors += word_error_rate(reference, audio) * len(reference.split())
        words += len(reference.split())
        seconds[article.stem] = decoded_seconds(audio, sample_rate)
    return errors / words, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["espeak:en-us", "piper:en_US-joe-medium", "kokoro:jm_kumo"])
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    articles = [EXAMPLE, *english_pages(args.pages)]
    print(f"{len(articles)} articles\n")
    print(
        "| voice | speed | wall | audio | real-time factor | peak memory | word error rate | vs 1x | duration error |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for address in args.voices:
        info = find_voice(address)
        started = time.perf_counter()
        load_voice(info)
        print(f"| {address} | load | {time.perf_counter() - started:.1f} s | | | | | | |", flush=True)
        base_wer, base_seconds = 0.0, {}
        for speed in SPEEDS:
            with tempfile.TemporaryDirectory() as scratch:
                out = Path(scratch)
                megabytes, _, wall, _ = peak_memory([LISTEN, "convert", *map(str, articles), "-o", str(out),
                                                     "--voice", address, "--speed", f"{speed:g}", "--format", "wav",
                                                     "--quiet"])  # fmt: skip
                wer, seconds = heard(articles, out, info.sample_rate)
            base_wer, base_seconds = (wer, seconds) if speed == 1.0 else (base_wer, base_seconds)
            error = max(abs(seconds[name] / (base_seconds[name] / speed) - 1) for name in seconds)
            audio = sum(seconds.values())
            print(f"| {address} | {speed:g}x | {wall:.0f} s | {audio / 60:.1f} min | {audio / wall:.1f}x | "
                  f"{megabytes:.0f} MB | {wer:.3f} | {wer - base_wer:+.3f} | {error:.1%} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
