"""`listen voices available / install / remove` against a catalogue served on 127.0.0.1 in the
piper-voices layout, built from the packaged joe voice: nothing is downloaded from the web."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from cli import main
from voices.piper import packaged_models

from .conftest import EXAMPLE, default_ctrl_c, kokoro_style, local_site

LISTEN = str(Path(sys.executable).with_name("listen"))
JOE = next(model for model in packaged_models() if model.name == "en_US-joe-medium.onnx")


def entry(name: str, files: dict[str, bytes], md5: str = "") -> dict:
    """A voices.json entry as piper-voices writes it."""
    return {
        "key": name, "name": name.split("-")[1], "quality": "medium",
        "language": {"code": name.split("-")[0], "family": name[:2]},
        "files": {path: {"size_bytes": len(data), "md5_digest": md5 or hashlib.md5(data).hexdigest()}
                  for path, data in files.items()},
    }  # fmt: skip


@pytest.fixture
def catalogue(tmp_path, monkeypatch):
    """A catalogue server: a good voice (joe's files under another name), one whose checksum is
    wrong, one served short, one whose files answer 500, and one that stalls halfway."""
    model, config = JOE.read_bytes(), JOE.with_name(JOE.name + ".json").read_bytes()
    served: dict[str, bytes] = {}
    voices = {}
    for name in ["en_US-tester-medium", "en_US-badsum-medium", "en_US-short-medium", "en_US-broken-medium",
                 "en_US-stalls-medium", "de_DE-probe-medium"]:  # fmt: skip
        files = {f"{name[:2]}/{name}.onnx": model, f"{name[:2]}/{name}.onnx.json": config,
                 f"{name[:2]}/MODEL_CARD": b"card"}  # fmt: skip
        voices[name] = entry(name, files, md5="0" * 32 if "badsum" in name else "")
        served |= {f"/{path}": data for path, data in files.items()}
    voices |= {  # what a damaged or hostile catalogue holds: never listed, never a traceback
        "../../evil-x": entry("../../evil-x", {"../../evil-x.onnx": model, "../../evil-x.onnx.json": config}),
        "en_US-nosize-medium": {"files": {"en_US-nosize-medium.onnx": {"size_bytes": "12"},
                                          "en_US-nosize-medium.onnx.json": {"size_bytes": None}}},
        "en_US-list-medium": {"files": [1, 2]}, "en_US-text-medium": "a voice", "en_US-empty-medium": {},
    }  # fmt: skip
    archive = io.BytesIO()  # a Kokoro voice: an archive of style vectors (the packaged jm_kumo's, renamed)
    np.savez(archive, af_tester=kokoro_style())
    voices["af_tester"] = {"language": {"code": "en_US"}, "quality": "high", "files": {
        "kokoro/af_tester.npz": {"size_bytes": len(archive.getvalue()),
                                 "md5_digest": hashlib.md5(archive.getvalue()).hexdigest()}}}  # fmt: skip
    served["/kokoro/af_tester.npz"] = archive.getvalue()
    served["/voices.json"] = json.dumps(voices).encode()
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = served.get(self.path)
            if body is None or "broken" in self.path:
                self.send_error(404 if body is None else 500)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if "short" in self.path and self.path.endswith(".onnx"):
                self.wfile.write(body[: len(body) // 2])  # the connection closes early
            elif "stalls" in self.path and self.path.endswith(".onnx"):
                self.wfile.write(body[: len(body) // 2])  # returns once listen has read most of it
                requests.append(f"{self.path} halfway")
                time.sleep(30)
            else:
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    data_home = tmp_path / "data"
    with local_site(Handler) as url:
        monkeypatch.setenv("LISTEN_VOICE_CATALOGUE", f"{url}/")
        monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
        yield data_home / "listen" / "voices", requests


def test_install_checks_the_files_and_the_voice_speaks_then_remove(runner, catalogue, tmp_path):
    folder, _ = catalogue
    listed = runner.invoke(main, ["voices", "available", "--lang", "en"])
    assert listed.exit_code == 0 and listed.stdout.splitlines()[-1].startswith("en_US-tester-medium")
    assert "de_DE-probe-medium" not in listed.stdout
    everything = runner.invoke(main, ["voices", "available"])
    assert everything.exit_code == 0 and [line.split()[0] for line in everything.stdout.splitlines()] == [
        "af_tester", "de_DE-probe-medium", "en_US-badsum-medium", "en_US-broken-medium", "en_US-short-medium",
        "en_US-stalls-medium", "en_US-tester-medium",
    ]  # fmt: skip
    result = runner.invoke(main, ["voices", "install", "en_US-tester-medium"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["en_US-tester-medium.onnx", "en_US-tester-medium.onnx.json"]
    assert (folder / "en_US-tester-medium.onnx").read_bytes() == JOE.read_bytes()
    assert "installed" in runner.invoke(main, ["voices", "available"]).stdout.splitlines()[-1]
    converted = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(tmp_path / "out"),
                                     "--voice", "piper:en_US-tester-medium"])  # fmt: skip
    assert converted.exit_code == 0 and "piper:en_US-tester-medium" in converted.stdout, converted.output
    assert runner.invoke(main, ["voices", "remove", "en_US-tester-medium"]).exit_code == 0
    assert list(folder.iterdir()) == []
    again = runner.invoke(main, ["voices", "remove", "en_US-tester-medium"])
    assert again.exit_code == 1 and "is not installed in" in again.output


def test_a_kokoro_voice_installs_as_its_archive_and_is_listed(runner, catalogue):
    folder, _ = catalogue
    assert "kokoro  en_US" in runner.invoke(main, ["voices", "available"]).stdout.splitlines()[0]
    result = runner.invoke(main, ["voices", "install", "kokoro:af_tester"])
    assert result.exit_code == 0 and "Installed kokoro:af_tester" in result.stdout, result.output
    assert [path.name for path in folder.iterdir()] == ["af_tester.npz"]
    listed = json.loads(runner.invoke(main, ["voices", "--backend", "kokoro", "--json"]).stdout)
    assert [(voice["id"], voice["quality"]) for voice in listed][0] == ("af_tester", "high")
    assert runner.invoke(main, ["voices", "remove", "kokoro:af_tester"]).exit_code == 0
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("name, message", [
    ("en_US-badsum-medium", "en_US-badsum-medium.onnx does not match its checksum; nothing was installed"),
    ("en_US-short-medium", "en_US-short-medium.onnx came incomplete"),
    ("en_US-broken-medium", "HTTP 500"),
    ("en_US-testr-medium", "no voice 'en_US-testr-medium' in the catalogue; closest: en_US-tester-medium"),
])  # fmt: skip
def test_a_failed_install_is_one_line_and_leaves_nothing(runner, catalogue, name, message):
    folder, _ = catalogue
    result = runner.invoke(main, ["voices", "install", name])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output and result.output.count("\n") == 1
    assert not folder.exists() or list(folder.iterdir()) == []


def test_ctrl_c_halfway_leaves_nothing(catalogue):
    folder, requests = catalogue
    process = subprocess.Popen([LISTEN, "voices", "install", "en_US-stalls-medium"], env=os.environ.copy(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=default_ctrl_c)  # fmt: skip
    deadline = time.time() + 60  # a loaded machine starts listen slowly
    while "/en/en_US-stalls-medium.onnx halfway" not in requests and time.time() < deadline:
        time.sleep(0.05)
    assert "/en/en_US-stalls-medium.onnx halfway" in requests, requests  # stopped halfway, not before it began
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 130 and "Traceback" not in stderr, stderr  # what it said, if it ended otherwise
    assert list(folder.iterdir()) == []  # no partial file, no config without its model


def test_no_catalogue_names_its_address_and_how_to_install_by_hand(runner, monkeypatch, tmp_path):
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        address = f"http://127.0.0.1:{unused.getsockname()[1]}/"
    monkeypatch.setenv("LISTEN_VOICE_CATALOGUE", address)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for command in (["voices", "available"], ["voices", "install", "en_US-tester-medium"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
        assert f"{address}voices.json" in result.output and "by hand: download a voice's .onnx" in result.output
        assert str(tmp_path / "listen" / "voices") in result.output
