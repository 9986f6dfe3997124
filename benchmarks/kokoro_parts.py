"""Kokoro's long sentences spoken in one pass or in parts: what a listener hears of each.

usage: python benchmarks/kokoro_parts.py [--voice kokoro:jm_kumo] [--sentences 12]

Takes sentences of 38 to 70 spoken words from the articles-dev bodies, speaks them with the
model's own limit (510 phonemes: one pass) and with listen's (voices/kokoro.py: parts cut where
a clause ends), and prints for each the time, the audio's length and Whisper tiny.en's word
error rate over all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kokoro_onnx.chunker import split_phonemes  # noqa: E402

from listen.speech import spoken_sentences  # noqa: E402
from tests.conftest import DEV_PAGES  # noqa: E402
from tests.recognizer import word_error_rate  # noqa: E402
from voices import kokoro  # noqa: E402
from voices.registry import find_voice, load_voice  # noqa: E402


def long_sentences(count: int) -> list[str]:
    truth = json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    found = [
        sentence
        for page in sorted(truth)
        for paragraph in truth[page]["articleBody"].split("\n")
        for sentence in spoken_sentences(paragraph, "en")
        if 38 <= len(sentence.split()) <= 70
    ]
    return found[:: max(1, len(found) // count)][:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", default="kokoro:jm_kumo")
    parser.add_argument("--sentences", type=int, default=12)
    args = parser.parse_args()
    sentences = long_sentences(args.sentences)
    voice = load_voice(find_voice(args.voice))
    print(f"{len(sentences)} sentences, {sum(len(s.split()) for s in sentences)} words")
    print("| phonemes a pass | time | audio | word error rate |")
    print("|---:|---:|---:|---:|")
    for limit in (510, kokoro.MAX_PHONEMES):
        voice._model._split_phonemes = partial(split_phonemes, max_length=limit)  # type: ignore[attr-defined]
        started, pieces = time.perf_counter(), []
        for sentence in sentences:
            pieces += [voice.synthesize(sentence), np.zeros(kokoro.SAMPLE_RATE // 4, np.int16)]
        seconds = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as scratch:
            audio = Path(scratch, "sentences.wav")
            soundfile.write(audio, np.concatenate(pieces), kokoro.SAMPLE_RATE)
            heard = word_error_rate(" ".join(sentences), audio)
        length = sum(len(piece) for piece in pieces) / kokoro.SAMPLE_RATE
        print(f"| {limit} | {seconds:.0f} s | {length:.0f} s | {heard:.3f} |", flush=True)


if __name__ == "__main__":
    main()
