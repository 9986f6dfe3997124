"""listen: turn saved web articles into chaptered audio, offline.

    from listen import convert, Settings
    result = convert("article.txt", Settings(voice="en-us+f3", speed=1.5, audio_format="m4b"))
    print(result.audio, result.duration)
"""

from .clean import clean
from .errors import ListenError
from .model import Article, Chapter
from .pipeline import Progress, Result, convert
from .read import read_source
from .settings import Settings

__all__ = [
    "Article",
    "Chapter",
    "ListenError",
    "Progress",
    "Result",
    "Settings",
    "clean",
    "convert",
    "read_source",
]
