"""What a run shows while it works, drawn from its events (events.py).

On a terminal, one article is one line: the stage it is at, then while it is spoken a bar of
the audio made against the audio expected (as clock times, at the chosen speed), how many
times faster than real time it goes, and about how long is left, from the average since the
speaking began (steady, not the last second's rate). A batch is an overall line (articles
done, hours of audio) above one short line per article being converted. Nothing is drawn
before the run has checked its inputs, voice and output, and the lines are gone before the
summary or an error is printed. Off a terminal (a log, cron), or with `verbose`, plain lines
instead: one as each article starts to be spoken; warnings as they come in either case.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from .convert import duration as clock
from .events import ArticleFinished, ArticleStarted, AudioMade, Event, RunStarted, Stage, Warned

NAME_WIDTH = 22  # an article's name in a batch line: room for the bar at 80 columns
STEADY_SECONDS = 1.0  # the speed and time left are shown once this much has been measured


def short_name(key: str, width: int = NAME_WIDTH) -> str:
    """An input's name, cut to `width` characters: `saved/Long page name.html` -> `Long page na…`."""
    return cut(key.rstrip("/").rsplit("/", 1)[-1] or key, width)


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, an ellipsis where it was cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Speaking:
    """One article's progress: audio made and expected, in seconds heard at the chosen speed."""

    task: TaskID
    expected: float = 0.0
    made: float = 0.0
    started: float = field(default_factory=time.monotonic)

    def detail(self, stage: str) -> str:
        """What the line says after its bar: the stage (when the line does not say it already),
        or the audio made and, once measured, the speed and the time left."""
        if stage != "speaking":
            return stage
        made = f"{clock(self.made)} / {clock(self.expected)}"
        elapsed = time.monotonic() - self.started
        if elapsed < STEADY_SECONDS or not self.made:
            return made
        rate = self.made / elapsed
        return f"{made}  {rate:.0f}x real time  {clock((self.expected - self.made) / rate)} left"


class RunView:
    """The events of a run, shown on `console` (stderr)."""

    def __init__(self, speed: float = 1.0, quiet: bool = False, verbose: bool = False, console: Console | None = None):
        self.console = console or Console(stderr=True, highlight=False)
        self.speed = speed
        self.live = not quiet and not verbose and self.console.is_terminal
        self.lines = not quiet and not self.live  # plain lines: off a terminal, or asked for
        self.progress: Progress | None = None
        self.overall: TaskID | None = None
        self.articles = 0
        self.finished = 0
        self.hours = 0.0
        self.speaking: dict[str, Speaking] = {}
        self.done: set[str] = set()

    def __call__(self, event: Event) -> None:
        if isinstance(event, Warned):
            self.say(f"Warning: {event.message}" if self.articles <= 1 else f"Warning: {event.key}: {event.message}")
        elif isinstance(event, RunStarted):
            self.articles = event.articles
            if self.live and event.articles:
                self.start()
        elif isinstance(event, ArticleFinished):
            self.finish(event)
        elif event.key in self.done:
            return  # a worker's last report, arriving after its article's outcome
        elif self.progress is not None:
            self.show(event)
        elif isinstance(event, ArticleStarted) and self.lines:
            self.say(f"{event.key}: speaking, about {clock(event.estimated_seconds / self.speed)} of audio")

    def start(self) -> None:
        columns = [TextColumn("{task.description}"), BarColumn(bar_width=None), TextColumn("{task.fields[detail]}")]
        self.progress = Progress(*columns, console=self.console, transient=True, refresh_per_second=8)
        self.progress.start()
        if self.articles > 1:
            self.overall = self.progress.add_task("Converting", total=self.articles, detail=self.overall_detail())

    def show(self, event: Stage | ArticleStarted | AudioMade) -> None:
        assert self.progress is not None
        article = self.speaking.get(event.key)
        if article is None:
            name = "Reading" if self.articles == 1 else short_name(event.key)
            article = self.speaking[event.key] = Speaking(self.progress.add_task(name, total=None, detail=""))
        if isinstance(event, Stage):
            stage = event.name
            if self.articles == 1:
                self.progress.update(article.task, description=stage.capitalize())
        elif isinstance(event, ArticleStarted):
            stage = "speaking"
            article.expected, article.started = event.estimated_seconds / self.speed, time.monotonic()
            self.progress.update(article.task, total=max(1.0, article.expected))
            if self.articles == 1:
                self.progress.update(article.task, description="Speaking")
        else:
            stage = "speaking"
            article.made += event.seconds / self.speed
            article.expected = max(article.expected, article.made)
            self.progress.update(article.task, completed=article.made, total=max(1.0, article.expected))
        self.progress.update(
            article.task, detail=article.detail(stage) if self.articles > 1 or stage == "speaking" else ""
        )

    def finish(self, event: ArticleFinished) -> None:
        outcome = event.outcome
        self.done.add(outcome.key)
        self.finished += 1
        if outcome.status in ("done", "unchanged"):
            self.hours += outcome.seconds / 3600
        article = self.speaking.pop(outcome.key, None)
        if self.progress is None:
            return
        if article is not None and self.articles > 1:
            self.progress.remove_task(article.task)
        if self.overall is not None:
            self.progress.update(self.overall, completed=self.finished, detail=self.overall_detail())

    def overall_detail(self) -> str:
        return f"{self.finished} of {self.articles} articles  {self.hours:.1f} h of audio"

    def say(self, line: str) -> None:
        self.console.print(line, markup=False, soft_wrap=True)

    def __enter__(self) -> RunView:
        return self

    def __exit__(self, *exception: object) -> None:
        if self.progress is not None:
            self.progress.stop()
