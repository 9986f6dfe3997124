"""Real-time factor of each voice backend: seconds of speech made per second of work.

usage: python benchmarks/voices_rtf.py [ARTICLE]

Speaks every piece of ARTICLE (default: the example article) with the default voice of
each installed backend, in this process, the voice loaded once, and prints a Markdown table:
the load time, the synthesis time, the audio made, and the real-time factor with and without
the load.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from listen import clean, read_source
from listen.segment import segment
from voices.registry import all_voices, backends, best_voice, load_voice

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tide-mill.txt"


def main() -> None:
    article_path = sys.argv[1] if len(sys.argv) > 1 else str(EXAMPLE)
    article = clean(read_source(article_path, 50_000_000))
    pieces = [piece.text for section in segment(article) for piece in section.pieces]
    print(f"{article.words} words, {len(pieces)} pieces\n")
    print("| backend | voice | load | synthesis | audio | real-time factor | with load |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in backends():
        info = best_voice(tuple(v for v in all_voices() if v.backend == name), article.language)
        started = time.perf_counter()
        voice = load_voice(info)
        loaded = time.perf_counter()
        samples = sum(len(voice.synthesize(text)) for text in pieces)
        done = time.perf_counter()
        audio = samples / info.sample_rate
        print(
            f"| {name} | {info.id} | {loaded - started:.2f} s | {done - loaded:.2f} s | "
            f"{audio:.1f} s | {audio / (done - loaded):.1f}x | {audio / (done - started):.1f}x |"
        )


if __name__ == "__main__":
    main()
