"""What a run tells its caller while it works: one typed stream of events, and each article's
outcome. The CLI draws its progress and summary from these; a library caller may ignore them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

STATUSES = ("done", "unchanged", "skipped", "failed")


@dataclass
class Outcome:
    """What became of one input: `status` is one of STATUSES, `reason` says why."""

    key: str  # the input as given: a path or a URL
    status: str
    reason: str = ""
    folder: str = ""  # the article's folder, relative to the output folder
    audio: str = ""  # the whole file's name in that folder
    title: str = ""
    words: int = 0
    seconds: float = 0.0  # length of the audio
    voice: str = ""
    speed: float = 0.0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RunStarted:
    articles: int  # how many will be converted (unchanged ones are not counted)


@dataclass(frozen=True)
class Stage:
    key: str
    name: str  # "reading", "loading voice", "finishing" (ArticleStarted begins the speaking)


@dataclass(frozen=True)
class ArticleStarted:
    key: str
    estimated_seconds: float  # audio expected at 1x, from the text's length


@dataclass(frozen=True)
class AudioMade:
    key: str
    seconds: float  # more audio, at 1x


@dataclass(frozen=True)
class Warned:
    key: str
    message: str


@dataclass(frozen=True)
class ArticleFinished:
    outcome: Outcome


Event = RunStarted | Stage | ArticleStarted | AudioMade | Warned | ArticleFinished
Events = Callable[[Event], None]


def ignore(event: Event) -> None:
    """The default listener: a library caller who wants only the report."""
