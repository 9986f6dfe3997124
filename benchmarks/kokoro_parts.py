"""Kokoro's long sentences spoken in one pass or in parts: what a listener hears of each.

usage: python benchmarks/kokoro_parts.py [--voice kokoro:jm_kumo] [--sentences 12]

Takes sentences of 38 to 70 spoken words from the articles-dev bodies, speaks them with the
model's own limit (510 phonemes: one pass), in kokoro-onnx's parts of at most 230 phonemes (cut
where a clause ends, else where the parts come out even: listen's before session 18) and in
listen's (voices/kokoro.py: MAX_PHONEMES, a cut inside a clause moved to where a phrase starts),
and prints for each the time, the audio's length, the cuts inside a clause and Whisper tiny.en's
word error rate over all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

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


def english_sentences() -> list[str]:
    truth = json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        sentence
        for page in sorted(truth)
        if truth[page]["articleBody"].count(" the ") > 5
        for paragraph in truth[page]["articleBody"].split("\n")
        for sentence in spoken_sentences(paragraph, "en")
    ]


def long_sentences(count: int) -> list[str]:
    found = [sentence for sentence in english_sentences() if 38 <= len(sentence.split()) <= 70]
    return found[:: max(1, len(found) // count)][:count]


def cuts_inside_clauses(splitter: Callable[[str], list[str]], model: Any, sentences: list[str]) -> tuple[int, int]:
    """How often the parts of these sentences end where no sentence or clause does: in all, and
    where the next part does not start a phrase either (voices/kokoro.py's openers)."""
    openers = kokoro.phrase_openers(model, "en-us")
    inside = elsewhere = 0
    for sentence in sentences:
        parts = splitter(" ".join(model.tokenizer.phonemize(sentence, "en-us").split()))
        for part, after in zip(parts, parts[1:]):
            if not kokoro.ends_clause(part):
                inside += 1
                elsewhere += not kokoro.starts_phrase(after.split()[0], openers)
    return inside, elsewhere


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", default="kokoro:jm_kumo")
    parser.add_argument("--sentences", type=int, default=12)
    args = parser.parse_args()
    sentences = long_sentences(args.sentences)
    voice = load_voice(find_voice(args.voice))
    print(f"{len(sentences)} sentences, {sum(len(s.split()) for s in sentences)} words")
    print("| phonemes a pass | time | audio | cuts inside a clause | word error rate |")
    print("|---|---:|---:|---:|---:|")
    model = voice._model  # type: ignore[attr-defined]
    splitters = {
        "510 (one pass)": partial(split_phonemes, max_length=510),
        "230, kokoro-onnx's cuts": partial(split_phonemes, max_length=230),
        f"{kokoro.MAX_PHONEMES}, listen's cuts": model._split_phonemes,
    }
    for name, splitter in splitters.items():
        model._split_phonemes = splitter
        started, pieces = time.perf_counter(), []
        for sentence in sentences:
            pieces += [voice.synthesize(sentence), np.zeros(kokoro.SAMPLE_RATE // 4, np.int16)]
        seconds = time.perf_counter() - started
        inside, _ = cuts_inside_clauses(splitter, model, sentences)
        with tempfile.TemporaryDirectory() as scratch:
            audio = Path(scratch, "sentences.wav")
            soundfile.write(audio, np.concatenate(pieces), kokoro.SAMPLE_RATE)
            heard = word_error_rate(" ".join(sentences), audio)
        length = sum(len(piece) for piece in pieces) / kokoro.SAMPLE_RATE
        print(f"| {name} | {seconds:.0f} s | {length:.0f} s | {inside} | {heard:.3f} |", flush=True)
    every = english_sentences()
    thousands = sum(len(sentence.split()) for sentence in every) / 1000
    print(f"\nCuts inside a clause per 1,000 words of the English articles-dev bodies ({len(every)} sentences):")
    for name, splitter in splitters.items():
        inside, elsewhere = cuts_inside_clauses(splitter, model, every)
        print(f"{name}: {inside / thousands:.2f}, of them not where a phrase starts {elsewhere / thousands:.2f}")


if __name__ == "__main__":
    main()
