"""A run: the one way articles are converted, whether one or a thousand.

    report = run(["article.txt"], Settings(output="~/Listen"))

finds the jobs in the inputs (files, folders, URLs, stdin), holds the output folder's lock,
tidies what killed runs left, gives each article a folder no other input has, skips what is
unchanged since the last run, converts the rest (here, in worker processes, or on a Dask
cluster), refreshes the folder's feed, and returns a report. A second run of the same inputs
redoes only what changed or failed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from voices.registry import find_voice

from .errors import ListenError
from .events import STATUSES, ArticleFinished, Events, Outcome, RunStarted, Warned, ignore
from .feed import refresh
from .ffmpeg import require
from .formats import FORMATS
from .jobs import ARTICLE_SUFFIXES, Job, find_jobs, job_hashes
from .manifest import Manifest
from .output import locked, remove_stale_partials, write_atomically
from .pipeline import expected_seconds, prepare_article
from .settings import Settings
from .workers import available_cores, run_here, run_in_pool, run_on_cluster


@dataclass
class Report:
    """What a run did: an outcome per input, and warnings about the run itself."""

    output: Path = Path(".")
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        """One line an article, then the totals."""
        lines = [describe(outcome, self.output) for outcome in self.outcomes]
        if len(self.outcomes) != 1:
            counts = ", ".join(f"{self.count(status)} {status}" for status in STATUSES)
            heard = sum(o.seconds for o in self.outcomes if o.status in ("done", "unchanged"))
            lines.append(f"{len(self.outcomes)} articles: {counts}; {duration(heard)} of audio")
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        document = {
            "articles": [asdict(outcome) for outcome in self.outcomes],
            "counts": {status: self.count(status) for status in STATUSES},
            "warnings": self.warnings,
        }
        write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False))


def describe(outcome: Outcome, output: Path) -> str:
    """One article's line: what became of it, where its audio is, its length and title, and
    why it was made again."""
    if outcome.status in ("done", "unchanged") and outcome.audio:
        where = output / outcome.folder / outcome.audio
        line = f"{outcome.status}: {where} ({duration(outcome.seconds)}, {outcome.words} words, {outcome.voice}, {outcome.speed:g}x)"
        line += f" {json.dumps(outcome.title, ensure_ascii=False)}" if outcome.title else ""
        return line + (f": {outcome.reason}" if outcome.status == "done" and outcome.reason else "")
    if outcome.key in outcome.reason or not outcome.reason:  # say the input once
        return f"{outcome.status}: {outcome.reason or outcome.key}"
    return f"{outcome.status}: {outcome.key}: {outcome.reason}"


def plan(inputs: Sequence[str | Job], settings: Settings = Settings(), recursive: bool = False) -> list[Outcome]:
    """What `run` would do, with nothing written: each input's outcome as "to convert" (with
    its title, words, voice and the audio's expected length at the chosen speed, and why),
    "unchanged", "skipped" or "failed". A web page is fetched to know its length."""
    require("ffmpeg"), require("ffprobe")
    check_voices(settings)
    found, outcomes = find_jobs(inputs, recursive, settings.max_bytes)
    manifest = Manifest(settings.output)
    for job, hashes, unchanged in triage(found, manifest, settings):
        if unchanged is not None:
            outcomes.append(unchanged)
            continue
        try:
            prepared = prepare_article(job.location, settings, data=job.data)
        except ListenError as error:
            outcomes.append(Outcome(job.key, "failed", str(error)))
            continue
        article = prepared.article
        outcomes.append(Outcome(
            job.key, "to convert", manifest.why_made(job, hashes, settings.force), folder=job.name,
            title=article.title, words=article.words, voice=prepared.voice.address, speed=settings.speed,
            seconds=round(expected_seconds(prepared.sections) / settings.speed, 1),
        ))  # fmt: skip
    return outcomes


def triage(found: list[Job], manifest: Manifest, settings: Settings) -> list[tuple[Job, dict, Outcome | None]]:
    """Each job in its folder, with its hashes and its "unchanged" outcome (None: to be made)."""
    extension = FORMATS[settings.audio_format].extension
    placed = []
    for job in manifest.place(found):
        hashes = job_hashes(job, settings)
        placed.append((job, hashes, None if settings.force else manifest.unchanged(job, hashes, extension)))
    return placed


def check_voices(settings: Settings) -> None:
    """A voice asked for that does not exist fails the run, not each article."""
    for spec in filter(None, [settings.voice, *settings.voices.values()]):
        find_voice(spec)


def duration(seconds: float) -> str:
    """`2:39` for a short article, `2:39:32` past the hour, as players show it."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"


def run(
    inputs: Sequence[str | Job],
    settings: Settings = Settings(),
    events: Events = ignore,
    recursive: bool = False,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> Report:
    """Convert every article in `inputs` into `settings.output`. `jobs` articles are converted
    side by side (default: one a core); `scheduler` sends them to a Dask cluster instead."""
    require("ffmpeg"), require("ffprobe")
    check_voices(settings)
    workers = jobs or available_cores()
    found, outcomes = find_jobs(inputs, recursive, settings.max_bytes)
    out = settings.output
    report = Report(out, outcomes)
    if not found and not outcomes:
        report.warnings.append(
            f"no articles in {', '.join(map(str, inputs))} (they end in {', '.join(sorted(ARTICLE_SUFFIXES))})"
        )
    with locked(out):
        if out.is_dir():
            remove_stale_partials(out)
        manifest = Manifest(out)
        report.warnings += manifest.warnings
        todo, reasons = [], {}
        for job, hashes, unchanged in triage(found, manifest, settings):
            if unchanged is None:
                todo.append((job, hashes))
                reasons[job.key] = manifest.why_made(job, hashes, settings.force)
            else:
                manifest.record(job, hashes, unchanged)
                report.outcomes.append(unchanged)
        events(RunStarted(len(todo)))
        if scheduler:
            finished = run_on_cluster(todo, settings, scheduler)
        elif len(todo) <= 1 or workers == 1:
            finished = run_here(todo, settings, events)
        else:
            finished = run_in_pool(todo, settings, workers, events)
        # closing(): a Ctrl-C while an outcome is recorded here, not only while the workers are
        # awaited, still stops them at once (the generator's own clean-up runs now, not at exit).
        with contextlib.closing(finished):
            for job, hashes, outcome in finished:
                if outcome.status == "done":
                    outcome.reason = reasons[job.key]
                manifest.record(job, hashes, outcome)
                for message in outcome.warnings:
                    events(Warned(job.key, message))
                report.outcomes.append(outcome)
                events(ArticleFinished(outcome))
        if out.is_dir():
            report.warnings += refresh(out)
    return report
