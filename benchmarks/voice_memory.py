"""A neural voice's memory and speed over sentences of many lengths, in one process.

usage: python benchmarks/voice_memory.py [--voice kokoro:jm_kumo] [--sentences 24] [--arena kept|shrunk]

Loads the voice once and speaks random sentences of 3 to 60 words (the same ones each run),
printing the process's resident memory after each and the time they took. --arena overrides
what the voice's backend chooses (voices/onnx.py): ONNX Runtime's arena kept at the largest
working memory any sentence needed, or shrunk after each sentence.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import voices.onnx  # noqa: E402
from voices.registry import find_voice, load_voice  # noqa: E402

WORDS = "the council voted on tuesday to close the old bridge to cars for the whole winter after engineers found cracks"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", default="kokoro:jm_kumo")
    parser.add_argument("--sentences", type=int, default=24)
    parser.add_argument("--arena", choices=["kept", "shrunk"], help="instead of the backend's choice")
    args = parser.parse_args()
    if args.arena:
        chosen = voices.onnx.voice_session
        voices.onnx.voice_session = lambda model, providers, shrink_arena: chosen(
            model, providers, args.arena == "shrunk"
        )
    voice = load_voice(find_voice(args.voice))
    process, rng = psutil.Process(), random.Random(0)
    sizes = [rng.randint(3, 60) for _ in range(args.sentences)]
    started = time.perf_counter()
    for size in sizes:
        voice.synthesize(" ".join(rng.choice(WORDS.split()) for _ in range(size)) + ".")
        print(f"{size} words: {process.memory_info().rss / 1e6:.0f} MB", flush=True)
    print(f"{args.voice}, arena {args.arena or 'as the backend chooses'}: "
          f"{time.perf_counter() - started:.1f} s, last {process.memory_info().rss / 1e6:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
