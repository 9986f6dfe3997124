"""The ONNX Runtime session a neural voice (Piper, Kokoro) runs in.

Threads: at most the thread budget (base.thread_budget), and idle threads sleep instead of
spinning (spinning burns a core another job could use, for a few percent of speed at most).

Memory: ONNX Runtime keeps in its arena the largest working memory any sentence needed, for
the rest of the process. Kokoro gives its CPU arena's free part back after each sentence, for
about 3% of its speed; Piper, fast and run on many short sentences, was 6 to 9% slower for it and
keeps its arena (benchmarks/voice_memory.py, figures in BENCHMARKS.md). What the arena gives
back, glibc's malloc keeps for the process's next allocation unless asked to trim it: the
shrinking session asks, after each run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

import onnxruntime

from .base import thread_budget

SHRINK_ARENA = onnxruntime.RunOptions()
SHRINK_ARENA.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")


def c_library_trim() -> Any:
    """glibc's malloc_trim; None with another C library (macOS, musl), which has its own ways."""
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c")), "malloc_trim", None)
    except (OSError, TypeError):  # no C library ctypes can open by that name
        return None


MALLOC_TRIM = c_library_trim()


class ArenaShrinkingSession(onnxruntime.InferenceSession):
    """An InferenceSession that gives back its arena's free memory after every run, to the system."""

    def run(self, output_names: Any, input_feed: Any, run_options: Any = None) -> Any:
        outputs = super().run(output_names, input_feed, run_options or SHRINK_ARENA)
        if MALLOC_TRIM is not None:
            MALLOC_TRIM(0)
        return outputs


def voice_session(model: str, providers: list[str], shrink_arena: bool) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = thread_budget()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session_type = ArenaShrinkingSession if shrink_arena else onnxruntime.InferenceSession
    return session_type(model, sess_options=options, providers=providers)
