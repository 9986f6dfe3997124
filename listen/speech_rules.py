"""Speech text for languages without rules of their own: numbers read in the language."""

from __future__ import annotations

import re

from num2words import num2words

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:[.,](\d+))?(?!\w)")
MARKUP = re.compile(r"<[^<>]{0,200}>|\[\[|\]\]")


def normalize(sentence: str, language: str) -> str:
    """Markup dropped, numbers in words where num2words knows the language."""
    text = MARKUP.sub(" ", sentence)
    text = NUMBER.sub(lambda match: number_words(match, language), text)
    return re.sub(r"\s{2,}", " ", text).strip()


def number_words(match: re.Match, language: str) -> str:
    whole = int(re.sub(r"\D", "", match.group(1)))
    try:
        words = num2words(whole, lang=language)
        if match.group(2):
            words = num2words(float(f"{whole}.{match.group(2)}"), lang=language)
    except (NotImplementedError, OverflowError, ValueError):
        return match.group(0)  # the voice reads digits in its own language
    return words
