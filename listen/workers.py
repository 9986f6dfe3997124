"""Where a run's articles are converted: in this process, in worker processes side by side, or
on a Dask cluster. Each way yields every job's outcome as it finishes; a failure is an
outcome, never an exception, so one bad article never stops the others.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Generator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import partial
from multiprocessing import active_children, get_context
from multiprocessing.queues import SimpleQueue
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from voices.base import THREADS_VARIABLE

from .errors import ListenError, describe_os_error
from .events import Event, Events, Outcome, Warned
from .formats import FORMATS
from .jobs import Job
from .manifest import STAMP, read_stamp, same_sound
from .output import remove_stale_partials, staged_folder
from .pipeline import prepare_article, speak_article
from .settings import Settings

if TYPE_CHECKING:
    from distributed import Client

SCHEDULER_SECONDS = 20.0
PROGRESS_SECONDS = 0.1  # how often the run passes on what its workers report
Todo = list[tuple[Job, dict[str, str]]]
Finished = Generator[tuple[Job, dict[str, str], Outcome], None, None]


def convert_job(job: Job, hashes: dict[str, str], settings: Settings, events: Events | None = None) -> Outcome:
    """Convert one article into OUT/job.name, whole or not at all, with its stamp inside.
    Warnings go into the outcome (the run says them); progress to `events`, when given."""
    warnings: list[str] = []

    def listen(event: Event) -> None:
        if isinstance(event, Warned):
            warnings.append(event.message)
        elif events is not None:
            events(event)

    final = settings.output / job.name
    try:
        prepared = prepare_article(job.location, settings, listen, job.data)
        prepared.article.genre = job.genre or prepared.article.genre
        with staged_folder(final) as staging:
            result = speak_article(prepared, staging, final.name, settings, listen)
            if same_sound(read_stamp(final), hashes):
                keep_other_formats(final, staging, FORMATS[settings.audio_format].extension)
            (staging / STAMP).write_text(json.dumps(hashes), encoding="utf-8")
    except ListenError as error:
        return Outcome(job.key, "failed", str(error), warnings=warnings)
    except OSError as error:
        return Outcome(job.key, "failed", describe_os_error(error), warnings=warnings)
    except Exception as error:  # a fault in listen itself fails this article, not the run
        return Outcome(job.key, "failed", f"internal error: {type(error).__name__}: {error}", warnings=warnings)
    return Outcome(
        job.key, "done", folder=job.name, audio=result.audio, title=result.article.title,
        words=result.article.words, seconds=round(result.duration, 3), voice=result.voice,
        speed=result.speed, warnings=warnings,
    )  # fmt: skip


def keep_other_formats(final: Path, staging: Path, made: str) -> None:
    """The same article's audio in other formats (the whole file, the chapter files) stays
    beside the format just `made`: `--format opus` after mp3 adds the opus files."""
    extensions = {f".{fmt.extension}" for fmt in FORMATS.values()} - {f".{made}"}
    for path in final.iterdir():
        if path.suffix in extensions and not (staging / path.name).exists():
            shutil.copy2(path, staging / path.name)


def run_here(todo: Todo, settings: Settings, events: Events) -> Finished:
    """One after another in this process: progress and warnings reach `events` as they happen."""
    for job, hashes in todo:
        yield job, hashes, convert_job(job, hashes, settings, events)


def run_in_pool(todo: Todo, settings: Settings, workers: int, events: Events) -> Finished:
    """Worker processes, each loading its voice once and writing straight into OUT; the cores
    are shared out between them. What the workers report (stage, audio made) comes back on a
    queue and reaches `events` here, in this thread."""
    context = get_context("spawn")  # a fresh interpreter: no engine state shared with this one
    threads = max(1, available_cores() // workers)
    others = set(active_children())
    left = list(todo)
    while left:
        # A queue of its own for each pool: a worker killed while it writes to the queue dies
        # holding the queue's lock, and every worker after it would wait for that lock forever.
        progress = context.SimpleQueue()
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                                   initargs=(threads, progress))  # type: ignore[arg-type]  # fmt: skip
        try:
            left = yield from drain(pool, left, settings, workers, partial(pass_on, progress, events))
        except BaseException:  # Ctrl-C, or the caller stopped: no article starts, none goes on
            # The workers first, then the pool, waiting for its manager thread: left running, that
            # thread closes its wake-up pipe while the interpreter's exit writes to it, and an
            # "OSError: [Errno 9] Bad file descriptor" traceback follows our last line (a race in
            # CPython 3.11's ProcessPoolExecutor, seen in two fresh-clone runs). With its workers
            # dead, the manager thread only closes its queues and ends.
            stop_workers(set(active_children()) - others)
            pool.shutdown(wait=True, cancel_futures=True)
            for folder in {(settings.output / job.name).parent for job, _ in todo}:
                remove_stale_partials(folder)  # what the stopped workers were building
            raise
        pool.shutdown(wait=not left)
        progress.close()  # its workers are done or gone


def pass_on(progress: SimpleQueue, events: Events) -> None:
    """Every event the workers have reported so far, to `events`."""
    while not progress.empty():
        events(progress.get())


def drain(
    pool: ProcessPoolExecutor, todo: Todo, settings: Settings, workers: int, report_progress: Callable[[], None]
) -> Generator[tuple[Job, dict[str, str], Outcome], None, Todo]:
    """Yield each job's outcome as it finishes. When a worker dies (killed, or a crash in a
    voice engine) the pool is broken: the articles that were running fail, and the ones not
    started yet are returned, to go on in a new pool."""
    pending = {pool.submit(convert_in_worker, job, hashes, settings): (job, hashes) for job, hashes in todo}
    while pending:
        running = list(pending.values())[:workers]  # articles start in order
        finished, _ = wait(pending, timeout=PROGRESS_SECONDS, return_when=FIRST_COMPLETED)
        report_progress()
        for future in finished:
            job, hashes = pending.pop(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                reason = "the worker converting it stopped (killed, or a crash in the voice engine)"
                unfinished = [(job, hashes), *pending.values()]
                stopped = [item for item in running if item in unfinished]
                for job, hashes in stopped:
                    yield job, hashes, Outcome(job.key, "failed", reason)
                return [item for item in unfinished if item not in stopped]
            yield job, hashes, outcome
    return []


def start_worker(threads: int, progress: SimpleQueue) -> None:
    """In a worker, before its voice loads: the threads its engine may use, and where to report
    progress. Ctrl-C in the terminal reaches every process; the workers leave it to the main
    one to stop them."""
    global WORKER_PROGRESS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ[THREADS_VARIABLE] = str(threads)
    WORKER_PROGRESS = progress


WORKER_PROGRESS: SimpleQueue | None = None  # in a worker process: its run's progress queue


def convert_in_worker(job: Job, hashes: dict[str, str], settings: Settings) -> Outcome:
    """convert_job in a pool worker, its progress sent back to the run."""
    return convert_job(job, hashes, settings, WORKER_PROGRESS.put if WORKER_PROGRESS else None)


def stop_workers(workers: set) -> None:
    """Kill the workers and the ffmpeg each is running; each is frozen first, so that it
    cannot start another ffmpeg in between."""
    for worker in workers:
        with contextlib.suppress(psutil.Error):  # the worker or its ffmpeg has already ended
            process = psutil.Process(worker.pid)
            process.suspend()
            for child in process.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    child.kill()
        worker.kill()
        worker.join()


def available_cores() -> int:
    """The cores this process may run on (fewer than the machine's under taskset or a cgroup)."""
    return len(os.sched_getaffinity(0))


def run_on_cluster(todo: Todo, settings: Settings, scheduler: str) -> Finished:
    """The same jobs on a Dask cluster; workers send back the files, written here atomically."""
    try:
        from distributed import as_completed
    except ImportError:
        raise ListenError("--scheduler needs the dask extra (pip install listen-articles[dask])") from None
    with connect(scheduler) as client:
        futures = {client.submit(convert_job_remotely, job, hashes, settings, pure=False): (job, hashes)
                   for job, hashes in todo}  # fmt: skip
        for future in as_completed(futures):
            job, hashes = futures[future]
            outcome, files = future.result()
            if outcome.status == "done":
                try:
                    write_files(settings.output / job.name, files)
                except OSError as error:
                    outcome = Outcome(job.key, "failed", f"cannot write {job.name}: {describe_os_error(error)}")
            yield job, hashes, outcome


def connect(scheduler: str) -> Client:
    """A Dask client of `scheduler`, or one ListenError. Client's own timeout does not cover a
    server that accepts the connection and never answers, so the attempt runs in a thread that
    is given up on after SCHEDULER_SECONDS."""
    from distributed import Client

    seconds = SCHEDULER_SECONDS
    clients: list[Client] = []
    errors: list[Exception] = []

    def reach() -> None:
        try:
            clients.append(Client(scheduler, timeout=f"{seconds}s"))
        except Exception as error:  # a malformed address, or no scheduler there
            errors.append(error)

    thread = threading.Thread(target=reach, daemon=True)
    thread.start()
    thread.join(seconds + 2)
    if clients:
        return clients[0]
    reason = errors[0] if errors else f"no answer within {seconds:g} s"
    raise ListenError(f"cannot reach the Dask scheduler at {scheduler}: {reason}")


def convert_job_remotely(job: Job, hashes: dict[str, str], settings: Settings) -> tuple[Outcome, dict[str, bytes]]:
    """On a Dask worker: convert into a scratch folder and return the article's files."""
    with tempfile.TemporaryDirectory() as scratch:
        outcome = convert_job(job, hashes, replace(settings, output=Path(scratch)))
        folder = Path(scratch, job.name)
        files = {p.name: p.read_bytes() for p in folder.iterdir()} if outcome.status == "done" else {}
    return outcome, files


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write an article's files the same atomic way a local conversion does."""
    with staged_folder(folder) as staging:
        for name, data in files.items():
            (staging / name).write_bytes(data)
