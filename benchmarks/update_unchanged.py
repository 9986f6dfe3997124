"""What `listen update` costs when nothing is new: requests, time, articles converted.

usage: python benchmarks/update_unchanged.py [--entries 50] [--voice fake:tones]

Serves a feed of N entries (each with its page) from 127.0.0.1, subscribes a fresh folder to
it (converting all N), then runs `listen update` as a user's cron job would, a new process
each time, three times, and prints the requests the server saw, the wall time of each
update (process start included) and what it converted. The default voice is espeak-ng; the
tests' fake voice (`pip install -e tests/fake_voice`) makes the set-up faster.
"""

from __future__ import annotations

import argparse
import html
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.articles import english_paragraphs  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")


def serve(entries: int) -> tuple[http.server.ThreadingHTTPServer, list[str]]:
    paragraphs = english_paragraphs()
    requests: list[str] = []
    pages = {}
    for number in range(entries):
        body = "".join(f"<p>{html.escape(paragraphs[(number * 3 + i) % len(paragraphs)])}</p>" for i in range(3))
        pages[f"/{number}.html"] = f"<html><head><title>Entry {number}</title></head><body><article><h1>Entry {number}</h1>{body}</article></body></html>"  # fmt: skip

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                items = "".join(f"<item><title>Entry {n}</title><link>{base}/{n}.html</link><guid>{base}/{n}.html</guid></item>"
                                for n in range(entries))  # fmt: skip
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>'
                etag = '"feed-1"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Type", "application/rss+xml")
            elif self.path in pages:
                body = pages[self.path]
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
            else:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--voice", default="espeak:en-us")
    args = parser.parse_args()
    server, requests = serve(args.entries)
    feed = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "podcast"
        started = time.perf_counter()
        subprocess.run([LISTEN, "subscribe", feed, "-o", str(out), "--voice", args.voice, "--limit", str(args.entries), "-q"],
                       check=True, capture_output=True)  # fmt: skip
        print(f"subscribe: {len(requests)} requests, {time.perf_counter() - started:.1f} s, "
              f"{sum(1 for p in out.iterdir() if p.is_dir())} articles")  # fmt: skip
        for attempt in range(1, 4):
            requests.clear()
            started = time.perf_counter()
            done = subprocess.run([LISTEN, "update", str(out), "-q"], capture_output=True, text=True)
            seconds = time.perf_counter() - started
            said = (done.stdout + done.stderr).strip().replace("\n", " / ")
            print(
                f"update {attempt}: {len(requests)} request(s) {requests}, {seconds:.2f} s, exit {done.returncode}: {said}"
            )
    server.shutdown()


if __name__ == "__main__":
    main()
