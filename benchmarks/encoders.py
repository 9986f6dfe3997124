"""Encoder settings: what each costs in CPU time, and whether a listener still hears every word.

usage: python benchmarks/encoders.py [--voices espeak:en-us piper:en_US-joe-medium] [--speed 1.0]

Speaks the example article to WAV with each voice, encodes it with each format's
default settings and with the faster ones listen uses, and prints per setting: the CPU
seconds of the encode per minute of audio, and the word error rate of a speech recognizer
(Whisper tiny.en) on the encoded file next to the WAV's own.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen import clean, read_source  # noqa: E402
from listen.formats import FORMATS  # noqa: E402
from tests.recognizer import word_error_rate, written_text  # noqa: E402

EXAMPLE = ROOT / "examples" / "tide-mill.txt"
LISTEN = str(Path(sys.executable).parent / "listen")
SETTINGS = {  # name: (file suffix, ffmpeg codec options)
    "wav (reference)": ("wav", ("-c:a", "pcm_s16le")),
    "mp3 LAME default": ("mp3", ("-c:a", "libmp3lame", "-b:a", "64k")),
    "mp3 listen": ("mp3", FORMATS["mp3"].codec),
    "aac default (twoloop)": ("m4a", ("-c:a", "aac", "-b:a", "64k", "-aac_coder", "twoloop")),
    "aac listen": ("m4a", FORMATS["m4a"].codec),
    "opus default (complexity 10)": ("opus", ("-c:a", "libopus", "-b:a", "32k", "-ar", "24000")),
    "opus listen": ("opus", FORMATS["opus"].codec),
    "opus complexity 0": ("opus", ("-c:a", "libopus", "-b:a", "32k", "-ar", "24000", "-compression_level", "0")),
}  # fmt: skip


def encode(wav: Path, codec: tuple[str, ...], output: Path) -> float:
    """CPU seconds ffmpeg spent encoding `wav` into `output`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(wav), *codec, str(output)], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["espeak:en-us", "piper:en_US-joe-medium"])
    parser.add_argument("--speed", default="1.0")
    args = parser.parse_args()
    import soundfile

    reference = written_text(clean(read_source(str(EXAMPLE), 10_000_000)))
    print("| voice | setting | encode CPU per audio minute | word error rate |")
    print("|---|---|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for voice in args.voices:
            out = Path(scratch, voice.replace(":", "-"))
            subprocess.run([LISTEN, "convert", str(EXAMPLE), "-o", str(out), "--voice", voice,
                            "--speed", args.speed, "--format", "wav", "--quiet"],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
            wav = out / EXAMPLE.stem / f"{EXAMPLE.stem}.wav"
            minutes = soundfile.info(str(wav)).duration / 60
            for number, (name, (suffix, codec)) in enumerate(SETTINGS.items()):
                encoded = out / f"setting-{number}.{suffix}"
                seconds = encode(wav, codec, encoded)
                error_rate = word_error_rate(reference, encoded)
                print(f"| {voice} | {name} | {seconds / minutes:.2f} s | {error_rate:.3f} |", flush=True)


if __name__ == "__main__":
    main()
