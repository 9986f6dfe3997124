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


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (English when there is too little text)."""
    try:
        _reliable, _bytes, guesses = pycld2.detect(text[:20_000])
    except pycld2.error:
        return "en"
    code = guesses[0][1]
    return "en" if code == "un" else code.split("-")[0]


@cache
def stopwords(language: str) -> frozenset[str]:
    """jusText's list of the language's most common words; empty for languages it lacks."""
    name = STOPLIST_NAMES.get(language)
    return frozenset(justext.get_stoplist(name)) if name else frozenset()
