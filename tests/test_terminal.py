"""What a person sees in a terminal: `listen` run in a pseudo-terminal of 80 columns, its
screen read back as the terminal would show it (escape sequences dropped, each redraw a line).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from .conftest import EXAMPLE

LISTEN = str(Path(sys.executable).with_name("listen"))
ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def in_terminal(args: list[str], cwd: Path, columns: int = 80, timeout: float = 120) -> tuple[int, list[str]]:
    """Run `listen ARGS` on a pseudo-terminal of `columns`; its exit status and every line it
    drew (each carriage return or newline starts one)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout and stderr
        os.chdir(cwd)
        os.execv(LISTEN, [LISTEN, *args])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    output, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                data = os.read(fd, 65536)
            except OSError:  # the child has closed the terminal
                break
            if not data:
                break
            output += data
    _, status = os.waitpid(pid, 0)
    screen = ESCAPE.sub("", output.decode("utf-8", "replace"))
    return os.waitstatus_to_exitcode(status), [line for line in re.split(r"[\r\n]", screen) if line.strip()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Three copies of the example under names a person saves pages with, one very long."""
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in ["A very long saved page name that goes on and on (3).txt", "Second.txt", "Third.txt"]:
        shutil.copy(EXAMPLE, folder / name)
    return folder


@pytest.mark.parametrize("args, message", [
    (["convert", "nope.html"], "Error: nope.html: no such file or folder"),
    (["convert", "saved/Second.txt", "--voice", "nobody"], "Error: unknown voice 'nobody'"),
])  # fmt: skip
def test_an_error_is_a_line_of_its_own_with_no_bar_before_it(articles, args, message):
    status, lines = in_terminal(args, articles.parent)
    assert status == 1
    assert lines[-1].startswith(message), lines
    assert len(lines) == 1, lines  # nothing was drawn before the inputs and voice were checked


def test_one_article_shows_its_stage_audio_as_clock_time_speed_and_time_left(articles):
    status, lines = in_terminal(["convert", "saved/Second.txt", "-o", "out", "--voice", "espeak:en-us"],
                                articles.parent)  # fmt: skip
    assert status == 0, lines
    drawn = lines[:-1]
    assert drawn and all(len(line) <= 80 for line in drawn)
    speaking = [line for line in drawn if line.startswith("Speaking")]
    assert speaking, drawn
    assert all(re.search(r"\b\d+:\d\d / \d+:\d\d\b", line) for line in speaking)
    assert not any(re.search(r"\d\.\d{4,}", line) for line in drawn)  # no raw floats
    assert lines[-1].startswith("done: out/second/second.mp3 (")


def test_a_batch_fits_80_columns_with_a_line_per_running_article(articles):
    status, lines = in_terminal(["convert", "saved", "-o", "out", "--voice", "espeak:en-us", "-j", "2"],
                                articles.parent)  # fmt: skip
    assert status == 0, lines
    drawn = [line for line in lines if not line.startswith(("done:", "3 articles"))]
    assert all(len(line) <= 80 for line in drawn), max(drawn, key=len)
    assert any(re.match(r"Converting .* \d of 3 articles +\d+\.\d h of audio", line) for line in drawn)
    # each running article has a line of its own, named in a few characters
    assert any(line.startswith("A very long saved pag… ") for line in drawn), drawn
    assert any(line.startswith("Second.txt ") for line in drawn)
    assert lines[-1].startswith("3 articles: 3 done")


def test_off_a_terminal_there_are_plain_lines_and_no_bars(articles):
    result = subprocess.run([LISTEN, "convert", "saved", "-o", "out", "--voice", "espeak:en-us", "-j", "1"],
                            cwd=articles.parent, capture_output=True, text=True, check=True)  # fmt: skip
    assert "━" not in result.stderr and "\r" not in result.stderr
    assert result.stderr.count(": speaking, about ") == 3


@pytest.mark.parametrize("command", ["listen voices | head -2", "listen clean --json saved/*.txt | head -c 100"])
def test_a_closed_pipe_ends_quietly(articles, command):
    shell = f"set -o pipefail; PATH={Path(LISTEN).parent}:$PATH; {command} > /dev/null"
    result = subprocess.run(["bash", "-c", shell], cwd=articles.parent, capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""


def test_help_answers_to_h_and_a_bare_listen(tmp_path):
    for args in (["-h"], [], ["convert", "-h"]):
        result = subprocess.run([LISTEN, *args], cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout.startswith("Usage: listen"), args


@pytest.mark.parametrize("command", ["convert", "subscribe", "update", "import", "clean", "feed", "serve", "voices"])
def test_each_commands_help_has_an_example(runner, command):
    from cli import main

    shown = runner.invoke(main, [command, "-h"]).output
    assert re.search(r"^ +(\d.* )?listen " + command, shown, re.M), shown


def test_converts_help_keeps_batch_options_apart(runner):
    from cli import main

    shown = runner.invoke(main, ["convert", "-h"]).output
    sections = re.findall(r"^(\S[^:\n]+):$", shown, re.M)
    assert sections[:4] == ["Voice and sound", "Where and what", "Many articles", "What it prints"], sections
    batch = shown.split("Many articles:")[1].split("What it prints:")[0]
    assert "--jobs" in batch and "--recursive" in batch and "--voice" not in batch
    assert "default: the config's, else mp3" in " ".join(shown.split())
