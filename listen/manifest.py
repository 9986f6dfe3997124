"""What runs made in an output folder, so that a second run redoes only what changed, and no
input ever takes another input's folder.

Each article's folder holds a stamp (`.listen-source.json`): which input made it and hashes
of that input and of the settings that shaped its audio. It is renamed into place with the
audio, so a run killed at any moment leaves stamps that tell the truth. The manifest
(`.listen-manifest.json` in OUT) records per input its folder, status and reason: it keeps an
input in the folder it was given, and is only a record (a damaged one is set aside).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .events import Outcome
from .jobs import Job
from .output import write_atomically

MANIFEST = ".listen-manifest.json"
STAMP = ".listen-source.json"
RECORDED = ("reason", "audio", "title", "words", "seconds", "voice", "speed")  # of an Outcome
DECIDING = ("key", "input", "settings")  # a stamp that matches these: the audio is unchanged


def read_stamp(folder: Path) -> dict:
    """The stamp in an article's folder ({} when there is none or it is damaged)."""
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def same_sound(stamp: dict, hashes: dict[str, str]) -> bool:
    """The stamp's audio and the job's would sound the same: only the format differs."""
    return all(stamp.get(name) == hashes[name] for name in ("key", "input", "sound"))


class Manifest:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out / MANIFEST
        self.entries: dict[str, dict] = {}
        self.warnings: list[str] = []
        if self.path.exists():
            self.entries = self.read()

    def read(self) -> dict[str, dict]:
        """The manifest's entries; a damaged one is set aside and rebuilt from this run."""
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = None
        if isinstance(entries, dict) and all(isinstance(entry, dict) for entry in entries.values()):
            return entries
        aside = self.path.with_name(f"{MANIFEST}.damaged")
        self.path.replace(aside)
        self.warnings.append(f"{self.path} was damaged: set aside as {aside.name} and rebuilt")
        return {}

    def place(self, jobs: list[Job]) -> list[Job]:
        """Give every job a folder of its own: the one an earlier run gave its input, else its
        name, else `name-2`, ...: never a folder another input made, nor one of this run's."""
        taken: set[str] = set()
        placed = []
        for job in jobs:
            recorded = self.entries.get(job.key, {}).get("folder")
            name, number = job.name, 2
            if isinstance(recorded, str) and recorded not in taken and self.free_for(job, recorded):
                name = recorded
            while name in taken or not self.free_for(job, name):
                name, number = f"{job.name}-{number}", number + 1
            taken.add(name)
            placed.append(replace(job, name=name))
        return placed

    def free_for(self, job: Job, name: str) -> bool:
        """Whether `job` may write OUT/name: nothing is there, or this very input made it."""
        return not (self.out / name).exists() or self.stamp(name).get("key") == job.key

    def stamp(self, name: str) -> dict:
        return read_stamp(self.out / name)

    def unchanged(self, job: Job, hashes: dict[str, str], extension: str) -> Outcome | None:
        """An "unchanged" outcome when the job's folder holds audio made from the same input
        and settings (with what the last run recorded of it), or the same sound in this format
        beside another; None when it must be made."""
        stamp = self.stamp(job.name)
        outcome = Outcome(job.key, "unchanged", folder=job.name)
        recorded = self.entries.get(job.key, {}).get("outcome")
        if isinstance(recorded, dict):
            for name in RECORDED:
                if type(recorded.get(name)) is type(getattr(outcome, name)):  # not a hand-edited value
                    setattr(outcome, name, recorded[name])
        wanted = Path(outcome.audio).with_suffix(f".{extension}").name if outcome.audio else ""
        if all(stamp.get(name) == hashes[name] for name in DECIDING):
            outcome.audio = wanted
            return outcome
        if same_sound(stamp, hashes) and wanted and (self.out / job.name / wanted).is_file():
            outcome.audio = wanted
            return outcome
        return None

    def why_made(self, job: Job, hashes: dict[str, str], forced: bool) -> str:
        """Why a job is converted: the reason its outcome gives."""
        stamp = self.stamp(job.name)
        if not stamp:
            return "new"
        if stamp.get("input") != hashes["input"]:
            return "the input changed"
        if forced:
            return "forced"
        return "another format, beside the others" if same_sound(stamp, hashes) else "other settings"

    def record(self, job: Job, hashes: dict[str, str], outcome: Outcome) -> None:
        if not self.out.is_dir():  # nothing was made: a failure leaves no folder behind
            return
        kept = {name: getattr(outcome, name) for name in RECORDED}
        self.entries[job.key] = {"hashes": hashes, "folder": job.name, "status": outcome.status,
                                 "outcome": kept}  # fmt: skip
        write_atomically(self.path, json.dumps(self.entries, indent=1, ensure_ascii=False))
