"""One settings object for a conversion, built once: shipped defaults, then the user's config
file, then command-line flags.

The config file is TOML, `config.toml` in the user's config folder (`listen config` shows
where; LISTEN_CONFIG names another file):

    voice = "piper:en_US-joe-medium"
    speed = 1.5
    format = "m4b"
    output = "~/Listen"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

from .errors import ListenError
from .export import FORMATS
from .lexicon import Lexicon, default_lexicon_path
from .speed import parse_speed

DEFAULT_MAX_MB = 10.0
CONFIG_KEYS = {"voice": "voice", "speed": "speed", "format": "audio_format", "output": "output",
               "lexicon": "lexicon", "max_size": "max_bytes"}  # fmt: skip


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

    def __post_init__(self) -> None:
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

    def load_lexicon(self) -> Lexicon:
        return Lexicon.load(default_lexicon_path(), self.lexicon)

    def as_dict(self) -> dict[str, object]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def config_path() -> Path:
    if os.environ.get("LISTEN_CONFIG"):
        return Path(os.environ["LISTEN_CONFIG"])
    return Path(platformdirs.user_config_dir("listen")) / "config.toml"


def read_config(path: Path) -> dict[str, object]:
    """The config file's settings, by Settings field name; {} when there is no file."""
    if not path.exists():
        return {}
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ListenError(f"cannot read config {path}: {error}") from None
    unknown = set(values) - set(CONFIG_KEYS)
    if unknown:
        raise ListenError(f"config {path}: unknown setting {sorted(unknown)[0]!r} "
                          f"(known: {', '.join(CONFIG_KEYS)})")  # fmt: skip
    settings = {CONFIG_KEYS[key]: value for key, value in values.items()}
    if "max_bytes" in settings:
        settings["max_bytes"] = int(float(settings["max_bytes"]) * 1_000_000)
    return settings


def load_settings(**flags: object) -> Settings:
    """Defaults, then the config file, then the flags that were given (not None)."""
    values = read_config(config_path())
    values.update({name: value for name, value in flags.items() if value is not None})
    try:
        return Settings(**values)
    except TypeError as error:  # a config value of the wrong type
        raise ListenError(f"config {config_path()}: {error}") from None
