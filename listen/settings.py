"""One settings object for a conversion, built once: shipped defaults, then the user's flags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ListenError
from .export import FORMATS
from .lexicon import Lexicon, default_lexicon_path
from .speed import parse_speed

DEFAULT_MAX_MB = 10.0


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
        if self.lexicon is not None and not Path(self.lexicon).is_file():
            raise ListenError(f"lexicon {self.lexicon}: no such file")

    def load_lexicon(self) -> Lexicon:
        return Lexicon.load(default_lexicon_path(), self.lexicon and Path(self.lexicon))
