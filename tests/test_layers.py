"""The import contract: layers import downward only, and no module imports itself back.

Read from the source with ast (what the code says), and checked once more at run time (what
an import really loads): a voice plugin importing `voices.base`, or `listen clean` importing
the text stages, must not pay for trafilatura or the audio stack.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The stages that turn a page into spoken text: none of them may reach audio or voices.
TEXT = {"read", "fetch", "cleaner", "webpage", "textdump", "markdown", "layout", "furniture", "language",
        "copied_lines", "copied_lists", "copied_headline", "copied_ends", "copied_chapters", "source_code",
        "speech", "speech_en", "speech_en_periods", "speech_rules", "rewrite_rules", "lexicon", "segment", "model", "slug", "errors", "line_model"}  # fmt: skip
AUDIO = {"render", "export", "ffmpeg", "tags", "sidecars", "pacing", "silence", "stretch", "formats",
         "pipeline", "workers", "convert", "voices", "pydub", "soundfile", "mutagen", "numpy"}  # fmt: skip
# These import nothing of listen.
LEAVES = {"errors", "formats", "events", "model", "slug", "stopwatch", "rewrite_rules", "layout"}


def imports(path: Path) -> set[str]:
    """The modules a file imports, as `listen.x`, `voices.x` or a third-party top-level name."""
    package = path.parent.name
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = f"{package}.{node.module or ''}".rstrip(".") if node.level else node.module or ""
            found |= {base} if node.module or not node.level else {f"{package}.{a.name}" for a in node.names}
    return found


GRAPH = {
    f"{path.parent.name}.{path.stem}": imports(path)
    for folder in ("listen", "voices")
    for path in sorted((ROOT / folder).glob("*.py"))
    if path.stem != "__init__"
}


def local(name: str) -> str:
    """`listen.x` -> `x`; a third-party module -> its top-level name."""
    return name.split(".")[1] if name.startswith(("listen.", "voices.")) else name.split(".")[0]


def reachable(module: str) -> set[str]:
    seen, todo = set(), [module]
    while todo:
        for name in GRAPH.get(todo.pop(), ()):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def test_voices_import_nothing_of_listen_but_its_errors():
    for module, names in GRAPH.items():
        if module.startswith("voices."):
            assert {n for n in names if n.startswith("listen")} <= {"listen.errors"}, module


@pytest.mark.parametrize("stage", sorted(TEXT))
def test_text_stages_never_reach_audio_or_voices(stage):
    reached = {local(name) for name in reachable(f"listen.{stage}")}
    reached |= {"voices" for name in reachable(f"listen.{stage}") if name.startswith("voices")}
    assert not reached & AUDIO, f"listen.{stage} reaches {sorted(reached & AUDIO)}"


@pytest.mark.parametrize("leaf", sorted(LEAVES))
def test_leaf_modules_import_nothing_of_listen(leaf):
    assert not [n for n in GRAPH[f"listen.{leaf}"] if n.startswith("listen")]


def test_no_import_cycles():
    for module in GRAPH:
        assert module not in reachable(module), f"{module} imports itself through others"


@pytest.mark.parametrize("statement, unwanted", [
    ("import voices.base", {"trafilatura", "pydub", "listen.pipeline", "listen.cleaner"}),
    ("import listen.errors", {"trafilatura", "pydub", "numpy", "voices"}),
    ("import listen.cleaner, listen.segment", {"pydub", "soundfile", "mutagen", "voices", "listen.render"}),
])  # fmt: skip
def test_an_import_loads_only_its_layer(statement, unwanted):
    check = f"import sys; {statement}; print(sorted(set({sorted(unwanted)!r}) & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"
