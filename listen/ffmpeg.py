"""Running ffmpeg and ffprobe: one place that turns their failures into one clear line."""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

from .errors import ListenError

PIPE_BYTES = 1 << 20  # Linux's default ceiling for a pipe: about 24 s of 22 kHz speech
METER = "ebur128=peak=sample"  # BS.1770 loudness and sample peak, logged when the stream ends (true peak costs 4x)
LOG_PREFIX = re.compile(r"^(\[[^\]]+ @ 0x[0-9a-f]+\] )?\[\w+\] ")  # "[Parsed_x @ 0x5f] [error] "


def require(program: str) -> str:
    """The program's path, or a ListenError naming the Debian package to install."""
    path = shutil.which(program)
    if path is None:
        raise ListenError(f"{program} is not installed (apt-get install ffmpeg)")
    return path


def file_url(path: Path) -> str:
    """A path as ffmpeg must be given it: whatever its name holds (a leading `-`, a `:` that
    looks like a protocol, a `%`), it is a plain file."""
    return f"file:{path.resolve()}"


def run_ffmpeg(*args: str, cwd: Path | None = None) -> None:
    command = [require("ffmpeg"), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise ListenError(f"ffmpeg failed: {reason(result.stderr, result.returncode)}")


def reason(stderr: str, returncode: int) -> str:
    """ffmpeg's failure in a few words: its last error line, or the signal that killed it."""
    if "No space left" in stderr:
        return "no space left on the output device"
    if returncode == -signal.SIGXFSZ:
        return "the output file grew past the file-size limit"
    if returncode < 0:
        return f"killed by {signal.Signals(-returncode).name}"
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    errors = [line for line in lines if "[error]" in line or "[fatal]" in line] or lines
    return LOG_PREFIX.sub("", errors[-1]) if errors else f"exit status {returncode}"


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    sample_peak_dbfs: float


def measure_loudness(audio: np.ndarray, sample_rate: int, filters: str) -> Loudness | None:
    """The loudness of float32 `audio` once through `filters`, as an Encoder would measure it."""
    command = [require("ffmpeg"), "-hide_banner", "-nostats", "-loglevel", "level+info", "-f", "f32le",
               "-ar", str(sample_rate), "-ac", "1", "-i", "-", "-af", f"{filters},{METER}", "-f", "null", "-"]  # fmt: skip
    done = subprocess.run(command, input=audio.astype(np.float32).tobytes(), capture_output=True)
    return ebur128_summary(done.stderr.decode("utf-8", "replace"))


def ebur128_summary(stderr: str) -> Loudness | None:
    """The integrated loudness and sample peak in the summary ffmpeg's ebur128 filter logs."""
    integrated = re.search(r"Integrated loudness:\s*I:\s*(-?[\d.]+|-inf) LUFS", stderr)
    peak = re.search(r"Sample peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS", stderr)
    if not (integrated and peak):
        return None
    return Loudness(float(integrated.group(1)), float(peak.group(1)))


def read_log(log: IO[bytes]) -> str:
    """All a process wrote to `log` (a temporary file), which is then closed."""
    log.seek(0)
    text = log.read().decode("utf-8", "replace")
    log.close()
    return text


def probe(path: Path) -> dict:
    """ffprobe's view of a file: format, streams and chapters."""
    command = [
        require("ffprobe"), "-v", "error", "-print_format", "json",
        "-show_format", "-show_streams", "-show_chapters", file_url(path),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise ListenError(f"ffprobe cannot read {path}: {result.stderr.strip()[:200]}")
    return json.loads(result.stdout)


class Encoder:
    """ffmpeg encoding mono 32-bit float samples while they are being written: synthesis and
    encoding run side by side, and no whole-article audio is ever kept, in memory or on disk.

    Two ffmpeg processes, piped: the first puts the samples through `filters` and the meter,
    the second encodes what comes out. ffmpeg 5 runs a filter graph and its encoder on one
    thread, so apart they take two cores, and the filters and meter cost (almost) no time.
    """

    def __init__(self, sample_rate: int, codec: tuple[str, ...], output: Path, filters: str) -> None:
        self.output = output
        self.errors = tempfile.TemporaryFile()  # the filters' and the meter's log
        self.encoder_errors = tempfile.TemporaryFile()
        self.loudness: Loudness | None = None  # measured as it is encoded, known after finish()
        # 32-bit float in (a gain never clips before the limiter in `filters`), 16-bit out of
        # it; ebur128 measures what is encoded: info level, for its summary.
        filtering = [require("ffmpeg"), "-hide_banner", "-nostats", "-loglevel", "level+info", "-f", "f32le",
                     "-ar", str(sample_rate), "-ac", "1", "-i", "-", "-af", f"{filters},{METER}",
                     "-f", "s16le", "-"]  # fmt: skip
        encoding = [require("ffmpeg"), "-hide_banner", "-nostats", "-loglevel", "error", "-y", "-f", "s16le",
                    "-ar", str(sample_rate), "-ac", "1", "-i", "-", *codec, file_url(output)]  # fmt: skip
        self.filtering = subprocess.Popen(filtering, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors)
        assert self.filtering.stdin is not None and self.filtering.stdout is not None
        self.process = subprocess.Popen(encoding, stdin=self.filtering.stdout, stderr=self.encoder_errors)
        self.filtering.stdout.close()  # the encoder's now: it sees the end when the filters end
        self.pipe = self.filtering.stdin
        # Room for a piece or two: the next piece is spoken while ffmpeg encodes this one (a
        # smaller pipe, where the system refuses, only overlaps less).
        with contextlib.suppress(OSError):
            fcntl.fcntl(self.pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)

    def write(self, pcm: bytes) -> None:
        """32-bit float mono samples, in [-1, 1] (the limiter keeps the peaks lower)."""
        try:
            self.pipe.write(pcm)
        except BrokenPipeError:
            self.finish()  # ffmpeg is gone: say why
            raise ListenError("ffmpeg stopped encoding") from None

    def finish(self) -> None:
        """Wait for the encode to end; ListenError with ffmpeg's reason if it failed (the
        encoder's first: when it fails, the filters only see their output closed)."""
        with contextlib.suppress(BrokenPipeError):
            self.pipe.close()
        filtered, encoded = self.filtering.wait(), self.process.wait()
        stderr, encoder_stderr = read_log(self.errors), read_log(self.encoder_errors)
        if encoded != 0:
            raise ListenError(f"ffmpeg failed: {reason(encoder_stderr, encoded)}")
        if filtered != 0:
            raise ListenError(f"ffmpeg failed: {reason(stderr, filtered)}")
        self.loudness = ebur128_summary(stderr)

    def __enter__(self) -> Encoder:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, traceback: object) -> None:
        if error is not None:
            for process in (self.filtering, self.process):
                if process.poll() is None:
                    process.kill()
                process.wait()
            self.errors.close()
            self.encoder_errors.close()
