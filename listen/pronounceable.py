"""Whether a word in capitals can be read as an English word (GIVE, WRONG, POSIX) or must be
spelled (ESPN, HDTV, QGIS): the shape of English syllables, not a list of words.

A word is pronounceable when it parses as syllables: an onset English allows, one or two
vowels, and between vowels consonants that split into a coda and the next onset. This is
how readers decide an unknown acronym is a word (NASA, IKEA) or letters (NCAA).
"""

from __future__ import annotations

import re

VOWELS = "AEIOUY"
ONSETS = {
    "", *"BCDFGHJKLMNPQRSTVWXZ", "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "GN", "KL", "KN",
    "KR", "PH", "PL", "PR", "QU", "SC", "SCH", "SCR", "SH", "SK", "SL", "SM", "SN", "SP", "SPL", "SPR", "SQU", "ST",
    "STR", "SW", "TH", "THR", "TR", "TW", "WH", "WR", "SHR",
}  # fmt: skip
CODAS = {
    "", *"BCDFGKLMNPRSTXZ", "CH", "CK", "CT", "FT", "GH", "LD", "LF", "LK", "LL", "LM", "LP", "LT", "MB", "MP", "ND",
    "NG", "NK", "NC", "NT", "NCH", "PT", "RB", "RC", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RT", "RTH", "SH", "SK",
    "SP", "SS", "ST", "TH", "TCH", "GHT", "NTH", "XT", "ZZ", "FF",
    "W", "WN", "WL", "WK", "H",  # the W and H of a vowel: SHOW, NEWS, DOWN, BOWL, HAWK; UTAH, SALAH
}  # fmt: skip
DOUBLE_VOWELS_NOT = {"AA", "II", "UU", "YY", "IY", "UY"}
PARTS = re.compile(rf"[{VOWELS}]+|[^{VOWELS}]+")
CONSONANT_Y = re.compile(r"(?:^|(?<=[AEIOU]))Y(?=[AEIOU])")


def pronounceable(word: str) -> bool:
    """True when the capital `word` splits into English-shaped syllables."""
    # A Y that opens the word before a vowel (YUMMY), or stands between two vowels (MAYOR, BUYER,
    # TOYOTA), is a consonant; J has the same place in a syllable.
    word = CONSONANT_Y.sub("J", word.upper())
    parts = PARTS.findall(word)
    vowels = [part for part in parts if part[0] in VOWELS]
    if not vowels or any(len(part) > 2 or part in DOUBLE_VOWELS_NOT for part in vowels):
        return False
    if parts[-1] == "U" and len(parts) > 1 and len(parts[-2]) > 1:
        return False  # no English word ends in two consonants and a U (ACLU); MENU, GURU do not
    clusters = [part for part in parts if part[0] not in VOWELS]
    first = clusters.pop(0) if parts[0][0] not in VOWELS else ""
    last = clusters.pop() if parts[-1][0] not in VOWELS and clusters else ""
    return (
        first in ONSETS
        and (last in CODAS or (last.endswith("S") and last[:-1] in CODAS))
        and all(splits(cluster) for cluster in clusters)
    )


def splits(cluster: str) -> bool:
    """A cluster between two vowels: a coda then an onset (POSIX: S | ; DYING: | ; GIVE: | V)."""
    return any(cluster[:cut] in CODAS and cluster[cut:] in ONSETS for cut in range(len(cluster) + 1))
