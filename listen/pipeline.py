"""`convert`: one article in, a folder of chaptered audio out.

The stages, in order:
  1. read       the input's text, its encoding and its kind   (read.py)
  2. clean      the article in it: headline, summary, body   (clean.py)
  3. speech     the words as a voice should say them          (speech.py, inside segment)
  4. segment    sections (chapters) of spoken pieces          (segment.py)
  5. synthesize every piece through the voice, into one WAV   (render.py)
  6. speed      the voice's rate and a time-stretch           (speed.py, applied in export)
  7. export     whole file, chapter files, chapters.json, cue, playlist, tags (export.py)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from voices.registry import find_voice, load_voice, speaks_language

from .clean import clean
from .errors import ListenError
from .export import export
from .fetch import is_web_address
from .ffmpeg import Encoder, require
from .formats import FORMATS
from .model import Article
from .output import remove_stale_partials, staged_folder
from .read import read_source
from .render import render
from .segment import Section, segment
from .settings import Settings
from .slug import slugify
from .speed import describe, plan_speed
from .stopwatch import Stopwatch
from .tags import Tags


@dataclass
class Progress:
    """What a front end hears while an article converts."""

    on_start: Callable[[list[Section]], None] = lambda sections: None
    on_audio: Callable[[float], None] = lambda seconds: None  # seconds of 1x audio made
    on_warning: Callable[[str], None] = lambda message: None
    on_done: Callable[[], None] = lambda: None


@dataclass
class Result:
    folder: Path
    audio: Path
    article: Article
    duration: float
    voice: str
    speed: float
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def words_per_minute(self) -> float:
        return self.article.words / (self.duration / 60) if self.duration else 0.0

    def summary(self) -> str:
        minutes, seconds = divmod(round(self.duration), 60)
        return (
            f"{self.audio}: {minutes}:{seconds:02d}, {self.article.words} words, "
            f"{self.words_per_minute:.0f} words per minute ({self.voice}, {self.speed:g}x)"
        )


def convert(
    location: str,
    settings: Settings = Settings(),
    progress: Progress = Progress(),
    name: str | None = None,
    stamp: dict[str, str] | None = None,
) -> Result:
    """Convert the article at `location` (a path, a URL, or `-`) into `settings.output/<name>/`.

    `name` defaults to a slug of the file's name (of the title, for URLs and stdin); `stamp`
    maps file names to text written into the folder with the audio (batch.py records there
    what the audio was made from).
    """
    require("ffmpeg"), require("ffprobe")
    stopwatch = Stopwatch()
    with stopwatch.measure("read"):
        source = read_source(location, settings.max_bytes)
    with stopwatch.measure("clean"):
        article = clean(source)
    with stopwatch.measure("speech text"):
        sections = segment(article, settings.load_lexicon())
    voice_info = find_voice(settings.voice, article.language)
    if not speaks_language(voice_info, article.language):
        progress.on_warning(
            f"voice {voice_info.address} speaks {voice_info.language}, "
            f"the article is in {article.language}"
        )
    voice = load_voice(voice_info)
    plan = plan_speed(voice, settings.speed, calibration_sample(sections))
    folder = settings.output / (name or output_name(location, article))
    if settings.output.is_dir():
        remove_stale_partials(settings.output)
    progress.on_start(sections)
    rate = voice_info.sample_rate
    fmt = FORMATS[settings.audio_format]
    with staged_folder(folder, settings.force) as staging:
        encoded = staging / f".encoded.{fmt.extension}"  # a slug never starts with a dot
        with Encoder(rate, fmt.codec, encoded) as encoder:
            rendered = render(
                sections, voice, plan, encoder,
                on_piece=lambda samples: progress.on_audio(samples / rate * plan.speed),
                stopwatch=stopwatch,
            )  # fmt: skip
            with stopwatch.measure("encode"):
                encoder.finish()
        duration = rendered.samples / rate
        tags = Tags(
            title=article.title,
            artist=article.byline or article.source,
            album=article.source,
            date=article.date,
            comment=article.url,
            voice=voice_info.address,
            speed=f"{settings.speed:g}x",
            words_per_minute=str(round(article.words / duration * 60)),
        )
        exported = export(rendered, encoded, sections, article, tags, staging, folder.name,
                          settings.audio_format, stopwatch)  # fmt: skip
        for file_name, text in (stamp or {}).items():
            (staging / file_name).write_text(text, encoding="utf-8")
    progress.on_done()
    return Result(
        folder=folder,
        audio=folder / exported.audio.name,
        article=article,
        duration=exported.duration,
        voice=voice_info.address,
        speed=settings.speed,
        timings=dict(stopwatch.seconds),
    )


def calibration_sample(sections: list[Section], chars: int = 1500) -> list[str]:
    """The first pieces of an article, about `chars` long: the text speed is calibrated on."""
    sample: list[str] = []
    for piece in (piece for section in sections for piece in section.pieces):
        if sum(map(len, sample)) >= chars:
            break
        sample.append(piece.text)
    return sample


def output_name(location: str, article: Article) -> str:
    """The article's folder name: its file's name, or its title for URLs and stdin."""
    if location == "-" or is_web_address(location):
        return slugify(article.title)
    return slugify(Path(location).stem)


def preview(voice: str | None, speed: float, output: Path) -> Path:
    """A short sample of a voice at a speed, written to `output` (its suffix picks the format)."""
    require("ffmpeg")
    info = find_voice(voice)
    sample = (
        f"Hello, I am {info.name}. This is how I read your articles "
        f"at {describe(speed).replace(' - ', ', or ')}."
    )
    sections = segment(Article(title=sample, language=info.language))
    voice_model = load_voice(info)
    fmt = FORMATS.get(output.suffix.lstrip(".").lower())
    if fmt is None:
        raise ListenError(f"cannot write {output.name}: name it .{', .'.join(FORMATS)}")
    plan = plan_speed(voice_model, speed, calibration_sample(sections))
    partial = output.with_name(f".{output.stem}.partial-{os.getpid()}{output.suffix}")
    try:
        with Encoder(info.sample_rate, fmt.codec, partial) as encoder:
            render(sections, voice_model, plan, encoder)
            encoder.finish()
        partial.rename(output)
    finally:
        partial.unlink(missing_ok=True)
    return output
