"""listen: turn saved web articles into chaptered audio, offline.

    import listen
    report = listen.run(["article.txt"], listen.Settings(voice="en-us+f3", speed=1.5, output="~/Listen"))
    print(report.summary())

Names are imported on first use, so `import listen.errors` (what a voice plugin needs) or the
text stages alone never load the audio stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

EXPORTS = {
    "Article": "model", "Chapter": "model", "ListenError": "errors", "Settings": "settings",
    "read_source": "read", "clean": "cleaner", "prepare_article": "pipeline", "speak_article": "pipeline", "Result": "pipeline",
    "run": "convert", "Report": "convert", "Outcome": "events",
}  # fmt: skip
__all__ = ["Article", "Chapter", "ListenError", "Outcome", "Report", "Result", "Settings", "clean",
           "prepare_article", "read_source", "run", "speak_article"]  # fmt: skip

if TYPE_CHECKING:
    from .cleaner import clean
    from .convert import Report, run
    from .errors import ListenError
    from .events import Outcome
    from .model import Article, Chapter
    from .pipeline import Result, prepare_article, speak_article
    from .read import read_source
    from .settings import Settings


def __getattr__(name: str) -> object:
    if name not in EXPORTS:
        raise AttributeError(f"module 'listen' has no attribute {name!r}")
    return getattr(import_module(f".{EXPORTS[name]}", __name__), name)
