"""How well the transcripts' cues match the audio, as a speech recognizer hears it.

usage: python benchmarks/transcript_alignment.py [--pages 5] [--voice piper:en_US-joe-medium] [--words]

Converts the example article and the first N English articles-dev pages at 1x and 2x, then
runs Whisper tiny.en (faster-whisper, word timestamps) over each whole file. For every cue
whose first word the recognizer heard within a second of the cue's start, the difference
between the cue's start and that word's start is kept. Prints, per speed: cues matched, the
median, 95th percentile and largest difference, the share within 80 ms, and the signed median
(negative: the recognizer places words later than the cues). With --words (a voice that times
words, espeak-ng), every word's segment is scored the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen import Settings, run  # noqa: E402
from tests.alignment import cue_offsets  # noqa: E402
from tests.conftest import DEV_PAGES, EXAMPLE  # noqa: E402


def english_pages(count: int) -> list[Path]:
    truth = json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [page for page in sorted(truth) if truth[page]["articleBody"].count(" the ") > 20]
    return [DEV_PAGES / "html" / f"{page}.html" for page in pages[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--voice", default="piper:en_US-joe-medium")
    parser.add_argument("--words", action="store_true", help="time each word and score the words")
    args = parser.parse_args()
    inputs = [EXAMPLE, *english_pages(args.pages)]
    print("| speed | articles | cues matched | median | 95th percentile | largest | within 80 ms | signed median |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for speed in (1.0, 2.0):
        with tempfile.TemporaryDirectory() as scratch:
            report = run(
                [str(p) for p in inputs],
                Settings(voice=args.voice, speed=speed, output=Path(scratch), words=args.words),
                jobs=1,
            )
            offsets, cues = [], 0
            for outcome in report.outcomes:
                folder = Path(scratch) / outcome.folder
                found, total = cue_offsets(folder / outcome.audio, folder / "transcript.json")
                offsets += found
                cues += total
            gaps = sorted(abs(offset) for offset in offsets)
            if not gaps:  # the recognizer understood none of it (espeak-ng at 2x)
                print(f"| {speed:g}x | {len(report.outcomes)} | 0 of {cues} | | | | | |", flush=True)
                continue
            within = sum(gap <= 0.08 for gap in gaps) / len(gaps)
            print(f"| {speed:g}x | {len(report.outcomes)} | {len(gaps)} of {cues} | {statistics.median(gaps) * 1000:.0f} ms "
                  f"| {gaps[int(0.95 * (len(gaps) - 1))] * 1000:.0f} ms | {gaps[-1] * 1000:.0f} ms | {within:.1%} "
                  f"| {statistics.median(offsets) * 1000:+.0f} ms |",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
