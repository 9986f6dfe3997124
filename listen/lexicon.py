"""The user's pronunciation lexicon: how to say the names a voice gets wrong.

A lexicon is a text file, one entry a line, applied to every sentence before any other rule:

    Kyiv = Keev                  # a word: whole words only
    nginx = engine x             # in lower case: matches any case (Nginx, NGINX)
    /\\bGIF(s?)\\b/ = jif\\1        # /a regular expression/ = its replacement

An entry written in lower case matches the word in any case; an entry with a capital letter
matches only that exact case. Lines starting with `#` are comments. The default lexicon is
`lexicon.txt` in the user's config folder (`listen config` shows where); `--lexicon FILE`
adds another, whose entries win.

Every entry is checked when the lexicon loads (a pattern that compiles, matches some text,
and a replacement whose group references exist), and a pattern gets a time limit per
sentence (the `regex` module's timeout), so a pattern such as `/(a+)+$/` cannot hang a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
import regex

from .errors import ListenError

PATTERN_SECONDS = 1.0  # what one entry may take on one sentence
# A replacement's backslash sequences: a group by number or name, or an escaped character.
TEMPLATE_ESCAPE = re.compile(r"\\(?:g<([^>]*)>|(\d{1,2})|(.)|$)", re.S)
TEMPLATE_CHARACTERS = set("abfnrtv\\")  # the escapes re and regex turn into characters


def default_lexicon_path() -> Path:
    return Path(platformdirs.user_config_dir("listen")) / "lexicon.txt"


@dataclass
class Lexicon:
    entries: list[tuple[regex.Pattern, str]] = field(default_factory=list)

    @classmethod
    def load(cls, *paths: Path | None) -> Lexicon:
        """The entries of every file given that exists; later files win over earlier ones."""
        entries: list[tuple[regex.Pattern, str]] = []
        for path in paths:
            if path is not None and path.exists():
                entries = parse(path) + entries
        return cls(entries)

    def apply(self, text: str) -> str:
        for pattern, spoken in self.entries:
            try:
                text = pattern.sub(spoken, text, timeout=PATTERN_SECONDS)
            except TimeoutError:
                raise ListenError(
                    f"lexicon entry /{pattern.pattern}/ took more than {PATTERN_SECONDS:g} s on one "
                    "sentence: make it simpler"
                ) from None
        return text


def parse(path: Path) -> list[tuple[regex.Pattern, str]]:
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
        pattern = compile_entry(written, path, number)
        if pattern.fullmatch(""):
            raise ListenError(f"{path}:{number}: {written} matches empty text; it must match some word")
        check_template(spoken, pattern, f"{path}:{number}")
        entries.append((pattern, spoken))
    return entries


def compile_entry(written: str, path: Path, number: int) -> regex.Pattern:
    if len(written) > 2 and written.startswith("/") and written.endswith("/"):
        try:
            return regex.compile(written[1:-1])
        except (regex.error, RecursionError, OverflowError) as error:
            raise ListenError(f"{path}:{number}: bad pattern {written}: {error}") from None
    flags = 0 if any(char.isupper() for char in written) else regex.IGNORECASE
    return regex.compile(rf"(?<!\w){regex.escape(written)}(?!\w)", flags)


def check_template(spoken: str, pattern: regex.Pattern, where: str) -> None:
    """Refuse a replacement that would fail on its first match: a group the pattern does not
    have, an unknown escape, a trailing backslash."""
    for escape in TEMPLATE_ESCAPE.finditer(spoken):
        name, number, character = escape.groups()
        if name is not None:
            known = name in pattern.groupindex or (name.isdigit() and int(name) <= pattern.groups)
            if not known:
                raise ListenError(f"{where}: the replacement names group <{name}>, which the pattern lacks")
        elif number is not None:
            if int(number) > pattern.groups:
                raise ListenError(f"{where}: the replacement uses group {number}; the pattern has {pattern.groups}")
        elif character is None:
            raise ListenError(f"{where}: the replacement ends in a lone backslash")
        elif character.isascii() and character.isalpha() and character not in TEMPLATE_CHARACTERS:
            raise ListenError(f"{where}: bad escape \\{character} in the replacement")
