"""An article's folder appears whole or not at all: built under a temporary name, renamed."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psutil

from .errors import ListenError

PARTIAL = ".partial-"
OLD = ".old-"


@contextlib.contextmanager
def staged_folder(final: Path) -> Iterator[Path]:
    """Yield a temporary folder beside `final`; on success it becomes `final` (an earlier
    `final` is replaced only then), else it goes, with any parent folder made for it."""
    created = [folder for folder in (final.parent, *final.parent.parents) if not folder.exists()]
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        staging = final.parent / f".{final.name}{PARTIAL}{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
    except OSError as error:
        raise ListenError(f"cannot write to {final.parent}: {error.strerror}") from None
    try:
        yield staging
        replace_folder(staging, final)
    except BaseException as error:  # also Ctrl-C: nothing half-written stays
        shutil.rmtree(staging, ignore_errors=True)
        for folder in created:  # innermost first
            with contextlib.suppress(OSError):
                folder.rmdir()  # only while empty
        if isinstance(error, OSError):  # the disk filled up, a file-size limit, the folder vanished
            raise ListenError(f"cannot write {final}: {error.strerror or error}") from None
        raise


def replace_folder(staging: Path, final: Path) -> None:
    """Move `staging` to `final`; an older `final` is set aside first and removed after."""
    old = final.parent / f".{final.name}{OLD}{os.getpid()}"
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def remove_stale_partials(folder: Path) -> None:
    """Tidy what killed runs left: `.NAME.partial-PID` folders and files (an article being built,
    a manifest being written) go; a `.NAME.old-PID` folder (a run killed while replacing NAME)
    goes back to NAME if NAME is missing, else goes."""
    for leftover in [*folder.glob(f".*{PARTIAL}*"), *folder.glob(f".*{OLD}*")]:
        name, _, pid = leftover.name[1:].rpartition(PARTIAL if PARTIAL in leftover.name else OLD)
        if not pid.isdigit() or process_alive(int(pid)):
            continue
        if OLD in leftover.name and not (folder / name).exists():
            leftover.rename(folder / name)
        elif leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):  # the next run tries again
                leftover.unlink()


def process_alive(pid: int) -> bool:
    """Whether a process still runs (a zombie, killed but not yet reaped, does not)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True  # someone else's process: assume it is at work


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """One listen process writes into a folder at a time.

    The lock file lives in the user's own folder under the system's temporary folder, named
    after the output folder, so an output folder gets nothing but articles (and no folder at
    all when nothing is written).
    """
    key = hashlib.sha1(str(out.expanduser().resolve()).encode()).hexdigest()[:16]
    locks = Path(tempfile.gettempdir()) / f"listen-{os.getuid()}"
    locks.mkdir(mode=0o700, exist_ok=True)
    with open(locks / f"{key}.lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ListenError(f"another listen is writing into {out}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write a file under a temporary name and rename it: readers see the old or the new."""
    partial = path.with_name(f".{path.name}{PARTIAL}{os.getpid()}")
    try:
        partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(partial, path)
    except BaseException:  # also Ctrl-C while writing: no half-written file stays
        partial.unlink(missing_ok=True)
        raise
