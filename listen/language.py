"""Which language an article is in, and that language's common words."""

from __future__ import annotations

from functools import cache

import justext
import pycld2

# ISO 639-1 codes to the names of jusText's stop-word lists.
STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay",
    "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip


# How clearly a text must be in one language to overrule the one its page declares.
CLEAR_BYTES = 200
CLEAR_PERCENT = 80


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (English when there is too little text)."""
    return guess(text)[0] or "en"


def page_language(declared: str, text: str) -> str:
    """The language to read a page in: the one its HTML declares, unless its text is clearly in
    another (a site's template says lang="en" over articles in any language)."""
    found, clear = guess(text)
    return found if clear and found != declared.split("-")[0] else declared


def guess(text: str) -> tuple[str, bool]:
    """pycld2's likeliest language ("" when it cannot tell), and whether it is sure of it: enough
    text, a reliable guess, and most of the text in that language."""
    try:
        reliable, read_bytes, guesses = pycld2.detect(text[:20_000])
    except pycld2.error:
        return "", False
    _name, code, percent, _score = guesses[0]
    if code == "un":
        return "", False
    return code.split("-")[0], reliable and read_bytes >= CLEAR_BYTES and percent >= CLEAR_PERCENT


@cache
def stopwords(language: str) -> frozenset[str]:
    """jusText's list of the language's most common words; empty for languages it lacks."""
    name = STOPLIST_NAMES.get(language)
    return frozenset(justext.get_stoplist(name)) if name else frozenset()
