"""A pitch-preserving time-stretch of speech, with libsonic (the library espeak-ng itself uses
to speak fast, installed with it).

Sonic is made for speech: at 2x a speech recognizer understands its output better, and more
steadily, than ffmpeg's atempo or rubberband (benchmarks/speed_table.py). It runs in this
process, a piece at a time, so every piece's length is known exactly.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache

import numpy as np

from .errors import ListenError

SHORTS = ctypes.POINTER(ctypes.c_short)


@lru_cache(maxsize=1)
def _sonic() -> ctypes.CDLL:
    path = ctypes.util.find_library("sonic") or "libsonic.so.0"
    try:
        library = ctypes.CDLL(path)
    except OSError:
        raise ListenError("libsonic is not installed (apt-get install libsonic0)") from None
    library.sonicCreateStream.restype = ctypes.c_void_p
    library.sonicCreateStream.argtypes = [ctypes.c_int, ctypes.c_int]
    library.sonicDestroyStream.argtypes = [ctypes.c_void_p]
    library.sonicSetSpeed.argtypes = [ctypes.c_void_p, ctypes.c_float]
    library.sonicSetQuality.argtypes = [ctypes.c_void_p, ctypes.c_int]
    library.sonicWriteShortToStream.argtypes = [ctypes.c_void_p, SHORTS, ctypes.c_int]
    library.sonicReadShortFromStream.argtypes = [ctypes.c_void_p, SHORTS, ctypes.c_int]
    library.sonicFlushStream.argtypes = [ctypes.c_void_p]
    return library


def stretch(samples: np.ndarray, sample_rate: int, tempo: float) -> np.ndarray:
    """`samples` (mono int16) played `tempo` times faster, at the same pitch."""
    if abs(tempo - 1.0) < 1e-6 or len(samples) == 0:
        return samples
    sonic = _sonic()
    stream = sonic.sonicCreateStream(sample_rate, 1)
    try:
        sonic.sonicSetSpeed(stream, tempo)
        sonic.sonicSetQuality(stream, 1)  # the full pitch search: clearer, still fast
        source = np.ascontiguousarray(samples, dtype=np.int16)
        sonic.sonicWriteShortToStream(stream, source.ctypes.data_as(SHORTS), len(source))
        sonic.sonicFlushStream(stream)
        out = np.zeros(int(len(source) / tempo) + sample_rate, np.int16)
        count = sonic.sonicReadShortFromStream(stream, out.ctypes.data_as(SHORTS), len(out))
        return out[:count]
    finally:
        sonic.sonicDestroyStream(stream)
