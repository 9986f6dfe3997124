"""Ordered rewrite rules, tried only where they can match.

English speech text is some 290 patterns tried in turn on every sentence, and trying one costs a
scan of the sentence whether it matches or not. Most need a digit or a symbol (`%`, `$`, `/`) that
most sentences do not have. So each pattern is read once, by the parser `re` itself compiles with,
for a set of characters of which every match must hold one (in the match or in a lookaround
beside it); a rule whose set the sentence does not meet is not tried. This changes nothing said:
a rule is skipped only where it could not have matched.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from re import _constants as sre  # type: ignore[attr-defined]  # re's own parser, untyped
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Replacement = str | Callable[[re.Match], str]
DIGITS = frozenset(string.digits)  # stands for \d, which also matches other scripts' digits
# Characters nearly every sentence holds: a set made of them would skip nothing.
COMMON = frozenset(string.ascii_letters + " .,")
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class RewriteRules:
    """(pattern, replacement) pairs applied in order, each to what the ones before it made."""

    def __init__(self, rules: Iterable[tuple[re.Pattern, Replacement]]):
        self.rules = [(pattern, replacement, needed_characters(pattern)) for pattern, replacement in rules]

    def apply(self, text: str) -> str:
        present = characters(text)
        for pattern, replacement, needed in self.rules:
            if needed is not None and needed.isdisjoint(present):
                continue
            rewritten = pattern.sub(replacement, text)
            if rewritten != text:
                text, present = rewritten, characters(rewritten)
        return text


def characters(text: str) -> set[str]:
    present = set(text)
    return present | DIGITS if any(character.isdecimal() for character in present) else present


def needed_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Characters of which any text the pattern matches holds one, or None when no such set was
    found (the rule is then always tried)."""
    return needed_in(sre_parse.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))


def needed_in(sequence: Iterable[tuple[int, Any]], ignore_case: bool) -> frozenset[str] | None:
    """The rarest set that one of the sequence's required items needs."""
    found = []
    for op, value in sequence:
        if op in (sre.LITERAL, sre.IN):
            found.append(one_character(op, value, ignore_case))
        elif op is sre.SUBPATTERN:  # (group, flags added, flags removed, contents)
            found.append(needed_in(value[3], ignore_case or bool(value[1] & re.IGNORECASE)))
        elif op in REPEATS and value[0] >= 1:  # (least, most, item)
            found.append(needed_in(value[2], ignore_case))
        elif op is sre.ATOMIC_GROUP:
            found.append(needed_in(value, ignore_case))
        elif op is sre.ASSERT:  # a lookahead or lookbehind: it looks at the text too
            found.append(needed_in(value[1], ignore_case))
        elif op is sre.BRANCH:  # each alternative needs one of its own
            alternatives = [needed_in(branch, ignore_case) for branch in value[1]]
            if all(alternatives):
                found.append(frozenset().union(*filter(None, alternatives)))
    candidates = [needed for needed in found if needed]
    return min(candidates, key=lambda needed: (len(needed & COMMON), len(needed)), default=None)


def one_character(op: int, value: Any, ignore_case: bool) -> frozenset[str] | None:
    """What a single-character item matches, when it is a short list: a literal, [abc], [0-9], \\d."""
    items = [(sre.LITERAL, value)] if op is sre.LITERAL else value
    matched: set[str] = set()
    for kind, item in items:
        if kind is sre.LITERAL:
            matched.add(chr(item))
        elif kind is sre.RANGE and item[1] - item[0] < 64:
            matched.update(map(chr, range(item[0], item[1] + 1)))
        elif kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
            matched |= DIGITS
        else:  # a negated set, a class of letters or spaces: too many characters to list
            return None
    if ignore_case and any(character.lower() != character.upper() for character in matched):
        return None  # a letter would also match its other case (and K its Kelvin sign)
    return frozenset(matched)
