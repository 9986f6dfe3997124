"""Every error a user can cause: one `Error:` line, a non-zero exit, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main

from .conftest import EXAMPLE

LISTEN = str(Path(sys.executable).parent / "listen")
FAKE = ["--voice", "fake:tones"]  # the tests' fake voice


def run(runner, *args):
    return runner.invoke(main, [str(arg) for arg in args])


def assert_one_error_line(result, fragment: str) -> None:
    assert result.exit_code != 0
    lines = [line for line in result.output.strip().splitlines() if line]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert fragment in lines[0]


@pytest.mark.parametrize(
    "make_input, options, message",
    [
        pytest.param(lambda d: d / "missing.txt", [], "no such file", id="missing-input"),
        pytest.param(lambda d: write(d / "empty.txt", b""), [], "no article text found",
                     id="empty-input"),
        pytest.param(lambda d: write(d / "blank.txt", b" \n\t\n  "), [], "no article text found",
                     id="whitespace-only"),
        pytest.param(lambda d: write(d / "doc.pdf", b"%PDF-1.7\n%\xe2\xe3"), [], "PDF",
                     id="pdf-input"),
        pytest.param(lambda d: EXAMPLE, ["--voice", "nobody-at-all"], "unknown voice",
                     id="unknown-voice"),
        pytest.param(lambda d: EXAMPLE, ["--speed", "3"], "outside 1x to 2x", id="too-fast"),
        pytest.param(lambda d: EXAMPLE, ["--speed", "quick"], "is not a number", id="bad-speed"),
        pytest.param(lambda d: EXAMPLE, ["--format", "aiff"], "unknown format", id="bad-format"),
    ],
)  # fmt: skip
def test_user_errors_end_in_one_line(runner, tmp_path, make_input, options, message):
    out = tmp_path / "out"
    result = run(runner, "convert", make_input(tmp_path), "-o", out, *options)
    assert_one_error_line(result, message)
    assert not out.exists() or not any(out.iterdir())


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unwritable_output_folder(runner, tmp_path):
    blocker = write(tmp_path / "a-file", b"x")
    result = run(runner, "convert", EXAMPLE, "-o", blocker / "out")
    assert_one_error_line(result, "cannot write to")


def test_existing_result_is_kept_unless_forced(runner, tmp_path):
    assert run(runner, "convert", EXAMPLE, "-o", tmp_path, *FAKE, "-q").exit_code == 0
    audio = tmp_path / "tide-mill" / "tide-mill.mp3"
    before = audio.stat().st_mtime_ns
    again = run(runner, "convert", EXAMPLE, "-o", tmp_path, *FAKE)
    assert again.exit_code == 0 and again.output.startswith(f"unchanged: {audio} (")
    assert audio.stat().st_mtime_ns == before
    assert run(runner, "convert", EXAMPLE, "-o", tmp_path, *FAKE, "--force", "-q").exit_code == 0
    assert audio.stat().st_mtime_ns != before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["tide-mill"]


def test_missing_ffmpeg_names_the_package(tmp_path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = os.environ | {"PATH": str(empty_bin)}
    result = subprocess.run(
        [LISTEN, "convert", str(EXAMPLE), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: ffmpeg is not installed (apt-get install ffmpeg)"
    assert not (tmp_path / "out").exists()


def test_failure_mid_export_leaves_no_partial_folder(tmp_path):
    """ffmpeg fails after synthesis (a file-size limit stops its write): no output remains."""
    out = tmp_path / "out"
    result = subprocess.run(
        ["bash", "-c", f"ulimit -f 2000; exec {LISTEN} convert {EXAMPLE} -o {out} --format wav"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    # (libespeak-ng's audio layer may complain about the limit on its own line first)
    assert result.stderr.strip().splitlines()[-1] in (
        f"Error: {EXAMPLE}: ffmpeg failed: the output file grew past the file-size limit",
        f"Error: {EXAMPLE}: cannot write {out / EXAMPLE.stem}: File too large",
    )
    assert "Traceback" not in result.stderr
    assert not out.exists() or list(out.iterdir()) == []
