"""Subscriptions: a site's feed whose new articles become audio in an output folder.

    url = "https://example.com/feed.xml"
    feed = subscribe(out, url)                 # checks the feed, then remembers it
    report = update(out, fetched={url: feed})  # converts what is new in every feed

What a folder is subscribed to, the settings its articles are made with, and what became of
each entry live in OUT/.listen-subscriptions.json, written atomically. An update converts an
entry once: a converted entry is never taken again; a failed one is tried again at the next
update, at most MAX_ATTEMPTS times in all, its reason kept. Feeds are asked with their ETag
and Last-Modified, so an unchanged feed costs one request (one with an entry to try again
is fetched whole, since a 304 would not list it). The conversion itself is an
ordinary run (convert.run): parallel, resumable, on a Dask cluster with `scheduler`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from voices.registry import find_voice

from .convert import Report, run
from .errors import ListenError
from .events import Events, Outcome, ignore
from .fetch import parse_address
from .jobs import Job
from .output import locked, write_atomically
from .settings import Settings
from .sitefeed import Entry, FeedAnswer, reaches_inward, read_feed
from .slug import slugify

STATE = ".listen-subscriptions.json"
MAX_ATTEMPTS = 3  # an entry that failed this many times is not tried again
DEFAULT_LIMIT = 10  # the newest entries of a feed an update looks at
SETTING_NAMES = ("voice", "speed", "audio_format")  # what a folder keeps for its subscriptions


@dataclass
class Subscription:
    url: str
    limit: int = DEFAULT_LIMIT
    title: str = ""
    etag: str = ""
    last_modified: str = ""


@dataclass
class Taken:
    """What became of one entry: "done", or "failed" with the reason and the attempts so far."""

    status: str
    attempts: int = 0
    reason: str = ""
    folder: str = ""
    feed: str = ""  # the feed it came from

    @property
    def retried(self) -> bool:
        """Whether the next update tries it again."""
        return self.status == "failed" and self.attempts < MAX_ATTEMPTS


@dataclass
class State:
    feeds: list[Subscription] = field(default_factory=list)
    entries: dict[str, Taken] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, out: Path) -> State:
        path = out / STATE
        if not path.exists():
            return cls()
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                feeds=[Subscription(**feed) for feed in document["feeds"]],
                entries={key: Taken(**taken) for key, taken in document["entries"].items()},
                settings=dict(document["settings"]),
            )
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            raise ListenError(f"{path} is damaged ({type(error).__name__}); move it away to start again") from None

    def save(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        write_atomically(out / STATE, json.dumps(asdict(self), indent=1, ensure_ascii=False))

    def find(self, url: str) -> Subscription | None:
        return next((feed for feed in self.feeds if feed.url == url), None)


def subscribe(out: Path, url: str, settings: dict[str, object] | None = None, limit: int = DEFAULT_LIMIT) -> FeedAnswer:
    """Subscribe `out` to the feed at `url` and return the feed as fetched to check it (the
    first update can start from it: a feed of 100,000 entries takes half a minute to parse).
    `settings` (voice, speed, audio_format) become the folder's."""
    parse_address(url)
    if settings and settings.get("voice"):
        find_voice(str(settings["voice"]))  # refused before it is kept: every update would fail on it
    answer = read_feed(url, Settings().max_bytes)
    with locked(out):
        state = State.load(out)
        feed = state.find(url)
        if feed is None:
            state.feeds.append(Subscription(url, limit, answer.title))
        else:
            feed.limit, feed.title = limit, answer.title
        state.settings.update({name: value for name, value in (settings or {}).items() if name in SETTING_NAMES})
        state.save(out)
    return answer


def unsubscribe(out: Path, url: str) -> None:
    with locked(out):
        state = State.load(out)
        if state.find(url) is None:
            raise ListenError(f"{out} is not subscribed to {url}")
        state.feeds = [feed for feed in state.feeds if feed.url != url]
        state.save(out)


def update(
    out: Path,
    settings: Settings | None = None,
    events: Events = ignore,
    jobs: int | None = None,
    scheduler: str | None = None,
    fetched: dict[str, FeedAnswer] | None = None,
) -> Report:
    """Convert the new entries of every feed `out` is subscribed to, with the folder's settings.
    A feed in `fetched` (its URL -> the feed as read a moment ago, by `subscribe`) is not
    fetched again."""
    state = State.load(out)
    if not state.feeds:
        raise ListenError(f"{out} has no subscriptions (add one with: listen subscribe FEED_URL -o {out})")
    chosen = {name: value for name, value in state.settings.items() if name in SETTING_NAMES}
    settings = replace(settings or Settings(), output=out, **chosen)  # type: ignore[arg-type]
    failures: list[Outcome] = []
    todo: dict[str, tuple[str, str]] = {}  # job key -> (entry id, feed URL)
    new_jobs: list[Job] = []
    for feed in state.feeds:
        # A feed with entries to try again is fetched whole: a 304 would not list them.
        retrying = any(taken.retried and taken.feed == feed.url for taken in state.entries.values())
        cached = ("", "") if retrying else (feed.etag, feed.last_modified)
        try:
            answer = (fetched or {}).get(feed.url) or read_feed(feed.url, settings.max_bytes, cached)
        except ListenError as error:
            failures.append(Outcome(feed.url, "failed", str(error)))
            continue
        if not answer.changed:
            continue
        feed.title, feed.etag, feed.last_modified = answer.title or feed.title, answer.etag, answer.last_modified
        for entry in answer.entries[: feed.limit]:
            taken = state.entries.get(entry.id)
            if taken and not taken.retried:
                continue
            problem = entry.problem or reaches_inward(entry, answer)
            if problem:
                state.entries[entry.id] = Taken("failed", MAX_ATTEMPTS, problem, feed=feed.url)
                failures.append(Outcome(entry.link or entry.id, "failed", problem))
                continue
            job = entry_job(entry, feed.url)
            todo[job.key] = (entry.id, feed.url)
            new_jobs.append(job)
    report = run(new_jobs, settings, events, jobs=jobs, scheduler=scheduler) if new_jobs else Report(out)
    record(state, report.outcomes, todo)
    report.outcomes += failures
    with locked(out):
        state.save(out)
    return report


def entry_job(entry: Entry, feed_url: str) -> Job:
    """The job for a feed entry: its link, fetched when converted, or its full text from the feed."""
    name = slugify(entry.title) or "article"
    if entry.text:
        location = entry.link or f"{feed_url}#{name}"
        return Job(location, location, name, entry.text.encode("utf-8"))
    return Job(entry.link, entry.link, name)


def record(state: State, outcomes: Sequence[Outcome], todo: dict[str, tuple[str, str]]) -> None:
    for outcome in outcomes:
        if outcome.key not in todo:
            continue
        entry_id, feed_url = todo[outcome.key]
        if outcome.status in ("done", "unchanged"):
            state.entries[entry_id] = Taken("done", folder=outcome.folder, feed=feed_url)
        else:
            attempts = state.entries.get(entry_id, Taken("failed")).attempts + 1
            state.entries[entry_id] = Taken("failed", attempts, outcome.reason, feed=feed_url)
