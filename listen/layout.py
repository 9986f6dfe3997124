"""Where the voice pauses in what a page sets out as lines and cells rather than sentences.

A line break inside a paragraph and a table's cells have no mark for the voice to pause at: read
as written, "Pricing: $45" runs into the sentence under it and a row's cells into one phrase
("Quarter Revenue Change"). Both the HTML and the Markdown readers hand their lines and cells
here, so that a page is heard the same whichever form it was saved in.
"""

from __future__ import annotations

import re

LABEL_WORDS = 8  # a line this short that a line break ends, with no mark at its end, is a label
WORD = re.compile(r"\w")


def joined_lines(lines: list[str]) -> str:
    """A paragraph's lines as one line, a full stop after each that is a label or a heading set
    on a line of its own ("The Maximalist", "Pricing: $45") where the next line opens with a
    capital: the voice pauses there and does not run it into the sentence after."""
    lines = [" ".join(line.split()) for line in lines]
    lines = [line for line in lines if line]
    for at, (line, next_line) in enumerate(zip(lines, lines[1:])):
        last_word = line.rsplit(" ", 1)[-1]
        short_word = last_word.islower() and len(last_word) <= 3  # "by", "of the": the line goes on
        if len(line.split()) <= LABEL_WORDS and last_word[-1].isalnum() and not short_word and next_line[0].isupper():
            lines[at] = line + "."
    return " ".join(lines)


def row_text(cells: list[str]) -> str:
    """A table's row as one paragraph, its cells parted by commas where a cell does not end with a
    mark of its own, so that the voice pauses between them ("Revenue, $4.2 billion, up 12%")."""
    cells = [cell for cell in cells if cell]
    parted = [
        cell + "," if cell[-1] not in ".,;:!?" and WORD.search(cell) and WORD.search(after) else cell
        for cell, after in zip(cells, cells[1:])
    ]
    return " ".join(parted + cells[-1:])
