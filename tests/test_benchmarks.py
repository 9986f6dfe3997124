"""The benchmark scripts still fit the code they measure: each imports what it uses.

They are run by hand, not by the suite, so a renamed function would otherwise break one
silently until the next time someone needs its figures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
BENCHMARKS = sorted((ROOT / "benchmarks").glob("*.py"))
OURS = {"listen", "voices", "tests", *(script.stem for script in BENCHMARKS)}


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda script: script.stem)
def test_a_benchmark_imports_what_it_uses(script: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(f"benchmark_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    except ModuleNotFoundError as missing:
        if (missing.name or "").split(".")[0] in OURS:
            raise
        pytest.skip(f"needs {missing.name}, from an extra this environment does not install")
    assert callable(module.main)
