"""Installing voices from a catalogue: Piper's public piper-voices, or another of its layout.

The catalogue is the piper-voices repository's `voices.json`: for each voice its language,
quality and files, each with its size and MD5 checksum. A Piper voice is its model (`.onnx`)
and the model's config (`.onnx.json`); a Kokoro voice is an archive of style vectors (`.npz`).
Every file is downloaded over https, checked against the catalogue's size and checksum, and
only then renamed into the user's voice folder, where the backends find them. A download
that fails or is stopped leaves nothing behind. LISTEN_VOICE_CATALOGUE names another
catalogue (the same layout on another server: piper-voices lists no Kokoro voices).
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from voices.piper import user_voice_folder

from .errors import ListenError
from .fetch import get

CATALOGUE_VARIABLE = "LISTEN_VOICE_CATALOGUE"
CATALOGUE = "https://huggingface.co/rhasspy/piper-voices/resolve/main/"
CATALOGUE_BYTES = 20_000_000
DOWNLOAD_SECONDS = 3600.0  # a voice is tens of megabytes: an hour before a download is given up
VOICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,100}")  # a file name, never a path
# A voice's files by backend, in the order they are moved in: a Piper config first, as the
# backend sees a voice once its model is there.
VOICE_FILES = {"piper": (".onnx.json", ".onnx"), "kokoro": (".npz",)}
ENDINGS = tuple(ending for endings in VOICE_FILES.values() for ending in endings)


@dataclass(frozen=True)
class VoiceFile:
    path: str  # in the catalogue, relative to its base address
    size: int
    md5: str


@dataclass(frozen=True)
class CatalogueVoice:
    name: str  # en_US-joe-medium
    language: str  # en_US
    quality: str
    files: tuple[VoiceFile, ...]  # the model and its config, or the archive
    backend: str  # piper or kokoro

    @property
    def size(self) -> int:
        return sum(file.size for file in self.files)


def catalogue_base() -> str:
    return os.environ.get(CATALOGUE_VARIABLE) or CATALOGUE


def catalogue() -> list[CatalogueVoice]:
    """Every voice the catalogue offers that has a model and its config."""
    base = catalogue_base()
    try:
        entries = json.loads(get(base + "voices.json", CATALOGUE_BYTES, accept="application/json").body)
    except ValueError:
        raise ListenError(f"the voice catalogue at {base}voices.json is not JSON") from None
    except ListenError as error:
        raise ListenError(f"{error}; by hand: download a voice's .onnx and .onnx.json from {base} "
                          f"and put them in {user_voice_folder()}") from None  # fmt: skip
    found = [catalogue_voice(name, entry) for name, entry in entries.items()] if isinstance(entries, dict) else []
    return sorted((voice for voice in found if voice), key=lambda voice: voice.name)


def catalogue_voice(name: str, entry: object) -> CatalogueVoice | None:
    """One entry of the catalogue as a voice; None when it is not one: no model and config of
    its own with sizes, or a name that is not a plain file name (a catalogue comes from a server)."""
    if not (VOICE_NAME.fullmatch(name) and isinstance(entry, dict) and isinstance(entry.get("files"), dict)):
        return None
    files = tuple(
        VoiceFile(path, facts["size_bytes"], str(facts.get("md5_digest", "")))
        for path, facts in entry["files"].items()
        if isinstance(facts, dict) and type(facts.get("size_bytes")) is int
        and path.endswith(ENDINGS) and Path(path).name.startswith(name)
    )  # fmt: skip
    language = entry.get("language")
    code = str(language.get("code", "")) if isinstance(language, dict) else ""
    endings = sorted(suffix(file) for file in files)
    for backend, whole in VOICE_FILES.items():  # one model and one config, or one archive
        if endings == sorted(whole):
            return CatalogueVoice(name, code, str(entry.get("quality", "")), files, backend)
    return None


def find(name: str, voices: list[CatalogueVoice]) -> CatalogueVoice:
    """The catalogue's voice of that name (`piper:` or `kokoro:` before it is allowed), or one
    error naming the closest."""
    name = plain_name(name)
    for voice in voices:
        if voice.name == name:
            return voice
    close = difflib.get_close_matches(name, [voice.name for voice in voices], n=4)
    hint = f"; closest: {', '.join(close)}" if close else " (`listen voices available` lists them)"
    raise ListenError(f"no voice {name!r} in the catalogue{hint}")


def plain_name(name: str) -> str:
    return name.split(":", 1)[1] if name.startswith(tuple(f"{backend}:" for backend in VOICE_FILES)) else name


def installed(voice: CatalogueVoice) -> bool:
    return (user_voice_folder() / f"{voice.name}{VOICE_FILES[voice.backend][-1]}").exists()


def install(voice: CatalogueVoice, on_read: Callable[[int], None] | None = None) -> Path:
    """Download the voice's files, check each, and move them into the user's voice folder
    together; nothing is left behind when a download fails or is stopped (Ctrl-C)."""
    folder = user_voice_folder()
    folder.mkdir(parents=True, exist_ok=True)
    partials = {file: folder / f".{voice.name}{suffix(file)}.partial-{os.getpid()}" for file in voice.files}
    try:
        for file, partial in partials.items():
            partial.write_bytes(download(voice, file, on_read))
        for file in sorted(voice.files, key=lambda f: VOICE_FILES[voice.backend].index(suffix(f))):
            partials[file].replace(folder / f"{voice.name}{suffix(file)}")
    finally:
        for partial in partials.values():
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    return folder / f"{voice.name}{VOICE_FILES[voice.backend][-1]}"


def suffix(file: VoiceFile) -> str:
    return next(ending for ending in ENDINGS if file.path.endswith(ending))


def download(voice: CatalogueVoice, file: VoiceFile, on_read: Callable[[int], None] | None) -> bytes:
    """One of a voice's files, its size and checksum as the catalogue says."""
    url = catalogue_base() + quote(file.path)
    try:
        data = get(url, file.size, accept="*/*", deadline_seconds=DOWNLOAD_SECONDS, on_read=on_read).body
    except ListenError as error:
        names = " and ".join(voice.name + ending for ending in VOICE_FILES[voice.backend])
        raise ListenError(f"{error}; nothing was installed. By hand: put {names} from {catalogue_base()} "
                          f"into {user_voice_folder()}") from None  # fmt: skip
    if len(data) != file.size:
        raise ListenError(f"{voice.name}: {Path(file.path).name} came incomplete ({len(data):,} of "
                          f"{file.size:,} bytes); nothing was installed")  # fmt: skip
    if hashlib.md5(data).hexdigest() != file.md5:  # noqa: S324  # the catalogue's checksum is MD5
        raise ListenError(f"{voice.name}: {Path(file.path).name} does not match its checksum; nothing was installed")
    return data


def remove(name: str) -> list[Path]:
    """Delete an installed voice's files from the user's voice folder."""
    name = plain_name(name)
    files = [user_voice_folder() / f"{name}{ending}" for ending in ENDINGS]
    present = [file for file in files if file.exists()]
    if not present:
        raise ListenError(f"voice {name!r} is not installed in {user_voice_folder()}")
    for file in present:
        file.unlink()
    return present
