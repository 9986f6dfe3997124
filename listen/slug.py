"""File-system-safe names from titles and file names, in any script."""

from __future__ import annotations

import re
import unicodedata

# File names may be 255 bytes; a slug leaves room for what is added around it
# (`.NAME.partial-PID`, `01-NAME.opus`, `NAME-2`), in any script (a CJK letter is 3 bytes).
MAX_SLUG_BYTES = 120


def slugify(text: str, max_length: int = 80) -> str:
    """`Russia seeks 400,000 more…` -> `russia-seeks-400-000-more`; letters of any script kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    words = re.findall(r"\w+", text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length or len(candidate.encode("utf-8")) > MAX_SLUG_BYTES:
            break
        slug = candidate
    return slug or (fit(words[0], max_length) if words else "article")


def fit(word: str, max_length: int) -> str:
    """A single word cut to the length and byte limits."""
    word = word[:max_length]
    while len(word.encode("utf-8")) > MAX_SLUG_BYTES:
        word = word[:-1]
    return word
