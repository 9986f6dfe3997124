"""An article's folder appears whole or not at all: built under a temporary name, renamed."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import ListenError

PARTIAL = ".partial-"


@contextlib.contextmanager
def staged_folder(final: Path, force: bool) -> Iterator[Path]:
    """Yield a temporary folder beside `final`; on success it becomes `final`, else it goes."""
    if final.exists() and not force:
        raise ListenError(f"{final} already exists (use --force to replace it)")
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
    except OSError as error:  # the disk filled up, a file-size limit, the folder vanished
        shutil.rmtree(staging, ignore_errors=True)
        raise ListenError(f"cannot write {final}: {error.strerror or error}") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def replace_folder(staging: Path, final: Path) -> None:
    """Move `staging` to `final`; an older `final` is set aside first and removed after."""
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def remove_stale_partials(folder: Path) -> None:
    """Remove what killed runs left: `.NAME.partial-PID` folders whose process is gone."""
    for partial in folder.glob(f".*{PARTIAL}*"):
        pid = partial.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(partial, ignore_errors=True)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
