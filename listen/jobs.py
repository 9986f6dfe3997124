"""The articles a run is asked to convert: files, folders, URLs, a list, stdin; what each is
called in the output folder; and what decides whether it must be made again."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .cleaner import clean
from .errors import ListenError, describe_os_error
from .events import Outcome
from .fetch import is_web_address
from .read import read_bytes, read_source
from .settings import Settings
from .slug import slugify

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown", ".url"}
STDIN = "-"
# A file name that says nothing of the article: a browser's "Saved Page (3)", an index or a
# download, a number, a hash. Such an article is named after its title instead.
MEANINGLESS_NAME = re.compile(
    r"(saved|web)?-?page|index|default|article|untitled|download|document|print|amp|"
    r"[0-9a-f]{16,}|[\d-]+",
)


@dataclass(frozen=True)
class Job:
    """One article to convert: where it is, its key in the manifest, its folder under OUT."""

    location: str
    key: str
    name: str  # relative to OUT: "sub/article"
    data: bytes | None = None  # the input's bytes, when read already (stdin, a feed entry's full text)
    genre: str = ""  # the audio's genre tag, when the reader's own tag should be it


def find_jobs(inputs: Sequence[str | Job], recursive: bool, max_bytes: int) -> tuple[list[Job], list[Outcome]]:
    """The articles in `inputs` (paths, URLs, or jobs made already: feed entries, imported
    rows), and an outcome for each input that is none: a file that is not an article is
    "skipped"; an input that does not exist has "failed"."""
    jobs, outcomes = [], []
    for location in inputs:
        if isinstance(location, Job):
            jobs.append(location)
            continue
        path = Path(location)
        if is_web_address(location):
            name = url_name(location)
            jobs.append(Job(location, location, name))
        elif location == STDIN:
            jobs.append(stdin_job(max_bytes))
        elif path.is_dir():
            found, skipped = folder_jobs(path, recursive, max_bytes)
            jobs += found
            outcomes += skipped
        elif path.exists():
            jobs.append(Job(location, location, file_name(path, max_bytes)))
        else:
            outcomes.append(Outcome(location, "failed", f"{location}: no such file or folder"))
    return jobs, outcomes


def url_name(url: str) -> str:
    """The folder name a page gets from its address: the last part of its path."""
    return slugify(url.split("://", 1)[1].rstrip("/").rsplit("/", 1)[-1] or url)


def folder_jobs(folder: Path, recursive: bool, max_bytes: int) -> tuple[list[Job], list[Outcome]]:
    jobs, skipped = [], []
    for file in sorted(p for p in folder.glob("**/*" if recursive else "*") if p.is_file()):
        if file.name.startswith("."):
            continue
        if file.suffix.lower() not in ARTICLE_SUFFIXES:
            skipped.append(Outcome(str(file), "skipped", f"not an article file ({file.suffix or 'no suffix'})"))
            continue
        name = file.relative_to(folder).parent / file_name(file, max_bytes)
        jobs.append(Job(str(file), str(file), name.as_posix()))
    return jobs, skipped


def file_name(path: Path, max_bytes: int) -> str:
    """The folder name of a file's article: its file name, unless that says nothing of it
    (`Saved Page (3).html`, `index.html`, a hash): then its title."""
    name = slugify(path.stem)
    if path.suffix.lower() == ".url" or not MEANINGLESS_NAME.fullmatch(re.sub(r"-\d+$", "", name)):
        return name  # a meaningful name ("-3" is a browser's copy number); a shortcut is not fetched twice
    try:
        return slugify(clean(read_source(str(path), max_bytes)).title) or name
    except (ListenError, OSError):
        return name  # converting it will say what is wrong


def stdin_job(max_bytes: int) -> Job:
    """Standard input, read once, named after the article's title; its key is its content, so
    that another article read from stdin never takes its folder."""
    data = read_bytes(STDIN, max_bytes)
    try:
        title = clean(read_source(STDIN, max_bytes, data)).title
    except ListenError:
        title = "stdin"  # converting it will fail with the reason
    return Job(STDIN, f"stdin:{hashlib.sha256(data).hexdigest()[:16]}", slugify(title), data)


def read_list(path: str) -> list[str]:
    """The inputs in a list file (one a line, `#` comments), `-` for stdin."""
    try:
        text = sys.stdin.read() if path == STDIN else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = describe_os_error(error) if isinstance(error, OSError) else "not UTF-8 text"
        raise ListenError(f"cannot read the list {path}: {reason}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def input_digest(job: Job) -> str:
    """A hash of the input's bytes, read in pieces (a huge file is refused later, when it is
    converted); of its address for a URL, or a file that cannot be read (converting says why)."""
    if job.data is not None:
        return hashlib.sha256(job.data).hexdigest()
    try:
        with open(job.location, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except (OSError, ValueError):
        return hashlib.sha256(job.location.encode()).hexdigest()


def job_hashes(job: Job, settings: Settings) -> dict[str, str]:
    """What decides whether an article must be made again: its input and the audio settings,
    and which input it is (no other input may replace its folder). `sound` is the settings but
    the format: audio of the same sound in another format may stand beside it."""
    lexicon = settings.load_lexicon()
    sound = {
        "voice": settings.voice, "speed": settings.speed, **({"voices": settings.voices} if settings.voices else {}),
        "lexicon": [(pattern.pattern, spoken) for pattern, spoken in lexicon.entries],
    }  # fmt: skip
    shaping = sound | {"format": settings.audio_format} | ({"words": True} if settings.words else {})
    return {
        "key": job.key,
        "input": input_digest(job),
        "settings": digest(shaping),
        "sound": digest(sound),
    }


def digest(settings: dict) -> str:
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()
