"""The user's pronunciation lexicon: how to say the names a voice gets wrong.

A lexicon is a text file, one entry a line, applied to every sentence before any other rule:

    Kyiv = Keev                  # a word: whole words only
    nginx = engine x             # in lower case: matches any case (Nginx, NGINX)
    /\\bGIF(s?)\\b/ = jif\\1        # /a regular expression/ = its replacement

An entry written in lower case matches the word in any case; an entry with a capital letter
matches only that exact case. Lines starting with `#` are comments. The default lexicon is
`lexicon.txt` in the user's config folder (`listen config` shows where); `--lexicon FILE`
adds another, whose entries win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from .errors import ListenError


def default_lexicon_path() -> Path:
    return Path(platformdirs.user_config_dir("listen")) / "lexicon.txt"


@dataclass
class Lexicon:
    entries: list[tuple[re.Pattern, str]] = field(default_factory=list)

    @classmethod
    def load(cls, *paths: Path | None) -> Lexicon:
        """The entries of every file given that exists; later files win over earlier ones."""
        entries: list[tuple[re.Pattern, str]] = []
        for path in paths:
            if path is not None and path.exists():
                entries = parse(path) + entries
        return cls(entries)

    def apply(self, text: str) -> str:
        for pattern, spoken in self.entries:
            text = pattern.sub(spoken, text)
        return text


def parse(path: Path) -> list[tuple[re.Pattern, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ListenError(f"cannot read lexicon {path}: {error}") from None
    entries = []
    for number, line in enumerate(lines, start=1):
        line = re.sub(r"\s#.*$", "", line).strip()
        if not line or line.startswith("#"):
            continue
        written, equals, spoken = line.partition("=")
        written, spoken = written.strip(), spoken.strip()
        if not equals or not written:
            raise ListenError(f"{path}:{number}: expected `written = spoken`, got {line!r}")
        entries.append((compile_entry(written, path, number), spoken))
    return entries


def compile_entry(written: str, path: Path, number: int) -> re.Pattern:
    if len(written) > 2 and written.startswith("/") and written.endswith("/"):
        try:
            return re.compile(written[1:-1])
        except re.error as error:
            raise ListenError(f"{path}:{number}: bad pattern {written}: {error}") from None
    flags = 0 if any(char.isupper() for char in written) else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", flags)
