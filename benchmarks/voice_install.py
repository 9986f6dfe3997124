"""How long `listen voices install` takes for a Piper voice of about 60 MB, from a server on 127.0.0.1.

usage: python benchmarks/voice_install.py [--runs 3]

Serves a catalogue in the piper-voices layout holding the packaged joe voice (its model is
63 MB) and runs the real `listen voices install` against it, into a scratch data folder, each
run a new process: the wall time and the rate, download, checks and the move included.
"""

from __future__ import annotations

import argparse
import hashlib
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voices.piper import packaged_models  # noqa: E402

LISTEN = str(Path(sys.executable).parent / "listen")
NAME = "en_US-bench-medium"


def serve(files: dict[str, bytes]) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    joe = next(model for model in packaged_models() if model.name == "en_US-joe-medium.onnx")
    voice = {
        f"/en/{NAME}.onnx": joe.read_bytes(),
        f"/en/{NAME}.onnx.json": joe.with_name(joe.name + ".json").read_bytes(),
    }
    catalogue = {NAME: {"language": {"code": "en_US"}, "quality": "medium", "files": {
        path.lstrip("/"): {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()}
        for path, data in voice.items()}}}  # fmt: skip
    server = serve(voice | {"/voices.json": json.dumps(catalogue).encode()})
    size = sum(map(len, voice.values()))
    print(f"{NAME}: {size / 1e6:.0f} MB\n\n| run | wall | rate |\n|---:|---:|---:|")
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as data_home:
            env = os.environ | {"LISTEN_VOICE_CATALOGUE": f"http://127.0.0.1:{server.server_address[1]}/",
                                "XDG_DATA_HOME": data_home}  # fmt: skip
            started = time.perf_counter()
            subprocess.run([LISTEN, "voices", "install", NAME], env=env, check=True, capture_output=True)
            wall = time.perf_counter() - started
        print(f"| {run} | {wall:.2f} s | {size / 1e6 / wall:.0f} MB/s |", flush=True)
    server.shutdown()


if __name__ == "__main__":
    main()
