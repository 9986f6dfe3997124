"""The one exception type a user of `listen` can cause; the CLI turns it into `Error: ...`."""

from __future__ import annotations


class ListenError(Exception):
    """A problem the user can fix: bad input, a missing program, an unknown voice."""


def describe_os_error(error: OSError) -> str:
    """An OSError as a user reads it: `No space left on device (out/a.mp3)`."""
    where = f" ({error.filename})" if error.filename else ""
    return f"{error.strerror or error}{where}"
