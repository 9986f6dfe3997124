"""`listen serve`: the output folder, its feed and its player over HTTP, for phones and browsers.

What is served is exactly the regular files inside the folder: a path is resolved (links
included) and must stay inside it; names starting with a dot (the tool's own state, such as
the manifest with the input paths) and folder listings are never served; `/` is the player.
Byte ranges are served (podcast apps and browsers seek with them), audio gets its right MIME
type, and a client's mistake or hang-up is answered or ignored, never a traceback.
"""

from __future__ import annotations

import http.server
import io
import os
import re
import socket
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from .errors import ListenError
from .formats import FORMATS

MIME_TYPES = {f".{fmt.extension}": fmt.mime for fmt in FORMATS.values()} | {
    ".xml": "application/rss+xml", ".json": "application/json", ".cue": "text/plain; charset=utf-8",
    ".m3u": "audio/x-mpegurl", ".html": "text/html; charset=utf-8", ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip", ".jpg": "image/jpeg", ".png": "image/png",
}  # fmt: skip
RANGE = re.compile(r"bytes=(\d{0,18})-(\d{0,18})$")  # 18 digits: more than any file's size
PLAYER = "index.html"


class ArticleHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD of the regular files inside `root`, with Range requests."""

    root: Path
    server_version = "listen"

    def do_GET(self) -> None:
        self.send_file(with_body=True)

    def do_HEAD(self) -> None:
        self.send_file(with_body=False)

    def send_file(self, with_body: bool) -> None:
        path = self.find_file()
        if path is None:
            self.send_error(404, "Not found")
            return
        size = path.stat().st_size
        start, end = 0, size - 1
        wanted = self.headers.get("Range")
        status = 200
        if wanted:
            span = byte_range(wanted, size)
            if span is None:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start, end = span
            status = 206
        self.send_response(status)
        self.send_header("Content-Type", MIME_TYPES.get(path.suffix.lower(), "application/octet-stream"))
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if with_body:
            with path.open("rb") as file:
                file.seek(start)
                copy_bytes(file, self.wfile, end - start + 1)

    def find_file(self) -> Path | None:
        """The regular file a request names, or None: nothing outside the folder, no dot
        names, no folders (`/` is the player)."""
        try:
            relative = unquote(urlsplit(self.path).path, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return None
        parts = [part for part in relative.split("/") if part]
        if not parts:
            parts = [PLAYER]
        if any(part.startswith(".") or "\0" in part or "\\" in part for part in parts):
            return None
        try:
            path = self.root.joinpath(*parts).resolve(strict=True)
        except (OSError, RuntimeError, ValueError):  # missing, a link loop, a bad name
            return None
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):  # the client hung up, as browsers do when seeking
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # quiet unless debugging
        if os.environ.get("LISTEN_DEBUG"):
            super().log_message(format, *args)


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte a `Range: bytes=A-B` header asks for, or None if unsatisfiable."""
    wanted = RANGE.match(header.strip())
    if not wanted or wanted.groups() == ("", ""):
        return None
    first, last = wanted.groups()
    if first:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    else:  # the last N bytes
        start, end = max(0, size - int(last)), size - 1
    if start > end or start >= size:
        return None
    return start, end


def copy_bytes(source: BinaryIO, sink: io.BufferedIOBase, length: int) -> None:
    while length > 0:
        chunk = source.read(min(length, 64 * 1024))
        if not chunk:
            return
        sink.write(chunk)
        length -= len(chunk)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:  # a client's fault: no traceback
        if os.environ.get("LISTEN_DEBUG"):
            super().handle_error(request, client_address)


def make_server(out: Path, host: str = "127.0.0.1", port: int = 8000) -> http.server.ThreadingHTTPServer:
    """A server of `out` on `host` (IPv4 or IPv6) and `port` (0: any free port)."""
    if not out.is_dir():
        raise ListenError(f"{out} is not a folder of converted articles")
    if not 0 <= port <= 65535:
        raise ListenError(f"port {port} is not between 0 and 65535")
    handler = type("Handler", (ArticleHandler,), {"root": out.resolve()})
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except (OSError, UnicodeError):
        raise ListenError(f"cannot listen on {host}: no such address") from None
    server_class = type("Server", (Server,), {"address_family": family})
    try:
        return server_class((host, port), handler)
    except OSError as error:
        raise ListenError(f"cannot listen on {host}:{port}: {error.strerror}") from None
