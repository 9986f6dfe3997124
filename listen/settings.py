"""One settings object for a conversion, built once: shipped defaults, then the user's config
file, then command-line flags.

The config file is TOML, `config.toml` in the user's config folder (`listen config` shows
where; LISTEN_CONFIG names another file):

    voice = "piper:en_US-joe-medium"
    speed = 1.5
    format = "m4b"
    output = "~/Listen"

    [voices]                  # a voice for each language, when `voice` is not set
    de = "piper:de_DE-thorsten-medium"
"""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from .errors import ListenError
from .formats import FORMATS
from .lexicon import Lexicon, default_lexicon_path
from .speed import parse_speed

DEFAULT_MAX_MB = 10.0
KIND_NAMES = {str: "text", int: "a whole number of bytes", Path: "a path"}
CONFIG_KEYS = {"voice": "voice", "speed": "speed", "format": "audio_format", "output": "output",
               "lexicon": "lexicon", "max_size": "max_bytes", "voices": "voices", "words": "words"}  # fmt: skip
EXAMPLE_CONFIG = f"""\
# listen's settings. Every line is optional; a flag on the command line wins over it.

# The voice: backend:id, an id or name, female or male (`listen voices` lists them).
# Without it, each article gets the best installed voice for its language.
# voice = "piper:en_US-joe-medium"

# 1.0 to 2.0 (1.5 is one and a half times as fast).
# speed = 1.0

# One of {", ".join(FORMATS)}.
# format = "mp3"

# Where converted articles go (their folders, the feed, the player).
# output = "~/Listen"

# A pronunciation lexicon (`written = spoken` lines) added to the default one.
# lexicon = "~/listen-words.txt"

# Transcripts with each word's time, where the voice says when each word starts (espeak-ng).
# words = false

# Inputs larger than this many MB are refused.
# max_size = {DEFAULT_MAX_MB:g}

# A voice for each language (its code: en, de, pt-br), used when `voice` is not set.
# [voices]
# en = "piper:en_US-joe-medium"
# de = "espeak:de"
"""


@dataclass(frozen=True)
class Settings:
    """What shapes a conversion. `voice` None means the best voice for the article."""

    voice: str | None = None
    speed: float = 1.0
    audio_format: str = "mp3"
    output: Path = Path(".")
    force: bool = False
    max_bytes: int = int(DEFAULT_MAX_MB * 1_000_000)
    lexicon: Path | None = None  # added to the default lexicon in the config folder
    voices: dict[str, str] = field(default_factory=dict)  # language -> voice, when `voice` is None
    words: bool = False  # word timings in the transcripts, where the voice gives them

    def __post_init__(self) -> None:
        check_type("voice", self.voice, (str, type(None)))
        check_type("format", self.audio_format, (str,))
        check_type("output", self.output, (str, Path))
        check_type("lexicon", self.lexicon, (str, Path, type(None)))
        check_type("max_size", self.max_bytes, (int,))
        if not isinstance(self.words, bool):
            raise ListenError(f"words must be true or false, not {self.words!r}")
        if not isinstance(self.voices, dict) or not all(isinstance(v, str) for v in self.voices.values()):
            raise ListenError(f"voices must be a table of language = voice, not {self.voices!r}")
        object.__setattr__(self, "voices", {language.lower(): voice for language, voice in self.voices.items()})
        if self.max_bytes <= 0:
            raise ListenError("max_size must be more than 0 MB")
        object.__setattr__(self, "speed", parse_speed(self.speed))
        object.__setattr__(self, "audio_format", self.audio_format.lower().lstrip("."))
        if self.audio_format not in FORMATS:
            known = ", ".join(FORMATS)
            raise ListenError(f"unknown format {self.audio_format!r} (one of {known})")
        object.__setattr__(self, "output", Path(self.output).expanduser())
        if self.lexicon is not None:
            object.__setattr__(self, "lexicon", Path(self.lexicon).expanduser())
            if not self.lexicon.is_file():
                raise ListenError(f"lexicon {self.lexicon}: no such file")

    def voice_for(self, language: str) -> str | None:
        """The voice asked for an article in `language`: `voice`, else the language's in `voices`
        (pt-br, then pt), else None (the best installed one)."""
        language = language.lower().replace("_", "-")
        return self.voice or self.voices.get(language) or self.voices.get(language[:2])

    def load_lexicon(self) -> Lexicon:
        return Lexicon.load(default_lexicon_path(), self.lexicon)


def config_path() -> Path:
    if os.environ.get("LISTEN_CONFIG"):
        return Path(os.environ["LISTEN_CONFIG"])
    return Path(platformdirs.user_config_dir("listen")) / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    """The config file's settings, by Settings field name; {} when there is no file."""
    if not path.exists():
        return {}
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ListenError(f"cannot read config {path}: {error}") from None
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"at line (\d+)", str(error))
        raise ListenError(f"config {path}{':' + line.group(1) if line else ''}: not TOML: {error}") from None
    unknown = set(values) - set(CONFIG_KEYS)
    if unknown:
        key = sorted(unknown)[0]
        raise ListenError(f"config {where(path, key)}: unknown setting {key!r} (known: {', '.join(CONFIG_KEYS)})")
    settings = {CONFIG_KEYS[key]: value for key, value in values.items()}
    if "max_bytes" in settings:
        try:
            settings["max_bytes"] = megabytes(settings["max_bytes"])
        except ListenError as error:
            raise ListenError(f"config {where(path, 'max_size')}: {error}") from None
    return settings


def where(path: Path, key: str) -> str:
    """`FILE:LINE` of the line that sets `key` (the file alone if no line starts with it)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.split("=")[0].strip().strip("\"'") == key:
            return f"{path}:{number}"
    return str(path)


def config_lines(settings: Settings, path: Path) -> list[str]:
    """The settings in effect as config-file lines (what `listen config` prints: it can be
    saved as the file); a setting the file does not set says it is the default."""
    written = read_config(path)
    lines = []
    for key, name in CONFIG_KEYS.items():
        value = getattr(settings, name)
        if key == "voices":
            continue  # a table: after every plain key, as TOML wants
        if value is None:
            lines.append(f"# {key} = (not set)")
            continue
        value = value / 1_000_000 if name == "max_bytes" else value
        if isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = json.dumps(str(value)) if isinstance(value, (str, Path)) else f"{value:g}"
        lines.append(f"{key} = {text}" + ("" if name in written else "  # the default"))
    if settings.voices:
        lines += ["[voices]", *(f"{language} = {json.dumps(voice)}" for language, voice in settings.voices.items())]
    else:
        lines.append("# [voices] (not set: the best installed voice for each language)")
    return lines


def megabytes(value: object) -> int:
    """A size in MB, as given in the config file or by --max-size, in bytes."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ListenError(f"max_size must be a number of MB above 0, not {value!r}")
    return max(1, int(value * 1_000_000))


def check_type(name: str, value: object, kinds: tuple[type, ...]) -> None:
    if not isinstance(value, kinds) or isinstance(value, bool):
        raise ListenError(f"{name} must be {KIND_NAMES[kinds[0]]}, not {value!r}")


def load_settings(**flags: object) -> Settings:
    """Defaults, then the config file, then the flags that were given (not None)."""
    path = config_path()
    values = read_config(path)
    try:
        Settings(**values)  # the file's own values checked alone, so an error names the file
    except ListenError as error:
        named = next((key for key in CONFIG_KEYS if re.search(rf"\b{key}\b", str(error))), "")
        raise ListenError(f"config {where(path, named) if named else path}: {error}") from None
    values.update({name: value for name, value in flags.items() if value is not None})
    return Settings(**values)
