"""Batch: convert many articles (folders, lists, URLs) into one output folder, in parallel,
resumable, and on a Dask cluster when one machine is not enough.

A manifest in the output folder (`.listen-manifest.json`) records, for every article, a hash
of its input and of the settings that shape its audio. A second run converts only what
changed or failed; an article whose folder exists and whose hashes match is "unchanged".
Every article is built in a temporary folder and renamed into place (output.py), and the
manifest is rewritten atomically after each one, so a run stopped at any moment loses nothing
and leaves nothing half-written: the next run finishes the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field, replace
from multiprocessing import active_children, get_context
from pathlib import Path

from voices.base import THREADS_VARIABLE

from .errors import ListenError, describe_os_error
from .fetch import is_web_address
from .output import locked, remove_stale_partials, staged_folder, write_atomically
from .pipeline import convert
from .settings import Settings
from .slug import slugify

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown", ".url"}
MANIFEST = ".listen-manifest.json"
STAMP = ".listen-source.json"
SCHEDULER_SECONDS = 20.0  # inside each article's folder: the hashes it was made from


@dataclass(frozen=True)
class Job:
    """One article to convert: where it is, its key in the manifest, its folder under OUT."""

    location: str
    key: str
    name: str  # relative to OUT: "sub/article"


@dataclass
class Outcome:
    key: str
    status: str  # "done", "unchanged", "skipped" or "failed"
    reason: str = ""
    folder: str = ""
    seconds: float = 0.0  # audio made


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(s)} {s}" for s in ("done", "unchanged", "skipped", "failed"))
        lines = [f"{len(self.outcomes)} articles: {counts}"]
        lines += [f"  {o.status}: {o.key}: {o.reason}" for o in self.outcomes if o.reason]
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        document = {"articles": [asdict(outcome) for outcome in self.outcomes]}
        document["counts"] = {s: self.count(s) for s in ("done", "unchanged", "skipped", "failed")}
        write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False))


@dataclass
class BatchProgress:
    """What a front end hears while a batch runs."""

    on_start: Callable[[int], None] = lambda total: None
    on_running: Callable[[list[str]], None] = lambda keys: None
    on_outcome: Callable[[Outcome], None] = lambda outcome: None


def find_jobs(inputs: list[str], recursive: bool) -> tuple[list[Job], list[Outcome]]:
    """The articles in `inputs` (files, folders, URLs), and the files skipped with the reason."""
    jobs, skipped = [], []
    for location in inputs:
        path = Path(location)
        if is_web_address(location):
            name = slugify(location.split("://", 1)[1].rstrip("/").rsplit("/", 1)[-1] or location)
            jobs.append(Job(location, location, name))
        elif path.is_dir():
            pattern = "**/*" if recursive else "*"
            for file in sorted(p for p in path.glob(pattern) if p.is_file()):
                relative = file.relative_to(path)
                if file.name.startswith("."):
                    continue
                if file.suffix.lower() not in ARTICLE_SUFFIXES:
                    skipped.append(Outcome(str(file), "skipped", f"not an article file ({file.suffix or 'no suffix'})"))
                    continue
                folder = relative.parent / slugify(file.stem)
                jobs.append(Job(str(file), str(file), str(folder)))
        elif path.exists():
            jobs.append(Job(location, location, slugify(path.stem)))
        else:
            skipped.append(Outcome(location, "skipped", "no such file or folder"))
    return jobs, skipped


def read_list(path: str) -> list[str]:
    """The inputs in a list file (one a line, `#` comments), `-` for stdin."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = describe_os_error(error) if isinstance(error, OSError) else "not UTF-8 text"
        raise ListenError(f"cannot read the list {path}: {reason}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def run_batch(
    jobs: list[Job],
    settings: Settings,
    workers: int,
    scheduler: str | None = None,
    progress: BatchProgress = BatchProgress(),
) -> Report:
    """Convert every job into settings.output, skipping what the manifest says is unchanged."""
    out = settings.output
    report = Report()
    with locked(out):
        if out.is_dir():
            remove_stale_partials(out)
        manifest = Manifest(out)
        report.warnings += manifest.warnings
        todo = []
        for job in manifest.place(jobs):
            hashes = job_hashes(job, settings)
            outcome = manifest.check(job, hashes, settings.force)
            if outcome is None:
                todo.append((job, hashes))
            else:
                manifest.record(job, hashes, outcome)
                report.outcomes.append(outcome)
                progress.on_outcome(outcome)
        progress.on_start(len(todo))
        run = run_on_cluster if scheduler else run_locally
        for job, hashes, outcome in run(todo, settings, workers, scheduler, progress):
            manifest.record(job, hashes, outcome)
            report.outcomes.append(outcome)
            progress.on_outcome(outcome)
    return report


def available_cores() -> int:
    """The cores this process may run on (fewer than the machine's under taskset or a cgroup)."""
    return len(os.sched_getaffinity(0))


def run_locally(todo, settings, workers, _scheduler, progress) -> Iterator[tuple[Job, dict, Outcome]]:
    """Worker processes, each loading its voice once and writing straight into OUT."""
    if not todo:
        return
    context = get_context("spawn")  # a fresh interpreter: no engine state shared with this one
    threads = max(1, available_cores() // workers)
    others = set(active_children())
    pool = ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context,
                               initializer=start_worker, initargs=(threads,))  # fmt: skip
    try:
        pending = {pool.submit(convert_job, job, hashes, settings): (job, hashes) for job, hashes in todo}
        while pending:
            # Articles start in order, so the first `workers` unfinished ones are running.
            progress.on_running([job.key for job, _ in list(pending.values())[:workers]])
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                job, hashes = pending.pop(future)
                yield job, hashes, future.result()
    except BaseException:  # Ctrl-C, or the caller stopped: no article starts, none goes on
        pool.shutdown(wait=False, cancel_futures=True)
        stop_workers(set(active_children()) - others)
        for folder in {(settings.output / job.name).parent for job, _ in todo}:
            remove_stale_partials(folder)  # what the stopped workers were building
        raise
    pool.shutdown()


def start_worker(threads: int) -> None:
    """In a worker, before its voice loads: the threads its engine may use. Ctrl-C in the
    terminal reaches every process; the workers leave it to the main one to stop them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ[THREADS_VARIABLE] = str(threads)


def stop_workers(workers) -> None:
    """Kill the workers and the ffmpeg each is running; each is frozen first, so that it
    cannot start another ffmpeg in between."""
    for worker in workers:
        with contextlib.suppress(OSError):  # the worker or its ffmpeg has already ended
            os.kill(worker.pid, signal.SIGSTOP)
            for child in Path(f"/proc/{worker.pid}/task/{worker.pid}/children").read_text().split():
                with contextlib.suppress(OSError):
                    os.kill(int(child), signal.SIGKILL)
        worker.kill()
        worker.join()


def convert_job(job: Job, hashes: dict, settings: Settings) -> Outcome:
    """Convert one article into OUT/job.name; a failure is an outcome, not an exception."""
    folder = settings.output / job.name
    try:
        local = replace(settings, output=folder.parent, force=True)
        result = convert(job.location, local, name=folder.name, stamp={STAMP: json.dumps(hashes)})
    except ListenError as error:
        return Outcome(job.key, "failed", str(error))
    except OSError as error:
        return Outcome(job.key, "failed", describe_os_error(error))
    except Exception as error:  # a fault in listen itself fails this article, not the batch
        return Outcome(job.key, "failed", f"internal error: {type(error).__name__}: {error}")
    return Outcome(job.key, "done", folder=job.name, seconds=result.duration)


def run_on_cluster(todo, settings, _workers, scheduler, progress) -> Iterator[tuple[Job, dict, Outcome]]:
    """The same jobs on a Dask cluster; workers send back the files, written here atomically."""
    try:
        from distributed import as_completed
    except ImportError:
        raise ListenError("--scheduler needs the dask extra (pip install listen-articles[dask])") from None
    with connect(scheduler) as client:
        futures = {client.submit(convert_job_remotely, job, hashes, settings, pure=False): (job, hashes)
                   for job, hashes in todo}  # fmt: skip
        progress.on_running([job.key for job, _ in todo])
        for future in as_completed(futures):
            job, hashes = futures[future]
            outcome, files = future.result()
            if outcome.status == "done":
                try:
                    write_files(settings.output / job.name, files)
                except OSError as error:
                    outcome = Outcome(job.key, "failed", f"cannot write {job.name}: {error.strerror}")
            yield job, hashes, outcome


def connect(scheduler: str, seconds: float = SCHEDULER_SECONDS):
    """A Dask client of `scheduler`, or one ListenError. Client's own timeout does not cover a
    server that accepts the connection and never answers, so the attempt runs in a thread that
    is given up on after `seconds`."""
    from distributed import Client

    attempt: dict[str, object] = {}

    def reach() -> None:
        try:
            attempt["client"] = Client(scheduler, timeout=f"{seconds}s")
        except Exception as error:  # a malformed address, or no scheduler there
            attempt["error"] = error

    thread = threading.Thread(target=reach, daemon=True)
    thread.start()
    thread.join(seconds + 2)
    if "client" in attempt:
        return attempt["client"]
    reason = attempt.get("error") or f"no answer within {seconds:g} s"
    raise ListenError(f"cannot reach the Dask scheduler at {scheduler}: {reason}")


def convert_job_remotely(job: Job, hashes: dict, settings: Settings) -> tuple[Outcome, dict[str, bytes]]:
    """On a Dask worker: convert into a scratch folder and return the article's files."""
    with tempfile.TemporaryDirectory() as scratch:
        outcome = convert_job(job, hashes, replace(settings, output=Path(scratch)))
        folder = Path(scratch, job.name)
        files = {p.name: p.read_bytes() for p in folder.iterdir()} if outcome.status == "done" else {}
    return outcome, files


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write an article's files the same atomic way a local conversion does."""
    with staged_folder(folder, force=True) as staging:
        for name, data in files.items():
            (staging / name).write_bytes(data)


def job_hashes(job: Job, settings: Settings) -> dict[str, str]:
    """What decides whether an article must be made again: its input and the audio settings."""
    path = Path(job.location)
    data = path.read_bytes() if path.is_file() else job.location.encode()
    lexicon = settings.load_lexicon()
    shaping = {
        "voice": settings.voice, "speed": settings.speed, "format": settings.audio_format,
        "lexicon": [(pattern.pattern, spoken) for pattern, spoken in lexicon.entries],
    }  # fmt: skip
    return {
        "key": job.key,  # which input made the folder: no other input may replace it
        "input": hashlib.sha256(data).hexdigest(),
        "settings": hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest(),
    }


class Manifest:
    """What runs made in OUT: per article its hashes, folder, status and reason.

    Whether an article is unchanged is read from its own folder, where the hashes travel
    inside (`.listen-source.json`, renamed into place with the audio): a run killed between
    finishing an article and updating the manifest then loses nothing and redoes nothing.
    """

    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST
        self.entries: dict[str, dict] = {}
        self.warnings: list[str] = []
        if self.path.exists():
            self.entries = self.read()

    def read(self) -> dict[str, dict]:
        """The manifest's entries; a damaged one is set aside (it is only a record: the
        folders' own stamps say what is done) and rebuilt from this run."""
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = None
        if isinstance(entries, dict) and all(isinstance(entry, dict) for entry in entries.values()):
            return entries
        aside = self.path.with_name(f"{MANIFEST}.damaged")
        self.path.replace(aside)
        self.warnings.append(f"{self.path} was damaged: set aside as {aside.name} and rebuilt")
        return {}

    def place(self, jobs: list[Job]) -> list[Job]:
        """Give every job a folder of its own: the one an earlier run gave its input, else its
        name, else `name-2`, ...: never a folder another input made, nor one of this run's."""
        taken: set[str] = set()
        placed = []
        for job in jobs:
            recorded = self.entries.get(job.key, {}).get("folder")
            name, number = job.name, 2
            if isinstance(recorded, str) and recorded not in taken and self.free_for(job, recorded):
                name = recorded
            while name in taken or not self.free_for(job, name):
                name, number = f"{job.name}-{number}", number + 1
            taken.add(name)
            placed.append(replace(job, name=name))
        return placed

    def free_for(self, job: Job, name: str) -> bool:
        """Whether `job` may write OUT/name: nothing is there, or this very input made it."""
        folder = self.path.parent / name
        if not folder.exists():
            return True
        return self.stamp(name).get("key") == job.key

    def stamp(self, name: str) -> dict:
        try:
            stamp = json.loads((self.path.parent / name / STAMP).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return stamp if isinstance(stamp, dict) else {}

    def check(self, job: Job, hashes: dict, force: bool) -> Outcome | None:
        """"unchanged" when the article's folder holds audio made from the same input and
        settings; None when it must be converted."""
        if force or self.stamp(job.name) != hashes:
            return None
        seconds = self.entries.get(job.key, {}).get("seconds", 0.0)
        return Outcome(job.key, "unchanged", folder=job.name, seconds=seconds if isinstance(seconds, (int, float)) else 0.0)

    def record(self, job: Job, hashes: dict, outcome: Outcome) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.entries[job.key] = {"hashes": hashes, "folder": job.name, "status": outcome.status,
                                 "seconds": outcome.seconds, "reason": outcome.reason}  # fmt: skip
        write_atomically(self.path, json.dumps(self.entries, indent=1, ensure_ascii=False))
