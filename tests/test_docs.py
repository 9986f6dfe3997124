"""The README cannot drift from the commands: each one is documented, and the set-up is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    assert f"listen {command}" in README


def test_ci_runs_the_readmes_test_command():
    test_command = README.split("```sh\n", 1)[1].splitlines()[1]
    assert test_command == "./setup.sh --test && .venv/bin/python -m pytest"
    assert test_command in CI
