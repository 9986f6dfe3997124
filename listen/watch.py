"""Watching a folder: convert what is in it now, then whatever appears or changes, until stopped.

Each change starts an ordinary run over the folder (convert.run), so the manifest decides
what is new or changed, exactly as for a batch: an article converted once is not converted
again. A file still being written is waited for: a run starts only once the changed files
have kept their size and time for SETTLE_SECONDS.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import watchfiles

from .convert import Report, run
from .errors import ListenError
from .events import Events, ignore
from .jobs import ARTICLE_SUFFIXES
from .settings import Settings

SETTLE_SECONDS = 1.0


def watch(
    folder: Path,
    settings: Settings,
    on_report: Callable[[Report], None],
    events: Events = ignore,
    recursive: bool = False,
    jobs: int | None = None,
    scheduler: str | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Convert `folder`'s articles into `settings.output` now and after every change, calling
    `on_report` with each run's report, until `stop` is set (or Ctrl-C)."""
    if not folder.is_dir():
        raise ListenError(f"{folder}: not a folder (--watch watches a folder)")
    output = settings.output.resolve()
    if recursive and output.is_relative_to(folder.resolve()):
        raise ListenError(f"the output folder {settings.output} is inside {folder}: it would convert its own files")

    def is_article(change: watchfiles.Change, path: str) -> bool:
        file = Path(path)
        return (
            change != watchfiles.Change.deleted
            and file.suffix.lower() in ARTICLE_SUFFIXES
            and not file.name.startswith(".")
            and not file.resolve().is_relative_to(output)
        )

    on_report(run([str(folder)], settings, events, recursive, jobs, scheduler))
    for changes in watchfiles.watch(folder, watch_filter=is_article, recursive=recursive, stop_event=stop):
        wait_until_written({Path(path) for _, path in changes}, stop)
        on_report(run([str(folder)], settings, events, recursive, jobs, scheduler))


def wait_until_written(paths: set[Path], stop: threading.Event | None) -> None:
    """Return once no file in `paths` has grown or changed for SETTLE_SECONDS."""

    def state() -> dict[Path, tuple[int, int]]:
        found = {}
        for path in paths:
            try:
                info = path.stat()
            except OSError:
                continue  # gone again
            found[path] = (info.st_size, info.st_mtime_ns)
        return found

    before = state()
    while not (stop and stop.is_set()):
        time.sleep(SETTLE_SECONDS)
        now = state()
        if now == before:
            return
        before = now
