"""Finding backends (through the `listen.voices` entry points) and choosing a voice by name."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import replace
from functools import cache
from importlib.metadata import entry_points

from listen.errors import ListenError

from .base import Backend, Voice, VoiceInfo

ENTRY_POINT_GROUP = "listen.voices"
GENDERS = ("female", "male")
# Better voices first when the user did not choose one.
QUALITY_RANK = {"high": 0, "medium": 1, "low": 2, "x_low": 3, "accented": 5, "robotic": 9}
# The dialect to read a language in when the article does not say which.
DEFAULT_DIALECT = {"en": "en-us", "pt": "pt-br", "es": "es", "fr": "fr-fr", "zh": "cmn"}


@cache
def backends() -> dict[str, Backend]:
    """Every installed backend, by name; the built-in ones register like any plugin."""
    found = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            backend = entry_point.load()()
        except ImportError:
            continue  # an optional backend whose engine is not installed
        found[backend.name] = backend
    return found


def all_voices() -> tuple[VoiceInfo, ...]:
    return tuple(voice for backend in backends().values() for voice in backend.voices())


def find_voice(spec: str | None, language: str = "en") -> VoiceInfo:
    """The voice a user means by `spec`: `backend:id`, an id or name, `female`/`male`, or None
    for the best installed voice of the article's language."""
    voices = all_voices()
    if not voices:
        raise ListenError("no voices installed: install espeak-ng (apt-get install espeak-ng)")
    if spec is None or spec.lower() in GENDERS:
        gender = spec.lower() if spec else ""
        return best_voice(voices, language, gender)
    backend, _, voice_id = spec.rpartition(":")
    if backend and backend not in backends():
        raise ListenError(f"unknown voice backend {backend!r} (installed: {', '.join(backends())})")
    candidates = [v for v in voices if not backend or v.backend == backend]
    exact = [v for v in candidates if v.id == voice_id]
    same_id = [v for v in candidates if v.id.lower() == voice_id.lower()]
    same_name = [v for v in candidates if v.name.lower() == voice_id.lower()]
    for matches in (exact, same_id, same_name):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            choices = ", ".join(v.address for v in matches[:5])
            raise ListenError(f"voice {spec!r} is ambiguous: say which, one of {choices}")
    empty = [b for name, b in backends().items() if not any(v.backend == name for v in voices)]
    if empty:  # an engine that is registered but found nothing is most likely not installed
        missing = "; ".join(f"{b.name} has no voices ({b.install_hint})"
                            for b in empty)  # fmt: skip
        raise ListenError(f"unknown voice {spec!r}: {missing}")
    close = difflib.get_close_matches(spec, [v.address for v in voices] + [v.id for v in voices])
    hint = f"; closest: {', '.join(dict.fromkeys(close))}" if close else ""
    raise ListenError(f"unknown voice {spec!r}{hint} (see `listen voices`)")


def best_voice(voices: tuple[VoiceInfo, ...], language: str, gender: str = "") -> VoiceInfo:
    """The best voice for a language (of that gender, when one reads it): a neural one if
    installed, the plainest id otherwise."""

    wanted = dialect(language)

    def speaks(voice: VoiceInfo) -> int:
        if dialect(voice.language) == wanted:
            return 0
        if same_language(voice.language, wanted):
            return 1
        return 2 if speaks_language(voice, wanted) else 3  # read by a voice of another language, or not

    pool = [v for v in voices if v.gender == gender] if gender else list(voices)
    if not any(speaks(v) < 3 for v in pool):  # no such voice reads the language: one that does, of any gender
        pool = list(voices)
    return min(
        pool,
        key=lambda v: (speaks(v), QUALITY_RANK.get(v.quality, 5), "+" in v.id, len(v.id), v.id),
    )


def listing(voices: tuple[VoiceInfo, ...], variants: bool = False) -> list[tuple[VoiceInfo, int]]:
    """The voices as `listen voices` shows them, the better first, then by language, each with
    how many variants (espeak's en-us+f3, +m2, ...) are folded into it (none when `variants`)."""
    ordered = sorted(voices, key=lambda v: (QUALITY_RANK.get(v.quality, 5), v.backend, v.language, v.id))
    if variants:
        return [(voice, 0) for voice in ordered]
    folded = Counter(f"{v.backend}:{v.id.split('+')[0]}" for v in ordered if "+" in v.id)
    return [(voice, folded[voice.address]) for voice in ordered if "+" not in voice.id]


def speaks_language(voice: VoiceInfo, language: str) -> bool:
    return any(same_language(spoken, language) for spoken in (voice.language, *voice.reads))


def reading(voice: VoiceInfo, language: str) -> VoiceInfo:
    """The voice set to read `language`: itself when the language is its own or one it cannot
    read, else the voice of a multilingual model given that language (its dialect if it has
    it: en-gb for an article in British English)."""
    if same_language(voice.language, language):
        return voice
    readable = [other for other in voice.reads if same_language(other, language)]
    if not readable:
        return voice
    wanted = dialect(language)
    return replace(voice, language=wanted if wanted in readable else readable[0], quality="accented")


def dialect(language: str) -> str:
    """A language as voices name it: lower case, with the dialect to read it in (en: en-us)."""
    language = language.lower().replace("_", "-")
    return DEFAULT_DIALECT.get(language, language)


def same_language(one: str, other: str) -> bool:
    return one.lower()[:2] == other.lower()[:2]


_LOADED: dict[VoiceInfo, Voice] = {}


def load_voice(info: VoiceInfo) -> Voice:
    """The loaded voice, loaded once per process and reused for every article."""
    if info not in _LOADED:
        _LOADED[info] = backends()[info.backend].load(info)
    return _LOADED[info]
