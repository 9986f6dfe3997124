"""Lines broken at a fixed width joined back into the paragraphs they were.

A plain-text file, an e-mail or a page's preformatted block (a press release, a mailing-list
post, an RFC, as a browser copies it) ends its lines where the next word would not fit, not
where the writer ended a paragraph. Left so, the copied-text cleaner would judge each piece
of a sentence apart, and the voice would pause at every one.

A text is taken as wrapped at a width when enough of its lines that reach near that width go
on, in lower case, on the next line, with a first word that would not have fit: a sentence
broken by the width. Lists, menus and headings break lines too, but their next lines start
with a capital, a bullet or a number.
"""

from __future__ import annotations

import re

WIDTHS = range(60, 101)  # the widths text is wrapped at: e-mail and plain text at 70 to 80 columns
SLACK = 15  # a wrapped line falls short of the width by less than the word that did not fit
WRAPPED_LINES = 5  # a text is wrapped when at least this many lines go on in lower case ...
WRAPPED_SHARE = 0.3  # ... and they are at least this share of its lines that reach near the width
BULLET = re.compile(r"^[•·▪●◦‣*+-]\s+")  # what starts a list's line (copied_lists.py's lists too)
NUMBERED_MARK = re.compile(r"\d+[.)]\s")
LINK = re.compile(r"\s*(https?://|www\.)")
BROKEN_WORD = re.compile(r"\w-$")


def unwrapped(text: str) -> list[str]:
    """The text's lines, those broken by a fixed width joined to the line they go on from."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if not width:
        return lines
    runs = [lines[:1]]  # each a line and the lines that go on from it
    for line, following in zip(lines, lines[1:]):
        if broken_at(width, line, following):
            runs[-1].append(following)
        else:
            runs.append([following])
    return [joined(run) for run in runs]


def wrap_width(lines: list[str]) -> int:
    """The width the text is wrapped at, or 0 when it is not wrapped."""
    lengths = [len(line.rstrip()) for line in lines[:-1]]
    reaching = [index for index, length in enumerate(lengths) if WIDTHS[0] - SLACK <= length <= WIDTHS[-1]]
    best, best_count = 0, 0
    for width in WIDTHS:
        near = [index for index in reaching if width - SLACK <= lengths[index] <= width]
        going_on = {
            (lines[index], lines[index + 1])  # a line repeated (a signature) counts once
            for index in near
            if broken_at(width, lines[index], lines[index + 1]) and goes_on(lines[index + 1])
        }
        if len(going_on) > best_count and len(going_on) >= WRAPPED_SHARE * len(near):
            best, best_count = width, len(going_on)
    return best if best_count >= WRAPPED_LINES else 0


def goes_on(line: str) -> bool:
    """Whether a line reads as the rest of a sentence: it starts with a word in lower case (a
    link on a line of its own starts a list of them)."""
    return line.lstrip()[:1].islower() and not LINK.match(line)


def broken_at(width: int, line: str, following: str) -> bool:
    """Whether `line` ends only because the first word of `following` would not fit in `width`."""
    length = len(line.rstrip())
    words = following.split(None, 1)
    return (
        bool(words)
        and width - SLACK <= length <= width
        and length + 1 + len(words[0]) > width
        and not BULLET.match(following.lstrip())
        and not NUMBERED_MARK.match(following.lstrip())
    )


def joined(run: list[str]) -> str:
    """A line and the lines that go on from it as one: a word broken at a hyphen ("Internet-"
    "Drafts") keeps it and no space."""
    pieces = [run[0].rstrip()]
    for line, following in zip(run, run[1:]):
        pieces += ["" if BROKEN_WORD.search(line.rstrip()[-2:]) else " ", following.strip()]
    return "".join(pieces)
