"""Stage 3, speech text: the exact words each voice is given, sentence by sentence.

Voices read what they are given, and each engine misreads symbols, numbers and
abbreviations in its own way, so this stage spells them out as a newsreader would say them.
"""

from __future__ import annotations

import re
from functools import cache

import pysbd

from . import abbreviations, speech_en, speech_en_periods, speech_rules
from .lexicon import Lexicon

MAX_BLOCK_CHARS = 2000
SENTENCE_MARK = re.compile(r"[.!?。！？]")
PYSBD_LANGUAGES = {
    "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "it", "ja",
    "kk", "mr", "my", "nl", "pl", "ru", "sk", "ur", "zh",
}  # fmt: skip

# What never opens a sentence: a piece the splitter cut off after an abbreviation's period
# ("Main St., near the park") belongs to the sentence before it.
CONTINUATION = re.compile(r"[,;:)\]]")
# ... nor a small letter after a number's period: an ordinal (die 2. oder 3. Liga), not an end;
# and a piece cut where no sentence ended (in der | 2. Liga: the splitter took 2. for a list's number).
AFTER_ORDINAL = re.compile(r"\d\.$")
SENTENCE_ENDED = re.compile(r"[.!?…:;'\"”’)\]»]$")
WEB_HOST = re.compile(r"^((?:https?://)?[^/?#]+).*", re.I | re.S)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never text: a mis-decoded page's NULs
# A dash that opens a sentence (a quote's credit, "— Jane Doe", or a line of dialogue) is not a
# pause: there is nothing before it to pause after.
OPENING_DASH = re.compile(r"^\s*(?:[—–]+|-{2,})\s*")


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language if language in PYSBD_LANGUAGES else "en", clean=False)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of a paragraph, nothing dropped. A paragraph with no sentence mark before
    its last character is one sentence: pysbd (most of the time this stage takes) is not asked."""
    text = text.strip()
    if len(text) <= MAX_BLOCK_CHARS and not SENTENCE_MARK.search(text, 0, len(text) - 1):
        return [text] if text else []
    segmenter = _segmenter(language[:2])
    sentences: list[list[str]] = []  # each sentence's pieces
    # The processor's sentences, as segment() finds them before it maps each back onto the text
    # with a pattern compiled for that sentence (a third of pysbd's time, for the same pieces).
    for piece in (s.strip() for block in blocks(text) for s in segmenter.processor(block).process()):
        if sentences and CONTINUATION.match(piece):
            sentences[-1].append(piece)
        elif sentences and (
            (piece[:1].islower() and AFTER_ORDINAL.search(sentences[-1][-1]))
            or (not SENTENCE_ENDED.search(sentences[-1][-1]) and sum(map(len, sentences[-1])) < MAX_BLOCK_CHARS)
        ):  # (a block cut at a space for its length stays cut)
            sentences[-1].append(" " + piece)
        elif piece:
            sentences.append([piece])
    return ["".join(pieces) for pieces in sentences]


def blocks(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """`text` in blocks of at most `limit` characters, cut after sentence ends, else at spaces.

    pysbd takes time that grows with the square of a run of text without sentence ends (30 s
    for a 100,000-character line): it only ever sees blocks of this size. Sentences are packed
    whole into a block, so pysbd still decides where they end ("Mr. Smith" is one sentence).
    """
    found, block = [], ""
    for part in re.split(r"(?<=[.!?。！？])\s+", text):
        if block and len(block) + 1 + len(part) > limit:
            found.append(block)
            block = ""
        block = f"{block} {part}" if block else part
        while len(block) > limit:  # no sentence end for a long way: cut at a space
            cut = block.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            found.append(block[:cut])
            block = block[cut:].lstrip()
    return [*found, block] if block else found


def url_host(match: re.Match) -> str:
    """A web address is read by its host, so its path and query go before the sentences are
    split (a "?" in `watch?v=` would end one)."""
    return WEB_HOST.sub(r"\1", match.group(0))


def normalize(sentence: str, language: str = "en") -> str:
    """One sentence as the voice should receive it, by the rules of its language."""
    if language[:2] == "en":
        return speech_en.normalize(sentence)
    return speech_rules.normalize(sentence, language[:2])


def spoken_sentences(paragraph: str, language: str = "en", lexicon: Lexicon = Lexicon()) -> list[str]:
    """A paragraph as the sentences a voice should receive; the user's lexicon comes first."""
    paragraph = speech_rules.URL.sub(url_host, CONTROL.sub("", paragraph))
    paragraph = speech_rules.EMOTICON.sub("", paragraph)
    if language[:2] == "en":
        paragraph = speech_en_periods.before_split(paragraph)
    else:
        paragraph = abbreviations.expand(paragraph, language[:2])
    sentences = split_sentences(paragraph, language)
    spoken = (normalize(OPENING_DASH.sub("", lexicon.apply(sentence)), language) for sentence in sentences)
    return [sentence for sentence in spoken if re.search(r"\w", sentence)]
