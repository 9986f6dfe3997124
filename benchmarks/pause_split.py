"""How much more than the speech a pause should be shortened at a speed (pacing.PAUSE_EXPONENT).

usage: python benchmarks/pause_split.py [--voice piper:en_US-joe-medium] [--speed 2] [--pages 5]
                                        [--exponents 1 1.25 1.5 2]

Speaks the example article and the first N English articles-dev pages once, at 1x, piece by
piece as `listen convert` does, then brings that one rendering to SPEED for each exponent:
each piece with its pause lasts its 1x time divided by SPEED, the pause divided by SPEED to the
power of the exponent, the speech time-stretched for the rest (1 is every pause divided by the
speed, as the speech is). Prints a speech recognizer's (Whisper tiny.en) word error rate over
all the articles for 1x and each exponent. One rendering for all, so the rows differ only in
the pauses: Piper's rendering varies from one run to the next by more than they do.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from transcript_alignment import english_pages  # noqa: E402

from listen import clean, pacing, read_source  # noqa: E402
from listen.segment import segment  # noqa: E402
from listen.silence import kept_span  # noqa: E402
from listen.stretch import stretch  # noqa: E402
from tests.conftest import EXAMPLE  # noqa: E402
from tests.recognizer import word_error_rate, written_text  # noqa: E402
from voices.registry import find_voice, load_voice  # noqa: E402

Rendering = tuple[str, list[tuple[np.ndarray, float]]]  # what should be heard; each piece's speech and pause


def rendered_once(voice_name: str, articles: list[Path]) -> tuple[list[Rendering], int]:
    """Each article's pieces as the voice speaks them at 1x, trimmed of the engine's silence."""
    voice = load_voice(find_voice(voice_name))
    rate = voice.info.sample_rate
    renderings = []
    for location in articles:
        article = clean(read_source(str(location), 10_000_000))
        pieces = []
        for section in segment(article):
            for piece in section.pieces:
                audio = voice.synthesize(piece.text, rate=1.0)
                start, end = kept_span(audio, rate)
                pieces.append((audio[start:end], piece.pause_after))
        renderings.append((written_text(article), pieces))
    return renderings, rate


def heard(renderings: list[Rendering], rate: int, speed: float, scratch: Path) -> float:
    """The word error rate over all the articles (weighted by words) at `speed`."""
    plan = pacing.SpeedPlan(speed)
    errors = words = 0.0
    for index, (reference, pieces) in enumerate(renderings):
        audio = []
        for speech, pause in pieces:
            tempo, pause_samples = plan.piece_timing(len(speech), pause, rate)
            audio += [stretch(speech, rate, tempo), np.zeros(pause_samples, np.int16)]
        path = scratch / f"{index}.wav"
        sf.write(path, np.concatenate(audio), rate)
        errors += word_error_rate(reference, path) * len(reference.split())
        words += len(reference.split())
    return errors / words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", default="piper:en_US-joe-medium")
    parser.add_argument("--speed", type=float, default=2.0)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--exponents", type=float, nargs="+", default=[1.0, 1.25, 1.5, 2.0])
    args = parser.parse_args()
    renderings, rate = rendered_once(args.voice, [EXAMPLE, *english_pages(args.pages)])
    print(f"{len(renderings)} articles, {args.voice}\n")
    print("| speed | pauses divided by | word error rate | vs 1x |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        base = heard(renderings, rate, 1.0, Path(scratch))
        print(f"| 1x | | {base:.3f} | |", flush=True)
        for exponent in args.exponents:
            pacing.PAUSE_EXPONENT = exponent
            wer = heard(renderings, rate, args.speed, Path(scratch))
            print(f"| {args.speed:g}x | speed^{exponent:g} | {wer:.3f} | {wer - base:+.3f} |", flush=True)


if __name__ == "__main__":
    main()
