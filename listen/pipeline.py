"""One article, start to finish, into a folder it is given.

The stages, in order:
  1. read       the input's text, its encoding and its kind   (read.py)
  2. clean      the article in it: headline, summary, body   (cleaner.py)
  3. speech     the words as a voice should say them          (speech.py, inside segment)
  4. segment    sections (chapters) of spoken pieces          (segment.py)
  5. synthesize every piece through the voice, at the speed   (render.py, pacing.py)
  6. export     whole file, chapter files, sidecars, tags     (export.py)

Naming the folder, locking the output, stamping what the audio was made from and deciding
whether to replace an earlier result are the run's work (convert.py), not this module's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from voices.base import VoiceInfo, WordTimedVoice
from voices.registry import find_voice, load_voice, reading, speaks_language

from .artwork import cover
from .cleaner import clean
from .errors import ListenError
from .events import ArticleStarted, AudioMade, Events, Stage, Warned, ignore
from .export import export
from .ffmpeg import Encoder, require
from .formats import FORMATS
from .loudness import LIMITER
from .model import Article
from .pacing import plan_speed
from .read import read_source
from .render import render
from .segment import Section, segment
from .settings import Settings
from .speed import describe
from .stopwatch import Stopwatch
from .tags import Tags

CHARACTERS_PER_SECOND = 15  # of text, spoken at 1x: for the progress estimate only


@dataclass
class Result:
    """One converted article: what was heard, how long, by which voice."""

    article: Article
    audio: str  # the whole file's name in the folder
    duration: float
    voice: str
    speed: float
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


@dataclass
class Prepared:
    """An article ready to speak: its text, its pieces, and the voice that will say them."""

    location: str
    article: Article
    sections: list[Section]
    voice: VoiceInfo
    stopwatch: Stopwatch
    page_url: str = ""  # where the page was fetched from ("" for a file): its image may be fetched too


def prepare_article(
    location: str, settings: Settings = Settings(), events: Events = ignore, data: bytes | None = None
) -> Prepared:
    """Stages 1 to 4 and the choice of voice: everything that can fail because of the input,
    done before any file is written. `data` is the input's bytes, when already read."""
    stopwatch = Stopwatch()
    events(Stage(location, "reading"))
    with stopwatch.measure("read"):
        source = read_source(location, settings.max_bytes, data)
    with stopwatch.measure("clean"):
        article = clean(source)
    with stopwatch.measure("speech text"):
        sections = segment(article, settings.load_lexicon())
    voice = reading(find_voice(settings.voice_for(article.language), article.language), article.language)
    if not speaks_language(voice, article.language):
        best = find_voice(None, article.language)
        hint = f": --voice {best.address} speaks it" if speaks_language(best, article.language) else ""
        mismatch = f"voice {voice.address} speaks {voice.language}, the article is in {article.language}"
        events(Warned(location, mismatch + hint))
    return Prepared(location, article, sections, voice, stopwatch, source.url)


def speak_article(
    prepared: Prepared, folder: Path, name: str, settings: Settings = Settings(), events: Events = ignore
) -> Result:
    """Stages 5 and 6: speak the article into the existing, empty `folder`, its files named
    after `name`."""
    article, sections, stopwatch = prepared.article, prepared.sections, prepared.stopwatch
    events(Stage(prepared.location, "loading voice"))
    voice = load_voice(prepared.voice)
    plan = plan_speed(voice, settings.speed, calibration_sample(sections))
    if settings.words and not isinstance(voice, WordTimedVoice):
        events(Warned(prepared.location, f"voice {prepared.voice.address} does not say when words start: "
                                         "the transcripts have sentences only"))  # fmt: skip
    events(ArticleStarted(prepared.location, expected_seconds(sections)))
    rate = prepared.voice.sample_rate
    fmt = FORMATS[settings.audio_format]
    encoded = folder / f".encoded.{fmt.extension}"  # a slug never starts with a dot
    with Encoder(rate, fmt.codec, encoded, LIMITER) as encoder:
        rendered = render(
            sections, voice, plan, encoder,
            on_piece=lambda samples: events(AudioMade(prepared.location, samples / rate * plan.speed)),
            stopwatch=stopwatch, words=settings.words,
        )  # fmt: skip
        events(Stage(prepared.location, "finishing"))
        with stopwatch.measure("encode"):
            encoder.finish()
        rendered.loudness = encoder.loudness
    duration = rendered.samples / rate
    tags = Tags(
        title=article.title,
        artist=article.byline or article.source,
        album=article.source,
        date=article.date,
        comment=article.url,
        voice=prepared.voice.address,
        speed=f"{settings.speed:g}x",
        words_per_minute=str(round(article.words / duration * 60)),
        genre=article.genre or "Speech",
    )
    with stopwatch.measure("cover"):
        cover_jpeg, problem = cover(article.title, article.source, article.image, prepared.page_url)
    if problem:
        events(Warned(prepared.location, problem))
    exported = export(rendered, encoded, sections, article, tags, folder, name,
                      settings.audio_format, cover_jpeg, stopwatch)  # fmt: skip
    return Result(
        article=article,
        audio=exported.audio.name,
        duration=exported.duration,
        voice=prepared.voice.address,
        speed=settings.speed,
        timings=dict(stopwatch.seconds),
    )


def expected_seconds(sections: list[Section]) -> float:
    """About how long the sections take to say at 1x, from their length."""
    return sum(len(section.text) for section in sections) / CHARACTERS_PER_SECOND


def calibration_sample(sections: list[Section], chars: int = 1500) -> list[str]:
    """The first pieces of an article, about `chars` long: the text speed is calibrated on."""
    sample: list[str] = []
    for piece in (piece for section in sections for piece in section.pieces):
        if sum(map(len, sample)) >= chars:
            break
        sample.append(piece.text)
    return sample


def preview(voice: str | None, speed: float, output: Path) -> Path:
    """A short sample of a voice at a speed, written to `output` (its suffix picks the format)."""
    require("ffmpeg")
    info = reading(find_voice(voice), "en")
    sample = f"Hello, I am {info.name}. This is how I read your articles at {describe(speed).replace(' - ', ', or ')}."
    sections = segment(Article(title=sample, language=info.language))
    voice_model = load_voice(info)
    fmt = FORMATS.get(output.suffix.lstrip(".").lower())
    if fmt is None:
        raise ListenError(f"cannot write {output.name}: name it .{', .'.join(FORMATS)}")
    plan = plan_speed(voice_model, speed, calibration_sample(sections))
    partial = output.with_name(f".{output.stem}.partial-{os.getpid()}{output.suffix}")
    try:
        with Encoder(info.sample_rate, fmt.codec, partial, LIMITER) as encoder:
            render(sections, voice_model, plan, encoder)
            encoder.finish()
        partial.rename(output)
    finally:
        partial.unlink(missing_ok=True)
    return output
