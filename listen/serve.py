"""`listen serve`: the output folder, its feed and its player over HTTP, for phones and browsers.

Byte ranges are served (podcast apps and browsers seek with them), audio gets its right MIME
type, and nothing outside the folder is ever served (http.server maps every path into it).
"""

from __future__ import annotations

import http.server
import os
import re
from functools import partial
from pathlib import Path

from .errors import ListenError
from .export import FORMATS

MIME_TYPES = {f".{fmt.extension}": fmt.mime for fmt in FORMATS.values()} | {
    ".xml": "application/rss+xml", ".json": "application/json", ".cue": "text/plain; charset=utf-8",
    ".m3u": "audio/x-mpegurl", ".html": "text/html; charset=utf-8",
}  # fmt: skip
RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class ArticleHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from the output folder, with Range requests and audio MIME types."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        wanted = RANGE.match(self.headers.get("Range", "").strip())
        if not wanted or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        first, last = wanted.groups()
        if first:
            start, end = int(first), min(int(last) if last else size - 1, size - 1)
        else:  # the last N bytes
            start, end = max(0, size - int(last or 0)), size - 1
        if start > end or start >= size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        file = path.open("rb")
        file.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return RangeFile(file, end - start + 1)

    def end_headers(self):
        if not self.headers.get("Range"):
            self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def log_message(self, format, *args):  # one quiet line a request, on stderr
        if os.environ.get("LISTEN_DEBUG"):
            super().log_message(format, *args)


class RangeFile:
    """The part of an open file that a range asked for; copyfile() reads it like a file."""

    def __init__(self, file, length: int) -> None:
        self.file, self.left = file, length

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        data = self.file.read(size)
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.file.close()


def make_server(out: Path, host: str = "127.0.0.1", port: int = 8000) -> http.server.ThreadingHTTPServer:
    if not out.is_dir():
        raise ListenError(f"{out} is not a folder of converted articles")
    handler = partial(ArticleHandler, directory=str(out.resolve()))
    try:
        return http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as error:
        raise ListenError(f"cannot listen on {host}:{port}: {error.strerror}") from None
