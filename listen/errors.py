"""The one exception type a user of `listen` can cause; the CLI turns it into `Error: ...`."""


class ListenError(Exception):
    """A problem the user can fix: bad input, a missing program, an unknown voice."""
