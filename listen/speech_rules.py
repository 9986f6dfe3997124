"""The rules that turn written text into spoken text (English first)."""

from __future__ import annotations

import re

from num2words import num2words

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w.]*\d)")
SYMBOLS = {"&": " and ", "%": " percent", "+": " plus ", "@": " at ", "#": " number "}


def normalize(sentence: str, language: str = "en") -> str:
    """One sentence as it should be spoken."""
    text = sentence
    for symbol, word in SYMBOLS.items():
        text = text.replace(symbol, word)
    text = NUMBER.sub(lambda m: _number(m, language), text)
    return re.sub(r"\s+", " ", text).strip()


def _number(match: re.Match, language: str) -> str:
    whole = int(match.group(1).replace(",", ""))
    try:
        words = num2words(whole, lang=language[:2])
        if match.group(2):
            words += " point " + " ".join(num2words(int(d), lang=language[:2]) for d in match.group(2))
    except (NotImplementedError, OverflowError):
        return match.group(0)
    return words
